"""Content models of the generated classes, read from the official XSD.

xsdata (without compound fields) turns every alternative of an ``xs:choice`` into an
independent optional field, so the dataclasses alone cannot tell which fields exclude each
other. This module parses the bundled XSD once per version and gives, for each generated
class, the tree of ``xs:sequence`` / ``xs:choice`` / ``xs:element`` particles its fields
come from (:func:`content_model`).

Elements that refer to another namespace (the optional ``ds:Signature``) are left out of
the tree: the strategies never fill them.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Iterator
from functools import cache
from typing import Literal

import attrs
from lxml import etree
from xsdata.formats.dataclass.context import XmlContext

from tiss_conecta import models
from tiss_conecta.models.esquema import raizes

__all__ = ["Element", "Group", "Particle", "content_model", "element_names"]

XS = "{http://www.w3.org/2001/XMLSchema}"
CONTEXT = XmlContext()
"""One xsdata context for the strategies (it caches class metadata)."""


@attrs.frozen
class Element:
    """An ``xs:element`` particle: a field of the class, by its XML local name."""

    name: str
    min: int = 1
    max: int | None = 1
    """``None`` is ``unbounded``."""


@attrs.frozen
class Group:
    """An ``xs:sequence`` or ``xs:choice`` particle."""

    kind: Literal["sequence", "choice"]
    items: tuple[Particle, ...]
    min: int = 1
    max: int | None = 1


Particle = Element | Group


@attrs.frozen
class _Schema:
    """The named components of one version's schema (TISS namespace only)."""

    namespace: str
    complex_types: dict[str, etree._Element]
    elements: dict[str, etree._Element]


@cache
def _schema(versao: str) -> _Schema:
    complex_types: dict[str, etree._Element] = {}
    elements: dict[str, etree._Element] = {}
    for root in raizes(versao):
        for child in root:
            tag, name = child.tag, child.get("name")
            if tag == XS + "complexType" and name:
                complex_types[name] = child
            elif tag == XS + "element" and name:
                elements[name] = child
    return _Schema(models.NAMESPACE, complex_types, elements)


def _local(qname: str) -> str:
    return qname.rpartition(":")[2]


def _occurs(node: etree._Element) -> tuple[int, int | None]:
    high = node.get("maxOccurs", "1")
    return int(node.get("minOccurs", "1")), None if high == "unbounded" else int(high)


def _type_of(schema: _Schema, element: etree._Element) -> etree._Element | None:
    """The complexType (anonymous or named) of an element declaration, if complex."""
    anonymous = element.find(XS + "complexType")
    if anonymous is not None:
        return anonymous
    return schema.complex_types.get(_local(element.get("type", "")))


def _particles(schema: _Schema, node: etree._Element) -> Iterator[Particle]:
    """Particles of a complexType's content (bases of extensions first)."""
    for child in node:
        tag = child.tag
        if tag in (XS + "sequence", XS + "choice"):
            yield _group(schema, child)
        elif tag == XS + "complexContent":
            for derivation in child:
                if derivation.tag == XS + "extension":
                    base = schema.complex_types.get(_local(derivation.get("base", "")))
                    if base is not None:
                        yield from _particles(schema, base)
                if derivation.tag in (XS + "extension", XS + "restriction"):
                    yield from _particles(schema, derivation)


def _group(schema: _Schema, node: etree._Element) -> Group:
    items: list[Particle] = []
    for child in node:
        if child.tag in (XS + "sequence", XS + "choice"):
            items.append(_group(schema, child))
        elif child.tag == XS + "element":
            name = _local(child.get("ref") or child.get("name") or "")
            if _foreign(schema, child):
                if _occurs(child)[0] > 0:
                    raise NotImplementedError(f"elemento obrigatório de outro namespace: {name}")
                continue
            items.append(Element(name, *_occurs(child)))
    kind: Literal["sequence", "choice"] = "choice" if node.tag == XS + "choice" else "sequence"
    return Group(kind, tuple(items), *_occurs(node))


