"""The demonstrativo reader: the médico (análise de conta) and the odontológico demonstrativo of
every version in one view (protocolos, guias, items and their glosas), absent values read as
``None`` or empty, never as an exception."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

import tiss_conecta as tiss
from tests.montagem import exemplos
from tiss_conecta import models
from tiss_conecta.leitura import ProtocoloLido, demonstrativos, protocolos

D = Decimal
por_versao = pytest.mark.parametrize("versao", list(models.VERSOES))


def _analise(msg: Any) -> Any:
    return msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta[0]


def _odonto(msg: Any) -> Any:
    return msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_pagamento_odonto


def _relido(msg: Any) -> list[ProtocoloLido]:
    """The protocolos of ``msg`` read back from its XML, as a user's file would be."""
    return protocolos(tiss.parse(tiss.to_xml(msg)))


@por_versao
def test_medico(versao: str) -> None:
    msg = exemplos.em(versao).rico()
    p1, p2 = protocolos(msg)
    assert _relido(msg) == [p1, p2]
    assert (p1.odonto, p1.numero, p1.lote, p1.glosa, p1.versao) == (
        False,
        "1001",
        "1001",
        None,
        versao,
    )
    assert (p2.glosa, p2.codigos_aplicados()) == (("1426", "VALOR APRESENTADO A MAIOR"), ["1426"])
    assert (p1.informado, p1.processado, p1.liberado, p1.glosado) == (
        D("230.00"),
        D("230.00"),
        D("190.00"),
        D("40.00"),
    )
    assert (p1.registro_ans, p1.nome_operadora) == ("416070", "ARCELORMITTAL BRASIL S.A.")
    assert p1.contratado.cnpj_contratado == exemplos.CNPJ_PRESTADOR
    a, b = p1.guias
    assert (a.numero, a.numero_operadora, a.senha, a.motivos) == (
        "A",
        "OP-A",
        "S48740",
        (("1702", None),),
    )
    assert (a.informado, a.liberado, a.glosado) == (D("150.00"), D("110.00"), D("40.00"))
    i1, i2 = a.itens
    assert (i1.sequencial, i1.data, i1.procedimento.codigo_procedimento) == (
        1,
        dt.date(2023, 4, 3),
        "10101012",
    )
    assert i1.glosas == (("1705", D("30.00")), ("1714", D("10.00")))
    assert (i1.glosado, i1.valor_da_glosa("1714"), i1.valor_da_glosa("1813")) == (
        D("40.00"),
        D("10.00"),
        None,
    )
    assert (i2.glosas, i2.glosado) == ((), D(0))
    assert a.codigos_dos_itens() == ["1705", "1714"]
    assert b.itens[0].glosas == (("1813", D("0.00")),)  # a glosa of no value is still read
    assert p1.codigos_aplicados() == ["1702", "1705", "1714", "1813"]
    assert [p.numero for p in protocolos(_analise(msg))] == ["1001", "1002"]  # the object itself


@por_versao
def test_odontologico(versao: str) -> None:
    msg = exemplos.em(versao).odonto()
    (p,) = protocolos(msg)
    assert _relido(msg) == [p]
    assert protocolos(_odonto(msg)) == [p]
    assert (p.odonto, p.numero, p.lote, p.glosa, p.versao) == (True, "5001", "5001", None, versao)
    assert (p.informado, p.glosado, p.liberado) == (D("270.00"), D("95.00"), D("175.00"))
    assert p.contratado.codigo_prestador_na_operadora == "CLIN-0042"
    o1, o2 = p.guias
    assert (o1.numero, o1.numero_operadora, o1.senha, o1.motivos) == ("O-1", "OPO-1", None, ())
    p1, p2 = o1.itens
    assert (p1.dente.value, p1.regiao, p1.face, p1.quantidade) == ("11", None, "OM", 1)
    # one valorGlosaEstorno for all the codes of a procedure
    assert (p2.glosas, p2.glosado) == ((("1714", D("30.00")), ("1702", D("30.00"))), D("30.00"))
    assert (o2.itens[0].dente, o2.itens[0].regiao.value) == (None, "AS")
    assert p.codigos_aplicados() == ["1705", "1714", "1702", "1813"]


def test_centro_consumo_of_4_03_00() -> None:
    ex = exemplos.em("4.03.00")
    item = ex.item(1, "600.00", "300.00", ("1705", "300.00"), centro_consumo="3")
    msg = ex.mensagem(ex.demonstrativo(ex.protocolo("48740", [ex.guia("48740", [item])])))
    (lido,) = protocolos(msg)[0].guias[0].itens
    assert lido.centro_consumo.value == "3"
    (anterior,) = protocolos(exemplos.em("4.01.00").seed())[0].guias[0].itens
    assert anterior.centro_consumo is None


