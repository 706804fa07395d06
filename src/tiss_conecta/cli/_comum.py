"""What every subcommand shares: the output format, usage errors, ``--perfil``, the exit
codes, reports of many files and the progress line.

Options are named in Portuguese (``--formato``); the names of 0.1 (``--format``...) stay as
aliases for the scripts that use them.

Every command exits with the same codes: :data:`OK`, :data:`ACHADOS` (a finding of severity
erro, or a file that is not TISS), :data:`USO` (bad usage, or a file that cannot be read).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tomllib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tiss_conecta.codec import Relatorio
    from tiss_conecta.errors import TissError
    from tiss_conecta.rules import Perfil

OK, ACHADOS, USO = 0, 1, 2
"""The exit codes of every command."""

FORMATOS = ("texto", "json")
FORMATOS_DE_RELATORIO = ("texto", "json", "github")
ILEGIVEL = "io.ilegivel"
"""The code of a file that cannot be read (missing, a folder, no permission): exit :data:`USO`."""


def _formato(valor: str) -> str:
    return "texto" if valor == "text" else valor


def opcao_formato(
    parser: Any, ajuda: str | None = None, formatos: Sequence[str] = FORMATOS
) -> None:
    """``--formato texto|json`` (also ``--format``, and ``text`` for ``texto``)."""
    parser.add_argument(
        "--formato",
        "--format",
        dest="formato",
        type=_formato,
        choices=tuple(formatos),
        default="texto",
        help=ajuda
        or "texto para pessoas (padrão), json para programas"
        + (", github para anotações do GitHub Actions" if "github" in formatos else ""),
    )


def opcao_versao(parser: Any, ajuda: str, *, metavar: str | None = "VERSAO") -> None:
    """``--versao VERSAO``: read with the schemas of one of :data:`tiss_conecta.models.VERSOES`
    instead of the declared one; ``ajuda`` says what that means for the command, ``metavar=None``
    shows the versions in the usage."""
    from tiss_conecta.models import VERSOES

    parser.add_argument(
        "--versao", choices=tuple(VERSOES), default=None, metavar=metavar, help=ajuda
    )


def saida_do_erro(erro: TissError) -> int:
    """The exit code of a command that could not go on with a file: :data:`USO` when it
    cannot be read, else :data:`ACHADOS`."""
    return USO if erro.codigo == ILEGIVEL else ACHADOS


def saida_dos_relatorios(relatorios: Sequence[Relatorio]) -> int:
    """:data:`USO` when a file cannot be read, :data:`ACHADOS` when one has an erro, else
    :data:`OK`."""
    if any(a.codigo == ILEGIVEL for r in relatorios for a in r.achados):
        return USO
    return OK if all(r.ok for r in relatorios) else ACHADOS


def _github(valor: str, *, propriedade: bool = False) -> str:
    valor = valor.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return valor.replace(":", "%3A").replace(",", "%2C") if propriedade else valor


_NIVEIS_GITHUB = {"erro": "error", "aviso": "warning", "info": "notice"}


def anotacoes_github(relatorio: Relatorio) -> list[str]:
    """Each achado as a GitHub Actions workflow command (``::error file=...,line=...::``)."""
    linhas = []
    for a in relatorio.achados:
        propriedades = [f"file={_github(relatorio.arquivo or '-', propriedade=True)}"]
        if a.linha:
            propriedades.append(f"line={a.linha}")
        if a.coluna:
            propriedades.append(f"col={a.coluna}")
        propriedades.append(f"title={_github(a.codigo, propriedade=True)}")
        onde = ", ".join(
            p
            for p in (
                f"guia {a.numero_guia}" if a.numero_guia else "",
                f"item {a.item}" if a.item is not None else "",
                f"glosa {a.glosa}" if a.glosa else "",
            )
            if p
        )
        texto = (f"({onde}) " if onde else "") + a.mensagem
        if a.dica:
            texto += ("" if texto.endswith(".") else ".") + f" Como corrigir: {a.dica}"
        nivel = _NIVEIS_GITHUB[a.severidade.value]
        linhas.append(f"::{nivel} {','.join(propriedades)}::{_github(texto)}")
    return linhas


def mostrar_relatorios(relatorios: Sequence[Relatorio], formato: str) -> None:
    """The reports on stdout: text for people, a JSON array (one object per file, also for
    one file), or GitHub Actions annotations."""
    if formato == "json":
        print(json.dumps([r.to_dict() for r in relatorios], ensure_ascii=False, indent=2))
        return
    if formato == "github":
        for r in relatorios:
            for linha in anotacoes_github(r):
                print(linha)
    else:
        print("\n\n".join(str(r) for r in relatorios))
    if len(relatorios) > 1 or formato == "github":
        validos = sum(r.ok for r in relatorios)
        erros = sum(len(r.erros) for r in relatorios)
        print(f"\n{validos} de {len(relatorios)} arquivo(s) sem erro; {erros} erro(s) no total")


class Progresso:
    """A progress line on stderr, only when it is a terminal and the run takes longer than
    :attr:`espera` seconds; erased at the end."""

    espera = 1.0

    def __init__(self, verbo: str) -> None:
        self.verbo = verbo
        self.inicio = time.monotonic()
        self.ativo = sys.stderr.isatty()
        self.mostrado = False

    def __call__(self, feitos: int, total: int) -> None:
        if not self.ativo or time.monotonic() - self.inicio < self.espera:
            return
        largura = 30
        cheio = largura * feitos // max(total, 1)
        barra = "#" * cheio + "." * (largura - cheio)
        sys.stderr.write(f"\r{self.verbo} [{barra}] {feitos}/{total} arquivo(s)")
        sys.stderr.flush()
        self.mostrado = True

    def terminar(self) -> None:
        if self.mostrado:
            sys.stderr.write("\r" + " " * 70 + "\r")
            sys.stderr.flush()


def erro_de_uso(comando: str, mensagem: str) -> int:
    """Say what is wrong on stderr; exit code 2."""
    print(f"tiss-conecta {comando}: {mensagem}", file=sys.stderr)
    return 2


def ler_mensagem(
    comando: str, caminho: str, *, versao: str | None = None
) -> tuple[Any, int | None]:
    """Parse the message of ``caminho``: ``(mensagem, None)``, or ``(None, exit code)`` after
    saying why on stderr (unreadable: :data:`USO`; read, but not TISS: :data:`ACHADOS`)."""
    from tiss_conecta import parse
    from tiss_conecta._sistema import motivo_do_sistema
    from tiss_conecta.errors import TissError

    try:
        return parse(caminho, versao=versao), None
    except OSError as erro:
        motivo = motivo_do_sistema(erro)
        return None, erro_de_uso(comando, f"não foi possível ler {caminho}: {motivo}")
    except TissError as erro:
        erro_de_uso(comando, f"{caminho}: {erro}")
        return None, saida_do_erro(erro)


def perfil(nome: str) -> Perfil:
    """A built-in profile by name or registro ANS, or one kept as a ``.json``/``.toml`` file.

    Raises ``OSError``, ``ValueError`` (bad JSON/TOML) or a :class:`~tiss_conecta.TissError`.
    """
    from tiss_conecta.rules.perfil import Perfil, perfil

    caminho = Path(nome)
    if caminho.suffix.lower() in (".json", ".toml"):
        texto = caminho.read_text(encoding="utf-8")
        dados = json.loads(texto) if caminho.suffix.lower() == ".json" else tomllib.loads(texto)
        return Perfil.from_dict(dados)
    return perfil(nome)


def positivo(texto: str) -> int:
    """An argparse type: a positive integer."""
    try:
        valor = int(texto)
    except ValueError:
        valor = 0
    if valor < 1:
        raise argparse.ArgumentTypeError(f"número inválido {texto!r}: use um inteiro positivo")
    return valor


def opcao_processos(parser: Any) -> None:
    """``--processos N``: processes for a folder (default: one per core)."""
    parser.add_argument(
        "--processos",
        type=positivo,
        default=None,
        metavar="N",
        help="quantos processos usar numa pasta (padrão: um por núcleo)",
    )


def relatar_pasta(
    comando: str,
    args: Any,
    verbo: str,
    conferir: Callable[..., Iterable[Relatorio]],
    **opcoes: Any,
) -> int:
    """Run ``conferir`` (``validar_arquivos``, ``conferir_arquivos``) over the files and folders
    of ``args.arquivos`` with a progress line, show the reports in ``args.formato`` and return
    the exit code; no ``*.xml`` at all is a usage error."""
    from tiss_conecta.preenvio import arquivos_xml

    arquivos = arquivos_xml(args.arquivos)
    if not arquivos:
        return erro_de_uso(comando, "nenhum arquivo .xml nas pastas indicadas")
    progresso = Progresso(verbo)
    relatorios = list(
        conferir(
            arquivos,
            versao=args.versao,
            strict_hash=args.hash_estrito,
            processos=args.processos,
            ao_progredir=progresso,
            **opcoes,
        )
    )
    progresso.terminar()
    mostrar_relatorios(relatorios, args.formato)
    return saida_dos_relatorios(relatorios)
