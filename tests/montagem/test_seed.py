"""The seed example, by hand: protocolo 48740, glosa 1705, informado R$ 600,00, glosado and
liberado R$ 300,00, appealed at the lote level for R$ 300,00 (conecta-recurso-de-glosa.txt),
in every TISS version: the recurso is in the demonstrativo's."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import tiss_conecta as tiss
from tiss_conecta import models
from tiss_conecta.montagem import (
    EscolhaGuia,
    EscolhaItens,
    EscolhaProtocolo,
    ItemEscolhido,
    Nivel,
    glosas_recorriveis,
    montar_recurso,
    verificar_escolhas,
)
from tiss_conecta.rules import ARCELORMITTAL, Perfil, check
from tiss_conecta.rules.recurso import Valores, nivel

from . import exemplos
from .exemplos import VERSOES

ENVIO = dt.date(2023, 4, 19)  # "Data Inclusão 19/04/2023" of recurso 45385

por_versao = pytest.mark.parametrize("versao", VERSOES)


def arcelormittal(versao: str) -> Perfil:
    """ArcelorMittal's rules, accepting ``versao`` (it accepts only 4.01.00 today)."""
    return attrs.evolve(ARCELORMITTAL, versoes_tiss=(versao,))


def _montar(versao: str, escolhas: list[Any]) -> Any:
    return montar_recurso(
        exemplos.em(versao).seed(),
        escolhas,
        numero_guia_prestador="45385",
        sequencial_transacao="45385",
        data=ENVIO,
        hora=dt.time(14, 5, 30),
    )


def _analises(versao: str) -> list[Any]:
    dem: Any = exemplos.em(versao).seed()
    return list(dem.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta)


def _recurso(msg: Any, versao: str) -> Any:
    """The recurso guia of ``msg``, checked: in ``versao``, valid against its XSD, hash ok."""
    assert models.versao_de(msg) == versao
    assert msg.cabecalho.padrao.value == versao
    xml = tiss.to_xml(msg)
    assert f"<ans:Padrao>{versao}</ans:Padrao>".encode() in xml
    relatorio = tiss.validate(xml)
    assert relatorio.ok, relatorio.achados
    assert relatorio.hash is not None
    assert relatorio.hash.ok
    lido: Any = tiss.parse(xml)
    assert models.versao_de(lido) == versao
    lido = lido.prestador_para_operadora.recurso_glosa.guia_recurso_glosa
    assert lido is not None
    return lido


@por_versao
def test_the_glosas_of_protocolo_48740(shared: Path, versao: str) -> None:
    with (shared / "tiss/tabelas/tabela38.csv").open(encoding="utf-8") as f:
        titulo_1705 = next(r for r in csv.reader(f) if r[0] == "1705")[1]
    assert titulo_1705 == "VALOR APRESENTADO A MAIOR"  # as the portal shows it
    lista = glosas_recorriveis(exemplos.em(versao).seed())
    assert [(g.nivel, g.numero_guia, g.sequencial_item, g.codigo) for g in lista] == [
        (Nivel.PROTOCOLO, None, None, "1705"),
        (Nivel.ITEM, "48740", 1, "1705"),
    ]
    protocolo, item = lista
    assert protocolo.titulo.upper() == titulo_1705
    assert (protocolo.protocolo, protocolo.lote) == ("48740", "48740")
    assert (protocolo.valor_informado, protocolo.valor_glosa, protocolo.valor_liberado) == (
        Decimal("600.00"),
        Decimal("300.00"),
        Decimal("300.00"),
    )
    assert item.data_realizacao == dt.date(2023, 4, 3)
    assert item.procedimento is not None
    assert item.procedimento.codigo == "10101012"
    assert item.procedimento.tabela == "22"
    assert item.valor_glosa == Decimal("300.00")
    assert all(g.recorrivel for g in lista)
    assert protocolo.to_dict()["valor_glosa"] == "300.00"
    assert item.to_dict()["data_realizacao"] == "2023-04-03"
    assert item.to_dict()["nivel"] == "item"


@por_versao
def test_lote_level_appeal_of_300(versao: str) -> None:
    m = models.carregar(versao)
    escolha = EscolhaProtocolo("1705", "Teste")  # the seed's justification
    msg = _montar(versao, [escolha])
    r = _recurso(msg, versao)
    assert r.objeto_recurso is m.DmObjetoRecurso.VALUE_1
    assert r.opcao_recurso.recurso_protocolo is not None
    assert r.opcao_recurso.recurso_protocolo.codigo_glosa_protocolo.value == "1705"
    assert r.opcao_recurso.recurso_protocolo.justificativa_protocolo == "Teste"
    assert r.opcao_recurso.recurso_guia == []
    assert r.valor_total_recursado == Decimal("300.00")
    assert r.numero_protocolo == 48740
    assert r.numero_lote == "48740"
    assert r.registro_ans == "416070"
    assert r.nome_operadora == "ARCELORMITTAL BRASIL S.A."
    assert r.numero_guia_rec_glosa_prestador == "45385"
    assert r.numero_guia_rec_glosa_operadora is None
    assert r.dados_contratado.cnpj_contratado == exemplos.CNPJ_PRESTADOR
    assert r.data_recurso.to_date() == ENVIO
    cab = msg.cabecalho
    assert cab.padrao is m.DmVersao(versao)
    assert cab.identificacao_transacao.tipo_transacao is m.DmTipoTransacao.RECURSO_GLOSA
    assert cab.identificacao_transacao.sequencial_transacao == "45385"
    assert str(cab.identificacao_transacao.hora_registro_transacao) == "14:05:30"
    assert cab.origem.identificacao_prestador is not None
    assert cab.origem.identificacao_prestador.cnpj == exemplos.CNPJ_PRESTADOR
    assert cab.destino.registro_ans == "416070"
    # the portal's values after the justification: recusado 300, acatado 0
    valores = Valores(
        informado=Decimal("600.00"),
        glosado=Decimal("300.00"),
        liberado=Decimal("300.00"),
        recursado=r.valor_total_recursado,
    )
    assert valores.problemas() == []
    assert nivel(msg.prestador_para_operadora.recurso_glosa) is Nivel.PROTOCOLO
    achados = check(msg, arcelormittal(versao), data_envio=ENVIO, demonstrativos=_analises(versao))
    assert achados == []


