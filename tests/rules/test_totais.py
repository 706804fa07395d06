"""Totals: guia totals are sums of items (5042); item total = quantity × unit × factor."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.rules import build as b
from tiss_conecta.models.v4_01_00 import tiss as m
from tiss_conecta.rules import check, perfil
from tiss_conecta.rules.totais import soma, total_confere, valor_item

D = dt.date(2025, 6, 1)
ENVIO = dt.date(2025, 6, 2)


def _totais(lote: m.CtmGuiaLote) -> list[tuple[str, str | None, str]]:
    return [
        (f.code, f.glosa, f.xpath.rsplit("/", 1)[-1])
        for f in check(b.mensagem(lote=lote), perfil("tiss"), data_envio=ENVIO)
        if f.code.startswith("totais")
    ]


def test_functions() -> None:
    assert soma([Decimal("0.10")] * 3) == Decimal("0.30")  # exact, unlike floats
    assert total_confere(Decimal("0.30"), [Decimal("0.10")] * 3)
    assert not total_confere(Decimal("0.31"), [Decimal("0.10")] * 3)
    assert valor_item(Decimal(3), Decimal("10.00"), Decimal("0.70")) == Decimal("21.00")
    assert valor_item(Decimal(1), Decimal("10.005"), Decimal("1")) == Decimal("10.01")  # half up


def test_consistent_sadt_guia_has_no_finding() -> None:
    guia = b.guia_sadt(
        "1",
        [b.procedimento_sadt(1, D), b.procedimento_sadt(2, D, codigo="2", quantidade=3)],
        despesas=[b.despesa(3, D, "03", Decimal("5.00"))],
    )
    assert _totais(b.lote(guia_sp_sadt=[guia])) == []


def test_sadt_totals_one_cent_off() -> None:
    procs = [b.procedimento_sadt(1, D), b.procedimento_sadt(2, D, codigo="2")]  # 10 + 10
    guia = b.guia_sadt(
        "1",
        procs,
        despesas=[b.despesa(3, D, "02", Decimal("5.00"))],  # medicamento
        valor_total=m.CtGuiaValorTotal(
            valor_procedimentos=Decimal("20.01"), valor_total_geral=Decimal("25.00")
        ),
    )
    assert sorted(_totais(b.lote(guia_sp_sadt=[guia]))) == [
        ("totais.guia", "5042", "valorMedicamentos"),  # R$ 5,00 of medicamentos not declared
        ("totais.guia", "5042", "valorProcedimentos"),
    ]


def test_item_arithmetic_is_a_warning() -> None:
    proc = b.procedimento_sadt(1, D, valor=Decimal("10.00"), quantidade=2, total=Decimal("25.00"))
    guia = b.guia_sadt(
        "1",
        [proc],
        valor_total=m.CtGuiaValorTotal(
            valor_procedimentos=Decimal("25.00"), valor_total_geral=Decimal("25.00")
        ),
    )
    achados = [
        f
        for f in check(
            b.mensagem(lote=b.lote(guia_sp_sadt=[guia])), perfil("tiss"), data_envio=ENVIO
        )
        if f.code == "totais.item"
    ]
    assert [(f.severidade.value, f.item) for f in achados] == [("aviso", 1)]
    assert "R$\xa025,00" in achados[0].mensagem or "R$ 25,00" in achados[0].mensagem


def test_honorarios_and_odonto_totals() -> None:
    hon = b.guia_honorarios("H", [D, D], total=Decimal("399.99"))
    assert _totais(b.lote(guia_honorarios=[hon])) == [
        ("totais.guia", "5042", "valorTotalHonorarios")
    ]
    odo = b.guia_odonto("O", [D, D])
    odo.valor_total_proc = Decimal("50.00")
    assert _totais(b.lote(guia_odonto=[odo])) == [("totais.guia", "5042", "valorTotalProc")]
    assert _totais(b.lote(guia_odonto=[b.guia_odonto("O", [D, D])])) == []
