"""Whole-message limits: version (5028), 100/101 guias, one guia type, XML size; on every
supported TISS version."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from tests.rules.build import Construtor
from tiss_conecta.models import VERSOES
from tiss_conecta.rules import Perfil, check, perfil
from tiss_conecta.rules.limites import guias_aceitas, tamanho_xml_aceito, versao_aceita

AM = perfil("arcelormittal")
D = dt.date(2025, 6, 1)
ENVIO = dt.date(2025, 6, 2)
MB15 = 15 * 1024 * 1024


def _guias(b: Construtor, n: int) -> list[Any]:
    return [b.guia_consulta(f"{i:05d}", D, carteira=f"{i:05d}") for i in range(n)]


def _codes(msg: Any, tamanho: int | None = None, p: Perfil = AM) -> list[tuple[str, str | None]]:
    achados = check(msg, p, data_envio=ENVIO, tamanho_bytes=tamanho)
    return [(f.codigo, f.glosa) for f in achados if f.codigo != "versao.nao_aceita"]


def test_functions() -> None:
    assert guias_aceitas(100, AM)
    assert not guias_aceitas(101, AM)
    assert versao_aceita("4.01.00", AM)
    assert not versao_aceita("4.00.01", AM)
    assert not versao_aceita("4.03.00", AM)
    assert versao_aceita("4.00.01", perfil("pasa"))
    assert tamanho_xml_aceito(MB15, AM)
    assert not tamanho_xml_aceito(MB15 + 1, AM)
    assert tamanho_xml_aceito(10**12, perfil("tiss"))


def test_100_guias_in_101_out(b: Construtor) -> None:
    for p in (AM, perfil("tiss")):
        assert _codes(b.mensagem(lote=b.lote(guia_consulta=_guias(b, 100))), p=p) == []
        assert _codes(b.mensagem(lote=b.lote(guia_consulta=_guias(b, 101))), p=p) == [
            ("lote.max_guias", "5015")
        ]


def test_profile_with_a_smaller_limit(b: Construtor) -> None:
    p = attrs.evolve(perfil("tiss"), max_guias_lote=2)
    msg = b.mensagem(lote=b.lote(guia_consulta=_guias(b, 3)))
    assert [f.codigo for f in check(msg, p, data_envio=ENVIO)] == ["lote.max_guias"]


def test_single_guia_type(b: Construtor) -> None:
    lote = b.lote(
        guia_consulta=[b.guia_consulta("C", D)],
        guia_sp_sadt=[b.guia_sadt("S", [b.procedimento_sadt(1, D)])],
    )
    assert _codes(b.mensagem(lote=lote)) == [("lote.tipos_de_guia", "1301")]


def _versao(msg: Any, p: Perfil) -> list[str]:
    return [f.mensagem for f in check(msg, p, data_envio=ENVIO) if f.codigo == "versao.nao_aceita"]


def test_each_profile_takes_its_versions(b: Construtor, versao: str) -> None:
    msg = b.mensagem(lote=b.lote(guia_consulta=_guias(b, 1)))
    assert _versao(msg, perfil("tiss")) == []  # the standard: every version the library reads
    # faq Q13, Q29: "Atualmente, somente a versão 4.01.00"
    assert (_versao(msg, AM) == []) is (versao == "4.01.00")
    assert (_versao(msg, perfil("pasa")) == []) is (versao == "4.01.00")


@pytest.mark.parametrize("versao", [v for v in VERSOES if v != "4.01.00"])
def test_a_newer_message_to_arcelormittal_is_5028_and_says_how_to_convert(
    b: Construtor, versao: str
) -> None:
    msg = b.mensagem(lote=b.lote(guia_consulta=_guias(b, 1)))
    [f] = [f for f in check(msg, AM, data_envio=ENVIO) if f.codigo == "versao.nao_aceita"]
    assert (f.glosa, f.xpath) == ("5028", "/mensagemTISS/cabecalho/Padrao")
    assert f.glosa_descricao == "VERSÃO DO PADRÃO INVÁLIDA"
    assert f"versão TISS {versao}" in f.mensagem
    assert "aceita só a versão 4.01.00" in f.mensagem
    assert "tiss-conecta converter ARQUIVO --para 4.01.00 -o SAIDA.xml" in f.mensagem
    # the file may have come from someone else: no "gere/regenere o arquivo"
    assert "gere" not in f.mensagem.lower()


def test_version_not_accepted(b: Construtor) -> None:
    msg = b.mensagem(lote=b.lote(guia_consulta=_guias(b, 1)), padrao="4.00.01")
    achados = [(f.codigo, f.glosa) for f in check(msg, AM, data_envio=ENVIO)]
    assert achados == [("versao.nao_aceita", "5028")]
    pasa = [f.codigo for f in check(msg, perfil("pasa"), data_envio=ENVIO)]
    assert "versao.nao_aceita" not in pasa  # PASA still takes 4.00.01
    [f] = [f for f in check(msg, perfil("tiss"), data_envio=ENVIO) if f.glosa == "5028"]
    assert "aceita as versões 4.01.00, 4.02.00 e 4.03.00" in f.mensagem
    # 4.00.01 has no schemas here: the command must read it as the version it was read in
    leitura = f"converter ARQUIVO --versao {b.versao} --para 4.03.00 -o SAIDA.xml"
    assert leitura in f.mensagem


def test_a_profile_of_versions_the_library_cannot_write_says_so(b: Construtor) -> None:
    p = attrs.evolve(perfil("tiss"), versoes_tiss=["3.05.00"])
    [mensagem] = _versao(b.mensagem(lote=b.lote(guia_consulta=_guias(b, 1))), p)
    assert "aceita só a versão 3.05.00" in mensagem
    assert "converter" not in mensagem
    assert "não escreve" in mensagem


def test_xml_size_15_mb_in_one_byte_more_out(b: Construtor) -> None:
    msg = b.mensagem(lote=b.lote(guia_consulta=_guias(b, 1)))
    assert _codes(msg, tamanho=MB15) == []
    assert _codes(msg, tamanho=MB15 + 1) == [("arquivo.tamanho", None)]
    assert _codes(msg) == []  # size unknown: not checked
