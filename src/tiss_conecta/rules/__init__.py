"""The operadoras' billing rules: profiles, the rules, and the life cycles.

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.rules import check, perfil
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt"))
    >>> achados = check(lote, perfil("arcelormittal"), data_envio=dt.date(2025, 9, 2))
    >>> print(achados[0])  # doctest: +ELLIPSIS
    ERRO [prazo.fora_da_janela] glosa 1701 (guia 00000001, item 1): Guia 00000001, item 1: ...

Everything here is a pure function of its arguments: no I/O, no clock (``data_envio`` comes
from the caller), no global state but memos of pure functions (check digits, dates written
out, which fields of a generated class can hold an identifier). Each rule module has the
same shape — its codes (:class:`~tiss_conecta.achados.Regra`), its pure checks, and
``achados(contexto)`` — and is named after its concept: :mod:`.limites`, :mod:`.prazo`,
:mod:`.autorizacao`, :mod:`.totais`, :mod:`.duplicidade`, :mod:`.identificadores`,
:mod:`.anexos`, :mod:`.recurso`, :mod:`.demonstrativo`; ``check`` runs them in that order
(:data:`REGRAS`), each with the same :class:`Contexto`. The life cycles are in :mod:`.lote`
and :mod:`.protocolo`.
"""

from tiss_conecta.rules._check import REGRAS, check
from tiss_conecta.rules._contexto import Contexto
from tiss_conecta.rules.perfil import ARCELORMITTAL, PASA, PERFIS, TISS, Perfil, perfil

__all__ = [
    "ARCELORMITTAL",
    "PASA",
    "PERFIS",
    "REGRAS",
    "TISS",
    "Contexto",
    "Perfil",
    "check",
    "perfil",
]
