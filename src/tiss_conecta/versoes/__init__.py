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

from tiss_conecta.codec._conversao import Campo, Conversao, conversao, converter
from tiss_conecta.models import VERSOES
from tiss_conecta.models.esquema import esquema, padroes_aceitos, schemas_que_aceitam
from tiss_conecta.versoes._diferencas import Diferencas, Mudanca, OQue, diferencas

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

SUPORTADAS: tuple[str, ...] = tuple(VERSOES)
"""The versions whose schemas and models the library carries, oldest first."""
