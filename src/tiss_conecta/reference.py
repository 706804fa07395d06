"""Where the official reference files (ANS XSDs, TUSS tables) are at run time.

The build bundles them into ``tiss_conecta/_reference/`` (see ``hatch_build.py``).
``TISS_CONECTA_REFERENCE`` overrides that directory, e.g. to try a newer table.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from tiss_conecta.errors import TissReferenceError

__all__ = ["VARIAVEL", "caminho", "raiz"]

VARIAVEL = "TISS_CONECTA_REFERENCE"
_BUNDLED = Path(__file__).with_name("_reference")


@cache
def raiz() -> Path:
    """The reference directory in use (``$TISS_CONECTA_REFERENCE`` or the bundled copy).

    >>> (raiz() / "4.03.00").is_dir()
    True
    """
    override = os.environ.get(VARIAVEL)
    where = Path(override) if override else _BUNDLED
    if not where.is_dir():
        raise TissReferenceError(
            f"arquivos de referência TISS não encontrados em {where}",
            dica=f"reinstale o pacote (o build os inclui) ou aponte {VARIAVEL} para a pasta tiss/",
        )
    return where


def caminho(relativo: str) -> Path:
    """Absolute path of one reference file.

    >>> caminho("tabelas/tabela38.csv").name
    'tabela38.csv'
    """
    target = raiz() / relativo
    if not target.is_file():
        raise TissReferenceError(
            f"arquivo de referência ausente: {relativo} (em {raiz()})",
            dica="reinstale o pacote ou confira a pasta apontada por " + VARIAVEL,
        )
    return target
