"""Generate the model dataclasses of every registered TISS version with xsdata.

    python xsd/generate.py           # write src/tiss_conecta/models/v*/
    python xsd/generate.py --check   # regenerate into a temp dir; exit 1 on any drift

The versions come from ``tiss_conecta.models.VERSOES``, the generator settings from
``xsd/xsdata.xml``, the pinned generator from ``xsd/codegen-requirements.txt``.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import refdata

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
CONFIG = ROOT / "xsd" / "xsdata.xml"


def registry() -> dict[str, tuple[str, str]]:
    """``{versao: (package, schema)}`` read from the package's registry without importing it."""
    spec = importlib.util.spec_from_file_location(
        "_tiss_models_registry", SRC / "tiss_conecta" / "models" / "__init__.py"
    )
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return {v: (e.pacote, e.esquema) for v, e in module.VERSOES.items()}


def generate(reference: Path, package: str, schema: str, workdir: Path) -> Path:
    """Run xsdata for one version inside ``workdir``; return the generated package folder."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "xsdata",
            "generate",
            str(reference / schema),
            "--config",
            str(CONFIG),
            "--package",
            f"{package}.tiss",
        ],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"xsdata failed for {schema} (exit {result.returncode})")
    return workdir.joinpath(*package.split("."))


def drift(expected: Path, actual: Path) -> list[str]:
    """Files that differ, are missing, or are extra in ``actual`` compared with ``expected``."""
    found: list[str] = []
    cmp = filecmp.dircmp(expected, actual, ignore=["__pycache__"])
    pending = [(cmp, Path())]
    while pending:
        node, rel = pending.pop()
        found += [f"only in the fresh output: {rel / n}" for n in node.left_only]
        found += [f"not produced by the generator: {rel / n}" for n in node.right_only]
        _, mismatch, errors = filecmp.cmpfiles(
            node.left, node.right, node.common_files, shallow=False
        )
        found += [f"differs: {rel / n}" for n in mismatch + errors]
        pending += [(sub, rel / name) for name, sub in node.subdirs.items()]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on drift; write nothing")
    args = parser.parse_args(argv)
    reference = refdata.locate(ROOT, extra=[("bundled copy", SRC / "tiss_conecta" / "_reference")])
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for versao, (package, schema) in registry().items():
            fresh = generate(reference, package, schema, Path(tmp))
            committed = SRC.joinpath(*package.split("."))
            if args.check:
                problems = drift(fresh, committed) if committed.is_dir() else ["not generated yet"]
                failures += [f"{versao}: {p}" for p in problems]
            else:
                shutil.rmtree(committed, ignore_errors=True)
                shutil.copytree(fresh, committed, ignore=shutil.ignore_patterns("__pycache__"))
                print(f"{versao}: generated {committed.relative_to(ROOT)}")
    if failures:
        print("Generated models drifted from what xsd/generate.py produces:", *failures, sep="\n  ")
        print("Fix: run `make models` and commit the result; never hand-edit generated files.")
        return 1
    if args.check:
        print("models: no drift")
    return 0


if __name__ == "__main__":
    sys.exit(main())
