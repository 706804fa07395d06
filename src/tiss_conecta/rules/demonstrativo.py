"""Consistency of what the operadora sends back: the demonstrativo de análise de conta
(items, guia, protocolo and general totals) and the demonstrativo de pagamento.

In an análise de conta, every level must add up: an item's liberado plus its glosas is its
processado; a guia's informado, processado, liberado and glosa are the sums of its items;
a protocolo's are the sums of its guias (glosa 1104 when the informado differs); the general
totals are the sums of the protocolos. A prestador runs these checks before trusting (or
contesting) a demonstrativo.

The análise is read as the recurso builder reads it (:func:`tiss_conecta.leitura.protocolos`).
A value the demonstrativo lacks is left out of its level's sum, and a level that lacks a
declared value is not compared on it; an item's glosa is unknown when one of its glosas has no
value (the XSD requires it), so that item is not judged. The demonstrativo de pagamento, which
the reader does not cover, is read here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from tiss_conecta import formato
from tiss_conecta.achados import Achado, Regra
from tiss_conecta.achados import Severidade as S
from tiss_conecta.leitura import GuiaLida, ItemLido, ProtocoloLido, protocolos
from tiss_conecta.leitura._valores import decimal, lista, texto
from tiss_conecta.rules._contexto import Contexto
from tiss_conecta.rules.totais import soma, total_confere

__all__ = [
    "GERAL",
    "GUIA",
    "ITEM",
    "PAGAMENTO_DATA",
    "PAGAMENTO_LIQUIDO",
    "PAGAMENTO_PROTOCOLO",
    "PROTOCOLO",
    "achados",
    "achados_da_analise",
    "achados_do_pagamento",
    "processado_confere",
]

ITEM = Regra(
    "demonstrativo.item",
    S.ERRO,
    "liberado + glosas ≠ processado do item",
    dica="não conte com o valor liberado do item: peça à operadora o demonstrativo reemitido "
    "antes de dar baixa ou de recorrer",
)
GUIA = Regra(
    "demonstrativo.guia",
    S.ERRO,
    "valores da guia ≠ soma dos itens",
    dica="confira o que foi liberado item a item e peça à operadora o demonstrativo "
    "reemitido com os valores da guia corretos",
)
PROTOCOLO = Regra(
    "demonstrativo.protocolo",
    S.ERRO,
    "valores do protocolo ≠ soma das guias (1104 quando é o informado)",
    glosa="1104",
    dica="compare o demonstrativo com as guias do lote enviado e peça à operadora o "
    "demonstrativo reemitido com os totais do protocolo corretos",
)
GERAL = Regra(
    "demonstrativo.geral",
    S.ERRO,
    "totais gerais ≠ soma dos protocolos",
    dica="confira os valores protocolo a protocolo e peça à operadora o demonstrativo "
    "reemitido com os totais gerais corretos",
)
PAGAMENTO_PROTOCOLO = Regra(
    "demonstrativo.pagamento.protocolo",
    S.ERRO,
    "demonstrativo de pagamento: valores do protocolo ≠ soma das guias (1104 no processado)",
    glosa="1104",
    dica="confira o pagamento guia a guia e peça à operadora o demonstrativo de pagamento "
    "reemitido com os valores do protocolo corretos",
)
PAGAMENTO_DATA = Regra(
    "demonstrativo.pagamento.data",
    S.ERRO,
    "demonstrativo de pagamento: totais brutos da data ≠ soma dos protocolos",
    dica="confira o pagamento protocolo a protocolo e peça à operadora o demonstrativo de "
    "pagamento reemitido com os totais da data corretos",
)
PAGAMENTO_LIQUIDO = Regra(
    "demonstrativo.pagamento.liquido",
    S.ERRO,
    "demonstrativo de pagamento: líquido ≠ liberado − débitos + créditos",
    dica="confira os débitos e créditos lançados na data e peça à operadora a explicação da "
    "diferença antes de conciliar o valor recebido",
)

DEMONSTRATIVOS = "/mensagemTISS/operadoraParaPrestador/demonstrativosRetorno"

_NOMES = {
    "informado": "valor informado",
    "processado": "valor processado",
    "liberado": "valor liberado",
    "glosa": "valor de glosa",
}


def processado_confere(processado: Decimal, glosado: Decimal, liberado: Decimal) -> bool:
    """``liberado + glosado == processado`` (= informado when nothing was reprocessed).

    >>> processado_confere(Decimal("35.70"), Decimal("15.00"), Decimal("20.70"))
    True
    """
    return liberado + glosado == processado


def _presentes(valores: Sequence[Decimal | None]) -> list[Decimal]:
    return [v for v in valores if v is not None]


def _soma_de(valores: Sequence[Decimal | None]) -> Decimal:
    return soma(_presentes(valores))


_Valores = dict[str, Decimal | None]
"""informado, processado, liberado and glosa of one item, guia, protocolo or the whole."""


def _confere(
    regra: Regra,
    rotulo: str,
    campo: str,
    xpath: str,
    declarado: Decimal | None,
    parcelas: Sequence[Decimal | None],
    de_que: str,
    *,
    numero_guia: str | None = None,
    com_glosa: bool = False,
) -> Iterator[Achado]:
    """``com_glosa``: the declared glosa applies to this field (else none)."""
    if declarado is None or total_confere(declarado, _presentes(parcelas)):
        return
    calculado = _soma_de(parcelas)
    yield regra.achado(
        f"{rotulo}: {_NOMES[campo]} {formato.reais(declarado)} difere da soma {de_que}, "
        f"{formato.reais(calculado)}. Peça à operadora a correção do demonstrativo.",
        xpath=xpath,
        numero_guia=numero_guia,
        glosa=... if com_glosa else None,
    )


def _nivel(
    regra: Regra,
    rotulo: str,
    xpath: str,
    sufixo: str,
    declarados: _Valores,
    partes: Sequence[_Valores],
    de_que: str,
    *,
    numero_guia: str | None = None,
) -> Iterator[Achado]:
    """Each value a level declares (``valorInformadoGuia``...) against its parts' sum; the
    level's glosa, if any, goes with the informado."""
    for campo in _NOMES:
        yield from _confere(
            regra,
            rotulo,
            campo,
            f"{xpath}/valor{campo.capitalize()}{sufixo}",
            declarados[campo],
            [p[campo] for p in partes],
            de_que,
            numero_guia=numero_guia,
            com_glosa=campo == "informado",
        )


