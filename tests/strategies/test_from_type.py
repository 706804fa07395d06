"""``st.from_type`` and ``st.builds`` on the generated models, as a new user writes them.

The registration comes from Hypothesis's ``hypothesis`` entry point (``_registro``); the
subprocess tests prove it needs nothing of ours imported first. The 200 examples per message
type and version are run by ``benchmarks/bench_strategies.py`` (with examples per second);
here, 20 per type and version.
"""

from __future__ import annotations

import datetime as dt
import enum
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from xsdata.models.datatype import XmlDate, XmlDateTime, XmlTime

import tiss_conecta
from tests.strategies.conftest import VERSOES, assert_valid, fragment, fragment_xsd
from tiss_conecta import models
from tiss_conecta import strategies as tst
from tiss_conecta.models.v4_03_00 import CtmSpSadtGuia
from tiss_conecta.strategies import _registro

POR_TIPO = 20
"""Examples per (tipoTransacao, version) in the suite (200 in the benchmark)."""


def _rodar(codigo: str) -> str:
    resultado = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(codigo)], capture_output=True, text=True
    )
    assert resultado.returncode == 0, resultado.stderr[-3000:]
    return resultado.stdout


def test_from_type_works_with_nothing_of_ours_imported_first() -> None:
    saida = _rodar(
        """
        import sys
        import hypothesis
        from hypothesis import given, settings, strategies as st
        carregados = sorted(m for m in sys.modules if m.startswith("tiss_conecta"))
        # the hook imports no model and none of the strategies' machinery
        assert not [m for m in carregados if ".models.v4" in m or "._build" in m], carregados
        from tiss_conecta.models.v4_03_00 import CtmSpSadtGuia, MensagemTiss
        from tiss_conecta.models.v4_01_00 import CtmConsultaGuia
        import tiss_conecta as tiss

        @settings(max_examples=10, deadline=None, database=None)
        @given(
            st.from_type(MensagemTiss), st.from_type(CtmSpSadtGuia), st.from_type(CtmConsultaGuia)
        )
        def test(mensagem, sadt, consulta):
            assert type(sadt) is CtmSpSadtGuia and type(consulta) is CtmConsultaGuia
            assert tiss.validate(tiss.to_xml(mensagem)).ok
            assert mensagem.cabecalho.padrao.value == "4.03.00"

        test()
        print("ok")
        """
    )
    assert saida.strip() == "ok"


def test_the_registration_leaves_other_types_alone() -> None:
    # Hypothesis asks every resolver registered for a subclass when it resolves a base class:
    # ours must decline what is not a generated class, or st.from_type(object) — and any user
    # dataclass with a field typed object — breaks in every project that installs us
    saida = _rodar(
        """
        import dataclasses
        from hypothesis import given, settings, strategies as st
        import tiss_conecta
        tiss_conecta.models.carregar("4.02.00")

        @dataclasses.dataclass
        class Meu:
            carga: object

        vistos = []

        @settings(max_examples=5, database=None)
        @given(st.from_type(object), st.from_type(Meu))
        def test(qualquer, meu):
            vistos.append(type(meu).__name__)

        test()
        print(sorted(set(vistos)))
        """
    )
    assert saida.strip() == "['Meu']"


def test_models_loaded_before_hypothesis_are_registered_by_the_hook() -> None:
    saida = _rodar(
        """
        from tiss_conecta.models.v4_02_00 import CtmSpSadtGuia, MensagemTiss
        import tiss_conecta as tiss
        from hypothesis import given, settings, strategies as st

        @settings(max_examples=5, deadline=None, database=None)
        @given(st.from_type(MensagemTiss))
        def test(mensagem):
            assert tiss.validate(tiss.to_xml(mensagem)).ok

        test()
        print("ok")
        """
    )
    assert saida.strip() == "ok"


def test_the_hook_registers_versions_as_they_load() -> None:
    saida = _rodar(
        """
        import hypothesis
        from tiss_conecta.strategies import _registro
        antes = _registro.registrados()
        from tiss_conecta import models
        models.carregar("4.02.00")
        print(sorted(antes), sorted(_registro.registrados()))
        """
    )
    assert saida.strip() == "[] ['4.02.00']"


