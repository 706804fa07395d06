"""Reading messages into plain views that the rules, the recurso builder and users share.

The guias of a lote, of the five types (:func:`guias_do_lote`), and the protocolos, guias and
items of a demonstrativo, médico or odontológico (:func:`protocolos`), in every supported
TISS version. The readers are lenient: a value the message lacks is ``None`` (or empty), never
an exception; whoever needs it decides.

>>> from tiss_conecta.leitura import numero
>>> numero("000048740") == numero("48740")
True
"""

from tiss_conecta.leitura._demonstrativos import (
    GuiaLida,
    ItemLido,
    ProtocoloLido,
    demonstrativos,
    protocolos,
)
from tiss_conecta.leitura._guias import (
    LOTE,
    Atendimento,
    Guia,
    Item,
    TipoGuia,
    Total,
    guias_do_lote,
    tipos_no_lote,
)
from tiss_conecta.leitura._numeros import numero

__all__ = [
    "LOTE",
    "Atendimento",
    "Guia",
    "GuiaLida",
    "Item",
    "ItemLido",
    "ProtocoloLido",
    "TipoGuia",
    "Total",
    "demonstrativos",
    "guias_do_lote",
    "numero",
    "protocolos",
    "tipos_no_lote",
]
