"""The command line's argparse texts are Portuguese: help headings, usage errors, --version."""

from __future__ import annotations

import argparse
from importlib.metadata import version

import pytest

from tiss_conecta.cli import build_parser, main
from tiss_conecta.cli._argumentos import Analisador, traduz_erro

INGLES = (
    "usage:",
    "positional arguments",
    "options:",
    "optional arguments",
    "show this help",
    "error:",
    "the following arguments",
    "unrecognized arguments",
    "invalid choice",
    "choose from",
    "expected one argument",
    "expected at",
    "not allowed with",
    "is required",
    "ambiguous option",
    "could match",
    "show program's version",
)


def _subcomandos() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    acao = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(acao.choices)


SUBCOMANDOS = sorted(_subcomandos())


def _sem_ingles(texto: str) -> None:
    for frase in INGLES:
        assert frase not in texto, (frase, texto)


def _executa(capsys: pytest.CaptureFixture[str], *argumentos: str) -> tuple[int, str, str]:
    codigo = main(list(argumentos))
    saida = capsys.readouterr()
    return codigo, saida.out, saida.err


def test_every_subparser_is_the_portuguese_parser() -> None:
    assert isinstance(build_parser(), Analisador)
    assert {"validate", "hash", "glosa", "check", "recurso", "versoes"} <= set(SUBCOMANDOS)
    for nome, parser in _subcomandos().items():
        assert isinstance(parser, Analisador), nome


def test_main_help_lists_the_subcommands_in_portuguese(capsys: pytest.CaptureFixture[str]) -> None:
    codigo, saida, _ = _executa(capsys, "--help")
    assert codigo == 0
    assert saida.startswith("uso: tiss-conecta")
    assert "\nargumentos:\n" in saida
    assert "\nopções:\n" in saida
    assert "-h, --help  mostra esta ajuda e sai" in saida
    for nome in SUBCOMANDOS:
        assert nome in saida
    _sem_ingles(saida)


@pytest.mark.parametrize("subcomando", SUBCOMANDOS)
def test_subcommand_help_is_portuguese(capsys: pytest.CaptureFixture[str], subcomando: str) -> None:
    codigo, saida, erro = _executa(capsys, subcomando, "--help")
    assert codigo == 0
    assert erro == ""
    assert saida.startswith(f"uso: tiss-conecta {subcomando}")
    assert "mostra esta ajuda e sai" in saida
    assert "opções:" in saida
    _sem_ingles(saida)


def _erro_de_uso(erro: str, prog: str) -> str:
    """The message of a usage error, after checking its Portuguese frame."""
    assert erro.startswith(f"uso: {prog}")
    ultima = erro.rstrip("\n").splitlines()[-1]
    assert ultima.startswith(f"{prog}: erro: ")
    _sem_ingles(erro)
    return ultima.removeprefix(f"{prog}: erro: ")


@pytest.mark.parametrize("subcomando", SUBCOMANDOS)
def test_unknown_option_is_refused_by_the_subcommand(
    capsys: pytest.CaptureFixture[str], subcomando: str
) -> None:
    parser = _subcomandos()[subcomando]
    obrigatorios = [
        next(iter(acao.choices)) if acao.choices else "x"  # tabela guias|itens|glosas
        for acao in parser._actions
        if not acao.option_strings and acao.required and acao.nargs != "?"
    ]
    grupo = [g for g in parser._mutually_exclusive_groups if g.required]
    exclusivos = [g._group_actions[0].option_strings[0] for g in grupo]
    argumentos = [*obrigatorios, *exclusivos, "--opcao-que-nao-existe"]
    if any(acao.option_strings == ["-o", "--saida"] and acao.required for acao in parser._actions):
        argumentos += ["-o", "saida.xml"]
    codigo, _, erro = _executa(capsys, subcomando, *argumentos)
    assert codigo == 2
    mensagem = _erro_de_uso(erro, f"tiss-conecta {subcomando}")
    assert mensagem.startswith(("argumentos não reconhecidos: --opcao-que-nao-existe", "falt"))


@pytest.mark.parametrize(
    "subcomando",
    [
        nome
        for nome, parser in _subcomandos().items()
        if any(not a.option_strings and a.required and a.nargs != "?" for a in parser._actions)
    ],
)
def test_missing_argument_is_named(capsys: pytest.CaptureFixture[str], subcomando: str) -> None:
    codigo, _, erro = _executa(capsys, subcomando)
    assert codigo == 2
    assert _erro_de_uso(erro, f"tiss-conecta {subcomando}").startswith(
        ("faltam os argumentos: ", "informe um dos argumentos: ")
    )


