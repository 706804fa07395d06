"""The lote and protocolo state machines: tables, random walks, refused actions raise,
and the dm_statusProtocolo mapping checked against the TISS domain table."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiss_conecta.errors import TissError, TissLookupError, TransicaoInvalida
from tiss_conecta.models.v4_01_00 import tiss as m
from tiss_conecta.rules import lote, protocolo
from tiss_conecta.rules.lote import AcaoLote, SituacaoLote
from tiss_conecta.rules.protocolo import AcaoProtocolo, Operacao, SituacaoProtocolo

L, AL = SituacaoLote, AcaoLote
P, AP, Op = SituacaoProtocolo, AcaoProtocolo, Operacao


def test_lote_as_the_portal_shows_it() -> None:
    assert lote.aplicar(L.ABERTO, AL.FECHAR) is L.FECHADO
    assert lote.aplicar(L.FECHADO, AL.ENVIAR) is L.ENVIADO
    assert lote.aplicar(L.FECHADO, AL.REABRIR) is L.ABERTO
    assert lote.aplicar(L.ABERTO, AL.EXCLUIR) is L.EXCLUIDO
    assert lote.aplicar(L.FECHADO, AL.EXCLUIR) is L.EXCLUIDO
    assert lote.acoes_permitidas(L.ENVIADO) == frozenset()  # "não poderão ser cancelados"
    assert L.ENVIADO.final
    assert L.EXCLUIDO.final
    assert L.FECHADO.value == "Fechado (envio pendente)"


def test_refused_action_names_the_situation_and_the_allowed_ones() -> None:
    with pytest.raises(TransicaoInvalida) as info:
        lote.aplicar(L.ABERTO, AL.ENVIAR)
    texto = str(info.value)
    assert "Aberto" in texto
    assert "Fechar lote" in texto
    assert "Excluir lote" in texto
    assert isinstance(info.value, TissError)
    with pytest.raises(TransicaoInvalida, match="Enviado à operadora"):
        lote.aplicar(L.ENVIADO, AL.EXCLUIR)


def test_protocolo_in_order() -> None:
    s = P.NAO_ENVIADO
    for acao, esperado in [
        (AP.ENVIAR, P.ENVIADO),
        (AP.INICIAR_ANALISE, P.EM_ANALISE),
        (AP.LIBERAR, P.LIBERADO),
        (AP.FATURAR, P.FATURADO),
    ]:
        s = protocolo.aplicar(s, acao)
        assert s is esperado
    with pytest.raises(TransicaoInvalida, match="Faturado"):
        protocolo.aplicar(s, AP.ENVIAR)


def test_what_each_situation_allows() -> None:
    assert not protocolo.permite(P.EM_ANALISE, Op.DEMONSTRATIVO_ANALISE)
    assert protocolo.permite(P.LIBERADO, Op.DEMONSTRATIVO_ANALISE)
    assert not protocolo.permite(P.LIBERADO, Op.DEMONSTRATIVO_PAGAMENTO)
    assert protocolo.permite(P.FATURADO, Op.DEMONSTRATIVO_PAGAMENTO)
    assert [s for s in P if protocolo.permite(s, Op.RECURSO_GLOSA)] == [P.FATURADO]
    with pytest.raises(TransicaoInvalida) as info:
        protocolo.exigir(P.EM_ANALISE, Op.RECURSO_GLOSA)
    assert "Em análise pela Operadora" in str(info.value)
    assert "Faturado" in str(info.value)


def _tabela_status(shared: Path) -> dict[str, str]:
    with (shared / "tiss/tabelas/dominios/status_protocolo__xsd.csv").open(encoding="utf-8") as f:
        return {r["code"]: r["description"] for r in csv.DictReader(f)}


def test_status_mapping_covers_every_tiss_code(shared: Path) -> None:
    tabela = _tabela_status(shared)
    assert set(tabela) == {s.value for s in m.DmStatusProtocolo} == set(protocolo.DE_STATUS_TISS)
    # meanings from the domain table, read independently of the code under test
    assert tabela["1"] == "Recebido"
    assert protocolo.de_status_tiss("1") is P.ENVIADO
    assert tabela["2"] == "Em análise"
    assert protocolo.de_status_tiss(m.DmStatusProtocolo.VALUE_2) is P.EM_ANALISE
    assert tabela["5"].startswith("Analisado e aguardando")
    assert protocolo.de_status_tiss(5) is P.LIBERADO
    assert tabela["3"] == "Liberado para pagamento"
    assert protocolo.de_status_tiss("3") is P.FATURADO
    sem_gemeo = {
        c
        for c, d in tabela.items()
        if d in {"Encerrado sem pagamento", "Não Localizado", "Cancelado"}
    }
    assert sem_gemeo == protocolo.SEM_GEMEO_NO_PORTAL
    with pytest.raises(TissLookupError, match="10"):
        protocolo.de_status_tiss("10")


def test_status_round_trip_for_portal_situations() -> None:
    assert protocolo.para_status_tiss(P.NAO_ENVIADO) is None
    for s in P:
        codigo = protocolo.para_status_tiss(s)
        if codigo is not None:
            assert protocolo.de_status_tiss(codigo) is s
            assert codigo in {x.value for x in m.DmStatusProtocolo}


@given(st.lists(st.sampled_from(list(AL)), max_size=30))
def test_random_walks_through_the_lote(acoes: list[AcaoLote]) -> None:
    s = L.ABERTO
    for acao in acoes:
        if acao in lote.acoes_permitidas(s):
            s = lote.aplicar(s, acao)
        else:
            with pytest.raises(TransicaoInvalida):
                lote.aplicar(s, acao)
        assert s in lote.TRANSICOES  # never an undefined state
        assert isinstance(s, SituacaoLote)


@given(st.lists(st.sampled_from(list(AP)), max_size=30))
def test_random_walks_through_the_protocolo(acoes: list[AcaoProtocolo]) -> None:
    s = P.NAO_ENVIADO
    ordem = list(P)
    for acao in acoes:
        antes = s
        if protocolo.pode_aplicar(s, acao):
            s = protocolo.aplicar(s, acao)
            assert ordem.index(s) == ordem.index(antes) + 1  # one step forward, never back
        else:
            with pytest.raises(TransicaoInvalida):
                protocolo.aplicar(s, acao)
        assert s in protocolo.TRANSICOES
        assert s in protocolo.PERMISSOES
