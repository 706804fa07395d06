"""The five situations of a guia or item sent, or answered without having been sent."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

__all__ = ["Situacao", "situacao_paga"]


class Situacao(StrEnum):
    """What became of a guia (or item): the value of each is its name in the JSON output.

    - ``paga``: answered, and the valor liberado is at least the value sent (equal, as a rule;
      above it is flagged as ``conciliacao.liberado_maior``);
    - ``paga_parcial``: answered, with a valor liberado above zero and below the value sent;
    - ``glosada``: answered, with nothing liberado (zero or less) of a positive value sent;
    - ``sem_retorno``: sent in a lote given, absent from every demonstrativo given;
    - ``nao_enviada``: in a demonstrativo, in no lote given.

    >>> Situacao.PAGA_PARCIAL.value, Situacao("sem_retorno").rotulo
    ('paga_parcial', 'sem retorno')
    """

    PAGA = "paga"
    PAGA_PARCIAL = "paga_parcial"
    GLOSADA = "glosada"
    SEM_RETORNO = "sem_retorno"
    NAO_ENVIADA = "nao_enviada"

    @property
    def rotulo(self) -> str:
        """The situation for people: ``paga parcial``, ``não enviada``..."""
        return _ROTULOS[self]


_ROTULOS = {
    Situacao.PAGA: "paga",
    Situacao.PAGA_PARCIAL: "paga parcial",
    Situacao.GLOSADA: "glosada",
    Situacao.SEM_RETORNO: "sem retorno",
    Situacao.NAO_ENVIADA: "não enviada",
}


def situacao_paga(enviado: Decimal, liberado: Decimal) -> Situacao:
    """The situation of an answered guia or item, from the value sent and the one liberado:
    :attr:`Situacao.PAGA` when liberado ≥ enviado, :attr:`Situacao.GLOSADA` when nothing was
    liberado, :attr:`Situacao.PAGA_PARCIAL` in between.

    >>> situacao_paga(Decimal("44.20"), Decimal("29.20")).value
    'paga_parcial'
    >>> situacao_paga(Decimal("44.20"), Decimal(0)).value, situacao_paga(Decimal(0), Decimal(0))
    ('glosada', <Situacao.PAGA: 'paga'>)
    """
    if liberado >= enviado:
        return Situacao.PAGA
    if liberado <= 0:
        return Situacao.GLOSADA
    return Situacao.PAGA_PARCIAL
