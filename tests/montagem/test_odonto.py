"""The odontológico recurso (``guiaRecursoGlosaOdonto``) from a demonstrativo odontológico,
in every TISS version."""

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
    EscolhaItens,
    EscolhaProtocolo,
    ItemEscolhido,
    Nivel,
    glosas_recorriveis,
    montar_recurso,
    verificar_escolhas,
)
from tiss_conecta.rules import TISS, check
from tiss_conecta.rules.recurso import nivel

from . import exemplos
from .estrategias import na_versao
from .exemplos import VERSOES

D = Decimal
DIA = dt.date(2023, 6, 20)
por_versao = pytest.mark.parametrize("versao", VERSOES)


def _montar(demonstrativo: Any, escolhas: list[Any], **kw: Any) -> Any:
    return montar_recurso(
        demonstrativo,
        escolhas,
        numero_guia_prestador="R-77",
        sequencial_transacao="3",
        data=DIA,
        hora=dt.time(8, 15),
        **kw,
    )


def _lido(msg: Any, versao: str) -> Any:
    assert models.versao_de(msg) == versao
    assert msg.cabecalho.padrao.value == versao
    xml = tiss.to_xml(msg)
    relatorio = tiss.validate(xml)
    assert relatorio.ok, relatorio.achados
    lido: Any = tiss.parse(xml)
    assert lido.cabecalho.padrao.value == versao
    recurso = lido.prestador_para_operadora
    assert recurso.recurso_glosa.guia_recurso_glosa is None
    return recurso.recurso_glosa.guia_recurso_glosa_odonto


def _erros(msg: Any) -> list[Any]:
    return [
        f
        for f in check(msg, TISS, data_envio=DIA)
        if f.severidade is Severidade.ERRO and f.codigo.startswith("recurso.")
    ]


@por_versao
def test_the_odonto_glosas_are_per_procedure(versao: str) -> None:
    lista = glosas_recorriveis(exemplos.em(versao).odonto())
    assert {g.nivel for g in lista} == {Nivel.ITEM}
    assert all(g.odonto for g in lista)
    assert [(g.numero_guia, g.sequencial_item, g.codigo, g.valor_glosa) for g in lista] == [
        ("O-1", 1, "1705", D("40.00")),
        ("O-1", 2, "1714", D("30.00")),  # one valorGlosaEstorno for both codes
        ("O-1", 2, "1702", D("30.00")),
        ("O-2", 1, "1813", D("25.00")),
    ]
    assert lista[0].numero_guia_operadora == "OPO-1"
    assert lista[0].data_realizacao == dt.date(2023, 5, 8)


@por_versao
def test_procedures_appealed(versao: str) -> None:
    escolha = EscolhaItens(
        "O-1",
        [ItemEscolhido(1, "1705"), ItemEscolhido(2, "1714", D("20.00"), "tabela própria")],
        "Valores do contrato de 2023.",
    )
    msg = _montar(exemplos.em(versao).odonto(), [escolha])
    r = _lido(msg, versao)
    assert r.objeto_recurso.value == "2"
    assert r.numero_protocolo == 5001
    assert r.numero_lote == "5001"
    assert r.dados_contratado.codigo_prestador_na_operadora == "CLIN-0042"
    assert r.valor_total_recursado == D("60.00")
    (guia,) = r.opcao_recurso.recurso_guia
    assert (guia.numero_guia_prestador, guia.numero_guia_operadora) == ("O-1", "OPO-1")
    assert guia.cod_glosa_guia.value == "1705"
    assert guia.justificativa_guia == "Valores do contrato de 2023."
    p1, p2 = guia.recurso_procedimento
    assert (p1.sequencial_item, p1.dente_regiao.cod_dente.value, p1.dente_face) == (1, "11", "OM")
    assert (p1.quantidade, p1.proc_recurso.codigo_procedimento) == (1, "85100099")
    assert (p1.valor_recursado, p1.justificativa_proc) == (D("40.00"), escolha.justificativa)
    assert p1.data_realizacao.to_date() == dt.date(2023, 5, 8)
    assert (p2.cod_glosa_proc.value, p2.valor_recursado) == ("1714", D("20.00"))
    assert p2.justificativa_proc == "tabela própria"
    assert p2.dente_face is None
    assert nivel(msg.prestador_para_operadora.recurso_glosa) is Nivel.ITEM
    assert _erros(msg) == []
    origem = msg.cabecalho.origem.identificacao_prestador
    assert origem.codigo_prestador_na_operadora == "CLIN-0042"


