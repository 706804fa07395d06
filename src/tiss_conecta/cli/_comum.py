"""What every subcommand shares: the output format, usage errors, ``--perfil``.

Options are named in Portuguese (``--formato``); the names of 0.1 (``--format``...) stay as
aliases for the scripts that use them.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tiss_conecta.rules import Perfil

FORMATOS = ("texto", "json")


def _formato(valor: str) -> str:
    return "texto" if valor == "text" else valor


def opcao_formato(parser: Any, ajuda: str | None = None) -> None:
    """``--formato texto|json`` (also ``--format``, and ``text`` for ``texto``)."""
    parser.add_argument(
        "--formato",
        "--format",
        dest="formato",
        type=_formato,
        choices=FORMATOS,
        default="texto",
        help=ajuda or "texto para pessoas (padrão) ou json para programas",
    )


def erro_de_uso(comando: str, mensagem: str) -> int:
    """Say what is wrong on stderr; exit code 2."""
    print(f"tiss-conecta {comando}: {mensagem}", file=sys.stderr)
    return 2


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
