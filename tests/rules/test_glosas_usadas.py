"""Every glosa code a rule applies exists in TUSS table 38 and can travel in a message of
every supported TISS version: a finding never uses a glosa code the message's version cannot
carry."""

from __future__ import annotations

import ast
import csv
import importlib
import pkgutil
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

import tiss_conecta.rules
from tiss_conecta import reference
from tiss_conecta.models import VERSIONS
from tiss_conecta.rules.findings import descricao_glosa

FONTES = [Path(tiss_conecta.rules.__file__).parent, Path(tiss_conecta.__file__).parent / "cli"]


def _modulos() -> list[str]:
    pacote = tiss_conecta.rules
    return [m.name for m in pkgutil.walk_packages(pacote.__path__, prefix=f"{pacote.__name__}.")]


def _constantes() -> dict[str, str]:
    """``GLOSA*`` text constants of every module of the rules, by where they are."""
    codigos = {}
    for nome in _modulos():
        modulo = importlib.import_module(nome)
        for atributo, valor in vars(modulo).items():
            if atributo.startswith("GLOSA") and isinstance(valor, str):
                codigos[f"{nome}.{atributo}"] = valor
    return codigos


def _literais() -> dict[str, str]:
    """Glosa codes written as text where a finding or an error is made (``glosa="1234"``)."""
    achados = {}
    for pasta in FONTES:
        for arquivo in sorted(pasta.rglob("*.py")):
            for no in ast.walk(ast.parse(arquivo.read_text(encoding="utf-8"))):
                if isinstance(no, ast.keyword) and no.arg == "glosa":
                    valor = no.value
                    if isinstance(valor, ast.Constant) and isinstance(valor.value, str):
                        achados[f"{arquivo.name}:{no.lineno}"] = valor.value
    return achados


@cache
def _dm_tipo_glosa(versao: str) -> frozenset[str]:
    """The ``dm_tipoGlosa`` enumeration of ``versao``, read with lxml from its bundled XSD."""
    xsd = reference.path(f"{versao}/xsd/tissSimpleTypesV{versao.replace('.', '_')}.xsd")
    valores = etree.parse(str(xsd)).xpath(
        "//xs:simpleType[@name='dm_tipoGlosa']//xs:enumeration/@value",
        namespaces={"xs": "http://www.w3.org/2001/XMLSchema"},
    )
    return frozenset(str(v) for v in valores)


@pytest.fixture(scope="module")
def tabela38(shared: Path) -> dict[str, dict[str, str]]:
    with (shared / "tiss/tabelas/tabela38.csv").open(encoding="utf-8") as f:
        return {r["codigo"]: r for r in csv.DictReader(f)}


def test_the_rules_write_glosa_codes_only_as_named_constants() -> None:
    # a code typed inline would escape the checks below
    assert _literais() == {}


def test_codes_exist_and_are_accepted_by_the_401_xsd(tabela38: dict[str, dict[str, str]]) -> None:
    codigos = _constantes()
    assert len(codigos) >= 15
    assert {"tiss_conecta.rules.limites.GLOSA_VERSAO", "tiss_conecta.rules.prazo.GLOSA"} <= set(
        codigos
    )
    for onde, codigo in codigos.items():
        assert codigo in tabela38, onde
        assert tabela38[codigo]["em_4_01_00"] == "S", onde
        assert descricao_glosa(codigo) == tabela38[codigo]["descricao"], onde


@pytest.mark.parametrize("versao", list(VERSIONS))
def test_every_code_a_rule_emits_is_in_each_versions_dm_tipo_glosa(versao: str) -> None:
    enumeracao = _dm_tipo_glosa(versao)
    assert {"1001", "5028", "5062"} <= enumeracao  # sanity: the table was read
    fora = {onde: c for onde, c in _constantes().items() if c not in enumeracao}
    assert fora == {}


def test_the_xsds_read_here_show_the_144_codes_of_403() -> None:
    # DOMAIN.md: 4.03.00 adds 3169-3312 to dm_tipoGlosa; the earlier versions share theirs
    v401, v402, v403 = (_dm_tipo_glosa(v) for v in VERSIONS)
    assert v401 == v402
    novos = v403 - v402
    assert len(novos) == 144
    assert (min(novos), max(novos)) == ("3169", "3312")


def test_unknown_code_has_no_description() -> None:
    assert descricao_glosa("0000") is None
