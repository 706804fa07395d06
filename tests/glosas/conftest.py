"""Expectations for the glosa tests, read straight from ../shared (never from the module)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from lxml import etree

XS = "{http://www.w3.org/2001/XMLSchema}"
VERSOES = ("4.01.00", "4.02.00", "4.03.00")
_LINHA_DE_COMENTARIO = re.compile(r"^(\d{4})[ \t]+(.+?)\s*$", re.MULTILINE)


def _tipo_glosa(shared: Path, versao: str) -> etree._Element:
    nome = f"tissSimpleTypesV{versao.replace('.', '_')}.xsd"
    arvore = etree.parse(str(shared / "tiss" / versao / "xsd" / nome))
    tipo = arvore.find(f".//{XS}simpleType[@name='dm_tipoGlosa']")
    assert tipo is not None
    return tipo


@pytest.fixture(scope="session")
def xsd_codigos(shared: Path) -> dict[str, frozenset[str]]:
    """Non-empty ``dm_tipoGlosa`` enumeration values of each version's XSD."""
    return {
        v: frozenset(
            e.get("value", "")
            for e in _tipo_glosa(shared, v).iter(f"{XS}enumeration")
            if e.get("value")
        )
        for v in VERSOES
    }


@pytest.fixture(scope="session")
def xsd_comentarios_4_01_00(shared: Path) -> dict[str, str]:
    """``code -> description`` from the comments of the 4.01.00 ``dm_tipoGlosa``."""
    texto = "\n".join(c.text or "" for c in _tipo_glosa(shared, "4.01.00").iter(etree.Comment))
    return dict(_LINHA_DE_COMENTARIO.findall(texto.replace("\r", "")))


@pytest.fixture(scope="session")
def tabela(shared: Path) -> dict[str, dict[str, str]]:
    """The rows of ../shared/tiss/tabelas/tabela38.csv by code."""
    with (shared / "tiss" / "tabelas" / "tabela38.csv").open(encoding="utf-8") as f:
        return {linha["codigo"]: linha for linha in csv.DictReader(f)}
