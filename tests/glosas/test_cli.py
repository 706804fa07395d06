"""``tiss-conecta glosa``: lookup, search, filtered lists; text and JSON; exit codes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tiss_conecta.cli import main


def _rodar(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    codigo = main(["glosa", *args])
    saida = capsys.readouterr()
    return codigo, saida.out, saida.err


def _json(texto: str) -> Any:
    return json.loads(texto)


def test_code(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _rodar(capsys, "1705")
    assert rc == 0
    assert out.splitlines()[0] == "1705 – Valor apresentado a maior"
    assert "Regra de Valorização (TISS 2.02.02)" in out
    assert "desde 16/11/2006" in out
    assert "4.01.00, 4.02.00, 4.03.00" in out
    assert "Como evitar" in out
    assert "Recurso de glosa" in out


def test_code_json(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _rodar(capsys, "1702", "--formato", "json")
    assert rc == 0
    dados = _json(out)
    assert dados["codigo"] == "1702"
    assert dados["titulo"] == "Cobrança de procedimento em duplicidade"
    assert dados["vigencia_fim"] == "2026-06-30"
    assert dados["versoes"] == ["4.01.00", "4.02.00", "4.03.00"]
    assert dados["orientacao"]["anexos_recurso"]


def test_xsd_wording_is_shown(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _rodar(capsys, "1017")
    assert rc == 0
    assert "DATA VALIDADE DA CARTEIRA VENCIDA" in out


@pytest.mark.parametrize("formato", ["text", "json"])
def test_unknown_code(capsys: pytest.CaptureFixture[str], formato: str) -> None:
    rc, out, err = _rodar(capsys, "9999", "--formato", formato)
    assert rc == 1
    if formato == "json":
        assert _json(out)["erro"]["codigo"] == "glosa.desconhecida"
    else:
        assert out == ""
        assert "'9999'" in err
        assert "--busca" in err


def test_search(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _rodar(capsys, "--busca", "duplicidade")
    assert rc == 0
    linhas = out.splitlines()
    assert linhas[0] == "1702 – Cobrança de procedimento em duplicidade (vigência até 30/06/2026)"
    assert any(linha.startswith("2607 – ") for linha in linhas)


def test_search_json(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _rodar(capsys, "--busca", "Duplicidade", "--formato", "json")
    assert rc == 0
    dados = _json(out)
    assert dados[0]["codigo"] == "1702"
    assert all("duplic" in d["descricao"].lower() for d in dados)


def test_search_limit(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _rodar(capsys, "-s", "senha", "--limite", "2")
    assert rc == 0
    linhas = out.splitlines()
    assert len(linhas) == 3
    assert linhas[-1].startswith("… e mais ")
    rc, out, _ = _rodar(capsys, "-s", "senha", "--limite", "2", "--formato", "json")
    assert len(_json(out)) == 2


def test_search_finds_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = _rodar(capsys, "--busca", "xyzzy")
    assert rc == 1
    assert out == ""
    assert "nenhuma glosa" in err
    rc, out, _ = _rodar(capsys, "--busca", "xyzzy", "--formato", "json")
    assert rc == 1
    assert _json(out) == []


def test_list_for_a_version(
    capsys: pytest.CaptureFixture[str], xsd_codigos: dict[str, frozenset[str]]
) -> None:
    rc, out, _ = _rodar(capsys, "--versao", "4.01.00", "--formato", "json")
    assert rc == 0
    assert {d["codigo"] for d in _json(out)} == xsd_codigos["4.01.00"]


def test_list_in_force_on_a_date(
    capsys: pytest.CaptureFixture[str], tabela: dict[str, dict[str, str]]
) -> None:
    rc, out, _ = _rodar(capsys, "--em", "22/11/2026", "--grupo", "revisão de glosa")
    assert rc == 0
    esperado = {
        c
        for c, r in tabela.items()
        if r["grupo"] == "Revisão de glosa" and r["vigencia_inicio"] and not r["vigencia_fim"]
    }
    assert {linha[:4] for linha in out.splitlines()} == esperado


def test_filters_on_a_code(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = _rodar(capsys, "3209", "--versao", "4.01.00")
    assert rc == 1
    assert out.startswith("3209 – ")
    assert "4.01.00 não aceita" in err
    rc, _, err = _rodar(capsys, "1702", "--em", "2026-07-01")
    assert rc == 1
    assert "fora da vigência em 01/07/2026" in err
    rc, _, err = _rodar(capsys, "1705", "--versao", "4.01.00", "--em", "2026-07-01")
    assert rc == 0
    assert err == ""


def test_groups(capsys: pytest.CaptureFixture[str], tabela: dict[str, dict[str, str]]) -> None:
    rc, out, _ = _rodar(capsys, "--grupos", "--formato", "json")
    assert rc == 0
    contagem = _json(out)
    assert list(contagem)[:2] == ["Elegibilidade", "Protocolo"]
    assert sum(contagem.values()) == sum(1 for r in tabela.values() if r["grupo"])
    assert contagem["Revisão de glosa"] == 9


@pytest.mark.parametrize(
    "args",
    [
        ["1705", "--busca", "valor"],
        ["--em", "ontem"],
        ["--versao", "3.05.00"],
        ["--limite", "-1"],
        ["--formato", "xml"],
    ],
)
def test_usage_errors(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    rc, _, err = _rodar(capsys, *args)
    assert rc == 2
    assert err
