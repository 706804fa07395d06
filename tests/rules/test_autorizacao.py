"""Senha validity: 60 days in, 61 out (1414); care after an explicit dataValidadeSenha (1405);
on messages of every supported TISS version."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.rules.build import Construtor
from tiss_conecta.rules import check, perfil
from tiss_conecta.rules.autorizacao import glosa_senha, senha_valida, validade_senha

AM = perfil("arcelormittal")
D = dt.date

# (authorization date, last day of care it covers), counted by hand
VALIDADES = [
    (D(2025, 1, 1), D(2025, 3, 2)),  # 30 + 28 + 2
    (D(2024, 1, 1), D(2024, 3, 1)),  # leap year: 30 + 29 + 1
    (D(2024, 12, 31), D(2025, 3, 1)),  # 31 + 28 + 1
]


@pytest.mark.parametrize(("autorizacao", "ultimo"), VALIDADES)
def test_sixty_days_in_sixty_one_out(autorizacao: dt.date, ultimo: dt.date) -> None:
    assert validade_senha(autorizacao, AM) == ultimo
    assert senha_valida(ultimo, AM, data_autorizacao=autorizacao)
    seguinte = ultimo + dt.timedelta(days=1)
    assert glosa_senha(seguinte, AM, data_autorizacao=autorizacao) == "1414"


def test_explicit_validity_date_comes_first() -> None:
    aut, validade = D(2025, 1, 1), D(2025, 1, 31)
    assert (
        glosa_senha(D(2025, 1, 31), AM, data_autorizacao=aut, data_validade_senha=validade) is None
    )
    assert (
        glosa_senha(D(2025, 2, 1), AM, data_autorizacao=aut, data_validade_senha=validade) == "1405"
    )
    # an explicit date later than the 60 days does not extend the operadora's rule
    assert (
        glosa_senha(D(2025, 3, 3), AM, data_autorizacao=aut, data_validade_senha=D(2025, 6, 1))
        == "1414"
    )


def test_profile_without_validity_only_checks_the_explicit_date() -> None:
    pasa = perfil("pasa")
    assert glosa_senha(D(2026, 1, 1), pasa, data_autorizacao=D(2025, 1, 1)) is None
    assert glosa_senha(D(2025, 2, 1), pasa, data_validade_senha=D(2025, 1, 31)) == "1405"
    assert validade_senha(D(2025, 1, 1), pasa) is None


ENVIO = D(2025, 4, 1)


def _senha(
    msg: object, envio: dt.date = ENVIO
) -> list[tuple[str, str | None, int | None, str | None]]:
    return [
        (f.codigo, f.numero_guia, f.item, f.glosa)
        for f in check(msg, AM, data_envio=envio)
        if f.codigo.startswith("autorizacao")
    ]


def test_sadt_items_checked_one_by_one(b: Construtor) -> None:
    aut = D(2025, 1, 1)
    guia = b.guia_sadt(
        "S1",
        [b.procedimento_sadt(1, D(2025, 3, 2)), b.procedimento_sadt(2, D(2025, 3, 3), codigo="2")],
        data_autorizacao=aut,
    )
    assert _senha(b.mensagem(lote=b.lote(guia_sp_sadt=[guia]))) == [
        ("autorizacao.senha_expirada", "S1", 2, "1414")
    ]


def test_sadt_explicit_validity_gives_1405(b: Construtor) -> None:
    guia = b.guia_sadt(
        "S1",
        [
            b.procedimento_sadt(1, D(2025, 1, 20)),
            b.procedimento_sadt(2, D(2025, 1, 21), codigo="2"),
        ],
        data_autorizacao=D(2025, 1, 1),
        validade_senha=D(2025, 1, 20),
    )
    assert _senha(b.mensagem(lote=b.lote(guia_sp_sadt=[guia]))) == [
        ("autorizacao.senha_vencida", "S1", 2, "1405")
    ]


def test_odonto_and_internacao(b: Construtor) -> None:
    odonto = b.guia_odonto("O1", [D(2024, 3, 1), D(2024, 3, 2)], data_autorizacao=D(2024, 1, 1))
    internacao = b.guia_internacao(
        "I1", D(2024, 3, 2), D(2024, 3, 20), data_autorizacao=D(2024, 1, 1)
    )
    assert _senha(b.mensagem(lote=b.lote(guia_odonto=[odonto])), D(2024, 4, 1)) == [
        ("autorizacao.senha_expirada", "O1", 2, "1414")
    ]
    # internação: the senha covers the admission (dataInicioFaturamento), day 61 here
    assert _senha(b.mensagem(lote=b.lote(guia_resumo_internacao=[internacao])), D(2024, 4, 1)) == [
        ("autorizacao.senha_expirada", "I1", None, "1414")
    ]


def test_guia_without_authorization_is_not_checked(b: Construtor) -> None:
    guia = b.guia_sadt("S1", [b.procedimento_sadt(1, D(2025, 3, 30))])
    assert _senha(b.mensagem(lote=b.lote(guia_sp_sadt=[guia]))) == []


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 1, 1)), st.integers(-5, 200))
def test_valid_exactly_up_to_sixty_days(autorizacao: dt.date, dias: int) -> None:
    atendimento = autorizacao + dt.timedelta(days=dias)
    assert senha_valida(atendimento, AM, data_autorizacao=autorizacao) is (dias <= 60)
