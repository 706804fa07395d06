"""Everything the strategies draw is valid against the official XSD of its version (checked
with lxml): named objects, every named complexType, every message body.

Whole messages of the named strategies and of every ``tipoTransacao`` are validated in
``test_ida_e_volta.py``, on their round trip.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from xsdata.formats.dataclass.context import XmlContext

import tiss_conecta
from tests.conftest import SHARED
from tests.strategies.conftest import (
    VERSOES,
    XS,
    assert_valid,
    complex_type_names,
    fragment,
    fragment_xsd,
    xsd,
)
from tiss_conecta import models
from tiss_conecta import strategies as tst

# The requests a prestador sends (TISS communication component); every other
# tipoTransacao is an operadora's answer.
DO_PRESTADOR = {
    "ENVIO_LOTE_GUIAS",
    "ENVIO_ANEXO",
    "SOLIC_DEMONSTRATIVO_RETORNO",
    "SOLIC_STATUS_PROTOCOLO",
    "SOLICITACAO_PROCEDIMENTOS",
    "SOLICITA_STATUS_AUTORIZACAO",
    "VERIFICA_ELEGIBILIDADE",
    "CANCELA_GUIA",
    "COMUNICACAO_BENEFICIARIO",
    "RECURSO_GLOSA",
    "SOLIC_STATUS_RECURSO_GLOSA",
    "ENVIO_DOCUMENTO",
}


def _tipos_transacao(versao: str) -> list[str]:
    sufixo = versao.replace(".", "_")
    path = SHARED / "tiss" / versao / "xsd" / f"tissSimpleTypesV{sufixo}.xsd"
    node = etree.parse(str(path)).find(f".//{{{XS}}}simpleType[@name='dm_tipoTransacao']")
    assert node is not None
    return [e.get("value", "") for e in node.iter(f"{{{XS}}}enumeration")]


def _generated(tiss: ModuleType, name: str) -> type:
    """The generated class of a named complexType (by its xsdata ``Meta.name``)."""
    for cls in vars(tiss).values():
        if isinstance(cls, type) and getattr(getattr(cls, "Meta", None), "name", None) == name:
            return cls
    raise LookupError(name)


OBJETOS: dict[str, Callable[..., st.SearchStrategy[Any]]] = {
    "guia_consulta": tst.guia_consulta,
    "guia_sp_sadt": tst.guia_sp_sadt,
    "guia_resumo_internacao": tst.guia_resumo_internacao,
    "guia_honorarios": tst.guia_honorarios,
    "guia_odontologia": tst.guia_odontologia,
    "demonstrativo_analise_conta": tst.demonstrativo_analise_conta,
    "recurso_glosa": tst.recurso_glosa,
}


@pytest.mark.parametrize("nome", OBJETOS)
@pytest.mark.parametrize("versao", VERSOES)
def test_named_object_strategies_are_schema_valid(versao: str, nome: str) -> None:
    @settings(max_examples=10)
    @given(OBJETOS[nome](versao=versao))
    def check(obj: Any) -> None:
        assert models.versao_de(obj) == versao
        assert_valid(fragment_xsd(versao), fragment(obj))

    check()


@pytest.mark.parametrize(
    ("versao", "tipo"), [(versao, tipo) for versao in VERSOES for tipo in _tipos_transacao(versao)]
)
def test_mensagem_of_each_tipo_transacao(versao: str, tipo: str) -> None:
    @settings(max_examples=5)
    @given(tst.mensagem(tipo, versao=versao))
    def check(mensagem: Any) -> None:
        cabecalho = mensagem.cabecalho
        assert cabecalho.identificacao_transacao.tipo_transacao.value == tipo
        assert cabecalho.padrao.value == versao
        assert len(mensagem.epilogo.hash) == 32
        do_prestador = tipo in DO_PRESTADOR
        corpo = (
            mensagem.prestador_para_operadora if do_prestador else mensagem.operadora_para_prestador
        )
        outro = (
            mensagem.operadora_para_prestador if do_prestador else mensagem.prestador_para_operadora
        )
        assert outro is None
        assert corpo is not None
        preenchidos = [f.name for f in dataclasses.fields(corpo) if getattr(corpo, f.name)]
        assert len(preenchidos) == 1
        prestador = cabecalho.origem if do_prestador else cabecalho.destino
        operadora = cabecalho.destino if do_prestador else cabecalho.origem
        assert prestador.identificacao_prestador is not None
        assert prestador.registro_ans is None
        assert operadora.registro_ans is not None
        assert operadora.identificacao_prestador is None

    check()


@pytest.mark.parametrize("versao", VERSOES)
def test_lote_holds_guias_of_the_one_type_asked(versao: str) -> None:
    campos = {
        "consulta": "guia_consulta",
        "sp_sadt": "guia_sp_sadt",
        "resumo_internacao": "guia_resumo_internacao",
        "honorarios": "guia_honorarios",
        "odontologia": "guia_odonto",
    }

    @settings(max_examples=10)
    @given(
        st.sampled_from(sorted(campos)).flatmap(
            lambda t: st.tuples(st.just(t), tst.lote_guias(t, max_guias=2, versao=versao))
        )
    )
    def check(caso: tuple[str, Any]) -> None:
        tipo, mensagem = caso
        assert mensagem.prestador_para_operadora is not None
        lote = mensagem.prestador_para_operadora.lote_guias
        assert lote is not None
        tamanhos = {
            f.name: len(getattr(lote.guias_tiss, f.name))
            for f in dataclasses.fields(lote.guias_tiss)
        }
        assert 1 <= tamanhos.pop(campos[tipo]) <= 2
        assert set(tamanhos.values()) == {0}

    check()


def _corpos(versao: str) -> list[tuple[str, str]]:
    tiss = models.carregar(versao)
    return [
        (ramo, field.name)
        for ramo, cls in (
            ("prestador_para_operadora", tiss.PrestadorOperadora),
            ("operadora_para_prestador", tiss.OperadoraPrestador),
        )
        for field in dataclasses.fields(cls)
    ]


@pytest.mark.parametrize("versao", VERSOES)
def test_every_message_body_is_counted(versao: str) -> None:
    # 12 prestador requests and 12 operadora answers in prestadorOperadora/operadoraPrestador.
    assert len(_corpos(versao)) == 24


@pytest.mark.parametrize(
    ("versao", "ramo", "campo"),
    [(versao, *corpo) for versao in VERSOES for corpo in _corpos(versao)],
)
def test_build_every_message_body(versao: str, ramo: str, campo: str) -> None:
    tiss = models.carregar(versao)
    ramo_cls = tiss.PrestadorOperadora if ramo.startswith("prestador") else tiss.OperadoraPrestador
    corpo_cls = next(
        v.clazz for v in XmlContext().build(ramo_cls).get_all_vars() if v.name == campo
    )
    assert corpo_cls is not None
    strategy = tst.construir(
        tiss.MensagemTiss,
        **{ramo: tst.construir(ramo_cls, **{campo: tst.construir(corpo_cls)})},
        cabecalho=tst.construir(tiss.CabecalhoTransacao, padrao=st.just(tiss.DmVersao(versao))),
        epilogo=tst.construir(tiss.Epilogo, hash=tst.hash_epilogo()),
    )

    @settings(max_examples=5)
    @given(strategy)
    def check(mensagem: Any) -> None:
        assert_valid(xsd(versao), tiss_conecta.to_xml(mensagem))
        assert isinstance(getattr(getattr(mensagem, ramo), campo), corpo_cls)

    check()


@pytest.mark.parametrize(
    ("versao", "nome"),
    [(versao, nome) for versao in VERSOES for nome in complex_type_names(versao)],
)
def test_build_every_named_complex_type(versao: str, nome: str) -> None:
    @settings(max_examples=5)
    @given(tst.construir(_generated(models.carregar(versao), nome)))
    def check(obj: object) -> None:
        assert_valid(fragment_xsd(versao), fragment(obj))

    check()
