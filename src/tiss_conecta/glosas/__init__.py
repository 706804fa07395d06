"""The glosa catalogue: every code of TUSS table 38, its validity, TISS versions and guidance.

    >>> from tiss_conecta import glosas
    >>> str(glosas.consultar(1705))
    '1705 – Valor apresentado a maior'
    >>> glosas.buscar("duplicidade")[0].codigo
    '1702'
    >>> glosas.valida("3209", versao="4.01.00")
    False

The table is read from the bundled reference data at first use, once; importing this module
loads neither the generated models nor lxml.
"""

from __future__ import annotations

import datetime
from enum import Enum
from functools import cache
from typing import TypeAlias

from tiss_conecta import reference
from tiss_conecta.errors import GlosaDesconhecida, TissVersionError
from tiss_conecta.glosas._glosa import VERSOES, Glosa, Orientacao
from tiss_conecta.glosas._indice import Indice, carregar
from tiss_conecta.glosas._orientacoes import ORIENTACOES
from tiss_conecta.glosas._texto import dobrar

__all__ = [
    "VERSOES",
    "Glosa",
    "Orientacao",
    "buscar",
    "catalogo",
    "consultar",
    "grupos",
    "valida",
]

TABELA = "tabelas/tabela38.csv"

Codigo: TypeAlias = str | int | Enum
"""A glosa code: ``"1705"``, ``1705`` or a ``DmTipoGlosa`` member of the generated models."""


@cache
def _tabela() -> Indice:
    return carregar(reference.caminho(TABELA), ORIENTACOES)


def consultar(codigo: Codigo) -> Glosa:
    """The glosa with this code; :class:`~tiss_conecta.errors.GlosaDesconhecida` (a ``KeyError``)
    when none.

    >>> g = consultar("1705")
    >>> g.codigo, g.grupo, consultar(1705) == g
    ('1705', 'Regra de Valorização', True)
    """
    glosa = _procurar(codigo)
    if glosa is None:
        indice = _tabela()
        raise GlosaDesconhecida(
            f"código de glosa {_mostrar(codigo)} não existe na tabela TUSS 38",
            dica=(
                f"os códigos têm 4 dígitos, de {indice.glosas[0].codigo} a "
                f"{indice.glosas[-1].codigo}; procure pelo texto com "
                "tiss_conecta.glosas.buscar(...) ou tiss-conecta glosa --busca TEXTO"
            ),
        )
    return glosa


def buscar(
    texto: str, *, versao: str | None = None, em: datetime.date | None = None
) -> list[Glosa]:
    """Glosas whose description, group or guidance has every word of ``texto``, best first.

    Accents and case are ignored, a word may be the start of a longer one ("duplic"), and
    ``versao``/``em`` filter the result as in :func:`catalogo`.

    >>> [g.codigo for g in buscar("senha")][:3]
    ['1414', '1405', '1403']
    """
    filtro = _Filtro(versao, em, None)
    return [g for g in _tabela().buscar(texto) if filtro(g)]


def catalogo(
    versao: str | None = None, em: datetime.date | None = None, *, grupo: str | None = None
) -> list[Glosa]:
    """Every glosa in code order, or those a ``versao`` XSD accepts, in force ``em`` a date,
    in a ``grupo`` (accents and case ignored).

    >>> len(catalogo("4.01.00")), len(catalogo("4.03.00"))
    (624, 768)
    >>> [g.codigo for g in catalogo(grupo="protocolo")][:2]
    ['1101', '1102']
    """
    filtro = _Filtro(versao, em, grupo)
    return [g for g in _tabela().glosas if filtro(g)]


def valida(codigo: Codigo, versao: str | None = None, em: datetime.date | None = None) -> bool:
    """Whether the code exists and, when given, ``versao`` accepts it and it is in force ``em``.

    >>> valida("1705"), valida("3209", versao="4.01.00"), valida("3209", versao="4.03.00")
    (True, False, True)
    """
    glosa = _procurar(codigo)
    return glosa is not None and _Filtro(versao, em, None)(glosa)


def grupos() -> tuple[str, ...]:
    """The thematic groups, in the order of their codes (Elegibilidade, Protocolo, ...).

    >>> grupos()[:3]
    ('Elegibilidade', 'Protocolo', 'Prestador')
    """
    return _tabela().grupos


def _procurar(codigo: Codigo) -> Glosa | None:
    if isinstance(codigo, Enum):
        codigo = codigo.value
    if isinstance(codigo, bool):
        return None
    if isinstance(codigo, int):
        codigo = str(codigo)
    if not isinstance(codigo, str):
        return None
    return _tabela().por_codigo.get(codigo.strip())


def _mostrar(codigo: object) -> str:
    valor = codigo.value if isinstance(codigo, Enum) else codigo
    if isinstance(valor, int) and not isinstance(valor, bool):
        valor = str(valor)
    return repr(valor.strip()) if isinstance(valor, str) else repr(valor)


class _Filtro:
    __slots__ = ("data", "grupo", "versao")

    def __init__(self, versao: str | None, em: datetime.date | None, grupo: str | None) -> None:
        if versao is not None and versao not in VERSOES:
            raise TissVersionError(versao, VERSOES, argumento=True)
        if isinstance(em, datetime.datetime):
            em = em.date()
        self.versao = versao
        self.data = em
        self.grupo = None if grupo is None else dobrar(grupo)

    def __call__(self, g: Glosa) -> bool:
        return (
            (self.versao is None or self.versao in g.versoes)
            and (self.data is None or g.vigente_em(self.data))
            and (self.grupo is None or dobrar(g.grupo or "") == self.grupo)
        )
