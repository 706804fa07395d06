"""Totals: guia totals are sums of items (5042); item total = quantity × unit × factor; on
every supported TISS version."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from tests.rules.build import Construtor
from tiss_conecta.rules import check, perfil
from tiss_conecta.rules.totais import soma, total_confere, valor_item

D = dt.date(2025, 6, 1)
ENVIO = dt.date(2025, 6, 2)


def _totais(b: Construtor, lote: Any) -> list[tuple[str, str | None, str]]:
    return [
        (f.codigo, f.glosa, (f.xpath or "").rsplit("/", 1)[-1])
        for f in check(b.mensagem(lote=lote), perfil("tiss"), data_envio=ENVIO)
        if f.codigo.startswith("totais")
    ]


def test_functions() -> None:
    assert soma([Decimal("0.10")] * 3) == Decimal("0.30")  # exact, unlike floats
    assert total_confere(Decimal("0.30"), [Decimal("0.10")] * 3)
    assert not total_confere(Decimal("0.31"), [Decimal("0.10")] * 3)
    assert valor_item(Decimal(3), Decimal("10.00"), Decimal("0.70")) == Decimal("21.00")
    assert valor_item(Decimal(1), Decimal("10.005"), Decimal("1")) == Decimal("10.01")  # half up


def test_consistent_sadt_guia_has_no_finding(b: Construtor) -> None:
    guia = b.guia_sadt(
        "1",
        [b.procedimento_sadt(1, D), b.procedimento_sadt(2, D, codigo="2", quantidade=3)],
        despesas=[b.despesa(3, D, "03", Decimal("5.00"))],
    )
    assert _totais(b, b.lote(guia_sp_sadt=[guia])) == []


def test_sadt_totals_one_cent_off(b: Construtor) -> None:
    procs = [b.procedimento_sadt(1, D), b.procedimento_sadt(2, D, codigo="2")]  # 10 + 10
    guia = b.guia_sadt(
        "1",
        procs,
        despesas=[b.despesa(3, D, "02", Decimal("5.00"))],  # medicamento
        valor_total=b.m.CtGuiaValorTotal(
            valor_procedimentos=Decimal("20.01"), valor_total_geral=Decimal("25.00")
        ),
    )
    assert sorted(_totais(b, b.lote(guia_sp_sadt=[guia]))) == [
        ("totais.guia", "5042", "valorMedicamentos"),  # R$ 5,00 of medicamentos not declared
        ("totais.guia", "5042", "valorProcedimentos"),
    ]


def test_item_arithmetic_is_a_warning(b: Construtor) -> None:
    proc = b.procedimento_sadt(1, D, valor=Decimal("10.00"), quantidade=2, total=Decimal("25.00"))
    guia = b.guia_sadt(
        "1",
        [proc],
        valor_total=b.m.CtGuiaValorTotal(
            valor_procedimentos=Decimal("25.00"), valor_total_geral=Decimal("25.00")
        ),
    )
    achados = [
        f
        for f in check(
            b.mensagem(lote=b.lote(guia_sp_sadt=[guia])), perfil("tiss"), data_envio=ENVIO
        )
        if f.codigo == "totais.item"
    ]
    assert [(f.severidade.value, f.item) for f in achados] == [("aviso", 1)]
    assert "R$\xa025,00" in achados[0].mensagem or "R$ 25,00" in achados[0].mensagem


def test_honorarios_and_odonto_totals(b: Construtor) -> None:
    hon = b.guia_honorarios("H", [D, D], total=Decimal("399.99"))
    assert _totais(b, b.lote(guia_honorarios=[hon])) == [
        ("totais.guia", "5042", "valorTotalHonorarios")
    ]
    odo = b.guia_odonto("O", [D, D])
    odo.valor_total_proc = Decimal("50.00")
    assert _totais(b, b.lote(guia_odonto=[odo])) == [("totais.guia", "5042", "valorTotalProc")]
    assert _totais(b, b.lote(guia_odonto=[b.guia_odonto("O", [D, D])])) == []


def test_totals_wider_than_401_add_up_exactly(b: Construtor) -> None:
    # 4.02.00 widened money from 8-2 to 10-2 digits: R$ 99.999.999,99 + R$ 0,01 must sum to
    # R$ 100.000.000,00 exactly (Decimal, no float), whatever the version's limit
    procs = [
        b.procedimento_sadt(1, D, valor=Decimal("99999999.99")),
        b.procedimento_sadt(2, D, codigo="2", valor=Decimal("0.01")),
    ]
    ok = b.guia_sadt("1", procs)
    assert ok.valor_total.valor_total_geral == Decimal("100000000.00")
    assert _totais(b, b.lote(guia_sp_sadt=[ok])) == []
    errado = b.guia_sadt(
        "1",
        procs,
        valor_total=b.m.CtGuiaValorTotal(
            valor_procedimentos=Decimal("99999999.99"), valor_total_geral=Decimal("99999999.99")
        ),
    )
    assert sorted(_totais(b, b.lote(guia_sp_sadt=[errado]))) == [
        ("totais.guia", "5042", "valorProcedimentos"),
        ("totais.guia", "5042", "valorTotalGeral"),
    ]
