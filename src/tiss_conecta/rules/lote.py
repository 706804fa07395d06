"""The lote de pagamento's life cycle in the portal, as a transition table.

    Aberto --fechar--> Fechado (envio pendente) --enviar--> Enviado à operadora
    Fechado --reabrir--> Aberto
    Aberto | Fechado --excluir--> Excluído

Nothing is allowed after *Enviado à operadora* ("não poderão ser cancelados") or after
*Excluído*. On sending, the lote gets its protocolo (PEG): see :mod:`.protocolo`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from tiss_conecta.errors import TransicaoInvalida

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


TRANSICOES: Mapping[SituacaoLote, Mapping[AcaoLote, SituacaoLote]] = {
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
}
"""situação -> ação -> nova situação. An action missing from a situation is refused."""


def acoes_permitidas(situacao: SituacaoLote) -> frozenset[AcaoLote]:
    """The actions the portal offers in ``situacao``."""
    return frozenset(TRANSICOES[situacao])


def pode(situacao: SituacaoLote, acao: AcaoLote) -> bool:
    """Whether ``acao`` is allowed in ``situacao``."""
    return acao in TRANSICOES[situacao]


def aplicar(situacao: SituacaoLote, acao: AcaoLote) -> SituacaoLote:
    """The situation after ``acao``; raises :class:`~tiss_conecta.errors.TransicaoInvalida`
    naming the situation and the actions it allows when ``acao`` is refused."""
    try:
        return TRANSICOES[situacao][acao]
    except KeyError:
        permitidas = [a.value for a in AcaoLote if a in TRANSICOES[situacao]]
        raise TransicaoInvalida(
            f"lote na situação '{situacao.value}' não permite '{acao.value}'; "
            + (
                f"ações permitidas: {', '.join(permitidas)}"
                if permitidas
                else "nenhuma ação é permitida nesta situação"
            ),
            hint=(
                "um lote enviado à operadora não pode ser cancelado: fale com a operadora"
                if situacao is SituacaoLote.ENVIADO
                else None
            ),
        ) from None
