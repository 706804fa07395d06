"""The reconciliation: the example by hand in every version, properties over drawn lotes and
demonstrativos, matching, divergences, the JSON contract, the reprs and the recurso."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tiss_conecta as tiss
from tiss_conecta import montagem
from tiss_conecta import strategies as tst
from tiss_conecta.conciliacao import Conciliacao, Situacao, conciliar
from tiss_conecta.errors import TissError
from tiss_conecta.examples import demonstrativo_analise, lote_sadt
from tiss_conecta.leitura import guias_do_lote, numero
from tiss_conecta.models import VERSOES

D = Decimal


def _guias_dem(msg: Any) -> list[Any]:
    conta = msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta[0]
    return list(conta.dados_conta.dados_protocolo[0].relacao_guias)


def _exemplo(versao: str) -> Conciliacao:
    return conciliar([lote_sadt(3, versao=versao)], [demonstrativo_analise(versao=versao)])


@pytest.mark.parametrize("versao", VERSOES)
def test_the_example_by_hand(versao: str) -> None:
    c = _exemplo(versao)
    g1, g2, g3 = c.guias
    assert (g1.numero_guia, g1.situacao, g1.valor_enviado, g1.valor_liberado) == (
        "00000001", Situacao.PAGA, D("155.70"), D("155.70"))  # fmt: skip
    assert g1.valor_glosa == 0
    assert g1.glosas == ()
    assert (g2.situacao, g2.valor_enviado, g2.valor_liberado, g2.valor_glosa, g2.glosas) == (
        Situacao.PAGA_PARCIAL, D("44.20"), D("29.20"), D("15.00"), ("1705",))  # fmt: skip
    assert g2.protocolo == "48740"
    assert g2.lote == "1"
    i1, i2 = g2.itens
    assert (i1.sequencial, i1.situacao, i1.valor_enviado, i1.valor_liberado, i1.glosas) == (
        1, Situacao.PAGA_PARCIAL, D("35.70"), D("20.70"), ("1705",))  # fmt: skip
    assert (i2.situacao, i2.valor_enviado) == (Situacao.PAGA, D("8.50"))
    assert (g3.situacao, g3.valor_enviado, g3.protocolo, g3.valor_informado) == (
        Situacao.SEM_RETORNO, D("11.70"), None, None)  # fmt: skip
    assert all(i.situacao is Situacao.SEM_RETORNO for i in g3.itens)
    assert (c.valor_enviado, c.valor_liberado, c.valor_glosa) == (
        D("211.60"), D("184.90"), D("15.00"))  # fmt: skip
    assert {s.value: t.guias for s, t in c.por_situacao.items()} == {
        "paga": 1, "paga_parcial": 1, "glosada": 0, "sem_retorno": 1, "nao_enviada": 0}  # fmt: skip
    (t,) = c.por_glosa
    assert (t.codigo, t.ocorrencias, t.valor, t.grupo) == (
        "1705",
        1,
        D("15.00"),
        "Regra de Valorização",
    )
    (gr,) = c.por_grupo
    assert (gr.grupo, gr.codigos, gr.valor) == ("Regra de Valorização", ("1705",), D("15.00"))
    assert c.divergencias == ()
    assert not c.tudo_pago


def test_mixed_versions_and_parsed_files() -> None:
    lote = tiss.parse(tiss.examples.caminho("lote-sadt", "4.03.00"))
    dem = tiss.parse(tiss.examples.caminho("demonstrativo-analise", "4.01.00"))
    c = conciliar(lote, dem)
    assert [g.situacao.value for g in c.guias] == ["paga", "paga_parcial", "sem_retorno"]


def test_leading_zeros_are_ignored_in_guia_and_lote() -> None:
    dem = demonstrativo_analise()
    for g in _guias_dem(dem):
        g.numero_guia_prestador = numero(g.numero_guia_prestador)  # "1", "2"
    conta = dem.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta[0]
    conta.dados_conta.dados_protocolo[0].numero_lote_prestador = "0001"
    c = conciliar([lote_sadt(3)], [dem])
    assert [g.situacao.value for g in c.guias] == ["paga", "paga_parcial", "sem_retorno"]
    assert c.guias[0].numero_guia == "00000001"


def test_another_lote_number_answers_nothing() -> None:
    dem = demonstrativo_analise()
    conta = dem.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta[0]
    conta.dados_conta.dados_protocolo[0].numero_lote_prestador = "2"
    c = conciliar([lote_sadt(3)], [dem])
    assert [g.situacao.value for g in c.guias] == ["sem_retorno"] * 3 + ["nao_enviada"] * 2
    assert c.guias[3].lote == "2"
    assert c.guias[3].valor_enviado == 0


def test_items_match_by_procedure_and_date_when_the_sequencial_differs() -> None:
    dem = demonstrativo_analise()
    itens = _guias_dem(dem)[1].detalhes_guia
    itens[0].sequencial_item, itens[1].sequencial_item = 7, 8  # no sequencial matches
    c = conciliar([lote_sadt(3)], [dem])
    i1, i2 = c.guias[1].itens
    assert (i1.sequencial, i1.codigo, i1.situacao, i1.valor_glosa) == (
        1, "40801020", Situacao.PAGA_PARCIAL, D("15.00"))  # fmt: skip
    assert (i2.sequencial, i2.situacao) == (2, Situacao.PAGA)


def test_an_item_answered_on_another_date_is_not_matched() -> None:
    dem = demonstrativo_analise()
    item = _guias_dem(dem)[1].detalhes_guia[1]
    item.sequencial_item = 9
    item.data_realizacao = type(item.data_realizacao)(2020, 1, 1)
    c = conciliar([lote_sadt(3)], [dem])
    assert [i.situacao.value for i in c.guias[1].itens] == [
        "paga_parcial", "sem_retorno", "nao_enviada"]  # fmt: skip


def test_divergences_informado_and_liberado_above() -> None:
    dem = demonstrativo_analise()
    g1 = _guias_dem(dem)[0]
    g1.detalhes_guia[0].valor_informado = D("130.00")  # sent 120.00
    g1.detalhes_guia[1].valor_liberado = D("40.00")  # sent 35.70
    g1.valor_liberado_guia = D("160.00")
    c = conciliar([lote_sadt(3)], [dem])
    guia = c.guias[0]
    assert guia.situacao is Situacao.PAGA
    codigos = sorted((a.codigo, a.item or 0) for a in c.divergencias)
    assert codigos == [
        ("conciliacao.informado_divergente", 1),
        ("conciliacao.liberado_maior", 0),
        ("conciliacao.liberado_maior", 2),
    ]
    (a,) = guia.itens[0].divergencias
    assert a.numero_guia == "00000001"
    assert a.xpath is not None
    assert a.xpath.endswith("relacaoGuias[1]/detalhesGuia[1]")
    assert a.severidade.value == "aviso"
    assert a.glosa is None
    assert a.dica
    assert "130.00" in a.mensagem
    assert "120.00" in a.mensagem


def test_glosada_when_nothing_is_liberado() -> None:
    dem = demonstrativo_analise()
    g2 = _guias_dem(dem)[1]
    g2.valor_liberado_guia = D("0.00")
    g2.valor_glosa_guia = D("44.20")
    c = conciliar([lote_sadt(3)], [dem])
    assert c.guias[1].situacao is Situacao.GLOSADA


def test_the_json_contract() -> None:
    dados = json.loads(json.dumps(_exemplo("4.03.00").to_dict()))
    assert set(dados) >= {"guias", "totais"}
    for g in dados["guias"]:
        assert {"numero_guia", "situacao", "valor_enviado", "valor_liberado", "valor_glosa",
                "glosas"} <= set(g)  # fmt: skip
        assert g["situacao"] in {"paga", "paga_parcial", "glosada", "sem_retorno", "nao_enviada"}
        for k in ("valor_enviado", "valor_liberado", "valor_glosa"):
            assert isinstance(g[k], str)
            assert Decimal(g[k]) == Decimal(g[k]).quantize(D("0.01"))
        assert all(isinstance(c, str) for c in g["glosas"])
    assert dados["guias"][0]["valor_enviado"] == "155.70"
    assert dados["guias"][1]["glosas"] == ["1705"]
    assert dados["guias"][1]["valor_glosa"] == "15.00"
    t = dados["totais"]
    assert (t["valor_enviado"], t["valor_liberado"], t["valor_glosa"]) == (
        "211.60", "184.90", "15.00")  # fmt: skip
    assert [t[s] for s in ("paga", "paga_parcial", "glosada", "sem_retorno", "nao_enviada")] == [
        1, 1, 0, 1, 0]  # fmt: skip


def test_reprs() -> None:
    c = _exemplo("4.02.00")
    assert len(repr(c)) < 1000
    assert len(repr(c.guias[1])) < 1000
    assert "paga_parcial" in repr(c)
    assert "'00000002'" in repr(c.guias[1])
    html = c._repr_html_().replace("\xa0", " ")
    assert "R$ 15,00" in html
    assert "paga parcial" in html
    assert "<table>" in html
    guia = c.guias[1]._repr_html_().replace("\xa0", " ")
    assert "R$ 15,00" in guia
    assert "1705" in guia


def test_reprs_stay_short_and_escaped() -> None:
    lote = lote_sadt(100, itens_por_guia=1)
    for g in lote.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt:
        g.cabecalho_guia.numero_guia_prestador = "<b>" + g.cabecalho_guia.numero_guia_prestador
    c = conciliar([lote], [demonstrativo_analise()])
    assert len(repr(c)) < 1000
    assert len(repr(c.guias[0])) < 1000
    assert "<b>" not in c._repr_html_()
    assert "&lt;b&gt;" in c._repr_html_()


def test_what_is_not_a_lote_or_a_demonstrativo_is_refused() -> None:
    with pytest.raises(TissError, match="lote de guias") as erro:
        conciliar([demonstrativo_analise()], [demonstrativo_analise()])
    assert erro.value.codigo == "conciliacao.entrada"
    with pytest.raises(TissError, match="não traz demonstrativo"):
        conciliar([lote_sadt(3)], [lote_sadt(3)])


@pytest.mark.parametrize("versao", VERSOES)
def test_the_glosadas_lead_to_a_valid_recurso(versao: str) -> None:
    dem = demonstrativo_analise(versao=versao)
    c = conciliar([lote_sadt(3, versao=versao)], [dem])
    escolhas = c.escolhas_de_recurso("Valor contratado.")
    assert len(escolhas) == 1
    assert montagem.verificar_escolhas(dem, escolhas) == D("15.00")
    recurso = montagem.montar_recurso(
        dem, escolhas, numero_guia_prestador="45385", sequencial_transacao="7",
        data=dt.date(2025, 6, 23), hora=dt.time(9, 0))  # fmt: skip
    assert tiss.validate(tiss.to_xml(recurso)).ok
    assert c.escolhas_de_recurso("x", protocolo="999") == []


# --- properties -----------------------------------------------------------------------------

PROPRIEDADES = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _sem_retorno_esperado(lote: Any, dem: Any) -> list[str]:
    respondidas = [numero(g.numero_guia_prestador) for g in _guias_dem(dem)]
    out = []
    for g in guias_do_lote(lote.prestador_para_operadora.lote_guias):
        n = numero(g.numero)
        if n in respondidas:
            respondidas.remove(n)
        else:
            out.append(n)
    return sorted(out)


def _situacoes_desenhadas(c: Conciliacao, dem: Any) -> list[tuple[Any, Situacao | None]]:
    """Each guia sent with the situation its drawn answer must give (``None`` where the
    answer cannot be told: an item whose value the demonstrativo could not carry was
    answered as zero, so what was informado is not what was sent)."""
    brutas = _guias_dem(dem)
    out: list[tuple[Any, Situacao | None]] = []
    for g in c.guias:
        if g.situacao is Situacao.NAO_ENVIADA:
            continue
        if g.xpath_demonstrativo is None:  # omitida
            out.append((g, Situacao.SEM_RETORNO))
            continue
        bruta = brutas[int(g.xpath_demonstrativo.rsplit("[", 1)[1].rstrip("]")) - 1]
        informado, liberado = bruta.valor_informado_guia, bruta.valor_liberado_guia
        if informado != g.valor_enviado:
            out.append((g, None))
        elif liberado == informado:  # paga (or a partial cut of nothing)
            out.append((g, Situacao.PAGA))
        elif liberado == 0:  # glosada (or a partial cut of everything)
            out.append((g, Situacao.GLOSADA))
        else:
            out.append((g, Situacao.PAGA_PARCIAL))
    return out


@pytest.mark.parametrize("versao", VERSOES)
@PROPRIEDADES
@given(dados=st.data())
def test_properties(versao: str, dados: st.DataObject) -> None:
    lote, dem = dados.draw(tst.lote_e_demonstrativo(versao=versao))
    c = conciliar([lote], [dem])
    enviadas = guias_do_lote(lote.prestador_para_operadora.lote_guias)
    # totals per situation add up to the total sent
    assert sum((t.valor_enviado for t in c.por_situacao.values()), D(0)) == c.valor_enviado
    assert sum(t.guias for t in c.por_situacao.values()) == len(c.guias)
    assert c.valor_enviado == sum((i.valor_total or D(0) for g in enviadas for i in g.itens), D(0))
    assert len([g for g in c.guias if g.situacao is not Situacao.NAO_ENVIADA]) == len(enviadas)
    # what the strategy left out is sem_retorno, what it added nao_enviada
    assert sorted(numero(g.numero_guia) for g in c.na_situacao("sem_retorno")) == (
        _sem_retorno_esperado(lote, dem)
    )
    assert all(g.numero_guia.startswith("NE") for g in c.na_situacao("nao_enviada"))
    # each drawn answer gives its situation: the answer read back from the demonstrativo's
    # own values (strategies/_conciliacao.py: paga liberates all that was informado, glosada
    # nothing, paga_parcial what is left after a cut; omitida leaves the guia out)
    assert len(_situacoes_desenhadas(c, dem)) == len(enviadas)
    for g, esperada in _situacoes_desenhadas(c, dem):
        if esperada is not None:
            assert g.situacao is esperada, (g, esperada)
    # a guia removed from the demonstrativo becomes sem_retorno
    guias = _guias_dem(dem)
    respondidas = [
        g for g in c.guias if g.situacao not in (Situacao.SEM_RETORNO, Situacao.NAO_ENVIADA)
    ]
    if respondidas:
        alvo = dados.draw(st.sampled_from(respondidas))
        menor = copy.deepcopy(dem)
        _guias = _guias_dem(menor)
        assert alvo.xpath_demonstrativo is not None
        indice = int(alvo.xpath_demonstrativo.rsplit("[", 1)[1].rstrip("]")) - 1
        del _guias[indice]
        conta = menor.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta
        conta[0].dados_conta.dados_protocolo[0].relacao_guias = _guias
        depois = conciliar([lote], [menor])
        assert depois.por_situacao[Situacao.SEM_RETORNO].guias == (
            c.por_situacao[Situacao.SEM_RETORNO].guias + 1
        )
        assert depois.valor_enviado == c.valor_enviado
    # one added becomes nao_enviada
    maior = copy.deepcopy(dem)
    extra = copy.deepcopy(guias[0]) if guias else None
    if extra is not None:
        extra.numero_guia_prestador = "ADICIONADA"
        conta = maior.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta
        conta[0].dados_conta.dados_protocolo[0].relacao_guias.append(extra)
        depois = conciliar([lote], [maior])
        (nova,) = [g for g in depois.guias if g.numero_guia == "ADICIONADA"]
        assert nova.situacao is Situacao.NAO_ENVIADA
        assert nova.valor_enviado == 0
        assert depois.por_situacao[Situacao.NAO_ENVIADA].guias == (
            c.por_situacao[Situacao.NAO_ENVIADA].guias + 1
        )


@pytest.mark.parametrize("versao", VERSOES)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dados=st.data())
def test_the_drawn_demonstrativos_are_schema_valid(versao: str, dados: st.DataObject) -> None:
    _lote, dem = dados.draw(tst.lote_e_demonstrativo(versao=versao))
    assert tiss.validate(tiss.to_xml(dem)).ok


def test_the_docs_page_examples_run() -> None:
    import doctest

    from tests.conftest import ROOT

    falhas, _ = doctest.testfile(
        str(ROOT / "docs" / "conciliacao.rst"),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert falhas == 0


# --- values beyond 28 digits ----------------------------------------------------------------

GRANDE = "123456789012345678901234567890"


def test_a_30_digit_value_is_kept_exact() -> None:
    """The default decimal context (28 digits) rounded it to ...567900.00."""
    lote = lote_sadt(3)
    item = lote.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[0]
    item.procedimentos_executados.procedimento_executado[0].valor_total = Decimal(GRANDE)
    c = conciliar([lote], [demonstrativo_analise()])
    guia = c.to_dict()["guias"][0]
    assert guia["itens"][0]["valor_enviado"] == GRANDE + ".00"
    # the guia's other item (35.70) adds to it exactly, and so do the totals
    assert guia["valor_enviado"] == "123456789012345678901234567925.70"
    # + guia 2 (44.20) and guia 3 (11.70)
    assert c.to_dict()["totais"]["valor_enviado"] == "123456789012345678901234567981.60"
    assert c.por_situacao[Situacao.SEM_RETORNO].valor_enviado == D("11.70")
    assert "E" not in c.to_dict()["totais"]["valor_enviado"]


# --- odontológico ---------------------------------------------------------------------------


@pytest.mark.parametrize("versao", VERSOES)
def test_an_odontologico_demonstrativo(versao: str) -> None:
    """tests/montagem/exemplos.py's clinic: O-1 informado 210.00, glosa 40.00 (1705) and
    30.00 (1714 and 1702 together); O-2 informado 60.00, glosa 25.00 (1813). Nothing was sent
    here, so both are nao_enviada, with their glosas."""
    from tests.montagem import exemplos

    c = conciliar([], [exemplos.em(versao).odonto()])
    assert [(g.numero_guia, g.situacao, g.valor_liberado, g.valor_glosa, g.glosas)
            for g in c.guias] == [
        ("O-1", Situacao.NAO_ENVIADA, D("140.00"), D("70.00"), ("1705", "1714", "1702")),
        ("O-2", Situacao.NAO_ENVIADA, D("35.00"), D("25.00"), ("1813",)),
    ]  # fmt: skip
    assert [(i.sequencial, i.valor_glosa, i.glosas) for i in c.guias[0].itens] == [
        (1, D("40.00"), ("1705",)), (2, D("30.00"), ("1714", "1702"))]  # fmt: skip
    assert [(t.codigo, t.ocorrencias, t.valor) for t in c.por_glosa] == [
        ("1702", 1, D("0.00")), ("1705", 1, D("40.00")), ("1714", 1, D("30.00")),
        ("1813", 1, D("25.00"))]  # fmt: skip
    assert c.valor_glosa == D("95.00")
    assert sum((t.valor for t in c.por_glosa), D(0)) == c.valor_glosa
