"""The operadoras' billing rules: profiles, findings, the rules and the state machines.

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.rules import check, perfil
    >>> achados = check(tiss.parse("lote.xml"), perfil("arcelormittal"),
    ...                 data_envio=dt.date(2025, 6, 2))

Everything here is a pure function of its arguments: no I/O, no clock (``data_envio`` comes
from the caller), no global state. Each rule is also a function of its own, in the module
named after its concept: :mod:`.prazo`, :mod:`.autorizacao`, :mod:`.identificadores`,
:mod:`.totais`, :mod:`.duplicidade`, :mod:`.limites`, :mod:`.anexos`,
:mod:`.demonstrativo`, :mod:`.recurso`; the life cycles are in :mod:`.lote` and
:mod:`.protocolo`.
"""

from tiss_conecta.rules.findings import Finding, Severidade, ordenar, tem_erro
from tiss_conecta.rules.mensagem import check
from tiss_conecta.rules.perfil import (
    ARCELORMITTAL,
    PASA,
    PERFIS,
    TISS,
    Perfil,
    PerfilDesconhecido,
    PerfilInvalido,
    perfil,
)

__all__ = [
    "ARCELORMITTAL",
    "PASA",
    "PERFIS",
    "TISS",
    "Finding",
    "Perfil",
    "PerfilDesconhecido",
    "PerfilInvalido",
    "Severidade",
    "check",
    "ordenar",
    "perfil",
    "tem_erro",
]
