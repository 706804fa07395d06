"""One function on many files, on every core (a process pool), results in the order of the
files: what :mod:`tiss_conecta.preenvio` (validate, check) and :mod:`tiss_conecta.tabelas`
(rows of a folder) share.

The function must be picklable (a module-level function or a ``functools.partial`` of one)
and should not raise for a bad file: it reports it in its result, so one file never stops
the others.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

__all__ = ["MAXIMO_POR_LOTE", "MINIMO_POR_PROCESSO", "Progresso", "em_paralelo"]

T = TypeVar("T")

Progresso = Callable[[int, int], None]
"""Called after each file with how many are done and the total."""

MINIMO_POR_PROCESSO = 4
"""Fewer files than this per process are checked in this process (starting one costs more)."""
MAXIMO_POR_LOTE = 32
"""The most files sent to a process at once (the first batches; later ones shrink)."""


def _processos(pedidos: int | None, arquivos: int) -> int:
    disponiveis = pedidos if pedidos is not None else (os.cpu_count() or 1)
    return max(1, min(disponiveis, arquivos // MINIMO_POR_PROCESSO))


def _lotes(arquivos: list[Path], processos: int) -> list[list[Path]]:
    """The files in consecutive batches, each a quarter of one process's share of the files
    not yet batched (at most :data:`MAXIMO_POR_LOTE`): few batches to send and collect, and
    the last ones of a single file, so no process sits idle while another ends a long batch
    (a lote of 30 guias takes some 15 times as long to check as one of a single guia).

    >>> tamanhos = [len(lote) for lote in _lotes([Path(f"{i}.xml") for i in range(1000)], 2)]
    >>> len(tamanhos), tamanhos[:3], tamanhos[-3:]
    (61, [32, 32, 32], [1, 1, 1])
    """
    lotes = []
    inicio = 0
    while inicio < len(arquivos):
        restantes = len(arquivos) - inicio
        tamanho = max(1, min(MAXIMO_POR_LOTE, restantes // (4 * processos)))
        lotes.append(arquivos[inicio : inicio + tamanho])
        inicio += tamanho
    return lotes


def _cada(funcao: Callable[[Path], T], lote: list[Path]) -> list[T]:
    """``funcao`` on each file of ``lote``, in a worker process."""
    return [funcao(caminho) for caminho in lote]


def em_paralelo(
    funcao: Callable[[Path], T],
    arquivos: list[Path],
    processos: int | None,
    ao_progredir: Progresso | None = None,
) -> Iterator[T]:
    """``funcao`` on each file, on ``processos`` processes (default: every core; one when
    there are fewer than :data:`MINIMO_POR_PROCESSO` files per process), results in the
    order of ``arquivos``; ``ao_progredir`` is called after each.

    >>> list(em_paralelo(str, [Path("a.xml"), Path("bb.xml")], processos=1))
    ['a.xml', 'bb.xml']
    """
    n = _processos(processos, len(arquivos))
    if n == 1:
        resultados: Iterator[T] = map(funcao, arquivos)
        executor = None
    else:
        executor = ProcessPoolExecutor(n)
        por_lote = executor.map(functools.partial(_cada, funcao), _lotes(arquivos, n))
        resultados = itertools.chain.from_iterable(por_lote)
    try:
        for feitos, resultado in enumerate(resultados, 1):
            if ao_progredir is not None:
                ao_progredir(feitos, len(arquivos))
            yield resultado
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
