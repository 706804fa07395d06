"""preenvio.corrigir: the epilogo hash restamped and the totals that derive from items
recomputed, on the file's own tree; expected values below are computed by hand."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import tiss_conecta as tiss
from tests.conftest import CORPUS
from tiss_conecta import strategies as tst
from tiss_conecta.codec import _lugar
from tiss_conecta.errors import TissParseError
from tiss_conecta.leitura import guias_do_lote
from tiss_conecta.models import VERSOES
from tiss_conecta.preenvio import Correcao, Mudanca, corrigir
from tiss_conecta.rules import check, perfil

GRANDES = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
ENVIO = dt.date(2025, 6, 2)


@pytest.fixture(params=list(VERSOES))
def versao(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _exemplo(versao: str, nome: str = "lote-sadt") -> bytes:
    return bytes(tiss.examples.caminho(nome, versao).read_bytes())


def _trocar(dados: bytes, antes: bytes, depois: bytes) -> bytes:
    assert antes in dados
    return dados.replace(antes, depois, 1)


def _codigos(dados: bytes) -> list[tuple[str, str | None]]:
    achados = check(tiss.parse(dados), perfil("tiss"), data_envio=ENVIO)
    return [(a.codigo, a.numero_guia) for a in achados]


def _resumo(correcao: Correcao) -> list[tuple[str | None, str, str | None, str]]:
    return [(m.numero_guia, m.campo, m.antes, m.depois) for m in correcao.mudancas]


def test_tampered_lote_comes_back_valid_with_totals_equal_to_the_items(versao: str) -> None:
    dados = _exemplo(versao)
    # guia 1: the items are 120.00 + 35.70 = 155.70; the declared total becomes 1.00
    dados = _trocar(dados, b"<ans:valorTotalGeral>155.70<", b"<ans:valorTotalGeral>1.00<")
    # guia 2: its second item goes from 8.50 to 9.50, so 35.70 + 9.50 = 45.20
    dados = _trocar(dados, b"<ans:valorTotal>8.50<", b"<ans:valorTotal>9.50<")
    assert not tiss.verify_hash(dados).ok
    assert ("totais.guia", "00000001") in _codigos(dados)

    correcao = corrigir(dados)

    assert _resumo(correcao)[:3] == [
        ("00000001", "valorTotalGeral", "1.00", "155.70"),
        ("00000002", "valorProcedimentos", "44.20", "45.20"),
        ("00000002", "valorTotalGeral", "44.20", "45.20"),
    ]
    campo, antes = correcao.mudancas[3].campo, correcao.mudancas[3].antes
    assert (campo, antes) == ("hash", tiss.verify_hash(dados).declarado)
    assert len(correcao.mudancas) == 4
    assert tiss.validate(correcao.dados).ok
    assert tiss.verify_hash(correcao.dados, strict=True).ok
    assert not [c for c in _codigos(correcao.dados) if c[0] == "totais.guia"]
    assert b"<ans:valorTotal>9.50<" in correcao.dados  # item values are never changed
    assert corrigir(correcao.dados).mudancas == ()


def test_what_changed_is_said_in_portuguese_with_money() -> None:
    dados = _trocar(
        _exemplo("4.01.00"),
        b">155.70</ans:valorTotalGeral>",
        b">1.00</ans:valorTotalGeral>",
    )
    correcao = corrigir(dados)
    assert str(correcao.mudancas[0]) == (
        "guia 00000001, valorTotalGeral: de R$\xa01,00 para R$\xa0155,70 (linha 98)"
    )
    # the total is back to what the hash was computed over: the hash needs no change
    assert str(correcao) == "arquivo: 1 correção(ões)\n  " + str(correcao.mudancas[0])


def test_nothing_to_change_gives_the_same_bytes(versao: str) -> None:
    for nome in ("lote-sadt", "demonstrativo-analise"):
        dados = _exemplo(versao, nome)
        correcao = corrigir(dados)
        assert correcao.mudancas == ()
        assert correcao.dados == dados
        assert "nada a corrigir" in str(correcao)


def test_the_source_file_is_never_written(tmp_path: Path) -> None:
    arquivo = tmp_path / "lote.xml"
    dados = _trocar(
        _exemplo("4.02.00"), b">155.70</ans:valorTotalGeral>", b">9.99</ans:valorTotalGeral>"
    )
    arquivo.write_bytes(dados)
    correcao = corrigir(arquivo)
    assert correcao.arquivo == str(arquivo)
    assert arquivo.read_bytes() == dados
    assert correcao.dados != dados


def test_an_absent_optional_total_is_inserted_where_the_xsd_wants_it(versao: str) -> None:
    dados = _trocar(
        _exemplo(versao),
        b"<ans:valorProcedimentos>155.70</ans:valorProcedimentos>",
        b"",
    )
    correcao = corrigir(dados)
    assert _resumo(correcao)[0] == ("00000001", "valorProcedimentos", None, "155.70")
    assert str(correcao.mudancas[0]).startswith(
        "guia 00000001, valorProcedimentos: inserido com R$\xa0155,70"
    )
    assert tiss.validate(correcao.dados).ok
    raiz = etree.fromstring(correcao.dados)
    valor_total = _lugar.elemento(
        raiz, "/mensagemTISS/prestadorParaOperadora/loteGuias/guiasTISS/guiaSP-SADT[1]/valorTotal"
    )
    assert valor_total is not None
    assert [etree.QName(c).localname for c in valor_total] == [
        "valorProcedimentos",
        "valorTotalGeral",
    ]


def test_other_messages_get_the_hash_only(versao: str) -> None:
    dados = _exemplo(versao, "demonstrativo-analise")
    assert b">4.01.00<" in dados or b">4.02.00<" in dados or b">4.03.00<" in dados
    raiz = etree.fromstring(dados)
    folha = next(e for e in raiz.iter() if len(e) == 0 and (e.text or "").strip().isdigit())
    folha.text = str(int(folha.text or "0") + 1).zfill(len(folha.text or ""))
    alterado = b'<?xml version="1.0" encoding="ISO-8859-1"?>\n' + etree.tostring(
        raiz, encoding="ISO-8859-1", xml_declaration=False
    )
    correcao = corrigir(alterado)
    assert [m.campo for m in correcao.mudancas] == ["hash"]
    assert tiss.verify_hash(correcao.dados, strict=True).ok


def test_a_file_that_does_not_parse_is_refused() -> None:
    with pytest.raises(TissParseError) as erro:
        corrigir(b"<ans:mensagemTISS xmlns:ans='http://www.ans.gov.br/padroes/tiss/schemas'>")
    assert erro.value.codigo == "xml.malformado"
    assert "XML malformado" in erro.value.mensagem


def test_mudanca_as_plain_data() -> None:
    m = Mudanca("hash", "/mensagemTISS/epilogo/hash", None, None, None, "0" * 32)
    assert str(m) == f"hash do epílogo: (ausente) → {'0' * 32}"
    assert m.to_dict()["depois"] == "0" * 32


# -- the corpus: files written by others ----------------------------------------------------


def _corpus() -> list[Any]:
    manifesto = CORPUS / "MANIFEST.csv"
    if not manifesto.is_file():
        return []
    with manifesto.open(encoding="utf-8") as f:
        linhas = list(csv.DictReader(f))
    return [
        pytest.param(linha["file"], id=linha["id"])
        for linha in linhas
        if linha["version"] in ("4.01.00", "4.02.00")
        and not linha["first_error"]
        and linha["valid_401"] in ("true", "n/a")
    ]


@pytest.mark.parametrize("nome", _corpus())
def test_corpus_files_come_back_with_a_matching_hash(nome: str) -> None:
    arquivo = CORPUS / "files" / nome
    antes = arquivo.read_bytes()
    correcao = corrigir(arquivo)
    assert tiss.verify_hash(correcao.dados, strict=True).ok
    assert tiss.validate(correcao.dados).ok
    assert corrigir(correcao.dados).mudancas == ()
    assert arquivo.read_bytes() == antes


def test_corpus_totals_computed_by_hand() -> None:
    honorarios = corrigir(CORPUS / "files" / "023_farley0909_xml_guiaHonorarios.xml")
    # one procedure of 2039.30; the guia declared 29000.30
    assert _resumo(honorarios)[0] == ("123", "valorTotalHonorarios", "29000.30", "2039.30")
    odonto = corrigir(CORPUS / "files" / "020_farley0909_xml_odonto.xml")
    # one procedure of 200.90; the guia declared 120.00
    primeira = odonto.mudancas[0]
    assert (primeira.campo, primeira.antes, primeira.depois) == (
        "valorTotalProc",
        "120.00",
        "200.90",
    )


def test_corpus_hash_only_files() -> None:
    """The corpus files whose only problem is the hash: one change each, the hash."""
    for nome in (
        "001_renatofagalde_app-tiss-schemas_TISS4_lote_recurso_gerado_20250619_173426.xml",
        "022_farley0909_xml_opme.xml",
        "024_farley0909_xml_1675947918950.xml",
    ):
        correcao = corrigir(CORPUS / "files" / nome)
        assert [m.campo for m in correcao.mudancas] == ["hash"], nome


# -- properties over drawn messages ---------------------------------------------------------

VALORES = st.decimals(min_value=0, max_value=Decimal("99999.99"), places=2)


def _embaralhar(dados: bytes, valores: st.DataObject) -> bytes:
    """Every total of every guia set to a drawn value."""
    raiz = etree.fromstring(dados)
    lote = tiss.parse(dados).prestador_para_operadora.lote_guias
    for guia in guias_do_lote(lote):
        for total in guia.totais:
            el = _lugar.elemento(raiz, total.xpath)
            if el is not None:
                el.text = f"{valores.draw(VALORES):f}"
    return b'<?xml version="1.0" encoding="ISO-8859-1"?>\n' + etree.tostring(
        raiz, encoding="ISO-8859-1", xml_declaration=False
    )


@pytest.mark.parametrize("tipo", sorted(tst.TIPOS_GUIA))
def test_scrambled_totals_come_back_as_the_sums(versao: str, tipo: str) -> None:
    @settings(max_examples=8, suppress_health_check=GRANDES, deadline=None)
    @given(msg=tst.lote_guias(tipo, max_guias=2, versao=versao), valores=st.data())
    def propriedade(msg: Any, valores: st.DataObject) -> None:
        dados = _embaralhar(tiss.to_xml(msg), valores)
        correcao = corrigir(dados)
        assert tiss.verify_hash(correcao.dados, strict=True).ok
        lote = tiss.parse(correcao.dados).prestador_para_operadora.lote_guias
        for guia in guias_do_lote(lote):
            for total in guia.totais:
                pendente = any(total.xpath in p for p in correcao.pendencias)
                assert pendente or total.declarado == sum(total.parcelas, Decimal(0))
        assert corrigir(correcao.dados).mudancas == ()

    propriedade()


def test_recurso_of_items_gets_its_total_recomputed(versao: str) -> None:
    @settings(max_examples=10, suppress_health_check=GRANDES, deadline=None)
    @given(msg=tst.mensagem("RECURSO_GLOSA", versao=versao))
    def propriedade(msg: Any) -> None:
        correcao = corrigir(tiss.to_xml(msg))
        assert tiss.verify_hash(correcao.dados, strict=True).ok
        achados = check(tiss.parse(correcao.dados), perfil("tiss"), data_envio=ENVIO)
        assert "recurso.valor_total" not in {a.codigo for a in achados}
        assert corrigir(correcao.dados).mudancas == ()

    propriedade()


@pytest.mark.parametrize("versao", ["4.02.00", "4.03.00"])
def test_a_sum_the_field_cannot_hold_is_a_pendencia_not_an_invalid_file(versao: str) -> None:
    # two items of 90,000,000.01 are each within st_decimal10-2 (8 integer digits); their sum,
    # 180,000,000.02, has 9: written into valorProcedimentos it would fail the XSD
    linhas = tiss.examples.caminho("lote-sadt", versao).read_bytes().splitlines(keepends=True)
    for n in (78, 79, 91, 92):  # valorUnitario and valorTotal of guia 00000001's two items
        linhas[n] = (
            linhas[n].replace(b">120.00<", b">90000000.01<").replace(b">35.70<", b">90000000.01<")
        )
    dados = b"".join(linhas)
    assert dados.count(b">90000000.01<") == 4
    correcao = corrigir(dados)
    assert tiss.validate(correcao.dados).ok
    campos = {m.campo for m in correcao.mudancas}
    assert "valorProcedimentos" not in campos
    assert "valorTotalGeral" not in campos
    assert campos == {"hash"}
    assert len(correcao.pendencias) == 2
    assert all("não cabe no campo" in p for p in correcao.pendencias)
    assert all("guia 00000001" in p for p in correcao.pendencias)
    assert "R$ 180.000.000,02" in correcao.pendencias[0].replace("\xa0", " ")
