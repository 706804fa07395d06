"""The built wheel carries the reference data: it validates with no ../shared in sight."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

from tests.conftest import ROOT


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_wheel_validates_demo_without_shared(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    # sdist first, then the wheel from the unpacked sdist (python -m build's default path)
    run(sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, ROOT, cwd=tmp_path)
    wheels = list(dist.glob("tiss_conecta-*.whl"))
    assert len(wheels) == 1

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    elsewhere = tmp_path / "elsewhere"  # no ../shared beside this folder
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TISS_CONECTA", "PYTHON"))}
    run(python, "-m", "pip", "install", "--quiet", wheels[0], cwd=elsewhere, env=env)

    where = run(
        python,
        "-c",
        "from tiss_conecta import reference; print(reference.raiz())",
        cwd=elsewhere,
        env=env,
    )
    assert Path(where.strip()).is_relative_to(env_dir)
    for versao in ("4.01.00", "4.02.00", "4.03.00"):
        demo = run(
            python, "-m", "tiss_conecta.examples", "lote-sadt", versao, cwd=elsewhere, env=env
        )
        out = run(
            env_dir / "bin" / "tiss-conecta", "validate", demo.strip(), cwd=elsewhere, env=env
        )
        assert f"válido — TISS {versao}" in out
    print(f"wheel: {wheels[0].name}, {wheels[0].stat().st_size:,} bytes")
