"""The rows of the example lote and demonstrativo, in every version, written by hand; for
drawn lotes, the item rows add up to what :mod:`tiss_conecta.leitura` reads; the rows go
through CSV and come back exactly."""

from __future__ import annotations

import csv
import datetime as dt
import io
import typing
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tiss_conecta as tiss
from tiss_conecta import strategies as tst
from tiss_conecta.conciliacao import conciliar
from tiss_conecta.examples import caminho
from tiss_conecta.leitura import guias_do_lote, protocolos
from tiss_conecta.models import VERSOES as _VERSOES
from tiss_conecta.tabelas import (
    Registro,
    RegistroGlosa,
    RegistroGuia,
    RegistroItem,
    para_csv,
    registros,
    registros_da_conciliacao,
    registros_de_achados,
)

D = Decimal
VERSOES = tuple(_VERSOES)


@pytest.mark.parametrize("versao", VERSOES)
def test_the_example_lote_gives_three_guias(versao: str) -> None:
    arquivo = caminho("lote-sadt", versao)
    guias = registros("guias", arquivo)
    assert [(g.numero_guia, g.quantidade_itens, g.valor_total, g.data) for g in guias] == [
        ("00000001", 2, D("155.70"), dt.date(2025, 6, 1)),
        ("00000002", 2, D("44.20"), dt.date(2025, 5, 31)),
        ("00000003", 2, D("11.70"), dt.date(2025, 5, 30)),
    ]
    g = guias[1]
    assert (g.arquivo, g.versao, g.origem, g.lote, g.tipo) == (
        str(arquivo),
        versao,
        "lote",
        "1",
        "guiaSP-SADT",
    )
    assert (g.registro_ans, g.carteira, g.protocolo) == ("416070", "0000000000000002", None)
    assert (g.informado, g.processado, g.liberado, g.glosa, g.situacao) == (None,) * 5


@pytest.mark.parametrize("versao", VERSOES)
def test_the_example_lote_gives_six_items(versao: str) -> None:
    itens = registros("itens", caminho("lote-sadt", versao))
    assert [(i.numero_guia, i.sequencial, i.codigo, i.valor_total) for i in itens] == [
        ("00000001", 1, "40901114", D("120.00")),
        ("00000001", 2, "40801020", D("35.70")),
        ("00000002", 1, "40801020", D("35.70")),
        ("00000002", 2, "40301630", D("8.50")),
        ("00000003", 1, "40301630", D("8.50")),
        ("00000003", 2, "40302040", D("3.20")),
    ]
    i = itens[0]
    assert (i.tabela, i.data, i.quantidade, i.valor_unitario, i.fator, i.despesa) == (
        "22",
        dt.date(2025, 6, 1),
        D(1),
        D("120.00"),
        D("1.00"),
        None,
    )
    assert registros("glosas", caminho("lote-sadt", versao)) == []


@pytest.mark.parametrize("versao", VERSOES)
def test_the_example_demonstrativo_gives_its_guias_items_and_one_glosa(versao: str) -> None:
    arquivo = caminho("demonstrativo-analise", versao)
    guias = registros("guias", arquivo)
    assert [
        (g.protocolo, g.numero_guia, g.informado, g.processado, g.liberado, g.glosa) for g in guias
    ] == [
        ("48740", "00000001", D("155.70"), D("155.70"), D("155.70"), D(0)),
        ("48740", "00000002", D("44.20"), D("44.20"), D("29.20"), D("15.00")),
    ]
    assert {(g.origem, g.lote, g.situacao, g.versao, g.valor_total) for g in guias} == {
        ("demonstrativo", "1", "5", versao, None)
    }
    itens = registros("itens", arquivo)
    assert [(i.numero_guia, i.sequencial, i.liberado, i.glosa) for i in itens] == [
        ("00000001", 1, D("120.00"), D(0)),
        ("00000001", 2, D("35.70"), D(0)),
        ("00000002", 1, D("20.70"), D("15.00")),
        ("00000002", 2, D("8.50"), D(0)),
    ]
    assert (itens[2].informado, itens[2].processado, itens[2].quantidade) == (
        D("35.70"),
        D("35.70"),
        D(1),
    )
    assert registros("glosas", arquivo) == [
        RegistroGlosa(
            arquivo=str(arquivo),
            versao=versao,
            lote="1",
            protocolo="48740",
            numero_guia="00000002",
            item=1,
            nivel="item",
            codigo="1705",
            descricao="Valor apresentado a maior",
            grupo="Regra de Valorização",
            descricao_operadora=None,
            valor=D("15.00"),
        )
    ]


