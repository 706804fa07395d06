"""Demonstrativos that answer a given lote, for testing a reconciliation
(:func:`demonstrativo_do_lote`, :func:`lote_e_demonstrativo`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from functools import cache
from typing import Any

from hypothesis import strategies as st
from xsdata.models.datatype import XmlDate, XmlTime

from tiss_conecta import models
from tiss_conecta.leitura import Guia, Item, TipoGuia, guias_do_lote, numero
from tiss_conecta.leitura._valores import texto
from tiss_conecta.strategies._mensagens import TIPOS_GUIA, lote_guias

__all__ = ["RESPOSTAS", "demonstrativo_do_lote", "lote_e_demonstrativo"]

RESPOSTAS = ("paga", "paga_parcial", "glosada", "omitida")
"""What the operadora may do with each guia sent: pay it, glosar part or all of it, or leave
it out of the demonstrativo."""

_ZERO = Decimal("0.00")
_REGISTRO_ANS = "416070"
_CNPJ_OPERADORA = "11444777000161"
_CNPJ_PRESTADOR = "11222333000181"
_CNES = "2077485"
_PROCEDIMENTO_EXTRA = ("22", "10101012")
_GLOSAS = ("1705", "1702", "1801", "1909", "2001", "2501", "1006")
"""Glosa codes the drawn demonstrativos apply (those the version's ``dm_tipoGlosa`` has)."""


def _data(dia: dt.date) -> XmlDate:
    return XmlDate(dia.year, dia.month, dia.day)


@cache
def _maximo(cls: type, campo: str) -> Decimal:
    """The largest value ``campo`` of ``cls`` takes (``st_decimalN-2``)."""
    meta = next(f.metadata for f in dataclasses.fields(cls) if f.name == campo)
    inteiros = int(meta["total_digits"]) - int(meta["fraction_digits"])
    return Decimal(10) ** inteiros - Decimal("0.01")


@cache
def _glosas(versao: str) -> tuple[str, ...]:
    codigos = {m.value for m in models.carregar(versao).DmTipoGlosa}
    return tuple(c for c in _GLOSAS if c in codigos)


def _lote(mensagem: Any) -> Any:
    lote = getattr(getattr(mensagem, "prestador_para_operadora", None), "lote_guias", None)
    if lote is None:
        raise ValueError("demonstrativo_do_lote: a mensagem não é um ENVIO_LOTE_GUIAS")
    return lote


class _Orcamento:
    """What is still free in the totals of the guia and of the demonstrativo (the XSD's
    ``st_decimal10-2``): a value sent that does not fit is answered as zero."""

    def __init__(self, maximo: Decimal) -> None:
        self.maximo = maximo
        self.usado = _ZERO

    def cabe(self, valor: Decimal) -> bool:
        return self.usado + valor <= self.maximo


def _item(
    m: Any, draw: st.DrawFn, enviado: Item, k: int, resposta: str, dia: dt.date, limites: Any
) -> Any:
    Detalhe = m.CtContaMedicaResumo.RelacaoGuias.DetalhesGuia
    item_max, guia, total = limites
    valor = enviado.valor_total if enviado.valor_total is not None else _ZERO
    if not (_ZERO <= valor <= item_max and guia.cabe(valor) and total.cabe(valor)):
        valor = _ZERO
    guia.usado += valor
    total.usado += valor
    if resposta == "paga" or valor == 0:
        corte = _ZERO
    elif resposta == "glosada":
        corte = valor
    else:
        corte = draw(st.decimals(_ZERO, valor, places=2))
    tabela = enviado.tabela if enviado.tabela in {t.value for t in m.DmTabela} else "22"
    glosas = []
    if corte > 0:
        codigo = draw(st.sampled_from(_glosas(models.versao_de(m.DmTipoGlosa) or "")))
        glosas.append(Detalhe.RelacaoGlosa(valor_glosa=corte, tipo_glosa=m.DmTipoGlosa(codigo)))
    return Detalhe(
        sequencial_item=enviado.sequencial if enviado.sequencial is not None else k,
        data_realizacao=_data(enviado.data or dia),
        procedimento=m.CtProcedimentoDados(
            codigo_tabela=m.DmTabela(tabela),
            codigo_procedimento=enviado.codigo[:10] or _PROCEDIMENTO_EXTRA[1],
            descricao_procedimento="PROCEDIMENTO",
        ),
        valor_informado=valor,
        qtd_executada=Decimal("1.0000"),
        valor_processado=valor,
        valor_liberado=valor - corte,
        relacao_glosa=glosas,
    )


def _guia(m: Any, draw: st.DrawFn, guia: Guia, resposta: str, dia: dt.date, total: Any) -> Any:
    G = m.CtContaMedicaResumo.RelacaoGuias
    limites = (
        _maximo(G.DetalhesGuia, "valor_informado"),
        _Orcamento(_maximo(G, "valor_informado_guia")),
        total,
    )
    itens = [_item(m, draw, it, k, resposta, dia, limites) for k, it in enumerate(guia.itens, 1)]
    informado = sum((i.valor_informado for i in itens), _ZERO)
    liberado = sum((i.valor_liberado for i in itens), _ZERO)
    return G(
        numero_guia_prestador=guia.numero or "0",
        numero_carteira=(guia.carteira or "0")[:20],
        data_inicio_fat=itens[0].data_realizacao if itens else _data(dia),
        situacao_guia=m.DmStatusProtocolo.VALUE_5,
        detalhes_guia=itens,
        valor_informado_guia=informado,
        valor_processado_guia=informado,
        valor_liberado_guia=liberado,
        valor_glosa_guia=informado - liberado,
    )


@st.composite
def demonstrativo_do_lote(
    draw: st.DrawFn,
    lote: Any,
    *,
    protocolo: str | None = None,
    max_extras: int = 2,
) -> Any:
    """A DEMONSTRATIVO_ANALISE_CONTA message answering the ENVIO_LOTE_GUIAS ``lote`` (any guia
    type), in the lote's version and schema-valid.

    One protocolo (``protocolo``, or drawn digits) answers the lote (``numeroLotePrestador``
    is its ``numeroLote``); each guia sent is paid, partly glosado, wholly glosado or left out
    (:data:`RESPOSTAS`), item by item (sequencial, procedure and date those sent; valor
    informado the one sent — zero where the demonstrativo cannot carry it: negative, or past
    ``st_decimal10-2`` in a total), and up to ``max_extras`` guias the lote does not have are
    added (numbers ``NE1``, ``NE2``…, none equal to a number sent).

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(st.data())
    ... def test_demonstrativo(dados):
    ...     lote = tiss.examples.lote_sadt(3, versao="4.02.00")
    ...     demonstrativo = dados.draw(demonstrativo_do_lote(lote))
    ...     assert tiss.validate(tiss.to_xml(demonstrativo)).ok
    >>> test_demonstrativo()
    """
    versao = models.versao_de(lote)
    if versao is None:
        raise ValueError("demonstrativo_do_lote: a mensagem não é de uma versão TISS suportada")
    m = models.carregar(versao)
    lote_guias = _lote(lote)
    ident = lote.cabecalho.identificacao_transacao
    dia = getattr(ident, "data_registro_transacao", None)
    hoje = dt.date(dia.year, dia.month, dia.day) if dia is not None else dt.date(2025, 6, 2)
    total = _Orcamento(_maximo(m.CtContaMedicaResumo, "valor_informado_protocolo"))
    guias = []
    enviados = guias_do_lote(lote_guias)
    for g in enviados:
        resposta = draw(st.sampled_from(RESPOSTAS))
        if resposta != "omitida":
            guias.append(_guia(m, draw, g, resposta, hoje, total))
    numeros = {numero(g.numero) for g in enviados}
    livres = (f"NE{k}" for k in range(1, 10**6) if numero(f"NE{k}") not in numeros)
    for _ in range(draw(st.integers(0, max_extras))):
        valores = draw(st.lists(st.decimals(_ZERO, Decimal("1000.00"), places=2), max_size=2))
        resposta = draw(st.sampled_from(RESPOSTAS[:3]))
        tabela, codigo = _PROCEDIMENTO_EXTRA
        extra = Guia(
            tipo=TipoGuia.SP_SADT,
            xpath="",
            numero=next(livres),
            registro_ans="",
            carteira="0",
            itens=tuple(
                Item(
                    xpath="",
                    sequencial=k,
                    data=hoje,
                    campo_data="",
                    tabela=tabela,
                    codigo=codigo,
                    valor_total=v,
                )
                for k, v in enumerate(valores, 1)
            ),
            atendimentos=(),
            atendimentos_senha=(),
        )
        guias.append(_guia(m, draw, extra, resposta, hoje, total))
    numero_protocolo = protocolo or str(draw(st.integers(1, 10**9)))
    informado = sum((g.valor_informado_guia for g in guias), _ZERO)
    liberado = sum((g.valor_liberado_guia for g in guias), _ZERO)
    Conta = m.CtmDemonstrativoAnaliseConta
    protocolo_lido = m.CtContaMedicaResumo(
        numero_lote_prestador=texto(lote_guias.numero_lote) or "0",
        numero_protocolo=numero_protocolo,
        data_protocolo=_data(hoje),
        situacao_protocolo=m.DmStatusProtocolo.VALUE_5,
        relacao_guias=guias,
        valor_informado_protocolo=informado,
        valor_processado_protocolo=informado,
        valor_liberado_protocolo=liberado,
        valor_glosa_protocolo=informado - liberado,
    )
    origem = getattr(lote.cabecalho.origem, "identificacao_prestador", None)
    contratado = m.CtContratadoDados(
        codigo_prestador_na_operadora=getattr(origem, "codigo_prestador_na_operadora", None),
        cpf_contratado=getattr(origem, "cpf", None),
        cnpj_contratado=getattr(origem, "cnpj", None),
    )
    if not any(
        (
            contratado.codigo_prestador_na_operadora,
            contratado.cpf_contratado,
            contratado.cnpj_contratado,
        )
    ):
        contratado = m.CtContratadoDados(cnpj_contratado=_CNPJ_PRESTADOR)
    registro = texto(getattr(lote.cabecalho.destino, "registro_ans", None)) or _REGISTRO_ANS
    conta = Conta(
        cabecalho_demonstrativo=m.CtDemonstrativoCabecalho(
            registro_ans=registro,
            numero_demonstrativo="1",
            nome_operadora="OPERADORA",
            numero_cnpj=_CNPJ_OPERADORA,
            data_emissao=_data(hoje),
        ),
        dados_prestador=Conta.DadosPrestador(dados_contratado=contratado, cnes=_CNES),
        dados_conta=Conta.DadosConta(dados_protocolo=[protocolo_lido]),
        valor_informado_geral=informado,
        valor_processado_geral=informado,
        valor_liberado_geral=liberado,
        valor_glosa_geral=informado - liberado,
    )
    return m.MensagemTiss(
        cabecalho=m.CabecalhoTransacao(
            identificacao_transacao=m.CabecalhoTransacao.IdentificacaoTransacao(
                tipo_transacao=m.DmTipoTransacao.DEMONSTRATIVO_ANALISE_CONTA,
                sequencial_transacao="1",
                data_registro_transacao=_data(hoje),
                hora_registro_transacao=XmlTime(10, 0, 0),
            ),
            origem=m.CabecalhoTransacao.Origem(registro_ans=registro),
            destino=m.CabecalhoTransacao.Destino(
                identificacao_prestador=m.CtPrestadorIdentificacao(
                    codigo_prestador_na_operadora=contratado.codigo_prestador_na_operadora,
                    cpf=contratado.cpf_contratado,
                    cnpj=contratado.cnpj_contratado,
                )
            ),
            padrao=m.DmVersao(versao),
        ),
        operadora_para_prestador=m.OperadoraPrestador(
            demonstrativos_retorno=m.CtDemonstrativoRetorno(demonstrativo_analise_conta=[conta])
        ),
        epilogo=m.Epilogo(hash=""),
    )


@st.composite
def lote_e_demonstrativo(
    draw: st.DrawFn,
    tipo_guia: str | None = None,
    *,
    max_guias: int = 3,
    versao: str = models.VERSAO_PADRAO,
) -> tuple[Any, Any]:
    """A lote (:func:`~tiss_conecta.strategies.lote_guias` of ``tipo_guia``, drawn when
    ``None``) and a demonstrativo that answers it (:func:`demonstrativo_do_lote`).

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(lote_e_demonstrativo(versao="4.03.00"))
    ... def test_par(par):
    ...     lote, demonstrativo = par
    ...     assert tiss.validate(tiss.to_xml(demonstrativo)).ok
    >>> test_par()
    """
    tipo = tipo_guia if tipo_guia is not None else draw(st.sampled_from(sorted(TIPOS_GUIA)))
    lote = draw(lote_guias(tipo, max_guias=max_guias, versao=versao))
    return lote, draw(demonstrativo_do_lote(lote))
