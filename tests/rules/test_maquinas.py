"""The lote and protocolo state machines: tables, random walks, refused actions raise,
and the dm_statusProtocolo mapping checked against the TISS domain table and each version's
enumeration (code 10 from 4.02.00 on)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiss_conecta import models
from tiss_conecta.errors import TissError, TissLookupError, TissVersionError, TransicaoInvalida
from tiss_conecta.models import VERSOES, esquema
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


def _codigos(versao: str) -> set[str]:
    return {s.value for s in models.carregar(versao).DmStatusProtocolo}


def test_status_mapping_covers_every_tiss_code(shared: Path) -> None:
    tabela = _tabela_status(shared)  # the 4.01.00 domain table: codes 1..9
    assert set(tabela) == _codigos("4.01.00")
    # 4.02.00 and 4.03.00 add code 10 (issue 7, DOMAIN.md); the mapping covers every version
    assert _codigos("4.02.00") == _codigos("4.03.00") == set(tabela) | {"10"}
    assert set(protocolo.DE_STATUS_TISS) == set().union(*map(_codigos, VERSOES))
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
    # code 10, "Bloqueio judicial - prestador", has no situation in the Conecta portal either
    assert sem_gemeo | {"10"} == protocolo.SEM_GEMEO_NO_PORTAL
    with pytest.raises(TissLookupError, match="11"):
        protocolo.de_status_tiss("11")


def test_meanings_of_1_to_9_agree_with_the_domain_table_in_every_version(
    shared: Path, versao: str
) -> None:
    tabela = _tabela_status(shared)
    significados = esquema.significados(versao, "dm_statusProtocolo")
    assert set(significados) == _codigos(versao)
    assert {c: significados[c] for c in tabela} == tabela


@pytest.mark.parametrize("versao", ["4.02.00", "4.03.00"])
def test_status_10_bloqueio_judicial(versao: str) -> None:
    enum = models.carregar(versao).DmStatusProtocolo("10")
    assert protocolo.de_status_tiss(enum) is None  # no portal twin
    assert protocolo.de_status_tiss("10", versao) is None
    assert protocolo.de_status_tiss(10) is None  # any supported version has it
    # the meaning the 4.02.00 XSD gives in a comment beside the enumeration (issue 7)
    significado = esquema.significados(versao, "dm_statusProtocolo")["10"]
    assert significado == "Bloqueio judicial - prestador"
    assert "10" in protocolo.SEM_GEMEO_NO_PORTAL


def test_status_10_does_not_exist_in_401() -> None:
    with pytest.raises(TissLookupError, match=r"4\.01\.00") as info:
        protocolo.de_status_tiss("10", "4.01.00")
    assert info.value.codigo == "protocolo.status_desconhecido"
    assert "1 a 9" in str(info.value)
    assert "10" not in esquema.significados("4.01.00", "dm_statusProtocolo")


@pytest.mark.parametrize("codigo", ["0", "11", "", "A", "01"])
def test_an_unknown_code_raises_on_every_version(codigo: str, versao: str) -> None:
    with pytest.raises(TissLookupError, match="dm_statusProtocolo"):
        protocolo.de_status_tiss(codigo, versao)
    with pytest.raises(TissLookupError):
        protocolo.de_status_tiss(codigo)


def test_an_unknown_version_is_a_version_error() -> None:
    with pytest.raises(TissVersionError):
        protocolo.de_status_tiss("1", "3.05.00")
    with pytest.raises(TissVersionError):
        esquema.significados("4.00.01", "dm_statusProtocolo")


def test_status_round_trip_for_portal_situations(versao: str) -> None:
    assert protocolo.para_status_tiss(P.NAO_ENVIADO) is None
    for s in P:
        codigo = protocolo.para_status_tiss(s)
        if codigo is not None:
            assert protocolo.de_status_tiss(codigo, versao) is s
            assert codigo in _codigos(versao)


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
