"""preenvio.conferir, the pre-send check of one file: XSD, epilogo hash and the profile's
rules merged into one report in file order; a file that does not bind still gets its
structural achados and the rules on the guias that bind; input problems are achados, never
exceptions. Also conferir_arquivos over a folder, the corpus, and a Hypothesis property on
mutated example files.

Expected values are written by hand from the example files: ``lote-sadt.xml`` has the same
layout in the three versions (only ``Padrao`` on line 18 and the hash on line 259 differ):

- guia 1 (``00000001``) starts on line 24; its items (dataExecucao 2025-06-01) on lines 70/71
  and 83/84;
- guia 2 (``00000002``) starts on line 101; numeroGuiaOperadora on 107, CBOS on 126, items
  (dataExecucao 2025-05-31) on 147/148 and 160/161, descricaoProcedimento of item 2 on 165;
- guia 3 (``00000003``) starts on line 178; items (dataExecucao 2025-05-30) on 224/225 and
  237/238;
- the epilogo hash on line 259.

With a 90-day window, an item is out of it when sent more than 90 days after care:
2025-05-30 + 90 days = 2025-08-28, so on 2025-08-29 guia 3 is out and guias 1 and 2 are in;
on 2025-08-30 guias 2 and 3 are out.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import os
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.conftest import CORPUS
from tiss_conecta.achados import Severidade, regras
from tiss_conecta.codec import Relatorio, _lugar
from tiss_conecta.examples import caminho
from tiss_conecta.preenvio import conferir, conferir_arquivos
from tiss_conecta.rules import Perfil, perfil

VERSOES = ("4.01.00", "4.02.00", "4.03.00")
NS = "http://www.ans.gov.br/padroes/tiss/schemas"
GUIAS = "/mensagemTISS/prestadorParaOperadora/loteGuias/guiasTISS"
HASH = "/mensagemTISS/epilogo/hash"
PERFIL_90 = attrs.evolve(perfil("tiss"), janela_faturamento_dias=90)
"""Only the standard's limits, plus a 90-day billing window: accepts every version."""
ENVIO = dt.date(2025, 6, 2)
"""The day the example lotes are dated: every item inside any window."""
SO_GUIA_3_FORA = dt.date(2025, 8, 29)
GUIAS_2_E_3_FORA = dt.date(2025, 8, 30)


def _exemplo(versao: str, nome: str = "lote-sadt") -> bytes:
    return caminho(nome, versao).read_bytes()


def _na_linha(dados: bytes, linha: int, antes: bytes, depois: bytes) -> bytes:
    """``dados`` with ``antes`` replaced by ``depois`` on line ``linha`` (1-based) only."""
    linhas = dados.split(b"\n")
    assert antes in linhas[linha - 1], (linha, linhas[linha - 1])
    linhas[linha - 1] = linhas[linha - 1].replace(antes, depois, 1)
    return b"\n".join(linhas)


def _xpath_lxml(xpath: str) -> str:
    """An achado's XPath (no prefixes) as lxml reads it in the ANS namespace."""
    return re.sub(r"/(?=[A-Za-z])", "/ans:", xpath)


def _no_arquivo(dados: bytes, xpath: str) -> etree._Element:
    """The element at ``xpath`` in the file, found by lxml's own XPath engine."""
    raiz = etree.fromstring(dados, etree.XMLParser(resolve_entities=False, no_network=True))
    encontrados = raiz.getroottree().xpath(_xpath_lxml(xpath), namespaces={"ans": NS})
    assert isinstance(encontrados, list)
    assert len(encontrados) == 1, xpath
    el = encontrados[0]
    assert isinstance(el, etree._Element)
    return el


def _numero_da_guia_lxml(el: etree._Element) -> str | None:
    """The numeroGuiaPrestador of the guia ``el`` sits in, read with lxml: the nearest
    ancestor-or-self with a cabecalhoGuia."""
    for anc in [el, *el.iterancestors()]:
        numero = anc.findtext(f"{{{NS}}}cabecalhoGuia/{{{NS}}}numeroGuiaPrestador")
        if numero is not None:
            return numero
    return None


def _resumo(r: Relatorio) -> list[tuple[int | None, str, str | None, int | None]]:
    return [(a.linha, a.codigo, a.numero_guia, a.item) for a in r.achados]


# -- a valid file ---------------------------------------------------------------------------


