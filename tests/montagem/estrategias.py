"""Demonstrativos drawn from ``tiss_conecta.strategies``, made appealable, and valid choices.

The strategies draw 4.01.00 messages; :func:`na_versao` converts them up
(:func:`tiss_conecta.versoes.converter`) and, where the version has it (4.03.00), gives some
items a ``centroConsumo``.

The drawn demonstrativos are schema-valid but arbitrary: protocolo numbers are free text
(a recurso's ``numeroProtocolo`` is numeric), guia numbers and item sequences repeat, glosa
values are negative. :func:`apelavel` renumbers them and makes the glosa values positive and
consistent (guia glosa = its items' glosas + a part of its own; protocolo = its guias), so
every glosa drawn can be appealed (but those with the blank code ``dm_tipoGlosa`` also
enumerates, never chosen); the expected values below are computed from the models.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from tiss_conecta import models, versoes
from tiss_conecta import strategies as tst
from tiss_conecta.montagem import EscolhaGuia, EscolhaItens, EscolhaProtocolo, ItemEscolhido

CENTAVO = Decimal("0.01")
MAX_ITEM = {"4.01.00": Decimal("999999.99")}
"""An item's ``valorRecursado``: st_decimal8-2 in 4.01.00, st_decimal10-2 (below) later."""
MAX_ITEM_DEPOIS = Decimal("99999999.99")

justificativas = tst.texto_latin1(1, 500)


def _reparar(d: Any, primeiro: int, extra: Decimal) -> int:
    n = primeiro
    for p in d.dados_conta.dados_protocolo:
        p.numero_protocolo = str(n)
        n += 1
        total = Decimal("0.00")
        for j, g in enumerate(p.relacao_guias, 1):
            g.numero_guia_prestador = f"{p.numero_protocolo}-{j}"
            soma = Decimal("0.00")
            for k, it in enumerate(g.detalhes_guia, 1):
                it.sequencial_item = k
                for x in it.relacao_glosa:
                    x.valor_glosa = abs(x.valor_glosa)
                    soma += x.valor_glosa
            g.valor_glosa_guia = soma + extra
            total += g.valor_glosa_guia
        p.valor_glosa_protocolo = total + extra
    return n


def _centros(draw: st.DrawFn, msg: Any) -> None:
    """Some items of the demonstrativo get a ``centroConsumo``, if the version has one."""
    m = models.modulo_de(msg)
    for d in analises(msg):
        for p in d.dados_conta.dados_protocolo:
            for g in p.relacao_guias:
                for it in g.detalhes_guia:
                    if hasattr(it, "centro_consumo"):
                        it.centro_consumo = draw(st.none() | st.sampled_from(m.DmCentroConsumo))


@st.composite
def na_versao(draw: st.DrawFn, mensagens: st.SearchStrategy[Any], versao: str) -> Any:
    """``mensagens`` (4.01.00) in ``versao``."""
    msg = draw(mensagens)
    if models.versao_de(msg) != versao:
        msg = versoes.converter(msg, versao)
    if msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta:
        _centros(draw, msg)
    return msg


def demonstrativos(versao: str, *, max_demonstrativos: int = 2) -> st.SearchStrategy[Any]:
    """DEMONSTRATIVO_ANALISE_CONTA messages in ``versao``."""
    base = tst.mensagem_demonstrativo_analise_conta(max_demonstrativos=max_demonstrativos)
    return na_versao(base, versao)


@st.composite
def apelavel(draw: st.DrawFn, versao: str, *, max_demonstrativos: int = 1) -> Any:
    """A DEMONSTRATIVO_ANALISE_CONTA message in ``versao`` whose protocolos can be appealed."""
    msg = draw(demonstrativos(versao, max_demonstrativos=max_demonstrativos))
    extra = draw(st.decimals(Decimal("0.01"), Decimal("5000.00"), places=2))
    n = draw(st.integers(1, 10**9))
    for d in analises(msg):
        n = _reparar(d, n, extra)
    return msg


def analises(msg: Any) -> list[Any]:
    return list(msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta)


def protocolos(msg: Any) -> list[Any]:
    return [p for d in analises(msg) for p in d.dados_conta.dados_protocolo]


def glosado_item(it: Any, codigo: str) -> Decimal:
    return sum(
        (x.valor_glosa for x in it.relacao_glosa if x.tipo_glosa.value == codigo), Decimal(0)
    )


def _valor(draw: st.DrawFn, maximo: Decimal) -> Decimal | None:
    """``None`` (all that was glosado) or a value in 0.01..maximo."""
    return draw(st.none() | st.decimals(CENTAVO, maximo, places=2))


Escolhas = tuple[list[Any], Decimal]


@st.composite
def escolhas(draw: st.DrawFn, p: Any) -> Escolhas:
    """Valid choices on protocolo ``p`` and the total they appeal, computed from the model.

    Draws nothing when ``p`` has no glosa with value (the caller then ``assume``s it away)."""
    justificativa: Callable[[], str] = lambda: draw(justificativas)  # noqa: E731
    opcoes = []
    if p.glosa_protocolo is not None and p.glosa_protocolo.codigo_glosa.value:
        opcoes.append("protocolo")
    guias = [g for g in p.relacao_guias if g.valor_glosa_guia > 0]
    if guias:
        opcoes.append("guias")
    if not opcoes:
        return [], Decimal(0)
    if draw(st.sampled_from(opcoes)) == "protocolo":
        valor = _valor(draw, p.valor_glosa_protocolo)
        escolha = EscolhaProtocolo(p.glosa_protocolo.codigo_glosa.value, justificativa(), valor)
        return [escolha], p.valor_glosa_protocolo if valor is None else valor
    out: list[Any] = []
    total = Decimal(0)
    for g in draw(st.lists(st.sampled_from(guias), min_size=1, unique_by=id)):
        pares = [
            (it, c)
            for it in g.detalhes_guia
            for c in dict.fromkeys(x.tipo_glosa.value for x in it.relacao_glosa)
            if c and glosado_item(it, c) > 0
        ]
        motivos = [x.codigo_glosa.value for x in g.motivo_glosa_guia if x.codigo_glosa.value]
        por_itens: bool = draw(st.booleans())
        if pares and por_itens:
            itens = []
            for it, c in draw(
                st.lists(st.sampled_from(pares), min_size=1, unique_by=lambda t: (id(t[0]), t[1]))
            ):
                maximo = MAX_ITEM.get(models.versao_de(it) or "", MAX_ITEM_DEPOIS)
                glosado = glosado_item(it, c)
                if glosado > maximo:  # two entries of one code: more than the item can carry
                    valor = draw(st.decimals(CENTAVO, maximo, places=2))
                else:
                    valor = _valor(draw, glosado)
                propria = draw(st.none() | justificativas)
                itens.append(ItemEscolhido(it.sequencial_item, c, valor, propria))
                total += glosado if valor is None else valor
            out.append(EscolhaItens(g.numero_guia_prestador, itens, justificativa()))
        else:
            codigos = motivos + [c for _, c in pares if c not in motivos]
            if not codigos:
                continue
            c = draw(st.sampled_from(codigos))
            glosado = (
                g.valor_glosa_guia
                if c in motivos
                else sum((glosado_item(it, c) for it in g.detalhes_guia), Decimal(0))
            )
            valor = _valor(draw, glosado)
            out.append(EscolhaGuia(g.numero_guia_prestador, c, justificativa(), valor))
            total += glosado if valor is None else valor
    return out, total
