"""``st.from_type`` for the generated models, registered through Hypothesis's entry point.

``pyproject.toml`` declares ``[project.entry-points.hypothesis]``, so ``import hypothesis``
calls :func:`_hypothesis_setup_hook` in every test session of every project where
``tiss-conecta[strategies]`` is installed, before any of our code is imported. The hook must
therefore be cheap: it adds ~15-20 ms to ``import hypothesis`` (``benchmarks/README.md``):

* it registers :class:`~xsdata.models.datatype.XmlDate`, ``XmlTime`` and ``XmlDateTime``
  (Hypothesis would otherwise build them from arbitrary integers);
* it imports no generated module (each takes ~0.15 s): it puts a finder on
  :data:`sys.meta_path` that recognizes the generated modules of :data:`models.VERSOES` and,
  right after one has been executed, registers every class of it (dataclasses, nested ones
  and enums) with :func:`hypothesis.strategies.register_type_strategy`. A version's classes
  are registered the moment they exist, however they are reached (``carregar``, ``parse``, or
  a user's direct import of a version's package); modules loaded before Hypothesis are
  registered by the hook itself.

What is registered is a resolver, called by Hypothesis on the first ``from_type`` of a class:
``MensagemTiss`` gets :func:`~tiss_conecta.strategies.mensagem` of its version (every
``tipoTransacao``, the cabecalho agreeing with the body), the other dataclasses
:func:`~tiss_conecta.strategies.construir`, the enums their codes but the empty one. Importing
:mod:`tiss_conecta.strategies` calls the hook too, for sessions where entry points are off
(``HYPOTHESIS_NO_PLUGINS``) or the package is not installed.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib.abc
import importlib.machinery
import inspect
import sys
import threading
from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import Any

from hypothesis import strategies as st
from xsdata.models.datatype import XmlDate, XmlDateTime, XmlTime

from tiss_conecta import models

__all__ = ["registrados", "registrar"]

_MODULOS: dict[str, str] = {entry.modulo: versao for versao, entry in models.VERSOES.items()}
"""Generated module -> its version."""

_registrados: set[str] = set()
_trava = threading.Lock()

_PRIMEIRA_DATA = dt.date(1900, 1, 1)
_ULTIMA_DATA = dt.date(2099, 12, 31)


def _hypothesis_setup_hook() -> None:
    """What the ``hypothesis`` entry point calls when Hypothesis is imported."""
    registrar()


def registrar() -> None:
    """Register the strategies with Hypothesis (idempotent, cheap: imports no model).

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings, strategies as st
    >>> m = tiss.models.carregar("4.02.00")
    >>> @settings(max_examples=5, deadline=None)
    ... @given(st.from_type(m.CtmConsultaGuia))
    ... def test_guia(guia):
    ...     assert tiss.models.versao_de(guia) == "4.02.00"
    >>> test_guia()
    """
    with _trava:
        if not any(isinstance(finder, _Localizador) for finder in sys.meta_path):
            st.register_type_strategy(XmlDate, _datas().map(XmlDate.from_date))
            st.register_type_strategy(XmlTime, _horas())
            st.register_type_strategy(XmlDateTime, _momentos())
            sys.meta_path.insert(0, _Localizador())
    for nome in _MODULOS:
        modulo = sys.modules.get(nome)
        if modulo is not None and getattr(modulo, "__spec__", None) is not None:
            _registrar_modulo(modulo)


def registrados() -> frozenset[str]:
    """The versions whose classes are registered so far (those whose models are loaded)."""
    return frozenset(_registrados)


def _datas() -> st.SearchStrategy[dt.date]:
    return st.dates(_PRIMEIRA_DATA, _ULTIMA_DATA)


def _horas() -> st.SearchStrategy[XmlTime]:
    # not st.builds(XmlTime, ...): it would fill fractional_second and offset as well
    return st.tuples(st.integers(0, 23), st.integers(0, 59), st.integers(0, 59)).map(
        lambda hms: XmlTime(*hms)
    )


def _momentos() -> st.SearchStrategy[XmlDateTime]:
    return st.builds(
        lambda data, hora: XmlDateTime(data.year, data.month, data.day, *hora[:3]),
        _datas(),
        _horas(),
    )


class _Carregador(importlib.abc.Loader):
    """The loader of a generated module, which registers its classes once executed."""

    def __init__(self, original: importlib.abc.Loader) -> None:
        self._original = original

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._original.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._original.exec_module(module)
        _registrar_modulo(module)

    def __getattr__(self, nome: str) -> Any:
        # get_source, get_filename, get_code, get_resource_reader...: the original's.
        return getattr(self._original, nome)


class _Localizador(importlib.abc.MetaPathFinder):
    """Finds nothing itself: wraps the loader of the generated modules others find."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in _MODULOS:
            return None
        for finder in sys.meta_path:
            if finder is self or isinstance(finder, _Localizador):
                continue
            find_spec = getattr(finder, "find_spec", None)
            spec = None if find_spec is None else find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _Carregador(spec.loader)
                return spec  # type: ignore[no-any-return]
        return None


def _registrar_modulo(modulo: ModuleType) -> None:
    versao = _MODULOS.get(modulo.__name__)
    with _trava:
        if versao is None or versao in _registrados:
            return
        _registrados.add(versao)
    for cls in _classes(modulo):
        st.register_type_strategy(cls, _estrategia)


def _classes(modulo: ModuleType) -> Iterator[type]:
    """Every class the module defines: dataclasses (nested ones too) and enums."""
    pendentes = [
        valor
        for valor in vars(modulo).values()
        if inspect.isclass(valor) and valor.__module__ == modulo.__name__
    ]
    vistos: set[type] = set()
    while pendentes:
        cls = pendentes.pop()
        if cls in vistos or cls.__name__ == "Meta":
            continue
        vistos.add(cls)
        yield cls
        pendentes.extend(
            valor
            for valor in vars(cls).values()
            if inspect.isclass(valor) and valor.__module__ == modulo.__name__
        )


def _estrategia(cls: type) -> Any:
    """The strategy of a generated class (Hypothesis calls it on the first ``from_type``);
    ``NotImplemented`` for any other type, which Hypothesis may ask this resolver about when
    resolving a base class (``st.from_type(object)``): that type is not ours to draw."""
    if getattr(cls, "__module__", None) not in _MODULOS:
        return NotImplemented
    from tiss_conecta.strategies._build import construir
    from tiss_conecta.strategies._mensagens import mensagem
    from tiss_conecta.strategies._values import simple_value

    if issubclass(cls, enum.Enum):
        return simple_value(cls, {})
    versao = models.versao_de(cls)
    if versao is not None and cls is models.carregar(versao).MensagemTiss:
        return mensagem(versao=versao)
    return construir(cls)
