"""The values the portal shows on a recurso and the invariants between them."""

from __future__ import annotations

from decimal import Decimal

import attrs

from tiss_conecta import formato

__all__ = ["Valores", "acatado_cabe", "liberado_confere", "recursado_cabe"]


def liberado_confere(informado: Decimal, glosado: Decimal, liberado: Decimal) -> bool:
    """``liberado + glosado == informado`` (when processado = informado).

    >>> liberado_confere(Decimal("100.00"), Decimal("15.00"), Decimal("85.00"))
    True
    """
    return liberado + glosado == informado


def recursado_cabe(recursado: Decimal, glosado: Decimal) -> bool:
    """What is appealed cannot exceed what was glosado.

    >>> recursado_cabe(Decimal("15"), Decimal("15")), recursado_cabe(Decimal("16"), Decimal("15"))
    (True, False)
    """
    return Decimal(0) <= recursado <= glosado


def acatado_cabe(acatado: Decimal, recursado: Decimal) -> bool:
    """What the operadora accepts cannot exceed what was appealed.

    >>> acatado_cabe(Decimal("10.00"), Decimal("15.00")), acatado_cabe(Decimal("-1"), Decimal("15"))
    (True, False)
    """
    return Decimal(0) <= acatado <= recursado


@attrs.frozen
class Valores:
    """The values the portal shows on a recurso (Vlr. Informado, Glosado, Liberado,
    Recusado, Acatado). ``recursado`` is the portal's *recusado*: the part appealed."""

    informado: Decimal
    glosado: Decimal
    liberado: Decimal
    recursado: Decimal = Decimal(0)
    acatado: Decimal = Decimal(0)

    def problemas(self) -> list[str]:
        """The invariants these values break, in Portuguese (empty when consistent)."""
        out = []
        if not liberado_confere(self.informado, self.glosado, self.liberado):
            out.append(
                f"liberado {formato.reais(self.liberado)} + glosado "
                f"{formato.reais(self.glosado)} difere do informado "
                f"{formato.reais(self.informado)}"
            )
        if not recursado_cabe(self.recursado, self.glosado):
            out.append(
                f"valor recursado {formato.reais(self.recursado)} maior que o glosado "
                f"{formato.reais(self.glosado)} (ou negativo)"
            )
        if not acatado_cabe(self.acatado, self.recursado):
            out.append(
                f"valor acatado {formato.reais(self.acatado)} maior que o recursado "
                f"{formato.reais(self.recursado)} (ou negativo)"
            )
        return out
