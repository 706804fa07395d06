"""Find and verify the official reference files (shared by the build hook and generate.py)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

ENV_VAR = "TISS_CONECTA_REFERENCE"
SUMS_FILE = Path(__file__).with_name("SHA256SUMS")


def read_sums(path: Path = SUMS_FILE) -> dict[str, str]:
    """``{relative path: sha256}`` from a ``sha256sum``-style file."""
    sums: dict[str, str] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            sums[name.strip()] = digest
    return sums


def problems_in(root: Path, sums: dict[str, str]) -> list[str]:
    """What is missing or altered under ``root``; empty when the set is complete."""
    if not root.is_dir():
        return ["not a directory"]
    found = []
    for name, digest in sums.items():
        path = root / name
        if not path.is_file():
            found.append(f"missing {name}")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            found.append(f"checksum differs for {name}")
    return found


def candidates(project_root: Path) -> list[tuple[str, Path]]:
    """Where to look, in order: the environment variable, then ../shared/tiss."""
    found = []
    if os.environ.get(ENV_VAR):
        found.append((f"${ENV_VAR}", Path(os.environ[ENV_VAR])))
    found.append(("../shared/tiss", project_root.parent / "shared" / "tiss"))
    return found


def locate(project_root: Path, extra: list[tuple[str, Path]] | None = None) -> Path:
    """The first verified reference directory, or ``RuntimeError`` saying where it looked."""
    sums = read_sums()
    tried = []
    for label, where in candidates(project_root) + (extra or []):
        problems = problems_in(where, sums)
        if not problems:
            return where
        tried.append(f"  {label} = {where}: {'; '.join(problems[:3])}")
    raise RuntimeError(
        "tiss-conecta: the official TISS reference files (ANS XSDs, TUSS table 38) were not "
        "found or do not match xsd/SHA256SUMS.\nLooked in:\n"
        + "\n".join(tried)
        + f"\nFix: put the reference set beside the checkout as ../shared/tiss, or set {ENV_VAR} "
        "to a directory holding the files listed in xsd/SHA256SUMS."
    )
