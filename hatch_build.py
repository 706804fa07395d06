"""Build hook: bundle the verified official reference files into the package.

The files (ANS XSDs, TUSS table 38) are never committed: ``xsd/refdata.py`` finds them
(``$TISS_CONECTA_REFERENCE``, ``../shared/tiss``, or the copy an sdist already carries),
checks them against ``xsd/SHA256SUMS``, and this hook copies them into
``src/tiss_conecta/_reference/`` (git-ignored), which the wheel and sdist then carry.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

sys.path.insert(0, str(Path(__file__).parent / "xsd"))
import refdata

BUNDLE = Path("src/tiss_conecta/_reference")


def _atual(target: Path) -> bool:
    """Whether ``target`` already holds the verified set: then it is left alone (tests read
    it while another test builds the wheel)."""
    sums = target / "SHA256SUMS"
    return (
        sums.is_file()
        and sums.read_bytes() == refdata.SUMS_FILE.read_bytes()
        and not refdata.problems_in(target, refdata.read_sums())
    )


class ReferenceDataHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "tiss-reference"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        target = root / BUNDLE
        source = refdata.locate(root, extra=[("copy carried by the sdist", target)])
        if source.resolve() != target.resolve() and not _atual(target):
            if target.exists():
                shutil.rmtree(target)
            for name in refdata.read_sums():
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source / name, target / name)
            shutil.copyfile(refdata.SUMS_FILE, target / "SHA256SUMS")
        build_data.setdefault("artifacts", []).append(f"/{BUNDLE.as_posix()}/")