@pytest.mark.parametrize("versao", VERSOES)
@pytest.mark.parametrize("nome", ["lote-sadt", "demonstrativo-analise"])
def test_um_exemplo_valido_passa_sem_achados(versao: str, nome: str) -> None:
    r = conferir(caminho(nome, versao), PERFIL_90, data_envio=ENVIO)
    assert r.ok
    assert r.achados == ()
    assert r.versao == versao
    assert r.arquivo == str(caminho(nome, versao))
    assert r.perfil == PERFIL_90.nome
    assert r.data_envio == ENVIO
    assert r.hash is not None
    assert r.hash.ok


def test_arcelormittal_aceita_so_401() -> None:
    assert conferir(_exemplo("4.01.00"), perfil("arcelormittal"), data_envio=ENVIO).achados == ()
    for versao in ("4.02.00", "4.03.00"):
        r = conferir(_exemplo(versao), perfil("arcelormittal"), data_envio=ENVIO)
        assert [(a.linha, a.codigo, a.xpath) for a in r.achados] == [
            (18, "versao.nao_aceita", "/mensagemTISS/cabecalho/Padrao")
        ]
        assert not r.ok


# -- XSD + hash + rules merged --------------------------------------------------------------


def _tres_tipos(versao: str) -> bytes:
    """Guia 2 with a numeroGuiaOperadora of 21 characters (line 107) and a
    descricaoProcedimento of 151 in its item 2 (line 165): XSD errors that still bind; the
    declared hash no longer matches."""
    dados = _na_linha(_exemplo(versao), 107, b">90000002<", b">" + b"9" * 21 + b"<")
    return _na_linha(dados, 165, b">HEMOGRAMA COM CONTAGEM DE PLAQUETAS<", b">" + b"A" * 151 + b"<")


@pytest.mark.parametrize("versao", VERSOES)
def test_relatorio_junta_xsd_hash_e_regras_na_ordem_do_arquivo(versao: str) -> None:
    dados = _tres_tipos(versao)
    r = conferir(dados, PERFIL_90, data_envio=SO_GUIA_3_FORA)
    assert not r.ok
    assert _resumo(r) == [
        (107, "xsd.tamanho", "00000002", None),
        (165, "xsd.tamanho", "00000002", 2),
        (225, "prazo.fora_da_janela", "00000003", 1),
        (238, "prazo.fora_da_janela", "00000003", 2),
        (259, "hash.divergente", None, None),
    ]
    item = f"{GUIAS}/guiaSP-SADT[3]/procedimentosExecutados/procedimentoExecutado"
    assert [a.xpath for a in r.achados] == [
        f"{GUIAS}/guiaSP-SADT[2]/dadosAutorizacao/numeroGuiaOperadora",
        f"{GUIAS}/guiaSP-SADT[2]/procedimentosExecutados/procedimentoExecutado[2]"
        "/procedimento/descricaoProcedimento",
        f"{item}[1]/dataExecucao",
        f"{item}[2]/dataExecucao",
        HASH,
    ]
    assert all(a.severidade is Severidade.ERRO for a in r.achados)
    assert [a.glosa for a in r.achados[2:]] == ["1701", "1701", "5014"]
    for a in r.achados:
        assert a.mensagem.strip()
        el = _no_arquivo(dados, a.xpath or "")
        assert el.sourceline == a.linha
        assert _numero_da_guia_lxml(el) == a.numero_guia
    chaves = [a.chave() for a in r.achados]
    assert chaves == sorted(chaves)
    linhas = [a.linha or 0 for a in r.achados]
    assert linhas == sorted(linhas)


def test_todo_achado_do_relatorio_traz_dica() -> None:
    r = conferir(_tres_tipos("4.01.00"), PERFIL_90, data_envio=SO_GUIA_3_FORA)
    assert [a.codigo for a in r.achados if not a.dica] == []


# -- a file that does not bind --------------------------------------------------------------


def _cbos_ruim_na_guia_1(versao: str) -> bytes:
    """CBOS 2251 (not in dm_CBOS) in guia 1, line 49: guia 1 does not bind."""
    return _na_linha(_exemplo(versao), 49, b">225125<", b">2251<")


