"""The epilogo hash, as ``../shared/tiss/HASH.md`` defines it.

MD5 over the concatenated text of every leaf element, in document order, skipping the
``epilogo`` subtree, comments, processing instructions and (by default) the XML-DSig
``Signature`` subtree; the text is encoded as ISO-8859-1 (or, to explain files from other
generators, UTF-8).
"""

from __future__ import annotations

import hashlib
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


def _skipped(root: etree._Element, skip_signature: bool) -> set[etree._Element]:
    tags = (EPILOGO, SIGNATURE) if skip_signature else (EPILOGO,)
    skipped: set[etree._Element] = set()
    for top in root.iter(*tags):
        skipped.update(top.iter())
    return skipped


def leaf_text(root: etree._Element, *, skip_signature: bool = True) -> str:
    """The concatenated text of the leaf elements that the hash covers."""
    skipped = _skipped(root, skip_signature)
    parts: list[str] = []
    append = parts.append
    for element in root.iter(etree.Element):
        if len(element) == 0:
            if element.text and element not in skipped:
                append(element.text)
        elif element not in skipped and not any(
            isinstance(child.tag, str) for child in element
        ):  # comments or PIs inside a leaf: their tails are the leaf's text
            append((element.text or "") + "".join(child.tail or "" for child in element))
    return "".join(parts)


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


def hash_tree(
    root: etree._Element, encoding: Codificacao = "iso-8859-1", *, skip_signature: bool = True
) -> str:
    """MD5 (32 lowercase hex digits) of the message rooted at ``root``."""
    if encoding not in CODIFICACOES:
        raise ValueError(f"encoding must be one of {CODIFICACOES}, not {encoding!r}")
    if len(root.findall(f".//{HASH}")) > 1:
        raise TissHashError(
            "a mensagem tem mais de um elemento hash",
            codigo=regras.HASH_REPETIDO.codigo,
            xpath="/mensagemTISS/epilogo/hash",
            dica="deixe um único ans:hash dentro de ans:epilogo",
        )
    text = leaf_text(root, skip_signature=skip_signature)
    try:
        data = text.encode(encoding)
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


def declared_hash(root: etree._Element) -> str | None:
    """The text of ``epilogo/hash``, or ``None`` when absent."""
    found = root.findall(f".//{HASH}")
    if len(found) > 1:
        hash_tree(root)  # raises the multiple-hash error
    return found[0].text.strip() if found and found[0].text else None


def check_tree(root: etree._Element, *, strict: bool = False) -> ConferenciaHash:
    """Compare the declared hash with ISO-8859-1 and, unless ``strict``, UTF-8."""
    declared = declared_hash(root)
    computed = hash_tree(root, "iso-8859-1")
    matched: Codificacao | None = None
    if declared is not None:
        wanted = declared.lower()
        if wanted == computed:
            matched = "iso-8859-1"
        elif not strict and wanted == hash_tree(root, "utf-8"):
            matched = "utf-8"
    return ConferenciaHash(
        ok=matched is not None, declarado=declared, calculado=computed, codificacao=matched
    )
