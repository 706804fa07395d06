"""What differs between TISS versions in the demonstrativo and the recurso: ``centroConsumo``
(4.03.00), the alphanumeric CNPJ and the new glosa codes (4.03.00), the width of an item's
``valorRecursado`` (8-2 in 4.01.00, 10-2 later); and the recurso always in the
demonstrativo's version."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import tiss_conecta as tiss
from tiss_conecta import models
from tiss_conecta.errors import RecursoInvalido
from tiss_conecta.montagem import (
    EscolhaGuia,
    EscolhaItens,
    EscolhaProtocolo,
    ItemEscolhido,
    glosas_recorriveis,
    verificar_escolhas,
)

from . import exemplos
from .exemplos import VERSOES

D = Decimal


def _lido(msg: Any, versao: str) -> Any:
    xml = tiss.to_xml(msg)
    relatorio = tiss.validate(xml)
    assert relatorio.ok, relatorio.achados
    assert relatorio.versao == versao
    lido: Any = tiss.parse(xml)
    assert lido.cabecalho.padrao.value == versao
    return lido.prestador_para_operadora.recurso_glosa.guia_recurso_glosa


def _itens(r: Any) -> list[Any]:
    return [it for g in r.opcao_recurso.recurso_guia for it in g.opcao_recurso_guia.itens_guia]


def test_4_03_00_items_carry_the_centro_de_consumo_of_the_demonstrativo() -> None:
    ex = exemplos.em("4.03.00")
    a = ex.guia(
        "A",
        [
            ex.item(1, "100.00", "60.00", ("1705", "40.00"), centro_consumo="1"),
            ex.item(2, "80.00", "30.00", ("1705", "50.00"), centro_consumo="7"),
            ex.item(3, "50.00", "40.00", ("1714", "10.00")),  # none
        ],
    )
    b = ex.guia("B", [ex.item(1, "20.00", "0.00", ("1426", "20.00"), centro_consumo="10")])
    dem = ex.mensagem(ex.demonstrativo(ex.protocolo("1001", [a, b])))
    escolhas = [
        EscolhaItens("A", [ItemEscolhido(2, "1705"), ItemEscolhido(1, "1705")], "a"),
        EscolhaItens("A", [ItemEscolhido(3, "1714")], "a"),
        EscolhaItens("B", [ItemEscolhido(1, "1426", D("5.00"))], "b"),
    ]
    r = _lido(exemplos.montar(dem, escolhas), "4.03.00")
    assert [
        (it.sequencial_item, it.centro_consumo.value if it.centro_consumo else None)
        for it in _itens(r)
    ] == [(2, "7"), (1, "1"), (3, None), (1, "10")]
    assert r.valor_total_recursado == D("105.00")  # 50 + 40 + 10 + 5


@pytest.mark.parametrize("versao", ["4.01.00", "4.02.00"])
def test_before_4_03_00_neither_item_has_a_centro_de_consumo(versao: str) -> None:
    m = models.carregar(versao)
    assert not hasattr(m, "DmCentroConsumo")
    assert (
        "centro_consumo" not in m.CtContaMedicaResumo.RelacaoGuias.DetalhesGuia.__dataclass_fields__
    )
    Item = m.CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia.ItensGuia
    assert "centro_consumo" not in Item.__dataclass_fields__
    r = _lido(
        exemplos.montar(
            exemplos.em(versao).seed(), [EscolhaItens("48740", [ItemEscolhido(1, "1705")], "j")]
        ),
        versao,
    )
    (item,) = _itens(r)
    assert item.valor_recursado == D("300.00")


def test_an_alphanumeric_cnpj_of_4_03_00_is_copied() -> None:
    ex = exemplos.em("4.03.00")
    item = ex.item(1, "600.00", "300.00", ("1705", "300.00"))
    protocolo = ex.protocolo("48740", [ex.guia("48740", [item])], "1705")
    dem = ex.mensagem(ex.demonstrativo(protocolo, cnpj_prestador=exemplos.CNPJ_ALFANUMERICO))
    msg = exemplos.montar(dem, [EscolhaProtocolo("1705", "j")])
    r = _lido(msg, "4.03.00")
    assert r.dados_contratado.cnpj_contratado == "12ABC34501DE35"
    assert msg.cabecalho.origem.identificacao_prestador.cnpj == "12ABC34501DE35"


def test_a_glosa_code_new_in_4_03_00_is_listed_and_appealed() -> None:
    ex = exemplos.em("4.03.00")
    item = ex.item(1, "90.00", "0.00", ("3200", "90.00"))
    dem = ex.mensagem(ex.demonstrativo(ex.protocolo("7", [ex.guia("G", [item])])))
    (glosa,) = glosas_recorriveis(dem)
    assert (glosa.codigo, glosa.valor_glosa, glosa.recorrivel) == ("3200", D("90.00"), True)
    assert "permanência" in glosa.titulo
    r = _lido(exemplos.montar(dem, [glosa.escolha("j")]), "4.03.00")
    (it,) = _itens(r)
    assert (it.cod_glosa_item.value, it.valor_recursado) == ("3200", D("90.00"))
    guia = _lido(exemplos.montar(dem, [EscolhaGuia("G", "3200", "j")]), "4.03.00")
    (completa,) = guia.opcao_recurso.recurso_guia[0].opcao_recurso_guia.recurso_guia_completa
    assert completa.cod_glosa_guia.value == "3200"


def _dobrada(versao: str) -> Any:
    """One item glosado twice under 1705, R$ 600.000,00 each: R$ 1.200.000,00 in all."""
    ex = exemplos.em(versao)
    item = ex.item(1, "1500000.00", "300000.00", ("1705", "600000.00"), ("1705", "600000.00"))
    return ex.mensagem(ex.demonstrativo(ex.protocolo("9", [ex.guia("G", [item])])))


def test_4_01_00_an_item_appealed_for_more_than_8_2_digits_is_refused() -> None:
    dem = _dobrada("4.01.00")
    (glosa,) = glosas_recorriveis(dem)
    assert glosa.valor_glosa == D("1200000.00")
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(dem, [glosa.escolha("j")])
    assert erro.value.codigo == "recurso.valor"
    assert "4.01.00" in erro.value.mensagem
    assert "999.999,99" in erro.value.mensagem
    assert erro.value.dica is not None
    assert "EscolhaGuia" in erro.value.dica
    r = _lido(exemplos.montar(dem, [glosa.escolha("j", D("999999.99"))]), "4.01.00")
    assert _itens(r)[0].valor_recursado == D("999999.99")
    guia = _lido(exemplos.montar(dem, [EscolhaGuia("G", "1705", "j")]), "4.01.00")
    assert guia.valor_total_recursado == D("1200000.00")  # valorTotalRecursado is 10-2


@pytest.mark.parametrize("versao", ["4.02.00", "4.03.00"])
def test_from_4_02_00_an_item_takes_10_2_digits(versao: str) -> None:
    dem = _dobrada(versao)
    (glosa,) = glosas_recorriveis(dem)
    r = _lido(exemplos.montar(dem, [glosa.escolha("j")]), versao)
    assert _itens(r)[0].valor_recursado == D("1200000.00")


@pytest.mark.parametrize("versao", VERSOES)
def test_the_total_over_10_2_digits_is_refused(versao: str) -> None:
    ex = exemplos.em(versao)
    guias = [ex.guia(f"G{j}", [ex.item(1, "10.00", "10.00")], "1705") for j in (1, 2)]
    for g in guias:
        g.valor_glosa_guia = D("60000000.00")  # valorGlosaGuia is 10-2 in every version
    dem = ex.mensagem(ex.demonstrativo(ex.protocolo("5", guias)))
    assert verificar_escolhas(dem, [EscolhaGuia("G1", "1705", "j")]) == D("60000000.00")
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(dem, [EscolhaGuia(f"G{j}", "1705", "j") for j in (1, 2)])
    assert erro.value.codigo == "recurso.max_total"
    assert "99.999.999,99" in erro.value.mensagem
    assert versao in erro.value.mensagem


@pytest.mark.parametrize("versao", VERSOES)
def test_the_demonstrativo_object_itself_gives_a_recurso_in_its_version(versao: str) -> None:
    msg = exemplos.em(versao).seed()
    (analise,) = msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta
    r = exemplos.montar(analise, [EscolhaProtocolo("1705", "j")])
    assert models.versao_de(r) == versao
    assert _lido(r, versao).valor_total_recursado == D("300.00")
    odonto = exemplos.em(versao).odonto()
    dem = odonto.operadora_para_prestador.demonstrativos_retorno.demonstrativo_pagamento_odonto
    r = exemplos.montar(dem, [EscolhaGuia("O-2", "1813", "j")])
    assert r.cabecalho.padrao.value == versao
    assert tiss.validate(tiss.to_xml(r)).ok


@pytest.mark.parametrize("versao", ["4.02.00", "4.03.00"])
def test_the_operadoras_observacao_does_not_stop_the_recurso(versao: str) -> None:
    """The demonstrativo's observacao (4.02.00) and the guia's (4.03.00) have no place in the
    recurso: the recurso is built and valid all the same."""
    msg = exemplos.em(versao).seed()
    (analise,) = msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta
    analise.observacao = "Glosa conforme contrato."
    guia = analise.dados_conta.dados_protocolo[0].relacao_guias[0]
    if hasattr(guia, "observacao"):
        guia.observacao = "Valor acima da tabela."
    assert tiss.validate(tiss.to_xml(msg)).ok
    r = _lido(exemplos.montar(msg, [EscolhaProtocolo("1705", "j")]), versao)
    assert r.valor_total_recursado == D("300.00")
