"""Many files at once: the paths given and every ``*.xml`` under the folders given, checked
on every core (a process pool), reports in the order of the files."""

from __future__ import annotations

import datetime as dt
import functools
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
        lote = max(1, min(32, len(arquivos) // (n * 8)))
        resultados = executor.map(funcao, arquivos, chunksize=lote)
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
