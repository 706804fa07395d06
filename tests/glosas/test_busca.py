"""``glosas.search``: accent- and case-insensitive, every word required, best match first."""

from __future__ import annotations

import datetime
import re
import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tiss_conecta import glosas


def _sem_acento(texto: str) -> str:
    decomposto = unicodedata.normalize("NFD", texto)
    return "".join(c for c in decomposto if unicodedata.category(c) != "Mn")


def _palavras(texto: str) -> list[str]:
    return re.findall(r"[^\W_]+", _sem_acento(texto).lower())


def _onde_procurar(g: glosas.Glosa) -> list[str]:
    textos = [g.codigo, g.descricao, g.descricao_xsd_4_01_00 or "", g.grupo or ""]
    o = g.orientacao
    if o is not None:
        textos += [o.significado, o.exemplo, *o.como_evitar, *o.anexos_recurso]
    return _palavras(" ".join(textos))


def test_duplicidade_puts_1702_first() -> None:
    achados = glosas.buscar("duplicidade")
    assert achados[0].codigo == "1702"
    assert {"2607", "3209"} <= {g.codigo for g in achados}


@pytest.mark.parametrize(
    "consulta", ["valor apresentado a maior", "VALOR APRESENTADO A MAIOR", "Valor apresentado"]
)
def test_valor_apresentado_a_maior_finds_1705(consulta: str) -> None:
    achados = [g.codigo for g in glosas.buscar(consulta)]
    assert achados[0] == "1705"
    assert "1726" in achados  # "VALOR APRESENTADO A MAIOR - PLANO INDIVIDUAL"


@pytest.mark.parametrize(
    ("consulta", "codigo"),
    [
        ("cobranca fora do prazo de validade", "1701"),
        ("CÓDIGO HASH", "5014"),
        ("cartão nacional de saúde inválido", "1002"),
        ("cpf cnpj", "1206"),
        ("senha expirada", "1414"),
        ("glosa mantida", "2902"),
        ("lateralidade", "1702"),  # only in the guidance of 1702
        ("1705", "1705"),
    ],
)
def test_best_match(consulta: str, codigo: str) -> None:
    assert glosas.buscar(consulta)[0].codigo == codigo


def test_group_is_searched() -> None:
    achados = glosas.buscar("gases medicinais")
    no_grupo = {g.codigo for g in glosas.catalogo(grupo="Gases Medicinais")}
    assert no_grupo
    assert no_grupo <= {g.codigo for g in achados}


def test_word_prefix() -> None:
    assert glosas.buscar("duplic")[0].codigo == "1702"


@pytest.mark.parametrize("consulta", ["", "   ", "-- / --", "xyzzy", "duplicidade xyzzy"])
def test_nothing(consulta: str) -> None:
    assert glosas.buscar(consulta) == []


def test_filters() -> None:
    todos = glosas.buscar("duplicidade")
    no_4_01_00 = glosas.buscar("duplicidade", versao="4.01.00")
    assert no_4_01_00 == [g for g in todos if g.aceita_em("4.01.00")]
    assert "3209" not in {g.codigo for g in no_4_01_00}
    depois = datetime.date(2026, 7, 1)
    assert "1702" not in {g.codigo for g in glosas.buscar("duplicidade", em=depois)}


def test_every_description_finds_itself_first() -> None:
    for g in glosas.catalogo():
        primeiro = glosas.buscar(g.descricao)[0]
        assert _palavras(primeiro.descricao) == _palavras(g.descricao), g.codigo


# --- properties --------------------------------------------------------------------------

glosa = st.sampled_from(glosas.catalogo())


@st.composite
def consulta_de(draw: st.DrawFn, g: glosas.Glosa) -> str:
    """A few consecutive words of a glosa's description, at least one of them a real word."""
    palavras = g.descricao.split()
    inicio = draw(st.integers(0, len(palavras) - 1))
    fim = draw(st.integers(inicio + 1, min(len(palavras), inicio + 4)))
    consulta = " ".join(palavras[inicio:fim])
    assume(_palavras(consulta))  # "/" alone (from "ASSINATURA / CARIMBO") is no query
    return consulta


@pytest.mark.parametrize("consulta", ["", "   ", "/", " - / . "])
def test_query_without_words_finds_nothing(consulta: str) -> None:
    assert glosas.buscar(consulta) == []


@st.composite
def disfarce(draw: st.DrawFn, texto: str) -> str:
    """The same text with each letter's case chosen at random and accents maybe dropped."""
    if draw(st.booleans()):
        texto = _sem_acento(texto)
    return "".join(draw(st.sampled_from([c.lower(), c.upper()])) for c in texto)


@given(st.data())
def test_insensitive_to_case_and_accents(data: st.DataObject) -> None:
    g = data.draw(glosa)
    consulta = data.draw(consulta_de(g))
    outra = data.draw(disfarce(consulta))
    assert glosas.buscar(outra) == glosas.buscar(consulta)
    assert g in glosas.buscar(consulta)


@given(st.data())
def test_every_result_has_every_word(data: st.DataObject) -> None:
    consulta = data.draw(consulta_de(data.draw(glosa)))
    palavras = _palavras(consulta)
    for achado in glosas.buscar(consulta):
        onde = _onde_procurar(achado)
        for p in palavras:
            assert any(w.startswith(p) for w in onde), (achado.codigo, p)


@given(st.data())
def test_nothing_with_every_word_is_left_out(data: st.DataObject) -> None:
    consulta = data.draw(consulta_de(data.draw(glosa)))
    palavras = _palavras(consulta)
    achados = {g.codigo for g in glosas.buscar(consulta)}
    for g in glosas.catalogo():
        onde = _onde_procurar(g)
        if all(any(w.startswith(p) for w in onde) for p in palavras):
            assert g.codigo in achados, g.codigo


@given(st.text(max_size=30))
def test_any_text_is_safe(texto: str) -> None:
    achados = glosas.buscar(texto)
    assert len({g.codigo for g in achados}) == len(achados)
