"""Fixtures of the reader tests: ``b``, the message builders of each supported TISS version."""

from __future__ import annotations

import pytest

from tests.rules import build
from tiss_conecta.models import VERSOES


@pytest.fixture(params=list(VERSOES))
def b(request: pytest.FixtureRequest) -> build.Construtor:
    """The builders of one supported version's models, each version in turn."""
    return build.para(str(request.param))
