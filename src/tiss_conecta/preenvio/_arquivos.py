"""Many files at once: the paths given and every ``*.xml`` under the folders given, checked
on every core (a process pool), reports in the order of the files."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from tiss_conecta.codec import Relatorio, validate
from tiss_conecta.preenvio._conferencia import conferir
from tiss_conecta.rules import Perfil

__all__ = ["arquivos_xml", "conferir_arquivos", "validar_arquivos"]

Progresso = Callable[[int, int], None]
"""Called after each file with how many are done and the total."""

MINIMO_POR_PROCESSO = 4
"""Fewer files than this per process are checked in this process (starting one costs more)."""
MAXIMO_POR_LOTE = 32
"""The most files sent to a process at once (the first batches; later ones shrink)."""


def arquivos_xml(caminhos: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Each path given, in order, with each folder replaced by the ``*.xml`` files under it
    (recursively, any case of ``.xml``, sorted); a path that does not exist is kept, so its
    report says so.

    >>> import tiss_conecta as tiss
    >>> pasta = tiss.examples.caminho("lote-sadt").parent.parent
    >>> [f"{p.parent.name}/{p.name}" for p in arquivos_xml([pasta])][:3]
    ['4.01.00/demonstrativo-analise.xml', '4.01.00/lote-sadt.xml', '4.02.00/demonstrativo...']
    """
    encontrados: list[Path] = []
    for caminho in map(Path, caminhos):
        if caminho.is_dir():
            encontrados += sorted(
                p for p in caminho.rglob("*") if p.suffix.lower() == ".xml" and p.is_file()
            )
        else:
            encontrados.append(caminho)
    return encontrados


def _processos(pedidos: int | None, arquivos: int) -> int:
    disponiveis = pedidos if pedidos is not None else (os.cpu_count() or 1)
    return max(1, min(disponiveis, arquivos // MINIMO_POR_PROCESSO))


def _lotes(arquivos: list[Path], processos: int) -> list[list[Path]]:
    """The files in consecutive batches, each a quarter of one process's share of the files
    not yet batched (at most :data:`MAXIMO_POR_LOTE`): few batches to send and collect, and
    the last ones of a single file, so no process sits idle while another ends a long batch
    (a lote of 30 guias takes some 15 times as long to check as one of a single guia).
    With batches of a fixed 32 files, one core idled 0.14-0.20 s at the end of checking
    1,000 lotes on two (about 4 % of the run; now a few ms). ``benchmarks/bench_pasta.py``
    times whole folders.

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


def _cada(funcao: Callable[[Path], Relatorio], lote: list[Path]) -> list[Relatorio]:
    """``funcao`` on each file of ``lote``, in a worker process."""
    return [funcao(caminho) for caminho in lote]


def _em_paralelo(
    funcao: Callable[[Path], Relatorio],
    arquivos: list[Path],
    processos: int | None,
    ao_progredir: Progresso | None,
) -> Iterator[Relatorio]:
    n = _processos(processos, len(arquivos))
    if n == 1:
        resultados: Iterator[Relatorio] = map(funcao, arquivos)
        executor = None
    else:
        executor = ProcessPoolExecutor(n)
        por_lote = executor.map(functools.partial(_cada, funcao), _lotes(arquivos, n))
        resultados = itertools.chain.from_iterable(por_lote)
    try:
        for feitos, relatorio in enumerate(resultados, 1):
            if ao_progredir is not None:
                ao_progredir(feitos, len(arquivos))
            yield relatorio
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)


def validar_arquivos(
    caminhos: Iterable[str | os.PathLike[str]],
    *,
    versao: str | None = None,
    strict_hash: bool = False,
    processos: int | None = None,
    ao_progredir: Progresso | None = None,
) -> Iterator[Relatorio]:
    """:func:`~tiss_conecta.validate` on each file of :func:`arquivos_xml`, on ``processos``
    processes (default: every core) when there are enough files; reports in file order.

    >>> import tiss_conecta as tiss
    >>> pasta = tiss.examples.caminho("lote-sadt").parent
    >>> all(r.ok for r in validar_arquivos([pasta], processos=1))
    True
    """
    funcao = functools.partial(validate, strict_hash=strict_hash, versao=versao)
    return _em_paralelo(funcao, arquivos_xml(caminhos), processos, ao_progredir)


def conferir_arquivos(
    caminhos: Iterable[str | os.PathLike[str]],
    perfil: Perfil,
    *,
    data_envio: dt.date,
    versao: str | None = None,
    strict_hash: bool = False,
    processos: int | None = None,
    ao_progredir: Progresso | None = None,
) -> Iterator[Relatorio]:
    """:func:`conferir` on each file of :func:`arquivos_xml`, on ``processos`` processes
    (default: every core) when there are enough files; reports in file order.

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.rules import perfil
    >>> pasta = tiss.examples.caminho("lote-sadt").parent
    >>> relatorios = conferir_arquivos([pasta], perfil("tiss"), data_envio=dt.date(2025, 6, 2))
    >>> sum(r.ok for r in relatorios) > 0
    True
    """
    funcao = functools.partial(
        conferir, perfil=perfil, data_envio=data_envio, versao=versao, strict_hash=strict_hash
    )
    return _em_paralelo(funcao, arquivos_xml(caminhos), processos, ao_progredir)
