"""The round trip of the issue, in every version: ``parse(to_xml(m)) == m`` but for the
epilogo hash, and ``to_xml(parse(data)) == data``.

For lotes of each of the five guia types, the demonstrativo de análise de conta, the recurso
de glosa and every ``tipoTransacao``, each inside a whole ``mensagemTISS`` valid against the
XSD of its version.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tiss_conecta
from tests.strategies.conftest import VERSOES, assert_valid, xsd
from tiss_conecta import strategies as tst


def _lote(tipo: str) -> Callable[[str], st.SearchStrategy[Any]]:
    return lambda versao: tst.lote_guias(tipo, max_guias=2, versao=versao)


CASOS: dict[str, Callable[[str], st.SearchStrategy[Any]]] = {
    **{f"lote_guias_{tipo}": _lote(tipo) for tipo in tst.TIPOS_GUIA},
    "demonstrativo_analise_conta": lambda versao: tst.mensagem_demonstrativo_analise_conta(
        versao=versao
    ),
    "recurso_glosa": lambda versao: tst.mensagem_recurso_glosa(versao=versao),
}


def _ida_e_volta(mensagem: Any, versao: str) -> None:
    data = tiss_conecta.to_xml(mensagem)
    assert_valid(xsd(versao), data)
    relida = tiss_conecta.parse(data)
    assert type(relida) is type(mensagem)
    assert relida == dataclasses.replace(mensagem, epilogo=relida.epilogo)
    hash_ = tiss_conecta.verify_hash(data, strict=True)
    assert hash_.ok
    assert hash_.declarado == relida.epilogo.hash == tiss_conecta.compute_hash(mensagem)
    assert tiss_conecta.validate(data).ok
    assert tiss_conecta.to_xml(relida) == data


@pytest.mark.parametrize("caso", CASOS)
@pytest.mark.parametrize("versao", VERSOES)
def test_round_trip(versao: str, caso: str) -> None:
    @settings(max_examples=15)
    @given(CASOS[caso](versao))
    def check(mensagem: Any) -> None:
        _ida_e_volta(mensagem, versao)

    check()


@pytest.mark.parametrize("tipo", sorted(tst.TRANSACOES))
@pytest.mark.parametrize("versao", VERSOES)
def test_round_trip_of_each_tipo_transacao(versao: str, tipo: str) -> None:
    @settings(max_examples=6)
    @given(tst.mensagem(tipo, versao=versao))
    def check(mensagem: Any) -> None:
        _ida_e_volta(mensagem, versao)

    check()
