"""Money and dates for people (pt_BR by default)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tiss_conecta import formato


def test_reais_in_pt_br() -> None:
    assert formato.reais(Decimal("1234.5")).replace("\xa0", " ") == "R$ 1.234,50"
    assert formato.reais(Decimal("0")).replace("\xa0", " ") == "R$ 0,00"


def test_data_in_pt_br_and_other_locales() -> None:
    assert formato.data(dt.date(2024, 2, 29)) == "29/02/2024"
    assert formato.data(None) == "-"
    assert formato.data(dt.date(2024, 2, 29), "en_US") == "2/29/24"


@given(st.dates(min_value=dt.date(1900, 1, 1)))
def test_data_reads_back(dia: dt.date) -> None:
    assert dt.datetime.strptime(formato.data(dia), "%d/%m/%Y").date() == dia


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_reais_keeps_every_centavo(valor: Decimal) -> None:
    texto = formato.reais(valor).removeprefix("R$").strip("\xa0 ")
    assert Decimal(texto.replace(".", "").replace(",", ".")) == valor


def test_sizes_in_the_portals_megabytes() -> None:
    assert formato.megabytes(15 * 1024 * 1024) == "15 MB"
    assert formato.megabytes(1_572_864) == "1,5 MB"
    assert formato.megabytes(512_000) == "0,49 MB"
    assert formato.tamanho(15 * 1024 * 1024 + 1) == "15 MB (15.728.641 bytes)"