@por_versao
def test_which_demonstrativos_a_message_carries(versao: str) -> None:
    ex = exemplos.em(versao)
    medico = ex.mensagem(ex.demonstrativo(ex.protocolo("1", [])), ex.demonstrativo())
    assert demonstrativos(medico) == _analise_todos(medico)
    assert demonstrativos(_analise(medico)) == [_analise(medico)]
    odonto = ex.odonto()
    assert demonstrativos(odonto) == [_odonto(odonto)]
    lote = tiss.parse(tiss.examples.caminho("lote-sadt", versao))
    for nenhum in (lote, None, "demonstrativo.xml", object(), ex.mensagem()):
        assert demonstrativos(nenhum) == protocolos(nenhum) == []
    # the second demonstrativo has no protocolo: the message has one
    assert [p.numero for p in protocolos(medico)] == ["1"]


def _analise_todos(msg: Any) -> list[Any]:
    return list(msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta)


@por_versao
def test_shipped_example(versao: str) -> None:
    (p,) = protocolos(tiss.parse(tiss.examples.caminho("demonstrativo-analise", versao)))
    assert (p.numero, p.informado, p.glosado) == ("48740", D("199.90"), D("15.00"))
    assert [(g.numero, g.glosado) for g in p.guias] == [
        ("00000001", D(0)),
        ("00000002", D("15.00")),
    ]


@por_versao
def test_absent_values_of_a_medico_demonstrativo(versao: str) -> None:
    msg = exemplos.em(versao).rico()
    d = _analise(msg)
    d.cabecalho_demonstrativo = None
    d.dados_prestador = None
    p = d.dados_conta.dados_protocolo[0]
    p.numero_protocolo = None
    p.valor_glosa_protocolo = None  # optional: processado − liberado stands in
    a, b = p.relacao_guias
    a.numero_guia_operadora = None
    a.valor_glosa_guia = None
    a.valor_liberado_guia = None  # and now nothing stands in
    a.motivo_glosa_guia[0].codigo_glosa = None
    i1 = a.detalhes_guia[0]
    i1.data_realizacao = None
    i1.sequencial_item = None
    i1.procedimento = None
    i1.relacao_glosa[1].valor_glosa = None
    i1.relacao_glosa.append(
        type(i1.relacao_glosa[0])(valor_glosa=D("5.00"), tipo_glosa=i1.relacao_glosa[0].tipo_glosa)
    )
    b.detalhes_guia = None
    lido, _ = protocolos(msg)
    assert (lido.numero, lido.registro_ans, lido.nome_operadora, lido.contratado) == (
        "",
        "",
        "",
        None,
    )
    assert lido.glosado == D("40.00")
    ga, gb = lido.guias
    assert (ga.numero_operadora, ga.liberado, ga.glosado, ga.motivos) == (
        None,
        None,
        None,
        (("", None),),
    )
    (it, _) = ga.itens
    assert (it.sequencial, it.data, it.procedimento) == (None, None, None)
    # 1705 twice (30 + 5) is summed; 1714 without its value is applied, of unknown value
    assert it.glosas == (("1705", D("35.00")), ("1714", None))
    assert it.glosado is None
    assert it.codigos() == ["1705", "1714"]
    assert gb.itens == ()
    assert lido.codigos_aplicados() == ["1705", "1714"]  # the blank code is left out


@por_versao
def test_absent_values_of_an_odonto_demonstrativo(versao: str) -> None:
    msg = exemplos.em(versao).odonto()
    d = _odonto(msg)
    d.cabecalho_demonstrativo_odonto = None
    d.dados_prestador = None
    p = d.dados_pagamento_por_data[0].protocolos[0]
    p.totais_por_protocolo = None
    g = p.dados_pagamento_guia[0]
    g.numero_guia_operadora = None
    g.valor_total_glosa_guia = None
    it = g.dados_pagamento[0]
    it.valor_glosa_estorno = None
    it.dente_regiao = None
    it.dente_face = None
    it.qtd_proc = None
    it.codigos_glosa = []
    (lido,) = protocolos(msg)
    assert (lido.informado, lido.glosado, lido.registro_ans) == (None, None, "")
    assert lido.contratado is None  # no dadosPrestador: the prestador is not identified
    o1, _ = lido.guias
    assert (o1.numero_operadora, o1.glosado) == (None, None)
    p1, _ = o1.itens
    assert (p1.glosas, p1.glosado, p1.dente, p1.regiao, p1.face, p1.quantidade) == (
        (),
        None,
        None,
        None,
        None,
        None,
    )