@por_versao
def test_a_whole_guia_and_the_region(versao: str) -> None:
    odonto = exemplos.em(versao).odonto()
    msg = _montar(
        odonto,
        [EscolhaGuia("O-2", "1813", "Radiografia anexada."), EscolhaGuia("O-1", "1702", "j")],
    )
    r = _lido(msg, versao)
    g2, g1 = r.opcao_recurso.recurso_guia
    assert (g2.cod_glosa_guia.value, g2.recurso_procedimento) == ("1813", [])
    assert (g1.cod_glosa_guia.value, g1.recurso_procedimento) == ("1702", [])
    assert r.valor_total_recursado == D("55.00")  # 25 + the 30 under 1702
    assert nivel(msg.prestador_para_operadora.recurso_glosa) is Nivel.GUIA
    assert _erros(msg) == []
    item = EscolhaItens("O-2", [ItemEscolhido(1, "1813")], "j")
    (p,) = _lido(_montar(odonto, [item]), versao).opcao_recurso.recurso_guia[0].recurso_procedimento
    assert (p.dente_regiao.cod_dente, p.dente_regiao.cod_regiao.value) == (None, "AS")


@por_versao
def test_what_the_odonto_recurso_cannot_carry(versao: str) -> None:
    odonto = exemplos.em(versao).odonto()
    casos: list[tuple[list[Any], str]] = [
        ([EscolhaProtocolo("1705", "j")], "recurso.niveis"),  # no glosa of the protocolo
        ([EscolhaGuia("O-1", "1705", "j"), EscolhaGuia("O-1", "1714", "k")], "recurso.niveis"),
        # both codes of procedure 2 share its R$ 30,00
        (
            [EscolhaItens("O-1", [ItemEscolhido(2, "1714"), ItemEscolhido(2, "1702")], "j")],
            "recurso.valor",
        ),
    ]
    for escolhas, codigo in casos:
        with pytest.raises(RecursoInvalido) as erro:
            verificar_escolhas(odonto, escolhas)
        assert erro.value.codigo == codigo
    partilhado = [
        EscolhaItens(
            "O-1", [ItemEscolhido(2, "1714", D("12.50")), ItemEscolhido(2, "1702", D("17.50"))], "j"
        )
    ]
    assert verificar_escolhas(odonto, partilhado) == D("30.00")


def _contra(recurso: Any, *demonstrativos: Any) -> list[tuple[str, str | None, int | None]]:
    """The recurso's error achados checked against ``demonstrativos``."""
    achados = check(recurso, TISS, data_envio=DIA, demonstrativos=demonstrativos)
    return [(a.codigo, a.numero_guia, a.item) for a in achados if a.severidade is Severidade.ERRO]


