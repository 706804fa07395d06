"""Many files into one table: every ``*.xml`` under the folders given, read on every core
(the process pool :mod:`tiss_conecta.preenvio` checks folders with), rows in file order."""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, overload

from tiss_conecta._paralelo import Progresso, em_paralelo
from tiss_conecta.errors import TissError
from tiss_conecta.tabelas._registros import (
    TIPOS,
    Registro,
    RegistroAchado,
    RegistroGlosa,
    RegistroGuia,
    RegistroItem,
    registros,
)

__all__ = ["ler_pasta"]

Caminhos = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


def _transacao(mensagem: Any) -> str:
    """The ``tipoTransacao`` of a message (``DEMONSTRATIVO_PAGAMENTO``...), else its kind."""
    from tiss_conecta.leitura._valores import texto

    tipo = getattr(
        getattr(getattr(mensagem, "cabecalho", None), "identificacao_transacao", None),
        "tipo_transacao",
        None,
    )
    return texto(tipo) or type(mensagem).__name__


def _do_arquivo(
    tipo: str, caminho: Path
) -> tuple[list[Registro], RegistroAchado | None, str | None]:
    """The rows of one file, or none and the achado of why it could not be read (in a worker
    process: nothing raised for a bad file stops the others); and, for a TISS file that
    gives no rows, its ``tipoTransacao``."""
    from tiss_conecta.codec import parse
    from tiss_conecta.codec._relatorio import achado_do_erro

    nome = os.fspath(caminho)
    try:
        mensagem = parse(caminho)
        linhas = registros(tipo, mensagem, arquivo=nome)
    except TissError as erro:
        return [], RegistroAchado.do_achado(achado_do_erro(erro), nome), None
    return linhas, None, None if linhas else _transacao(mensagem)


def _ler(
    caminhos: Caminhos,
    tipo: str,
    processos: int | None,
    ao_progredir: Progresso | None = None,
) -> tuple[list[Registro], list[RegistroAchado], list[tuple[str, str]]]:
    """The rows of every file, one achado per file that could not be read, and (file,
    ``tipoTransacao``) of each TISS file that gave no rows."""
    from tiss_conecta.preenvio import arquivos_xml

    if tipo not in TIPOS:
        raise ValueError(f"tipo de registro desconhecido {tipo!r}: use guias, itens ou glosas")
    if isinstance(caminhos, (str, os.PathLike)):
        caminhos = [caminhos]
    linhas: list[Registro] = []
    ilegiveis: list[RegistroAchado] = []
    sem_linhas: list[tuple[str, str]] = []
    funcao = functools.partial(_do_arquivo, tipo)
    arquivos = arquivos_xml(caminhos)
    resultados = em_paralelo(funcao, arquivos, processos, ao_progredir)
    for caminho, (do_arquivo, achado, transacao) in zip(arquivos, resultados, strict=True):
        linhas += do_arquivo
        if achado is not None:
            ilegiveis.append(achado)
        if transacao is not None:
            sem_linhas.append((os.fspath(caminho), transacao))
    return linhas, ilegiveis, sem_linhas


@overload
def ler_pasta(
    caminhos: Caminhos,
    tipo: Literal["guias"],
    *,
    processos: int | None = None,
    ao_progredir: Progresso | None = None,
) -> list[RegistroGuia]: ...
@overload
def ler_pasta(
    caminhos: Caminhos,
    tipo: Literal["itens"],
    *,
    processos: int | None = None,
    ao_progredir: Progresso | None = None,
) -> list[RegistroItem]: ...
@overload
def ler_pasta(
    caminhos: Caminhos,
    tipo: Literal["glosas"],
    *,
    processos: int | None = None,
    ao_progredir: Progresso | None = None,
) -> list[RegistroGlosa]: ...
@overload
def ler_pasta(
    caminhos: Caminhos,
    tipo: str,
    *,
    processos: int | None = None,
    ao_progredir: Progresso | None = None,
) -> list[Registro]: ...
def ler_pasta(
    caminhos: Caminhos,
    tipo: str,
    *,
    processos: int | None = None,
    ao_progredir: Progresso | None = None,
) -> list[Any]:
    """The :func:`registros` of every file given and every ``*.xml`` under the folders given
    (:func:`~tiss_conecta.preenvio.arquivos_xml`), read on ``processos`` processes (default:
    every core) when there are enough files, in one list in file order: the same rows on one
    process or many. ``ao_progredir(feitos, total)`` is called after each file.

    A file that cannot be read as TISS (missing, malformed, not TISS, unsupported version)
    gives no rows and one :class:`UserWarning` naming it and why; the folder goes on. A TISS
    message that is neither a lote nor a demonstrativo gives no rows and no warning.

    >>> import tiss_conecta as tiss
    >>> pasta = tiss.examples.caminho("lote-sadt").parent
    >>> guias = ler_pasta(pasta, "guias", processos=1)
    >>> sorted({(g.origem, g.numero_guia) for g in guias})[:3]
    [('demonstrativo', '00000001'), ('demonstrativo', '00000002'), ('lote', '00000001')]
    """
    linhas, ilegiveis, _ = _ler(caminhos, tipo, processos, ao_progredir)
    for a in ilegiveis:
        warnings.warn(
            f"{a.arquivo} ficou fora da tabela: [{a.codigo}] {a.mensagem}",
            UserWarning,
            stacklevel=2,
        )
    return linhas
