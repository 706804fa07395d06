"""The epilogo hash, as ``../shared/tiss/HASH.md`` defines it.

MD5 over the concatenated text of every leaf element, in document order, skipping the
``epilogo`` subtree, comments, processing instructions and (by default) the XML-DSig
``Signature`` subtree; the text is encoded as ISO-8859-1 (or, to explain files from other
generators, UTF-8).

The walk is done in C where it can: the subtrees to skip are cut out, large subtrees are
taken a child at a time, and in each piece whose text nodes are all only children (what
``to_xml`` and most generators write) the leaf text is the piece's string value; an
indented piece, or one with mixed content, comments or PIs, is walked in Python.
``tests/codec/test_hash_rapido.py`` proves the result equal to the plain walk.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from typing import Literal

import attrs
from lxml import etree

from tiss_conecta.codec import regras
from tiss_conecta.errors import TissEncodingError, TissHashError
from tiss_conecta.models import NAMESPACE

__all__ = [
    "CODIFICACOES",
    "Codificacao",
    "ConferenciaHash",
    "check_tree",
    "conferir",
    "hash_tree",
    "leaf_text",
]

Codificacao = Literal["iso-8859-1", "utf-8"]
CODIFICACOES: tuple[Codificacao, ...] = ("iso-8859-1", "utf-8")

DSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#"
EPILOGO = f"{{{NAMESPACE}}}epilogo"
HASH = f"{{{NAMESPACE}}}hash"
SIGNATURE = f"{{{DSIG_NAMESPACE}}}Signature"


@attrs.frozen
class ConferenciaHash:
    """The outcome of checking a message's declared epilogo hash."""

    ok: bool
    declarado: str | None
    calculado: str
    """The hash under ISO-8859-1, the encoding the library writes."""
    codificacao: Codificacao | None
    """Which encoding's bytes give the declared value (``None``: neither)."""

    def to_dict(self) -> dict[str, object]:
        """Plain data; ``declared``, ``computed`` and ``matched_encoding`` repeat the values
        under the names of 0.1."""
        return {
            **attrs.asdict(self),
            "declared": self.declarado,
            "computed": self.calculado,
            "matched_encoding": self.codificacao,
        }


def _tags(skip_signature: bool) -> tuple[str, ...]:
    return (EPILOGO, SIGNATURE) if skip_signature else (EPILOGO,)


_TEXTO_COM_IRMAO = (
    "self::*[descendant::text()/following-sibling::node()]"
    " | self::*[descendant::text()/preceding-sibling::node()]"
)
"""Non-empty when a text node under the element has a sibling (indentation, mixed content,
comments or PIs beside it). libxml2 evaluates each predicate as a boolean, stopping at the
first hit, so the test stays linear in wide elements; one predicate with ``or`` would be
evaluated in full, quadratic in them."""
_GRANDE = "boolean(descendant::node()[20000])"
"""Whether the subtree has 20,000 nodes or more (the ``[n]`` step stops at the n-th). One
so large is hashed a child at a time, each piece staying in the CPU cache while it is
walked: twice as fast on a 15 MB lote."""
_LARGO = 128
"""Children enough that splitting a node into them would cost more than it saves."""
_PEDACOS = 1024
"""Subtrees made by splitting large ones, at most: a bound on the calls per message."""
_local = threading.local()


def _xpaths() -> tuple[etree.XPath, etree.XPath]:
    xpaths: tuple[etree.XPath, etree.XPath] | None = getattr(_local, "xpaths", None)
    if xpaths is None:  # one pair per thread, like _fonte's parser: not shared between threads
        xpaths = _local.xpaths = (etree.XPath(_TEXTO_COM_IRMAO), etree.XPath(_GRANDE))
    return xpaths


def _pedacos(
    root: etree._Element, cortes: list[etree._Element], tags: tuple[str, ...]
) -> Iterator[etree._Element]:
    """Subtrees of ``root``, in document order, whose leaf texts make up the leaf text of
    ``root`` without ``cortes`` (the elements under ``root`` named in ``tags``): an element
    with element children contributes only through them, so it is replaced by them when it
    holds a cut subtree, or when it is large and not too wide. Lazy, so that each subtree
    is hashed while the walk deciding its size has left it in the cache."""
    acima: set[etree._Element] = set()  # ancestors of a cut subtree, hence not leaves
    for corte in cortes:
        pai = None if corte is root else corte.getparent()
        while pai is not None and pai not in acima:
            acima.add(pai)
            pai = None if pai is root else pai.getparent()
    grande = _xpaths()[1]
    pedacos = 0
    pilha = [iter([root])]
    while pilha:
        for element in pilha[-1]:
            if element.tag in tags:
                continue
            if element in acima or (
                pedacos < _PEDACOS
                and element.text is None  # else indented: walked in Python, whole
                and 0 < len(element) <= _LARGO
                and grande(element)
                and element.find("*") is not None
            ):
                pilha.append(element.iterchildren(etree.Element))
                break
            pedacos += 1
            yield element
        else:
            pilha.pop()