@por_versao
def test_the_rules_check_an_odonto_recurso_against_its_demonstrativo(versao: str) -> None:
    odonto = exemplos.em(versao).odonto()
    dem = odonto.operadora_para_prestador.demonstrativos_retorno.demonstrativo_pagamento_odonto
    escolhas = [
        EscolhaItens("O-1", [ItemEscolhido(1, "1705"), ItemEscolhido(2, "1714", D("20.00"))], "j"),
        EscolhaGuia("O-2", "1813", "k"),
    ]
    recurso = _montar(odonto, escolhas)
    # the message or the demonstrativo itself; before, an odonto demonstrativo was not read
    # and every odonto recurso was "recurso.protocolo_desconhecido"
    assert _contra(recurso, odonto) == _contra(recurso, dem) == []
    guias = recurso.prestador_para_operadora.recurso_glosa.guia_recurso_glosa_odonto
    o1, o2 = guias.opcao_recurso.recurso_guia
    p1, p2 = o1.recurso_procedimento
    p1.valor_recursado = D("40.01")  # more than the R$ 40,00 of its valorGlosaEstorno
    p2.cod_glosa_proc = models.modulo_de(recurso).DmTipoGlosa("1813")  # not on procedure 2
    o2.cod_glosa_guia = models.modulo_de(recurso).DmTipoGlosa("1705")  # not on guia O-2
    assert _contra(recurso, odonto) == [
        ("recurso.recursado_maior", "O-1", 1),
        ("recurso.glosa_nao_aplicada", "O-1", 2),
        ("recurso.glosa_nao_aplicada", "O-2", None),
    ]
    p1.valor_recursado, p1.sequencial_item = D("40.00"), 3
    o2.numero_guia_prestador = "O-3"
    assert _contra(recurso, odonto) == [
        ("recurso.item_desconhecido", "O-1", 3),
        ("recurso.glosa_nao_aplicada", "O-1", 2),
        ("recurso.guia_desconhecida", "O-3", None),
    ]
    guias.numero_protocolo = 5002
    assert _contra(recurso, odonto) == [("recurso.protocolo_desconhecido", None, None)]


def _reparar(msg: Any, extra: Decimal) -> list[Any]:
    dem = msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_pagamento_odonto
    protocolos = [p for d in dem.dados_pagamento_por_data for p in d.protocolos]
    for i, p in enumerate(protocolos, 1):
        p.numero_protocolo = str(i)
        for j, g in enumerate(p.dados_pagamento_guia, 1):
            g.numero_guia_prestador = f"{i}-{j}"
            for k, it in enumerate(g.dados_pagamento, 1):
                it.sequencial_item = k
                it.valor_glosa_estorno = abs(it.valor_glosa_estorno)
            g.valor_total_glosa_guia = extra + sum(
                (it.valor_glosa_estorno for it in g.dados_pagamento), D(0)
            )
    return protocolos


@por_versao
@settings(max_examples=15)
@given(data=st.data(), extra=st.decimals(D("0"), D("99"), places=2))
def test_drawn_odonto_demonstrativos(versao: str, data: st.DataObject, extra: Decimal) -> None:
    msg = data.draw(na_versao(tst.mensagem("DEMONSTRATIVO_ODONTOLOGIA"), versao))
    m = models.modulo_de(msg)
    protocolos = _reparar(msg, extra)
    p = data.draw(st.sampled_from(protocolos))
    escolhas: list[Any] = []
    total = D(0)
    for g in p.dados_pagamento_guia:
        pares = [
            (it, c.value)
            for it in g.dados_pagamento
            for c in it.codigos_glosa[:1]
            if it.valor_glosa_estorno > 0 and c.value
        ]
        if not pares or not data.draw(st.booleans()):
            continue
        if data.draw(st.booleans()):
            it, codigo = data.draw(st.sampled_from(pares))
            soma = sum(
                (
                    x.valor_glosa_estorno
                    for x in g.dados_pagamento
                    if m.DmTipoGlosa(codigo) in x.codigos_glosa
                ),
                D(0),
            )
            escolhas.append(EscolhaGuia(g.numero_guia_prestador, codigo, "guia"))
            total += soma
            continue
        itens = []
        for it, codigo in data.draw(st.lists(st.sampled_from(pares), min_size=1, unique_by=id)):
            valor = data.draw(st.none() | st.decimals(D("0.01"), it.valor_glosa_estorno, places=2))
            itens.append(ItemEscolhido(it.sequencial_item, codigo, valor))
            total += it.valor_glosa_estorno if valor is None else valor
        escolhas.append(EscolhaItens(g.numero_guia_prestador, itens, "itens"))
    assume(escolhas)
    recurso = _montar(msg, escolhas, protocolo=p.numero_protocolo)
    r = _lido(recurso, versao)
    assert r.valor_total_recursado == total
    assert [g.numero_guia_prestador for g in r.opcao_recurso.recurso_guia] == [
        e.guia for e in escolhas
    ]
    assert _erros(recurso) == []
    assert _contra(recurso, msg) == []
