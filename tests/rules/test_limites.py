"""Whole-message limits: version, 100/101 guias, one guia type, XML size."""

from __future__ import annotations

import datetime as dt

import attrs

from tests.rules import build as b
from tiss_conecta.models.v4_01_00 import tiss as m
from tiss_conecta.rules import check, perfil
from tiss_conecta.rules.limites import guias_aceitas, tamanho_xml_aceito, versao_aceita

AM = perfil("arcelormittal")
D = dt.date(2025, 6, 1)
ENVIO = dt.date(2025, 6, 2)
MB15 = 15 * 1024 * 1024


def _guias(n: int) -> list[m.CtmConsultaGuia]:
    return [b.guia_consulta(f"{i:05d}", D, carteira=f"{i:05d}") for i in range(n)]


def _codes(msg: m.MensagemTiss, tamanho: int | None = None) -> list[tuple[str, str | None]]:
    return [(f.code, f.glosa) for f in check(msg, AM, data_envio=ENVIO, tamanho_bytes=tamanho)]


def test_functions() -> None:
    assert guias_aceitas(100, AM)
    assert not guias_aceitas(101, AM)
    assert versao_aceita("4.01.00", AM)
    assert not versao_aceita("4.00.01", AM)
    assert versao_aceita("4.00.01", perfil("pasa"))
    assert tamanho_xml_aceito(MB15, AM)
    assert not tamanho_xml_aceito(MB15 + 1, AM)
    assert tamanho_xml_aceito(10**12, perfil("tiss"))


def test_100_guias_in_101_out() -> None:
    assert _codes(b.mensagem(lote=b.lote(guia_consulta=_guias(100)))) == []
    assert _codes(b.mensagem(lote=b.lote(guia_consulta=_guias(101)))) == [
        ("lote.max_guias", "5015")
    ]


def test_profile_with_a_smaller_limit() -> None:
    p = attrs.evolve(AM, max_guias_lote=2)
    msg = b.mensagem(lote=b.lote(guia_consulta=_guias(3)))
    assert [f.code for f in check(msg, p, data_envio=ENVIO)] == ["lote.max_guias"]


def test_single_guia_type() -> None:
    lote = b.lote(
        guia_consulta=[b.guia_consulta("C", D)],
        guia_sp_sadt=[b.guia_sadt("S", [b.procedimento_sadt(1, D)])],
    )
    assert _codes(b.mensagem(lote=lote)) == [("lote.tipos_de_guia", "1301")]


def test_version_not_accepted() -> None:
    msg = b.mensagem(lote=b.lote(guia_consulta=_guias(1)), padrao=m.DmVersao.VALUE_4_00_01)
    assert _codes(msg) == [("versao.nao_aceita", "5028")]
    pasa = [f.code for f in check(msg, perfil("pasa"), data_envio=ENVIO)]
    assert "versao.nao_aceita" not in pasa  # PASA still takes 4.00.01


def test_xml_size_15_mb_in_one_byte_more_out() -> None:
    msg = b.mensagem(lote=b.lote(guia_consulta=_guias(1)))
    assert _codes(msg, tamanho=MB15) == []
    assert _codes(msg, tamanho=MB15 + 1) == [("arquivo.tamanho", None)]
    assert _codes(msg) == []  # size unknown: not checked
