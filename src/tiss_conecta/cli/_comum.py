"""What every subcommand shares: output formats, usage errors, ``--perfil``."""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiss_conecta.rules import Perfil

FORMATS = ("text", "json")


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
