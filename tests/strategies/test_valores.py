"""Simple values within their XSD restrictions, field overrides, and the public surface."""

from __future__ import annotations

import dataclasses
import enum
import inspect
import re
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from types import ModuleType
from typing import Any

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample
from xsdata.models.datatype import XmlDate, XmlTime

from tests.strategies.conftest import VERSOES
from tiss_conecta import models
from tiss_conecta import strategies as tst
from tiss_conecta.errors import TissVersionError
from tiss_conecta.strategies._build import field_strategy
from tiss_conecta.strategies._content import CONTEXT
from tiss_conecta.strategies._values import simple_value


@pytest.fixture(scope="module", params=VERSOES)
def tiss(request: pytest.FixtureRequest) -> ModuleType:
    """The generated models of each version."""
    return models.carregar(request.param)


def _digits(value: Decimal) -> tuple[int, int]:
    """(total, fraction) digits of a decimal as written in XML, leading zeros not counted."""
    whole, _, fraction = f"{value:f}".lstrip("-").partition(".")
    return len(whole.lstrip("0")) + len(fraction), len(fraction)


@given(st.data(), st.integers(0, 4), st.integers(1, 12))
def test_latin1_text_has_no_edge_blanks(data: st.DataObject, low: int, extra: int) -> None:
    text = data.draw(tst.texto_latin1(max(low, 1), low + extra))
    assert max(low, 1) <= len(text) <= low + extra
    text.encode("iso-8859-1")
    assert text == text.strip()
    assert all(0x20 <= ord(ch) < 0x7F or 0xA0 <= ord(ch) <= 0xFF for ch in text)  # no controls


@given(simple_value(str, {"min_length": 2, "max_length": 5}))
def test_text_lengths(text: str) -> None:
    assert 2 <= len(text) <= 5


@given(simple_value(str, {"pattern": "[a-zA-Z0-9]+", "min_length": 1, "max_length": 4}))
def test_text_pattern_and_lengths(text: str) -> None:
    assert re.fullmatch("[a-zA-Z0-9]{1,4}", text)


