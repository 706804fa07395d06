"""Perfil.severidades: a profile sets a code's severity or switches it off, as data.

A code switched off (``desligado``) is gone from ``check``'s answer; one raised to ``erro`` or
lowered to ``aviso``/``info`` changes severity and ``tem_erro``; an unknown code or level is
refused with a Portuguese message; the profile keeps its severidades through dict, JSON and
TOML (as docs/regras.rst writes it); the command line applies them too."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import tomllib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import tiss_conecta as tiss
from tests.conftest import ROOT
from tests.rules.build import Construtor, para
from tiss_conecta import examples
from tiss_conecta.achados import Achado, Severidade, ordenar, regras, tem_erro
from tiss_conecta.cli import main
from tiss_conecta.errors import PerfilInvalido, TissError
from tiss_conecta.examples import lote_sadt
from tiss_conecta.models import VERSOES
from tiss_conecta.rules import TISS, Perfil, check, perfil
from tiss_conecta.rules.perfil import DESLIGADO

D = dt.date
ENVIO = D(2025, 6, 2)
JANELA = attrs.evolve(perfil("arcelormittal"), versoes_tiss=tuple(VERSOES))
"""ArcelorMittal's rules on a message of any version."""
NIVEIS = [*(s.value for s in Severidade), DESLIGADO]
CODIGOS = sorted(regras())


def _com_problemas(b: Construtor) -> Any:
    """A lote that breaks many rules at once: care past the 90 days and an expired senha
    (G1), a repeated procedure and an item whose total is not quantity × value (G1), a guia
    total that is not the sum of its items (G2), a CNES of 2 digits, a guia addressed to
    another operadora, and the number G1 twice."""
    velho = D(2025, 1, 2)
    g1 = b.guia_sadt(
        "G1",
        [
            b.procedimento_sadt(1, velho, profissional="111"),
            b.procedimento_sadt(2, velho, profissional="111"),
            b.procedimento_sadt(3, D(2025, 6, 1), codigo="2", total=Decimal("11.00")),
        ],
        data_autorizacao=velho,
        cnes="12",
    )
    g2 = b.guia_sadt(
        "G2",
        [b.procedimento_sadt(1, D(2025, 6, 1))],
        valor_total=b.m.CtGuiaValorTotal(
            valor_procedimentos=Decimal("10.01"), valor_total_geral=Decimal("10.00")
        ),
        registro_ans="331988",
    )
    g3 = b.guia_sadt("G1", [b.procedimento_sadt(1, D(2025, 6, 1))])
    return b.mensagem(lote=b.lote(guia_sp_sadt=[g1, g2, g3]))


def _so(b: Construtor, codigo: str) -> Any:
    """A lote whose only achado (under :data:`JANELA`, on :data:`ENVIO`) has ``codigo``."""
    if codigo == "totais.item":
        proc = b.procedimento_sadt(1, D(2025, 6, 1), quantidade=2, total=Decimal("25.00"))
        guia = b.guia_sadt(
            "1",
            [proc],
            valor_total=b.m.CtGuiaValorTotal(
                valor_procedimentos=Decimal("25.00"), valor_total_geral=Decimal("25.00")
            ),
        )
        return b.mensagem(lote=b.lote(guia_sp_sadt=[guia]))
    assert codigo == "prazo.fora_da_janela"
    return b.mensagem(lote=b.lote(guia_consulta=[b.guia_consulta("C1", D(2025, 1, 1))]))


def _com(p: Perfil, **severidades: str) -> Perfil:
    return attrs.evolve(p, severidades={c.replace("__", "."): n for c, n in severidades.items()})


def test_the_lote_with_problems_has_them(b: Construtor) -> None:
    codigos = {a.codigo for a in check(_com_problemas(b), JANELA, data_envio=ENVIO)}
    assert codigos == {
        "autorizacao.senha_expirada",
        "duplicidade.guia",
        "duplicidade.procedimento",
        "identificador.cnes",
        "operadora.registro_ans",
        "prazo.fora_da_janela",
        "totais.guia",
        "totais.item",
    }


def test_a_code_switched_off_is_gone(b: Construtor) -> None:
    msg = _com_problemas(b)
    antes = check(msg, JANELA, data_envio=ENVIO)
    desligado = _com(JANELA, prazo__fora_da_janela=DESLIGADO)
    depois = check(msg, desligado, data_envio=ENVIO)
    assert "prazo.fora_da_janela" in {a.codigo for a in antes}
    assert depois == [a for a in antes if a.codigo != "prazo.fora_da_janela"]
    # one that does not occur changes nothing
    assert check(msg, _com(JANELA, lote__vazio=DESLIGADO), data_envio=ENVIO) == antes
    # switched off the only one: no achado at all
    so = _so(b, "prazo.fora_da_janela")
    assert [a.codigo for a in check(so, JANELA, data_envio=ENVIO)] == ["prazo.fora_da_janela"]
    assert check(so, desligado, data_envio=ENVIO) == []


