"""The demonstrativo de pagamento reader: médico and odontológico, every version, per payment
date (protocolos, gross, débitos and créditos, net) and in total; lenient on anything drawn."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings

import tiss_conecta as tiss
from tests.montagem import exemplos
from tiss_conecta import models
from tiss_conecta import strategies as tst
from tiss_conecta.leitura import (
    Desconto,
    PagamentoLido,
    Totais,
    demonstrativo,
    pagamentos,
)

D = Decimal
por_versao = pytest.mark.parametrize("versao", list(models.VERSOES))
PAGAMENTO = "/mensagemTISS/operadoraParaPrestador/demonstrativosRetorno/demonstrativoPagamento"


def _exemplo(versao: str) -> Any:
    return tiss.parse(tiss.examples.caminho("demonstrativo-pagamento", versao))


@por_versao
def test_the_example_file_read_by_hand(versao: str) -> None:
    (pago,) = pagamentos(_exemplo(versao))
    xd = f"{PAGAMENTO}/pagamentos/pagamentosPorData[1]"
    assert (pago.odonto, pago.data_pagamento, pago.forma_pagamento) == (
        False,
        dt.date(2025, 7, 2),
        "1",
    )
    assert (pago.banco, pago.agencia, pago.conta) == ("001", "1234", "56789-0")
    assert (pago.informado, pago.processado, pago.glosado, pago.franquia) == (
        D("199.90"),
        D("199.90"),
        D("15.00"),
        None,
    )
    assert pago.bruto == pago.liberado == D("184.90")
    assert pago.descontos == (
        Desconto(
            tipo="02",
            descricao="ISS RETIDO 2%",
            valor=D("3.70"),
            debito=True,
            xpath=f"{xd}/debitosCreditosPorData/debitosCreditos[1]",
        ),
    )
    assert pago.descontos[0].tipo_descrito() == "ISS"
    assert (pago.debitos, pago.creditos, pago.liquido) == (D("3.70"), D("0.00"), D("181.20"))
    assert pago.xpath == xd
    (p,) = pago.protocolos
    assert (p.numero, p.lote, p.data_protocolo, p.data_pagamento) == (
        "48740",
        "1",
        dt.date(2025, 6, 2),
        dt.date(2025, 7, 2),
    )
    assert (p.informado, p.processado, p.liberado, p.bruto, p.glosado) == (
        D("199.90"),
        D("199.90"),
        D("184.90"),
        D("184.90"),
        D("15.00"),
    )
    assert p.xpath == f"{xd}/dadosResumo/relacaoProtocolos[1]"
    assert [
        (g.numero, g.numero_operadora, g.senha, g.tipo_pagamento, g.processado, g.liberado)
        for g in p.guias
    ] == [
        ("00000001", "90000001", "S0000001", "1", D("155.70"), D("155.70")),
        ("00000002", "90000002", "S0000002", "1", D("44.20"), D("29.20")),
    ]
    assert [g.glosado for g in p.guias] == [D("0"), D("15.00")]
    assert p.guias[1].xpath == f"{p.xpath}/guiasDoLote[2]"


@por_versao
def test_the_example_whole(versao: str) -> None:
    d = demonstrativo(_exemplo(versao))
    assert d is not None
    assert (d.tipo, d.versao, d.numero, d.data_emissao) == (
        "pagamento",
        versao,
        "2025000002",
        dt.date(2025, 6, 30),
    )
    assert (d.registro_ans, d.nome_operadora) == ("416070", "ARCELORMITTAL TUBARAO")
    assert d.prestador.cnpj_contratado == "11222333000181"
    assert d.protocolos == ()
    assert d.pagamentos == tuple(pagamentos(_exemplo(versao)))
    assert d.totais == Totais(
        informado=D("199.90"),
        processado=D("199.90"),
        liberado=D("184.90"),
        glosado=D("15.00"),
        descontos=(
            Desconto(
                "02",
                "ISS RETIDO 2%",
                D("3.70"),
                True,
                f"{PAGAMENTO}/totaisDemonstrativo/debitosCreditosDemonstrativo[1]",
            ),
        ),
        debitos=D("3.70"),
        creditos=D("0.00"),
        liquido=D("181.20"),
    )
    assert d.xpath == PAGAMENTO


@por_versao
def test_pays_what_the_analise_liberou(versao: str) -> None:
    analise = demonstrativo(tiss.parse(tiss.examples.caminho("demonstrativo-analise", versao)))
    pago = demonstrativo(_exemplo(versao))
    assert analise is not None
    assert pago is not None
    (analisado,) = analise.protocolos
    (pagamento,) = pago.pagamentos
    (protocolo,) = pagamento.protocolos
    assert (protocolo.numero, protocolo.liberado) == (analisado.numero, analisado.liberado)
    assert [(g.numero, g.liberado) for g in protocolo.guias] == [
        (g.numero, g.liberado) for g in analisado.guias
    ]
    assert analise.data_emissao is not None
    assert pagamento.data_pagamento is not None
    assert pagamento.data_pagamento > analise.data_emissao
    assert pagamento.liquido == pagamento.bruto - sum(  # type: ignore[operator]
        (x.valor for x in pagamento.descontos if x.debito and x.valor), D(0)
    )


@por_versao
def test_odonto(versao: str) -> None:
    msg = exemplos.em(versao).odonto()
    (pago,) = pagamentos(msg)
    xd = f"{PAGAMENTO}Odonto/dadosPagamentoPorData[1]"
    assert (pago.odonto, pago.data_pagamento, pago.forma_pagamento, pago.banco) == (
        True,
        dt.date(2023, 6, 15),
        None,
        None,
    )
    assert (pago.informado, pago.glosado, pago.franquia, pago.bruto) == (
        D("270.00"),
        D("95.00"),
        D("0.00"),
        D("175.00"),
    )
    assert (pago.descontos, pago.debitos, pago.creditos, pago.liquido) == (
        (),
        D("0.00"),
        D("0.00"),
        D("175.00"),
    )
    assert pago.xpath == xd
    (p,) = pago.protocolos
    assert (p.numero, p.lote, p.data_protocolo, p.franquia, p.xpath) == (
        "5001",
        "5001",
        None,
        D("0.00"),
        f"{xd}/protocolos[1]",
    )
    assert [(g.numero, g.informado, g.liberado, g.glosado) for g in p.guias] == [
        ("O-1", D("210.00"), D("140.00"), D("70.00")),
        ("O-2", D("60.00"), D("35.00"), D("25.00")),
    ]
    d = demonstrativo(msg)
    assert d is not None
    assert (d.tipo, d.numero, d.data_emissao) == ("odonto", "O2023051", dt.date(2023, 5, 31))
    assert d.prestador.codigo_prestador_na_operadora == "CLIN-0042"
    assert [x.numero for x in d.protocolos] == ["5001"]
    assert (d.totais.liberado, d.totais.franquia, d.totais.liquido) == (
        D("175.00"),
        D("0.00"),
        D("175.00"),
    )


@por_versao
def test_read_back_from_xml_the_same(versao: str) -> None:
    for msg in (_exemplo(versao), exemplos.em(versao).odonto()):
        assert pagamentos(tiss.parse(tiss.to_xml(msg))) == pagamentos(msg)


@por_versao
def test_a_demonstrativo_by_itself(versao: str) -> None:
    msg = _exemplo(versao)
    pago = msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_pagamento
    assert pagamentos(pago) == pagamentos(msg)
    (outro,) = pagamentos(pago, xpath="/demonstrativoPagamento")
    assert outro.xpath == "/demonstrativoPagamento/pagamentos/pagamentosPorData[1]"


@por_versao
def test_lenient_on_what_is_absent(versao: str) -> None:
    """The XSD requires these; a demonstrativo built in code may lack them all the same."""
    pago = _exemplo(versao).operadora_para_prestador.demonstrativos_retorno.demonstrativo_pagamento
    por_data = pago.pagamentos.pagamentos_por_data[0]
    por_data.dados_pagamento = por_data.dados_resumo = por_data.totais_liquidos_por_data = None
    (desconto,) = por_data.debitos_creditos_por_data.debitos_creditos
    desconto.indicador = desconto.tipo_debito_credito = desconto.valor_db_cr = None
    (pg,) = pagamentos(pago)
    assert (pg.data_pagamento, pg.forma_pagamento, pg.protocolos, pg.liquido) == (
        None,
        None,
        (),
        None,
    )
    assert pg.bruto == D("184.90")
    (x,) = pg.descontos
    assert (x.tipo, x.valor, x.debito, x.tipo_descrito()) == ("", None, None, None)
    assert len(repr(pg)) < 1000
    pago.cabecalho_demonstrativo = pago.dados_contratado = pago.totais_demonstrativo = None
    d = demonstrativo(pago)
    assert d is not None
    assert (d.tipo, d.numero, d.registro_ans, d.prestador, len(d.pagamentos)) == (
        "pagamento",
        "",
        "",
        None,
        1,
    )
    assert d.totais == Totais(None, None, None, None)
    assert "R$" in d._repr_html_()
    pago.pagamentos = None
    assert pagamentos(pago) == []
    odonto = exemplos.em(versao).odonto().operadora_para_prestador.demonstrativos_retorno
    odonto.demonstrativo_pagamento_odonto.dados_pagamento_por_data = None
    assert pagamentos(odonto.demonstrativo_pagamento_odonto) == []


def test_nothing_to_read_elsewhere() -> None:
    lote = tiss.parse(tiss.examples.caminho("lote-sadt"))
    analise = tiss.parse(tiss.examples.caminho("demonstrativo-analise"))
    assert pagamentos(lote) == pagamentos(analise) == pagamentos(object()) == []
    assert demonstrativo(lote) is None
    assert demonstrativo("texto") is None


def _verificar(msg: Any, campo: str) -> list[PagamentoLido]:
    lidos = pagamentos(msg)
    corpo = getattr(msg.operadora_para_prestador.demonstrativos_retorno, campo)
    por_data = (
        corpo.pagamentos.pagamentos_por_data
        if campo == "demonstrativo_pagamento"
        else corpo.dados_pagamento_por_data
    )
    assert len(lidos) == len(por_data)
    d = demonstrativo(msg)
    assert d is not None
    assert d.pagamentos == tuple(lidos)
    assert len(repr(d)) < 1000
    for pg in lidos:
        assert len(repr(pg)) < 1000
        assert pg.data_pagamento is not None
        for p in pg.protocolos:
            assert p.data_pagamento == pg.data_pagamento
            assert len(repr(p)) < 1000
        for x in pg.descontos:
            assert x.debito is not None
            assert x.tipo_descrito() is not None
    assert "<table>" in d._repr_html_()
    return lidos


@por_versao
def test_drawn_pagamentos_never_raise(versao: str) -> None:
    @settings(max_examples=15)
    @given(tst.mensagem("DEMONSTRATIVO_PAGAMENTO", versao=versao))
    def medico(msg: Any) -> None:
        assert all(not pg.odonto for pg in _verificar(msg, "demonstrativo_pagamento"))

    @settings(max_examples=15)
    @given(tst.mensagem("DEMONSTRATIVO_ODONTOLOGIA", versao=versao))
    def odonto(msg: Any) -> None:
        assert all(pg.odonto for pg in _verificar(msg, "demonstrativo_pagamento_odonto"))

    medico()
    odonto()
