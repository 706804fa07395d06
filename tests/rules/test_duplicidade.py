"""Duplicates: a guia number twice in a lote (1308); the same procedure, date and
professional twice on a guia (1702); on every supported TISS version."""

from __future__ import annotations

import datetime as dt
from typing import Any

from xsdata.models.datatype import XmlTime

from tests.rules.build import Construtor
from tiss_conecta.rules import Contexto, check, duplicidade, perfil

D = dt.date(2025, 6, 1)
ENVIO = dt.date(2025, 6, 2)


def _dup(b: Construtor, lote: Any) -> list[tuple[str, str | None, str | None, int | None]]:
    return [
        (f.codigo, f.glosa, f.numero_guia, f.item)
        for f in check(b.mensagem(lote=lote), perfil("tiss"), data_envio=ENVIO)
        if f.codigo.startswith("duplicidade")
    ]


def test_same_guia_number_twice(b: Construtor) -> None:
    guias = [b.guia_sadt(n, [b.procedimento_sadt(1, D)]) for n in ("A", "B", "A")]
    assert _dup(b, b.lote(guia_sp_sadt=guias)) == [("duplicidade.guia", "1308", "A", None)]


def test_every_repeat_of_a_guia_number_in_lote_order(b: Construtor) -> None:
    """Each later occurrence is flagged where it is, before the repeats inside that guia."""
    um = [b.procedimento_sadt(1, D)]
    dois = [b.procedimento_sadt(1, D), b.procedimento_sadt(2, D)]  # 2 repeats 1
    guias = [b.guia_sadt(n, p) for n, p in (("A", um), ("B", um), ("A", dois), ("A", um))]
    ctx = Contexto.de(b.mensagem(lote=b.lote(guia_sp_sadt=guias)), perfil("tiss"), ENVIO)
    assert [
        (a.codigo, a.numero_guia, a.item, (a.xpath or "").split("/")[5])
        for a in duplicidade.achados(ctx)
    ] == [
        ("duplicidade.guia", "A", None, "guiaSP-SADT[3]"),
        ("duplicidade.procedimento", "A", 2, "guiaSP-SADT[3]"),
        ("duplicidade.guia", "A", None, "guiaSP-SADT[4]"),
    ]


def test_same_procedure_date_and_professional(b: Construtor) -> None:
    procs = [
        b.procedimento_sadt(1, D, profissional="111"),
        b.procedimento_sadt(2, D, profissional="111"),  # duplicate of 1
        b.procedimento_sadt(3, D, profissional="222"),  # another professional
        b.procedimento_sadt(4, D + dt.timedelta(days=1), profissional="111"),  # another day
        b.procedimento_sadt(5, D, codigo="40302040", profissional="111"),  # another procedure
    ]
    guia = b.guia_sadt("G", procs)
    assert _dup(b, b.lote(guia_sp_sadt=[guia])) == [("duplicidade.procedimento", "1702", "G", 2)]


def test_distinct_start_times_are_distinct_executions(b: Construtor) -> None:
    procs = [
        b.procedimento_sadt(1, D, hora=XmlTime(8, 0, 0)),
        b.procedimento_sadt(2, D, hora=XmlTime(14, 0, 0)),
    ]
    assert _dup(b, b.lote(guia_sp_sadt=[b.guia_sadt("G", procs)])) == []


def test_odonto_on_different_teeth_is_not_a_duplicate(b: Construtor) -> None:
    assert _dup(b, b.lote(guia_odonto=[b.guia_odonto("O", [D, D], dentes=["11", "12"])])) == []
    assert _dup(b, b.lote(guia_odonto=[b.guia_odonto("O", [D, D], dentes=["11", "11"])])) == [
        ("duplicidade.procedimento", "1702", "O", 2)
    ]


def test_consultas_across_the_lote(b: Construtor) -> None:
    guias = [
        b.guia_consulta("C1", D),
        b.guia_consulta("C2", D),  # same beneficiary, day, procedure, professional
        b.guia_consulta("C3", D, carteira="0002"),
        b.guia_consulta("C4", D, profissional="999"),
    ]
    assert _dup(b, b.lote(guia_consulta=guias)) == [("duplicidade.consulta", "1702", "C2", None)]
