"""Reading messages into plain views that the rules, the recurso builder and users share.

The guias of a lote, of the five types (:func:`guias_do_lote`), the protocolos, guias and
items of a demonstrativo, médico or odontológico (:func:`protocolos`), the payments of a
demonstrativo de pagamento (:func:`pagamentos`), and any demonstrativo whole
(:func:`demonstrativo`, with ``_repr_html_`` for Jupyter), in every supported TISS version.
The readers are lenient: a value the message lacks is ``None`` (or empty), never an
exception; whoever needs it decides.

>>> from tiss_conecta.leitura import numero
>>> numero("000048740") == numero("48740")
True
"""

from tiss_conecta.leitura._demonstrativos import (
    COLUNAS_GLOSAS,
    GuiaLida,
    ItemLido,
    ProtocoloLido,
    demonstrativos,
    descricao_da_glosa,
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
from tiss_conecta.leitura._pagamentos import (
    Desconto,
    GuiaPaga,
    PagamentoLido,
    ProtocoloPago,
    Totais,
    pagamentos,
)
from tiss_conecta.leitura._visao import Demonstrativo, demonstrativo

__all__ = [
    "COLUNAS_GLOSAS",
    "LOTE",
    "Atendimento",
    "Demonstrativo",
    "Desconto",
    "Guia",
    "GuiaLida",
    "GuiaPaga",
    "Item",
    "ItemLido",
    "PagamentoLido",
    "ProtocoloLido",
    "ProtocoloPago",
    "TipoGuia",
    "Totais",
    "Total",
    "demonstrativo",
    "demonstrativos",
    "descricao_da_glosa",
    "guias_do_lote",
    "numero",
    "pagamentos",
    "protocolos",
    "tipos_no_lote",
]
