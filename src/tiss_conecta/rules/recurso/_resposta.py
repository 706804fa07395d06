"""The rules on the operadora's answer to a recurso (``respostaRecursoGlosa``) and on its
receipt (``recebimentoRecursoGlosa``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import attrs

from tiss_conecta import formato
from tiss_conecta.achados import Achado, Regra
from tiss_conecta.achados import Severidade as S
from tiss_conecta.leitura._valores import decimal, inteiro, lista, texto
from tiss_conecta.rules.recurso._pedido import VALOR_TOTAL
from tiss_conecta.rules.recurso._valores import acatado_cabe
from tiss_conecta.rules.totais import soma

__all__ = [
    "ACATADO_MAIOR",
    "QUANTIDADE_GUIAS",
    "RECEBIMENTO",
    "RESPOSTA",
    "RESPOSTA_TOTAL",
    "achados_da_resposta",
    "achados_do_recebimento",
]

ACATADO_MAIOR = Regra(
    "recurso.acatado_maior",
    S.ERRO,
    "operadora acatou mais que o recursado",
    dica="não dê baixa pelo valor acatado: confirme com a operadora quanto será pago e peça a "
    "resposta ao recurso reemitida",
)
RESPOSTA_TOTAL = Regra(
    "recurso.resposta_total",
    S.ERRO,
    "totais da resposta ao recurso ≠ soma dos itens",
    dica="confira o acatado item a item e peça à operadora a resposta ao recurso reemitida "
    "antes de conciliar o pagamento",
)
QUANTIDADE_GUIAS = Regra(
    "recurso.quantidade_guias",
    S.ERRO,
    "``qtGuiasRecurso`` ≠ guias listadas no recibo",
    glosa="1101",
    dica="compare o recibo com o recurso enviado; se faltar guia, reenvie-a ou peça à "
    "operadora o recibo corrigido",
)

RESPOSTA = "/mensagemTISS/operadoraParaPrestador/respostaRecursoGlosa"


@attrs.frozen
class _ItemRespondido:
    guia: str
    sequencial: int | None
    recursado: Decimal | None
    acatado: Decimal | None
    xpath: str


def _respondidos_medico(rg: Any, xp: str) -> Iterator[_ItemRespondido]:
    it = rg.resposta_guia_itens
    if it is not None:
        yield _ItemRespondido(
            texto(it.numero_guia_prestador),
            inteiro(it.sequencial_item),
            decimal(it.valor_recursado),
            decimal(it.valor_acatadado),
            f"{xp}/respostaGuiaItens",
        )


def _respondidos_odonto(rg: Any, xp: str) -> Iterator[_ItemRespondido]:
    ri = rg.resposta_recurso_item_odonto
    if ri is None:
        return
    for j, p in enumerate(lista(ri.recurso_procedimento), 1):
        yield _ItemRespondido(
            texto(ri.numero_guia_prestador),
            inteiro(p.sequencial_item),
            decimal(p.valor_recursado),
            decimal(p.valor_acatado),
            f"{xp}/respostaRecursoItemOdonto/recursoProcedimento[{j}]",
        )


_RECIBOS: tuple[tuple[str, str, Callable[[Any, str], Iterator[_ItemRespondido]]], ...] = (
    ("recibo_glosa", "reciboGlosa", _respondidos_medico),
    ("recibo_glosa_odonto", "reciboGlosaOdonto", _respondidos_odonto),
)
"""respostaRecursoGlosa's choice: field, element name and the reader of its items."""


def achados_da_resposta(resposta: Any) -> Iterator[Achado]:
    """The operadora's answer (``respostaRecursoGlosa``): acatado ≤ recursado per item,
    and the totals are the sums of the items.

    On drawn answers (random values, so some accept more than was appealed):

    >>> from hypothesis import given, settings
    >>> from tiss_conecta import strategies as tst
    >>> @settings(max_examples=10, deadline=None)
    ... @given(tst.mensagem("RESPOSTA_RECURSO_GLOSA", versao="4.02.00"))
    ... def test_resposta(mensagem):
    ...     resposta = mensagem.operadora_para_prestador.resposta_recurso_glosa
    ...     for achado in achados_da_resposta(resposta):
    ...         assert achado.codigo in {ACATADO_MAIOR.codigo, RESPOSTA_TOTAL.codigo}
    ...         assert achado.xpath.startswith(RESPOSTA)
    >>> test_resposta()
    """
    for campo, elemento, respondidos in _RECIBOS:
        recibo = getattr(resposta, campo, None)
        if recibo is not None:
            yield from _recibo(recibo, f"{RESPOSTA}/{elemento}", respondidos)
            return