def test_a_warning_raised_to_erro(b: Construtor) -> None:
    msg = _so(b, "totais.item")
    [aviso] = check(msg, JANELA, data_envio=ENVIO)
    assert (aviso.codigo, aviso.severidade) == ("totais.item", Severidade.AVISO)
    assert not tem_erro([aviso])
    [erro] = check(msg, _com(JANELA, totais__item="erro"), data_envio=ENVIO)
    assert erro == attrs.evolve(aviso, severidade=Severidade.ERRO)
    assert erro.erro
    assert tem_erro([erro])
    assert str(erro).startswith("ERRO [totais.item]")
    assert erro.to_dict()["severidade"] == "erro"


@pytest.mark.parametrize("nivel", [Severidade.AVISO, Severidade.INFO])
def test_an_error_lowered(b: Construtor, nivel: Severidade) -> None:
    msg = _so(b, "prazo.fora_da_janela")
    [erro] = check(msg, JANELA, data_envio=ENVIO)
    assert erro.severidade is Severidade.ERRO
    assert tem_erro([erro])
    [baixo] = check(msg, _com(JANELA, prazo__fora_da_janela=nivel.value), data_envio=ENVIO)
    assert baixo == attrs.evolve(erro, severidade=nivel)
    assert baixo.glosa == "1701"  # the glosa stays: only the severity is the profile's
    assert not tem_erro([baixo])


def test_the_same_severity_as_declared_changes_nothing(b: Construtor) -> None:
    msg = _com_problemas(b)
    declaradas = {c: r.severidade.value for c, r in regras().items()}
    igual = attrs.evolve(JANELA, severidades=declaradas)
    assert check(msg, igual, data_envio=ENVIO) == check(msg, JANELA, data_envio=ENVIO)


def test_severidade_of_a_code() -> None:
    p = _com(TISS, totais__item="erro", prazo__fora_da_janela=DESLIGADO)
    assert p.severidade("totais.item", Severidade.AVISO) is Severidade.ERRO
    assert p.severidade("prazo.fora_da_janela", Severidade.ERRO) is None
    assert p.severidade("duplicidade.guia", Severidade.ERRO) is Severidade.ERRO  # not listed
    assert TISS.severidades == ()


@functools.cache
def _problemas_401() -> Any:
    return _com_problemas(para("4.01.00"))


def _sevs(msg: Any, p: Perfil) -> list[Achado]:
    return check(msg, p, data_envio=ENVIO)


@given(st.sets(st.sampled_from(CODIGOS)))
def test_any_codes_switched_off_remove_exactly_those(desligados: set[str]) -> None:
    msg = _problemas_401()
    antes = _sevs(msg, JANELA)
    p = attrs.evolve(JANELA, severidades=dict.fromkeys(desligados, DESLIGADO))
    assert _sevs(msg, p) == [a for a in antes if a.codigo not in desligados]


@given(st.dictionaries(st.sampled_from(CODIGOS), st.sampled_from(NIVEIS)))
def test_any_severidades_act_on_exactly_their_codes(severidades: dict[str, str]) -> None:
    msg = _problemas_401()
    antes = _sevs(msg, JANELA)
    p = attrs.evolve(JANELA, severidades=severidades)
    esperado = ordenar(
        a if a.codigo not in severidades else attrs.evolve(a, severidade=Severidade(n))
        for a in antes
        if (n := severidades.get(a.codigo, a.severidade.value)) != DESLIGADO
    )
    depois = _sevs(msg, p)
    assert depois == esperado
    assert tem_erro(depois) is any(a.erro for a in esperado)


# Refused with a Portuguese message


