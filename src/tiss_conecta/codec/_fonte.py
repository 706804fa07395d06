"""Reading untrusted input safely: bytes, XML text, a path or a binary file, into an lxml tree.

No DTD is loaded, no entity is expanded, nothing is fetched from the network and no
``schemaLocation`` is followed; a document carrying a DTD is refused. Input is bounded
(:data:`MAX_BYTES`), and UTF-16/UTF-32 input is refused (TISS files are ISO-8859-1).
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from typing import IO, TypeAlias, TypeGuard

import attrs
from lxml import etree

from tiss_conecta._sistema import motivo_do_sistema
from tiss_conecta.codec import regras
from tiss_conecta.errors import (
    TissEncodingError,
    TissParseError,
    TissSecurityError,
    TissVersionError,
)
from tiss_conecta.models import NAMESPACE, VERSOES

__all__ = [
    "MAX_BYTES",
    "Document",
    "Source",
    "is_xml_text",
    "load",
    "read_bytes",
    "versao_declarada",
    "versao_suportada",
]

Source: TypeAlias = bytes | bytearray | memoryview | str | os.PathLike[str] | IO[bytes]
"""What the codec reads: raw bytes, XML text, a path, or a binary file object."""

MAX_BYTES = 64 * 1024 * 1024
"""Largest input read (64 MiB; Conecta itself accepts at most 15 MB)."""

ROOT_TAG = f"{{{NAMESPACE}}}mensagemTISS"
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_WIDE_PREFIXES = (
    b"\x00\x00\xfe\xff",
    b"\xff\xfe\x00\x00",
    b"\xfe\xff",
    b"\xff\xfe",
    b"\x00\x00\x00<",
    b"<\x00\x00\x00",
    b"\x00<",
    b"<\x00",
)
_PROLOG = re.compile(rb"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)
_local = threading.local()
_MALFORMED_HINT = "corrija a estrutura do XML (marcas abertas e fechadas, caracteres inválidos)"


@attrs.frozen
class Document:
    """A parsed input: its root element, declared encoding and size."""

    root: etree._Element
    encoding: str | None
    size: int
    name: str | None = None


def _parser() -> etree.XMLParser:
    parser: etree.XMLParser | None = getattr(_local, "parser", None)
    if parser is None:  # lxml parsers must not be shared between threads
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            collect_ids=False,
            remove_blank_text=False,
        )
        _local.parser = parser
    return parser


def _too_large(size: int, limit: int, name: str | None) -> TissSecurityError:
    return TissSecurityError(
        f"entrada com {size} bytes excede o limite de {limit} bytes"
        + (f" ({name})" if name else ""),
        codigo=regras.GRANDE_DEMAIS.codigo,
        dica="divida o lote em arquivos menores ou aumente max_bytes conscientemente",
    )


def is_xml_text(source: object) -> TypeGuard[str]:
    """Whether ``source`` is XML text (a ``str`` starting with ``<``), not a path."""
    return isinstance(source, str) and source.lstrip("\ufeff \t\r\n").startswith("<")


def read_bytes(source: Source, *, max_bytes: int = MAX_BYTES) -> tuple[bytes, str | None]:
    """The raw bytes of ``source`` (at most ``max_bytes``) and a display name for it."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        name = None
    elif is_xml_text(source):
        data = source.lstrip("\ufeff").encode("utf-8")
        data = _redeclare_utf8(data)
        name = None
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        name = str(path)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise _too_large(size, max_bytes, name)
            data = path.read_bytes()
        except OSError as exc:
            raise TissParseError(
                f"não foi possível ler o arquivo {name}: {motivo_do_sistema(exc)}",
                codigo=regras.ILEGIVEL.codigo,
                dica="confira o caminho e as permissões do arquivo",
            ) from None
    elif hasattr(source, "read"):
        data = source.read(max_bytes + 1)
        name = getattr(source, "name", None)
        if not isinstance(data, bytes):
            raise TypeError("file objects must be opened in binary mode ('rb')")
    else:
        raise TypeError(f"cannot read TISS from {type(source).__name__}")
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes, name)
    return data, name


def _redeclare_utf8(data: bytes) -> bytes:
    """XML text given as ``str`` is UTF-8 from here on, whatever its declaration said."""
    match = _DECLARED.match(data)
    if not match:
        return data
    return data[: match.start(1)] + b"UTF-8" + data[match.end(1) :]


def declared_encoding(data: bytes) -> str | None:
    """The encoding named by the XML declaration, or ``None``."""
    head = data[3:200] if data.startswith(b"\xef\xbb\xbf") else data[:200]
    match = _DECLARED.match(head)
    return match.group(1).decode("ascii") if match else None


def _dtd_refused() -> TissSecurityError:
    return TissSecurityError(
        "o documento declara um DTD (<!DOCTYPE>): mensagens TISS não usam DTD, e o arquivo foi "
        "recusado sem ler entidades nem recursos externos",
        codigo=regras.DTD.codigo,
        linha=1,
        dica="remova a declaração <!DOCTYPE> e as entidades do arquivo",
    )


