"""Strategies for simple values, from the restrictions xsdata keeps in field metadata."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any

from hypothesis import strategies as st
from xsdata.models.datatype import XmlDate, XmlDateTime, XmlTime

__all__ = ["LATIN1", "simple_value", "texto_latin1"]

LATIN1 = "".join(chr(code) for code in [*range(0x20, 0x7F), *range(0xA0, 0x100)])
"""Printable ISO-8859-1 characters: what a TISS text field can carry."""

_FIRST_DATE = dt.date(1900, 1, 1)
_LAST_DATE = dt.date(2099, 12, 31)


def texto_latin1(min_size: int = 1, max_size: int | None = None) -> st.SearchStrategy[str]:
    """Printable Latin-1 text with no leading or trailing whitespace.

    Drawn already stripped (the ends from the non-blank characters), never filtered: no draw
    is retried or given up, whatever the sizes.

    >>> from hypothesis import given
    >>> @given(texto_latin1(max_size=10))
    ... def test_texto(texto):
    ...     assert texto == texto.strip() and texto.encode("latin-1")
    >>> test_texto()
    """
    if max_size is not None and max_size < min_size:
        raise ValueError(f"max_size={max_size} < min_size={min_size}")
    ramos: list[st.SearchStrategy[str]] = []
    if min_size == 0:
        ramos.append(st.just(""))
    if min_size <= 1 and max_size != 0:
        ramos.append(_PONTA)
    if max_size is None or max_size >= 2:
        meio = st.text(
            LATIN1,
            min_size=max(min_size - 2, 0),
            max_size=None if max_size is None else max_size - 2,
        )
        ramos.append(st.tuples(_PONTA, meio, _PONTA).map("".join))
    return st.one_of(ramos)


_NAO_BRANCOS = "".join(char for char in LATIN1 if not char.isspace())
_PONTA = st.text(_NAO_BRANCOS, min_size=1, max_size=1)
"""One character that ``str.strip`` keeps (not the space nor the no-break space)."""


def simple_value(kind: type, metadata: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """A strategy for one value of an xsdata field of simple type ``kind``."""
    if issubclass(kind, enum.Enum):
        return _codes(kind)
    if kind is bool:
        return st.booleans()
    if kind is str:
        return _text(metadata)
    if kind is int:
        return _integers(metadata)
    if kind is Decimal:
        return _decimals(metadata)
    if kind is bytes:
        return st.binary(
            min_size=metadata.get("length", metadata.get("min_length", 1)),
            max_size=metadata.get("length", metadata.get("max_length", 48)),
        )
    if kind is XmlDate:
        return _dates(metadata).map(XmlDate.from_date)
    if kind is XmlTime:
        return st.times().map(lambda t: XmlTime(t.hour, t.minute, t.second))
    if kind is XmlDateTime:
        return st.builds(dt.datetime.combine, _dates(metadata), st.times()).map(
            lambda moment: XmlDateTime.from_datetime(moment.replace(microsecond=0))
        )
    raise TypeError(f"sem estratégia para valores do tipo {kind.__name__}")


@cache
def _codes(kind: type[enum.Enum]) -> st.SearchStrategy[Any]:
    """The members of a generated enum but an empty one (``dm_tipoGlosa`` lists ``""``).

    An empty code is no code: written to XML it reads back as the plain string ``""``.
    """
    return st.sampled_from([member for member in kind if member.value != ""])


def _text(metadata: Mapping[str, Any]) -> st.SearchStrategy[str]:
    low = metadata.get("length", metadata.get("min_length", 1))
    high = metadata.get("length", metadata.get("max_length"))
    pattern = metadata.get("pattern")
    if pattern is None:
        return texto_latin1(max(low, 1), high)
    return _from_pattern(pattern, high).filter(
        lambda text: low <= len(text) and (high is None or len(text) <= high)
    )


_PIECE = re.compile(r"\[((?:[^\]\\]|\\.)+)\](?:\{(\d+)(,(\d*))?\}|([+*?]))?")
_RANGE = re.compile(r"(.)-(.)|(.)")


def _from_pattern(pattern: str, most: int | None = None) -> st.SearchStrategy[str]:
    """Strings matching an XSD pattern (each repeated class at most ``most`` long).

    A pattern made only of repeated character classes (``[0-9]{6}``, ``[a-zA-Z0-9]+``), or
    of alternatives of those (``[A-Z0-9]{12}[0-9]{2}|[0-9]{11}``): all of TISS's, becomes
    one ``st.text`` per class, far cheaper to draw than ``st.from_regex``.
    """
    branches = _branches(pattern)
    if len(branches) > 1:
        return st.one_of([_from_pattern(branch, most) for branch in branches])
    pieces = []
    position = 0
    for match in _PIECE.finditer(pattern):
        if match.start() != position or "\\" in match[1] or match[1].startswith("^"):
            break
        position = match.end()
        alphabet = "".join(
            chr(code)
            for first, last, single in _RANGE.findall(match[1])
            for code in (range(ord(first), ord(last) + 1) if first else [ord(single)])
        )
        if match[2] is not None:
            low = int(match[2])
            high = None if match[3] and not match[4] else int(match[4] or match[2])
        else:
            low, high = {"+": (1, None), "*": (0, None), "?": (0, 1), None: (1, 1)}[match[5]]
        if most is not None and (high is None or high > most):
            # the field's maxLength bounds every piece: the length filter then rarely rejects
            high = max(low, most)
        pieces.append(st.text(alphabet, min_size=low, max_size=high))
    if position != len(pattern) or not pieces:
        return st.from_regex(pattern, fullmatch=True, alphabet=LATIN1)
    return st.tuples(*pieces).map("".join)


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (``|`` outside groups and classes)."""
    branches = [""]
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            branches.append("")
            continue
        branches[-1] += char
    return branches