@por_versao
def test_blank_values_are_kept_as_written(versao: str) -> None:
    ex = exemplos.em(versao)
    msg = ex.mensagem(ex.demonstrativo(ex.protocolo(" 000123 ", [ex.guia("", [], operadora="")])))
    (p,) = protocolos(msg)
    assert p.numero == " 000123 "  # compare with leitura.numero
    (g,) = p.guias
    assert (g.numero, g.numero_operadora, g.itens) == ("", "", ())


ANALISE = "/mensagemTISS/operadoraParaPrestador/demonstrativosRetorno/demonstrativoAnaliseConta"
ODONTO = "/mensagemTISS/operadoraParaPrestador/demonstrativosRetorno/demonstrativoPagamentoOdonto"


@por_versao
def test_xpaths_of_a_medico_demonstrativo(versao: str) -> None:
    ex = exemplos.em(versao)
    rico = _analise(ex.rico())
    msg = ex.mensagem(_analise(ex.seed()), rico)  # the rich one is the second demonstrativo
    _, p1, p2 = protocolos(msg)
    base = f"{ANALISE}[2]/dadosConta"
    assert (p1.xpath, p2.xpath) == (f"{base}/dadosProtocolo[1]", f"{base}/dadosProtocolo[2]")
    a, b = p1.guias
    assert (a.xpath, b.xpath) == (
        f"{base}/dadosProtocolo[1]/relacaoGuias[1]",
        f"{base}/dadosProtocolo[1]/relacaoGuias[2]",
    )
    assert [i.xpath for i in a.itens] == [
        f"{base}/dadosProtocolo[1]/relacaoGuias[1]/detalhesGuia[1]",
        f"{base}/dadosProtocolo[1]/relacaoGuias[1]/detalhesGuia[2]",
    ]
    assert p2.guias[0].itens[0].xpath == f"{base}/dadosProtocolo[2]/relacaoGuias[1]/detalhesGuia[1]"
    # given by itself, a demonstrativo is the first of a message, or where xpath says
    assert protocolos(rico)[0].xpath == f"{ANALISE}[1]/dadosConta/dadosProtocolo[1]"
    (_, outro) = protocolos(rico, xpath="/x")
    assert (
        outro.guias[0].itens[0].xpath
        == "/x/dadosConta/dadosProtocolo[2]/relacaoGuias[1]/detalhesGuia[1]"
    )
    # a message places its demonstrativos itself
    assert [p.xpath for p in protocolos(msg, xpath="/x")] == [p.xpath for p in protocolos(msg)]


@por_versao
def test_xpaths_of_an_odonto_demonstrativo(versao: str) -> None:
    msg = exemplos.em(versao).odonto()
    (p,) = protocolos(msg)
    xp = f"{ODONTO}/dadosPagamentoPorData[1]/protocolos[1]"
    assert p.xpath == xp
    o1, o2 = p.guias
    assert (o1.xpath, o2.xpath) == (f"{xp}/dadosPagamentoGuia[1]", f"{xp}/dadosPagamentoGuia[2]")
    assert [i.xpath for i in o1.itens] == [
        f"{xp}/dadosPagamentoGuia[1]/dadosPagamento[1]",
        f"{xp}/dadosPagamentoGuia[1]/dadosPagamento[2]",
    ]
    assert protocolos(_odonto(msg), xpath="/o")[0].guias[1].itens[0].xpath == (
        "/o/dadosPagamentoPorData[1]/protocolos[1]/dadosPagamentoGuia[2]/dadosPagamento[1]"
    )


@por_versao
def test_declared_glosa_beside_the_glosado(versao: str) -> None:
    msg = exemplos.em(versao).rico()
    p = _analise(msg).dados_conta.dados_protocolo[0]
    p.valor_glosa_protocolo = D("1.00")  # declared, even when it does not add up
    p.relacao_guias[0].valor_glosa_guia = None
    lido, _ = protocolos(msg)
    assert (lido.glosado_declarado, lido.glosado) == (D("1.00"), D("1.00"))
    a, b = lido.guias
    # absent: processado − liberado stands in for the glosado, not for the declared value
    assert (a.glosado_declarado, a.glosado) == (None, D("40.00"))
    assert (b.glosado_declarado, b.glosado) == (D("0.00"), D("0.00"))
    (o,) = protocolos(exemplos.em(versao).odonto())
    assert (o.glosado_declarado, o.guias[0].glosado_declarado) == (D("95.00"), D("70.00"))


@por_versao
def test_an_odonto_demonstrativo_without_the_prestador_code(versao: str) -> None:
    msg = exemplos.em(versao).odonto()
    for codigo in (None, ""):
        _odonto(msg).dados_prestador.codigo_prestador = codigo
        (p,) = protocolos(msg)
        assert p.contratado is None
    _odonto(msg).dados_prestador.codigo_prestador = "7"
    assert protocolos(msg)[0].contratado.codigo_prestador_na_operadora == "7"
