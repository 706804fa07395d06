"""What several rule modules share: an achado on a date of care of a guia."""

from __future__ import annotations

from tiss_conecta.achados import Achado, Regra
from tiss_conecta.leitura import Atendimento, Guia

__all__ = ["no_atendimento"]


def no_atendimento(regra: Regra, guia: Guia, atendimento: Atendimento, descricao: str) -> Achado:
    """An achado on one date of care of a guia: "Guia N, item S: ``descricao``"."""
    onde = f"Guia {guia.numero}" + (
        f", item {atendimento.item}" if atendimento.item is not None else ""
    )
    return regra.achado(
        f"{onde}: {descricao}",
        xpath=atendimento.xpath,
        numero_guia=guia.numero,
        item=atendimento.item,
    )
