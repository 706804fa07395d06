"""One TISS version's XSDs read into plain values: named types, their elements and facets.

Reads the bundled schema files of the TISS namespace (the entry XSD and what it includes),
never a file named by input, once per version. Elements are described by their path inside
the named type that declares them (``dadosBeneficiario/numeroCarteira``), so the same
element can be compared across versions (:mod:`tiss_conecta.versoes`).

    >>> padroes_aceitos("4.02.00")
    ('4.00.00', '4.00.01', '4.01.00', '4.02.00')
    >>> significados("4.02.00", "dm_statusProtocolo")["10"]
    'Bloqueio judicial - prestador'
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

import attrs
from lxml import etree

from tiss_conecta import reference
from tiss_conecta.errors import TissVersionError
from tiss_conecta.models import NAMESPACE, VERSOES

__all__ = [
    "Elemento",
    "Esquema",
    "Restricao",
    "TipoComplexo",
    "TipoSimples",
    "esquema",
    "padroes_aceitos",
    "raizes",
    "schemas_que_aceitam",
    "significados",
]

_XS = "{http://www.w3.org/2001/XMLSchema}"
_FACETAS = (
    "length",
    "minLength",
    "maxLength",
    "pattern",
    "totalDigits",
    "fractionDigits",
    "minInclusive",
    "maxInclusive",
    "minExclusive",
    "maxExclusive",
    "whiteSpace",
)


@attrs.frozen
class Restricao:
    """A value restriction: base type, facets (``totalDigits``, ``pattern``...) and the
    enumerated values, in schema order."""

    base: str = ""
    facetas: tuple[tuple[str, str], ...] = ()
    valores: tuple[str, ...] = ()
    comentarios: tuple[str, ...] = attrs.field(default=(), eq=False)
    """The comments written inside the restriction (the meaning of each code, for some
    domains: ``10 - Bloqueio judicial - prestador``), one per line, stripped."""

    def faceta(self, nome: str) -> str | None:
        return next((v for k, v in self.facetas if k == nome), None)


@attrs.frozen
class TipoSimples:
    nome: str
    restricao: Restricao


@attrs.frozen
class Elemento:
    """One element declared inside a named complex type."""

    caminho: str
    """Path inside the type: ``dadosBeneficiario/numeroCarteira``."""
    tipo: str
    """The named type (``st_decimal10-2``), or ``""`` for a type written in place."""
    minimo: int
    maximo: int | None
    """``None``: unbounded."""
    escolha: bool
    """Whether it is one alternative of an ``xs:choice``."""
    restricao: Restricao | None = None
    """The restriction written in place, when ``tipo`` is empty and the value is simple."""
    base: str = ""
    """The named type a type written in place extends or restricts (``""`` when none)."""

    @property
    def nome(self) -> str:
        return self.caminho.rsplit("/", 1)[-1]

    @property
    def ocorrencias(self) -> str:
        return f"{self.minimo}..{'n' if self.maximo is None else self.maximo}"


@attrs.frozen
class TipoComplexo:
    nome: str
    base: str
    """The type it extends or restricts (``""`` when none)."""
    elementos: tuple[Elemento, ...]

    def elemento(self, caminho: str) -> Elemento | None:
        return next((e for e in self.elementos if e.caminho == caminho), None)


@attrs.frozen
class Esquema:
    """The named types and global elements of one version, in the TISS namespace."""

    versao: str
    simples: dict[str, TipoSimples]
    complexos: dict[str, TipoComplexo]
    globais: dict[str, str]
    """Global element -> its named type (``""`` when written in place)."""

    @property
    def tipos(self) -> dict[str, TipoSimples | TipoComplexo]:
        return {**self.simples, **self.complexos}


def _local(nome: str | None) -> str:
    """``ans:st_texto`` or ``{namespace}element`` without its prefix or namespace."""
    return (nome or "").rsplit("}", 1)[-1].rsplit(":", 1)[-1]


@cache
def raizes(versao: str) -> tuple[etree._Element, ...]:
    """The root of the entry XSD of ``versao`` and of every XSD it includes, in the TISS
    namespace (bundled files only, each parsed once; nothing named by input is followed).

    >>> len(raizes("4.01.00"))
    5
    """
    if versao not in VERSOES:
        raise TissVersionError(versao, tuple(VERSOES), argumento=True)
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    achadas: list[etree._Element] = []
    vistos: set[Path] = set()
    pendentes = [reference.caminho(VERSOES[versao].esquema)]
    while pendentes:
        caminho = pendentes.pop()
        if caminho in vistos:
            continue
        vistos.add(caminho)
        raiz = etree.parse(str(caminho), parser).getroot()
        if raiz.get("targetNamespace") != NAMESPACE:
            continue
        achadas.append(raiz)
        for inclusao in raiz.iterchildren(f"{_XS}include"):
            pendentes.append(caminho.parent / Path(inclusao.get("schemaLocation", "")).name)
    return tuple(achadas)


def _restricao(no: etree._Element) -> Restricao:
    """The ``xs:restriction`` of a ``xs:simpleType`` (or an empty one for a list/union)."""
    r = no.find(f"{_XS}restriction")
    if r is None:
        return Restricao()
    facetas = sorted(
        (_local(f.tag), f.get("value", ""))
        for f in r
        if isinstance(f.tag, str) and _local(f.tag) in _FACETAS
    )
    valores = tuple(v.get("value", "") for v in r.iterchildren(f"{_XS}enumeration"))
    comentarios = tuple(
        linha.strip()
        for c in r.iter(etree.Comment)
        for linha in str(c.text or "").splitlines()
        if linha.strip()
    )
    return Restricao(_local(r.get("base")), tuple(facetas), valores, comentarios)


def _elementos(no: etree._Element, prefixo: str, escolha: bool) -> Iterator[Elemento]:
    for filho in no.iterchildren(etree.Element):
        tag = _local(str(filho.tag))
        if tag in ("sequence", "all", "choice"):
            yield from _elementos(filho, prefixo, escolha or tag == "choice")
        elif tag in ("complexContent", "simpleContent", "extension", "restriction"):
            yield from _elementos(filho, prefixo, escolha)
        elif tag == "any":
            yield Elemento(f"{prefixo}*", "any", *_ocorrencias(filho), escolha)
        elif tag == "element":
            nome = filho.get("name") or _local(filho.get("ref"))
            caminho = prefixo + nome
            complexo = filho.find(f"{_XS}complexType")
            simples = filho.find(f"{_XS}simpleType")
            yield Elemento(
                caminho,
                _local(filho.get("type") or filho.get("ref")),
                *_ocorrencias(filho),
                escolha,
                _restricao(simples) if simples is not None else None,
                _base(complexo) if complexo is not None else "",
            )
            if complexo is not None:
                yield from _elementos(complexo, caminho + "/", False)


def _ocorrencias(no: etree._Element) -> tuple[int, int | None]:
    maximo = no.get("maxOccurs", "1")
    return int(no.get("minOccurs", "1")), None if maximo == "unbounded" else int(maximo)


def _base(no: etree._Element) -> str:
    for tag in ("complexContent", "simpleContent"):
        conteudo = no.find(f"{_XS}{tag}")
        if conteudo is not None:
            for derivacao in conteudo:
                if isinstance(derivacao.tag, str):
                    return _local(derivacao.get("base"))
    return ""


@cache
def esquema(versao: str) -> Esquema:
    """The XSDs of ``versao`` (one of :data:`tiss_conecta.models.VERSOES`), read once.

    >>> esquema("4.03.00").simples["dm_centroConsumo"].restricao.valores[:2]
    ('1', '2')
    """
    simples: dict[str, TipoSimples] = {}
    complexos: dict[str, TipoComplexo] = {}
    globais: dict[str, str] = {}
    for raiz in raizes(versao):
        for no in raiz.iterchildren(f"{_XS}simpleType"):
            simples[no.get("name", "")] = TipoSimples(no.get("name", ""), _restricao(no))
        for no in raiz.iterchildren(f"{_XS}complexType"):
            nome = no.get("name", "")
            complexos[nome] = TipoComplexo(nome, _base(no), tuple(_elementos(no, "", False)))
        for no in raiz.iterchildren(f"{_XS}element"):
            nome = no.get("name", "")
            globais[nome] = _local(no.get("type"))
            complexo = no.find(f"{_XS}complexType")
            if complexo is not None:  # mensagemTISS: its content compared like a type's
                complexos[nome] = TipoComplexo(nome, "", tuple(_elementos(complexo, "", False)))
    return Esquema(versao, simples, complexos, globais)


def padroes_aceitos(versao: str) -> tuple[str, ...]:
    """The ``Padrao`` values the XSD of ``versao`` accepts (its ``dm_versao``).

    >>> padroes_aceitos("4.01.00")
    ('4.00.00', '4.00.01', '4.01.00')
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
    return tuple(v for v in VERSOES if padrao in padroes_aceitos(v))


_SIGNIFICADO = re.compile(r"(\S+)\s*-\s*(.+?)")


@cache
def significados(versao: str, tipo: str) -> Mapping[str, str]:
    """Code -> meaning of a domain type, as the comments inside its enumeration in the XSD of
    ``versao`` state them (``10 - Bloqueio judicial - prestador``); only for the types whose
    comments follow that form, and only the codes the enumeration lists.

    >>> significados("4.01.00", "dm_statusProtocolo")["6"]
    'Pagamento Efetuado'
    """
    restricao = esquema(versao).simples[tipo].restricao
    achados = (_SIGNIFICADO.fullmatch(c) for c in restricao.comentarios)
    return MappingProxyType(
        {m.group(1): m.group(2) for m in achados if m and m.group(1) in restricao.valores}
    )
