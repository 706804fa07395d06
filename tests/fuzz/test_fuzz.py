"""The bounded fuzz run of ``make test``: only TissError comes out of the library.

Each test draws its inputs from one family of mutators of :mod:`tests.fuzz.harness` and runs
every entry point on them (:func:`~tests.fuzz.harness.exercitar`); ``make fuzz`` runs the
same for minutes. Under CI the root conftest's profile derandomizes them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fuzz import harness


def _so_tiss_error(dados: bytes) -> None:
    r = harness.exercitar(dados)
    assert not r.inesperados, f"{r.inesperados}\n\n" + "\n".join(r.rastros.values())


@pytest.mark.parametrize("n", range(len(harness.sementes())))
def test_sementes_como_estao(n: int) -> None:
    _so_tiss_error(harness.sementes()[n])


@settings(max_examples=200)
@given(harness.semente(geradas=False).flatmap(harness.mutacao_bytes))
def test_mutacoes_de_bytes(dados: bytes) -> None:
    _so_tiss_error(dados)


@settings(max_examples=200)
@given(harness.semente(geradas=False).flatmap(harness.mutacao_estrutura))
def test_mutacoes_de_estrutura(dados: bytes) -> None:
    _so_tiss_error(dados)


@settings(max_examples=100)
@given(harness.mensagens_geradas().flatmap(harness.mutacao_estrutura))
def test_mensagens_geradas_mutadas(dados: bytes) -> None:
    _so_tiss_error(dados)


@settings(max_examples=150)
@given(harness.entradas())
def test_mutacoes_combinadas(dados: bytes) -> None:
    _so_tiss_error(dados)


@settings(max_examples=100)
@given(st.binary(max_size=2048))
def test_bytes_quaisquer(dados: bytes) -> None:
    _so_tiss_error(dados)


@pytest.mark.parametrize("doctype", harness.DOCTYPES)
def test_doctypes_em_cada_exemplo(doctype: bytes) -> None:
    for semente in harness.sementes_exemplos():
        fim = harness._declaracao_fim(semente)
        referencia = semente.replace(b"</ans:cabecalho>", b"&g;&xxe;</ans:cabecalho>", 1)
        _so_tiss_error(semente[:fim] + doctype + semente[fim:])
        _so_tiss_error(referencia[:fim] + doctype + referencia[fim:])


def test_resultado_marca_o_inesperado() -> None:
    """The harness itself: an exception other than TissError is UNEXPECTED, a TissError out of
    validate too, and the entry points after a failed parse are skipped."""
    r = harness.Resultado()

    def falha() -> None:
        raise ValueError("x")

    harness._rodar(r, "parse", falha)
    assert r.desfechos["parse"].startswith("UNEXPECTED ValueError")
    assert "ValueError" in r.rastros["parse"]
    r = harness.exercitar(b"nada")
    assert r.ok
    assert r.desfechos["parse"].startswith("TissError(")
    assert r.desfechos["check"] == harness.PULADO
    assert r.desfechos["validate"] == harness.OK
