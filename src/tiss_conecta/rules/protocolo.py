"""The protocolo (PEG) situation, its life cycle and its TISS status codes.

The portal shows five situations, in order::

    Lote não enviado --enviar--> Lote enviado para a Operadora --iniciar análise-->
    Em análise pela Operadora --liberar--> Liberado para faturamento --faturar--> Faturado

Glosas are made *em análise*; the demonstrativo de análise de conta can be issued from
*Liberado para faturamento*; *Faturado* sets the payment date, opens the demonstrativo de
pagamento and is the only situation in which a recurso de glosa may be filed.

In XML the situation travels as ``dm_statusProtocolo``: 1..9 in 4.01.00, and 10 from
4.02.00 on. :data:`DE_STATUS_TISS` and :data:`PARA_STATUS_TISS` map between the two; four
TISS codes (4, 7, 9, 10) have no portal twin, and 6 and 8 map to the nearest portal
situation. The meanings are those the comments of each version's XSD give
(:func:`tiss_conecta.models.esquema.significados`):

=====  ===============================================  ===================================
TISS   meaning                                          portal situation
=====  ===============================================  ===================================
1      Recebido                                         Lote enviado para a Operadora
2      Em análise                                       Em análise pela Operadora
3      Liberado para pagamento                          Faturado
4      Encerrado sem pagamento                          (none: ``None``)
5      Analisado e aguardando liberação para pagamento  Liberado para faturamento
6      Pagamento Efetuado                               Faturado (the portal keeps it)
7      Não Localizado                                   (none: ``None``)
8      Aguardando informação complementar               Em análise pela Operadora
9      Cancelado                                        (none: ``None``)
10     Bloqueio judicial - prestador (4.02.00 on)       (none: ``None``)
=====  ===============================================  ===================================

*Lote não enviado* has no TISS code: the operadora does not know the lote yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from tiss_conecta import models
from tiss_conecta.errors import TissLookupError
from tiss_conecta.models import VERSOES, versao_de
from tiss_conecta.rules._ciclo import Ciclo, recusa

__all__ = [
    "DE_STATUS_TISS",
    "PARA_STATUS_TISS",
    "PERMISSOES",
    "SEM_GEMEO_NO_PORTAL",
    "TRANSICOES",
    "AcaoProtocolo",
    "Operacao",
    "SituacaoProtocolo",
    "acoes_permitidas",
    "aplicar",
    "de_status_tiss",
    "exigir",
    "operacoes_permitidas",
    "para_status_tiss",
    "permite",
    "pode_aplicar",
]


class SituacaoProtocolo(Enum):
    """Situação do protocolo, with the portal's wording as value."""

    NAO_ENVIADO = "Lote não enviado"
    ENVIADO = "Lote enviado para a Operadora"
    EM_ANALISE = "Em análise pela Operadora"
    LIBERADO = "Liberado para faturamento"
    FATURADO = "Faturado"


class AcaoProtocolo(Enum):
    """What moves a protocolo forward (the prestador sends; the operadora does the rest)."""

    ENVIAR = "enviar lote"
    INICIAR_ANALISE = "iniciar análise"
    LIBERAR = "liberar para faturamento"
    FATURAR = "faturar"


class Operacao(Enum):
    """What the prestador can ask for about a protocolo."""

    ATUALIZAR_SITUACAO = "Atualizar Situação Protocolo"
    CAPA_DO_LOTE = "Capa do Lote"
    DEMONSTRATIVO_ANALISE = "Demonstrativo de Análise de Contas"
    DEMONSTRATIVO_PAGAMENTO = "Demonstrativo de Pagamento"
    RECURSO_GLOSA = "Recurso de Glosa"


S = SituacaoProtocolo
A = AcaoProtocolo
O = Operacao  # noqa: E741

_CICLO: Ciclo[SituacaoProtocolo, AcaoProtocolo] = Ciclo(
    "protocolo",
    {
        S.NAO_ENVIADO: {A.ENVIAR: S.ENVIADO},
        S.ENVIADO: {A.INICIAR_ANALISE: S.EM_ANALISE},
        S.EM_ANALISE: {A.LIBERAR: S.LIBERADO},
        S.LIBERADO: {A.FATURAR: S.FATURADO},
        S.FATURADO: {},
    },
)

