"""Business-valid messages (``strategies.lote_valido``, ``strategies.recurso_valido``): lotes
that pass the XSD, the rules of each built-in profile with no finding, and that break exactly
one rule when asked; recursos that the rules accept against their demonstrativo.

Scope of the coverage test: the codes declared by the rule modules (``tiss_conecta.rules``).
The registry's codes of the codec (``xml.*``, ``xsd.*``, ``hash.*``, ``io.*``), of preenvio and
of conciliacao are not rules ``check`` applies to a message, and are out of scope.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

import tiss_conecta as tiss
from tiss_conecta import models, montagem, rules
from tiss_conecta import strategies as tst
from tiss_conecta.achados import Regra
from tiss_conecta.rules.identificadores import cnpj_alfanumerico

VERSOES = list(models.VERSOES)
PERFIS = {nome: rules.perfil(nome) for nome in ("tiss", "arcelormittal", "pasa")}
ENVIO = tst.DATA_ENVIO_PADRAO


def _perfis_da(versao: str) -> list[str]:
    return [nome for nome, p in PERFIS.items() if versao in p.versoes_tiss]


def _decimais(obj: Any) -> Iterator[Decimal]:
    for f in dataclasses.fields(obj):
        for v in (lambda x: x if isinstance(x, list) else [x])(getattr(obj, f.name)):
            if isinstance(v, Decimal):
                yield v
            elif dataclasses.is_dataclass(v) and not isinstance(v, type):
                yield from _decimais(v)


def _codigos_das_regras() -> set[str]:
    codigos = set()
    for info in pkgutil.walk_packages(rules.__path__, f"{rules.__name__}."):
        modulo = importlib.import_module(info.name)
        codigos |= {v.codigo for v in vars(modulo).values() if isinstance(v, Regra)}
    return codigos


@pytest.mark.parametrize("versao", VERSOES)
@settings(max_examples=200, deadline=None)
@given(dados=st.data())
def test_lote_valido_passa_o_xsd_e_as_regras(versao: str, dados: st.DataObject) -> None:
    nome = dados.draw(st.sampled_from(_perfis_da(versao)), label="perfil")
    tipo = dados.draw(st.sampled_from(sorted(tst.TIPOS_GUIA)), label="tipo")
    perfil = PERFIS[nome]
    lote = dados.draw(tst.lote_valido(perfil=perfil, tipo_guia=tipo, versao=versao))
    assert lote.cabecalho.padrao.value == versao
    assert tiss.validate(tiss.to_xml(lote)).ok
    assert rules.check(lote, perfil, data_envio=ENVIO) == []
    assert all(v >= 0 for v in _decimais(lote))  # money (and every other number) ≥ 0
    guias = getattr(lote.prestador_para_operadora.lote_guias.guias_tiss, _campo(tipo))
    assert 1 <= len(guias) <= min(3, perfil.max_guias_lote)


def _campo(tipo: str) -> str:
    return {"odontologia": "guia_odonto"}.get(tipo, f"guia_{tipo}")


@pytest.mark.parametrize("tipo", sorted(tst.TIPOS_GUIA))
@settings(max_examples=10, deadline=None)  # health checks: measured in bench_strategies
@given(dados=st.data())
def test_lotes_de_ate_10_guias(tipo: str, dados: st.DataObject) -> None:
    versao = dados.draw(st.sampled_from(VERSOES))
    lote = dados.draw(tst.lote_valido(tipo_guia=tipo, versao=versao, max_guias=10))
    assert rules.check(lote, rules.TISS, data_envio=ENVIO) == []


def _casos() -> Iterator[Any]:
    for codigo, quebra in tst.QUEBRAVEIS.items():
        for versao in VERSOES:
            for nome in _perfis_da(versao):
                if quebra.exige(PERFIS[nome], versao) is None:
                    yield pytest.param(codigo, nome, versao, id=f"{codigo}-{nome}-{versao}")
                    break


@pytest.mark.parametrize(("codigo", "nome", "versao"), list(_casos()))
@settings(max_examples=4, deadline=None)
@given(dados=st.data())
def test_quebrando_da_exatamente_o_codigo(
    codigo: str, nome: str, versao: str, dados: st.DataObject
) -> None:
    perfil = PERFIS[nome]
    quebra = tst.QUEBRAVEIS[codigo]
    lote = dados.draw(tst.lote_valido(perfil=perfil, versao=versao, quebrando=codigo))
    assert {a.codigo for a in rules.check(lote, perfil, data_envio=ENVIO)} == {codigo}
    assert tiss.validate(tiss.to_xml(lote)).ok is not quebra.invalida_xsd(perfil)


def test_todo_codigo_quebravel_tem_um_caso() -> None:
    assert {c.values[0] for c in _casos()} == set(tst.QUEBRAVEIS)


def test_quebraveis_e_inquebraveis_cobrem_as_regras() -> None:
    quebraveis, inquebraveis = set(tst.QUEBRAVEIS), set(tst.INQUEBRAVEIS_NUM_LOTE)
    assert not quebraveis & inquebraveis
    assert quebraveis | inquebraveis == _codigos_das_regras()
    assert all(tst.INQUEBRAVEIS_NUM_LOTE.values())


@pytest.mark.parametrize("versao", VERSOES)
@settings(max_examples=30, deadline=None)
@given(dados=st.data())
def test_demonstrativo_e_recurso_consistentes(versao: str, dados: st.DataObject) -> None:
    lote = dados.draw(tst.lote_valido(versao=versao))
    demonstrativo = dados.draw(tst.demonstrativo_do_lote(lote))
    assert rules.check(demonstrativo, rules.TISS, data_envio=ENVIO) == []
    if not any(g.recorrivel for g in montagem.glosas_recorriveis(demonstrativo)):
        return
    recurso = dados.draw(tst.recurso_valido(demonstrativo))
    assert tiss.validate(tiss.to_xml(recurso)).ok
    achados = rules.check(recurso, rules.TISS, data_envio=ENVIO, demonstrativos=[demonstrativo])
    assert achados == []


def test_cnpj_alfanumerico_na_4_03_00() -> None:
    vistos: list[bool] = []

    @settings(max_examples=60, deadline=None, database=None)
    @given(tst.lote_valido(versao="4.03.00"))
    def sorteia(lote: Any) -> None:
        ident = lote.cabecalho.origem.identificacao_prestador
        vistos.append(ident.cnpj is not None and cnpj_alfanumerico(ident.cnpj))
        if vistos[-1]:
            assert tiss.validate(tiss.to_xml(lote)).ok
            assert rules.check(lote, rules.TISS, data_envio=ENVIO) == []

    sorteia()
    assert any(vistos)


@pytest.mark.parametrize(
    ("argumentos", "mensagem"),
    [
        ({"perfil": PERFIS["arcelormittal"], "versao": "4.03.00"}, "não aceita a versão"),
        ({"quebrando": "recurso.objeto"}, "não do lote"),
        ({"quebrando": "nao.existe"}, "código desconhecido"),
        ({"quebrando": "prazo.fora_da_janela"}, "janela"),
        ({"quebrando": "identificador.cnpj_alfanumerico", "versao": "4.03.00"}, "alfanumérico"),
        ({"quebrando": "duplicidade.consulta", "tipo_guia": "sp_sadt"}, "não se quebra"),
        ({"max_guias": 101}, "max_guias"),
        ({"tipo_guia": "exame"}, "tipo de guia"),
    ],
)
def test_o_que_nao_se_sorteia_levanta_value_error(
    argumentos: dict[str, Any], mensagem: str
) -> None:
    with pytest.raises(ValueError, match=mensagem):
        tst.lote_valido(**argumentos)


def test_recurso_de_demonstrativo_sem_glosa_levanta_value_error() -> None:
    demonstrativo = tiss.examples.demonstrativo_analise()
    conta = demonstrativo.operadora_para_prestador.demonstrativos_retorno
    for protocolo in conta.demonstrativo_analise_conta[0].dados_conta.dados_protocolo:
        protocolo.valor_glosa_protocolo = Decimal("0.00")
        for guia in protocolo.relacao_guias:
            guia.valor_glosa_guia = Decimal("0.00")
            for item in guia.detalhes_guia:
                item.relacao_glosa = []
    assert not any(g.recorrivel for g in montagem.glosas_recorriveis(demonstrativo))
    with pytest.raises(ValueError, match="glosa a recorrer"):
        find(tst.recurso_valido(demonstrativo), lambda r: True)


APERTADO = attrs.evolve(rules.perfil("tiss"), nome="Apertado", max_guias_lote=2)
"""A profile of small limits: breaking one rule must not break the limit of guias too."""


@pytest.mark.parametrize("tipo", ["consulta", "honorarios"])  # where a review saw 2 codes
@settings(max_examples=4, deadline=None)
@given(dados=st.data())
def test_tipos_de_guia_sob_um_perfil_de_duas_guias(tipo: str, dados: st.DataObject) -> None:
    codigo = "lote.tipos_de_guia"
    lote = dados.draw(tst.lote_valido(perfil=APERTADO, tipo_guia=tipo, quebrando=codigo))
    assert {a.codigo for a in rules.check(lote, APERTADO, data_envio=ENVIO)} == {codigo}


def test_uma_guia_por_lote_nao_quebra_tipos_de_guia_sozinho() -> None:
    uma = attrs.evolve(rules.perfil("tiss"), nome="Uma", max_guias_lote=1)
    with pytest.raises(ValueError, match="uma guia por lote"):
        tst.lote_valido(perfil=uma, quebrando="lote.tipos_de_guia")