def test_a_parsed_message_has_no_file_unless_named() -> None:
    mensagem = tiss.parse(caminho("lote-sadt"))
    assert {g.arquivo for g in registros("guias", mensagem)} == {""}
    assert {g.arquivo for g in registros("guias", mensagem, arquivo="x.xml")} == {"x.xml"}
    lote = mensagem.prestador_para_operadora.lote_guias
    assert registros("guias", lote) == registros("guias", mensagem)


def test_an_unknown_kind_and_a_file_that_is_not_tiss_are_refused() -> None:
    with pytest.raises(ValueError, match="guias, itens ou glosas"):
        registros("achados", caminho("lote-sadt"))
    with pytest.raises(tiss.TissParseError):
        registros("guias", b"<a/>")


def test_the_achados_of_reports_become_rows() -> None:
    dados = caminho("lote-sadt").read_bytes().replace(b">416070<", b">4160<", 1)
    linhas = registros_de_achados([tiss.validate(dados), tiss.validate(caminho("lote-sadt"))])
    assert [(r.arquivo, r.codigo, r.severidade, r.linha) for r in linhas][:1] == [
        (
            "",
            "xsd.formato",
            "erro",
            16,
        )
    ]
    assert {r.codigo for r in linhas} == {"xsd.formato", "hash.divergente"}


def test_the_conciliacao_becomes_one_row_per_guia() -> None:
    c = conciliar([tiss.examples.lote_sadt(3)], [tiss.examples.demonstrativo_analise()])
    linhas = registros_da_conciliacao(c)
    assert [
        (r.numero_guia, r.protocolo, r.situacao, r.valor_enviado, r.valor_liberado, r.glosas)
        for r in linhas
    ] == [
        ("00000001", "48740", "paga", D("155.70"), D("155.70"), ""),
        ("00000002", "48740", "paga_parcial", D("44.20"), D("29.20"), "1705"),
        ("00000003", None, "sem_retorno", D("11.70"), D(0), ""),
    ]
    assert [r.valor_glosa for r in linhas] == [D(0), D("15.00"), D(0)]
    assert {(r.lote, r.quantidade_itens) for r in linhas} == {("1", 2)}


def _lotes() -> st.SearchStrategy[Any]:
    return st.sampled_from(VERSOES).flatmap(
        lambda v: st.sampled_from(sorted(tst.TIPOS_GUIA)).flatmap(
            lambda t: tst.lote_guias(t, max_guias=3, versao=v)
        )
    )


@settings(max_examples=40)
@given(_lotes())
def test_the_item_rows_of_each_guia_add_up_to_what_leitura_reads(mensagem: Any) -> None:
    guias = registros("guias", mensagem)
    itens = registros("itens", mensagem)
    lidas = guias_do_lote(mensagem.prestador_para_operadora.lote_guias)
    assert [g.numero_guia for g in guias] == [g.numero for g in lidas]
    assert sum(g.quantidade_itens for g in guias) == len(itens)
    inicio = 0
    for linha, lida in zip(guias, lidas, strict=True):
        da_guia = itens[inicio : inicio + linha.quantidade_itens]
        inicio += linha.quantidade_itens
        assert {i.numero_guia for i in da_guia} <= {lida.numero}
        assert sum((i.valor_total or D(0) for i in da_guia), D(0)) == sum(
            (i.valor_total for i in lida.itens if i.valor_total is not None), D(0)
        )


@settings(max_examples=30)
@given(
    st.sampled_from(VERSOES).flatmap(lambda v: tst.mensagem_demonstrativo_analise_conta(versao=v))
)
def test_the_glosa_rows_add_up_to_the_glosas_of_the_items(mensagem: Any) -> None:
    glosas = [r for r in registros("glosas", mensagem) if r.nivel == "item"]
    itens = [i for p in protocolos(mensagem) for g in p.guias for i in g.itens]
    assert len(glosas) == sum(len(i.glosas) for i in itens)
    assert sum((r.valor or D(0) for r in glosas), D(0)) == sum(
        (i.glosa or D(0) for i in registros("itens", mensagem)), D(0)
    )


def _do_csv(texto: str, classe: type[Registro]) -> list[Registro]:
    """Rows back from CSV text, typed by the row class's annotations."""
    dicas = typing.get_type_hints(classe)
    linhas = list(csv.reader(io.StringIO(texto), delimiter=";"))
    assert linhas[0] == [c.name for c in attrs.fields(classe)]
    saida = []
    for campos in linhas[1:]:
        valores: dict[str, Any] = {}
        for nome, campo in zip(linhas[0], campos, strict=True):
            anotacao = dicas[nome]
            opcional = type(None) in typing.get_args(anotacao)
            base = next(
                a for a in (typing.get_args(anotacao) or (anotacao,)) if a is not type(None)
            )
            if campo == "" and opcional:
                valores[nome] = None
            elif base is Decimal:
                valores[nome] = Decimal(campo)
            elif base is dt.date:
                valores[nome] = dt.date.fromisoformat(campo)
            elif base is int:
                valores[nome] = int(campo)
            else:
                valores[nome] = campo
        saida.append(classe(**valores))
    return saida