def _valores(objeto: Any, sufixo: str) -> _Valores:
    return {campo: decimal(getattr(objeto, f"valor_{campo}_{sufixo}", None)) for campo in _NOMES}


def _declarados(lido: ProtocoloLido | GuiaLida) -> _Valores:
    """What a protocolo or guia declares: its glosa as written, not processado − liberado."""
    return {
        "informado": lido.informado,
        "processado": lido.processado,
        "liberado": lido.liberado,
        "glosa": lido.glosado_declarado,
    }


def _do_item(item: ItemLido) -> _Valores:
    """An item's values; its glosa is the sum of its glosas (``None`` when one has no value)."""
    return {
        "informado": item.informado,
        "processado": item.processado,
        "liberado": item.liberado,
        "glosa": item.glosado,
    }


def _item(item: ItemLido, guia: str) -> Iterator[Achado]:
    """``liberado + glosas == processado``; not judged when a value is unknown (a glosa
    without its value included: the XSD requires it, and the sum without it is a guess)."""
    processado, liberado, glosas = item.processado, item.liberado, item.glosado
    if processado is None or liberado is None or glosas is None:
        return
    if not processado_confere(processado, glosas, liberado):
        yield ITEM.achado(
            f"Guia {guia}, item {item.sequencial}: liberado {formato.reais(liberado)} + glosas "
            f"{formato.reais(glosas)} não dá o processado {formato.reais(processado)}. "
            "Peça à operadora a correção do demonstrativo.",
            xpath=item.xpath,
            numero_guia=guia,
            item=item.sequencial,
        )


