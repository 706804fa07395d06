"""Bugs the long fuzz run found — an exception other than TissError out of the library — each
kept as the input that showed it and what the library must do with it now."""

from __future__ import annotations

import datetime as dt
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


def test_check_valor_de_200_digitos() -> None:
    """rules/demonstrativo.py _confere → formato.reais: babel quantized past the 200 digits
    of formato.CONTEXTO."""
    msg = tiss.parse(_valor_de_200_digitos())
    # a value of 200 digits is no money: the readers take it as absent (the XSD reports it)
    achados = rules.check(msg, rules.perfil("tiss"), data_envio=DATA_ENVIO)
    # the guia's informado (the sum of its items) no longer adds up: that is all it reports
    assert [a.codigo for a in achados] == ["demonstrativo.guia"]


def test_conferir_valor_de_200_digitos() -> None:
    """conferir must never raise; it did, through rules.check as above."""
    r = preenvio.conferir(_valor_de_200_digitos(), rules.perfil("tiss"), data_envio=DATA_ENVIO)
    assert "xsd.digitos" in {a.codigo for a in r.achados}


def test_conciliar_valor_de_200_digitos() -> None:
    """conciliacao/_conciliar.py _divergencias → _resultado.decimal_json."""
    lote = tiss.parse(examples.caminho("lote-sadt", "4.02.00"))
    c = conciliacao.conciliar([lote], [tiss.parse(_valor_de_200_digitos())])
    assert [g.numero_guia for g in c.guias] == ["00000001", "00000002", "00000003"]


def _sequencial_sobrescrito() -> bytes:
    """The lote example with ``sequencialItem`` ``³`` (Latin-1 0xB3): ``str.isdigit`` says
    yes, ``int`` says no."""
    dados = examples.caminho("lote-sadt", "4.01.00").read_bytes()
    return _trocar_primeiro(dados, "sequencialItem", "³".encode("latin-1"))


def test_parse_sequencial_sobrescrito() -> None:
    """codec/_lugar.py guia_e_item: int('³') while placing the XSD error."""
    with pytest.raises(tiss.TissError) as erro:
        tiss.parse(_sequencial_sobrescrito())
    assert erro.value.codigo.startswith("xsd.")


def test_validate_sequencial_sobrescrito() -> None:
    """validate must never raise; it did, from codec/_xsd.py achados_xsd."""
    r = tiss.validate(_sequencial_sobrescrito())
    (achado,) = [a for a in r.achados if a.codigo.startswith("xsd.")]
    assert (achado.numero_guia, achado.item) == ("00000001", None)  # no number to read


def test_conferir_sequencial_sobrescrito() -> None:
    r = preenvio.conferir(_sequencial_sobrescrito(), rules.perfil("tiss"), data_envio=DATA_ENVIO)
    assert not r.ok


def test_corrigir_sequencial_sobrescrito() -> None:
    with pytest.raises(tiss.TissError):
        preenvio.corrigir(_sequencial_sobrescrito())