@pytest.mark.parametrize(
    ("severidades", "trecho"),
    [
        ({"nao.existe": "erro"}, "código(s) desconhecido(s) em severidades: nao.existe"),
        ({"totais.item": "grave"}, "nível de severidade desconhecido em totais.item: 'grave'"),
        ({"totais.item": "ERRO"}, "nível de severidade desconhecido"),
        ({"totais.item": 1}, "nível de severidade desconhecido"),
        ({"totais.item": None}, "nível de severidade desconhecido"),
        ("totais.item", "severidades deve ser um dicionário código -> nível"),
        (["totais.item"], "severidades deve ser um dicionário código -> nível"),
    ],
)
def test_unknown_codes_and_levels_are_refused(severidades: Any, trecho: str) -> None:
    criadores: list[Callable[[], Perfil]] = [
        lambda: Perfil(nome="X", severidades=severidades),
        lambda: attrs.evolve(TISS, severidades=severidades),
        lambda: Perfil.from_dict({"nome": "X", "severidades": severidades}),
    ]
    for criar in criadores:
        with pytest.raises(PerfilInvalido) as info:
            criar()
        assert isinstance(info.value, TissError)
        assert info.value.codigo == "perfil.invalido"
        assert trecho in info.value.mensagem
        assert info.value.dica


def test_the_hints_say_what_is_accepted() -> None:
    with pytest.raises(PerfilInvalido) as nivel:
        Perfil(nome="X", severidades={"totais.item": "grave"})
    assert nivel.value.dica == "use um destes: erro, aviso, info, desligado"
    with pytest.raises(PerfilInvalido) as codigo:
        Perfil(nome="X", severidades={"totais.itens": "erro", "prazo.janela": "erro"})
    assert "prazo.janela, totais.itens" in codigo.value.mensagem
    assert "tiss_conecta.achados.regras()" in (codigo.value.dica or "")


# Kept as data: dict, JSON, TOML


def test_kept_sorted_whatever_the_order_given() -> None:
    a = Perfil(nome="X", severidades={"totais.item": "erro", "duplicidade.consulta": "desligado"})
    b = Perfil(
        nome="X", severidades=[("duplicidade.consulta", "desligado"), ("totais.item", "erro")]
    )
    assert a.severidades == (("duplicidade.consulta", "desligado"), ("totais.item", "erro"))
    assert a == b
    assert hash(a) == hash(b)


def test_to_dict_writes_severidades_only_when_set() -> None:
    assert "severidades" not in TISS.to_dict()
    p = _com(TISS, totais__item="erro", duplicidade__consulta=DESLIGADO)
    assert p.to_dict()["severidades"] == {
        "duplicidade.consulta": "desligado",
        "totais.item": "erro",
    }
    assert Perfil.from_dict(p.to_dict()) == p
    assert Perfil.from_dict(json.loads(json.dumps(p.to_dict()))) == p


def _toml(dados: dict[str, Any]) -> str:
    """A profile's dict as TOML text, the severidades as a table (as docs/regras.rst shows)."""
    dados = dict(dados)
    severidades = dados.pop("severidades", None)
    linhas = [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in dados.items()]
    if severidades is not None:
        linhas += ["", "[severidades]", *(f'"{c}" = "{n}"' for c, n in severidades.items())]
    return "\n".join(linhas) + "\n"


def test_toml_text_with_severidades() -> None:
    texto = """\
nome = "Minha operadora"
registro_ans = "123456"
janela_faturamento_dias = 60

[severidades]
"totais.item" = "erro"
"duplicidade.consulta" = "desligado"
"""
    p = Perfil.from_dict(tomllib.loads(texto))
    assert p.severidades == (("duplicidade.consulta", "desligado"), ("totais.item", "erro"))
    assert Perfil.from_dict(tomllib.loads(_toml(p.to_dict()))) == p
    # the inline table the hints suggest reads the same
    inline = 'nome = "Minha operadora"\nseveridades = {"totais.item" = "erro"}\n'
    assert Perfil.from_dict(tomllib.loads(inline)).severidades == (("totais.item", "erro"),)


def _bloco_toml_da_documentacao() -> str:
    texto = (ROOT / "docs" / "regras.rst").read_text(encoding="utf-8")
    m = re.search(r"\.\. code-block:: toml\n\n((?:   .*\n|\n)+)", texto)
    assert m is not None, "docs/regras.rst mostra um perfil em TOML"
    return "\n".join(linha[3:] for linha in m.group(1).splitlines()) + "\n"


def test_the_toml_profile_of_the_docs_reads() -> None:
    p = Perfil.from_dict(tomllib.loads(_bloco_toml_da_documentacao()))
    assert p.severidades
    niveis = {n for _, n in p.severidades}
    assert DESLIGADO in niveis
    assert niveis & {"erro", "aviso", "info"}
    assert Perfil.from_dict(tomllib.loads(_toml(p.to_dict()))) == p


