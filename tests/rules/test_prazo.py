"""Billing window (glosa 1701): day 90 in, day 91 out, across month ends and leap years, on
messages of every supported TISS version.

Expected last days are counted by hand on the calendar, not with timedelta.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.rules.build import Construtor
from tiss_conecta.models import VERSOES
from tiss_conecta.rules import Perfil, check, perfil
from tiss_conecta.rules.prazo import dentro_do_prazo, dias_decorridos, ultimo_dia_envio

AM = perfil("arcelormittal")
JANELA = attrs.evolve(AM, versoes_tiss=tuple(VERSOES))
"""ArcelorMittal's 90-day window on a message of any version (AM itself takes 4.01.00 only)."""
D = dt.date

# (date of care, last day to send it), counted by hand
ULTIMOS_DIAS = [
    (D(2025, 1, 1), D(2025, 4, 1)),  # DOMAIN.md's own example: 30 + 28 + 31 + 1
    (D(2024, 1, 1), D(2024, 3, 31)),  # leap year: 30 + 29 + 31
    (D(2024, 2, 29), D(2024, 5, 29)),  # from the leap day: 31 + 30 + 29
    (D(2023, 12, 1), D(2024, 2, 29)),  # landing on the leap day: 30 + 31 + 29
    (D(2025, 11, 30), D(2026, 2, 28)),  # across the year end: 31 + 31 + 28
    (D(2025, 1, 31), D(2025, 5, 1)),  # from a month end: 28 + 31 + 30 + 1
]
DIA_SEGUINTE = {
    D(2025, 4, 1): D(2025, 4, 2),
    D(2024, 3, 31): D(2024, 4, 1),
    D(2024, 5, 29): D(2024, 5, 30),
    D(2024, 2, 29): D(2024, 3, 1),
    D(2026, 2, 28): D(2026, 3, 1),
    D(2025, 5, 1): D(2025, 5, 2),
}


@pytest.mark.parametrize(("atendimento", "ultimo"), ULTIMOS_DIAS)
def test_last_day_to_send(atendimento: dt.date, ultimo: dt.date) -> None:
    assert ultimo_dia_envio(atendimento, AM) == ultimo
    assert dentro_do_prazo(atendimento, ultimo, AM)  # day 90: in
    assert not dentro_do_prazo(atendimento, DIA_SEGUINTE[ultimo], AM)  # day 91: out
    assert dias_decorridos(atendimento, ultimo) == 90


def test_no_window_stated_means_always_inside() -> None:
    assert ultimo_dia_envio(D(2020, 1, 1), perfil("pasa")) is None
    assert dentro_do_prazo(D(2020, 1, 1), D(2025, 1, 1), perfil("pasa"))


def test_window_saturates_at_the_end_of_the_calendar() -> None:
    assert ultimo_dia_envio(dt.date.max, AM) == dt.date.max


def test_a_datetime_counts_as_its_day(b: Construtor) -> None:
    # datetime is a date to the type checker: data_envio=datetime.now() must just work
    inicio = dt.datetime(2025, 1, 1, 23, 59)
    assert ultimo_dia_envio(inicio, AM) == D(2025, 4, 1)
    assert dias_decorridos(inicio, dt.datetime(2025, 4, 1, 0, 1)) == 90
    assert dentro_do_prazo(D(2025, 1, 1), dt.datetime(2025, 4, 1, 23, 59), AM)
    assert not dentro_do_prazo(D(2025, 1, 1), dt.datetime(2025, 4, 2, 0, 0), AM)
    guia = b.guia_sadt("G1", [b.procedimento_sadt(1, D(2025, 1, 1))])
    msg = b.mensagem(lote=b.lote(guia_sp_sadt=[guia]))
    assert _codes(msg, dt.datetime(2025, 4, 1, 18, 0)) == _codes(msg, D(2025, 4, 1)) == []
    assert _codes(msg, dt.datetime(2025, 4, 2, 8, 0)) == [("prazo.fora_da_janela", "G1", 1)]


def _codes(
    msg: object, envio: dt.date, p: Perfil = JANELA
) -> list[tuple[str, str | None, int | None]]:
    return [(f.codigo, f.numero_guia, f.item) for f in check(msg, p, data_envio=envio)]


@pytest.mark.parametrize(("atendimento", "ultimo"), ULTIMOS_DIAS)
def test_sadt_each_procedure_by_its_own_date(
    b: Construtor, atendimento: dt.date, ultimo: dt.date
) -> None:
    guia = b.guia_sadt(
        "G1",
        [
            b.procedimento_sadt(1, atendimento),
            b.procedimento_sadt(2, atendimento + dt.timedelta(days=1), codigo="40302040"),
        ],
        despesas=[b.despesa(3, atendimento)],
    )
    msg = b.mensagem(lote=b.lote(guia_sp_sadt=[guia]))
    assert [c for c in _codes(msg, ultimo) if c[0].startswith("prazo")] == []
    fora = [c for c in _codes(msg, DIA_SEGUINTE[ultimo]) if c[0].startswith("prazo")]
    # item 1 (procedure) and item 3 (material) are on day 91; item 2 is on day 90
    assert sorted(fora, key=str) == [
        ("prazo.fora_da_janela", "G1", 1),
        ("prazo.fora_da_janela", "G1", 3),
    ]


