"""Places in a parsed file: an XPath to its element and back, and the guia and item an element
falls in.

XPaths are written without prefixes (``/mensagemTISS/cabecalho/destino/registroANS``), as the
achados carry them. :func:`elemento` also reads the paths libxml2 writes, with prefixes
(``/ans:mensagemTISS/...``) or positional steps for a default namespace (``/*/*[1]/*[3]``).
"""

from __future__ import annotations

import re

from lxml import etree

__all__ = ["caminho", "elemento", "guia", "guia_e_item", "linha"]

_PASSO = re.compile(r"^(?:[\w.-]+:)?([\w.*-]+)(?:\[(\d+)\])?$")


def _nome(el: etree._Element) -> str:
    return etree.QName(el).localname


def _iguais(el: etree._Element, nome: str) -> list[etree._Element]:
    """The child elements of ``el`` named ``nome`` in any namespace (``*``: all of them)."""
    return list(el.iterchildren(etree.Element if nome == "*" else "{*}" + nome))


def elemento(raiz: etree._Element, xpath: str | None) -> etree._Element | None:
    """The element at ``xpath`` under the document of ``raiz`` (``None`` when absent); a step
    without index is the first of its name, ``*`` any name."""
    if not xpath or not xpath.startswith("/"):
        return None
    atual: etree._Element | None = None
    for parte in xpath.strip("/").split("/"):
        m = _PASSO.match(parte)
        if m is None:
            return None
        nome, indice = m.group(1), int(m.group(2) or 1)
        if atual is None:
            iguais = [raiz] if nome in ("*", _nome(raiz)) else []
        else:
            iguais = _iguais(atual, nome)
        if len(iguais) < indice:
            return None
        atual = iguais[indice - 1]
    return atual


def caminho(el: etree._Element) -> str:
    """The XPath of ``el`` without prefixes, indexed where siblings share its name.

    >>> from lxml import etree
    >>> raiz = etree.fromstring("<a xmlns='urn:x'><b/><c/><c><d/></c></a>")
    >>> caminho(raiz[2][0])
    '/a/c[2]/d'
    """
    passos = []
    atual: etree._Element | None = el
    while atual is not None:
        nome = _nome(atual)
        pai = atual.getparent()
        passo = nome
        if pai is not None:
            iguais = _iguais(pai, nome)
            if len(iguais) > 1:
                passo = f"{nome}[{iguais.index(atual) + 1}]"
        passos.append(passo)
        atual = pai
    return "/" + "/".join(reversed(passos))


def _filho(el: etree._Element, nome: str) -> etree._Element | None:
    return next(el.iterchildren("{*}" + nome), None)


def _numero_da_guia(el: etree._Element) -> str | None:
    for onde in (el, _filho(el, "cabecalhoGuia"), _filho(el, "dadosGuia")):
        numero = _filho(onde, "numeroGuiaPrestador") if onde is not None else None
        if numero is not None and numero.text and numero.text.strip():
            return numero.text.strip()
    return None


def guia(el: etree._Element) -> etree._Element | None:
    """The guia element ``el`` falls in: the one its ``numeroGuiaPrestador`` names."""
    atual: etree._Element | None = el
    while atual is not None:
        if _numero_da_guia(atual) is not None:
            pai = atual.getparent()
            if _nome(atual) in ("cabecalhoGuia", "dadosGuia") and pai is not None:
                return pai
            return atual
        atual = atual.getparent()
    return None


def guia_e_item(el: etree._Element) -> tuple[str | None, int | None]:
    """The ``numeroGuiaPrestador`` of the guia ``el`` falls in, and the ``sequencialItem`` of
    its item (each ``None`` outside one).

    >>> from lxml import etree
    >>> raiz = etree.fromstring(
    ...     "<g><cabecalhoGuia><numeroGuiaPrestador>7</numeroGuiaPrestador></cabecalhoGuia>"
    ...     "<p><sequencialItem>2</sequencialItem><v/></p></g>"
    ... )
    >>> guia_e_item(raiz[1][1])
    ('7', 2)
    """
    numero: str | None = None
    item: int | None = None
    atual: etree._Element | None = el
    while atual is not None and numero is None:
        if item is None:
            sequencial = _filho(atual, "sequencialItem")
            texto = (sequencial.text or "").strip() if sequencial is not None else ""
            if texto.isascii() and texto.isdigit():  # '³' is a digit to Python, not to int()
                item = int(texto)
        numero = _numero_da_guia(atual)
        atual = atual.getparent()
    return numero, (item if numero is not None else None)


def linha(raiz: etree._Element, xpath: str | None, *, ancestral: bool = False) -> int | None:
    """The line of the element at ``xpath`` (``None`` when absent; with ``ancestral``, the
    line of its nearest present ancestor)."""
    while xpath:
        el = elemento(raiz, xpath)
        if el is not None:
            return el.sourceline
        if not ancestral:
            return None
        xpath = xpath.rpartition("/")[0]
    return None