def achados(ctx: Contexto) -> Iterator[Achado]:
    """The demonstrativos de análise de conta and de pagamento an operadora sent.

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from decimal import Decimal
    >>> from tiss_conecta.rules import Contexto, perfil
    >>> mensagem = tiss.parse(tiss.examples.caminho("demonstrativo-analise"))
    >>> ctx = Contexto.de(mensagem, perfil("arcelormittal"), dt.date(2025, 6, 22))
    >>> list(achados(ctx))
    []
    >>> conta = mensagem.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta
    >>> conta[0].dados_conta.dados_protocolo[0].valor_informado_protocolo = Decimal("200.00")
    >>> [(a.codigo, a.glosa) for a in achados(ctx)]
    [('demonstrativo.protocolo', '1104'), ('demonstrativo.geral', None)]
    """
    retorno = getattr(ctx.operadora, "demonstrativos_retorno", None)
    if retorno is None:
        return
    for i, dem in enumerate(retorno.demonstrativo_analise_conta or (), 1):
        yield from achados_da_analise(dem, f"{DEMONSTRATIVOS}/demonstrativoAnaliseConta[{i}]")
    if retorno.demonstrativo_pagamento is not None:
        yield from achados_do_pagamento(retorno.demonstrativo_pagamento)


def achados_da_analise(
    dem: Any, xpath: str = f"{DEMONSTRATIVOS}/demonstrativoAnaliseConta[1]"
) -> Iterator[Achado]:
    """Every level of one ``demonstrativoAnaliseConta``, read by
    :func:`tiss_conecta.leitura.protocolos`, against the level below.

    >>> import tiss_conecta as tiss
    >>> from decimal import Decimal
    >>> mensagem = tiss.parse(tiss.examples.caminho("demonstrativo-analise", "4.03.00"))
    >>> conta = mensagem.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta
    >>> guia = conta[0].dados_conta.dados_protocolo[0].relacao_guias[1]
    >>> guia.detalhes_guia[0].valor_liberado = Decimal("35.70")  # the glosa not taken off
    >>> [(a.codigo, a.xpath.rsplit("/", 1)[-1]) for a in achados_da_analise(conta[0])]
    [('demonstrativo.item', 'detalhesGuia[1]'), ('demonstrativo.guia', 'valorLiberadoGuia')]
    """
    lidos = protocolos(dem, xpath=xpath)
    for p in lidos:
        yield from _protocolo(p)
    yield from _nivel(
        GERAL,
        "Total geral",
        xpath,
        "Geral",
        _valores(dem, "geral"),
        [_declarados(p) for p in lidos],
        "dos protocolos",
    )


def _protocolo(p: ProtocoloLido) -> Iterator[Achado]:
    for g in p.guias:
        yield from _guia(g)
    yield from _nivel(
        PROTOCOLO,
        f"Protocolo {p.numero}",
        p.xpath,
        "Protocolo",
        _declarados(p),
        [_declarados(g) for g in p.guias],
        "das guias",
    )


def _guia(g: GuiaLida) -> Iterator[Achado]:
    for item in g.itens:
        yield from _item(item, g.numero)
    if g.itens:
        yield from _nivel(
            GUIA,
            f"Guia {g.numero}",
            g.xpath,
            "Guia",
            _declarados(g),
            [_do_item(item) for item in g.itens],
            "dos itens",
            numero_guia=g.numero,
        )


