"""Reprs and Jupyter views: messages, guias, every generated class, lists of achados, reports.

A parsed lote of three guias used to have a ``repr`` of 10,380 characters; now every repr
stays under 1,000 and the message and the guias render as tables in Jupyter."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import tiss_conecta as tiss
from tiss_conecta import formato, models
from tiss_conecta import strategies as tst
from tiss_conecta.achados import Achado, Achados, Severidade, ordenar
from tiss_conecta.codec import Relatorio
from tiss_conecta.examples import caminho, lote_sadt
from tiss_conecta.models import _apresentacao
from tiss_conecta.rules import check, perfil

VERSOES = list(models.VERSOES)
LIMITE = 1000

GUIAS: dict[str, Callable[..., st.SearchStrategy[Any]]] = {
    "SP/SADT": tst.guia_sp_sadt,
    "consulta": tst.guia_consulta,
    "resumo de internação": tst.guia_resumo_internacao,
    "honorários": tst.guia_honorarios,
    "tratamento odontológico": tst.guia_odontologia,
}


def _texto(repr_: str) -> str:
    """Money is written with a no-break space (``R$\\xa01,00``)."""
    return repr_.replace("\xa0", " ")


def _html(html: str) -> etree._Element:
    """The HTML parsed as XML (wrapped in a root): well-formed, or this raises."""
    return etree.fromstring(f"<raiz>{html}</raiz>")


def _classes(modulo: Any) -> Iterator[type]:
    """Every generated dataclass of a version's module, nested ones included."""

    def dentro(cls: type) -> Iterator[type]:
        yield cls
        for valor in vars(cls).values():
            if isinstance(valor, type) and dataclasses.is_dataclass(valor):
                yield from dentro(valor)

    for valor in vars(modulo).values():
        if (
            isinstance(valor, type)
            and dataclasses.is_dataclass(valor)
            and valor.__module__ == modulo.__name__
        ):
            yield from dentro(valor)


def _guias_sadt(msg: Any) -> list[Any]:
    return list(msg.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt)


def _total(msg: Any) -> str:
    soma = sum((g.valor_total.valor_total_geral for g in _guias_sadt(msg)), Decimal(0))
    return _texto(formato.reais(soma))


# --- the message -----------------------------------------------------------------------------


@pytest.mark.parametrize("versao", VERSOES)
def test_repr_of_the_example_lote_is_one_short_line(versao: str) -> None:
    msg = tiss.parse(caminho("lote-sadt", versao))
    texto = _texto(repr(msg))
    assert len(texto) < LIMITE
    assert "\n" not in texto
    assert texto == (
        f"MensagemTiss(ENVIO_LOTE_GUIAS, TISS {versao}, operadora 416070, "
        "prestador CNPJ 11222333000181, lote 1, 3 guias, total R$ 211,60)"
    )
    assert _total(msg) == "R$ 211,60"


@pytest.mark.parametrize("versao", VERSOES)
def test_repr_of_a_lote_of_100_guias(versao: str) -> None:
    msg = lote_sadt(100, versao=versao)
    texto = _texto(repr(msg))
    assert len(texto) < LIMITE
    for esperado in ("ENVIO_LOTE_GUIAS", f"TISS {versao}", "operadora 416070", "100 guias"):
        assert esperado in texto
    assert f"total {_total(msg)})" in texto
    assert str(msg) == repr(msg)


@pytest.mark.parametrize("versao", VERSOES)
@pytest.mark.parametrize("n_guias", [3, 100])
def test_html_of_a_lote_lists_every_guia(versao: str, n_guias: int) -> None:
    msg = lote_sadt(n_guias, versao=versao)
    raiz = _html(msg._repr_html_())
    tabelas = raiz.findall(".//table")
    assert len(tabelas) == 2
    fatos = {tr.findtext("th"): tr.findtext("td") for tr in tabelas[0].iter("tr")}
    assert fatos["transação"] == "ENVIO_LOTE_GUIAS"
    assert fatos["versão"] == versao
    assert fatos["operadora"] == "416070"
    assert fatos["guias"] == str(n_guias)
    assert _texto(fatos["total"] or "") == _total(msg)
    linhas = tabelas[1].findall("tr")[1:]
    numeros = [tr.findtext("td") for tr in linhas]
    guias = _guias_sadt(msg)
    assert numeros == [g.cabecalho_guia.numero_guia_prestador for g in guias]
    primeira = [td.text for td in linhas[0].findall("td")]
    assert primeira[1:4] == ["SP/SADT", guias[0].dados_beneficiario.numero_carteira, "2"]


def test_html_escapes_what_the_message_says() -> None:
    msg = lote_sadt(1)
    msg.prestador_para_operadora.lote_guias.numero_lote = "<b>&1"
    html = msg._repr_html_()
    assert "&lt;b&gt;&amp;1" in html
    assert len(_html(html).findall(".//b")) == 1  # the title; the lote number is text
    assert "lote <b>&1" in repr(msg)


