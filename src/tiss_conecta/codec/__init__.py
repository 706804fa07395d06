"""The codec: parse, serialize, validate and hash TISS messages of every supported version.

    >>> import tiss_conecta as tiss
    >>> arquivo = tiss.examples.caminho("lote-sadt", "4.03.00")
    >>> tiss.validate(arquivo).ok, tiss.verify_hash(arquivo).ok
    (True, True)
    >>> tiss.parse(arquivo).cabecalho.padrao.value
    '4.03.00'

The implementation is private, one module per step: ``_fonte`` (safe reading), ``_hash``
(the epilogo hash), ``_xsd`` (the compiled schemas), ``_modelos`` (XML <-> dataclasses),
``_rapido`` (its generated readers and writers), ``_relatorio`` (validation),
``_conversao`` (between versions); :mod:`.regras` declares the codes the codec reports.
"""

from __future__ import annotations

import contextlib
import dataclasses

from tiss_conecta.codec import _fonte, _hash, _modelos, _rapido
from tiss_conecta.codec._hash import Codificacao, ConferenciaHash
from tiss_conecta.codec._modelos import parse, to_xml
from tiss_conecta.codec._relatorio import Relatorio, validate

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
    source_or_message: _fonte.Source | object,
    encoding: Codificacao = "iso-8859-1",
    *,
    skip_signature: bool = True,
    max_bytes: int = _fonte.MAX_BYTES,
    versao: str | None = None,
) -> str:
    """The epilogo hash (32 lowercase hex digits) of a file or of a generated message.

    ``encoding`` chooses the bytes fed to MD5: ``"iso-8859-1"`` (the standard) or
    ``"utf-8"`` (what some generators do). ``skip_signature=False`` also hashes the
    XML-DSig ``Signature`` subtree. The hash is defined alike in every version, so a file
    of any version (2.x and 3.x too) is hashed as it is; ``versao`` gives the hash the
    message would carry written in that version (see :func:`to_xml`).

    >>> import tiss_conecta as tiss
    >>> arquivo = tiss.examples.caminho("lote-sadt")
    >>> tiss.compute_hash(arquivo)
    '0449dca12f82d001132af3c0751344d6'
    >>> tiss.compute_hash(arquivo, versao="4.03.00") == tiss.compute_hash(
    ...     tiss.examples.caminho("lote-sadt", "4.03.00")
    ... )
    True
    """
    if dataclasses.is_dataclass(source_or_message) and not isinstance(source_or_message, type):
        message = _modelos.na_versao(source_or_message, versao)
        if encoding == "iso-8859-1" and skip_signature:
            with contextlib.suppress(Exception):  # xsdata's path gives the answer or the error
                return _rapido.escrever(message)[1]
        root = _modelos.render(message)
    elif versao is not None:
        data, _ = _fonte.read_bytes(source_or_message, max_bytes=max_bytes)  # type: ignore[arg-type]
        doc, declarada = _fonte.load_tiss(data, max_bytes=max_bytes)
        root = doc.root
        if declarada != _fonte.versao_suportada(versao):
            root = _modelos.render(_modelos.na_versao(_modelos.parse(data), versao))
    else:
        root = _fonte.load(source_or_message, max_bytes=max_bytes).root  # type: ignore[arg-type]
    return _hash.hash_tree(root, encoding, skip_signature=skip_signature)


def verify_hash(
    data_or_source: _fonte.Source, *, strict: bool = False, max_bytes: int = _fonte.MAX_BYTES
) -> ConferenciaHash:
    """Check the declared epilogo hash of a file (ISO-8859-1, else UTF-8 unless ``strict``).

    The hash is defined alike in every version, so no version is needed: files of any
    version, 2.x and 3.x included, are checked.

    >>> import tiss_conecta as tiss
    >>> conferencia = tiss.verify_hash(tiss.examples.caminho("lote-sadt"))
    >>> conferencia.ok, conferencia.codificacao
    (True, 'iso-8859-1')
    """
    return _hash.check_tree(_fonte.load(data_or_source, max_bytes=max_bytes).root, strict=strict)
