"""A life cycle as data: situação -> ação -> nova situação, and the refusal of the rest."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from types import MappingProxyType
from typing import Generic, TypeVar

import attrs

from tiss_conecta.errors import TransicaoInvalida

S = TypeVar("S", bound=Enum)
A = TypeVar("A", bound=Enum)


def recusa(
    sujeito: str,
    situacao: Enum,
    pedido: Enum,
    permitidos: Iterable[Enum],
    *,
    rotulo: str = "ações permitidas",
    nada: str = "nenhuma ação é permitida nesta situação",
    dica: str | None = None,
) -> TransicaoInvalida:
    """The error for ``pedido`` refused in ``situacao``, listing what it allows (in the order
    of ``pedido``'s enum)."""
    aceitos = set(permitidos)
    nomes = [p.value for p in type(pedido) if p in aceitos]
    return TransicaoInvalida(
        f"{sujeito} na situação '{situacao.value}' não permite '{pedido.value}'; "
        + (f"{rotulo}: {', '.join(nomes)}" if nomes else nada),
        dica=dica,
    )


def _congelar(tabela: Mapping[S, Mapping[A, S]]) -> Mapping[S, Mapping[A, S]]:
    return MappingProxyType({s: MappingProxyType(dict(acoes)) for s, acoes in tabela.items()})


def _congelar_dicas(dicas: Mapping[S, str]) -> Mapping[S, str]:
    return MappingProxyType(dict(dicas))


@attrs.frozen
class Ciclo(Generic[S, A]):
    """The situations of one thing (a lote, a protocolo, a recurso) and the actions that move
    it; an action missing from a situation's row is refused."""

    sujeito: str
    """How the refusal names the thing: ``"lote"``, ``"protocolo"``, ``"recurso"``."""
    transicoes: Mapping[S, Mapping[A, S]] = attrs.field(converter=_congelar)
    dicas: Mapping[S, str] = attrs.field(factory=dict, converter=_congelar_dicas)
    """A dica for the refusal in some situations."""

    def permitidas(self, situacao: S) -> frozenset[A]:
        return frozenset(self.transicoes[situacao])

    def pode(self, situacao: S, acao: A) -> bool:
        return acao in self.transicoes[situacao]

    def aplicar(self, situacao: S, acao: A) -> S:
        """The situation after ``acao``; :class:`TransicaoInvalida` naming the situation and
        the actions it allows when ``acao`` is refused."""
        acoes = self.transicoes[situacao]
        if acao not in acoes:
            raise recusa(self.sujeito, situacao, acao, acoes, dica=self.dicas.get(situacao))
        return acoes[acao]
