"""argparse in Portuguese: headings, the ``-h`` help and the usage errors of every command.

Nothing of the global :mod:`argparse` is changed: :class:`Analisador` (an
``ArgumentParser``) and :class:`Formatador` (a ``HelpFormatter``) write the Portuguese texts
themselves, and subcommands inherit them (``add_subparsers`` makes each subparser with
``type(self)``). Usage errors exit 2, as argparse's do.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NoReturn

__all__ = ["Analisador", "Formatador", "traduz_erro"]

AJUDA = "mostra esta ajuda e sai"
USO = 2
"""The exit code of a usage error (argparse's)."""


class Formatador(argparse.HelpFormatter):
    """``uso:`` instead of ``usage:``; the rest of the help text comes from the parser."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "uso: " if prefix is None else prefix)


def _em_portugues(classe: type[argparse.HelpFormatter]) -> type[argparse.HelpFormatter]:
    """``classe`` itself when it already writes Portuguese, else it mixed with
    :class:`Formatador` (a subcommand may ask for ``RawDescriptionHelpFormatter``...)."""
    if issubclass(classe, Formatador):
        return classe
    return type(f"{classe.__name__}EmPortugues", (Formatador, classe), {})


_TIPOS = {"int": "número inteiro", "float": "número", "complex": "número complexo"}


def _escolhas(lista: str) -> list[str]:
    entre_aspas = re.findall(r"'([^']*)'", lista)
    return entre_aspas or [parte.strip() for parte in lista.split(",") if parte.strip()]


def _escolha_invalida(m: re.Match[str]) -> str:
    valor, lista = m["valor"], m["lista"]
    texto = f"escolha inválida: {valor} (escolha entre {lista})"
    parecidas = difflib.get_close_matches(valor.strip("'\""), _escolhas(lista), n=1)
    return texto + (f"; quis dizer '{parecidas[0]}'?" if parecidas else "")


def _valor_invalido(m: re.Match[str]) -> str:
    return f"valor inválido ({_TIPOS.get(m['tipo'], m['tipo'])}): {m['valor']}"


def _quantos(m: re.Match[str]) -> str:
    return f"espera {m['n']} valor" + ("" if m["n"] == "1" else "es")


_Traducao = str | Callable[[re.Match[str]], str]
_MENSAGENS: tuple[tuple[re.Pattern[str], _Traducao], ...] = tuple(
    (re.compile(padrao, re.DOTALL), traducao)
    for padrao, traducao in (
        (r"the following arguments are required: (?P<a>.*)", r"faltam os argumentos: \g<a>"),
        (r"unrecognized arguments: (?P<a>.*)", r"argumentos não reconhecidos: \g<a>"),
        (r"invalid choice: (?P<valor>.*?) \(choose from (?P<lista>.*)\)", _escolha_invalida),
        (r"expected one argument", "espera um valor"),
        (r"expected at most one argument", "espera no máximo um valor"),
        (r"expected at least one argument", "espera ao menos um valor"),
        (r"expected (?P<n>\d+) arguments?", _quantos),
        (r"invalid (?P<tipo>\S+) value: (?P<valor>.*)", _valor_invalido),
        (r"not allowed with argument (?P<a>.*)", r"não pode ser usado com o argumento \g<a>"),
        (r"one of the arguments (?P<a>.*) is required", r"informe um dos argumentos: \g<a>"),
        (
            r"ambiguous option: (?P<opcao>.*?) could match (?P<opcoes>.*)",
            r"opção ambígua: \g<opcao> pode ser \g<opcoes>",
        ),
        (r"ignored explicit argument (?P<a>.*)", r"valor não aceito por esta opção: \g<a>"),
        (
            r"unknown parser (?P<nome>.*?) \(choices: (?P<lista>.*)\)",
            r"comando desconhecido: \g<nome> (escolha entre \g<lista>)",
        ),
        (r"can't open '(?P<arquivo>.*?)': (?P<motivo>.*)", r"não foi possível abrir '\g<arquivo>'"),
    )
)
_ARGUMENTO = re.compile(r"^argument (?P<nome>.+?): (?P<resto>.*)$", re.DOTALL)


def _traduz_mensagem(mensagem: str) -> str | None:
    for padrao, traducao in _MENSAGENS:
        m = padrao.fullmatch(mensagem)
        if m:
            return traducao(m) if callable(traducao) else m.expand(traducao)
    return None


def traduz_erro(mensagem: str) -> str:
    """argparse's (English) usage error in Portuguese; a message it does not know (one of
    ours, already Portuguese, or a future argparse's) comes back unchanged.

    >>> traduz_erro("argument --formato: invalid choice: 'xml' (choose from 'texto', 'json')")
    "argumento --formato: escolha inválida: 'xml' (escolha entre 'texto', 'json')"
    >>> traduz_erro("the following arguments are required: ARQUIVO")
    'faltam os argumentos: ARQUIVO'
    """
    m = _ARGUMENTO.match(mensagem)
    if m:
        resto = _traduz_mensagem(m["resto"])
        return f"argumento {m['nome']}: {m['resto'] if resto is None else resto}"
    traduzida = _traduz_mensagem(mensagem)
    return mensagem if traduzida is None else traduzida


class Analisador(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose headings, ``-h`` help and usage errors are Portuguese."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["formatter_class"] = _em_portugues(kwargs.get("formatter_class", Formatador))
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False  # argparse's own -h says it in English
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumentos"
        self._optionals.title = "opções"
        if add_help:
            prefixo = "-" if "-" in self.prefix_chars else self.prefix_chars[0]
            self.add_argument(
                prefixo + "h",
                prefixo * 2 + "help",
                action="help",
                default=argparse.SUPPRESS,
                help=AJUDA,
            )

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        """Like argparse's, but arguments nobody took are refused by the subcommand that
        was chosen (``tiss-conecta check: erro: ...``), whose usage is the one that helps."""
        resultado, sobras = self.parse_known_args(args, namespace)
        if sobras:
            self._comando_escolhido(resultado).error(
                f"argumentos não reconhecidos: {' '.join(sobras)}"
            )
        return resultado

    def _comando_escolhido(self, resultado: argparse.Namespace) -> argparse.ArgumentParser:
        for acao in self._actions:
            if isinstance(acao, argparse._SubParsersAction):
                escolhido = acao.choices.get(getattr(resultado, acao.dest, None) or "")
                if isinstance(escolhido, Analisador):
                    return escolhido._comando_escolhido(resultado)
        return self

    def error(self, message: str) -> NoReturn:
        """Print the usage and ``PROG: erro: MENSAGEM`` on stderr, exit 2."""
        self.print_usage(sys.stderr)
        self.exit(USO, f"{self.prog}: erro: {traduz_erro(message)}\n")