@por_versao
def test_guia_and_item_level_appeals_of_the_same_glosa(versao: str) -> None:
    guia = EscolhaGuia("48740", "1705", "Valor conforme tabela contratual vigente.")
    r = _recurso(_montar(versao, [guia]), versao)
    assert r.objeto_recurso is models.carregar(versao).DmObjetoRecurso.VALUE_2
    (rg,) = r.opcao_recurso.recurso_guia
    assert (rg.numero_guia_origem, rg.senha) == ("48740", "S48740")
    (completa,) = rg.opcao_recurso_guia.recurso_guia_completa
    assert completa.cod_glosa_guia.value == "1705"
    assert rg.opcao_recurso_guia.itens_guia == []
    assert r.valor_total_recursado == Decimal("300.00")

    itens = EscolhaItens("48740", [ItemEscolhido(1, 1705, Decimal("150.00"))], "Metade devida.")
    msg = _montar(versao, [itens])
    r = _recurso(msg, versao)
    (it,) = r.opcao_recurso.recurso_guia[0].opcao_recurso_guia.itens_guia
    assert it.sequencial_item == 1
    assert it.data_inicio.to_date() == dt.date(2023, 4, 3)
    assert it.proc_recurso.codigo_procedimento == "10101012"
    assert it.cod_glosa_item.value == "1705"
    assert it.valor_recursado == Decimal("150.00")
    assert it.justificativa_item == "Metade devida."
    assert r.valor_total_recursado == Decimal("150.00")
    assert nivel(msg.prestador_para_operadora.recurso_glosa) is Nivel.ITEM
    analises = _analises(versao)
    assert check(msg, arcelormittal(versao), data_envio=ENVIO, demonstrativos=analises) == []


@por_versao
def test_choices_from_the_listing_and_the_total(versao: str) -> None:
    seed = exemplos.em(versao).seed()
    lista = glosas_recorriveis(seed)
    assert verificar_escolhas(seed, [lista[0].escolha("x")]) == Decimal("300.00")
    item = lista[1].escolha("x", Decimal("99.90"))
    assert item == EscolhaItens("48740", (ItemEscolhido(1, "1705", Decimal("99.90")),), "x")
    assert verificar_escolhas(seed, [item]) == Decimal("99.90")


@por_versao
def test_lote_and_the_operadoras_number_for_the_recurso(versao: str) -> None:
    msg = montar_recurso(
        exemplos.em(versao).seed(),
        [EscolhaProtocolo("1705", "Teste")],
        numero_guia_prestador="45385",
        numero_guia_operadora="REC-2023-77",
        numero_lote="L48740",
        sequencial_transacao="1",
        data=ENVIO,
        hora=dt.time(8, 0),
    )
    r = _recurso(msg, versao)
    assert (r.numero_lote, r.numero_guia_rec_glosa_operadora) == ("L48740", "REC-2023-77")


@por_versao
def test_lote_level_appeal_of_a_glosa_on_the_item(versao: str) -> None:
    """As the portal does: the demonstrativo puts 1705 on the item only, and the prestador
    appeals the whole protocolo for it; a code not applied anywhere is refused."""
    ex = exemplos.em(versao)
    item = ex.item(1, "600.00", "300.00", ("1705", "300.00"))
    protocolo = ex.protocolo("48740", [ex.guia("48740", [item])])  # no own glosa
    dem: Any = ex.mensagem(ex.demonstrativo(protocolo))

    def montar(escolha: EscolhaProtocolo) -> Any:
        return montar_recurso(
            dem,
            [escolha],
            numero_guia_prestador="45385",
            sequencial_transacao="1",
            data=ENVIO,
            hora=dt.time(14, 5, 30),
        )

    msg = montar(EscolhaProtocolo("1705", "Valor conforme tabela contratada"))
    r = _recurso(msg, versao)
    assert r.opcao_recurso.recurso_protocolo.codigo_glosa_protocolo.value == "1705"
    assert r.valor_total_recursado == Decimal("300.00")
    analises = list(dem.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta)
    assert check(msg, arcelormittal(versao), data_envio=ENVIO, demonstrativos=analises) == []
    with pytest.raises(tiss.RecursoInvalido) as info:
        montar(EscolhaProtocolo("1702", "x"))
    assert "1705" in str(info.value)