def _folhas(pedaco: etree._Element) -> str:
    """The leaf text of a subtree with nothing in it to skip."""
    if not len(pedaco):
        return pedaco.text or ""
    if pedaco.text is None and not _xpaths()[0](pedaco):  # (with text, it has a sibling)
        # every text node is the only child of a leaf: the string value is the leaf text
        return etree.tostring(pedaco, method="text", encoding=str, with_tail=False)
    partes: list[str] = []
    append = partes.append
    if next(pedaco.iter(etree.Comment, etree.ProcessingInstruction, etree.Entity), None) is None:
        for element in pedaco.iter(etree.Element):  # any child is an element
            if not len(element) and (text := element.text):
                append(text)
        return "".join(partes)
    for element in pedaco.iter(etree.Element):
        if not len(element):
            if text := element.text:
                append(text)
        elif not any(isinstance(child.tag, str) for child in element):
            # comments or PIs inside a leaf: their tails are the leaf's text
            append((element.text or "") + "".join(child.tail or "" for child in element))
    return "".join(partes)


def leaf_text(root: etree._Element, *, skip_signature: bool = True) -> str:
    """The concatenated text of the leaf elements that the hash covers."""
    tags = _tags(skip_signature)
    return "".join(_folhas(p) for p in _pedacos(root, list(root.iter(*tags)), tags))


def _repetido() -> TissHashError:
    return TissHashError(
        "a mensagem tem mais de um elemento hash",
        codigo=regras.HASH_REPETIDO.codigo,
        xpath="/mensagemTISS/epilogo/hash",
        dica="deixe um único ans:hash dentro de ans:epilogo",
    )


def _texto(root: etree._Element, skip_signature: bool) -> tuple[str, etree._Element | None]:
    """:func:`leaf_text` and the ``hash`` element under ``root``, found in one scan;
    :class:`TissHashError` when there is more than one."""
    tags = _tags(skip_signature)
    cortes, hashes = [], []
    for element in root.iter(HASH, *tags):
        if element.tag != HASH:
            cortes.append(element)
        elif element is not root:
            hashes.append(element)
    if len(hashes) > 1:
        raise _repetido()
    texto = "".join(_folhas(p) for p in _pedacos(root, cortes, tags))
    return texto, hashes[0] if hashes else None


def _skipped(root: etree._Element, skip_signature: bool) -> set[etree._Element]:
    skipped: set[etree._Element] = set()
    for top in root.iter(*_tags(skip_signature)):
        skipped.update(top.iter())
    return skipped


def _locate_unencodable(root: etree._Element, skip_signature: bool) -> etree._Element | None:
    skipped = _skipped(root, skip_signature)
    for element in root.iter(etree.Element):
        if element in skipped:
            continue
        try:
            (element.text or "").encode("iso-8859-1")
        except UnicodeEncodeError:
            return element
    return None


def _md5(texto: str, encoding: Codificacao, root: etree._Element, skip_signature: bool) -> str:
    try:
        data = texto.encode(encoding)
    except UnicodeEncodeError as exc:
        where = _locate_unencodable(root, skip_signature)
        raise TissEncodingError(
            f"o caractere {exc.object[exc.start]!r} (U+{ord(exc.object[exc.start]):04X}) não "
            "existe em ISO-8859-1, a codificação dos arquivos TISS",
            codigo=regras.FORA_DO_LATIN1.codigo,
            linha=where.sourceline if where is not None else None,
            xpath=where.getroottree().getpath(where) if where is not None else None,
            dica="troque o caractere por um equivalente sem ele (por exemplo, aspas simples "
            "em vez de aspas curvas)",
        ) from None
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def hash_tree(
    root: etree._Element, encoding: Codificacao = "iso-8859-1", *, skip_signature: bool = True
) -> str:
    """MD5 (32 lowercase hex digits) of the message rooted at ``root``."""
    if encoding not in CODIFICACOES:
        raise ValueError(f"encoding must be one of {CODIFICACOES}, not {encoding!r}")
    texto, _ = _texto(root, skip_signature)
    return _md5(texto, encoding, root, skip_signature)


def declared_hash(root: etree._Element) -> str | None:
    """The text of ``epilogo/hash``, or ``None`` when absent."""
    found = root.findall(f".//{HASH}")
    if len(found) > 1:
        raise _repetido()
    return found[0].text.strip() if found and found[0].text else None


def conferir(root: etree._Element, *, strict: bool = False) -> tuple[ConferenciaHash, bool]:
    """:func:`check_tree`, and whether the message has a ``hash`` element at all."""
    texto, elemento = _texto(root, True)
    declared = elemento.text.strip() if elemento is not None and elemento.text else None
    computed = _md5(texto, "iso-8859-1", root, True)
    matched: Codificacao | None = None
    if declared is not None:
        wanted = declared.lower()
        if wanted == computed:
            matched = "iso-8859-1"
        elif not strict and wanted == _md5(texto, "utf-8", root, True):
            matched = "utf-8"
    conferencia = ConferenciaHash(
        ok=matched is not None, declarado=declared, calculado=computed, codificacao=matched
    )
    return conferencia, elemento is not None


def check_tree(root: etree._Element, *, strict: bool = False) -> ConferenciaHash:
    """Compare the declared hash with ISO-8859-1 and, unless ``strict``, UTF-8."""
    return conferir(root, strict=strict)[0]