def achados_do_pagamento(
    dem: Any, xpath: str = f"{DEMONSTRATIVOS}/demonstrativoPagamento"
) -> Iterator[Achado]:
    """A ``demonstrativoPagamento``: each protocolo against its guias, each payment date's
    gross totals against its protocolos, its net against gross, debits and credits.

    Drawn demonstrativos (their values are random, so most do not add up):

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> from tiss_conecta import strategies as tst
    >>> m = tiss.models.carregar("4.02.00")
    >>> @settings(max_examples=10, deadline=None)
    ... @given(tst.construir(m.CtmDemonstrativoPagamento))
    ... def test_pagamento(demonstrativo):
    ...     for achado in achados_do_pagamento(demonstrativo):
    ...         assert achado.codigo.startswith("demonstrativo.pagamento.")
    ...         assert achado.xpath.startswith(f"{DEMONSTRATIVOS}/demonstrativoPagamento/")
    >>> test_pagamento()
    """
    pagamentos = lista(getattr(dem.pagamentos, "pagamentos_por_data", None))
    for i, pd in enumerate(pagamentos, 1):
        xp_d = f"{xpath}/pagamentos/pagamentosPorData[{i}]"
        protocolos = lista(getattr(pd.dados_resumo, "relacao_protocolos", None))
        for j, p in enumerate(protocolos, 1):
            yield from _pagamento_protocolo(p, f"{xp_d}/dadosResumo/relacaoProtocolos[{j}]")
        yield from _brutos(pd.totais_brutos_por_data, protocolos, xp_d)
        yield from _liquido(pd, xp_d)


def _pagamento_protocolo(p: Any, xp: str) -> Iterator[Achado]:
    guias = lista(p.guias_do_lote)
    rotulo = f"Protocolo {texto(p.numero_protocolo)}"
    for campo, nome in (
        ("processado", "valorProcessado"),
        ("liberado", "valorLiberado"),
        ("glosa", "valorGlosa"),
    ):
        yield from _confere(
            PAGAMENTO_PROTOCOLO,
            rotulo,
            campo,
            f"{xp}/{nome}",
            decimal(getattr(p, f"valor_{campo}", None)),
            [decimal(getattr(g, f"valor_{campo}_guia", None)) for g in guias],
            "das guias",
            com_glosa=campo == "processado",
        )


def _brutos(brutos: Any, protocolos: Sequence[Any], xp_d: str) -> Iterator[Achado]:
    if brutos is None:
        return
    for campo, nome, atributo in (
        ("informado", "totalInformadoPorData", "total_informado_por_data"),
        ("processado", "totalProcessadoPorData", "total_processado_por_data"),
        ("liberado", "totaLiberadoPorData", "tota_liberado_por_data"),
        ("glosa", "totalGlosaPorData", "total_glosa_por_data"),
    ):
        yield from _confere(
            PAGAMENTO_DATA,
            "Totais brutos da data de pagamento",
            campo,
            f"{xp_d}/totaisBrutosPorData/{nome}",
            decimal(getattr(brutos, atributo, None)),
            [decimal(getattr(p, f"valor_{campo}", None)) for p in protocolos],
            "dos protocolos",
        )


def _liquido(pd: Any, xp_d: str) -> Iterator[Achado]:
    brutos, liquidos = pd.totais_brutos_por_data, pd.totais_liquidos_por_data
    if brutos is None or liquidos is None:
        return
    lancamentos = lista(getattr(pd.debitos_creditos_por_data, "debitos_creditos", None))
    debitos = _soma_de([decimal(x.valor_db_cr) for x in lancamentos if texto(x.indicador) == "1"])
    creditos = _soma_de([decimal(x.valor_db_cr) for x in lancamentos if texto(x.indicador) == "2"])
    liberado = decimal(brutos.tota_liberado_por_data)
    liquido = decimal(liquidos.liquido_por_data)
    if liberado is None or liquido is None:
        return
    if liquido != liberado - debitos + creditos:
        yield PAGAMENTO_LIQUIDO.achado(
            f"Líquido da data de pagamento {formato.reais(liquido)} difere de liberado "
            f"{formato.reais(liberado)} − débitos {formato.reais(debitos)} + créditos "
            f"{formato.reais(creditos)}. Peça à operadora a correção do demonstrativo.",
            xpath=f"{xp_d}/totaisLiquidosPorData/liquidoPorData",
        )