def _namespace_of(node: etree._Element, qname: str) -> str | None:
    prefix = qname.partition(":")[0] if ":" in qname else None
    return node.nsmap.get(prefix)


def _foreign(schema: _Schema, node: etree._Element) -> bool:
    """Whether an element (or complexType) is declared in, or derives from, another namespace.

    In TISS these are the XML-DSig signatures (``ds:Signature``, ``ans:Signature``).
    """
    ref = node.get("ref") or node.get("type")
    if ref is not None:
        if _namespace_of(node, ref) not in (schema.namespace, XS[1:-1]):
            return True
        named = schema.complex_types.get(_local(ref))
        return named is not None and _foreign(schema, named)
    for derivation in node.iterfind(f"{XS}complexContent/*"):
        base = derivation.get("base", "")
        if _namespace_of(derivation, base) != schema.namespace:
            return True
        named = schema.complex_types.get(_local(base))
        if named is not None and _foreign(schema, named):
            return True
    anonymous = node.find(XS + "complexType")
    return anonymous is not None and _foreign(schema, anonymous)


def _declarations(schema: _Schema, node: etree._Element) -> Iterator[etree._Element]:
    """The local element declarations of a complexType (and of its bases)."""
    for child in node:
        if child.tag == XS + "element":
            yield child
        elif child.tag in (XS + "sequence", XS + "choice", XS + "extension", XS + "restriction"):
            yield from _declarations(schema, child)
        elif child.tag == XS + "complexContent":
            for derivation in child:
                base = schema.complex_types.get(_local(derivation.get("base", "")))
                if derivation.tag == XS + "extension" and base is not None:
                    yield from _declarations(schema, base)
                yield from _declarations(schema, derivation)


def _meta_name(cls: type) -> str:
    meta = cls.__dict__.get("Meta")
    return str(getattr(meta, "name", cls.__name__))


@cache
def _type_nodes(versao: str) -> dict[type, etree._Element]:
    """Every generated dataclass of ``versao`` mapped to its complexType node."""
    schema = _schema(versao)
    module = models.carregar(versao)
    found: dict[type, etree._Element] = {}

    def visit(cls: type, node: etree._Element) -> None:
        found[cls] = node
        inner = {
            value
            for value in vars(cls).values()
            if inspect.isclass(value) and dataclasses.is_dataclass(value)
        }
        if not inner:
            return
        declared = {decl.get("name"): decl for decl in _declarations(schema, node)}
        for var in CONTEXT.build(cls).get_all_vars():
            if var.clazz in inner and var.clazz not in found:
                decl = declared.get(var.local_name)
                sub_node = None if decl is None else _type_of(schema, decl)
                if sub_node is not None:
                    visit(var.clazz, sub_node)

    for cls in vars(module).values():
        if not (inspect.isclass(cls) and dataclasses.is_dataclass(cls)):
            continue
        if cls.__module__ != module.__name__ or "." in cls.__qualname__:
            continue
        name = _meta_name(cls)
        node = schema.complex_types.get(name)
        if node is None and name in schema.elements:
            node = _type_of(schema, schema.elements[name])
        if node is not None and not _foreign(schema, node):
            visit(cls, node)
    return found


@cache
def content_model(cls: type) -> Group | None:
    """The particle tree of ``cls`` from the XSD, or ``None`` when it has none there."""
    versao = models.versao_de(cls)
    if versao is None:
        return None
    node = _type_nodes(versao).get(cls)
    if node is None:
        return None
    particles = tuple(_particles(_schema(versao), node))
    match particles:
        case (Group(kind="sequence", min=1, max=1) as sequence,):
            return sequence
    return Group("sequence", particles)


@cache
def element_names(particle: Particle) -> frozenset[str]:
    """The local names of every element a particle may contain."""
    if isinstance(particle, Element):
        return frozenset({particle.name})
    return frozenset().union(*(element_names(item) for item in particle.items))
