"""Every glosa code a rule applies exists in TUSS table 38 and can travel in a 4.01.00 message."""

from __future__ import annotations

import csv
import importlib
from pathlib import Path

import pytest

from tiss_conecta.rules.findings import descricao_glosa

MODULOS = [
    "prazo",
    "autorizacao",
    "identificadores",
    "totais",
    "duplicidade",
    "limites",
    "recurso",
]


def _constantes() -> dict[str, str]:
    codigos = {}
    for nome in MODULOS:
        modulo = importlib.import_module(f"tiss_conecta.rules.{nome}")
        for atributo, valor in vars(modulo).items():
            if atributo.startswith("GLOSA") and isinstance(valor, str):
                codigos[f"{nome}.{atributo}"] = valor
    return codigos


@pytest.fixture(scope="module")
def tabela38(shared: Path) -> dict[str, dict[str, str]]:
    with (shared / "tiss/tabelas/tabela38.csv").open(encoding="utf-8") as f:
        return {r["codigo"]: r for r in csv.DictReader(f)}


def test_codes_exist_and_are_accepted_by_the_401_xsd(tabela38: dict[str, dict[str, str]]) -> None:
    codigos = _constantes()
    assert len(codigos) >= 15
    for onde, codigo in codigos.items():
        assert codigo in tabela38, onde
        assert tabela38[codigo]["em_4_01_00"] == "S", onde
        assert descricao_glosa(codigo) == tabela38[codigo]["descricao"], onde


def test_unknown_code_has_no_description() -> None:
    assert descricao_glosa("0000") is None
