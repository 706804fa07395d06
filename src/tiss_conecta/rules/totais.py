"""Totals: a guia's totals are the sums of its items; an item's total is quantity × unit
value × reduction/increase factor.

A guia total that differs from the sum of its items gets glosa 5042 (valor informado da
guia diferente do somatório do valor informado dos itens). Protocolo totals that differ
from the sum of their guias are judged in :mod:`.demonstrativo` (1104), the count of guias
of a recurso's answer in :mod:`.recurso` (1101).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from decimal import ROUND_HALF_UP, Decimal

from tiss_conecta import formato
from tiss_conecta.achados import Achado, Regra
from tiss_conecta.achados import Severidade as S
from tiss_conecta.leitura import Guia
from tiss_conecta.rules._contexto import Contexto

__all__ = [
    "CENTAVO",
    "TOTAL_DA_GUIA",
    "TOTAL_DO_ITEM",
    "achados",
    "achados_da_guia",
    "soma",
    "total_confere",
    "valor_item",
]

CENTAVO = Decimal("0.01")
TOTAL_DA_GUIA = Regra(
    "totais.guia",
    S.ERRO,
    "total da guia ≠ soma dos itens",
    glosa="5042",
    dica="confira os valores dos itens e grave os totais da guia iguais à soma deles: "
    "tiss-conecta corrigir ARQUIVO -o NOVO.xml",
)
TOTAL_DO_ITEM = Regra(
    "totais.item",
    S.AVISO,
    "valor total ≠ quantidade × unitário × fator do item",
    dica="corrija a quantidade, o valor unitário, o fator ou o valor total do item no "
    "sistema de faturamento",
)


def soma(valores: Iterable[Decimal]) -> Decimal:
    """Exact sum of Decimal values (``Decimal("0")`` for none).

    >>> soma([Decimal("0.10"), Decimal("0.20")]), soma([])
    (Decimal('0.30'), Decimal('0'))
    """
    return functools.reduce(formato.CONTEXTO.add, valores, Decimal(0))


def total_confere(declarado: Decimal, parcelas: Iterable[Decimal]) -> bool:
    """Whether ``declarado`` equals the sum of ``parcelas`` to the cent.

    >>> total_confere(Decimal("155.70"), [Decimal("120.00"), Decimal("35.70")])
    True
    """
    return declarado == soma(parcelas)


def valor_item(quantidade: Decimal, valor_unitario: Decimal, fator: Decimal) -> Decimal:
    """An item's total: quantity × unit value × ``reducaoAcrescimo``, rounded to the cent
    (half up).

    >>> valor_item(Decimal("3"), Decimal("8.50"), Decimal("0.70"))
    Decimal('17.85')
    """
    c = formato.CONTEXTO
    produto = c.multiply(c.multiply(quantidade, valor_unitario), fator)
    return produto.quantize(CENTAVO, rounding=ROUND_HALF_UP, context=c)


def achados(ctx: Contexto) -> Iterator[Achado]:
    """Every guia of the lote: :func:`achados_da_guia`.

    >>> from decimal import Decimal
    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.rules import Contexto, perfil
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt"))
    >>> guia = lote.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[0]
    >>> guia.valor_total.valor_total_geral = Decimal("1.00")
    >>> achado, = achados(Contexto.de(lote, perfil("tiss"), dt.date(2025, 6, 2)))
    >>> achado.glosa, achado.numero_guia, achado.xpath
    ('5042', '00000001', '/mensagemTISS/.../guiaSP-SADT[1]/valorTotal/valorTotalGeral')
    """
    for guia in ctx.guias:
        yield from achados_da_guia(guia)


def achados_da_guia(guia: Guia) -> Iterator[Achado]:
    """Totals of one guia against its items (glosa 5042), and each item's arithmetic.

    >>> import tiss_conecta as tiss
    >>> from tiss_conecta.leitura import guias_do_lote
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt", "4.02.00"))
    >>> [list(achados_da_guia(g)) for g in guias_do_lote(lote.prestador_para_operadora.lote_guias)]
    [[], [], []]
    """
    for total in guia.totais:
        calculado = soma(total.parcelas)
        if total.declarado is None:
            yield TOTAL_DA_GUIA.achado(
                f"Guia {guia.numero}: {total.campo} não informado, mas os itens somam "
                f"{formato.reais(calculado)}. Informe {total.campo} com a soma dos itens.",
                xpath=total.xpath,
                numero_guia=guia.numero,
            )
        elif total.declarado != calculado:  # total_confere, with the sum at hand
            yield TOTAL_DA_GUIA.achado(
                f"Guia {guia.numero}: {total.campo} informado {formato.reais(total.declarado)}"
                f" difere da soma dos itens, {formato.reais(calculado)}. Corrija o total "
                "ou os valores dos itens.",
                xpath=total.xpath,
                numero_guia=guia.numero,
            )
    for item in guia.itens:
        if (
            item.quantidade is None
            or item.valor_unitario is None
            or item.fator is None
            or item.valor_total is None
        ):
            continue
        esperado = _valor_item(str(item.quantidade), str(item.valor_unitario), str(item.fator))
        if abs(esperado - item.valor_total) > CENTAVO:
            yield TOTAL_DO_ITEM.achado(
                f"Guia {guia.numero}, item {item.sequencial}: valor total "
                f"{formato.reais(item.valor_total)} difere de quantidade × valor unitário × "
                f"fator ({item.quantidade} × {formato.reais(item.valor_unitario)} × "
                f"{item.fator} = {formato.reais(esperado)}). Confira o cálculo do item.",
                xpath=f"{item.xpath}/valorTotal",
                numero_guia=guia.numero,
                item=item.sequencial,
            )


@functools.lru_cache(maxsize=4096)
def _valor_item(quantidade: str, valor_unitario: str, fator: str) -> Decimal:
    """:func:`valor_item` memoized by the values as written: a lote bills the same procedures
    at the same prices over and over."""
    return valor_item(Decimal(quantidade), Decimal(valor_unitario), Decimal(fator))