@given(
    st.dictionaries(st.sampled_from(CODIGOS), st.sampled_from(NIVEIS), max_size=8),
    st.sampled_from([TISS, perfil("arcelormittal"), perfil("pasa")]),
)
def test_round_trip_with_any_severidades(severidades: dict[str, str], base: Perfil) -> None:
    p = attrs.evolve(base, severidades=severidades)
    assert dict(p.severidades) == severidades
    dados = p.to_dict()
    assert dados.get("severidades", {}) == severidades
    assert Perfil.from_dict(dados) == p
    assert Perfil.from_dict(json.loads(json.dumps(dados))) == p
    assert Perfil.from_dict(tomllib.loads(_toml(dados))) == p


# The command line


def _arquivo(tmp_path: Path, nome: str, conteudo: bytes) -> str:
    arquivo = tmp_path / nome
    arquivo.write_bytes(conteudo)
    return str(arquivo)


def _perfil_toml(tmp_path: Path, **severidades: str) -> str:
    arquivo = tmp_path / "perfil.toml"
    dados = _com(JANELA, **severidades).to_dict()
    arquivo.write_text(_toml(dados), encoding="utf-8")
    return str(arquivo)


def _unico(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """The one file's object of the JSON array ``check --formato json`` printed."""
    [saida] = json.loads(capsys.readouterr().out)
    assert isinstance(saida, dict)
    return saida


def test_cli_lowers_and_switches_off_by_a_toml_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lote = _arquivo(tmp_path, "lote.xml", tiss.to_xml(lote_sadt(3, data_envio=ENVIO)))
    base = ["check", lote, "--data-envio", "2025-09-02", "--formato", "json"]
    assert main([*base, "--perfil", _perfil_toml(tmp_path)]) == 1
    saida = _unico(capsys)
    assert {(f["codigo"], f["severidade"]) for f in saida["achados"]} == {
        ("prazo.fora_da_janela", "erro")
    }
    assert main([*base, "--perfil", _perfil_toml(tmp_path, prazo__fora_da_janela="aviso")]) == 0
    saida = _unico(capsys)
    assert saida["ok"] is True
    assert {(f["codigo"], f["severidade"]) for f in saida["achados"]} == {
        ("prazo.fora_da_janela", "aviso")
    }
    assert main([*base, "--perfil", _perfil_toml(tmp_path, prazo__fora_da_janela=DESLIGADO)]) == 0
    assert _unico(capsys)["achados"] == []


def test_cli_applies_the_profile_to_a_file_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ruim = _arquivo(tmp_path, "ruim.xml", b"<naoTISS/>")
    base = ["check", ruim, "--data-envio", "2025-06-02", "--formato", "json"]
    assert main([*base, "--perfil", _perfil_toml(tmp_path)]) == 1
    [f] = _unico(capsys)["achados"]
    assert (f["codigo"], f["severidade"]) == ("xml.nao_tiss", "erro")
    assert main([*base, "--perfil", _perfil_toml(tmp_path, xml__nao_tiss="aviso")]) == 0
    [f] = _unico(capsys)["achados"]
    assert (f["codigo"], f["severidade"]) == ("xml.nao_tiss", "aviso")
    assert main([*base, "--perfil", _perfil_toml(tmp_path, xml__nao_tiss=DESLIGADO)]) == 0
    assert _unico(capsys)["achados"] == []
    # a version without schemas here: xml.versao (5028)
    dados = examples.caminho("lote-sadt").read_bytes()
    dados = dados.replace(b"<ans:Padrao>4.01.00<", b"<ans:Padrao>4.00.01<")
    antigo = _arquivo(tmp_path, "antigo.xml", dados)
    base = ["check", antigo, "--data-envio", "2025-06-02", "--formato", "json"]
    assert main([*base, "--perfil", _perfil_toml(tmp_path, xml__versao="info")]) == 0
    [f] = _unico(capsys)["achados"]
    assert (f["codigo"], f["severidade"], f["glosa"]) == ("xml.versao", "info", "5028")


def test_cli_refuses_an_unknown_code_in_the_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lote = _arquivo(tmp_path, "lote.xml", tiss.to_xml(lote_sadt(1, data_envio=ENVIO)))
    toml = tmp_path / "perfil.toml"
    toml.write_text('nome = "X"\n[severidades]\n"prazo.janela" = "aviso"\n', encoding="utf-8")
    assert main(["check", lote, "--perfil", str(toml), "--data-envio", "2025-06-02"]) == 2
    erro = capsys.readouterr().err
    assert "código(s) desconhecido(s) em severidades: prazo.janela" in erro
