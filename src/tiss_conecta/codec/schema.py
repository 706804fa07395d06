"""XSD validation against the bundled official schema, compiled once per process."""

from __future__ import annotations

import re
import threading
from functools import cache

from lxml import etree

from tiss_conecta import reference
from tiss_conecta.models import VERSIONS

__all__ = ["SchemaIssue", "compiled", "schema_issues"]

_lock = threading.RLock()
_QNAME = re.compile(r"\{[^}]*\}")
SchemaIssue = tuple[str, str, int | None, int | None, str | None]
"""``(code, message, line, column, xpath)``."""

# libxml2 error types -> (stable code, Portuguese explanation of what to fix)
_KINDS: dict[str, tuple[str, str]] = {
    "SCHEMAV_ELEMENT_CONTENT": ("xsd.estrutura", "elemento fora de ordem, inesperado ou faltando"),
    "SCHEMAV_CVC_COMPLEX_TYPE_2_4": ("xsd.estrutura", "elemento fora de ordem ou inesperado"),
    "SCHEMAV_CVC_PATTERN_VALID": ("xsd.formato", "o valor não segue o formato exigido"),
    "SCHEMAV_CVC_ENUMERATION_VALID": ("xsd.dominio", "o valor não está na tabela de domínio"),
    "SCHEMAV_CVC_MAXLENGTH_VALID": ("xsd.tamanho", "o valor é mais longo que o permitido"),
    "SCHEMAV_CVC_MINLENGTH_VALID": ("xsd.tamanho", "o valor é mais curto que o permitido"),
    "SCHEMAV_CVC_LENGTH_VALID": ("xsd.tamanho", "o valor não tem o tamanho exigido"),
    "SCHEMAV_CVC_TOTALDIGITS_VALID": ("xsd.digitos", "o número tem dígitos demais"),
    "SCHEMAV_CVC_FRACTIONDIGITS_VALID": ("xsd.digitos", "o número tem casas decimais demais"),
    "SCHEMAV_CVC_DATATYPE_VALID_1_2_1": ("xsd.tipo", "o valor não é do tipo exigido"),
    "SCHEMAV_CVC_MININCLUSIVE_VALID": ("xsd.limite", "o valor é menor que o mínimo"),
    "SCHEMAV_CVC_MAXINCLUSIVE_VALID": ("xsd.limite", "o valor é maior que o máximo"),
    "SCHEMAV_CVC_ELT_1": ("xsd.raiz", "o elemento raiz não é declarado no schema"),
}


@cache
def compiled(versao: str) -> etree.XMLSchema:
    """The official schema of ``versao`` (compiled once, from the bundled XSDs, offline)."""
    with _lock:
        parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
        path = reference.path(VERSIONS[versao].schema)
        return etree.XMLSchema(etree.parse(str(path), parser))


def _friendly_path(path: str | None) -> str | None:
    if not path:
        return None
    return re.sub(r"\b[A-Za-z_][\w.-]*:", "", path)  # drop prefixes: /mensagemTISS/cabecalho


def schema_issues(root: etree._Element, versao: str) -> list[SchemaIssue]:
    """Every XSD error of the document rooted at ``root``, in document order."""
    schema = compiled(versao)
    with _lock:  # the schema's error_log is shared state
        if schema.validate(root.getroottree()):
            return []
        log = list(schema.error_log)
    issues: list[SchemaIssue] = []
    for entry in log:
        code, meaning = _KINDS.get(entry.type_name, ("xsd.invalido", "o XML não segue o schema"))
        detail = _QNAME.sub("", entry.message)
        issues.append(
            (
                code,
                f"{meaning}: {detail}",
                entry.line or None,
                entry.column or None,
                _friendly_path(entry.path),
            )
        )
    return issues
