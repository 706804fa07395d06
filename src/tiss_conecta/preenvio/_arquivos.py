"""Many files at once: the paths given and every ``*.xml`` under the folders given, checked
on every core (the process pool of :mod:`tiss_conecta._paralelo`), reports in the order of
the files."""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from tiss_conecta._paralelo import Progresso
from tiss_conecta._paralelo import em_paralelo as _em_paralelo
from tiss_conecta.codec import Relatorio, validate
from tiss_conecta.preenvio._conferencia import conferir
from tiss_conecta.rules import Perfil

__all__ = ["arquivos_xml", "conferir_arquivos", "validar_arquivos"]


def arquivos_xml(caminhos: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Each path given, in order, with each folder replaced by the ``*.xml`` files under it
    (recursively, any case of ``.xml``, sorted); a path that does not exist is kept, so its
    report says so.

    >>> import tiss_conecta as tiss
    >>> pasta = tiss.examples.caminho("lote-sadt").parent.parent
    >>> [f"{p.parent.name}/{p.name}" for p in arquivos_xml([pasta])][:3]
    ['4.01.00/demonstrativo-analise.xml', '4.01.00/demonstrativo-pagamento.xml', '4.01.00/lote...']
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
