"""Money and dates written for people, with babel: ``pt_BR`` unless told otherwise.

Babel is imported on first use, so modules that only may format stay cheap to import.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

__all__ = ["LOCALE", "data", "reais"]

LOCALE = "pt_BR"


def reais(valor: Decimal, locale: str = LOCALE) -> str:
    """``R$ 1.234,50`` (in ``pt_BR``)."""
    from babel.numbers import format_currency

    return str(format_currency(valor, "BRL", locale=locale))


def data(dia: dt.date | None, locale: str = LOCALE) -> str:
    """``01/04/2025`` (in ``pt_BR``); ``-`` for no date."""
    if dia is None:
        return "-"
    from babel.dates import format_date

    return str(format_date(dia, "dd/MM/yyyy" if locale == LOCALE else "short", locale=locale))
