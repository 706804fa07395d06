"""A demonstrativo that lacks a value the XSD requires is read leniently
(:mod:`tiss_conecta.leitura`); the montagem refuses it with ``recurso.demonstrativo_incompleto``
only where it needs that value, and lists or builds the rest."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import tiss_conecta as tiss
from tiss_conecta.errors import RecursoInvalido
from tiss_conecta.montagem import (
    EscolhaGuia,
    EscolhaItens,
    EscolhaProtocolo,
    ItemEscolhido,
    glosas_recorriveis,
    verificar_escolhas,
)

from . import exemplos
from .exemplos import VERSOES

por_versao = pytest.mark.parametrize("versao", VERSOES)
INCOMPLETO = "recurso.demonstrativo_incompleto"


def _protocolo(msg: Any) -> Any:
    retorno = msg.operadora_para_prestador.demonstrativos_retorno
    return retorno.demonstrativo_analise_conta[0].dados_conta.dados_protocolo[0]


def _recusa(funcao: Any, *args: Any) -> RecursoInvalido:
    with pytest.raises(RecursoInvalido) as erro:
        funcao(*args)
    assert erro.value.codigo == INCOMPLETO
    assert erro.value.dica
    return erro.value


@por_versao
def test_an_item_without_its_date_is_listed_but_not_appealed(versao: str) -> None:
    msg = exemplos.em(versao).seed()
    _protocolo(msg).relacao_guias[0].detalhes_guia[0].data_realizacao = None
    (protocolo, item) = glosas_recorriveis(msg)
    assert item.data_realizacao is None
    assert item.valor_glosa == Decimal("300.00")
    por_item = EscolhaItens("48740", [ItemEscolhido(1, "1705")], "x")
    erro = _recusa(verificar_escolhas, msg, [por_item])
    assert "data de realização do item 1 da guia 48740" in erro.mensagem
    # the protocolo as a whole needs no item date
    r = exemplos.montar(msg, [protocolo.escolha("x")])
    assert tiss.validate(tiss.to_xml(r)).ok


@por_versao
def test_an_item_without_its_procedure(versao: str) -> None:
    msg = exemplos.em(versao).seed()
    _protocolo(msg).relacao_guias[0].detalhes_guia[0].procedimento = None
    assert glosas_recorriveis(msg)[1].procedimento is None
    por_item = EscolhaItens("48740", [ItemEscolhido(1, "1705")], "x")
    assert "procedimento do item 1" in _recusa(exemplos.montar, msg, [por_item]).mensagem


@por_versao
def test_a_glosa_of_no_value_is_refused_where_listed(versao: str) -> None:
    msg = exemplos.em(versao).seed()
    glosa = _protocolo(msg).relacao_guias[0].detalhes_guia[0].relacao_glosa[0]
    glosa.valor_glosa = None
    assert "glosado do item 1 da guia 48740" in _recusa(glosas_recorriveis, msg).mensagem
    # the glosa is still applied: a choice of it is refused for the value, not as unknown
    por_item = EscolhaItens("48740", [ItemEscolhido(1, "1705")], "x")
    assert "1705" in _recusa(verificar_escolhas, msg, [por_item]).mensagem
    # the whole guia under 1705 sums the items' values under it: refused too
    _recusa(verificar_escolhas, msg, [EscolhaGuia("48740", "1705", "x")])


@por_versao
def test_a_protocolo_without_its_values(versao: str) -> None:
    msg = exemplos.em(versao).seed()
    p = _protocolo(msg)
    p.valor_glosa_protocolo = None  # optional: processado − liberado stands in
    assert glosas_recorriveis(msg)[0].valor_glosa == Decimal("300.00")
    p.valor_processado_protocolo = None
    assert "valor processado do protocolo 48740" in _recusa(glosas_recorriveis, msg).mensagem
    erro = _recusa(verificar_escolhas, msg, [EscolhaProtocolo("1705", "x")])
    assert "valor glosado do protocolo 48740" in erro.mensagem
    # a guia's item does not need the protocolo's values
    por_item = EscolhaItens("48740", [ItemEscolhido(1, "1705")], "x")
    assert verificar_escolhas(msg, [por_item]) == Decimal("300.00")


@por_versao
def test_the_operadora_and_the_prestador_are_needed_to_build(versao: str) -> None:
    for campo in ("registro_ans", "nome_operadora"):
        msg = exemplos.em(versao).seed()
        demonstrativo = msg.operadora_para_prestador.demonstrativos_retorno
        setattr(demonstrativo.demonstrativo_analise_conta[0].cabecalho_demonstrativo, campo, None)
        assert len(glosas_recorriveis(msg)) == 2
        _recusa(exemplos.montar, msg, [EscolhaProtocolo("1705", "x")])
    msg = exemplos.em(versao).seed()
    msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta[
        0
    ].dados_prestador = None
    assert "prestador" in _recusa(exemplos.montar, msg, [EscolhaProtocolo("1705", "x")]).mensagem


@por_versao
def test_an_odonto_demonstrativo_that_does_not_identify_the_prestador(versao: str) -> None:
    msg = exemplos.em(versao).odonto()
    dem = msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_pagamento_odonto
    escolha = EscolhaItens("O-1", [ItemEscolhido(1, "1705")], "x")
    assert tiss.validate(tiss.to_xml(exemplos.montar(msg, [escolha]))).ok
    for sem_codigo in ("", None):
        dem.dados_prestador.codigo_prestador = sem_codigo
        assert len(glosas_recorriveis(msg)) == 4  # listed, not built
        assert "prestador" in _recusa(exemplos.montar, msg, [escolha]).mensagem
    dem.dados_prestador = None
    assert "prestador" in _recusa(exemplos.montar, msg, [escolha]).mensagem


@por_versao
def test_an_odonto_procedure_without_its_glosa_value(versao: str) -> None:
    msg = exemplos.em(versao).odonto()
    dem = msg.operadora_para_prestador.demonstrativos_retorno.demonstrativo_pagamento_odonto
    procedimento = dem.dados_pagamento_por_data[0].protocolos[0].dados_pagamento_guia[0]
    procedimento.dados_pagamento[0].valor_glosa_estorno = None
    assert "do item 1 da guia O-1" in _recusa(glosas_recorriveis, msg).mensagem
    por_item = EscolhaItens("O-1", [ItemEscolhido(1, "1705")], "x")
    _recusa(verificar_escolhas, msg, [por_item])
    # the other procedure of the guia is still appealed
    outro = EscolhaItens("O-1", [ItemEscolhido(2, "1714", Decimal("10.00"))], "x")
    assert verificar_escolhas(msg, [outro]) == Decimal("10.00")


def test_a_message_with_no_demonstrativo_is_refused_as_before() -> None:
    lote = tiss.parse(tiss.examples.caminho("lote-sadt"))
    with pytest.raises(RecursoInvalido) as erro:
        glosas_recorriveis(lote)
    assert erro.value.codigo == "recurso.sem_demonstrativo"
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(lote, [EscolhaProtocolo("1705", "x")])
    assert erro.value.codigo == "recurso.sem_demonstrativo"
