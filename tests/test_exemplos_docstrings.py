"""Every public function shows how it is used, and ``make test`` runs those examples
(``--doctest-modules`` over ``src/tiss_conecta``, the generated models aside)."""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import tomllib
from collections.abc import Iterator
from types import FunctionType

import tiss_conecta
from tests.conftest import ROOT


def _modulos_publicos(pacote: str = tiss_conecta.__name__) -> Iterator[str]:
    """``pacote`` and its public modules, depth first; the generated models are not entered."""
    yield pacote
    for info in pkgutil.iter_modules(importlib.import_module(pacote).__path__):
        if info.name.startswith("_") or (pacote.endswith(".models") and info.name[:2] == "v4"):
            continue
        if info.ispkg:
            yield from _modulos_publicos(f"{pacote}.{info.name}")
        else:
            yield f"{pacote}.{info.name}"


def _funcoes_publicas() -> dict[str, FunctionType]:
    """Public name -> function, for every function a public module lists in ``__all__``."""
    funcoes: dict[str, FunctionType] = {}
    vistas: set[int] = set()
    for nome_modulo in _modulos_publicos():
        modulo = importlib.import_module(nome_modulo)
        for nome in getattr(modulo, "__all__", ()):
            objeto = inspect.unwrap(getattr(modulo, nome))  # functools.cache keeps the doc
            if isinstance(objeto, functools.partial) or not inspect.isfunction(objeto):
                continue
            if objeto.__module__.startswith("tiss_conecta") and id(objeto) not in vistas:
                vistas.add(id(objeto))
                funcoes[f"{nome_modulo}.{nome}"] = objeto
    return funcoes


def test_the_walk_finds_the_public_functions() -> None:
    funcoes = _funcoes_publicas()
    for nome in ("tiss_conecta.parse", "tiss_conecta.glosas.consultar", "tiss_conecta.rules.check"):
        assert nome in funcoes
    assert len(funcoes) > 100


def test_every_public_function_has_an_example() -> None:
    sem_exemplo = [n for n, f in _funcoes_publicas().items() if ">>>" not in (f.__doc__ or "")]
    assert sem_exemplo == []


def test_make_test_runs_the_examples_of_the_package() -> None:
    pytest_ini = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]
    opcoes = pytest_ini["ini_options"]
    assert "src/tiss_conecta" in opcoes["testpaths"]
    assert "--doctest-modules" in opcoes["addopts"].split()
    assert "*/models/v4_*" in opcoes["addopts"]
