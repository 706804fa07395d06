"""The codec: parse, serialize, validate and hash TISS messages.

Modules: :mod:`.source` (safe reading), :mod:`.hashing` (epilogo hash), :mod:`.schema`
(compiled XSDs), :mod:`.binding` (dataclasses <-> XML), :mod:`.report` (validation).
"""

from __future__ import annotations

import dataclasses

from tiss_conecta.codec import binding, hashing, source
from tiss_conecta.codec.binding import parse, to_xml
from tiss_conecta.codec.hashing import Codificacao, ConferenciaHash
from tiss_conecta.codec.report import Relatorio, validate

__all__ = [
    "ConferenciaHash",
    "Relatorio",
    "compute_hash",
    "parse",
    "to_xml",
    "validate",
    "verify_hash",
]


def compute_hash(
    source_or_message: source.Source | object,
    encoding: Codificacao = "iso-8859-1",
    *,
    skip_signature: bool = True,
    max_bytes: int = source.MAX_BYTES,
    versao: str | None = None,
) -> str:
    """The epilogo hash (32 lowercase hex digits) of a file or of a generated message.

    ``encoding`` chooses the bytes fed to MD5: ``"iso-8859-1"`` (the standard) or
    ``"utf-8"`` (what some generators do). ``skip_signature=False`` also hashes the
    XML-DSig ``Signature`` subtree. The hash is defined alike in every version, so a file
    of any version (2.x and 3.x too) is hashed as it is; ``versao`` gives the hash the
    message would carry written in that version (see :func:`to_xml`).
    """
    if dataclasses.is_dataclass(source_or_message) and not isinstance(source_or_message, type):
        root = binding.render(binding.na_versao(source_or_message, versao))
    elif versao is not None:
        data, _ = source.read_bytes(source_or_message, max_bytes=max_bytes)  # type: ignore[arg-type]
        doc, declarada = source.load_tiss(data, max_bytes=max_bytes)
        root = doc.root
        if declarada != source.versao_suportada(versao):
            root = binding.render(binding.na_versao(binding.parse(data), versao))
    else:
        root = source.load(source_or_message, max_bytes=max_bytes).root  # type: ignore[arg-type]
    return hashing.hash_tree(root, encoding, skip_signature=skip_signature)


def verify_hash(
    data_or_source: source.Source, *, strict: bool = False, max_bytes: int = source.MAX_BYTES
) -> ConferenciaHash:
    """Check the declared epilogo hash of a file (ISO-8859-1, else UTF-8 unless ``strict``).

    The hash is defined alike in every version, so no version is needed: files of any
    version, 2.x and 3.x included, are checked.
    """
    return hashing.check_tree(source.load(data_or_source, max_bytes=max_bytes).root, strict=strict)
