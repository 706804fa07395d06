"""The generic builder: schema-valid instances of any generated TISS dataclass."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cache
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st
from xsdata.formats.dataclass.models.elements import XmlVar

from tiss_conecta.strategies._content import (
    CONTEXT,
    Element,
    Group,
    Particle,
    content_model,
    element_names,
)
from tiss_conecta.strategies._values import simple_value

__all__ = ["EXTRA_OCCURRENCES", "Layout", "construir", "field_strategy", "layout_of"]

T = TypeVar("T")

EXTRA_OCCURRENCES = 2
"""A repeated element or group occurs ``minOccurs`` to ``minOccurs + 2`` times."""


@attrs.frozen
class Layout:
    """What the builder needs to know about one class, computed once."""

    model: Group
    elements: Mapping[str, XmlVar]
    """Element fields by XML local name."""
    others: tuple[XmlVar, ...]
    """Attribute and text fields."""
    metadata: Mapping[str, Mapping[str, Any]]
    """Field metadata (the XSD restrictions) by field name."""


def construir(cls: type[T], **fields: st.SearchStrategy[Any]) -> st.SearchStrategy[T]:
    """Schema-valid instances of a generated TISS dataclass.

    Occurrences, ``xs:choice`` alternatives and value restrictions come from the official
    XSD. Keyword arguments replace the strategy of a field (by its Python name); a field
    given this way is also the alternative taken in its ``xs:choice``:

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings, strategies as st
    >>> m = tiss.models.carregar("4.02.00")
    >>> consultas = st.lists(construir(m.CtmConsultaGuia), min_size=1, max_size=2)
    >>> @settings(max_examples=5, deadline=None)
    ... @given(construir(m.CtmGuiaLote.GuiasTiss, guia_consulta=consultas))
    ... def test_guias(guias):
    ...     assert guias.guia_consulta and not guias.guia_sp_sadt
    >>> test_guias()
    """
    owner: type = cls
    if not fields:
        return _cached(owner)
    layout = layout_of(owner)
    unknown = set(fields) - set(layout.metadata)
    if unknown:
        raise TypeError(f"{owner.__qualname__} não tem os campos {sorted(unknown)}")
    forced = frozenset(local for local, var in layout.elements.items() if var.name in fields)
    return _instances(owner, layout, forced, dict(fields))


@cache
def _cached(cls: type) -> st.SearchStrategy[Any]:
    return _instances(cls, layout_of(cls), frozenset(), {})


@cache
def layout_of(cls: type) -> Layout:
    """The content model and fields of ``cls`` (from metadata alone if the XSD lacks it)."""
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls!r} não é uma classe gerada pelo xsdata")
    variables = list(CONTEXT.build(cls).get_all_vars())
    elements = {var.local_name: var for var in variables if var.is_element}
    metadata = {field.name: field.metadata for field in dataclasses.fields(cls)}
    model = content_model(cls) or _sequence_of(elements.values(), metadata)
    others = tuple(var for var in variables if var.is_attribute or var.is_text)
    return Layout(model, elements, others, metadata)


def _sequence_of(variables: Any, metadata: Mapping[str, Mapping[str, Any]]) -> Group:
    """A content model from field metadata alone, for classes the XSD does not describe."""
    items = []
    for var in variables:
        info = metadata[var.name]
        low = info.get("min_occurs", 1 if var.required else 0)
        high = info.get("max_occurs", None if var.list_element else 1)
        items.append(Element(var.local_name, low, high))
    return Group("sequence", tuple(items))


def _instances(
    cls: type,
    layout: Layout,
    forced: frozenset[str],
    overrides: Mapping[str, st.SearchStrategy[Any]],
) -> st.SearchStrategy[Any]:
    @st.composite
    def instances(draw: st.DrawFn) -> Any:
        found: dict[str, list[Any]] = {}
        _fill(draw, cls, layout.model, forced, found, in_choice=False)
        values: dict[str, Any] = {}
        for local, items in found.items():
            var = layout.elements[local]
            values[var.name] = items if var.list_element else items[0]
        for var in layout.others:
            if var.required or draw(st.booleans()):
                values[var.name] = draw(field_strategy(cls, var.name))
        for name, strategy in overrides.items():
            values[name] = draw(strategy)
        return cls(**values)

    return instances()


def _fill(
    draw: st.DrawFn,
    cls: type,
    particle: Particle,
    forced: frozenset[str],
    found: dict[str, list[Any]],
    *,
    in_choice: bool,
) -> None:
    low = particle.min
    if in_choice or forced & element_names(particle):
        low = max(low, 1)
    cap = low + EXTRA_OCCURRENCES
    high = cap if particle.max is None else min(particle.max, cap)
    times = draw(_counts(low, high)) if high > low else low
    for _ in range(times):
        if isinstance(particle, Element):
            found.setdefault(particle.name, []).append(draw(_element(cls, particle.name)))
        elif particle.kind == "sequence":
            for item in particle.items:
                _fill(draw, cls, item, forced, found, in_choice=False)
        else:
            wanted = [item for item in particle.items if forced & element_names(item)]
            taken = draw(_alternatives(tuple(wanted or particle.items)))
            _fill(draw, cls, taken, forced, found, in_choice=True)


@cache
def _counts(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(low, high)


@cache
def _alternatives(items: tuple[Particle, ...]) -> st.SearchStrategy[Particle]:
    return st.sampled_from(items)


@cache
def _element(cls: type, local: str) -> st.SearchStrategy[Any]:
    return field_strategy(cls, layout_of(cls).elements[local].name)


@cache
def field_strategy(cls: type, name: str) -> st.SearchStrategy[Any]:
    """One value (one item, for a repeated element) of the field ``name`` of ``cls``."""
    layout = layout_of(cls)
    var = next(var for var in (*layout.elements.values(), *layout.others) if var.name == name)
    if var.clazz is not None:
        inner = var.clazz
        return st.deferred(lambda: construir(inner))
    return simple_value(var.types[0], layout.metadata[name])
