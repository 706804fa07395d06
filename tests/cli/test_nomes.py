"""The command line in Portuguese, and the option names of 0.1 as aliases (docs/nomes.rst)."""

from __future__ import annotations

import json

import pytest

from tiss_conecta import examples
from tiss_conecta.cli import build_parser, main

LOTE = str(examples.caminho("lote-sadt"))

PARES = [
    (["validate", LOTE, "--formato", "json"], ["validate", LOTE, "--format", "json"]),
    (["validate", LOTE, "--hash-estrito"], ["validate", LOTE, "--strict-hash"]),
    (
        ["hash", LOTE, "--estrito", "--formato", "json"],
        ["hash", LOTE, "--strict", "--format", "json"],
    ),
    (
        ["glosa", "--busca", "duplicidade", "--formato", "json"],
        ["glosa", "--search", "duplicidade", "--format", "json"],
    ),
    (["glosa", "-b", "duplicidade"], ["glosa", "-s", "duplicidade"]),
    (
        ["versoes", "--diferencas", "4.01.00", "4.02.00"],
        ["versoes", "--diff", "4.01.00", "4.02.00"],
    ),
    (
        ["check", LOTE, "--perfil", "tiss", "--data-envio", "2025-06-02", "--formato", "texto"],
        ["check", LOTE, "--perfil", "tiss", "--data-envio", "2025-06-02", "--format", "text"],
    ),
]


@pytest.mark.parametrize(("novo", "antigo"), PARES, ids=[p[0][0] + " " + p[0][2] for p in PARES])
def test_old_option_names_do_the_same(
    novo: list[str], antigo: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(novo) == 0
    saida_nova = capsys.readouterr().out
    assert main(antigo) == 0
    assert capsys.readouterr().out == saida_nova


def test_recurso_output_alias_is_the_same_option() -> None:
    recurso = build_parser()._subparsers._group_actions[0].choices["recurso"]  # type: ignore[union-attr,index]
    (acao,) = [a for a in recurso._actions if "--saida" in a.option_strings]
    assert {"-o", "--saida", "--output"} == set(acao.option_strings)


def test_help_names_the_portuguese_options(capsys: pytest.CaptureFixture[str]) -> None:
    for comando, opcao in (
        ("validate", "--formato"),
        ("validate", "--hash-estrito"),
        ("hash", "--estrito"),
        ("glosa", "--busca"),
        ("recurso", "--saida"),
        ("versoes", "--diferencas"),
    ):
        assert main([comando, "--help"]) == 0
        assert opcao in capsys.readouterr().out


def test_json_keys_are_portuguese_with_the_old_ones_beside(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        main(
            [
                "check",
                LOTE,
                "--perfil",
                "arcelormittal",
                "--data-envio",
                "2025-09-02",
                "--formato",
                "json",
            ]
        )
        == 1
    )
    [dados] = json.loads(capsys.readouterr().out)
    assert dados["arquivo"] == dados["file"] == LOTE
    assert dados["achados"] == dados["findings"]
    primeiro = dados["achados"][0]
    assert primeiro["codigo"] == primeiro["code"] == "prazo.fora_da_janela"
    assert {
        "severidade",
        "mensagem",
        "xpath",
        "linha",
        "numero_guia",
        "item",
        "glosa",
    } <= primeiro.keys()
