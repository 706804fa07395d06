"""The one timing rule every benchmark here uses."""

from __future__ import annotations

import timeit
from collections.abc import Callable


def best(fn: Callable[[], object], repeat: int) -> float:
    """Seconds per call: the best of ``repeat`` runs, each long enough (~0.2 s) to time."""
    number = max(1, int(0.2 / max(timeit.timeit(fn, number=1), 1e-6)))
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number
