"""``check``: every rule module, in order, on one ``mensagemTISS``.

The rules are data: :data:`REGRAS` lists the modules, each with the same shape (its codes,
its pure checks, and one ``achados(contexto)``); ``check`` only reads the message once and
calls them, then lets the profile set each code's severity.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from types import ModuleType
from typing import Any

from tiss_conecta.achados import Achados, ordenar
from tiss_conecta.rules import (
    anexos,
    autorizacao,
    demonstrativo,
    duplicidade,
    identificadores,
    limites,
    prazo,
    recurso,
    totais,
)
from tiss_conecta.rules._contexto import Contexto
from tiss_conecta.rules.perfil import Perfil

__all__ = ["REGRAS", "check"]

REGRAS: tuple[ModuleType, ...] = (
    limites,
    prazo,
    autorizacao,
    totais,
    duplicidade,
    identificadores,
    anexos,
    recurso,
    demonstrativo,
)
"""The rule modules ``check`` runs, each with ``achados(contexto)``."""


def check(
    mensagem: Any,
    perfil: Perfil,
    *,
    data_envio: dt.date,
    tamanho_bytes: int | None = None,
    demonstrativos: Iterable[Any] = (),
) -> Achados:
    """Every achado of every rule that applies to ``mensagem``, in canonical order (an
    :class:`~tiss_conecta.achados.Achados`: a list that sums itself up in a REPL and shows
    a table in Jupyter).

    ``data_envio`` is the day the lote is (or was) sent: the billing window counts to it.
    ``tamanho_bytes`` is the size of the XML file, when the message came from one.
    ``demonstrativos`` (de análise de conta or odontológicos, messages or the demonstrativos
    themselves) let a recurso de glosa be checked against what it appeals. The profile may
    change a code's severity or switch it off (:attr:`~tiss_conecta.rules.Perfil.severidades`).

    Lotes of the five guia types, recursos de glosa, demonstrativos de análise de conta and
    de pagamento, the operadora's answers to a recurso, and envio de documentos. Missing
    optional data never raises: the rule that needs it is skipped.

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.rules import check, perfil
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt"))
    >>> check(lote, perfil("arcelormittal"), data_envio=dt.date(2025, 6, 2))
    []
    >>> [a.codigo for a in check(lote, perfil("arcelormittal"), data_envio=dt.date(2025, 9, 2))][:2]
    ['prazo.fora_da_janela', 'prazo.fora_da_janela']
    >>> check(lote, perfil("arcelormittal"), data_envio=dt.date(2025, 9, 2))
    Achados(6 achados: 6 erros; prazo.fora_da_janela ×6)
    """
    if type(mensagem).__name__ != "MensagemTiss" or not dataclasses.is_dataclass(mensagem):
        raise TypeError(
            f"check recebe uma MensagemTiss (tiss_conecta.parse), não {type(mensagem).__name__}; "
            "para uma guia sozinha, use as funções de cada regra (rules.prazo, rules.totais...)"
        )
    ctx = Contexto.de(mensagem, perfil, data_envio, tamanho_bytes, demonstrativos)
    return ordenar(perfil.aplicar(a for m in REGRAS for a in m.achados(ctx)))
