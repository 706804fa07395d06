"""Fixtures of the rules tests: ``b``, the message builders of each supported TISS version."""

from __future__ import annotations

import pytest

from tests.rules import build
from tiss_conecta.models import VERSOES


@pytest.fixture(params=list(VERSOES))
def versao(request: pytest.FixtureRequest) -> str:
    """Each supported TISS version, oldest first."""
    return str(request.param)


@pytest.fixture
def b(versao: str) -> build.Construtor:
    """The builders of :func:`versao`'s models."""
    return build.para(versao)
