"""What makes ``check`` cheap answers as the plain way would: the identifier walk, which
enters only the fields whose declared type can hold an identifier, finds what a walk of every
field finds; the memoized helpers (dates written out, an item's expected total, XmlDate read
as a date) and the reading of values give what the plain functions give."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xsdata.models.datatype import XmlDate

from tiss_conecta import formato, models
from tiss_conecta import strategies as tst
from tiss_conecta.leitura._valores import LIMITE_DE_DIGITOS, data, decimal
from tiss_conecta.models import VERSOES
from tiss_conecta.rules import _comum, identificadores, totais
from tiss_conecta.rules.identificadores import _IDENTIFICADORES, _NAO_PERCORRER

GRANDES = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]


def _todos_os_campos(obj: Any, xpath: str) -> Iterator[tuple[str, str, str]]:
    """The walk as it was: every field of every dataclass, signatures left out."""
    for campo in dataclasses.fields(obj):
        nome = campo.metadata.get("name", campo.name)
        if nome in _NAO_PERCORRER:
            continue
        valor = getattr(obj, campo.name)
        if valor is None:
            continue
        if isinstance(valor, str):
            if nome in _IDENTIFICADORES:
                yield f"{xpath}/{nome}", nome, valor
        elif isinstance(valor, list):
            for i, v in enumerate(valor, 1):
                if dataclasses.is_dataclass(v):
                    yield from _todos_os_campos(v, f"{xpath}/{nome}[{i}]")
                elif isinstance(v, str) and nome in _IDENTIFICADORES:
                    yield f"{xpath}/{nome}[{i}]", nome, v
        elif dataclasses.is_dataclass(valor):
            yield from _todos_os_campos(valor, f"{xpath}/{nome}")


def _caminho(mensagem: Any) -> list[tuple[str, str, str]]:
    campos = identificadores._campos(type(mensagem)) or ()
    return identificadores._percorrer(mensagem, "/mensagemTISS", campos, [])


@pytest.mark.parametrize("versao", list(VERSOES))
def test_the_walk_finds_every_identifier_a_walk_of_every_field_finds(versao: str) -> None:
    @settings(max_examples=30, suppress_health_check=GRANDES)
    @given(
        st.one_of(
            *(tst.lote_guias(tipo, max_guias=2, versao=versao) for tipo in sorted(tst.TIPOS_GUIA)),
            tst.mensagem(versao=versao),
        )
    )
    def propriedade(mensagem: Any) -> None:
        assert _caminho(mensagem) == list(_todos_os_campos(mensagem, "/mensagemTISS"))

    propriedade()


def test_the_walk_enters_no_values_nor_dates(versao: str) -> None:
    m = models.carregar(versao)
    for classe in (m.CtGuiaValorTotal, m.CtProcedimentoDados):
        assert identificadores._campos(classe) == ()
    assert identificadores._campos(XmlDate) is None
    nomes = {nome for _, nome, _ in identificadores._campos(m.CtmSpSadtGuia) or ()}
    assert "valorTotal" not in nomes
    assert {"cabecalhoGuia", "dadosExecutante"} <= nomes


DIAS = st.dates() | st.datetimes() | st.none()


@given(DIAS)
def test_dates_written_out_as_formato_writes_them(dia: dt.date | None) -> None:
    assert _comum.data(dia) == formato.data(dia)


@given(st.dates())
def test_an_xml_date_reads_as_its_day(dia: dt.date) -> None:
    xml = XmlDate(dia.year, dia.month, dia.day)
    assert data(xml) == dia
    assert data(xml) == data(XmlDate(dia.year, dia.month, dia.day, -180))


VALORES = st.decimals(
    allow_nan=False, allow_infinity=False, places=None, min_value=-(10**12), max_value=10**12
)


@given(
    st.tuples(VALORES, VALORES, VALORES)
    | st.sampled_from(
        [
            (Decimal("-0"), Decimal("8.50"), Decimal("1.00")),
            (Decimal("0"), Decimal("8.50"), Decimal("1.00")),
            (Decimal("0E-7"), Decimal("-3.20"), Decimal("0.7")),
            (Decimal("3"), Decimal("8.5"), Decimal("0.70")),
        ]
    )
)
def test_an_items_expected_total_is_valor_item(valores: tuple[Decimal, Decimal, Decimal]) -> None:
    esperado = totais.valor_item(*valores)
    memorizado = totais._valor_item(*(str(v) for v in valores))
    assert (str(memorizado), memorizado.is_signed()) == (str(esperado), esperado.is_signed())


def _decimal_como_era(valor: Decimal) -> Decimal | None:
    if not valor.is_finite():
        return None
    expoente = valor.as_tuple().exponent
    if valor.adjusted() >= LIMITE_DE_DIGITOS or (
        isinstance(expoente, int) and expoente < -LIMITE_DE_DIGITOS
    ):
        return None
    return valor


DIGITOS = st.text("0123456789", min_size=1, max_size=2 * LIMITE_DE_DIGITOS + 10)


@given(
    st.builds(
        lambda sinal, inteiros, fracao, expoente: Decimal(f"{sinal}{inteiros}.{fracao}E{expoente}"),
        st.sampled_from(["", "-"]),
        DIGITOS,
        DIGITOS,
        st.integers(-3 * LIMITE_DE_DIGITOS, 3 * LIMITE_DE_DIGITOS),
    )
    | st.decimals(allow_nan=True, allow_infinity=True)
)
def test_a_value_is_read_as_before(valor: Decimal) -> None:
    assert decimal(valor) is _decimal_como_era(valor)
