"""The demonstrativo de análise de conta adds up at every level (item, guia, protocolo,
general totals), read through :mod:`tiss_conecta.leitura`; on every supported TISS version."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from tests.montagem import exemplos
from tiss_conecta.rules import Contexto, perfil
from tiss_conecta.rules.demonstrativo import achados, achados_da_analise

D = Decimal
ANALISE = "/mensagemTISS/operadoraParaPrestador/demonstrativosRetorno/demonstrativoAnaliseConta"


def _achados(msg: Any) -> list[tuple[str, str | None, str | None, int | None, str]]:
    ctx = Contexto.de(msg, perfil("tiss"), dt.date(2023, 4, 20))
    return [(a.codigo, a.glosa, a.numero_guia, a.item, a.xpath or "") for a in achados(ctx)]


def _contas(msg: Any) -> list[Any]:
    return list(msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta)


def _dois(versao: str) -> Any:
    """The seed's demonstrativo, then the rich one (two protocolos)."""
    ex = exemplos.em(versao)
    return ex.mensagem(_contas(ex.seed())[0], _contas(ex.rico())[0])


def test_a_demonstrativo_that_adds_up(versao: str) -> None:
    assert _achados(_dois(versao)) == []


def test_each_level_in_its_place(versao: str) -> None:
    msg = _dois(versao)
    conta = _contas(msg)[1]
    p1 = conta.dados_conta.dados_protocolo[0]
    p1.relacao_guias[0].detalhes_guia[1].valor_liberado = D("49.00")  # item 2 of guia A
    p1.valor_processado_protocolo = D("229.00")
    conta.valor_glosa_geral = D("0.00")
    base = f"{ANALISE}[2]/dadosConta/dadosProtocolo[1]"
    assert _achados(msg) == [
        ("demonstrativo.item", None, "A", 2, f"{base}/relacaoGuias[1]/detalhesGuia[2]"),
        ("demonstrativo.guia", None, "A", None, f"{base}/relacaoGuias[1]/valorLiberadoGuia"),
        ("demonstrativo.protocolo", None, None, None, f"{base}/valorProcessadoProtocolo"),
        ("demonstrativo.geral", None, None, None, f"{ANALISE}[2]/valorProcessadoGeral"),
        ("demonstrativo.geral", None, None, None, f"{ANALISE}[2]/valorGlosaGeral"),
    ]
    p1.valor_informado_protocolo = D("1.00")  # the informado carries glosa 1104
    assert ("demonstrativo.protocolo", "1104", None, None, f"{base}/valorInformadoProtocolo") in (
        _achados(msg)
    )


def test_a_declared_glosa_is_compared_only_when_declared(versao: str) -> None:
    msg = _dois(versao)
    p1 = _contas(msg)[1].dados_conta.dados_protocolo[0]
    p1.valor_glosa_protocolo = None  # optional: nothing to compare, nothing stands in
    p1.relacao_guias[0].valor_glosa_guia = None
    assert [c for c, *_ in _achados(msg)] == ["demonstrativo.geral"]  # 40 of 1001 left out
    p1.relacao_guias[0].valor_glosa_guia = D("39.00")
    assert [(c, x.rsplit("/", 1)[-1]) for c, _, _, _, x in _achados(msg)] == [
        ("demonstrativo.guia", "valorGlosaGuia"),
        ("demonstrativo.geral", "valorGlosaGeral"),
    ]


def test_a_glosa_without_its_value(versao: str) -> None:
    """The XSD requires ``valorGlosa``; without it the item's glosa is unknown (as
    :class:`~tiss_conecta.leitura.ItemLido` reads it): the item is not judged, and its glosa is
    left out of the guia's sum like any absent value."""
    msg = _dois(versao)
    guia_a = _contas(msg)[1].dados_conta.dados_protocolo[0].relacao_guias[0]
    guia_a.detalhes_guia[0].relacao_glosa[1].valor_glosa = None  # 1714, R$ 10,00
    xpath = f"{ANALISE}[2]/dadosConta/dadosProtocolo[1]/relacaoGuias[1]/valorGlosaGuia"
    (achado,) = achados(Contexto.de(msg, perfil("tiss"), dt.date(2023, 4, 20)))
    assert (achado.codigo, achado.xpath) == ("demonstrativo.guia", xpath)
    assert achado.mensagem.startswith(
        "Guia A: valor de glosa R$\xa040,00 difere da soma dos itens, R$\xa00,00."
    )
    # the other item's glosa still counts: 10 of item 2 against the guia's 40
    guia_a.detalhes_guia[1].relacao_glosa = [
        type(guia_a.detalhes_guia[0].relacao_glosa[0])(
            valor_glosa=D("10.00"), tipo_glosa=guia_a.detalhes_guia[0].relacao_glosa[0].tipo_glosa
        )
    ]
    guia_a.detalhes_guia[1].valor_liberado = D("40.00")
    codigos = [(c, x.rsplit("/", 1)[-1]) for c, _, _, _, x in _achados(msg)]
    assert ("demonstrativo.item", "detalhesGuia[1]") not in codigos
    assert ("demonstrativo.guia", "valorGlosaGuia") in codigos


def test_a_demonstrativo_without_protocolos_is_judged_on_its_totals(versao: str) -> None:
    ex = exemplos.em(versao)
    vazio = ex.demonstrativo()
    msg = ex.mensagem(_contas(ex.seed())[0], vazio)
    assert _achados(msg) == []
    vazio.valor_informado_geral = D("1.00")
    assert _achados(msg) == [
        ("demonstrativo.geral", None, None, None, f"{ANALISE}[2]/valorInformadoGeral")
    ]


def test_one_demonstrativo_by_itself_at_its_xpath(versao: str) -> None:
    conta = _contas(exemplos.em(versao).rico())[0]
    assert list(achados_da_analise(conta)) == []
    conta.dados_conta.dados_protocolo[1].relacao_guias[0].detalhes_guia[0].valor_liberado = D("1")
    assert [a.xpath for a in achados_da_analise(conta)] == [
        f"{ANALISE}[1]/dadosConta/dadosProtocolo[2]/relacaoGuias[1]/detalhesGuia[1]",
        f"{ANALISE}[1]/dadosConta/dadosProtocolo[2]/relacaoGuias[1]/valorLiberadoGuia",
    ]
    assert [a.xpath for a in achados_da_analise(conta, "/c")] == [
        "/c/dadosConta/dadosProtocolo[2]/relacaoGuias[1]/detalhesGuia[1]",
        "/c/dadosConta/dadosProtocolo[2]/relacaoGuias[1]/valorLiberadoGuia",
    ]
