"""The billing window: how long after the date of care an item may still be sent.

ArcelorMittal (FAQ Q9, Q30): "não serão aceitas guias de cobrança com prazo de atendimento
maior que 90 dias". Calendar days: care on 2025-01-01 may be sent up to 2025-04-01.
An item sent later gets glosa 1701 (cobrança fora do prazo de validade); care dated after
the day of sending gets 1323 (data preenchida incorretamente).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tiss_conecta.achados import Achado, Regra
from tiss_conecta.achados import Severidade as S
from tiss_conecta.rules._comum import data, no_atendimento
from tiss_conecta.rules._contexto import Contexto
from tiss_conecta.rules.perfil import Perfil

__all__ = [
    "DATA_FUTURA",
    "FORA_DA_JANELA",
    "achados",
    "dentro_do_prazo",
    "dias_decorridos",
    "ultimo_dia_envio",
]

FORA_DA_JANELA = Regra(
    "prazo.fora_da_janela",
    S.ERRO,
    "item enviado depois da janela de faturamento do perfil",
    glosa="1701",
    dica="retire o item do lote ou negocie a cobrança com a operadora: passado o prazo, ela "
    "glosa (1701)",
)
DATA_FUTURA = Regra(
    "prazo.data_futura",
    S.ERRO,
    "atendimento depois do envio",
    glosa="1323",
    dica="corrija na guia a data do atendimento conforme o prontuário, ou confira a data de "
    "envio usada na conferência: tiss-conecta check --data-envio",
)


def _dia(data: dt.date) -> dt.date:
    """A :class:`datetime.datetime` (also a ``date`` to the type checker) counts as its day."""
    return data.date() if isinstance(data, dt.datetime) else data


def dias_decorridos(data_atendimento: dt.date, data_envio: dt.date) -> int:
    """Calendar days from the date of care to the day of sending (negative if care is later).

    >>> import datetime as dt
    >>> dias_decorridos(dt.date(2025, 1, 1), dt.date(2025, 4, 1))
    90
    """
    return (_dia(data_envio) - _dia(data_atendimento)).days


def ultimo_dia_envio(data_atendimento: dt.date, perfil: Perfil) -> dt.date | None:
    """The last day an item with this date of care may be sent (``None``: no window stated).

    Saturates at :data:`datetime.date.max`.

    >>> import datetime as dt
    >>> from tiss_conecta.rules import ARCELORMITTAL, TISS
    >>> [ultimo_dia_envio(dt.date(2025, 1, 1), p) for p in (ARCELORMITTAL, TISS)]
    [datetime.date(2025, 4, 1), None]
    """
    if perfil.janela_faturamento_dias is None:
        return None
    try:
        return _dia(data_atendimento) + dt.timedelta(days=perfil.janela_faturamento_dias)
    except OverflowError:
        return dt.date.max


def dentro_do_prazo(data_atendimento: dt.date, data_envio: dt.date, perfil: Perfil) -> bool:
    """Whether an item with this date of care, sent on ``data_envio``, is inside the window.

    >>> import datetime as dt
    >>> from tiss_conecta.rules import ARCELORMITTAL
    >>> [dentro_do_prazo(dt.date(2025, 1, 1), dt.date(2025, 4, d), ARCELORMITTAL) for d in (1, 2)]
    [True, False]
    """
    if perfil.janela_faturamento_dias is None:
        return True
    return dias_decorridos(data_atendimento, data_envio) <= perfil.janela_faturamento_dias


def achados(ctx: Contexto) -> Iterator[Achado]:
    """Each date of care of each guia against the day of sending and the profile's window.

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.rules import Contexto, perfil
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt"))
    >>> tarde = Contexto.de(lote, perfil("arcelormittal"), dt.date(2025, 9, 2))
    >>> [(a.glosa, a.numero_guia, a.item) for a in achados(tarde)][:2]
    [('1701', '00000001', 1), ('1701', '00000001', 2)]
    """
    perfil, envio = ctx.perfil, ctx.data_envio
    for guia in ctx.guias:
        for a in guia.atendimentos:
            dias = dias_decorridos(a.data, envio)
            if dias < 0:
                yield no_atendimento(
                    DATA_FUTURA,
                    guia,
                    a,
                    f"atendimento em {data(a.data)}, depois do envio "
                    f"({data(envio)}). Corrija a data do atendimento.",
                )
            elif not dentro_do_prazo(a.data, envio, perfil):
                yield no_atendimento(
                    FORA_DA_JANELA,
                    guia,
                    a,
                    f"atendimento em {data(a.data)}, {dias} dias antes do envio; "
                    f"{perfil.nome} aceita cobrança até {perfil.janela_faturamento_dias} dias "
                    "após o atendimento (último dia: "
                    f"{data(ultimo_dia_envio(a.data, perfil))}). "
                    "O item será glosado: retire-o do lote ou negocie com a operadora.",
                )
