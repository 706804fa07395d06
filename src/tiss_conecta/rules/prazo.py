"""The billing window: how long after the date of care an item may still be sent.

ArcelorMittal (FAQ Q9, Q30): "não serão aceitas guias de cobrança com prazo de atendimento
maior que 90 dias". Calendar days: care on 2025-01-01 may be sent up to 2025-04-01.
An item sent later gets glosa 1701 (cobrança fora do prazo de validade).
"""

from __future__ import annotations

import datetime as dt

from tiss_conecta.rules.perfil import Perfil

__all__ = ["GLOSA", "GLOSA_DATA_FUTURA", "dentro_do_prazo", "dias_decorridos", "ultimo_dia_envio"]

GLOSA = "1701"
"""COBRANÇA FORA DO PRAZO DE VALIDADE."""
GLOSA_DATA_FUTURA = "1323"
"""DATA PREENCHIDA INCORRETAMENTE (care dated after the day the lote is sent)."""


def _dia(data: dt.date) -> dt.date:
    """A :class:`datetime.datetime` (also a ``date`` to the type checker) counts as its day."""
    return data.date() if isinstance(data, dt.datetime) else data


def dias_decorridos(data_atendimento: dt.date, data_envio: dt.date) -> int:
    """Calendar days from the date of care to the day of sending (negative if care is later)."""
    return (_dia(data_envio) - _dia(data_atendimento)).days


def ultimo_dia_envio(data_atendimento: dt.date, perfil: Perfil) -> dt.date | None:
    """The last day an item with this date of care may be sent (``None``: no window stated).

    Saturates at :data:`datetime.date.max`.
    """
    if perfil.janela_faturamento_dias is None:
        return None
    try:
        return _dia(data_atendimento) + dt.timedelta(days=perfil.janela_faturamento_dias)
    except OverflowError:
        return dt.date.max


def dentro_do_prazo(data_atendimento: dt.date, data_envio: dt.date, perfil: Perfil) -> bool:
    """Whether an item with this date of care, sent on ``data_envio``, is inside the window."""
    if perfil.janela_faturamento_dias is None:
        return True
    return dias_decorridos(data_atendimento, data_envio) <= perfil.janela_faturamento_dias
