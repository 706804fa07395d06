"""The ``tiss-conecta`` command line (also ``python -m tiss_conecta``).

Each subcommand lives in its own module here and exposes ``register(subparsers)``;
handlers return the process exit code: 0 ok, 1 findings, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from tiss_conecta.cli._argumentos import Analisador
from tiss_conecta.models import VERSOES

SUBCOMMANDS = (
    "tiss_conecta.cli._codec",
    "tiss_conecta.cli._glosa",
    "tiss_conecta.cli._check",
    "tiss_conecta.cli._recurso",
    "tiss_conecta.cli._versoes",
    "tiss_conecta.cli._corrigir",
    "tiss_conecta.cli._conciliar",
    "tiss_conecta.cli._tabela",
)


def _versao() -> str:
    """``tiss-conecta 0.1.0 (TISS 4.01.00, 4.02.00, 4.03.00)``."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        numero = version("tiss-conecta")
    except PackageNotFoundError:  # running from a source tree that is not installed
        from tiss_conecta import __version__ as numero
    return f"tiss-conecta {numero} (TISS {', '.join(VERSOES)})"


def build_parser() -> argparse.ArgumentParser:
    parser = Analisador(
        prog="tiss-conecta",
        description=f"TISS {', '.join(VERSOES)}: validação, hash do epílogo, glosas, regras "
        "das operadoras, recurso de glosa e conversão entre versões.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=_versao(),
        help="mostra a versão do tiss-conecta e as versões TISS que ele lê, e sai",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMANDO")
    for module in SUBCOMMANDS:
        importlib.import_module(module).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        code: int = args.handler(args)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `tiss-conecta glosa --busca x | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return code