@pytest.mark.parametrize("versao", VERSOES)
def test_arquivo_que_nao_se_le_inteiro_tem_as_regras_das_outras_guias(versao: str) -> None:
    dados = _cbos_ruim_na_guia_1(versao)
    r = conferir(dados, PERFIL_90, data_envio=GUIAS_2_E_3_FORA)
    assert _resumo(r) == [
        (24, "preenvio.guias_nao_lidas", "00000001", None),
        (49, "xsd.dominio", "00000001", None),
        (148, "prazo.fora_da_janela", "00000002", 1),
        (161, "prazo.fora_da_janela", "00000002", 2),
        (225, "prazo.fora_da_janela", "00000003", 1),
        (238, "prazo.fora_da_janela", "00000003", 2),
        (259, "hash.divergente", None, None),
    ]
    nao_lidas = [a for a in r.achados if a.codigo == "preenvio.guias_nao_lidas"]
    assert len(nao_lidas) == 1
    assert nao_lidas[0].xpath == f"{GUIAS}/guiaSP-SADT[1]"
    assert nao_lidas[0].severidade is Severidade.AVISO
    # the rules read a message without guia 1: their places are in the original file
    for a in r.achados:
        el = _no_arquivo(dados, a.xpath or "")
        assert el.sourceline == a.linha
        assert _numero_da_guia_lxml(el) == a.numero_guia
    assert [a.xpath for a in r.achados if a.codigo == "prazo.fora_da_janela"] == [
        f"{GUIAS}/guiaSP-SADT[{g}]/procedimentosExecutados/procedimentoExecutado[{i}]/dataExecucao"
        for g in (2, 3)
        for i in (1, 2)
    ]


def test_duas_guias_ilegiveis_cada_uma_nomeada() -> None:
    dados = _na_linha(_cbos_ruim_na_guia_1("4.01.00"), 203, b">225125<", b">9<")
    r = conferir(dados, PERFIL_90, data_envio=GUIAS_2_E_3_FORA)
    assert _resumo(r) == [
        (24, "preenvio.guias_nao_lidas", "00000001", None),
        (49, "xsd.dominio", "00000001", None),
        (148, "prazo.fora_da_janela", "00000002", 1),
        (161, "prazo.fora_da_janela", "00000002", 2),
        (178, "preenvio.guias_nao_lidas", "00000003", None),
        (203, "xsd.dominio", "00000003", None),
        (259, "hash.divergente", None, None),
    ]
    assert r.achados[2].xpath is not None
    assert r.achados[2].xpath.startswith(f"{GUIAS}/guiaSP-SADT[2]/")


@pytest.mark.parametrize("versao", VERSOES)
def test_erro_no_cabecalho_faz_as_regras_nao_se_aplicarem(versao: str) -> None:
    dados = _na_linha(_exemplo(versao), 5, b">ENVIO_LOTE_GUIAS<", b">ENVIO_LOTE<")
    # sent late enough for every item to be out of the window: still no prazo achado
    r = conferir(dados, PERFIL_90, data_envio=dt.date(2025, 12, 1))
    assert [a.codigo for a in r.achados] == [
        "preenvio.regras_nao_aplicadas",
        "xsd.dominio",
        "hash.divergente",
    ]
    nao_aplicadas, dominio, _ = r.achados
    assert nao_aplicadas.xpath == "/mensagemTISS"
    assert nao_aplicadas.numero_guia is None
    assert nao_aplicadas.severidade is Severidade.AVISO
    assert (dominio.linha, dominio.xpath) == (
        5,
        "/mensagemTISS/cabecalho/identificacaoTransacao/tipoTransacao",
    )


def test_regras_nao_aplicadas_tem_a_linha_da_raiz() -> None:
    dados = _na_linha(_exemplo("4.01.00"), 5, b">ENVIO_LOTE_GUIAS<", b">ENVIO_LOTE<")
    r = conferir(dados, PERFIL_90, data_envio=ENVIO)
    nao_aplicadas = [a for a in r.achados if a.codigo == "preenvio.regras_nao_aplicadas"]
    assert [a.linha for a in nao_aplicadas] == [2]


# -- the profile sets the codec's severities too --------------------------------------------


def _com_hash(dados: bytes, novo: bytes) -> bytes:
    """``dados`` with ``novo`` as the declared epilogo hash (line 259)."""
    return re.sub(
        rb"<ans:hash>[0-9a-f]{32}</ans:hash>", b"<ans:hash>" + novo + b"</ans:hash>", dados
    )


