"""The examples in the docstrings of the version modules run, and the docs page's tables are
the library's own answers."""

from __future__ import annotations

import doctest
import importlib
import sys
from types import ModuleType

import pytest

from tests.conftest import ROOT
from tiss_conecta import glosas, rules, versoes

MODULOS = [
    "tiss_conecta.models",
    "tiss_conecta.examples",
    "tiss_conecta.versoes",
    "tiss_conecta.versoes._diferencas",
    "tiss_conecta.codec._conversao",
    "tiss_conecta.models.esquema",
]


@pytest.mark.parametrize("nome", MODULOS)
def test_docstring_examples_run(nome: str) -> None:
    modulo = importlib.import_module(nome)
    falhas, tentativas = doctest.testmod(modulo, optionflags=doctest.ELLIPSIS)
    assert tentativas > 0
    assert falhas == 0


def extensao() -> ModuleType:
    sys.path.insert(0, str(ROOT / "docs" / "_ext"))
    try:
        return importlib.import_module("tiss_versoes")
    finally:
        sys.path.pop(0)


def test_docs_page_tables_come_from_the_library() -> None:
    texto = extensao().gerar()
    for de, para in (("4.01.00", "4.02.00"), ("4.02.00", "4.03.00")):
        d = versoes.diferencas(de, para)
        assert f"De {de} para {para}" in texto
        assert f"{len(d.tipos_alterados)} tipo(s) alterado(s)" in texto
        assert all(str(m).replace("*", r"\*") in texto for m in d.mudancas)
    for perfil in rules.PERFIS.values():
        assert f"   * - {perfil.nome}\n     - {perfil.registro_ans or '—'}\n" in texto
    assert f"{len(glosas.catalogo('4.03.00'))} cabem no XSD 4.03.00" in texto
    assert "     - 4.00.00, 4.00.01, 4.01.00, 4.02.00, 4.03.00\n     - 768" in texto