@pytest.mark.parametrize("versao", VERSOES)
def test_from_type_of_mensagem_is_every_transaction_of_its_version(versao: str) -> None:
    m = models.carregar(versao)
    assert st.from_type(m.MensagemTiss) is tst.mensagem(versao=versao)

    @settings(max_examples=60, deadline=None)
    @given(st.from_type(m.MensagemTiss))
    def test(mensagem: Any) -> None:
        assert tiss_conecta.validate(tiss_conecta.to_xml(mensagem)).ok
        assert mensagem.cabecalho.padrao.value == versao

    test()


@pytest.mark.parametrize("tipo", sorted(tst.TRANSACOES))
@pytest.mark.parametrize("versao", VERSOES)
def test_each_transaction_of_from_type_is_schema_valid(versao: str, tipo: str) -> None:
    """The branch of ``from_type(MensagemTiss)`` for ``tipo``: 100% valid."""

    @settings(max_examples=POR_TIPO, deadline=None)
    @given(tst.mensagem(tipo, versao=versao))
    def test(mensagem: Any) -> None:
        relatorio = tiss_conecta.validate(tiss_conecta.to_xml(mensagem))
        assert relatorio.ok, relatorio
        assert mensagem.cabecalho.identificacao_transacao.tipo_transacao.value == tipo

    test()


def _guia_e_data(guia: CtmSpSadtGuia, data: XmlDate) -> tuple[CtmSpSadtGuia, XmlDate]:
    """A function of the user's, annotated with a model type."""
    return guia, data


def test_builds_of_a_function_annotated_with_a_model() -> None:
    schema = fragment_xsd("4.03.00")

    @settings(max_examples=10, deadline=None)
    @given(st.builds(_guia_e_data))
    def test(par: tuple[CtmSpSadtGuia, XmlDate]) -> None:
        guia, data = par
        assert type(guia) is CtmSpSadtGuia
        assert_valid(schema, fragment(guia))
        assert 1900 <= data.year <= 2099

    test()


@settings(max_examples=100, deadline=None)
@given(st.from_type(XmlDate), st.from_type(XmlTime), st.from_type(XmlDateTime))
def test_xsdata_dates_and_times_are_valid(
    data: XmlDate, hora: XmlTime, momento: XmlDateTime
) -> None:
    assert XmlDate.from_string(str(data)) == data
    assert dt.date(1900, 1, 1) <= data.to_date() <= dt.date(2099, 12, 31)
    assert XmlTime.from_string(str(hora)) == hora
    assert XmlDateTime.from_string(str(momento)).to_datetime() == momento.to_datetime()


@pytest.mark.parametrize("versao", VERSOES)
def test_every_generated_class_is_drawn_by_from_type(versao: str) -> None:
    modulo = models.carregar(versao)
    classes = list(_registro._classes(modulo))
    assert len(classes) > 400
    for cls in classes:
        vistos: list[Any] = []

        @settings(max_examples=1, deadline=None, database=None, phases=[Phase.generate])
        @given(st.from_type(cls))
        def test(valor: Any) -> None:
            vistos.append(valor)  # noqa: B023

        test()
        valor = vistos[0]
        assert type(valor) is cls, cls
        if isinstance(valor, enum.Enum):
            assert valor.value != ""


def test_a_failure_shrinks_to_a_small_message() -> None:
    m = models.carregar("4.03.00")
    vistos: list[Any] = []

    @settings(max_examples=100, deadline=None, database=None, derandomize=True)
    @given(st.from_type(m.MensagemTiss))
    def test(mensagem: Any) -> None:
        vistos.append(mensagem)
        assert mensagem.operadora_para_prestador is None  # fails on every operadora message

    with pytest.raises(AssertionError):
        test()
    minimo = tiss_conecta.to_xml(vistos[-1])
    assert vistos[-1].operadora_para_prestador is not None
    assert len(minimo) < 3000, minimo.decode("latin-1")