@pytest.mark.parametrize("versao", VERSOES)
@pytest.mark.parametrize(
    ("exemplo", "transacao", "numeros"),
    [
        ("demonstrativo-analise", "DEMONSTRATIVO_ANALISE_CONTA", "protocolo 48740"),
        ("demonstrativo-pagamento", "DEMONSTRATIVO_PAGAMENTO", "lote 1, protocolo 48740"),
    ],
)
def test_a_demonstrativo_names_its_protocolo(
    versao: str, exemplo: str, transacao: str, numeros: str
) -> None:
    msg = tiss.parse(caminho(exemplo, versao))
    assert repr(msg) == (
        f"MensagemTiss({transacao}, TISS {versao}, operadora 416070, "
        f"prestador CNPJ 11222333000181, {numeros})"
    )
    assert len(_html(msg._repr_html_()).findall(".//table")) == 1


@pytest.mark.parametrize("versao", VERSOES)
def test_eq_still_compares_the_fields(versao: str) -> None:
    a, b = (tiss.parse(caminho("lote-sadt", versao)) for _ in range(2))
    assert a == b
    assert a is not b
    _guias_sadt(b)[0].cabecalho_guia.numero_guia_prestador = "99"
    assert a != b


# --- the guias -------------------------------------------------------------------------------


def test_repr_and_html_of_a_guia() -> None:
    guia = _guias_sadt(tiss.parse(caminho("lote-sadt")))[0]
    assert _texto(repr(guia)) == (
        "CtmSpSadtGuia(SP/SADT 00000001, carteira 0000000000000001, 2 itens, total R$ 155,70)"
    )
    raiz = _html(guia._repr_html_())
    itens = raiz.findall(".//table")[1].findall("tr")
    assert [th.text for th in itens[0]] == [
        "sequencial",
        "data",
        "código",
        "descrição",
        "quantidade",
        "valor",
    ]
    assert [_texto(td.text or "") for td in itens[1]] == [
        "1",
        "01/06/2025",
        "40901114",
        "ULTRASSONOGRAFIA DE ABDOME TOTAL",
        "1",
        "R$ 120,00",
    ]


@pytest.mark.parametrize("versao", VERSOES)
@pytest.mark.parametrize("tipo", list(GUIAS))
def test_every_guia_type_sums_itself_up(versao: str, tipo: str) -> None:
    @settings(max_examples=5)
    @given(GUIAS[tipo](versao=versao))
    def confere(guia: Any) -> None:
        texto = repr(guia)
        assert len(texto) < LIMITE
        assert texto.startswith(f"{type(guia).__qualname__}({tipo} ")
        assert isinstance(guia, _apresentacao.GuiaApresentavel)
        raiz = _html(guia._repr_html_())
        ficha = raiz.findall(".//table")[0]
        fatos = {tr.findtext("th"): tr.findtext("td") for tr in ficha.iter("tr")}
        assert fatos["tipo"] == tipo
        itens = raiz.findall(".//table")[1].findall("tr")[1:]
        assert str(len(itens)) == fatos["itens"]

    confere()


# --- every generated class -------------------------------------------------------------------


CLASSES = [(v, cls) for v in VERSOES for cls in _classes(models.carregar(v))]


def test_every_generated_class_has_the_short_repr() -> None:
    assert len(CLASSES) > 1000
    for _, cls in CLASSES:
        assert issubclass(cls, _apresentacao.Apresentavel), cls
        assert "__repr__" not in vars(cls), cls  # the dataclass wrote none (repr=False)
        assert cls.__repr__.__module__ == _apresentacao.__name__
    for versao in VERSOES:
        m = models.carregar(versao)
        assert issubclass(m.MensagemTiss, _apresentacao.MensagemApresentavel)
        guias = {c.__name__ for c in _classes(m) if issubclass(c, _apresentacao.GuiaApresentavel)}
        assert guias == set(_apresentacao._TIPOS_GUIA)


@pytest.mark.parametrize(
    ("versao", "cls"), CLASSES, ids=[f"{v}-{c.__qualname__}" for v, c in CLASSES]
)
def test_repr_of_any_instance_is_short_and_never_raises(versao: str, cls: type) -> None:
    @settings(max_examples=3)
    @given(tst.construir(cls))
    def confere(obj: Any) -> None:
        texto = repr(obj)
        assert len(texto) < LIMITE
        assert texto.startswith(f"{cls.__qualname__}(")
        assert not hasattr(obj, "__dict__")  # still slotted
        if hasattr(obj, "_repr_html_"):
            _html(obj._repr_html_())

    confere()