def _integers(metadata: Mapping[str, Any]) -> st.SearchStrategy[int]:
    digits = metadata.get("total_digits")
    bound = None if digits is None else 10**digits - 1
    low, high = _range(metadata, int, 1)
    return st.integers(
        min_value=low if low is not None else None if bound is None else -bound,
        max_value=high if high is not None else bound,
    )


def _decimals(metadata: Mapping[str, Any]) -> st.SearchStrategy[Decimal]:
    """Decimals written with exactly ``fraction_digits`` places, within ``total_digits``."""
    places = metadata.get("fraction_digits", 2)
    bound = 10 ** metadata.get("total_digits", places + 10) - 1
    scale = Decimal(1).scaleb(-places)
    low, high = _range(metadata, Decimal, scale)
    return st.integers(
        min_value=-bound
        if low is None
        else max(-bound, int((low / scale).to_integral_value(rounding="ROUND_CEILING"))),
        max_value=bound
        if high is None
        else min(bound, int((high / scale).to_integral_value(rounding="ROUND_FLOOR"))),
    ).map(lambda units: Decimal(units).scaleb(-places))


def _dates(metadata: Mapping[str, Any]) -> st.SearchStrategy[dt.date]:
    low, high = _range(
        metadata, lambda text: XmlDate.from_string(text).to_date(), dt.timedelta(days=1)
    )
    return st.dates(
        min_value=max(_FIRST_DATE, low) if low else _FIRST_DATE,
        max_value=min(_LAST_DATE, high) if high else _LAST_DATE,
    )


def _range(metadata: Mapping[str, Any], convert: Any, step: Any) -> tuple[Any, Any]:
    """The inclusive (low, high) bounds of a facet set, ``None`` where open."""
    low = high = None
    if "min_inclusive" in metadata:
        low = convert(metadata["min_inclusive"])
    elif "min_exclusive" in metadata:
        low = convert(metadata["min_exclusive"]) + step
    if "max_inclusive" in metadata:
        high = convert(metadata["max_inclusive"])
    elif "max_exclusive" in metadata:
        high = convert(metadata["max_exclusive"]) - step
    return low, high