@pytest.mark.parametrize("versao", VERSOES)
def test_severidades_do_perfil_valem_para_os_codigos_do_codec(versao: str) -> None:
    dados = _com_hash(_exemplo(versao), b"0" * 32)
    r = conferir(dados, PERFIL_90, data_envio=ENVIO)
    assert [(a.linha, a.codigo, a.severidade) for a in r.achados] == [
        (259, "hash.divergente", Severidade.ERRO)
    ]
    assert not r.ok

    brando = attrs.evolve(PERFIL_90, severidades={"hash.divergente": "aviso"})
    r = conferir(dados, brando, data_envio=ENVIO)
    assert [(a.codigo, a.severidade) for a in r.achados] == [("hash.divergente", Severidade.AVISO)]
    assert r.ok

    sem_hash = attrs.evolve(PERFIL_90, severidades={"hash.divergente": "desligado"})
    assert conferir(dados, sem_hash, data_envio=ENVIO).achados == ()

    # an XSD code, and a rule's, in the same profile
    dados = _tres_tipos(versao)
    tudo_aviso = attrs.evolve(
        PERFIL_90,
        severidades={
            "xsd.tamanho": "aviso",
            "hash.divergente": "info",
            "prazo.fora_da_janela": "aviso",
        },
    )
    r = conferir(dados, tudo_aviso, data_envio=SO_GUIA_3_FORA)
    assert r.ok
    assert [(a.codigo, a.severidade.value) for a in r.achados] == [
        ("xsd.tamanho", "aviso"),
        ("xsd.tamanho", "aviso"),
        ("prazo.fora_da_janela", "aviso"),
        ("prazo.fora_da_janela", "aviso"),
        ("hash.divergente", "info"),
    ]


# -- input problems are achados -------------------------------------------------------------


def test_malformado_nao_tiss_e_inexistente_dao_um_achado_cada(tmp_path: Path) -> None:
    truncado = _exemplo("4.01.00")[:3000]  # ends inside line 65
    assert truncado.count(b"\n") == 64
    casos: list[tuple[bytes | Path, str, int | None]] = [
        (truncado, "xml.malformado", 65),
        (b"oi", "xml.malformado", 1),
        (b'<?xml version="1.0"?>\n<raiz><filho/></raiz>', "xml.nao_tiss", 2),
        (tmp_path / "nada.xml", "io.ilegivel", None),
        (tmp_path, "io.ilegivel", None),
        (tmp_path / "nada.xml" / "x.xml", "io.ilegivel", None),
    ]
    for fonte, codigo, linha in casos:
        r = conferir(fonte, perfil("arcelormittal"), data_envio=ENVIO)
        assert [a.codigo for a in r.achados] == [codigo], fonte
        assert not r.ok
        assert r.versao is None
        assert r.achados[0].mensagem.strip()
        if linha is not None:
            assert r.achados[0].linha == linha
        if isinstance(fonte, Path):
            assert r.arquivo == str(fonte)


def test_arquivo_sem_permissao(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads a file with mode 000")
    arquivo = tmp_path / "lote.xml"
    arquivo.write_bytes(_exemplo("4.01.00"))
    arquivo.chmod(0)
    try:
        r = conferir(arquivo, PERFIL_90, data_envio=ENVIO)
    finally:
        arquivo.chmod(0o600)
    assert [a.codigo for a in r.achados] == ["io.ilegivel"]


# -- known crashes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("linha", "antes"),
    [(78, b">1.00<"), (79, b">120.00<"), (80, b">120.00<")],
    ids=["reducaoAcrescimo", "valorUnitario", "valorTotal"],
)
def test_numero_enorme_num_item_vira_achado(linha: int, antes: bytes) -> None:
    dados = _na_linha(_exemplo("4.01.00"), linha, antes, b">" + b"9" * 30 + b"<")
    r = conferir(dados, PERFIL_90, data_envio=ENVIO)
    assert "xsd.digitos" in {a.codigo for a in r.achados}


