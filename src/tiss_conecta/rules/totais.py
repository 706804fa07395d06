"""Totals: a guia's totals are the sums of its items; an item's total is quantity × unit
value × reduction/increase factor.

A guia total that differs from the sum of its items gets glosa 5042 (valor informado da
guia diferente do somatório do valor informado dos itens). Lote or protocolo totals that
differ from the sum of their guias get 1104, and a count of guias that differs from the
guias listed gets 1101 (see :mod:`.demonstrativo` and :mod:`.recurso`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import ROUND_HALF_UP, Decimal

from tiss_conecta import formato
from tiss_conecta.rules.findings import Finding, Severidade
from tiss_conecta.rules.guias import Guia

__all__ = [
    "CENTAVO",
    "GLOSA_CONTAGEM",
    "GLOSA_GUIA",
    "GLOSA_PROTOCOLO",
    "soma",
    "total_confere",
    "valor_item",
    "verificar_guia",
]

CENTAVO = Decimal("0.01")
GLOSA_GUIA = "5042"
"""VALOR INFORMADO DA GUIA DIFERENTE DO SOMATÓRIO DO VALOR INFORMADO DOS ITENS."""
GLOSA_PROTOCOLO = "1104"
"""VALOR TOTAL DO PROTOCOLO DIFERENTE DO VALOR TOTAL DAS GUIAS."""
GLOSA_CONTAGEM = "1101"
"""QUANTIDADE DE GUIAS INFORMADAS NO PROTOCOLO DIFERENTE DAS CADASTRADAS."""


def soma(valores: Iterable[Decimal]) -> Decimal:
    """Exact sum of Decimal values (``Decimal("0")`` for none)."""
    return sum(valores, Decimal(0))


def total_confere(declarado: Decimal, parcelas: Iterable[Decimal]) -> bool:
    """Whether ``declarado`` equals the sum of ``parcelas`` to the cent."""
    return declarado == soma(parcelas)


def valor_item(quantidade: Decimal, valor_unitario: Decimal, fator: Decimal) -> Decimal:
    """An item's total: quantity × unit value × ``reducaoAcrescimo``, rounded to the cent
    (half up)."""
    return (quantidade * valor_unitario * fator).quantize(CENTAVO, rounding=ROUND_HALF_UP)


def verificar_guia(guia: Guia) -> Iterator[Finding]:
    """Totals of one guia against its items (glosa 5042), and each item's arithmetic."""
    for total in guia.totais:
        calculado = soma(total.parcelas)
        if total.declarado is None:
            yield Finding(
                "totais.guia",
                Severidade.ERRO,
                f"Guia {guia.numero}: {total.campo} não informado, mas os itens somam "
                f"{formato.reais(calculado)}. Informe {total.campo} com a soma dos itens.",
                xpath=total.xpath,
                numero_guia=guia.numero,
                glosa=GLOSA_GUIA,
            )
        elif total.declarado != calculado:
            yield Finding(
                "totais.guia",
                Severidade.ERRO,
                f"Guia {guia.numero}: {total.campo} informado {formato.reais(total.declarado)}"
                f" difere da soma dos itens, {formato.reais(calculado)}. Corrija o total "
                "ou os valores dos itens.",
                xpath=total.xpath,
                numero_guia=guia.numero,
                glosa=GLOSA_GUIA,
            )
    for item in guia.itens:
        if (
            item.quantidade is None
            or item.valor_unitario is None
            or item.fator is None
            or item.valor_total is None
        ):
            continue
        esperado = valor_item(item.quantidade, item.valor_unitario, item.fator)
        if abs(esperado - item.valor_total) > CENTAVO:
            yield Finding(
                "totais.item",
                Severidade.AVISO,
                f"Guia {guia.numero}, item {item.sequencial}: valor total "
                f"{formato.reais(item.valor_total)} difere de quantidade × valor unitário × "
                f"fator ({item.quantidade} × {formato.reais(item.valor_unitario)} × "
                f"{item.fator} = {formato.reais(esperado)}). Confira o cálculo do item.",
                xpath=f"{item.xpath}/valorTotal",
                numero_guia=guia.numero,
                item=item.sequencial,
            )
