"""Bugs the long fuzz run found: an exception other than TissError out of the library.

Each is a strict xfail raising the exception the bug lets out, so the suite stays green while
the bug is visible; once the library is fixed the test passes, the strict xfail fails, and
the marker goes.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re

import pytest

import tiss_conecta as tiss
from tiss_conecta import conciliacao, examples, preenvio, rules

DATA_ENVIO = dt.date(2025, 6, 2)


def _trocar_primeiro(dados: bytes, elemento: str, valor: bytes) -> bytes:
    padrao = re.compile(rb"(<ans:" + elemento.encode() + rb">)[^<]*<")
    novo, n = padrao.subn(lambda m: m.group(1) + valor + b"<", dados, count=1)
    assert n == 1
    return novo


def _valor_de_200_digitos() -> bytes:
    """The demonstrativo example with one item's valorInformado of 200 nines: the guia's
    declared total no longer matches, and the message of that achado formats the sum."""
    dados = examples.caminho("demonstrativo-analise", "4.02.00").read_bytes()
    return _trocar_primeiro(dados, "valorInformado", b"9" * 200)


@pytest.mark.xfail(strict=True, raises=decimal.InvalidOperation)
def test_check_valor_de_200_digitos() -> None:
    """rules/demonstrativo.py _confere → formato.reais: babel quantizes past the 200 digits
    of formato.CONTEXTO."""
    msg = tiss.parse(_valor_de_200_digitos())
    rules.check(msg, rules.perfil("tiss"), data_envio=DATA_ENVIO)


@pytest.mark.xfail(strict=True, raises=decimal.InvalidOperation)
def test_conferir_valor_de_200_digitos() -> None:
    """conferir must never raise; it does, through rules.check as above."""
    preenvio.conferir(_valor_de_200_digitos(), rules.perfil("tiss"), data_envio=DATA_ENVIO)


@pytest.mark.xfail(strict=True, raises=decimal.InvalidOperation)
def test_conciliar_valor_de_200_digitos() -> None:
    """conciliacao/_conciliar.py _divergencias → _resultado.decimal_json."""
    lote = tiss.parse(examples.caminho("lote-sadt", "4.02.00"))
    conciliacao.conciliar([lote], [tiss.parse(_valor_de_200_digitos())])


def _sequencial_sobrescrito() -> bytes:
    """The lote example with ``sequencialItem`` ``³`` (Latin-1 0xB3): ``str.isdigit`` says
    yes, ``int`` says no."""
    dados = examples.caminho("lote-sadt", "4.01.00").read_bytes()
    return _trocar_primeiro(dados, "sequencialItem", "³".encode("latin-1"))


@pytest.mark.xfail(strict=True, raises=ValueError)
def test_parse_sequencial_sobrescrito() -> None:
    """codec/_lugar.py guia_e_item: int('³') while placing the XSD error."""
    tiss.parse(_sequencial_sobrescrito())


@pytest.mark.xfail(strict=True, raises=ValueError)
def test_validate_sequencial_sobrescrito() -> None:
    """validate must never raise; it does, from codec/_xsd.py achados_xsd."""
    tiss.validate(_sequencial_sobrescrito())


@pytest.mark.xfail(strict=True, raises=ValueError)
def test_conferir_sequencial_sobrescrito() -> None:
    preenvio.conferir(_sequencial_sobrescrito(), rules.perfil("tiss"), data_envio=DATA_ENVIO)


@pytest.mark.xfail(strict=True, raises=ValueError)
def test_corrigir_sequencial_sobrescrito() -> None:
    preenvio.corrigir(_sequencial_sobrescrito())
