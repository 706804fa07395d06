"""XSD validation against the bundled official schema, compiled once per process."""

from __future__ import annotations

import re
import threading
from functools import cache

from lxml import etree

from tiss_conecta import reference
from tiss_conecta.achados import Achado
from tiss_conecta.codec import regras
from tiss_conecta.models import VERSOES

__all__ = ["achados_xsd", "compiled"]

_lock = threading.RLock()
_QNAME = re.compile(r"\{[^}]*\}")

# libxml2 error types -> (the kind of XSD problem, see codec.regras.XSD; what it means)
_TIPOS: dict[str, tuple[str, str]] = {
    "SCHEMAV_ELEMENT_CONTENT": ("estrutura", "elemento fora de ordem, inesperado ou faltando"),
    "SCHEMAV_CVC_COMPLEX_TYPE_2_4": ("estrutura", "elemento fora de ordem ou inesperado"),
    "SCHEMAV_CVC_PATTERN_VALID": ("formato", "o valor não segue o formato exigido"),
    "SCHEMAV_CVC_ENUMERATION_VALID": ("dominio", "o valor não está na tabela de domínio"),
    "SCHEMAV_CVC_MAXLENGTH_VALID": ("tamanho", "o valor é mais longo que o permitido"),
    "SCHEMAV_CVC_MINLENGTH_VALID": ("tamanho", "o valor é mais curto que o permitido"),
    "SCHEMAV_CVC_LENGTH_VALID": ("tamanho", "o valor não tem o tamanho exigido"),
    "SCHEMAV_CVC_TOTALDIGITS_VALID": ("digitos", "o número tem dígitos demais"),
    "SCHEMAV_CVC_FRACTIONDIGITS_VALID": ("digitos", "o número tem casas decimais demais"),
    "SCHEMAV_CVC_DATATYPE_VALID_1_2_1": ("tipo", "o valor não é do tipo exigido"),
    "SCHEMAV_CVC_MININCLUSIVE_VALID": ("limite", "o valor é menor que o mínimo"),
    "SCHEMAV_CVC_MAXINCLUSIVE_VALID": ("limite", "o valor é maior que o máximo"),
    "SCHEMAV_CVC_ELT_1": ("raiz", "o elemento raiz não é declarado no schema"),
}


@cache
def compiled(versao: str) -> etree.XMLSchema:
    """The official schema of ``versao`` (compiled once, from the bundled XSDs, offline)."""
    with _lock:
        parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
        path = reference.caminho(VERSOES[versao].esquema)
        return etree.XMLSchema(etree.parse(str(path), parser))


def _friendly_path(path: str | None) -> str | None:
    if not path:
        return None
    return re.sub(r"\b[A-Za-z_][\w.-]*:", "", path)  # drop prefixes: /mensagemTISS/cabecalho


def achados_xsd(root: etree._Element, versao: str) -> list[Achado]:
    """Every XSD error of the document rooted at ``root``, in document order."""
    schema = compiled(versao)
    with _lock:  # the schema's error_log is shared state
        if schema.validate(root.getroottree()):
            return []
        log = list(schema.error_log)
    achados = []
    for entry in log:
        tipo, significado = _TIPOS.get(entry.type_name, ("", "o XML não segue o schema"))
        regra = regras.XSD[tipo] if tipo else regras.XSD_OUTRO
        achados.append(
            regra.achado(
                f"{significado}: {_QNAME.sub('', entry.message)}",
                linha=entry.line or None,
                coluna=entry.column or None,
                xpath=_friendly_path(entry.path),
            )
        )
    return achados