@pytest.mark.parametrize(
    "subcomando",
    [
        nome
        for nome, parser in _subcomandos().items()
        if any("--formato" in a.option_strings for a in parser._actions)
    ],
)
def test_invalid_choice_keeps_the_choices(
    capsys: pytest.CaptureFixture[str], subcomando: str
) -> None:
    codigo, _, erro = _executa(capsys, subcomando, "x.xml", "--formato", "xml")
    assert codigo == 2
    mensagem = _erro_de_uso(erro, f"tiss-conecta {subcomando}")
    assert mensagem.startswith("argumento --formato/--format: escolha inválida: 'xml' ")
    assert "(escolha entre 'texto', 'json'" in mensagem


def test_unknown_command_suggests_the_closest(capsys: pytest.CaptureFixture[str]) -> None:
    codigo, _, erro = _executa(capsys, "validar", "x.xml")
    assert codigo == 2
    mensagem = _erro_de_uso(erro, "tiss-conecta")
    assert mensagem.startswith("argumento COMANDO: escolha inválida: 'validar' (escolha entre ")
    assert mensagem.endswith("quis dizer 'validate'?")


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    codigo, _, erro = _executa(capsys)
    assert codigo == 2
    assert _erro_de_uso(erro, "tiss-conecta") == "faltam os argumentos: COMANDO"


def test_option_without_its_value(capsys: pytest.CaptureFixture[str]) -> None:
    codigo, _, erro = _executa(capsys, "check", "x.xml", "--perfil")
    assert codigo == 2
    assert _erro_de_uso(erro, "tiss-conecta check") == "argumento --perfil: espera um valor"


def test_ambiguous_option(capsys: pytest.CaptureFixture[str]) -> None:
    codigo, _, erro = _executa(capsys, "check", "x.xml", "--form", "json")
    assert codigo == 2
    mensagem = _erro_de_uso(erro, "tiss-conecta check")
    assert mensagem.startswith("opção ambígua: --form pode ser ")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    codigo, saida, erro = _executa(capsys, "--version")
    assert codigo == 0
    assert erro == ""
    assert saida == f"tiss-conecta {version('tiss-conecta')} (TISS 4.01.00, 4.02.00, 4.03.00)\n"


@pytest.mark.parametrize(
    ("ingles", "portugues"),
    [
        ("the following arguments are required: A, B", "faltam os argumentos: A, B"),
        ("unrecognized arguments: --x y", "argumentos não reconhecidos: --x y"),
        (
            "argument --f: invalid choice: 'c' (choose from 'a', 'b')",
            "argumento --f: escolha inválida: 'c' (escolha entre 'a', 'b')",
        ),
        (
            "argument --f: invalid choice: 'bb' (choose from a, b)",  # Python 3.12.8+
            "argumento --f: escolha inválida: 'bb' (escolha entre a, b); quis dizer 'b'?",
        ),
        ("argument -n: expected one argument", "argumento -n: espera um valor"),
        ("argument -n: expected at most one argument", "argumento -n: espera no máximo um valor"),
        ("argument -n: expected at least one argument", "argumento -n: espera ao menos um valor"),
        ("argument -n: expected 2 arguments", "argumento -n: espera 2 valores"),
        ("argument -n: expected 1 argument", "argumento -n: espera 1 valor"),
        (
            "argument -n: invalid int value: 'x'",
            "argumento -n: valor inválido (número inteiro): 'x'",
        ),
        ("argument -n: invalid Path value: 'x'", "argumento -n: valor inválido (Path): 'x'"),
        (
            "argument --a: not allowed with argument --b",
            "argumento --a: não pode ser usado com o argumento --b",
        ),
        ("one of the arguments --a --b is required", "informe um dos argumentos: --a --b"),
        (
            "ambiguous option: --f could match --formato, --format",
            "opção ambígua: --f pode ser --formato, --format",
        ),
        ("argument --data: data inválida '3': use AAAA-MM-DD", None),  # ours, kept
    ],
)
def test_every_argparse_message_format_is_translated(ingles: str, portugues: str | None) -> None:
    assert traduz_erro(ingles) == (
        ingles.replace("argument ", "argumento ", 1) if portugues is None else portugues
    )


def test_a_subcommand_formatter_is_made_portuguese() -> None:
    parser = Analisador(prog="p", formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("arquivo")
    ajuda = parser.format_help()
    assert ajuda.startswith("uso: p")
    _sem_ingles(ajuda)
    sem_ajuda = Analisador(prog="p", add_help=False)
    assert "-h" not in sem_ajuda.format_help()