TRANSICOES = _CICLO.transicoes
"""situação -> ação -> nova situação."""

_ENVIADO = frozenset({O.ATUALIZAR_SITUACAO, O.CAPA_DO_LOTE})
PERMISSOES: Mapping[SituacaoProtocolo, frozenset[Operacao]] = {
    S.NAO_ENVIADO: frozenset(),
    S.ENVIADO: _ENVIADO,
    S.EM_ANALISE: _ENVIADO,
    S.LIBERADO: _ENVIADO | {O.DEMONSTRATIVO_ANALISE},
    S.FATURADO: _ENVIADO | {O.DEMONSTRATIVO_ANALISE, O.DEMONSTRATIVO_PAGAMENTO, O.RECURSO_GLOSA},
}
"""situação -> what the prestador may ask for in it."""

DE_STATUS_TISS: Mapping[str, SituacaoProtocolo | None] = {
    "1": S.ENVIADO,
    "2": S.EM_ANALISE,
    "3": S.FATURADO,
    "4": None,
    "5": S.LIBERADO,
    "6": S.FATURADO,
    "7": None,
    "8": S.EM_ANALISE,
    "9": None,
    "10": None,
}
"""``dm_statusProtocolo`` code -> portal situation (``None``: no portal twin); code 10 exists
from TISS 4.02.00 on."""

PARA_STATUS_TISS: Mapping[SituacaoProtocolo, str | None] = {
    S.NAO_ENVIADO: None,
    S.ENVIADO: "1",
    S.EM_ANALISE: "2",
    S.LIBERADO: "5",
    S.FATURADO: "3",
}
"""portal situation -> ``dm_statusProtocolo`` code (``None``: not yet known to the operadora)."""

SEM_GEMEO_NO_PORTAL = frozenset(c for c, s in DE_STATUS_TISS.items() if s is None)
"""TISS codes with no portal situation: 4 (encerrado sem pagamento), 7 (não localizado),
9 (cancelado), 10 (bloqueio judicial do prestador)."""


def _versao(versao: str | None) -> str:
    if versao is None:
        return list(VERSOES)[-1]
    if versao not in VERSOES:
        from tiss_conecta.errors import TissVersionError

        raise TissVersionError(versao, tuple(VERSOES), argumento=True)
    return versao


def _codigo(status: object) -> str:
    valor = getattr(status, "value", status)
    return str(valor)


def _codigos(versao: str) -> tuple[str, ...]:
    """The codes of the version's generated ``DmStatusProtocolo``."""
    return tuple(e.value for e in models.carregar(versao).DmStatusProtocolo if e.value)


def _exigir_codigo(status: object, versao: str | None) -> str:
    """The code of ``status``, known in ``versao`` (or in the version of the generated enum
    ``status`` is; in any supported version when neither says)."""
    codigo = _codigo(status)
    versao = versao or versao_de(status)
    conhecidos = tuple(DE_STATUS_TISS) if versao is None else _codigos(_versao(versao))
    if codigo not in conhecidos:
        onde = "" if versao is None else f" na versão TISS {versao}"
        raise TissLookupError(
            f"dm_statusProtocolo desconhecido{onde}: {codigo!r}",
            codigo="protocolo.status_desconhecido",
            dica=f"use um código da tabela dm_statusProtocolo{onde}: "
            f"{conhecidos[0]} a {conhecidos[-1]}",
        )
    return codigo