def load(source: Source, *, max_bytes: int = MAX_BYTES) -> Document:
    """Parse ``source`` safely into a :class:`Document` (any XML; see :func:`load_tiss`)."""
    data, name = read_bytes(source, max_bytes=max_bytes)
    if data.startswith(_WIDE_PREFIXES):
        raise TissEncodingError(
            "entrada em UTF-16/UTF-32: arquivos TISS são ISO-8859-1",
            codigo=regras.CODIFICACAO_RECUSADA.codigo,
            linha=1,
            dica="salve o arquivo em ISO-8859-1 (ou UTF-8)",
        )
    encoding = declared_encoding(data)
    if encoding and encoding.lower().replace("-", "").replace("_", "").startswith(
        ("utf16", "utf32", "ucs2", "ucs4")
    ):
        raise TissEncodingError(
            f"codificação declarada {encoding} não aceita: arquivos TISS são ISO-8859-1",
            codigo=regras.CODIFICACAO_RECUSADA.codigo,
            linha=1,
            dica="salve o arquivo em ISO-8859-1 (ou UTF-8)",
        )
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    prolog = _PROLOG.match(body)
    if body.startswith(b"<!DOCTYPE", prolog.end() if prolog else 0):
        raise _dtd_refused()
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (exc.lineno, None)
        message, hint = f"XML malformado: {exc.msg}", _MALFORMED_HINT
        bom = data.startswith(b"\xef\xbb\xbf")
        if exc.code == etree.ErrorTypes.ERR_INVALID_ENCODING and (
            bom or encoding is None or encoding.upper().replace("_", "-") in ("UTF-8", "UTF8")
        ):
            if bom:
                why = "começa com a marca de UTF-8 (BOM)"
            else:
                why = "declara UTF-8" if encoding else "não declara codificação (vale UTF-8)"
            message = f"XML malformado: bytes que não são UTF-8, e o arquivo {why}"
            hint = (
                "se o arquivo foi gravado em ISO-8859-1, comece-o (sem BOM) com "
                '<?xml version="1.0" encoding="ISO-8859-1"?>; senão, grave-o em UTF-8'
            )
        raise TissParseError(
            message, codigo=regras.MALFORMADO.codigo, linha=line, coluna=column, dica=hint
        ) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise _dtd_refused()
    return Document(root=root, encoding=encoding, size=len(data), name=name)


def _padrao(root: etree._Element, namespace: str = NAMESPACE) -> etree._Element | None:
    """``cabecalho/Padrao`` (or the pre-4.0 ``versaoPadrao``) of a ``mensagemTISS``; with
    ``namespace=""``, one written without the TISS namespace."""
    cabecalho = root.find(f"{{{namespace}}}cabecalho" if namespace else "cabecalho")
    if cabecalho is None:
        cabecalho = root.find(f"{{{NAMESPACE}}}cabecalho")
    if cabecalho is None:
        return None
    for tag in ("Padrao", "versaoPadrao"):
        found = cabecalho.find(f".//{{{namespace}}}{tag}" if namespace else f".//{tag}")
        if found is not None and found.text:
            return found
    return None


def versao_declarada(root: etree._Element) -> str | None:
    """The version a ``mensagemTISS`` declares in ``cabecalho/Padrao``, or ``None``."""
    padrao = _padrao(root)
    return padrao.text.strip() if padrao is not None and padrao.text else None


def versao_suportada(versao: str) -> str:
    """``versao`` itself when the library has its schemas, else :class:`TissVersionError`
    naming the supported ones (for a version given as an argument)."""
    if versao not in VERSOES:
        raise TissVersionError(versao, tuple(VERSOES), argumento=True)
    return versao


def load_tiss(
    source: Source, *, max_bytes: int = MAX_BYTES, versao: str | None = None
) -> tuple[Document, str]:
    """Like :func:`load`, and require a ``mensagemTISS``; also return the version to read it
    in: ``versao`` when given, else the declared ``Padrao``, which must be supported."""
    if versao is not None:
        versao_suportada(versao)
    doc = load(source, max_bytes=max_bytes)
    root = doc.root
    if root.tag != ROOT_TAG:
        found = etree.QName(root).localname if isinstance(root.tag, str) else str(root.tag)
        namespace = etree.QName(root).namespace if isinstance(root.tag, str) else None
        raise TissParseError(
            f"o documento não é uma mensagem TISS: elemento raiz '{found}'"
            + (f" no namespace {namespace}" if namespace else " sem namespace")
            + f", esperado 'mensagemTISS' no namespace {NAMESPACE}",
            codigo=regras.NAO_TISS.codigo,
            linha=root.sourceline,
            xpath=f"/{found}",
            dica="envie um arquivo mensagemTISS gerado pelo sistema de faturamento",
        )
    if versao is not None:
        return doc, versao
    declarada = versao_declarada(root)
    if declarada not in VERSOES:
        from tiss_conecta.models.esquema import schemas_que_aceitam

        padrao = _padrao(root)
        sem_namespace = _padrao(root, "") if padrao is None else None
        if sem_namespace is not None:
            padrao, declarada = sem_namespace, (sem_namespace.text or "").strip()
        raise TissVersionError(
            declarada,
            tuple(VERSOES),
            linha=padrao.sourceline if padrao is not None else None,
            lido_por=schemas_que_aceitam(declarada) if declarada else (),
            fora_do_namespace=sem_namespace is not None,
        )
    return doc, declarada
