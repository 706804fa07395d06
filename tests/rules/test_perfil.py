"""Profiles: the built-ins hold DOMAIN.md's numbers; dict round trips; bad data is refused."""

from __future__ import annotations

import json
import tomllib
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiss_conecta.errors import PerfilDesconhecido, PerfilInvalido, TissError
from tiss_conecta.models import VERSOES
from tiss_conecta.rules import PERFIS, Perfil, perfil


def test_arcelormittal_holds_the_faq_numbers() -> None:
    p = perfil("arcelormittal")
    assert p.registro_ans == "416070"
    assert p.versoes_tiss == ("4.01.00",)  # faq Q13, Q29
    assert p.max_guias_lote == 100  # faq Q28
    assert p.max_bytes_xml == 15 * 1024 * 1024  # upload limit, 15 MB
    assert p.janela_faturamento_dias == 90  # faq Q9, Q30
    assert p.validade_senha_dias == 60  # faq Q22
    assert set(p.anexo_formatos or ()) == {
        "DOC", "DOCX", "XLS", "PDF", "JPEG", "PNG", "JPG", "ZIP", "RAR"
    }  # fmt: skip
    assert p.max_bytes_anexo == 15 * 1024 * 1024
    assert "JUSTIFICATIVA" in (p.anexo_tipos_documento or ())
    assert p.max_guias_recurso == 100
    assert p.max_caracteres_justificativa == 500


def test_pasa_states_no_window_nor_senha_validity() -> None:
    p = perfil("pasa")
    assert p.registro_ans == "331988"
    assert "4.00.01" in p.versoes_tiss  # shown on the 2023 capa do lote
    assert p.max_guias_lote == 100
    assert p.janela_faturamento_dias is None
    assert p.validade_senha_dias is None


def test_generic_profile_holds_only_the_standards_limits() -> None:
    p = perfil("tiss")
    assert p.registro_ans is None
    assert p.versoes_tiss == ("4.01.00", "4.02.00", "4.03.00") == tuple(VERSOES)
    assert "4.01.00" not in p.nome
    assert (p.max_guias_lote, p.max_guias_recurso, p.max_caracteres_justificativa) == (
        100,
        100,
        500,
    )
    assert p.janela_faturamento_dias is None
    assert p.validade_senha_dias is None
    assert p.max_bytes_xml is None
    assert p.anexo_formatos is None


def test_lookup_by_registro_ans_and_case() -> None:
    assert perfil("416070") is perfil("ArcelorMittal")
    assert perfil(" PASA ") is perfil("331988")
    with pytest.raises(PerfilDesconhecido) as info:
        perfil("unimed")
    assert isinstance(info.value, TissError)
    assert "arcelormittal" in str(info.value)


def test_users_derive_with_evolve() -> None:
    meu = attrs.evolve(perfil("arcelormittal"), nome="Outra", janela_faturamento_dias=120)
    assert meu.janela_faturamento_dias == 120
    assert meu.registro_ans == "416070"
    with pytest.raises(PerfilInvalido):
        attrs.evolve(perfil("tiss"), max_guias_lote=0)


@pytest.mark.parametrize("campo", ["versoes_tiss", "anexo_formatos", "anexo_tipos_documento"])
@pytest.mark.parametrize("valor", ["4.01.00", 5])
def test_evolve_refuses_a_list_field_given_a_single_value(campo: str, valor: Any) -> None:
    # "4.01.00" would become the versions ('4', '.', '0', ...) and refuse every message
    with pytest.raises(PerfilInvalido, match=campo):
        attrs.evolve(perfil("tiss"), **{campo: valor})


@pytest.mark.parametrize("nome", sorted(PERFIS))
def test_dict_round_trip_through_json_and_toml(nome: str) -> None:
    p = PERFIS[nome]
    dados = p.to_dict()
    assert None not in dados.values()  # TOML has no null
    assert Perfil.from_dict(json.loads(json.dumps(dados))) == p
    toml = "\n".join(
        f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in dados.items()
    )  # JSON scalars and string arrays are valid TOML
    assert Perfil.from_dict(tomllib.loads(toml)) == p


def test_missing_keys_take_defaults() -> None:
    p = Perfil.from_dict({"nome": "X"})
    assert p.max_guias_lote == 100
    assert p.versoes_tiss == tuple(VERSOES)  # unstated: every version the library reads
    assert p.janela_faturamento_dias is None


@pytest.mark.parametrize(
    ("dados", "trecho"),
    [
        ({"nome": "X", "janela": 90}, "janela"),
        ({"nome": "X", "max_guias_lote": "100"}, "max_guias_lote"),
        ({"nome": "X", "max_guias_lote": -1}, "max_guias_lote"),
        ({"nome": "X", "max_guias_lote": True}, "max_guias_lote"),
        ({"nome": "X", "registro_ans": "41607"}, "registro_ans"),
        ({"nome": "X", "versoes_tiss": "4.01.00"}, "versoes_tiss"),
        ({"nome": "X", "versoes_tiss": [4]}, "versoes_tiss"),
        ({"nome": "X", "versoes_tiss": []}, "versoes_tiss"),
        ({"nome": ""}, "nome"),
        ({"max_guias_lote": 10}, "nome"),
    ],
)
def test_bad_data_raises_a_clear_tiss_error(dados: dict[str, object], trecho: str) -> None:
    with pytest.raises(PerfilInvalido) as info:
        Perfil.from_dict(dados)
    assert isinstance(info.value, TissError)
    assert info.value.codigo == "perfil.invalido"
    assert trecho in str(info.value)


@given(
    janela=st.none() | st.integers(1, 3650),
    senha=st.none() | st.integers(1, 3650),
    guias=st.integers(1, 1000),
)
def test_round_trip_property(janela: int | None, senha: int | None, guias: int) -> None:
    p = Perfil(
        nome="P",
        janela_faturamento_dias=janela,
        validade_senha_dias=senha,
        max_guias_lote=guias,
    )
    assert Perfil.from_dict(p.to_dict()) == p
