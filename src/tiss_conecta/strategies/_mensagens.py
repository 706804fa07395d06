"""Whole messages (``mensagemTISS``) and the TISS objects people test most."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from functools import cache
from typing import Any

from hypothesis import strategies as st

from tiss_conecta import models
from tiss_conecta.strategies._build import EXTRA_OCCURRENCES, construir, field_strategy, layout_of

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

_POR_TAMANHO = (
    "SOLIC_STATUS_PROTOCOLO",
    *sorted(tipo for tipo in TRANSACOES if tipo != "SOLIC_STATUS_PROTOCOLO"),
)
"""The transaction types with one of the smallest messages first: the one a failing example
of :func:`mensagem` (any type) shrinks to, unless the failure needs another."""

TIPOS_GUIA: Mapping[str, str] = {
    "consulta": "guiaConsulta",
    "sp_sadt": "guiaSP-SADT",
    "resumo_internacao": "guiaResumoInternacao",
    "honorarios": "guiaHonorarios",
    "odontologia": "guiaOdonto",
}
"""The five guia types of a lote (``loteGuias/guiasTISS``) and their elements."""


def guia_consulta(*, versao: str = models.VERSAO_PADRAO) -> st.SearchStrategy[Any]:
    """Guias de consulta (``ctm_consultaGuia``) of ``versao``.

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(guia_consulta(versao="4.02.00"))
    ... def test_guia(guia):
    ...     assert tiss.models.versao_de(guia) == "4.02.00"
    >>> test_guia()
    """
    return construir(models.carregar(versao).CtmConsultaGuia)


def guia_sp_sadt(*, versao: str = models.VERSAO_PADRAO) -> st.SearchStrategy[Any]:
    """Guias de SP/SADT (``ctm_sp-sadtGuia``) of ``versao``.

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(guia_sp_sadt())
    ... def test_guia(guia):
    ...     assert guia.cabecalho_guia.registro_ans.isdigit()
    >>> test_guia()
    """
    return construir(models.carregar(versao).CtmSpSadtGuia)


def guia_resumo_internacao(*, versao: str = models.VERSAO_PADRAO) -> st.SearchStrategy[Any]:
    """Guias de resumo de internação (``ctm_internacaoResumoGuia``) of ``versao``.

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(guia_resumo_internacao(versao="4.03.00"))
    ... def test_guia(guia):
    ...     assert guia.dados_saida_internacao is not None
    >>> test_guia()
    """
    return construir(models.carregar(versao).CtmInternacaoResumoGuia)


def guia_honorarios(*, versao: str = models.VERSAO_PADRAO) -> st.SearchStrategy[Any]:
    """Guias de honorários (``ctm_honorarioIndividualGuia``) of ``versao``.

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(guia_honorarios(versao="4.03.00"))
    ... def test_guia(guia):
    ...     assert guia.dados_internacao.carater_atendimento is not None
    >>> test_guia()
    """
    return construir(models.carregar(versao).CtmHonorarioIndividualGuia)


def guia_odontologia(*, versao: str = models.VERSAO_PADRAO) -> st.SearchStrategy[Any]:
    """Guias de tratamento odontológico (``cto_guiaOdontologia``) of ``versao``.

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(guia_odontologia())
    ... def test_guia(guia):
    ...     assert len(guia.numero_guia_prestador) <= 20
    >>> test_guia()
    """
    return construir(models.carregar(versao).CtoGuiaOdontologia)


def guia(tipo_guia: str, *, versao: str = models.VERSAO_PADRAO) -> st.SearchStrategy[Any]:
    """Guias of one of :data:`TIPOS_GUIA` (``"consulta"``, ``"sp_sadt"``, ...) of ``versao``.

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(guia("odontologia", versao="4.02.00"))
    ... def test_guia(guia):
    ...     assert type(guia).__name__ == "CtoGuiaOdontologia"
    >>> test_guia()
    """
    guias = models.carregar(versao).CtmGuiaLote.GuiasTiss
    return field_strategy(guias, _name(guias, _tipo_guia(tipo_guia)))


def demonstrativo_analise_conta(*, versao: str = models.VERSAO_PADRAO) -> st.SearchStrategy[Any]:
    """Demonstrativos de análise de conta (``ctm_demonstrativoAnaliseConta``) of ``versao``.

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(demonstrativo_analise_conta(versao="4.02.00"))
    ... def test_demonstrativo(demonstrativo):
    ...     assert demonstrativo.dados_conta is not None
    >>> test_demonstrativo()
    """
    return construir(models.carregar(versao).CtmDemonstrativoAnaliseConta)


def recurso_glosa(*, versao: str = models.VERSAO_PADRAO) -> st.SearchStrategy[Any]:
    """Guias de recurso de glosa (``ctm_recursoGlosa``) of ``versao``.

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(recurso_glosa(versao="4.03.00"))
    ... def test_recurso(recurso):
    ...     assert tiss.models.versao_de(recurso) == "4.03.00"
    >>> test_recurso()
    """
    return construir(models.carregar(versao).CtmRecursoGlosa)


def hash_epilogo() -> st.SearchStrategy[str]:
    """32 lowercase hex digits, the shape of an epilogo hash (``to_xml`` recomputes it).

    >>> from hypothesis import find
    >>> find(hash_epilogo(), lambda h: True)
    '00000000000000000000000000000000'
    """
    return st.text("0123456789abcdef", min_size=32, max_size=32)


def mensagem(
    tipo_transacao: str | enum.Enum | None = None,
    conteudo: st.SearchStrategy[Any] | None = None,
    *,
    versao: str = models.VERSAO_PADRAO,
) -> st.SearchStrategy[Any]:
    """Schema-valid ``mensagemTISS`` of ``versao`` and one ``tipoTransacao`` (any if ``None``).

    The cabecalho carries the transaction type, ``Padrao`` ``versao``, and the origem/destino
    of the message's direction (prestador identified by code, operadora by registro ANS);
    the body is the element :data:`TRANSACOES` names for the type. ``conteudo`` replaces the
    strategy of that last element (for a repeated one, a strategy of lists) and must draw
    objects of the same ``versao``.

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(mensagem("RECURSO_GLOSA", versao="4.03.00"))
    ... def test_recurso(mensagem):
    ...     assert tiss.validate(tiss.to_xml(mensagem)).ok
    ...     assert mensagem.cabecalho.padrao.value == "4.03.00"
    >>> test_recurso()
    """
    models.carregar(versao)
    if tipo_transacao is None:
        if conteudo is not None:
            raise TypeError("conteudo exige um tipo_transacao")
        return _qualquer(versao)
    if isinstance(tipo_transacao, enum.Enum):
        tipo_transacao = str(tipo_transacao.value)
    if conteudo is None:
        return _padrao(tipo_transacao, versao)
    return _mensagem(tipo_transacao, conteudo, versao)


@cache
def _qualquer(versao: str) -> st.SearchStrategy[Any]:
    # one_of, not sampled_from(...).flatmap: it shrinks to the simplest transaction (the
    # smallest message) across types, and it draws them evenly.
    return st.one_of([_padrao(tipo, versao) for tipo in _POR_TAMANHO])


@cache
def _padrao(tipo_transacao: str, versao: str) -> st.SearchStrategy[Any]:
    return _mensagem(tipo_transacao, None, versao)


def _mensagem(
    tipo_transacao: str, conteudo: st.SearchStrategy[Any] | None, versao: str
) -> st.SearchStrategy[Any]:
    try:
        path = TRANSACOES[tipo_transacao]
    except KeyError:
        raise ValueError(
            f"tipoTransacao desconhecido: {tipo_transacao!r} (use um de TRANSACOES)"
        ) from None
    m = models.carregar(versao)
    do_prestador = path[0] == _PRESTADOR
    return _along(
        m.MensagemTiss,
        path,
        conteudo,
        cabecalho=_cabecalho(versao, tipo_transacao, do_prestador),
        epilogo=construir(m.Epilogo, hash=hash_epilogo()),
    )


def lote_guias(
    tipo_guia: str, *, max_guias: int = 3, versao: str = models.VERSAO_PADRAO
) -> st.SearchStrategy[Any]:
    """``ENVIO_LOTE_GUIAS`` messages whose lote holds 1 to ``max_guias`` guias of one type.

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(lote_guias("consulta", max_guias=2, versao="4.02.00"))
    ... def test_lote(mensagem):
    ...     assert tiss.validate(tiss.to_xml(mensagem)).ok
    ...     guias = mensagem.prestador_para_operadora.lote_guias.guias_tiss
    ...     assert 1 <= len(guias.guia_consulta) <= 2
    >>> test_lote()
    """
    element = _tipo_guia(tipo_guia)
    if not 1 <= max_guias <= 100:
        raise ValueError("um lote tem de 1 a 100 guias")
    lote = models.carregar(versao).CtmGuiaLote
    guias = st.lists(guia(tipo_guia, versao=versao), min_size=1, max_size=max_guias)
    return mensagem(
        "ENVIO_LOTE_GUIAS",
        construir(
            lote, guias_tiss=construir(lote.GuiasTiss, **{_name(lote.GuiasTiss, element): guias})
        ),
        versao=versao,
    )


def mensagem_demonstrativo_analise_conta(
    *, max_demonstrativos: int = 2, versao: str = models.VERSAO_PADRAO
) -> st.SearchStrategy[Any]:
    """``DEMONSTRATIVO_ANALISE_CONTA`` messages with 1 to ``max_demonstrativos``.

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(mensagem_demonstrativo_analise_conta(versao="4.03.00"))
    ... def test_demonstrativo(mensagem):
    ...     assert tiss.validate(tiss.to_xml(mensagem)).ok
    >>> test_demonstrativo()
    """
    return mensagem(
        "DEMONSTRATIVO_ANALISE_CONTA",
        st.lists(
            demonstrativo_analise_conta(versao=versao), min_size=1, max_size=max_demonstrativos
        ),
        versao=versao,
    )


def mensagem_recurso_glosa(*, versao: str = models.VERSAO_PADRAO) -> st.SearchStrategy[Any]:
    """``RECURSO_GLOSA`` messages carrying a :func:`recurso_glosa` (not the odontológico).

    >>> import tiss_conecta as tiss
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(mensagem_recurso_glosa())
    ... def test_recurso(mensagem):
    ...     assert tiss.validate(tiss.to_xml(mensagem)).ok
    >>> test_recurso()
    """
    lote = models.carregar(versao).CtGuiaRecursoLote
    return mensagem(
        "RECURSO_GLOSA",
        construir(lote, guia_recurso_glosa=recurso_glosa(versao=versao)),
        versao=versao,
    )


def _cabecalho(versao: str, tipo_transacao: str, do_prestador: bool) -> st.SearchStrategy[Any]:
    m = models.carregar(versao)
    cabecalho = m.CabecalhoTransacao
    prestador, operadora = ("identificacaoPrestador",), ("registroANS",)
    return construir(
        cabecalho,
        identificacao_transacao=construir(
            cabecalho.IdentificacaoTransacao,
            tipo_transacao=st.just(m.DmTipoTransacao(tipo_transacao)),
        ),
        origem=_along(cabecalho.Origem, prestador if do_prestador else operadora),
        destino=_along(cabecalho.Destino, operadora if do_prestador else prestador),
        padrao=st.just(m.DmVersao(versao)),
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
        return construir(cls, **{var.name: leaf}, **fields)
    if len(path) == 1:
        inner = field_strategy(cls, var.name)
    elif var.clazz is not None:
        inner = _along(var.clazz, path[1:], leaf)
    else:
        raise ValueError(f"{path[0]} não tem elementos filhos")
    if var.list_element:
        most = layout.metadata[var.name].get("max_occurs", 1 + EXTRA_OCCURRENCES)
        inner = st.lists(inner, min_size=1, max_size=min(most, 1 + EXTRA_OCCURRENCES))
    return construir(cls, **{var.name: inner}, **fields)


def _tipo_guia(tipo_guia: str) -> str:
    try:
        return TIPOS_GUIA[tipo_guia]
    except KeyError:
        raise ValueError(
            f"tipo de guia desconhecido: {tipo_guia!r} (use um de {', '.join(TIPOS_GUIA)})"
        ) from None


def _name(cls: type, local: str) -> str:
    return layout_of(cls).elements[local].name