PATTERNS = [
    "[0-9]{6}",
    "[OLMVDIP]{1,5}",
    "[a-zA-Z0-9]+",
    "[0-9]{4}[0-9]{2}",
    "[0-9]{11,14}",
    "[a-z]{2,}x?",
    "[0-9]{2}-[A-F]",
    "(ab|cd)[0-9]",
    "[A-Z0-9]{12}[0-9]{2}|[0-9]{11}",
    "[a|]{2}|x|",
    "a(b|c)|[0-9]",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_text_matches_any_pattern(pattern: str) -> None:
    @given(simple_value(str, {"pattern": pattern}))
    def check(text: str) -> None:
        assert re.fullmatch(pattern, text)
        text.encode("iso-8859-1")

    check()


@given(simple_value(Decimal, {"total_digits": 10, "fraction_digits": 2}))
def test_decimal_digits(value: Decimal) -> None:
    total, fraction = _digits(value)
    assert total <= 10
    assert fraction == 2
    assert value.is_finite()


@given(
    simple_value(
        Decimal,
        {"total_digits": 5, "fraction_digits": 2, "min_inclusive": "0", "max_exclusive": "10"},
    )
)
def test_decimal_bounds(value: Decimal) -> None:
    assert Decimal(0) <= value < Decimal(10)


@given(simple_value(int, {"total_digits": 3}))
def test_integer_digits(value: int) -> None:
    assert -999 <= value <= 999


@given(simple_value(XmlDate, {"min_inclusive": "2024-02-28", "max_exclusive": "2024-03-02"}))
def test_date_bounds(value: XmlDate) -> None:
    assert value.offset is None
    assert (value.year, value.month, value.day) in {(2024, 2, 28), (2024, 2, 29), (2024, 3, 1)}


@given(simple_value(XmlTime, {}))
def test_time_whole_seconds(value: XmlTime) -> None:
    assert value.fractional_second == 0
    assert value.offset is None


def _all_drawn(strategy: st.SearchStrategy[Any], most: int) -> set[Any]:
    """Every value ``strategy`` can draw (Hypothesis stops when it has seen them all)."""
    seen: set[Any] = set()

    def note(value: Any) -> bool:
        seen.add(value)
        return False

    options = settings(max_examples=most, database=None, derandomize=True, phases=[Phase.generate])
    with pytest.raises(NoSuchExample):
        find(strategy, note, settings=options)
    return seen


def _enum_fields(tiss: ModuleType) -> dict[type[enum.Enum], tuple[type, str]]:
    """Each enum some field of the version's classes takes, and one such field."""
    found: dict[type[enum.Enum], tuple[type, str]] = {}
    pending = [c for c in vars(tiss).values() if inspect.isclass(c)]
    visited: set[type] = set()
    while pending:
        cls = pending.pop()
        if cls in visited or not dataclasses.is_dataclass(cls):
            continue
        visited.add(cls)
        pending += [c for c in vars(cls).values() if inspect.isclass(c)]
        for var in CONTEXT.build(cls).get_all_vars():
            kind = var.types[0]
            if var.clazz is None and issubclass(kind, enum.Enum):
                found.setdefault(kind, (cls, var.name))
    return found


def test_enums_never_draw_an_empty_code(tiss: ModuleType) -> None:
    # dm_tipoGlosa lists <enumeration value=""/>: drawn (as cabecalho/falhaNegocio) it was
    # written as an empty element and read back as the plain string "".
    fields = _enum_fields(tiss)
    assert tiss.DmTipoGlosa in fields
    assert [m for m in tiss.DmTipoGlosa if m.value == ""]
    for kind, (cls, name) in fields.items():
        codes = {member for member in kind if member.value != ""}
        assert _all_drawn(field_strategy(cls, name), 4 * len(kind)) == codes, kind.__name__


@given(st.data())
def test_enum_members(tiss: ModuleType, data: st.DataObject) -> None:
    assert isinstance(data.draw(simple_value(tiss.DmTipoGuia, {})), tiss.DmTipoGuia)


def test_unsupported_type_is_refused() -> None:
    with pytest.raises(TypeError, match="complex"):
        simple_value(complex, {})


@given(st.data())
def test_an_overridden_field_is_the_choice_taken(tiss: ModuleType, data: st.DataObject) -> None:
    origem = data.draw(
        tst.construir(tiss.CabecalhoTransacao.Origem, registro_ans=st.just("123456"))
    )
    assert origem.registro_ans == "123456"
    assert origem.identificacao_prestador is None


@pytest.mark.parametrize("versao", VERSOES)
def test_bad_arguments_are_refused(versao: str) -> None:
    with pytest.raises(TypeError, match="nao_existe"):
        tst.construir(models.carregar(versao).CtmGuiaLote, nao_existe=st.none())
    with pytest.raises(ValueError, match="tipoTransacao"):
        tst.mensagem("ENVIO_LOTE", versao=versao)
    with pytest.raises(TypeError, match="tipo_transacao"):
        tst.mensagem(None, st.none(), versao=versao)
    with pytest.raises(ValueError, match="tipo de guia"):
        tst.lote_guias("sadt", versao=versao)
    with pytest.raises(ValueError, match="1 a 100"):
        tst.lote_guias("consulta", max_guias=101, versao=versao)
    with pytest.raises(TypeError, match="xsdata"):
        tst.construir(int)


@pytest.mark.parametrize("versao", VERSOES)
def test_mensagem_takes_the_enum_too(versao: str) -> None:
    tiss = models.carregar(versao)

    @settings(max_examples=10)
    @given(tst.mensagem(tiss.DmTipoTransacao.CANCELA_GUIA, versao=versao))
    def check(mensagem: Any) -> None:
        assert isinstance(mensagem, tiss.MensagemTiss)
        assert mensagem.cabecalho.identificacao_transacao.tipo_transacao.value == "CANCELA_GUIA"

    check()


def test_every_tipo_transacao_has_a_message(tiss: ModuleType) -> None:
    assert set(tst.TRANSACOES) == {t.value for t in tiss.DmTipoTransacao}


PUBLICAS: dict[str, Callable[..., st.SearchStrategy[Any]]] = {
    "guia_consulta": tst.guia_consulta,
    "guia_sp_sadt": tst.guia_sp_sadt,
    "guia_resumo_internacao": tst.guia_resumo_internacao,
    "guia_honorarios": tst.guia_honorarios,
    "guia_odontologia": tst.guia_odontologia,
    "guia": lambda **kw: tst.guia("consulta", **kw),
    "demonstrativo_analise_conta": tst.demonstrativo_analise_conta,
    "recurso_glosa": tst.recurso_glosa,
    "mensagem()": tst.mensagem,
    "mensagem(tipo)": lambda **kw: tst.mensagem("CANCELA_GUIA", **kw),
    "lote_guias": lambda **kw: tst.lote_guias("sp_sadt", **kw),
    "mensagem_demonstrativo_analise_conta": tst.mensagem_demonstrativo_analise_conta,
    "mensagem_recurso_glosa": tst.mensagem_recurso_glosa,
}


@pytest.mark.parametrize("nome", PUBLICAS)
def test_an_unknown_versao_is_refused(nome: str) -> None:
    with pytest.raises(TissVersionError, match=r"4\.01\.00, 4\.02\.00, 4\.03\.00"):
        PUBLICAS[nome](versao="4.00.01")


@pytest.mark.parametrize("nome", PUBLICAS)
@pytest.mark.parametrize("versao", VERSOES)
def test_every_strategy_draws_the_versao_asked(nome: str, versao: str) -> None:
    @settings(max_examples=3)
    @given(PUBLICAS[nome](versao=versao))
    def check(obj: Any) -> None:
        assert models.versao_de(obj) == versao
        padrao = getattr(getattr(obj, "cabecalho", None), "padrao", None)
        assert padrao is None or padrao.value == versao

    check()


def test_the_default_versao_is_the_models_default() -> None:
    @settings(max_examples=3)
    @given(st.tuples(tst.mensagem(), tst.guia_consulta(), tst.lote_guias("consulta")))
    def check(objetos: tuple[Any, ...]) -> None:
        assert {models.versao_de(obj) for obj in objetos} == {models.VERSAO_PADRAO}

    check()


def test_the_package_works_without_hypothesis() -> None:
    code = (
        "import sys, tiss_conecta, tiss_conecta.codec, tiss_conecta.cli, tiss_conecta.glosas,"
        " tiss_conecta.rules, tiss_conecta.examples;"
        "tiss_conecta.parse;"
        "assert 'hypothesis' not in sys.modules, 'hypothesis importado'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