def de_status_tiss(status: object, versao: str | None = None) -> SituacaoProtocolo | None:
    """The portal situation of a ``dm_statusProtocolo`` (the generated enum, ``"3"`` or ``3``).

    ``None`` for the codes with no portal twin (:data:`SEM_GEMEO_NO_PORTAL`). A code the
    version does not have raises :class:`~tiss_conecta.errors.TissLookupError`: the version is
    ``versao``, else that of the generated enum; with neither, any supported version (1..10).

    >>> de_status_tiss("6")
    <SituacaoProtocolo.FATURADO: 'Faturado'>
    >>> de_status_tiss(10) is None
    True
    >>> de_status_tiss("10", versao="4.01.00")
    Traceback (most recent call last):
    ...
    tiss_conecta.errors.TissLookupError: [protocolo.status_desconhecido] dm_statusProtocolo \
    desconhecido na versão TISS 4.01.00: '10'. Como corrigir: ... 1 a 9
    """
    return DE_STATUS_TISS[_exigir_codigo(status, versao)]


def para_status_tiss(situacao: SituacaoProtocolo) -> str | None:
    """The ``dm_statusProtocolo`` code of a portal situation (``None`` for *não enviado*).

    >>> para_status_tiss(SituacaoProtocolo.LIBERADO)
    '5'
    """
    return PARA_STATUS_TISS[situacao]


def acoes_permitidas(situacao: SituacaoProtocolo) -> frozenset[AcaoProtocolo]:
    """What can happen next to a protocolo in ``situacao``.

    >>> acoes_permitidas(SituacaoProtocolo.EM_ANALISE)
    frozenset({<AcaoProtocolo.LIBERAR: 'liberar para faturamento'>})
    """
    return _CICLO.permitidas(situacao)


def pode_aplicar(situacao: SituacaoProtocolo, acao: AcaoProtocolo) -> bool:
    """Whether ``acao`` can happen to a protocolo in ``situacao``.

    >>> pode_aplicar(SituacaoProtocolo.ENVIADO, AcaoProtocolo.FATURAR)
    False
    """
    return _CICLO.pode(situacao, acao)


def aplicar(situacao: SituacaoProtocolo, acao: AcaoProtocolo) -> SituacaoProtocolo:
    """The situation after ``acao``; raises :class:`~tiss_conecta.errors.TransicaoInvalida`
    naming the situation and the allowed actions when ``acao`` is refused.

    >>> aplicar(SituacaoProtocolo.LIBERADO, AcaoProtocolo.FATURAR)
    <SituacaoProtocolo.FATURADO: 'Faturado'>
    """
    return _CICLO.aplicar(situacao, acao)


def operacoes_permitidas(situacao: SituacaoProtocolo) -> frozenset[Operacao]:
    """What the prestador may ask for in ``situacao``.

    >>> sorted(o.value for o in operacoes_permitidas(SituacaoProtocolo.LIBERADO))
    ['Atualizar Situação Protocolo', 'Capa do Lote', 'Demonstrativo de Análise de Contas']
    """
    return PERMISSOES[situacao]


def permite(situacao: SituacaoProtocolo, operacao: Operacao) -> bool:
    """Whether the prestador may ask for ``operacao`` in ``situacao``.

    >>> permite(SituacaoProtocolo.FATURADO, Operacao.RECURSO_GLOSA)
    True
    """
    return operacao in PERMISSOES[situacao]


def exigir(situacao: SituacaoProtocolo, operacao: Operacao) -> None:
    """Raise :class:`~tiss_conecta.errors.TransicaoInvalida` unless ``situacao`` allows
    ``operacao`` (e.g. a recurso de glosa outside *Faturado*).

    >>> exigir(SituacaoProtocolo.LIBERADO, Operacao.RECURSO_GLOSA)
    Traceback (most recent call last):
    ...
    tiss_conecta.errors.TransicaoInvalida: [estado.transicao_invalida] protocolo na situação \
    'Liberado para faturamento' não permite 'Recurso de Glosa'; ... Faturado
    """
    if operacao in PERMISSOES[situacao]:
        return
    precisa = [s.value for s in SituacaoProtocolo if operacao in PERMISSOES[s]]
    raise recusa(
        "protocolo",
        situacao,
        operacao,
        PERMISSOES[situacao],
        rotulo="permitido nesta situação",
        nada="nada é permitido nesta situação",
        dica=f"'{operacao.value}' é possível com o protocolo em: {', '.join(precisa)}",
    )
