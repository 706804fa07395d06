"""XSD validation against the bundled official schema, compiled once per process."""

from __future__ import annotations

import re
import threading
from functools import cache

from lxml import etree

from tiss_conecta import reference
from tiss_conecta.achados import Achado
from tiss_conecta.codec import _lugar, _mensagens_xsd, regras
from tiss_conecta.models import VERSOES

__all__ = ["achados_xsd", "compiled"]

_lock = threading.RLock()


@cache
def compiled(versao: str) -> etree.XMLSchema:
    """The official schema of ``versao`` (compiled once, from the bundled XSDs, offline)."""
    with _lock:
        parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
        path = reference.caminho(VERSOES[versao].esquema)
        return etree.XMLSchema(etree.parse(str(path), parser))


def achados_xsd(root: etree._Element, versao: str) -> list[Achado]:
    """Every XSD error of the document rooted at ``root``, in document order, in Portuguese
    with a hint, located by line, XPath, guia and item."""
    schema = compiled(versao)
    with _lock:  # the schema's error_log is shared state
        if schema.validate(root.getroottree()):
            return []
        log = list(schema.error_log)
    achados = []
    for entry in log:
        el = _lugar.elemento(root, entry.path)
        tipo, mensagem, dica, glosa = _mensagens_xsd.traduzir(entry, el, versao)
        regra = regras.XSD.get(tipo, regras.XSD_OUTRO)
        if glosa is None and el is not None and tipo not in ("estrutura", "raiz", "conteudo"):
            glosa = _mensagens_xsd.GLOSAS_DO_CAMPO.get(etree.QName(el).localname)
        numero_guia, item = _lugar.guia_e_item(el) if el is not None else (None, None)
        achados.append(
            regra.achado(
                mensagem,
                dica=dica,
                linha=entry.line or (el.sourceline if el is not None else None) or None,
                coluna=entry.column or None,
                xpath=_lugar.caminho(el) if el is not None else _sem_prefixos(entry.path),
                numero_guia=numero_guia,
                item=item,
                glosa=glosa or regra.glosa,
            )
        )
    return achados


def _sem_prefixos(path: str | None) -> str | None:
    if not path:
        return None
    return re.sub(r"\b[A-Za-z_][\w.-]*:", "", path)  # drop prefixes: /mensagemTISS/cabecalho
