"""The one set of lenient value readers: absent or malformed is ``None`` or empty, never an
exception, whatever the version the value comes from."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from xsdata.models.datatype import XmlDate

from tiss_conecta import models
from tiss_conecta.leitura._valores import data, decimal, inteiro, lista, texto


@pytest.mark.parametrize(
    ("valor", "esperado"),
    [
        (XmlDate(2023, 4, 3), dt.date(2023, 4, 3)),
        (dt.date(2023, 4, 3), dt.date(2023, 4, 3)),
        (None, None),
        ("2023-04-03", None),
        (SimpleNamespace(year=2023, month=2, day=30), None),  # out of range
        (SimpleNamespace(year=99999, month=1, day=1), None),
        (SimpleNamespace(year=None, month=1, day=1), None),
    ],
)
def test_data(valor: Any, esperado: dt.date | None) -> None:
    assert data(valor) == esperado


@pytest.mark.parametrize(
    ("valor", "esperado"),
    [
        (Decimal("300.00"), Decimal("300.00")),
        ("300.00", Decimal("300.00")),
        (7, Decimal(7)),
        (None, None),
        (True, None),
        (1.5, None),  # a float is never money
        ("", None),
        ("abc", None),
        ("NaN", None),
        (Decimal("Infinity"), None),
    ],
)
def test_decimal(valor: Any, esperado: Decimal | None) -> None:
    lido = decimal(valor)
    assert lido == esperado
    if esperado is not None:
        assert str(lido) == str(esperado)  # the places are kept


@pytest.mark.parametrize("versao", list(models.VERSOES))
def test_texto_of_codes_of_every_version(versao: str) -> None:
    m = models.carregar(versao)
    assert texto(m.DmTipoGlosa("1705")) == "1705"
    assert texto(m.DmTabela.VALUE_22) == "22"
    assert texto(m.DmVersao(versao)) == versao


def test_texto_of_absent_blank_and_plain_values() -> None:
    assert texto(None) == ""  # never "None"
    assert texto("") == ""
    assert texto("  ") == "  "  # blanks are the caller's business
    assert texto(48740) == "48740"


def test_inteiro_and_lista() -> None:
    assert inteiro(3) == 3
    assert inteiro(None) is None
    assert inteiro("3") is None
    assert inteiro(Decimal(3)) is None
    assert lista([1, 2]) == [1, 2]
    assert lista((1,)) == (1,)
    assert lista(None) == ()
    assert lista("ab") == ()  # a text is not a repeated element


@given(st.one_of(st.none(), st.text(), st.integers(), st.floats(), st.booleans(), st.decimals()))
def test_no_reader_raises(valor: Any) -> None:
    assert data(valor) is None
    lido = decimal(valor)
    assert lido is None or (isinstance(lido, Decimal) and lido.is_finite())
    assert texto(valor) == ("" if valor is None else str(valor))
    assert inteiro(valor) in (None, valor)
    assert lista(valor) == ()
