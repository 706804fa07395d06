"""Money, dates and file sizes written for people, with babel: ``pt_BR`` unless told otherwise.

Babel is imported on first use, so modules that only may format stay cheap to import.
"""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal

__all__ = ["CONTEXTO", "LOCALE", "data", "megabytes", "reais", "tamanho"]

LOCALE = "pt_BR"
_MB = 1024 * 1024
CONTEXTO = decimal.Context(prec=200)
"""Decimal arithmetic wide enough for any value a file can carry: a value the XSD refuses
(30 digits) still reaches the rules and the reports, which must not fail on it."""


def reais(valor: Decimal, locale: str = LOCALE) -> str:
    """``R$ 1.234,50`` (in ``pt_BR``).

    >>> reais(Decimal("1234.5"))
    'R$\xa01.234,50'
    >>> reais(Decimal("9" * 30)).endswith("999,00")
    True
    """
    from babel.numbers import format_currency

    try:
        with decimal.localcontext(CONTEXTO):
            return str(format_currency(valor, "BRL", locale=locale))
    except decimal.InvalidOperation:  # beyond any money: written as it came
        return f"R$\xa0{valor}"


def data(dia: dt.date | None, locale: str = LOCALE) -> str:
    """``01/04/2025`` (in ``pt_BR``); ``-`` for no date.

    >>> data(dt.date(2025, 4, 1)), data(None)
    ('01/04/2025', '-')
    """
    if dia is None:
        return "-"
    from babel.dates import format_date

    return str(format_date(dia, "dd/MM/yyyy" if locale == LOCALE else "short", locale=locale))


def megabytes(n_bytes: int, locale: str = LOCALE) -> str:
    """``1,5 MB`` for 1 572 864 bytes (the portal's MB is 1024 × 1024 bytes; 2 decimals at most).

    >>> megabytes(1_572_864), megabytes(15 * 1024 * 1024)
    ('1,5 MB', '15 MB')
    """
    from babel.numbers import format_decimal

    return f"{format_decimal(Decimal(n_bytes) / _MB, format='#,##0.##', locale=locale)} MB"


def tamanho(n_bytes: int, locale: str = LOCALE) -> str:
    """``15 MB (15.728.641 bytes)``: exact where megabytes round.

    >>> tamanho(15 * 1024 * 1024 + 1)
    '15 MB (15.728.641 bytes)'
    """
    from babel.numbers import format_decimal

    return f"{megabytes(n_bytes, locale)} ({format_decimal(n_bytes, locale=locale)} bytes)"
