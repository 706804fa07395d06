"""The lote de pagamento's life cycle in the portal, as a transition table.

    Aberto --fechar--> Fechado (envio pendente) --enviar--> Enviado à operadora
    Fechado --reabrir--> Aberto
    Aberto | Fechado --excluir--> Excluído

Nothing is allowed after *Enviado à operadora* ("não poderão ser cancelados") or after
*Excluído*. On sending, the lote gets its protocolo (PEG): see :mod:`.protocolo`.
"""

from __future__ import annotations

from enum import Enum

from tiss_conecta.rules._ciclo import Ciclo

__all__ = ["TRANSICOES", "AcaoLote", "SituacaoLote", "acoes_permitidas", "aplicar", "pode"]


class SituacaoLote(Enum):
    """Situação do lote, with the portal's wording as value."""

    ABERTO = "Aberto"
    FECHADO = "Fechado (envio pendente)"
    ENVIADO = "Enviado à operadora"
    EXCLUIDO = "Excluído"

    @property
    def final(self) -> bool:
        """No action is possible any more."""
        return not acoes_permitidas(self)


class AcaoLote(Enum):
    """What the prestador can do to a lote, with the portal's button as value."""

    FECHAR = "Fechar lote"
    REABRIR = "Reabrir lote"
    ENVIAR = "Enviar lote"
    EXCLUIR = "Excluir lote"


_CICLO: Ciclo[SituacaoLote, AcaoLote] = Ciclo(
    "lote",
    {
        SituacaoLote.ABERTO: {
            AcaoLote.FECHAR: SituacaoLote.FECHADO,
            AcaoLote.EXCLUIR: SituacaoLote.EXCLUIDO,
        },
        SituacaoLote.FECHADO: {
            AcaoLote.ENVIAR: SituacaoLote.ENVIADO,
            AcaoLote.REABRIR: SituacaoLote.ABERTO,
            AcaoLote.EXCLUIR: SituacaoLote.EXCLUIDO,
        },
        SituacaoLote.ENVIADO: {},
        SituacaoLote.EXCLUIDO: {},
    },
    dicas={
        SituacaoLote.ENVIADO: (
            "um lote enviado à operadora não pode ser cancelado: fale com a operadora"
        ),
    },
)

TRANSICOES = _CICLO.transicoes
"""situação -> ação -> nova situação. An action missing from a situation is refused."""


def acoes_permitidas(situacao: SituacaoLote) -> frozenset[AcaoLote]:
    """The actions the portal offers in ``situacao``.

    >>> sorted(a.value for a in acoes_permitidas(SituacaoLote.FECHADO))
    ['Enviar lote', 'Excluir lote', 'Reabrir lote']
    """
    return _CICLO.permitidas(situacao)


def pode(situacao: SituacaoLote, acao: AcaoLote) -> bool:
    """Whether ``acao`` is allowed in ``situacao``.

    >>> pode(SituacaoLote.ABERTO, AcaoLote.FECHAR), pode(SituacaoLote.ABERTO, AcaoLote.ENVIAR)
    (True, False)
    """
    return _CICLO.pode(situacao, acao)


def aplicar(situacao: SituacaoLote, acao: AcaoLote) -> SituacaoLote:
    """The situation after ``acao``; raises :class:`~tiss_conecta.errors.TransicaoInvalida`
    naming the situation and the actions it allows when ``acao`` is refused.

    >>> aplicar(SituacaoLote.FECHADO, AcaoLote.ENVIAR)
    <SituacaoLote.ENVIADO: 'Enviado à operadora'>
    >>> aplicar(SituacaoLote.ENVIADO, AcaoLote.EXCLUIR)
    Traceback (most recent call last):
    ...
    tiss_conecta.errors.TransicaoInvalida: [estado.transicao_invalida] lote na situação \
    'Enviado à operadora' não permite 'Excluir lote'; ... fale com a operadora
    """
    return _CICLO.aplicar(situacao, acao)