def test_the_finding_carries_glosa_1701_and_says_how_to_fix(b: Construtor) -> None:
    msg = b.mensagem(lote=b.lote(guia_consulta=[b.guia_consulta("C1", D(2025, 1, 1))]))
    [f] = [f for f in check(msg, JANELA, data_envio=D(2025, 4, 2)) if f.codigo.startswith("prazo")]
    assert f.glosa == "1701"
    assert f.glosa_descricao == "COBRANÇA FORA DO PRAZO DE VALIDADE"
    assert "01/04/2025" in f.mensagem  # the last day, for people
    assert f.xpath is not None
    assert f.xpath.endswith("guiaConsulta[1]/dadosAtendimento/dataAtendimento")
    assert f.numero_guia == "C1"
    assert f.item is None


@pytest.mark.parametrize(
    ("lote", "xpath_fim"),
    [
        (lambda b, d: b.lote(guia_consulta=[b.guia_consulta("X", d)]), "dataAtendimento"),
        (lambda b, d: b.lote(guia_honorarios=[b.guia_honorarios("X", [d])]), "dataExecucao"),
        (lambda b, d: b.lote(guia_odonto=[b.guia_odonto("X", [d])]), "dataRealizacao"),
        (
            lambda b, d: b.lote(
                guia_resumo_internacao=[b.guia_internacao("X", d - dt.timedelta(days=10), d)]
            ),
            "dataFinalFaturamento",
        ),
    ],
)
def test_each_guia_type_uses_its_date_of_care(
    b: Construtor, lote: Callable[[Construtor, dt.date], Any], xpath_fim: str
) -> None:
    atendimento = D(2024, 2, 29)
    msg = b.mensagem(lote=lote(b, atendimento))
    assert not any(c[0] == "prazo.fora_da_janela" for c in _codes(msg, D(2024, 5, 29)))
    achados = [
        f
        for f in check(msg, JANELA, data_envio=D(2024, 5, 30))
        if f.codigo == "prazo.fora_da_janela"
    ]
    assert len(achados) == 1
    assert achados[0].xpath is not None
    assert achados[0].xpath.endswith(xpath_fim)


def test_internacao_counts_from_the_end_of_billing_not_the_admission(b: Construtor) -> None:
    guia = b.guia_internacao("I1", D(2025, 1, 1), D(2025, 3, 1))
    msg = b.mensagem(lote=b.lote(guia_resumo_internacao=[guia]))
    # admission 151 days before sending, final billing date 91 days before: only the latter counts
    assert ("prazo.fora_da_janela", "I1", None) in _codes(msg, D(2025, 5, 31))
    assert not any(c[0].startswith("prazo") for c in _codes(msg, D(2025, 5, 30)))


def test_care_after_sending_is_a_wrong_date(b: Construtor) -> None:
    msg = b.mensagem(lote=b.lote(guia_consulta=[b.guia_consulta("C1", D(2025, 6, 3))]))
    [f] = [f for f in check(msg, JANELA, data_envio=D(2025, 6, 2)) if f.codigo.startswith("prazo")]
    assert (f.codigo, f.glosa) == ("prazo.data_futura", "1323")


def test_operadora_without_window_applies_none(b: Construtor) -> None:
    msg = b.mensagem(lote=b.lote(guia_consulta=[b.guia_consulta("C1", D(2020, 1, 1))]))
    assert not any(
        c[0] == "prazo.fora_da_janela" for c in _codes(msg, D(2025, 1, 1), perfil("pasa"))
    )


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 1, 1)), st.integers(0, 400))
def test_inside_exactly_when_at_most_the_window(atendimento: dt.date, dias: int) -> None:
    envio = atendimento + dt.timedelta(days=dias)
    assert dentro_do_prazo(atendimento, envio, AM) is (dias <= 90)


def test_arcelormittal_itself_refuses_a_newer_version_but_still_counts_the_window(
    b: Construtor, versao: str
) -> None:
    msg = b.mensagem(lote=b.lote(guia_consulta=[b.guia_consulta("C1", D(2025, 1, 1))]))
    codes = [c for c, _, _ in _codes(msg, D(2025, 4, 2), AM)]
    assert "prazo.fora_da_janela" in codes
    assert ("versao.nao_aceita" in codes) is (versao != "4.01.00")
