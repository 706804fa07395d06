"""The lote reader: the five guia types of every version in one view (:class:`Guia`), with
the XPath of each value, and absent values read as ``None`` or empty, never as an exception."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import tiss_conecta as tiss
from tests.rules.build import REGISTRO_ANS, Construtor
from tiss_conecta.leitura import LOTE, Guia, TipoGuia, guias_do_lote, tipos_no_lote

D = Decimal
DIA = dt.date(2025, 5, 2)
GUIAS = f"{LOTE}/guiasTISS"


def _lido(b: Construtor, **guias: list[Any]) -> list[Guia]:
    """The guias of a lote, read back from its XML (as a user's file would be)."""
    lote = b.lote(**guias)
    assert guias_do_lote(lote) == guias_do_lote(_relido(b, lote))
    return guias_do_lote(lote)


def _relido(b: Construtor, lote: Any) -> Any:
    return tiss.parse(tiss.to_xml(b.mensagem(lote=lote))).prestador_para_operadora.lote_guias


def test_sp_sadt(b: Construtor) -> None:
    procedimento = b.procedimento_sadt(1, DIA, profissional="654321", valor=D("10.00"))
    despesa = b.despesa(2, DIA, valor=D("5.00"))
    (g,) = _lido(
        b,
        guia_sp_sadt=[b.guia_sadt("G1", [procedimento], despesas=[despesa], data_autorizacao=DIA)],
    )
    xp = f"{GUIAS}/guiaSP-SADT[1]"
    assert (g.tipo, g.tipo.nome, g.xpath, g.numero) == (TipoGuia.SP_SADT, "SP/SADT", xp, "G1")
    assert (g.registro_ans, g.carteira, g.data_autorizacao) == (REGISTRO_ANS, "0001", DIA)
    p, d = g.itens
    assert (p.sequencial, p.data, p.campo_data, p.tabela, p.codigo) == (
        1,
        DIA,
        "dataExecucao",
        "22",
        "40301630",
    )
    assert p.xpath == f"{xp}/procedimentosExecutados/procedimentoExecutado[1]"
    assert p.profissionais == ("06-654321-32",)
    assert (p.quantidade, p.valor_unitario, p.fator, p.valor_total) == (
        D(1),
        D(10),
        D(1),
        D("10.00"),
    )
    assert (d.despesa, d.valor_total, d.tabela) == ("03", D("5.00"), "19")
    assert d.xpath == f"{xp}/outrasDespesas/despesa[1]/servicosExecutados"
    assert [a.xpath for a in g.atendimentos] == [
        f"{p.xpath}/dataExecucao",
        f"{d.xpath}/dataExecucao",
    ]
    assert g.atendimentos == g.atendimentos_senha
    totais = {t.campo: (t.declarado, t.parcelas) for t in g.totais}
    assert totais == {
        "valorProcedimentos": (D("10.00"), (D("10.00"),)),
        "valorMateriais": (D("5.00"), (D("5.00"),)),
        "valorTotalGeral": (D("15.00"), (D("10.00"), D("5.00"))),
    }


def test_consulta(b: Construtor) -> None:
    (g,) = _lido(b, guia_consulta=[b.guia_consulta("C1", DIA, carteira="77", codigo="10101012")])
    assert (g.tipo, g.numero, g.carteira, g.profissional) == (
        TipoGuia.CONSULTA,
        "C1",
        "77",
        "06-123456-32",
    )
    (item,) = g.itens
    assert (item.sequencial, item.data, item.codigo, item.valor_total) == (
        None,
        DIA,
        "10101012",
        D("100.00"),
    )
    assert [a.xpath for a in g.atendimentos] == [
        f"{GUIAS}/guiaConsulta[1]/dadosAtendimento/dataAtendimento"
    ]
    assert g.totais == ()


def test_honorarios(b: Construtor) -> None:
    (g,) = _lido(b, guia_honorarios=[b.guia_honorarios("H1", [DIA, DIA + dt.timedelta(1)])])
    assert (g.tipo, g.numero, g.carteira) == (TipoGuia.HONORARIOS, "H1", "0001")
    assert [(i.sequencial, i.data, i.profissionais) for i in g.itens] == [
        (1, DIA, ("06-123456-32",)),
        (2, DIA + dt.timedelta(1), ("06-123456-32",)),
    ]
    (total,) = g.totais
    assert (total.campo, total.declarado, total.parcelas) == (
        "valorTotalHonorarios",
        D("400.00"),
        (D("200.00"), D("200.00")),
    )
    assert g.atendimentos_senha == ()


def test_resumo_de_internacao(b: Construtor) -> None:
    fim = DIA + dt.timedelta(3)
    (g,) = _lido(b, guia_resumo_internacao=[b.guia_internacao("I1", DIA, fim)])
    xp = f"{GUIAS}/guiaResumoInternacao[1]/dadosInternacao"
    assert (g.tipo, g.numero, g.itens) == (TipoGuia.RESUMO_INTERNACAO, "I1", ())
    assert [(a.data, a.xpath) for a in g.atendimentos] == [(fim, f"{xp}/dataFinalFaturamento")]
    assert [(a.data, a.xpath) for a in g.atendimentos_senha] == [
        (DIA, f"{xp}/dataInicioFaturamento")
    ]
    assert [(t.campo, t.declarado, t.parcelas) for t in g.totais] == [
        ("valorTotalGeral", D("0.00"), ())
    ]


def test_odontologia(b: Construtor) -> None:
    (g,) = _lido(
        b, guia_odonto=[b.guia_odonto("O1", [DIA, DIA], data_autorizacao=DIA, dentes=["11", "21"])]
    )
    assert (g.tipo, g.numero, g.registro_ans, g.profissional) == (
        TipoGuia.ODONTOLOGIA,
        "O1",
        REGISTRO_ANS,
        "CRO-1234-32",
    )
    assert [i.detalhe for i in g.itens] == [
        ("dente 11", "região ", "face "),
        ("dente 21", "região ", "face "),
    ]
    assert [i.campo_data for i in g.itens] == ["dataRealizacao", "dataRealizacao"]
    assert g.xpath_autorizacao == g.xpath
    assert [(t.campo, t.declarado) for t in g.totais] == [("valorTotalProc", D("100.00"))]


def test_every_type_in_one_lote_in_the_xsd_order(b: Construtor) -> None:
    lote = b.lote(
        guia_odonto=[b.guia_odonto("O1", [DIA])],
        guia_consulta=[b.guia_consulta("C1", DIA), b.guia_consulta("C2", DIA)],
        guia_honorarios=[b.guia_honorarios("H1", [DIA])],
        guia_resumo_internacao=[b.guia_internacao("I1", DIA, DIA)],
        guia_sp_sadt=[b.guia_sadt("S1", [b.procedimento_sadt(1, DIA)])],
    )
    assert tipos_no_lote(lote) == [
        TipoGuia.SP_SADT,
        TipoGuia.RESUMO_INTERNACAO,
        TipoGuia.HONORARIOS,
        TipoGuia.CONSULTA,
        TipoGuia.ODONTOLOGIA,
    ]
    assert [(g.numero, g.xpath.rsplit("/", 1)[1]) for g in guias_do_lote(lote, base="/x")] == [
        ("S1", "guiaSP-SADT[1]"),
        ("I1", "guiaResumoInternacao[1]"),
        ("H1", "guiaHonorarios[1]"),
        ("C1", "guiaConsulta[1]"),
        ("C2", "guiaConsulta[2]"),
        ("O1", "guiaOdonto[1]"),
    ]
    assert all(g.xpath.startswith("/x/guiasTISS/") for g in guias_do_lote(lote, base="/x"))


def test_no_lote_or_no_guias(b: Construtor) -> None:
    vazio = b.lote()
    vazio.guias_tiss = None
    for lote in (None, vazio):
        assert guias_do_lote(lote) == []
        assert tipos_no_lote(lote) == []
    assert guias_do_lote(b.lote(guia_consulta=[])) == []


def test_absent_values_of_a_sadt(b: Construtor) -> None:
    procedimento = b.procedimento_sadt(1, DIA, profissional="654321")
    guia = b.guia_sadt("G1", [procedimento])
    procedimento.data_execucao = None
    procedimento.valor_total = None
    procedimento.procedimento = None
    procedimento.equipe_sadt[0].conselho = None
    guia.cabecalho_guia = None
    guia.dados_beneficiario = None
    guia.valor_total = None
    (g,) = guias_do_lote(b.lote(guia_sp_sadt=[guia]))
    assert (g.numero, g.registro_ans, g.carteira, g.totais) == ("", "", "", ())
    (item,) = g.itens
    assert (item.data, item.valor_total, item.tabela, item.codigo) == (None, None, "", "")
    assert item.profissionais == ("-654321-32",)
    assert g.atendimentos == g.atendimentos_senha == ()
    assert (g.data_autorizacao, g.data_validade_senha) == (None, None)


def test_absent_values_of_the_other_types(b: Construtor) -> None:
    consulta = b.guia_consulta("C1", DIA)
    consulta.cabecalho_consulta = None
    consulta.dados_atendimento = None
    consulta.profissional_executante = None
    honorarios = b.guia_honorarios("H1", [DIA])
    honorarios.cabecalho_guia = None
    honorarios.beneficiario = None
    honorarios.valor_total_honorarios = None
    honorarios.procedimentos_realizados.procedimento_realizado[0].profissionais = [None]
    internacao = b.guia_internacao("I1", DIA, DIA)
    internacao.dados_internacao = None
    internacao.dados_autorizacao = None
    odonto = b.guia_odonto("O1", [DIA])
    odonto.dados_profissionais_responsaveis = None
    odonto.dados_beneficiario = None
    odonto.procedimentos_executados[0].proc_solic = None
    odonto.procedimentos_executados[0].data_realizacao = None
    odonto.valor_total_proc = None
    lote = b.lote(
        guia_consulta=[consulta],
        guia_honorarios=[honorarios],
        guia_resumo_internacao=[internacao],
        guia_odonto=[odonto],
    )
    i, h, c, o = guias_do_lote(lote)
    assert (c.numero, c.itens, c.atendimentos, c.profissional) == ("", (), (), "")
    assert (h.numero, h.carteira, h.itens[0].profissionais) == ("", "", ())
    assert [(t.declarado, t.parcelas) for t in h.totais] == [(None, (D("200.00"),))]
    assert (i.atendimentos, i.atendimentos_senha, i.data_autorizacao) == ((), (), None)
    assert (o.profissional, o.carteira, o.atendimentos) == ("", "", ())
    assert (o.itens[0].codigo, o.itens[0].data, o.itens[0].profissionais) == ("", None, ())
    assert [(t.campo, t.declarado) for t in o.totais] == [("valorTotalProc", None)]


def test_blank_values_are_kept_as_written_but_the_guia_number_is_trimmed(b: Construtor) -> None:
    # the guia number names the guia in every achado, the codec's too (codec._lugar): both
    # read it without surrounding blanks, so one guia has one number in a report
    guia = b.guia_consulta(" ", DIA, carteira=" ")
    (g,) = guias_do_lote(b.lote(guia_consulta=[guia]))
    assert (g.numero, g.carteira) == ("", " ")
    guia = b.guia_consulta(" 0007 ", DIA)
    (g,) = guias_do_lote(b.lote(guia_consulta=[guia]))
    assert g.numero == "0007"


def test_the_objects_read_are_kept(b: Construtor) -> None:
    guia = b.guia_sadt("G1", [b.procedimento_sadt(1, DIA)])
    (g,) = guias_do_lote(b.lote(guia_sp_sadt=[guia]))
    assert g.objeto is guia