@pytest.mark.parametrize("numero", [b"", b" 00000002"], ids=["vazio", "com-espaco"])
def test_uma_guia_tem_um_so_numero_no_relatorio(numero: bytes) -> None:
    dados = _na_linha(_tres_tipos("4.01.00"), 104, b">00000002<", b">" + numero + b"<")
    r = conferir(dados, PERFIL_90, data_envio=GUIAS_2_E_3_FORA)
    da_guia_2 = [a for a in r.achados if (a.xpath or "").startswith(f"{GUIAS}/guiaSP-SADT[2]/")]
    assert {a.codigo for a in da_guia_2} >= {"xsd.tamanho", "prazo.fora_da_janela"}
    assert len({a.numero_guia for a in da_guia_2}) == 1


# -- Hypothesis: mutated examples -----------------------------------------------------------

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


@st.composite
def _exemplos_mutados(draw: st.DrawFn) -> bytes:
    """An example file with elements deleted or duplicated, then bytes overwritten."""
    versao = draw(st.sampled_from(VERSOES))
    nome = draw(st.sampled_from(["lote-sadt", "demonstrativo-analise"]))
    arvore = etree.fromstring(_exemplo(versao, nome), _PARSER).getroottree()
    for _ in range(draw(st.integers(0, 3))):
        elementos = [
            e
            for e in arvore.getroot().iter()
            if isinstance(e.tag, str) and e.getparent() is not None
        ]
        el = elementos[draw(st.integers(0, len(elementos) - 1))]
        pai = el.getparent()
        assert pai is not None
        if draw(st.booleans()):
            pai.remove(el)
        else:
            el.addnext(copy.deepcopy(el))
    dados = bytearray(etree.tostring(arvore, xml_declaration=True, encoding="ISO-8859-1"))
    for _ in range(draw(st.integers(0, 4))):
        dados[draw(st.integers(0, len(dados) - 1))] = draw(st.integers(0, 255))
    return bytes(dados)


def _presente(raiz: etree._Element, xpath: str) -> etree._Element | None:
    """The element at ``xpath``, or where it is absent (a rule naming a missing total), its
    nearest present ancestor."""
    while xpath:
        el = _lugar.elemento(raiz, xpath)
        if el is not None:
            return el
        xpath = xpath.rpartition("/")[0]
    return None


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    _exemplos_mutados(),
    st.sampled_from([PERFIL_90, perfil("arcelormittal"), perfil("pasa")]),
    st.dates(dt.date(2025, 1, 1), dt.date(2026, 12, 31)),
)
def test_exemplos_mutados_nunca_levantam_e_localizam_as_guias(
    dados: bytes, p: Perfil, envio: dt.date
) -> None:
    r = conferir(dados, p, data_envio=envio)
    codigos = regras()
    assert all(a.codigo in codigos for a in r.achados)
    chaves = [a.chave() for a in r.achados]
    assert chaves == sorted(chaves)
    com_guia = [a for a in r.achados if a.numero_guia is not None]
    if not com_guia:
        return
    raiz = etree.fromstring(dados, _PARSER)
    for a in com_guia:
        assert a.xpath is not None, a
        el = _presente(raiz, a.xpath)
        assert el is not None, a
        guia = _lugar.guia(el)
        assert guia is not None, a
        # blanks around a number: see test_uma_guia_tem_um_so_numero_no_relatorio
        assert _lugar.guia_e_item(guia)[0] == (a.numero_guia or "").strip(), a


# -- the corpus -----------------------------------------------------------------------------