def _como_no_csv(linhas: list[Any]) -> list[Any]:
    """The rows with each empty optional text as ``None``: CSV writes both as nothing."""
    saida = []
    for r in linhas:
        dicas = typing.get_type_hints(type(r))
        vazios = {
            c.name: None
            for c in attrs.fields(type(r))
            if getattr(r, c.name) == "" and type(None) in typing.get_args(dicas[c.name])
        }
        saida.append(attrs.evolve(r, **vazios))
    return saida


@settings(max_examples=40)
@given(_lotes(), st.sampled_from(["guias", "itens"]))
def test_the_rows_come_back_from_csv_exactly(mensagem: Any, tipo: str) -> None:
    linhas = registros(tipo, mensagem, arquivo='lote; "1".xml')
    saida = io.StringIO(newline="")
    para_csv(linhas, saida, tipo=tipo)
    classe = RegistroGuia if tipo == "guias" else RegistroItem
    assert _do_csv(saida.getvalue(), classe) == _como_no_csv(linhas)


@pytest.mark.parametrize("versao", VERSOES)
def test_the_example_rows_come_back_from_a_csv_file(versao: str, tmp_path: Any) -> None:
    for arquivo in (caminho("lote-sadt", versao), caminho("demonstrativo-analise", versao)):
        for tipo, classe in (("guias", RegistroGuia), ("itens", RegistroItem)):
            linhas = registros(tipo, arquivo)
            destino = tmp_path / f"{tipo}.csv"
            para_csv(linhas, destino)
            dados = destino.read_bytes()
            assert dados.startswith(b"\xef\xbb\xbf")  # the BOM, for Excel
            assert b"155.70" in dados or tipo == "itens"
            assert _do_csv(dados.decode("utf-8-sig"), classe) == linhas


@settings(max_examples=20)
@given(
    st.sampled_from(VERSOES).flatmap(
        lambda v: tst.construir(tiss.models.carregar(v).CtoDemonstrativoOdontologia)
    )
)
def test_an_odontologico_puts_an_items_glosa_value_on_its_first_code(demonstrativo: Any) -> None:
    itens = [i for p in protocolos(demonstrativo) for g in p.guias for i in g.itens]
    linhas = registros("itens", demonstrativo)
    assert [(i.sequencial, i.glosa) for i in linhas] == [(i.sequencial, i.glosado) for i in itens]
    glosas = registros("glosas", demonstrativo)
    assert len(glosas) == sum(len(i.glosas) for i in itens)
    com_codigo = [i.glosado or D(0) for i in itens if i.glosas]
    assert sum((r.valor or D(0) for r in glosas), D(0)) == sum(com_codigo, D(0))
    assert len(registros("guias", demonstrativo)) == sum(
        len(p.guias) for p in protocolos(demonstrativo)
    )


def test_tipos_are_what_registros_reads_and_tabelas_every_table() -> None:
    from tiss_conecta.tabelas import TABELAS, TIPOS, RegistroAchado, RegistroConciliacao

    assert list(TIPOS) == ["guias", "itens", "glosas"]
    assert list(TABELAS) == ["guias", "itens", "glosas", "achados", "conciliacao"]
    assert TABELAS["achados"] is RegistroAchado
    assert TABELAS["conciliacao"] is RegistroConciliacao
    for tipo in TIPOS:  # each kind of TIPOS is read
        registros(tipo, caminho("lote-sadt"))
    for tipo in ("achados", "conciliacao"):
        with pytest.raises(ValueError, match="registros_de_achados e registros_da_conciliacao"):
            registros(tipo, caminho("lote-sadt"))


def test_a_demonstrativo_de_pagamento_gives_guias_with_their_liberado() -> None:
    arquivo = caminho("demonstrativo-pagamento", "4.03.00")
    guias = registros("guias", arquivo)
    assert [(g.origem, g.lote, g.protocolo, g.numero_guia, g.numero_guia_operadora,
             g.processado, g.liberado, g.glosa, g.versao) for g in guias] == [
        ("pagamento", "1", "48740", "00000001", "90000001", D("155.70"), D("155.70"), D("0"),
         "4.03.00"),
        ("pagamento", "1", "48740", "00000002", "90000002", D("44.20"), D("29.20"), D("15.00"),
         "4.03.00"),
    ]  # fmt: skip
    assert registros("itens", arquivo) == []
    assert registros("glosas", arquivo) == []
