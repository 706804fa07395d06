"""CPF/CNPJ (1206, including the alphanumeric CNPJ, which only 4.03.00 on can carry), CNS
(1002), registro ANS, CNES."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.rules.build import Construtor, para
from tiss_conecta.achados import Achado
from tiss_conecta.rules import check, perfil
from tiss_conecta.rules._contexto import versao_da_mensagem
from tiss_conecta.rules.identificadores import (
    cnes_valido,
    cnpj_alfanumerico,
    cnpj_cabe_na_versao,
    cnpj_valido,
    cns_valido,
    cpf_ou_cnpj_valido,
    cpf_valido,
    registro_ans_valido,
    versoes_cnpj_alfanumerico,
)

# Check digits computed by hand (weights 10..2 and 11..2, mod 11) for the CPF; the CNPJ
# examples are Receita Federal's own (numeric and the alphanumeric one of July 2026).


@pytest.mark.parametrize(
    ("numero", "valido"),
    [("52998224725", True), ("529.982.247-25", True), ("52998224724", False), ("1234", False)],
)
def test_cpf(numero: str, valido: bool) -> None:
    assert cpf_valido(numero) is valido


@pytest.mark.parametrize("digito", "0123456789")
def test_cpf_of_one_repeated_digit_is_invalid(digito: str) -> None:
    # 111.111.111-11 passes the mod-11 arithmetic but Receita Federal issues no such CPF:
    # it is the classic placeholder typed when the real number is unknown
    assert not cpf_valido(digito * 11)
    assert not cpf_ou_cnpj_valido(f"{digito * 3}.{digito * 3}.{digito * 3}-{digito * 2}")


@pytest.mark.parametrize(
    ("numero", "valido"),
    [
        ("11222333000181", True),
        ("11.222.333/0001-81", True),
        ("11222333000180", False),
        ("12ABC34501DE35", True),  # alphanumeric CNPJ
        ("12.ABC.345/01DE-35", True),
        ("12ABC34501DE34", False),
        ("12ABC34501DE3", False),
    ],
)
def test_cnpj(numero: str, valido: bool) -> None:
    assert cnpj_valido(numero) is valido


def test_cpf_or_cnpj_by_length() -> None:
    assert cpf_ou_cnpj_valido("52998224725")
    assert cpf_ou_cnpj_valido("12ABC34501DE35")
    assert not cpf_ou_cnpj_valido("52998224720")


@pytest.mark.parametrize(
    ("numero", "valido"),
    [
        ("700000000000005", True),  # 7×15 + 5×1 = 110 = 11×10
        ("700000000000006", False),
        ("100000000000007", True),  # PIS 10000000000: 1×15 = 15, DV 11 − 4 = 7, suffix 000
        ("100000000000008", False),
        ("300000000000005", False),  # CNS starts with 1, 2, 7, 8 or 9
        ("70000000000005", False),
    ],
)
def test_cns(numero: str, valido: bool) -> None:
    assert cns_valido(numero) is valido


def test_registro_ans_and_cnes_formats() -> None:
    assert registro_ans_valido("416070")
    assert not registro_ans_valido("41607")
    assert not registro_ans_valido("41607A")
    assert cnes_valido("2077485")
    assert cnes_valido("9999999")
    assert not cnes_valido("12")
    assert not cnes_valido("207748X")


def _identificadores(b: Construtor, cnpj: str) -> list[Achado]:
    guia = b.guia_sadt("G7", [b.procedimento_sadt(1, dt.date(2025, 6, 1))], cnpj_executante=cnpj)
    achados = check(
        b.mensagem(lote=b.lote(guia_sp_sadt=[guia])), perfil("tiss"), data_envio=dt.date(2025, 6, 2)
    )
    return [f for f in achados if f.codigo.startswith("identificador")]


def test_check_points_at_the_bad_cnpj_with_glosa_1206(b: Construtor) -> None:
    [f] = _identificadores(b, "11222333000180")
    assert (f.codigo, f.glosa, f.numero_guia) == ("identificador.cnpj", "1206", "G7")
    assert f.glosa_descricao == "CPF / CNPJ INVÁLIDO"
    assert f.xpath is not None
    assert f.xpath.endswith("guiaSP-SADT[1]/dadosExecutante/contratadoExecutante/cnpjContratado")


def test_which_versions_carry_the_alphanumeric_cnpj() -> None:
    # st_CNPJ is [0-9]{14} in 4.01.00 and 4.02.00, [A-Z0-9]{12}[0-9]{2} in 4.03.00 (the XSDs)
    assert versoes_cnpj_alfanumerico() == ("4.03.00",)
    assert cnpj_alfanumerico("12ABC34501DE35")
    assert cnpj_alfanumerico("12.abc.345/01de-35")
    assert not cnpj_alfanumerico("11.222.333/0001-81")
    assert cnpj_cabe_na_versao("12ABC34501DE35", "4.03.00")
    assert not cnpj_cabe_na_versao("12ABC34501DE35", "4.02.00")
    assert cnpj_cabe_na_versao("11222333000181", "4.01.00")
    assert cnpj_cabe_na_versao("12ABC34501DE35", None)  # version unknown: not judged


def test_check_accepts_the_alphanumeric_cnpj_in_403() -> None:
    assert _identificadores(para("4.03.00"), "12ABC34501DE35") == []


def test_check_verifies_the_alphanumeric_cnpjs_check_digits_in_403() -> None:
    [f] = _identificadores(para("4.03.00"), "12ABC34501DE34")
    assert (f.codigo, f.glosa, f.numero_guia) == ("identificador.cnpj", "1206", "G7")


@pytest.mark.parametrize("versao", ["4.01.00", "4.02.00"])
@pytest.mark.parametrize("cnpj", ["12ABC34501DE35", "12ABC34501DE34"])
def test_an_alphanumeric_cnpj_cannot_travel_before_403(versao: str, cnpj: str) -> None:
    [f] = _identificadores(para(versao), cnpj)
    assert (f.codigo, f.glosa, f.numero_guia) == ("identificador.cnpj_alfanumerico", "1206", "G7")
    assert f.xpath is not None
    assert f.xpath.endswith("contratadoExecutante/cnpjContratado")
    assert f"versão TISS {versao}" in f.mensagem
    assert "tiss-conecta converter ARQUIVO --para 4.03.00 -o SAIDA.xml" in f.mensagem
    assert ("dígitos verificadores não conferem" in f.mensagem) is cnpj.endswith("34")


def test_the_version_judged_is_the_declared_padrao() -> None:
    # 4.03.00 models, but the cabecalho says 4.01.00: the operadora reads it as 4.01.00
    b = para("4.03.00")
    guia = b.guia_sadt(
        "G7", [b.procedimento_sadt(1, dt.date(2025, 6, 1))], cnpj_executante="12ABC34501DE35"
    )
    msg = b.mensagem(lote=b.lote(guia_sp_sadt=[guia]), padrao="4.01.00")
    assert versao_da_mensagem(msg) == "4.01.00"
    codes = {f.codigo for f in check(msg, perfil("tiss"), data_envio=dt.date(2025, 6, 2))}
    assert "identificador.cnpj_alfanumerico" in codes
    # a Padrao with no schema here (4.00.01) is judged by the version of its models
    msg = b.mensagem(lote=b.lote(guia_sp_sadt=[guia]), padrao="4.00.01")
    assert versao_da_mensagem(msg) == "4.03.00"


def test_numeric_cnpjs_pass_on_every_version(b: Construtor) -> None:
    assert _identificadores(b, "11222333000181") == []


def test_check_cnes_and_registro_ans(b: Construtor) -> None:
    guia = b.guia_sadt(
        "G1", [b.procedimento_sadt(1, dt.date(2025, 6, 1))], cnes="12", registro_ans="331988"
    )
    msg = b.mensagem(lote=b.lote(guia_sp_sadt=[guia]))
    achados = {
        (f.codigo, f.glosa)
        for f in check(msg, perfil("arcelormittal"), data_envio=dt.date(2025, 6, 2))
    }
    assert ("identificador.cnes", "1202") in achados
    # the guia is addressed to PASA, the lote goes to ArcelorMittal
    assert ("operadora.registro_ans", "5027") in achados
    achados_tiss = {f.codigo for f in check(msg, perfil("tiss"), data_envio=dt.date(2025, 6, 2))}
    assert "operadora.registro_ans" not in achados_tiss  # no operadora in the generic profile
