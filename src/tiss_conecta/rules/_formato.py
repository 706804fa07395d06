"""Money and dates written for people (pt_BR, with babel)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency

__all__ = ["data", "reais"]


def reais(valor: Decimal) -> str:
    """``R$ 1.234,50``."""
    return str(format_currency(valor, "BRL", locale="pt_BR"))


def data(dia: dt.date | None) -> str:
    """``01/04/2025`` (``-`` for no date)."""
    if dia is None:
        return "-"
    return str(format_date(dia, "dd/MM/yyyy", locale="pt_BR"))
