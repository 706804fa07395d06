"""Whole messages (``mensagemTISS``) and the TISS objects people test most."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from hypothesis import strategies as st

from tiss_conecta.models.v4_01_00.tiss import (
    CabecalhoTransacao,
    CtGuiaRecursoLote,
    CtmConsultaGuia,
    CtmDemonstrativoAnaliseConta,
    CtmGuiaLote,
    CtmHonorarioIndividualGuia,
    CtmInternacaoResumoGuia,
    CtmRecursoGlosa,
    CtmSpSadtGuia,
    CtoGuiaOdontologia,
    DmTipoTransacao,
    DmVersao,
    Epilogo,
    MensagemTiss,
)
from tiss_conecta.strategies._build import EXTRA_OCCURRENCES, build, field_strategy, layout_of

__all__ = [
    "TIPOS_GUIA",
    "TRANSACOES",
    "demonstrativo_analise_conta",
    "guia",
    "guia_consulta",
    "guia_honorarios",
    "guia_odontologia",
    "guia_resumo_internacao",
    "guia_sp_sadt",
    "hash_epilogo",
    "lote_guias",
    "mensagem",
    "mensagem_demonstrativo_analise_conta",
    "mensagem_recurso_glosa",
    "recurso_glosa",
]

_PRESTADOR = "prestadorParaOperadora"
_OPERADORA = "operadoraParaPrestador"
_DEMONSTRATIVOS = (_OPERADORA, "demonstrativosRetorno")

TRANSACOES: Mapping[str, tuple[str, ...]] = {
    "ENVIO_LOTE_GUIAS": (_PRESTADOR, "loteGuias"),
    "ENVIO_ANEXO": (_PRESTADOR, "loteAnexos"),
    "SOLIC_DEMONSTRATIVO_RETORNO": (_PRESTADOR, "solicitacaoDemonstrativoRetorno"),
    "SOLIC_STATUS_PROTOCOLO": (_PRESTADOR, "solicitacaoStatusProtocolo"),
    "SOLICITACAO_PROCEDIMENTOS": (_PRESTADOR, "solicitacaoProcedimento"),
    "SOLICITA_STATUS_AUTORIZACAO": (_PRESTADOR, "solicitaStatusAutorizacao"),
    "VERIFICA_ELEGIBILIDADE": (_PRESTADOR, "verificaElegibilidade"),
    "CANCELA_GUIA": (_PRESTADOR, "cancelaGuia"),
    "COMUNICACAO_BENEFICIARIO": (_PRESTADOR, "comunicacaoInternacao"),
    "RECURSO_GLOSA": (_PRESTADOR, "recursoGlosa"),
    "SOLIC_STATUS_RECURSO_GLOSA": (_PRESTADOR, "solicitacaoStatusRecursoGlosa"),
    "ENVIO_DOCUMENTO": (_PRESTADOR, "envioDocumentos"),
    "PROTOCOLO_RECEBIMENTO": (_OPERADORA, "recebimentoLote"),
    "PROTOCOLO_RECEBIMENTO_ANEXO": (_OPERADORA, "recebimentoAnexo"),
    "RECEBIMENTO_RECURSO_GLOSA": (_OPERADORA, "recebimentoRecursoGlosa"),
    "DEMONSTRATIVO_ANALISE_CONTA": (*_DEMONSTRATIVOS, "demonstrativoAnaliseConta"),
    "DEMONSTRATIVO_PAGAMENTO": (*_DEMONSTRATIVOS, "demonstrativoPagamento"),
    "DEMONSTRATIVO_ODONTOLOGIA": (*_DEMONSTRATIVOS, "demonstrativoPagamentoOdonto"),
    "SITUACAO_PROTOCOLO": (_OPERADORA, "situacaoProtocolo"),
    "RESPOSTA_SOLICITACAO": (_OPERADORA, "autorizacaoServicos"),
    "AUTORIZACAO_ODONTOLOGIA": (_OPERADORA, "autorizacaoServicos", "autorizacaoServicoOdonto"),
    "STATUS_AUTORIZACAO": (_OPERADORA, "situacaoAutorizacao"),
    "SITUACAO_ELEGIBILIDADE": (_OPERADORA, "respostaElegibilidade"),
    "CANCELAMENTO_GUIA_RECIBO": (_OPERADORA, "reciboCancelaGuia"),
    "RECIBO_COMUNICACAO": (_OPERADORA, "reciboComunicacao"),
    "RESPOSTA_RECURSO_GLOSA": (_OPERADORA, "respostaRecursoGlosa"),
    "RECEBIMENTO_DOCUMENTO": (_OPERADORA, "recebimentoDocumentos"),
}
"""Each ``tipoTransacao`` and the path of elements under ``mensagemTISS`` that carries it."""

TIPOS_GUIA: Mapping[str, str] = {
    "consulta": "guiaConsulta",
    "sp_sadt": "guiaSP-SADT",
    "resumo_internacao": "guiaResumoInternacao",
    "honorarios": "guiaHonorarios",
    "odontologia": "guiaOdonto",
}
"""The five guia types of a lote (``loteGuias/guiasTISS``) and their elements."""


def guia_consulta() -> st.SearchStrategy[CtmConsultaGuia]:
    """Guias de consulta (``ctm_consultaGuia``)."""
    return build(CtmConsultaGuia)


def guia_sp_sadt() -> st.SearchStrategy[CtmSpSadtGuia]:
    """Guias de SP/SADT (``ctm_sp-sadtGuia``)."""
    return build(CtmSpSadtGuia)


def guia_resumo_internacao() -> st.SearchStrategy[CtmInternacaoResumoGuia]:
    """Guias de resumo de internação (``ctm_internacaoResumoGuia``)."""
    return build(CtmInternacaoResumoGuia)


def guia_honorarios() -> st.SearchStrategy[CtmHonorarioIndividualGuia]:
    """Guias de honorários (``ctm_honorarioIndividualGuia``)."""
    return build(CtmHonorarioIndividualGuia)


def guia_odontologia() -> st.SearchStrategy[CtoGuiaOdontologia]:
    """Guias de tratamento odontológico (``cto_guiaOdontologia``)."""
    return build(CtoGuiaOdontologia)


def guia(tipo_guia: str) -> st.SearchStrategy[Any]:
    """Guias of one of :data:`TIPOS_GUIA` (``"consulta"``, ``"sp_sadt"``, ...)."""
    guias = CtmGuiaLote.GuiasTiss
    return field_strategy(guias, _name(guias, _tipo_guia(tipo_guia)))


def demonstrativo_analise_conta() -> st.SearchStrategy[CtmDemonstrativoAnaliseConta]:
    """Demonstrativos de análise de conta (``ctm_demonstrativoAnaliseConta``)."""
    return build(CtmDemonstrativoAnaliseConta)


def recurso_glosa() -> st.SearchStrategy[CtmRecursoGlosa]:
    """Guias de recurso de glosa (``ctm_recursoGlosa``)."""
    return build(CtmRecursoGlosa)


def hash_epilogo() -> st.SearchStrategy[str]:
    """32 lowercase hex digits, the shape of an epilogo hash (``to_xml`` recomputes it)."""
    return st.text("0123456789abcdef", min_size=32, max_size=32)


def mensagem(
    tipo_transacao: str | DmTipoTransacao | None = None,
    conteudo: st.SearchStrategy[Any] | None = None,
) -> st.SearchStrategy[MensagemTiss]:
    """Schema-valid ``mensagemTISS`` of one ``tipoTransacao`` (any of them if ``None``).

    The cabecalho carries the transaction type, ``Padrao`` 4.01.00, and the origem/destino
    of the message's direction (prestador identified by code, operadora by registro ANS);
    the body is the element :data:`TRANSACOES` names for the type. ``conteudo`` replaces the
    strategy of that last element (for a repeated one, a strategy of lists).
    """
    if tipo_transacao is None:
        if conteudo is not None:
            raise TypeError("conteudo exige um tipo_transacao")
        return st.sampled_from(sorted(TRANSACOES)).flatmap(_padrao)
    if isinstance(tipo_transacao, DmTipoTransacao):
        tipo_transacao = tipo_transacao.value
    return _padrao(tipo_transacao) if conteudo is None else _mensagem(tipo_transacao, conteudo)


@cache
def _padrao(tipo_transacao: str) -> st.SearchStrategy[MensagemTiss]:
    return _mensagem(tipo_transacao, None)


def _mensagem(
    tipo_transacao: str, conteudo: st.SearchStrategy[Any] | None
) -> st.SearchStrategy[MensagemTiss]:
    try:
        path = TRANSACOES[tipo_transacao]
    except KeyError:
        raise ValueError(
            f"tipoTransacao desconhecido: {tipo_transacao!r} (use um de TRANSACOES)"
        ) from None
    do_prestador = path[0] == _PRESTADOR
    return _along(
        MensagemTiss,
        path,
        conteudo,
        cabecalho=_cabecalho(tipo_transacao, do_prestador),
        epilogo=build(Epilogo, hash=hash_epilogo()),
    )


def lote_guias(tipo_guia: str, *, max_guias: int = 3) -> st.SearchStrategy[MensagemTiss]:
    """``ENVIO_LOTE_GUIAS`` messages whose lote holds 1 to ``max_guias`` guias of one type."""
    element = _tipo_guia(tipo_guia)
    if not 1 <= max_guias <= 100:
        raise ValueError("um lote tem de 1 a 100 guias")
    guias = st.lists(guia(tipo_guia), min_size=1, max_size=max_guias)
    return mensagem(
        "ENVIO_LOTE_GUIAS",
        build(
            CtmGuiaLote,
            guias_tiss=build(
                CtmGuiaLote.GuiasTiss, **{_name(CtmGuiaLote.GuiasTiss, element): guias}
            ),
        ),
    )


def mensagem_demonstrativo_analise_conta(
    *, max_demonstrativos: int = 2
) -> st.SearchStrategy[MensagemTiss]:
    """``DEMONSTRATIVO_ANALISE_CONTA`` messages with 1 to ``max_demonstrativos``."""
    return mensagem(
        "DEMONSTRATIVO_ANALISE_CONTA",
        st.lists(demonstrativo_analise_conta(), min_size=1, max_size=max_demonstrativos),
    )


def mensagem_recurso_glosa() -> st.SearchStrategy[MensagemTiss]:
    """``RECURSO_GLOSA`` messages carrying a :func:`recurso_glosa` (not the odontológico)."""
    return mensagem("RECURSO_GLOSA", build(CtGuiaRecursoLote, guia_recurso_glosa=recurso_glosa()))


def _cabecalho(tipo_transacao: str, do_prestador: bool) -> st.SearchStrategy[CabecalhoTransacao]:
    prestador, operadora = ("identificacaoPrestador",), ("registroANS",)
    return build(
        CabecalhoTransacao,
        identificacao_transacao=build(
            CabecalhoTransacao.IdentificacaoTransacao,
            tipo_transacao=st.just(DmTipoTransacao(tipo_transacao)),
        ),
        origem=_along(CabecalhoTransacao.Origem, prestador if do_prestador else operadora),
        destino=_along(CabecalhoTransacao.Destino, operadora if do_prestador else prestador),
        padrao=st.just(DmVersao.VALUE_4_01_00),
    )


def _along(
    cls: type,
    path: tuple[str, ...],
    leaf: st.SearchStrategy[Any] | None = None,
    **fields: st.SearchStrategy[Any],
) -> st.SearchStrategy[Any]:
    """Instances of ``cls`` that take the elements of ``path`` (XML local names) all the way."""
    layout = layout_of(cls)
    var = layout.elements[path[0]]
    if len(path) == 1 and leaf is not None:
        return build(cls, **{var.name: leaf}, **fields)
    if len(path) == 1:
        inner = field_strategy(cls, var.name)
    elif var.clazz is not None:
        inner = _along(var.clazz, path[1:], leaf)
    else:
        raise ValueError(f"{path[0]} não tem elementos filhos")
    if var.list_element:
        most = layout.metadata[var.name].get("max_occurs", 1 + EXTRA_OCCURRENCES)
        inner = st.lists(inner, min_size=1, max_size=min(most, 1 + EXTRA_OCCURRENCES))
    return build(cls, **{var.name: inner}, **fields)


def _tipo_guia(tipo_guia: str) -> str:
    try:
        return TIPOS_GUIA[tipo_guia]
    except KeyError:
        raise ValueError(
            f"tipo de guia desconhecido: {tipo_guia!r} (use um de {', '.join(TIPOS_GUIA)})"
        ) from None


def _name(cls: type, local: str) -> str:
    return layout_of(cls).elements[local].name
