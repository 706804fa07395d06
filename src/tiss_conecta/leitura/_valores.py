"""Lenient readers of the generated dataclasses' values: absent or malformed gives ``None``
(or empty), never an exception, so whoever lacks a value decides what to do without it.

>>> import datetime as dt
>>> from xsdata.models.datatype import XmlDate
>>> data(XmlDate(2023, 4, 3)), data(None), data("ontem")
(datetime.date(2023, 4, 3), None, None)
>>> decimal("300.00"), decimal(None), decimal("NaN"), decimal(1.5)
(Decimal('300.00'), None, None, None)
>>> texto(None), texto(" 48740 "), inteiro("3"), inteiro(3), lista(None)
('', ' 48740 ', None, 3, ())
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from xsdata.models.datatype import XmlDate

__all__ = ["LIMITE_DE_DIGITOS", "data", "decimal", "inteiro", "lista", "texto"]


def data(valor: Any) -> dt.date | None:
    """A ``datetime.date`` from an ``XmlDate`` (``None`` if absent or out of range)."""
    if valor is None:
        return None
    if isinstance(valor, dt.date):
        return valor
    if type(valor) is XmlDate:  # the parser's: a lote repeats a few dates in every guia
        return _dia_do_xml(valor)
    return _dia(valor)


def _dia(valor: Any) -> dt.date | None:
    try:
        return dt.date(int(valor.year), int(valor.month), int(valor.day))
    except (AttributeError, TypeError, ValueError, OverflowError):
        return None


_dia_do_xml = functools.lru_cache(maxsize=4096)(_dia)
""":func:`_dia` of an ``XmlDate``, memoized by value."""


LIMITE_DE_DIGITOS = 100
"""Digits a value may have on either side of the point to be read as a number: no TISS field
comes near (money is 10 + 2 digits); beyond, the XSD reports the value and the readers take it
as absent, so no arithmetic or formatting is asked to hold it."""


def decimal(valor: Any) -> Decimal | None:
    """A finite ``Decimal`` (``None`` if absent, not a number, NaN or infinite, or with more
    than :data:`LIMITE_DE_DIGITOS` digits either side of the point).

    >>> decimal("155.70"), decimal("9" * 30), decimal("9" * 200), decimal("NaN")
    (Decimal('155.70'), Decimal('999999999999999999999999999999'), None, None)
    """
    if valor is None:
        return None
    if isinstance(valor, Decimal):  # what the parser gives
        numero = valor
    elif isinstance(valor, (int, str)) and not isinstance(valor, bool):
        try:
            numero = Decimal(valor)
        except ArithmeticError:
            return None
    else:
        return None
    if not numero.is_finite():
        return None
    inteiros = numero.adjusted()  # the exponent of the first digit
    if inteiros >= LIMITE_DE_DIGITOS:
        return None
    # Digits after the point: -exponent = digits - 1 - adjusted, and the text shows every
    # digit, so a short text settles it without as_tuple (which builds a tuple of the digits,
    # and took most of the time of reading a lote's values).
    if len(str(numero)) - 1 - inteiros <= LIMITE_DE_DIGITOS:
        return numero
    expoente = numero.as_tuple().exponent
    if isinstance(expoente, int) and expoente < -LIMITE_DE_DIGITOS:
        return None
    return numero


def texto(valor: Any) -> str:
    """The text of a value or of a generated enum — a number, a name, a glosa or tabela code
    (``""`` when absent)."""
    if valor is None:
        return ""
    return str(getattr(valor, "value", valor))


def inteiro(valor: Any) -> int | None:
    """An ``int`` (a ``sequencialItem``), ``None`` for anything else."""
    return valor if isinstance(valor, int) else None


def lista(valor: Any) -> Sequence[Any]:
    """A repeated element's values (empty when absent)."""
    return valor if isinstance(valor, (list, tuple)) else ()
