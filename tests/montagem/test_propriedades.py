"""Properties over demonstrativos drawn from ``tiss_conecta.strategies``, in every version."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import tiss_conecta as tiss
from tiss_conecta import models
from tiss_conecta import strategies as tst
from tiss_conecta.achados import Severidade
from tiss_conecta.errors import RecursoInvalido
from tiss_conecta.montagem import (
    EscolhaGuia,
    EscolhaProtocolo,
    Nivel,
    glosas_recorriveis,
    montar_recurso,
)
from tiss_conecta.rules import TISS, check

from .estrategias import analises, apelavel, demonstrativos, escolhas, glosado_item, protocolos
from .exemplos import VERSOES

DIA = dt.date(2025, 6, 2)
HORA = dt.time(9, 30)


def _montar(msg: Any, escolhidas: list[Any], protocolo: str) -> Any:
    return montar_recurso(
        msg,
        escolhidas,
        numero_guia_prestador="45385",
        sequencial_transacao="7",
        data=DIA,
        hora=HORA,
        protocolo=protocolo,
    )


Linha = tuple[Nivel, str, str | None, int | None, str, Decimal | None]


@pytest.mark.parametrize("versao", VERSOES)
@settings(max_examples=20)
@given(data=st.data())
def test_every_glosa_is_listed_once_at_its_level(versao: str, data: st.DataObject) -> None:
    msg = data.draw(demonstrativos(versao))
    esperadas: list[Linha] = []
    for p in protocolos(msg):
        numero = p.numero_protocolo
        if p.glosa_protocolo is not None:
            esperadas.append(
                (Nivel.PROTOCOLO, numero, None, None, p.glosa_protocolo.codigo_glosa.value, None)
            )
        for g in p.relacao_guias:
            guia = g.numero_guia_prestador
            esperadas += [
                (Nivel.GUIA, numero, guia, None, x.codigo_glosa.value, None)
                for x in g.motivo_glosa_guia
            ]
            for it in g.detalhes_guia:
                codigos = dict.fromkeys(x.tipo_glosa.value for x in it.relacao_glosa)
                esperadas += [
                    (Nivel.ITEM, numero, guia, it.sequencial_item, c, glosado_item(it, c))
                    for c in codigos
                ]
    listadas = glosas_recorriveis(msg)
    assert [
        (
            x.nivel,
            x.protocolo,
            x.numero_guia,
            x.sequencial_item,
            x.codigo,
            x.valor_glosa if x.nivel is Nivel.ITEM else None,
        )
        for x in listadas
    ] == esperadas
    assert all(x.recorrivel == (x.valor_glosa > 0 and x.codigo != "") for x in listadas)
    assert all(x.titulo for x in listadas)  # table 38, or "(glosa sem código)" for ""


@pytest.mark.parametrize("versao", VERSOES)
@settings(max_examples=20)
@given(data=st.data())
def test_a_recurso_from_valid_choices_is_schema_valid_and_adds_up(
    versao: str, data: st.DataObject
) -> None:
    msg = data.draw(apelavel(versao))
    p = data.draw(st.sampled_from(protocolos(msg)))
    escolhidas, total = data.draw(escolhas(p))
    assume(escolhidas)
    recurso = _montar(msg, escolhidas, p.numero_protocolo)
    assert recurso.cabecalho.padrao.value == versao
    assert models.versao_de(recurso) == versao

    xml = tiss.to_xml(recurso)
    relatorio = tiss.validate(xml)
    assert relatorio.ok, relatorio.achados[:3]
    achados = check(recurso, TISS, data_envio=DIA, demonstrativos=analises(msg))
    assert [
        f for f in achados if f.severidade is Severidade.ERRO and f.codigo.startswith("recurso.")
    ] == []

    lido = tiss.parse(xml).prestador_para_operadora.recurso_glosa.guia_recurso_glosa
    assert lido.valor_total_recursado == total
    assert lido.numero_protocolo == int(p.numero_protocolo)
    protocolo_inteiro = isinstance(escolhidas[0], EscolhaProtocolo)
    assert lido.objeto_recurso.value == ("1" if protocolo_inteiro else "2")
    if not protocolo_inteiro:
        assert [g.numero_guia_origem for g in lido.opcao_recurso.recurso_guia] == list(
            dict.fromkeys(e.guia for e in escolhidas)
        )
    # every item appealed carries the centroConsumo of its demonstrativo item (4.03.00 on)
    do_demonstrativo = {
        (g.numero_guia_prestador, it.sequencial_item): getattr(it, "centro_consumo", None)
        for g in p.relacao_guias
        for it in g.detalhes_guia
    }
    for rg in lido.opcao_recurso.recurso_guia:
        for it in rg.opcao_recurso_guia.itens_guia:
            centro = do_demonstrativo[rg.numero_guia_origem, it.sequencial_item]
            assert getattr(it, "centro_consumo", None) == centro


@pytest.mark.parametrize("versao", VERSOES)
@settings(max_examples=10)
@given(data=st.data(), numero=tst.texto_latin1(1, 12).filter(lambda t: not t.isdigit()))
def test_a_protocolo_that_is_not_a_number_cannot_be_appealed(
    versao: str, data: st.DataObject, numero: str
) -> None:
    msg = data.draw(apelavel(versao))
    p = protocolos(msg)[0]
    assume(p.relacao_guias and p.relacao_guias[0].motivo_glosa_guia)
    g = p.relacao_guias[0]
    p.numero_protocolo = numero
    escolha = EscolhaGuia(g.numero_guia_prestador, g.motivo_glosa_guia[0].codigo_glosa, "x")
    with pytest.raises(RecursoInvalido) as erro:
        _montar(msg, [escolha], numero)
    assert erro.value.codigo == "recurso.protocolo"
    assert "numérico" in erro.value.mensagem


@pytest.mark.parametrize("versao", VERSOES)
@settings(max_examples=15)
@given(data=st.data())
def test_more_than_was_glosado_is_refused(versao: str, data: st.DataObject) -> None:
    msg = data.draw(apelavel(versao))
    pares = [
        (p, g, it, x.tipo_glosa.value)
        for p in protocolos(msg)
        for g in p.relacao_guias
        for it in g.detalhes_guia
        for x in it.relacao_glosa
    ]
    assume(pares)
    p, g, it, codigo = data.draw(st.sampled_from(pares))
    glosado = glosado_item(it, codigo)
    demais = glosado + data.draw(st.decimals(Decimal("0.01"), Decimal("1000"), places=2))
    from tiss_conecta.montagem import EscolhaItens, ItemEscolhido

    escolha = EscolhaItens(
        g.numero_guia_prestador, [ItemEscolhido(it.sequencial_item, codigo, demais)], "x"
    )
    with pytest.raises(RecursoInvalido) as erro:
        _montar(msg, [escolha], p.numero_protocolo)
    assert erro.value.codigo == ("recurso.valor" if glosado > 0 else "recurso.nada_a_recorrer")
