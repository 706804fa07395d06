"""Consistency of what the operadora sends back: the demonstrativo de análise de conta
(items, guia, protocolo and general totals) and the demonstrativo de pagamento.

In an análise de conta, every level must add up: an item's liberado plus its glosas is its
processado; a guia's informado, processado, liberado and glosa are the sums of its items;
a protocolo's are the sums of its guias (glosa 1104 when the informado differs); the general
totals are the sums of the protocolos. A prestador runs these checks before trusting (or
contesting) a demonstrativo.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from tiss_conecta.rules import _formato
from tiss_conecta.rules._leitura import decimal, inteiro, lista, texto
from tiss_conecta.rules.findings import Finding, Severidade
from tiss_conecta.rules.totais import GLOSA_PROTOCOLO, soma

__all__ = ["liberado_confere", "verificar_analise", "verificar_pagamento"]

DEMONSTRATIVOS = "/mensagemTISS/operadoraParaPrestador/demonstrativosRetorno"

_NOMES = {
    "informado": "valor informado",
    "processado": "valor processado",
    "liberado": "valor liberado",
    "glosa": "valor de glosa",
}


def liberado_confere(processado: Decimal, glosado: Decimal, liberado: Decimal) -> bool:
    """``liberado + glosado == processado`` (= informado when nothing was reprocessed)."""
    return liberado + glosado == processado


def _soma_de(valores: Sequence[Decimal | None]) -> Decimal:
    return soma(v for v in valores if v is not None)


def _confere(
    code: str,
    rotulo: str,
    campo: str,
    xpath: str,
    declarado: Decimal | None,
    parcelas: Sequence[Decimal | None],
    de_que: str,
    *,
    numero_guia: str | None = None,
    item: int | None = None,
    glosa: str | None = None,
) -> Iterator[Finding]:
    if declarado is None:
        return
    calculado = _soma_de(parcelas)
    if declarado != calculado:
        yield Finding(
            code,
            Severidade.ERRO,
            f"{rotulo}: {_NOMES[campo]} {_formato.reais(declarado)} difere da soma {de_que}, "
            f"{_formato.reais(calculado)}. Peça à operadora a correção do demonstrativo.",
            xpath=xpath,
            numero_guia=numero_guia,
            item=item,
            glosa=glosa,
        )


def _item(d: Any, xp: str, guia: str) -> Iterator[Finding]:
    seq = inteiro(d.sequencial_item)
    processado = decimal(d.valor_processado)
    liberado = decimal(d.valor_liberado)
    glosas = _soma_de([decimal(g.valor_glosa) for g in lista(d.relacao_glosa)])
    if processado is None or liberado is None:
        return
    if not liberado_confere(processado, glosas, liberado):
        yield Finding(
            "demonstrativo.item",
            Severidade.ERRO,
            f"Guia {guia}, item {seq}: liberado {_formato.reais(liberado)} + glosas "
            f"{_formato.reais(glosas)} não dá o processado {_formato.reais(processado)}. "
            "Peça à operadora a correção do demonstrativo.",
            xpath=xp,
            numero_guia=guia,
            item=seq,
        )


def _valores(objeto: Any, sufixo: str) -> dict[str, Decimal | None]:
    return {campo: decimal(getattr(objeto, f"valor_{campo}_{sufixo}", None)) for campo in _NOMES}


def verificar_analise(
    dem: Any, xpath: str = f"{DEMONSTRATIVOS}/demonstrativoAnaliseConta[1]"
) -> Iterator[Finding]:
    """Every level of one ``demonstrativoAnaliseConta`` against the level below."""
    protocolos = lista(getattr(dem.dados_conta, "dados_protocolo", None))
    valores_protocolos = []
    for i, p in enumerate(protocolos, 1):
        xp_p = f"{xpath}/dadosConta/dadosProtocolo[{i}]"
        protocolo = texto(p.numero_protocolo)
        valores_guias = []
        for j, g in enumerate(lista(p.relacao_guias), 1):
            xp_g = f"{xp_p}/relacaoGuias[{j}]"
            guia = texto(g.numero_guia_prestador)
            itens = lista(g.detalhes_guia)
            valores_itens = []
            for k, d in enumerate(itens, 1):
                xp_d = f"{xp_g}/detalhesGuia[{k}]"
                yield from _item(d, xp_d, guia)
                valores_itens.append(
                    {
                        "informado": decimal(d.valor_informado),
                        "processado": decimal(d.valor_processado),
                        "liberado": decimal(d.valor_liberado),
                        "glosa": _soma_de([decimal(x.valor_glosa) for x in lista(d.relacao_glosa)]),
                    }
                )
            valores_guia = _valores(g, "guia")
            if itens:
                for campo in _NOMES:
                    nome = f"valor{campo.capitalize()}Guia"
                    yield from _confere(
                        "demonstrativo.guia",
                        f"Guia {guia}",
                        campo,
                        f"{xp_g}/{nome}",
                        valores_guia[campo],
                        [v[campo] for v in valores_itens],
                        "dos itens",
                        numero_guia=guia,
                    )
            valores_guias.append(valores_guia)
        valores_protocolo = _valores(p, "protocolo")
        for campo in _NOMES:
            nome = f"valor{campo.capitalize()}Protocolo"
            yield from _confere(
                "demonstrativo.protocolo",
                f"Protocolo {protocolo}",
                campo,
                f"{xp_p}/{nome}",
                valores_protocolo[campo],
                [v[campo] for v in valores_guias],
                "das guias",
                glosa=GLOSA_PROTOCOLO if campo == "informado" else None,
            )
        valores_protocolos.append(valores_protocolo)
    valores_geral = _valores(dem, "geral")
    for campo in _NOMES:
        nome = f"valor{campo.capitalize()}Geral"
        yield from _confere(
            "demonstrativo.geral",
            "Total geral",
            campo,
            f"{xpath}/{nome}",
            valores_geral[campo],
            [v[campo] for v in valores_protocolos],
            "dos protocolos",
        )


def verificar_pagamento(
    dem: Any, xpath: str = f"{DEMONSTRATIVOS}/demonstrativoPagamento"
) -> Iterator[Finding]:
    """A ``demonstrativoPagamento``: each protocolo against its guias, each payment date's
    gross totals against its protocolos, its net against gross, debits and credits."""
    pagamentos = lista(getattr(dem.pagamentos, "pagamentos_por_data", None))
    for i, pd in enumerate(pagamentos, 1):
        xp_d = f"{xpath}/pagamentos/pagamentosPorData[{i}]"
        protocolos = lista(getattr(pd.dados_resumo, "relacao_protocolos", None))
        for j, p in enumerate(protocolos, 1):
            xp_p = f"{xp_d}/dadosResumo/relacaoProtocolos[{j}]"
            guias = lista(p.guias_do_lote)
            rotulo = f"Protocolo {texto(p.numero_protocolo)}"
            for campo, nome in (
                ("processado", "valorProcessado"),
                ("liberado", "valorLiberado"),
                ("glosa", "valorGlosa"),
            ):
                yield from _confere(
                    "demonstrativo.pagamento.protocolo",
                    rotulo,
                    campo,
                    f"{xp_p}/{nome}",
                    decimal(getattr(p, f"valor_{campo}", None)),
                    [decimal(getattr(g, f"valor_{campo}_guia", None)) for g in guias],
                    "das guias",
                    glosa=GLOSA_PROTOCOLO if campo == "processado" else None,
                )
        brutos = pd.totais_brutos_por_data
        if brutos is not None:
            for campo, nome, atributo in (
                ("informado", "totalInformadoPorData", "total_informado_por_data"),
                ("processado", "totalProcessadoPorData", "total_processado_por_data"),
                ("liberado", "totaLiberadoPorData", "tota_liberado_por_data"),
                ("glosa", "totalGlosaPorData", "total_glosa_por_data"),
            ):
                yield from _confere(
                    "demonstrativo.pagamento.data",
                    "Totais brutos da data de pagamento",
                    campo,
                    f"{xp_d}/totaisBrutosPorData/{nome}",
                    decimal(getattr(brutos, atributo, None)),
                    [decimal(getattr(p, f"valor_{campo}", None)) for p in protocolos],
                    "dos protocolos",
                )
        yield from _liquido(pd, xp_d)


def _liquido(pd: Any, xp_d: str) -> Iterator[Finding]:
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
        yield Finding(
            "demonstrativo.pagamento.liquido",
            Severidade.ERRO,
            f"Líquido da data de pagamento {_formato.reais(liquido)} difere de liberado "
            f"{_formato.reais(liberado)} − débitos {_formato.reais(debitos)} + créditos "
            f"{_formato.reais(creditos)}. Peça à operadora a correção do demonstrativo.",
            xpath=f"{xp_d}/totaisLiquidosPorData/liquidoPorData",
        )
