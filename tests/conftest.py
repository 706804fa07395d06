"""Shared fixtures: where ../shared is (the Hypothesis profiles are in ../conftest.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TISS_CONECTA_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder beside the checkout (reference data and corpus; read-only)."""
    if not (SHARED / "tiss").is_dir():
        pytest.fail(f"../shared not found at {SHARED}: set TISS_CONECTA_SHARED")
    return SHARED
