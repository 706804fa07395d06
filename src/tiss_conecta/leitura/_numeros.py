"""The one normaliser of protocolo, lote and guia numbers."""

from __future__ import annotations

from typing import Any

__all__ = ["numero"]


def numero(valor: Any) -> str:
    """A protocolo, lote or guia number as it is compared: blanks around it dropped and,
    when it is all digits, leading zeros too — ``"000048740"`` and ``"48740"`` are the same
    protocolo (a recurso's ``numeroProtocolo`` is numeric); ``"000"`` is ``"0"``; a number
    with letters is kept as written; absent is ``""``.

    >>> numero(" 000048740 "), numero("000"), numero("A-0012"), numero(None)
    ('48740', '0', 'A-0012', '')
    """
    if valor is None:
        return ""
    texto = str(getattr(valor, "value", valor)).strip()
    if texto.isascii() and texto.isdigit():
        return texto.lstrip("0") or "0"
    return texto