def _manifesto() -> list[dict[str, str]]:
    with (CORPUS / "MANIFEST.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("linha", _manifesto(), ids=lambda r: r["id"])
def test_cada_arquivo_do_corpus_da_um_relatorio(linha: dict[str, str]) -> None:
    arquivo = CORPUS / "files" / linha["file"]
    for p in (perfil("tiss"), perfil("arcelormittal")):
        r = conferir(arquivo, p, data_envio=ENVIO)
        assert r.arquivo == str(arquivo)
        codigos = {a.codigo for a in r.achados}
        if linha["first_error"].startswith("NOT WELL-FORMED"):
            assert codigos == {"xml.malformado"}
        # MANIFEST: schema-valid 4.01.00 files, and the 4.02.00 lotes with no parser or
        # schema error
        valido = linha["valid_401"] == "true" or (
            linha["version"] == "4.02.00"
            and linha["tipoTransacao"] == "ENVIO_LOTE_GUIAS"
            and not linha["first_error"]
        )
        if valido:
            assert r.versao == linha["version"]
            assert not {c for c in codigos if c.startswith("xsd.")}
            assert ("hash.divergente" in codigos) is (linha["hash"] == "mismatch")
        if linha["valid_401"] == "false" and not linha["first_error"].startswith("NOT"):
            assert {c for c in codigos if c.startswith("xsd.")}


def test_corpus_tem_validos_das_duas_versoes() -> None:
    linhas = _manifesto()
    assert sum(r["valid_401"] == "true" for r in linhas) >= 5
    assert sum(r["version"] == "4.02.00" and not r["first_error"] for r in linhas) >= 2


# -- many files -----------------------------------------------------------------------------


def _pasta_mista(raiz: Path) -> list[Path]:
    """A folder of 9 .xml files (one in a subfolder) and a .txt; the .xml files in the
    order conferir_arquivos must give them."""
    (raiz / "sub").mkdir(parents=True)
    conteudos = {
        "a-401.xml": _exemplo("4.01.00"),
        "b-402.xml": _exemplo("4.02.00"),
        "c-403.xml": _exemplo("4.03.00"),
        "d-demonstrativo.xml": _exemplo("4.02.00", "demonstrativo-analise"),
        "e-tres-tipos.xml": _tres_tipos("4.03.00"),
        "f-oi.xml": b"oi",
        "g-cbos.xml": _cbos_ruim_na_guia_1("4.01.00"),
        "h-cabecalho.xml": _na_linha(_exemplo("4.02.00"), 5, b">ENVIO_LOTE_GUIAS<", b">X<"),
        "sub/i-truncado.xml": _exemplo("4.01.00")[:3000],
        "sub/notas.txt": b"nao e xml",
    }
    for nome, dados in conteudos.items():
        (raiz / nome).write_bytes(dados)
    return [raiz / n for n in conteudos if n.endswith(".xml")]


@pytest.mark.parametrize("processos", [1, 2])
def test_conferir_arquivos_da_o_mesmo_que_conferir_um_a_um(tmp_path: Path, processos: int) -> None:
    esperados = _pasta_mista(tmp_path / "pasta")
    progresso: list[tuple[int, int]] = []
    relatorios = list(
        conferir_arquivos(
            [tmp_path / "pasta"],
            PERFIL_90,
            data_envio=SO_GUIA_3_FORA,
            processos=processos,
            ao_progredir=lambda feitos, total: progresso.append((feitos, total)),
        )
    )
    assert [r.arquivo for r in relatorios] == [str(p) for p in esperados]
    assert relatorios == [conferir(p, PERFIL_90, data_envio=SO_GUIA_3_FORA) for p in esperados]
    # on 2025-08-29 guia 3 of every lote is out of the window (2 items), except where the
    # rules do not run (not XML, an error in the cabecalho, a truncated file)
    assert [sum(a.codigo == "prazo.fora_da_janela" for a in r.achados) for r in relatorios] == [
        2,
        2,
        2,
        0,
        2,
        0,
        2,
        0,
        0,
    ]
    assert [r.ok for r in relatorios] == [False, False, False, True] + [False] * 5
    assert progresso == [(i, 9) for i in range(1, 10)]


def test_conferir_arquivos_mantem_a_ordem_dos_caminhos_dados(tmp_path: Path) -> None:
    esperados = _pasta_mista(tmp_path / "pasta")
    faltando = tmp_path / "nada.xml"
    caminhos = [esperados[4], faltando, esperados[0]]
    relatorios = list(
        conferir_arquivos(caminhos, PERFIL_90, data_envio=SO_GUIA_3_FORA, processos=1)
    )
    assert [r.arquivo for r in relatorios] == [str(p) for p in caminhos]
    assert [a.codigo for a in relatorios[1].achados] == ["io.ilegivel"]


def test_when_every_guia_is_unreadable_the_rules_are_not_applied() -> None:
    # a CBOS outside dm_CBOS in each of the 3 guias: none binds; the rules must not judge
    # an empty lote (lote.vazio would be false: the file has 3 guias)
    dados = _exemplo("4.01.00").replace(b">225125<", b">2251<")
    r = conferir(dados, PERFIL_90, data_envio=ENVIO)
    codigos = [a.codigo for a in r.achados]
    assert codigos.count("xsd.dominio") == 3
    assert "lote.vazio" not in codigos
    assert codigos.count("preenvio.regras_nao_aplicadas") == 1
