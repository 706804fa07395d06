"""One view of any demonstrativo (``leitura.demonstrativo``), the glosa descriptions and
situations reachable from what was read, and the Jupyter reprs: a short ``__repr__`` and an
HTML table of what was glosado with pt-BR money, everything escaped."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import tiss_conecta as tiss
from tests.montagem import exemplos
from tiss_conecta import models
from tiss_conecta import strategies as tst
from tiss_conecta.leitura import (
    COLUNAS_GLOSAS,
    Demonstrativo,
    Totais,
    demonstrativo,
    descricao_da_glosa,
    protocolos,
)

D = Decimal
por_versao = pytest.mark.parametrize("versao", list(models.VERSOES))
LIBERADO = "Analisado e aguardando liberação para pagamento"


def _analise(versao: str) -> Demonstrativo:
    d = demonstrativo(tiss.parse(tiss.examples.caminho("demonstrativo-analise", versao)))
    assert d is not None
    return d


def _html(objeto: Any) -> str:
    texto: str = objeto._repr_html_()
    return texto.replace("\xa0", " ")


@por_versao
def test_the_example_analise(versao: str) -> None:
    d = _analise(versao)
    assert (d.tipo, d.versao, d.numero, d.data_emissao) == (
        "analise",
        versao,
        "2025000001",
        dt.date(2025, 6, 22),
    )
    assert (d.registro_ans, d.nome_operadora, d.prestador.cnpj_contratado) == (
        "416070",
        "ARCELORMITTAL TUBARAO",
        "11222333000181",
    )
    assert d.totais == Totais(D("199.90"), D("199.90"), D("184.90"), D("15.00"))
    assert d.pagamentos == ()
    assert d.xpath.endswith("/demonstrativoAnaliseConta[1]")
    # one guia paid, one partly glosado, the third not answered
    (p,) = d.protocolos
    assert [(g.numero, g.liberado, g.glosado) for g in d.guias()] == [
        ("00000001", D("155.70"), D("0")),
        ("00000002", D("29.20"), D("15.00")),
    ]
    assert (p.data, p.situacao, p.situacao_descrita()) == (
        dt.date(2025, 6, 2),
        "5",
        ("5", LIBERADO),
    )
    assert [g.situacao_descrita() for g in p.guias] == [("5", LIBERADO)] * 2
    assert d.glosas_por_codigo() == {"1705": ("Valor apresentado a maior", 1, D("15.00"))}
    assert p.guias[1].itens[0].glosas_descritas() == (
        ("1705", "Valor apresentado a maior", D("15.00")),
    )
    assert p.guias[0].itens[0].glosas_descritas() == ()


def test_situations_follow_the_version() -> None:
    (p,) = protocolos(exemplos.em("4.03.00").seed())
    assert attrs.evolve(p, situacao="10").situacao_descrita() == (
        "10",
        "Bloqueio judicial - prestador",
    )
    assert attrs.evolve(p, situacao="99").situacao_descrita() == ("99", None)
    assert attrs.evolve(p, situacao=None).situacao_descrita() is None
    assert attrs.evolve(p.guias[0], versao=None, situacao="3").situacao_descrita() == ("3", None)


@por_versao
def test_glosa_descriptions(versao: str) -> None:
    p1, p2 = protocolos(exemplos.em(versao).rico())
    a = p1.guias[0]
    assert a.motivos_descritos() == (("1702", "Cobrança de procedimento em duplicidade"),)
    assert p2.glosa_descrita() == ("1426", descricao_da_glosa("1426"))
    assert descricao_da_glosa("0001", "DA OPERADORA") == "DA OPERADORA"
    assert descricao_da_glosa("0001") is None
    item = attrs.evolve(a.itens[0], glosas=(("0001", D("1.00")),))
    assert item.glosas_descritas() == (("0001", None, D("1.00")),)


@por_versao
def test_glosas_por_codigo(versao: str) -> None:
    d = demonstrativo(exemplos.em(versao).rico())
    assert d is not None
    por_codigo = d.glosas_por_codigo()
    assert {c: (n, v) for c, (_, n, v) in por_codigo.items()} == {
        "1702": (1, D(0)),  # guia A's own glosa: its value is the items'
        "1705": (1, D("30.00")),
        "1714": (1, D("10.00")),
        "1813": (1, D("0.00")),
        "1426": (2, D("70.00")),  # protocolo 1002's glosa and its item's
    }
    assert por_codigo["1705"][0] == "Valor apresentado a maior"


@por_versao
def test_several_analises_in_one_message(versao: str) -> None:
    e = exemplos.em(versao)
    um = e.demonstrativo(e.protocolo("1", [e.guia("A", [e.item(1, "50.00", "40.00")])]))
    dois = e.demonstrativo(e.protocolo("2", [e.guia("B", [e.item(1, "30.00", "30.00")])]))
    d = demonstrativo(e.mensagem(um, dois))
    assert d is not None
    assert [p.numero for p in d.protocolos] == ["1", "2"]
    assert d.protocolos[1].xpath.endswith(
        "/demonstrativoAnaliseConta[2]/dadosConta/dadosProtocolo[1]"
    )
    assert (d.totais.informado, d.totais.liberado, d.totais.glosado) == (
        D("80.00"),
        D("70.00"),
        D("10.00"),
    )
    dois.valor_glosa_geral = None
    d = demonstrativo(e.mensagem(um, dois))
    assert d is not None
    assert d.totais.glosado is None  # a partial sum would mislead


@por_versao
def test_reprs_are_short_summaries(versao: str) -> None:
    d = _analise(versao)
    assert repr(d) == (
        f"Demonstrativo(análise de conta, TISS {versao}, operadora 416070, 1 protocolo, "
        "2 guias, informado R$ 199,90, liberado R$ 184,90, glosado R$ 15,00)"
    )
    (p,) = d.protocolos
    assert repr(p) == (
        "ProtocoloLido(48740, lote 1, 2 guias, informado R$ 199,90, liberado R$ 184,90, "
        "glosado R$ 15,00, glosas 1705)"
    )
    assert repr(p.guias[1]) == (
        "GuiaLida(00000002, 2 itens, informado R$ 44,20, liberado R$ 29,20, "
        "glosado R$ 15,00, glosas 1705)"
    )
    assert repr(p.guias[1].itens[0]) == (
        "ItemLido(1, 40801020, informado R$ 35,70, liberado R$ 20,70, glosa R$ 15,00: 1705)"
    )
    pago = demonstrativo(tiss.parse(tiss.examples.caminho("demonstrativo-pagamento", versao)))
    assert pago is not None
    assert repr(pago) == (
        f"Demonstrativo(pagamento, TISS {versao}, operadora 416070, 1 protocolo, 2 guias, "
        "informado R$ 199,90, liberado R$ 184,90, glosado R$ 15,00, líquido R$ 181,20, "
        "pagamento em 2025-07-02)"
    )
    assert repr(pago.pagamentos[0]) == (
        "PagamentoLido(2025-07-02, 1 protocolo, bruto R$ 184,90, débitos R$ 3,70, "
        "créditos R$ 0,00, líquido R$ 181,20)"
    )


@por_versao
def test_repr_of_100_guias_is_short(versao: str) -> None:
    d = demonstrativo(exemplos.em(versao).varias_guias(100))
    assert d is not None
    assert len(d.guias()) == 100
    assert len(repr(d)) < 1000
    assert len(repr(d.protocolos[0])) < 1000
    assert _html(d).count("<tr>") == 101  # the header and one row per glosa


@por_versao
def test_html_of_the_analise(versao: str) -> None:
    d = _analise(versao)
    html = _html(d)
    for texto in ("1705", "Valor apresentado a maior", "R$ 15,00", "R$ 184,90", "48740"):
        assert texto in html
    assert all(f"<th>{c}</th>" in html for c in COLUNAS_GLOSAS)
    assert "00000001" not in html  # paid in full: not in the table of what was glosado
    (p,) = d.protocolos
    for objeto in (p, p.guias[1], p.guias[1].itens[0]):
        assert "1705" in _html(objeto)
        assert "R$ 15,00" in _html(objeto)
    assert "Nada glosado." in _html(p.guias[0])


@por_versao
def test_html_of_the_pagamento(versao: str) -> None:
    d = demonstrativo(tiss.parse(tiss.examples.caminho("demonstrativo-pagamento", versao)))
    assert d is not None
    html = _html(d)
    for texto in ("48740", "02/07/2025", "R$ 184,90", "R$ 3,70", "R$ 181,20", "ISS RETIDO 2%"):
        assert texto in html
    assert "R$ 181,20" in _html(d.pagamentos[0])


def test_html_escapes_everything() -> None:
    (p,) = protocolos(exemplos.em("4.01.00").seed())
    g = attrs.evolve(p.guias[0], numero="<b>&'\"", motivos=(("<i>", "<script>x</script>"),))
    p = attrs.evolve(p, numero="<48740>", guias=(g,))
    html = p._repr_html_()
    assert "<b>" not in html
    assert "<i>" not in html
    assert "<script>" not in html
    assert "&lt;b&gt;&amp;" in html
    assert "&lt;48740&gt;" in html


@por_versao
def test_drawn_analises_never_raise_and_stay_short(versao: str) -> None:
    @settings(max_examples=20)
    @given(tst.mensagem_demonstrativo_analise_conta(versao=versao))
    def verificar(msg: Any) -> None:
        d = demonstrativo(msg)
        assert d is not None
        assert d.tipo == "analise"
        assert d.protocolos == tuple(protocolos(msg))
        assert len(repr(d)) < 1000
        d.glosas_por_codigo()
        assert "<div>" in d._repr_html_()
        for p in d.protocolos:
            assert len(repr(p)) < 1000
            p.situacao_descrita()
            for g in p.guias:
                assert len(repr(g)) < 1000
                g.situacao_descrita()
                for it in g.itens:
                    assert len(repr(it)) < 1000
                    assert "<div>" in it._repr_html_()

    verificar()


# --- one rule for the glosas by code: leitura, conciliação and tabelas agree -----------------


def _por_codigo_nas_tres(mensagem: Any) -> tuple[dict[str, Decimal], ...]:
    from tiss_conecta import tabelas
    from tiss_conecta.conciliacao import conciliar

    d = tiss.leitura.demonstrativo(mensagem)
    assert d is not None
    visao = {c: v for c, (_, _, v) in d.glosas_por_codigo().items()}
    conciliacao = {t.codigo: t.valor for t in conciliar([], [mensagem]).por_glosa}
    tabela: dict[str, Decimal] = {}
    for r in tabelas.registros("glosas", mensagem):
        tabela[r.codigo] = tabela.get(r.codigo, Decimal(0)) + (r.valor or Decimal(0))
    return visao, conciliacao, tabela


@pytest.mark.parametrize("versao", models.VERSOES)
def test_an_odontologico_gives_one_total_per_code_everywhere(versao: str) -> None:
    """O-1: 1705 glosa 40.00, and 30.00 under 1714 and 1702 at once (one valorGlosaEstorno);
    O-2: 1813 glosa 25.00; 95.00 glosado in all. The 30.00 counts once, on 1714."""
    mensagem = exemplos.em(versao).odonto()
    esperado = {"1705": Decimal("40.00"), "1714": Decimal("30.00"), "1702": Decimal(0),
                "1813": Decimal("25.00")}  # fmt: skip
    visao, conciliacao, tabela = _por_codigo_nas_tres(mensagem)
    assert visao == esperado
    assert conciliacao == esperado
    assert tabela == esperado
    d = tiss.leitura.demonstrativo(mensagem)
    assert d is not None
    assert d.totais.glosado == Decimal("95.00")
    assert sum(visao.values(), Decimal(0)) == Decimal("95.00")
    assert d.glosas_por_codigo()["1702"][1] == 1  # applied once, of no value of its own


def test_parcelas_put_an_odontologico_value_on_the_first_code() -> None:
    mensagem = exemplos.em("4.01.00").odonto()
    (p,) = tiss.leitura.protocolos(mensagem)
    item = p.guias[0].itens[1]
    assert item.odonto
    assert item.parcelas() == (("1714", Decimal("30.00")), ("1702", None))
    medico = tiss.leitura.protocolos(tiss.examples.demonstrativo_analise())[0].guias[1].itens[0]
    assert not medico.odonto
    assert medico.parcelas() == (("1705", Decimal("15.00")),)


@pytest.mark.parametrize("versao", models.VERSOES)
def test_one_description_for_a_glosa_code_everywhere(versao: str) -> None:
    from tiss_conecta import tabelas
    from tiss_conecta.conciliacao import conciliar

    mensagem = exemplos.em(versao).odonto()
    d = tiss.leitura.demonstrativo(mensagem)
    assert d is not None
    visao = {c: desc for c, (desc, _, _) in d.glosas_por_codigo().items()}
    conciliacao = {t.codigo: t.descricao for t in conciliar([], [mensagem]).por_glosa}
    tabela = {r.codigo: r.descricao for r in tabelas.registros("glosas", mensagem)}
    assert visao == conciliacao == tabela
    assert visao["1705"] == "Valor apresentado a maior"
    assert visao == {c: tiss.leitura.descricao_da_glosa(c) for c in visao}
