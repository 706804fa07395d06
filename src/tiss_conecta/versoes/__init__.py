"""The TISS versions side by side: what differs between them, and moving a message across.

    >>> from tiss_conecta import versoes
    >>> versoes.SUPORTADAS
    ('4.01.00', '4.02.00', '4.03.00')
    >>> d = versoes.diferencas("4.02.00", "4.03.00")
    >>> len(d.valores_adicionados("dm_tipoGlosa"))
    144

Everything here is computed from the official XSDs bundled with the package: no list of
differences is kept by hand. :func:`converter` rewrites a message in another version, or
refuses it naming every field the target cannot carry.
"""

from __future__ import annotations

from tiss_conecta.models import VERSIONS
from tiss_conecta.versoes._conversao import Campo, Conversao, conversao, converter
from tiss_conecta.versoes._diferencas import Diferencas, Mudanca, OQue, diferencas
from tiss_conecta.versoes._esquema import esquema

__all__ = [
    "SUPORTADAS",
    "Campo",
    "Conversao",
    "Diferencas",
    "Mudanca",
    "OQue",
    "conversao",
    "converter",
    "diferencas",
    "esquema",
    "padroes_aceitos",
    "schemas_que_aceitam",
]

SUPORTADAS: tuple[str, ...] = tuple(VERSIONS)
"""The versions whose schemas and models the library carries, oldest first."""


def padroes_aceitos(versao: str) -> tuple[str, ...]:
    """The ``Padrao`` values the XSD of ``versao`` accepts (its ``dm_versao``).

    >>> padroes_aceitos("4.02.00")
    ('4.00.00', '4.00.01', '4.01.00', '4.02.00')
    """
    return esquema(versao).simples["dm_versao"].restricao.valores


def schemas_que_aceitam(padrao: str) -> tuple[str, ...]:
    """Supported versions whose XSD accepts ``padrao`` in ``cabecalho/Padrao``.

    A file declaring 4.00.01 has no schemas of its own here, but the 4.01.00 XSD accepts that
    ``Padrao``, so it can be read with ``versao="4.01.00"``:

    >>> schemas_que_aceitam("4.00.01")
    ('4.01.00', '4.02.00', '4.03.00')
    >>> schemas_que_aceitam("3.05.00")
    ()
    """
    return tuple(v for v in SUPORTADAS if padrao in padroes_aceitos(v))
