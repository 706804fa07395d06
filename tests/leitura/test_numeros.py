"""The one normaliser of protocolo, lote and guia numbers, and everyone who uses it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiss_conecta.leitura import numero
from tiss_conecta.rules.recurso import Alvo

DIGITOS = st.text("0123456789", min_size=1, max_size=12)


@pytest.mark.parametrize(
    ("entrada", "esperado"),
    [
        ("000048740", "48740"),
        ("48740", "48740"),
        (" 0048740 ", "48740"),
        ("000", "0"),
        ("0", "0"),
        ("", ""),
        ("   ", ""),
        (None, ""),
        ("A-0012", "A-0012"),
        ("00A1", "00A1"),
        ("１２", "１２"),  # digits of another script are not ASCII digits: kept as written
    ],
)
def test_leading_zeros_blanks_and_absence(entrada: str | None, esperado: str) -> None:
    assert numero(entrada) == esperado


@given(DIGITOS, st.integers(0, 5), st.text(" \t", max_size=2))
def test_zeros_and_blanks_do_not_change_a_numeric_number(d: str, zeros: int, branco: str) -> None:
    assert numero(branco + "0" * zeros + d + branco) == numero(d) == str(int(d))


@given(st.text(max_size=15))
def test_normalising_twice_changes_nothing(texto: str) -> None:
    assert numero(numero(texto)) == numero(texto)


def test_recurso_rules_and_builder_compare_the_same_way() -> None:
    assert Alvo("000") == Alvo("0")
    assert Alvo("000048740", "0012") == Alvo("48740", "0012")
    assert Alvo("48740", "12") == Alvo("48740", "0012")
    assert Alvo("48740").guia is None  # the whole protocolo
