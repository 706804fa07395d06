"""Cross-references to the codec's errors resolve in the built documentation."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"
UNRESOLVED = re.compile(r"py:\w+ reference target not found: (\S+)")


def test_error_and_strategy_references_resolve(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "sphinx", "-n", "-q", "-E", "-b", "html", str(DOCS), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    missing = set(UNRESOLVED.findall(built.stderr))
    ours = {
        target
        for target in missing
        if re.fullmatch(r"(tiss_conecta\.)?(Tiss\w*|GlosaDesconhecida|mensagem)", target)
    }
    assert ours == set()
