"""What several rule modules share: an achado on a date of care of a guia, and dates
written for people."""

from __future__ import annotations

import datetime as dt
import functools

from tiss_conecta import formato
from tiss_conecta.achados import Achado, Regra
from tiss_conecta.leitura import Atendimento, Guia

__all__ = ["data", "no_atendimento"]


@functools.lru_cache(maxsize=1024, typed=True)
def data(dia: dt.date | None) -> str:
    """:func:`tiss_conecta.formato.data`, memoized: babel takes some 10 µs a date, and the
    achados of a lote repeat a few dates (the day of sending in every one).

    >>> import datetime as dt
    >>> data(dt.date(2025, 4, 1))
    '01/04/2025'
    """
    return formato.data(dia)


def no_atendimento(regra: Regra, guia: Guia, atendimento: Atendimento, descricao: str) -> Achado:
    """An achado on one date of care of a guia: "Guia N, item S: ``descricao``"."""
    onde = f"Guia {guia.numero}" + (
        f", item {atendimento.item}" if atendimento.item is not None else ""
    )
    return regra.achado(
        f"{onde}: {descricao}",
        xpath=atendimento.xpath,
        numero_guia=guia.numero,
        item=atendimento.item,
    )
