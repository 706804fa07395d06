"""The public surface: what ``import tiss_conecta`` reaches, and where exceptions live."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest

import tiss_conecta
from tests.test_exemplos_docstrings import _modulos_publicos
from tiss_conecta import errors

PUBLICOS = sorted(
    info.name
    for info in pkgutil.iter_modules(tiss_conecta.__path__)
    if not info.name.startswith("_") and info.name not in {"cli", "errors", "reference"}
)


def test_the_public_modules_are_the_expected_ones() -> None:
    assert PUBLICOS == [
        "achados",
        "codec",
        "conciliacao",
        "examples",
        "formato",
        "glosas",
        "leitura",
        "models",
        "montagem",
        "preenvio",
        "rules",
        "strategies",
        "tabelas",
        "versoes",
    ]


@pytest.mark.parametrize("nome", [n for n in PUBLICOS if n != "formato"])
def test_each_public_package_is_an_attribute_of_the_package(nome: str) -> None:
    """``tiss.leitura`` works after ``import tiss_conecta as tiss``, without its own import."""
    codigo = (
        "import sys, tiss_conecta as tiss\n"
        f"assert 'tiss_conecta.{nome}' not in sys.modules\n"
        f"assert tiss.{nome} is sys.modules['tiss_conecta.{nome}']\n"
    )
    resultado = subprocess.run([sys.executable, "-c", codigo], capture_output=True, text=True)
    assert resultado.returncode == 0, resultado.stderr


def test_the_errors_module_exports_exceptions_only() -> None:
    for nome in errors.__all__:
        objeto = getattr(errors, nome)
        assert isinstance(objeto, type), nome
        assert issubclass(objeto, Exception), nome


def test_each_exception_is_exported_by_the_package_and_errors_only() -> None:
    excecoes = {getattr(errors, n) for n in errors.__all__}
    onde: dict[type, set[str]] = {e: set() for e in excecoes}
    for nome_modulo in _modulos_publicos():
        modulo = importlib.import_module(nome_modulo)
        for nome in getattr(modulo, "__all__", ()):
            objeto = getattr(modulo, nome)
            if isinstance(objeto, type) and objeto in onde:
                onde[objeto].add(nome_modulo)
    for excecao, modulos_que_exportam in onde.items():
        assert modulos_que_exportam == {"tiss_conecta", "tiss_conecta.errors"}, excecao
