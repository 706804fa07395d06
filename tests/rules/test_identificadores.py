"""CPF/CNPJ (1206, including the alphanumeric CNPJ), CNS (1002), registro ANS, CNES."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.rules import build as b
from tiss_conecta.rules import check, perfil
from tiss_conecta.rules.identificadores import (
    cnes_valido,
    cnpj_valido,
    cns_valido,
    cpf_ou_cnpj_valido,
    cpf_valido,
    registro_ans_valido,
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


def test_check_points_at_the_bad_cnpj_with_glosa_1206() -> None:
    guia = b.guia_sadt(
        "G7", [b.procedimento_sadt(1, dt.date(2025, 6, 1))], cnpj_executante="11222333000180"
    )
    achados = check(
        b.mensagem(lote=b.lote(guia_sp_sadt=[guia])), perfil("tiss"), data_envio=dt.date(2025, 6, 2)
    )
    [f] = [f for f in achados if f.code.startswith("identificador")]
    assert (f.code, f.glosa, f.numero_guia) == ("identificador.cnpj", "1206", "G7")
    assert f.glosa_descricao == "CPF / CNPJ INVÁLIDO"
    assert f.xpath.endswith("guiaSP-SADT[1]/dadosExecutante/contratadoExecutante/cnpjContratado")


def test_check_accepts_the_alphanumeric_cnpj() -> None:
    guia = b.guia_sadt(
        "G7", [b.procedimento_sadt(1, dt.date(2025, 6, 1))], cnpj_executante="12ABC34501DE35"
    )
    achados = check(
        b.mensagem(lote=b.lote(guia_sp_sadt=[guia])), perfil("tiss"), data_envio=dt.date(2025, 6, 2)
    )
    assert not [f for f in achados if f.code.startswith("identificador")]


def test_check_cnes_and_registro_ans() -> None:
    guia = b.guia_sadt(
        "G1", [b.procedimento_sadt(1, dt.date(2025, 6, 1))], cnes="12", registro_ans="331988"
    )
    msg = b.mensagem(lote=b.lote(guia_sp_sadt=[guia]))
    achados = {
        (f.code, f.glosa)
        for f in check(msg, perfil("arcelormittal"), data_envio=dt.date(2025, 6, 2))
    }
    assert ("identificador.cnes", "1202") in achados
    # the guia is addressed to PASA, the lote goes to ArcelorMittal
    assert ("operadora.registro_ans", "5027") in achados
    achados_tiss = {f.code for f in check(msg, perfil("tiss"), data_envio=dt.date(2025, 6, 2))}
    assert "operadora.registro_ans" not in achados_tiss  # no operadora in the generic profile