def test_the_generic_repr() -> None:
    m = models.carregar("4.03.00")
    guia_lote = m.CtmGuiaLote(numero_lote="7", guias_tiss=m.CtmGuiaLote.GuiasTiss())
    assert repr(guia_lote) == "CtmGuiaLote(numero_lote='7', guias_tiss=CtmGuiaLote.GuiasTiss(…))"
    assert repr(guia_lote.guias_tiss) == "CtmGuiaLote.GuiasTiss()"
    guia_lote.guias_tiss.guia_consulta = [object(), object()]
    assert repr(guia_lote.guias_tiss) == "CtmGuiaLote.GuiasTiss(guia_consulta=[2 itens])"
    longo = m.CtmGuiaLote(numero_lote="x" * 5000, guias_tiss=m.CtmGuiaLote.GuiasTiss())
    assert len(repr(longo)) < 200
    cabecalho = tiss.parse(caminho("lote-sadt", "4.03.00")).cabecalho
    assert repr(cabecalho.identificacao_transacao) == (
        "CabecalhoTransacao.IdentificacaoTransacao(tipo_transacao='ENVIO_LOTE_GUIAS', "
        "sequencial_transacao='1', data_registro_transacao=2025-06-02, "
        "hora_registro_transacao=09:30:00)"
    )


def test_a_repr_of_a_broken_message_falls_back_to_the_generic_one() -> None:
    msg = lote_sadt(1)
    msg.cabecalho = None
    assert repr(msg).startswith("MensagemTiss(prestador_para_operadora=PrestadorOperadora(…)")
    assert "MensagemTiss" in msg._repr_html_()


# --- achados and reports ---------------------------------------------------------------------


def _achados(n: int) -> list[Achado]:
    severidades = list(Severidade)
    return [
        Achado(f"codigo.{i % 9}", severidades[i % 3], f"mensagem {i}", xpath=f"/a/b[{i}]")
        for i in range(n)
    ]


def test_achados_repr_counts_and_names_the_first_codes() -> None:
    achados = Achados(_achados(300))
    texto = repr(achados)
    assert len(texto) < LIMITE
    assert texto == (
        "Achados(300 achados: 100 erros, 100 avisos, 100 info; codigo.0 ×34, codigo.1 ×34, "
        "codigo.2 ×34, codigo.3 ×33, codigo.4 ×33, …)"
    )
    assert repr(Achados(_achados(1))) == "Achados(1 achado: 1 erro; codigo.0)"
    assert repr(Achados()) == "[]"
    assert Achados() == []
    assert achados == list(achados)
    assert isinstance(ordenar(_achados(3)), Achados)


def test_achados_html_is_the_table() -> None:
    raiz = _html(Achados(_achados(12))._repr_html_())
    assert len(raiz.findall("table/tr")) == 13
    assert "nenhum achado" in Achados()._repr_html_()


def test_check_returns_achados() -> None:
    import datetime as dt

    msg = tiss.parse(caminho("lote-sadt"))
    achados = check(msg, perfil("arcelormittal"), data_envio=dt.date(2025, 9, 2))
    assert isinstance(achados, Achados)
    assert repr(achados) == "Achados(6 achados: 6 erros; prazo.fora_da_janela ×6)"
    assert check(msg, perfil("arcelormittal"), data_envio=dt.date(2025, 6, 2)) == []


def test_relatorio_repr_is_short() -> None:
    relatorio = Relatorio(
        arquivo="/" + "pasta/" * 100 + "lote.xml",
        versao="4.01.00",
        achados=tuple(_achados(500)),
        perfil="arcelormittal",
    )
    texto = repr(relatorio)
    assert len(texto) < LIMITE
    assert texto.startswith("Relatorio(arquivo='…")
    assert "lote.xml', versao='4.01.00', ok=False, achados=Achados(500 achados" in texto
    assert texto.endswith(", perfil='arcelormittal')")
    valido = tiss.validate(caminho("lote-sadt").read_bytes())
    assert repr(valido) == (
        "Relatorio(arquivo=None, versao='4.01.00', ok=True, achados=[], hash=confere)"
    )


# --- import cost -----------------------------------------------------------------------------


def test_the_reprs_keep_the_imports_lazy() -> None:
    """``import tiss_conecta`` loads neither lxml nor the models; loading a version's models
    loads the mixins, not what they read with (leitura, babel)."""
    codigo = (
        "import json, sys\n"
        "import tiss_conecta, tiss_conecta.achados\n"
        "antes = sorted(m for m in sys.modules if m.startswith(('lxml', 'tiss_conecta.models.')))\n"
        "tiss_conecta.models.carregar('4.03.00')\n"
        "depois = [m for m in ('tiss_conecta.leitura', 'babel') if m in sys.modules]\n"
        "print(json.dumps([antes, depois, 'tiss_conecta.models._apresentacao' in sys.modules]))"
    )
    saida = subprocess.run(
        [sys.executable, "-c", codigo], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(saida) == [[], [], True]
