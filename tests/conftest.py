"""Shared fixtures: where ../shared is, and the Hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TISS_CONECTA_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"

settings.register_profile(
    "default",
    deadline=None,
    max_examples=50,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# CI: the same examples on every run, so a red build can be reproduced.
settings.register_profile("ci", parent=settings.get_profile("default"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder beside the checkout (reference data and corpus; read-only)."""
    if not (SHARED / "tiss").is_dir():
        pytest.fail(f"../shared not found at {SHARED}: set TISS_CONECTA_SHARED")
    return SHARED