def _recibo(
    recibo: Any, xp: str, respondidos: Callable[[Any, str], Iterator[_ItemRespondido]]
) -> Iterator[Achado]:
    guias = lista(getattr(recibo.opcao_recurso, "recurso_guia", None))
    itens = [
        it
        for i, rg in enumerate(guias, 1)
        for it in respondidos(rg, f"{xp}/opcaoRecurso/recursoGuia[{i}]")
    ]
    for it in itens:
        if it.recursado is None or it.acatado is None:
            continue
        if not acatado_cabe(it.acatado, it.recursado):
            yield ACATADO_MAIOR.achado(
                f"Guia {it.guia}, item {it.sequencial}: valor acatado "
                f"{formato.reais(it.acatado)} maior que o recursado "
                f"{formato.reais(it.recursado)} (ou negativo). Peça à operadora a correção "
                "da resposta.",
                xpath=it.xpath,
                numero_guia=it.guia,
                item=it.sequencial,
            )
    total_recursado = decimal(recibo.valor_total_recursado)
    total_acatado = decimal(recibo.valor_total_acatado)
    if (
        total_recursado is not None
        and total_acatado is not None
        and not acatado_cabe(total_acatado, total_recursado)
    ):
        yield ACATADO_MAIOR.achado(
            f"Total acatado {formato.reais(total_acatado)} maior que o total recursado "
            f"{formato.reais(total_recursado)}. Peça à operadora a correção da resposta.",
            xpath=f"{xp}/valorTotalAcatado",
        )
    so_itens = getattr(recibo.opcao_recurso, "recurso_protocolo", None) is None and all(
        getattr(rg, "resposta_guia", None) is None
        and getattr(rg, "resposta_recurso_guia_odonto", None) is None
        for rg in guias
    )
    if not (so_itens and itens):
        return
    for nome, total, valores in (
        ("valorTotalAcatado", total_acatado, [it.acatado for it in itens]),
        ("valorTotalRecursado", total_recursado, [it.recursado for it in itens]),
    ):
        calculado = soma(v for v in valores if v is not None)
        if total is not None and total != calculado:
            yield RESPOSTA_TOTAL.achado(
                f"{nome} {formato.reais(total)} difere da soma dos itens, "
                f"{formato.reais(calculado)}. Peça à operadora a correção da resposta.",
                xpath=f"{xp}/{nome}",
            )


RECEBIMENTO = "/mensagemTISS/operadoraParaPrestador/recebimentoRecursoGlosa/protocoloRecebimento"


def achados_do_recebimento(recebimento: Any) -> Iterator[Achado]:
    """The operadora's receipt of a recurso (``ct_recursoGlosaRecebimento``): the count of
    guias declared (glosa 1101) and the total appealed.

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> from tiss_conecta import strategies as tst
    >>> m = tiss.models.carregar("4.03.00")
    >>> @settings(max_examples=10, deadline=None)
    ... @given(tst.construir(m.CtRecursoGlosaRecebimento))
    ... def test_quantidade(recibo):
    ...     recibo.qt_guias_recurso = len(recibo.guias_recurso)
    ...     assert "1101" not in [a.glosa for a in achados_do_recebimento(recibo)]
    ...     recibo.qt_guias_recurso += 1
    ...     assert "1101" in [a.glosa for a in achados_do_recebimento(recibo)]
    >>> test_quantidade()
    """
    guias = lista(recebimento.guias_recurso)
    qt = recebimento.qt_guias_recurso
    if isinstance(qt, int) and qt != len(guias):
        yield QUANTIDADE_GUIAS.achado(
            f"qtGuiasRecurso informa {qt} guias, mas o recibo lista {len(guias)}. Confira o "
            "recibo com a operadora.",
            xpath=f"{RECEBIMENTO}/qtGuiasRecurso",
        )
    if recebimento.recurso_protocolo is not None:
        return
    valores: list[Decimal] = []
    for g in guias:
        og = g.opcao_recurso_guia
        if og is None or lista(og.recurso_guia):
            return
        valores.extend(
            v for it in lista(og.itens_guia) if (v := decimal(it.valor_recursado)) is not None
        )
    total = decimal(recebimento.valor_total_recursado)
    calculado = soma(valores)
    if valores and total is not None and total != calculado:
        yield VALOR_TOTAL.achado(
            f"valorTotalRecursado {formato.reais(total)} difere da soma dos itens, "
            f"{formato.reais(calculado)}. Confira o recibo com a operadora.",
            xpath=f"{RECEBIMENTO}/valorTotalRecursado",
        )
