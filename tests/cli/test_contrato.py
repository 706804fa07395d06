"""The contract every command keeps (exit 0 ok, 1 findings of severity erro, 2 usage or
I/O; a file that is not XML at all is a finding), ``--version``, and the pre-send command's
outputs: a folder, the JSON array other tools rely on, GitHub annotations and the progress
line.

Expected values are written by hand from the files built here; line numbers are those of the
example ``lote-sadt.xml`` (see tests/preenvio/test_conferencia.py): guia 2 starts on line
101 and has its CBOS on 126, guia 3's items have dataExecucao 2025-05-30 on lines 225 and
238, the epilogo hash is on line 259.
"""

from __future__ import annotations

import copy
import importlib.metadata
import json
import os
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import tiss_conecta as tiss
from tests.conftest import CORPUS
from tiss_conecta.cli import _comum, main
from tiss_conecta.examples import caminho
from tiss_conecta.leitura import guias_do_lote

OK, ACHADOS, USO = 0, 1, 2
ENVIO = "2025-06-02"
SO_GUIA_3_FORA = "2025-08-29"
"""With a 90-day window: 2025-05-30 + 90 days = 2025-08-28, so guia 3's items are out."""
HONORARIOS_401 = CORPUS / "files/023_farley0909_xml_guiaHonorarios.xml"
"""A schema-valid guiaHonorarios 4.01.00 without dadosInternacao/caraterAtendimento, which
4.03.00 requires: it cannot cross to 4.03.00 without --preencher."""


def _lote() -> bytes:
    return caminho("lote-sadt", "4.01.00").read_bytes()


def _na_linha(dados: bytes, linha: int, antes: bytes, depois: bytes) -> bytes:
    linhas = dados.split(b"\n")
    assert antes in linhas[linha - 1], (linha, linhas[linha - 1])
    linhas[linha - 1] = linhas[linha - 1].replace(antes, depois, 1)
    return b"\n".join(linhas)


def _cbos_ruim_na_guia_2() -> bytes:
    """CBOS 2251 (not in dm_CBOS) in guia 2: an XSD error that keeps guia 2 from binding."""
    return _na_linha(_lote(), 126, b">225125<", b">2251<")


def _paga_tudo() -> bytes:
    """The example demonstrativo made to pay the example lote whole: one guia per guia sent,
    each item liberado as sent, no glosa (the model is its guia 1, paid in full)."""
    lote = tiss.parse(_lote())
    dem = tiss.parse(caminho("demonstrativo-analise", "4.01.00"))
    conta = dem.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta[0]
    protocolo = conta.dados_conta.dados_protocolo[0]
    modelo = protocolo.relacao_guias[0]
    guias = []
    for g in guias_do_lote(lote.prestador_para_operadora.lote_guias):
        guia = copy.deepcopy(modelo)
        guia.numero_guia_prestador = g.numero
        detalhes = []
        for item in g.itens:
            detalhe = copy.deepcopy(modelo.detalhes_guia[0])
            detalhe.sequencial_item = item.sequencial
            detalhe.valor_informado = detalhe.valor_processado = item.valor_total
            detalhe.valor_liberado = item.valor_total
            detalhe.relacao_glosa = []
            detalhes.append(detalhe)
        guia.detalhes_guia = detalhes
        total = sum((item.valor_total or Decimal(0) for item in g.itens), Decimal(0))
        guia.valor_informado_guia = guia.valor_processado_guia = total
        guia.valor_liberado_guia = total
        guia.valor_glosa_guia = total - total
        guias.append(guia)
    protocolo.relacao_guias = guias
    return tiss.to_xml(dem)


class Arquivos:
    """The files of the contract, built in ``pasta``."""

    def __init__(self, pasta: Path) -> None:
        self.pasta = pasta
        self.lote = self._gravar("lote.xml", _lote())
        self.demonstrativo = self._gravar(
            "demonstrativo.xml", caminho("demonstrativo-analise", "4.01.00").read_bytes()
        )
        self.paga_tudo = self._gravar("paga-tudo.xml", _paga_tudo())
        self.lote_do_par = self._gravar("lote-do-par.xml", _lote())
        """The example lote, conciliated with the example demonstrativo (guia 3 sem_retorno)."""
        self.invalido = self._gravar("invalido.xml", _cbos_ruim_na_guia_2())
        hash_errado = _na_linha(
            _lote(), 259, b">0449dca12f82d001132af3c0751344d6<", b">" + b"0" * 32 + b"<"
        )
        self.hash_errado = self._gravar("hash-errado.xml", hash_errado)
        self.malformado = self._gravar("malformado.xml", _lote()[:3000])
        self.oi = self._gravar("oi.xml", b"oi")
        self.inexistente = pasta / "nada.xml"
        self.atraves = self.lote / "x.xml"
        """A path through a regular file: ENOTDIR, unreadable even for root."""
        self.com_lote = pasta / "com-lote"
        self.com_lote.mkdir()
        (self.com_lote / "lote.xml").write_bytes(_lote())
        self.com_invalido = pasta / "com-invalido"
        self.com_invalido.mkdir()
        (self.com_invalido / "lote.xml").write_bytes(_lote())
        (self.com_invalido / "sub").mkdir()
        (self.com_invalido / "sub" / "invalido.xml").write_bytes(_cbos_ruim_na_guia_2())
        self.vazia = pasta / "vazia"
        self.vazia.mkdir()
        (self.vazia / "leia-me.txt").write_text("sem xml aqui")
        self.oca = pasta / "oca"
        self.oca.mkdir()
        self.saida = pasta / "saida" / "saida.xml"
        self.saida.parent.mkdir()

    def _gravar(self, nome: str, dados: bytes) -> Path:
        arquivo = self.pasta / nome
        arquivo.write_bytes(dados)
        return arquivo


@pytest.fixture
def arquivos(tmp_path: Path) -> Arquivos:
    return Arquivos(tmp_path)


# -- the exit-code table --------------------------------------------------------------------

Comando = Callable[[Path, Path], list[str]]


def _conciliar(lote: Path, saida: Path) -> list[str]:
    """``conciliar`` of ``lote``: with the example demonstrativo for the example pair, else
    with the demonstrativo that pays the example lote whole (both in the contract's folder,
    ``saida``'s parent's parent)."""
    pasta = saida.parent.parent
    par = lote.name == "lote-do-par.xml"
    demonstrativo = pasta / ("demonstrativo.xml" if par else "paga-tudo.xml")
    return ["conciliar", str(lote), "--demonstrativo", str(demonstrativo)]


COMANDOS: dict[str, Comando] = {
    "validate": lambda f, _: ["validate", str(f)],
    "hash": lambda f, _: ["hash", str(f)],
    "check": lambda f, _: ["check", str(f), "--data-envio", ENVIO],
    "recurso": lambda f, _: ["recurso", str(f), "--listar"],
    "converter": lambda f, saida: ["converter", str(f), "--para", "4.03.00", "-o", str(saida)],
    "corrigir": lambda f, saida: ["corrigir", str(f), "-o", str(saida)],
    "conciliar": _conciliar,
    "tabela": lambda f, saida: ["tabela", "guias", str(f), "-o", str(saida.with_suffix(".csv"))],
}
PASTA_EXPANDIDA = {"validate", "check"}
"""The commands that take folders (every *.xml under them)."""
ACEITAM_PASTA = PASTA_EXPANDIDA | {"tabela"}
"""And those that read a folder into one output (``tabela``)."""


def _ok(comando: str, a: Arquivos) -> Path:
    return a.demonstrativo if comando == "recurso" else a.lote


ACHADOS_DE: dict[str, Callable[[Arquivos], Path]] = {
    "validate": lambda a: a.invalido,
    "check": lambda a: a.invalido,
    "hash": lambda a: a.hash_errado,
    "recurso": lambda a: a.lote,  # a lote is not a demonstrativo
    "converter": lambda _: HONORARIOS_401,
    "corrigir": lambda a: a.malformado,
    "conciliar": lambda a: a.lote_do_par,  # guia 3 sem_retorno
    "tabela": lambda a: a.oi,  # not TISS: left out of the table, the rest written
}
SITUACOES: dict[str, tuple[Callable[[str, Arquivos], Path], Callable[[str], int]]] = {
    "ok": (_ok, lambda _: OK),
    "achados": (lambda c, a: ACHADOS_DE[c](a), lambda _: ACHADOS),
    "inexistente": (lambda _, a: a.inexistente, lambda _: USO),
    "pasta": (lambda _, a: a.com_lote, lambda c: OK if c in ACEITAM_PASTA else USO),
    "ilegivel": (lambda _, a: a.atraves, lambda _: USO),
    "nao-xml": (lambda _, a: a.oi, lambda _: ACHADOS),
}


def _rodar(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    codigo = main(argv)
    saida = capsys.readouterr()
    assert "Traceback" not in saida.err
    return codigo, saida.out, saida.err


@pytest.mark.parametrize("situacao", list(SITUACOES))
@pytest.mark.parametrize("comando", list(COMANDOS))
def test_codigo_de_saida(
    comando: str, situacao: str, arquivos: Arquivos, capsys: pytest.CaptureFixture[str]
) -> None:
    arquivo_de, esperado = SITUACOES[situacao]
    arquivo = arquivo_de(comando, arquivos)
    codigo, out, err = _rodar(COMANDOS[comando](arquivo, arquivos.saida), capsys)
    assert codigo == esperado(comando), (out, err)
    assert (out + err).strip()  # always says something
    if comando in ("converter", "corrigir"):
        # written only when it went well, and then a valid TISS file
        assert arquivos.saida.exists() is (codigo == OK)
        if codigo == OK:
            assert main(["validate", str(arquivos.saida)]) == OK
            capsys.readouterr()


@pytest.mark.parametrize("comando", list(COMANDOS))
def test_arquivo_sem_permissao_sai_2(
    comando: str, arquivos: Arquivos, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads a file with mode 000 (the ENOTDIR case covers root)")
    arquivo = _ok(comando, arquivos)
    arquivo.chmod(0)
    try:
        codigo, _, _ = _rodar(COMANDOS[comando](arquivo, arquivos.saida), capsys)
    finally:
        arquivo.chmod(0o600)
    assert codigo == USO


def test_converter_que_nao_cabe_no_destino_diz_o_que_preencher(
    arquivos: Arquivos, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = COMANDOS["converter"](HONORARIOS_401, arquivos.saida)
    codigo, out, _ = _rodar(argv, capsys)
    assert codigo == ACHADOS
    assert "caraterAtendimento" in out
    assert "--preencher caraterAtendimento=VALOR" in out
    # a file invalid in its own version is a finding too
    codigo, _, _ = _rodar(COMANDOS["converter"](arquivos.invalido, arquivos.saida), capsys)
    assert codigo == ACHADOS
    assert not arquivos.saida.exists()


@pytest.mark.parametrize("comando", sorted(PASTA_EXPANDIDA))
def test_pastas_de_validate_e_check(
    comando: str, arquivos: Arquivos, capsys: pytest.CaptureFixture[str]
) -> None:
    def rodar(*caminhos: Path) -> int:
        argv = COMANDOS[comando](caminhos[0], arquivos.saida)
        argv[2:2] = map(str, caminhos[1:])  # the paths together, before the options
        return _rodar(argv, capsys)[0]

    assert rodar(arquivos.com_lote) == OK
    assert rodar(arquivos.com_invalido) == ACHADOS
    assert rodar(arquivos.vazia) == USO  # no .xml in it: nothing to check
    assert rodar(arquivos.oca) == USO
    assert rodar(arquivos.lote, arquivos.invalido) == ACHADOS
    assert rodar(arquivos.lote, arquivos.inexistente) == USO
    assert rodar(arquivos.invalido, arquivos.atraves) == USO  # I/O beats findings


@pytest.mark.parametrize(
    ("argv", "esperado"),
    [
        (["glosa", "1705"], OK),
        (["glosa", "--busca", "valor apresentado"], OK),
        (["glosa", "0000"], ACHADOS),  # a code the catalogue lacks
        (["versoes"], OK),
        (["versoes", "--formato", "json"], OK),
        (["versoes", "--diferencas", "4.01.00", "4.03.00"], OK),
    ],
)
def test_comandos_sem_arquivo(
    argv: list[str], esperado: int, capsys: pytest.CaptureFixture[str]
) -> None:
    codigo, out, _ = _rodar(argv, capsys)
    assert codigo == esperado
    if esperado == OK:
        assert out.strip()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--nada"],
        ["comando-que-nao-existe"],
        ["validate"],
        ["validate", "{lote}", "--nada"],
        ["validate", "{lote}", "--formato", "yaml"],
        ["hash"],
        ["hash", "{lote}", "--nada"],
        ["hash", "{lote}", "{lote}"],
        ["check"],
        ["check", "{lote}", "--nada"],
        ["check", "{lote}", "--data-envio", "ontem"],
        ["check", "{lote}", "--perfil", "operadora-que-nao-existe"],
        ["check", "{lote}", "--processos", "0"],
        ["recurso", "{demonstrativo}"],
        ["recurso", "--listar"],
        ["recurso", "{demonstrativo}", "--listar", "--nada"],
        ["converter", "{lote}", "-o", "{saida}"],
        ["converter", "{lote}", "--para", "9.99.99", "-o", "{saida}"],
        ["converter", "{lote}", "--para", "4.03.00"],
        ["converter", "{lote}", "--para", "4.03.00", "-o", "{saida}", "--nada"],
        ["corrigir"],
        ["corrigir", "{lote}"],
        ["corrigir", "{lote}", "-o", "{saida}", "--nada"],
        ["glosa", "--nada"],
        ["glosa", "1705", "--busca", "valor"],
        ["glosa", "--limite", "muitos"],
        ["versoes", "--nada"],
        ["versoes", "--diferencas", "4.01.00"],
        ["versoes", "--diferencas", "4.01.00", "9.99.99"],
    ],
    ids=lambda argv: " ".join(argv) or "(nada)",
)
def test_erro_de_uso_sai_2(
    argv: list[str], arquivos: Arquivos, capsys: pytest.CaptureFixture[str]
) -> None:
    nomes = {
        "lote": str(arquivos.lote),
        "demonstrativo": str(arquivos.demonstrativo),
        "saida": str(arquivos.saida),
    }
    codigo, out, err = _rodar([a.format(**nomes) for a in argv], capsys)
    assert codigo == USO
    assert err.strip()  # says what is wrong, on stderr
    assert out == ""
    assert not arquivos.saida.exists()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    codigo, out, _ = _rodar(["--version"], capsys)
    assert codigo == OK
    numero = importlib.metadata.version("tiss-conecta")
    assert out == f"tiss-conecta {numero} (TISS 4.01.00, 4.02.00, 4.03.00)\n"


def test_check_com_numero_enorme_sai_1(
    arquivos: Arquivos, capsys: pytest.CaptureFixture[str]
) -> None:
    enorme = arquivos.pasta / "enorme.xml"
    enorme.write_bytes(_na_linha(_lote(), 79, b">120.00<", b">" + b"9" * 30 + b"<"))
    codigo, _, _ = _rodar(["check", str(enorme)], capsys)
    assert codigo == ACHADOS


# -- a folder -------------------------------------------------------------------------------


def test_check_de_uma_pasta_em_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pasta = tmp_path / "PASTA"
    (pasta / "b-sub").mkdir(parents=True)
    (pasta / "a-valido.xml").write_bytes(_lote())
    (pasta / "b-sub" / "invalido.xml").write_bytes(_cbos_ruim_na_guia_2())
    (pasta / "c-oi.xml").write_bytes(b"oi")
    (pasta / "d-maiusculo.XML").write_bytes(caminho("lote-sadt", "4.03.00").read_bytes())
    (pasta / "e-notas.txt").write_bytes(_cbos_ruim_na_guia_2())  # not .xml: ignored
    codigo, out, _ = _rodar(
        ["check", str(pasta), "--formato", "json", "--data-envio", ENVIO], capsys
    )
    assert codigo == ACHADOS
    relatorios = json.loads(out)
    assert [(r["file"], r["ok"]) for r in relatorios] == [
        (str(pasta / "a-valido.xml"), True),
        (str(pasta / "b-sub" / "invalido.xml"), False),
        (str(pasta / "c-oi.xml"), False),
        (str(pasta / "d-maiusculo.XML"), True),
    ]
    assert [[f["code"] for f in r["findings"]] for r in relatorios] == [
        [],
        ["preenvio.guias_nao_lidas", "xsd.dominio", "hash.divergente"],
        ["xml.malformado"],
        [],
    ]


# -- the JSON contract ----------------------------------------------------------------------

CHAVES_DO_ACHADO = {
    "code",
    "codigo",
    "severidade",
    "mensagem",
    "dica",
    "xpath",
    "linha",
    "numero_guia",
    "item",
    "glosa",
}


def _contrato(relatorios: Any, arquivos: list[Path]) -> None:
    """The shape other tools rely on."""
    assert isinstance(relatorios, list)
    assert len(relatorios) == len(arquivos)
    for r, arquivo in zip(relatorios, arquivos, strict=True):
        assert {"file", "ok", "findings", "arquivo", "achados"} <= r.keys()
        assert r["file"] == r["arquivo"] == str(arquivo)
        assert r["findings"] == r["achados"]
        assert isinstance(r["ok"], bool)
        for f in r["findings"]:
            assert f.keys() >= CHAVES_DO_ACHADO
            assert f["code"] == f["codigo"]
            assert f["severidade"] in ("erro", "aviso", "info")
        assert r["ok"] is not any(f["severidade"] == "erro" for f in r["findings"])


@pytest.mark.parametrize("opcao", ["--formato", "--format"])
def test_json_de_um_arquivo_e_uma_lista(
    opcao: str, arquivos: Arquivos, capsys: pytest.CaptureFixture[str]
) -> None:
    for comando in ("check", "validate"):
        argv = [comando, str(arquivos.lote), opcao, "json"]
        codigo, out, _ = _rodar(argv, capsys)
        assert codigo == OK
        relatorios = json.loads(out)
        _contrato(relatorios, [arquivos.lote])
        assert relatorios[0]["ok"] is True
        assert relatorios[0]["findings"] == []


def test_json_de_varios_arquivos(arquivos: Arquivos, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["check", str(arquivos.lote), str(arquivos.invalido), str(arquivos.oi)]
    argv += ["--format", "json", "--perfil", "arcelormittal", "--data-envio", SO_GUIA_3_FORA]
    codigo, out, _ = _rodar(argv, capsys)
    assert codigo == ACHADOS
    relatorios = json.loads(out)
    _contrato(relatorios, [arquivos.lote, arquivos.invalido, arquivos.oi])
    lote, invalido, oi = relatorios
    assert lote["ok"] is False  # guia 3 is past ArcelorMittal's 90 days
    assert [(f["code"], f["linha"], f["numero_guia"], f["item"]) for f in lote["findings"]] == [
        ("prazo.fora_da_janela", 225, "00000003", 1),
        ("prazo.fora_da_janela", 238, "00000003", 2),
    ]
    item = (
        "/mensagemTISS/prestadorParaOperadora/loteGuias/guiasTISS/guiaSP-SADT[3]"
        "/procedimentosExecutados/procedimentoExecutado[1]/dataExecucao"
    )
    assert lote["findings"][0]["xpath"] == item
    assert [f["glosa"] for f in lote["findings"]] == ["1701", "1701"]
    esperado = [
        ("preenvio.guias_nao_lidas", "aviso", 101, "00000002", None),
        ("xsd.dominio", "erro", 126, "00000002", None),
        ("prazo.fora_da_janela", "erro", 225, "00000003", 1),
        ("prazo.fora_da_janela", "erro", 238, "00000003", 2),
        ("hash.divergente", "erro", 259, None, None),
    ]
    assert [
        (f["code"], f["severidade"], f["linha"], f["numero_guia"], f["item"])
        for f in invalido["findings"]
    ] == esperado
    assert invalido["findings"][-1]["glosa"] == "5014"
    assert invalido["findings"][-1]["xpath"] == "/mensagemTISS/epilogo/hash"
    assert "2251" in invalido["findings"][1]["mensagem"]
    assert [f["code"] for f in oi["findings"]] == ["xml.malformado"]
    assert oi["findings"][0]["linha"] == 1


def test_formato_text_e_texto(arquivos: Arquivos, capsys: pytest.CaptureFixture[str]) -> None:
    for formato in ("text", "texto"):
        codigo, out, _ = _rodar(["check", str(arquivos.invalido), "--format", formato], capsys)
        assert codigo == ACHADOS
        assert str(arquivos.invalido) in out
        assert "[xsd.dominio]" in out
        assert "guia 00000002" in out


# -- GitHub annotations ---------------------------------------------------------------------


def test_anotacoes_do_github(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "," not in str(tmp_path)
    assert ":" not in str(tmp_path)
    estranho = tmp_path / "lote,a:b\nc.xml"
    estranho.write_bytes(_cbos_ruim_na_guia_2())
    cabecalho = tmp_path / "cabecalho.xml"
    cabecalho.write_bytes(_na_linha(_lote(), 5, b">ENVIO_LOTE_GUIAS<", b">ENVIO_LOTE<"))
    perfil = tmp_path / "perfil.json"
    perfil.write_text(
        json.dumps(
            {
                "nome": "teste",
                "janela_faturamento_dias": 90,
                "severidades": {"hash.divergente": "info"},
            }
        )
    )
    argv = ["check", str(estranho), str(cabecalho), "--perfil", str(perfil)]
    argv += ["--data-envio", SO_GUIA_3_FORA]
    codigo, out, _ = _rodar([*argv, "--formato", "github"], capsys)
    assert codigo == ACHADOS
    linhas = [linha for linha in out.splitlines() if linha.strip()]
    anotacoes = [linha for linha in linhas if linha.startswith("::")]
    # a summary line for people may close the output; every other line is an annotation
    assert linhas[:-1] == anotacoes
    assert not linhas[-1].startswith("::")
    assert all(a.startswith(("::error ", "::warning ", "::notice ")) for a in anotacoes)

    nome = f"{tmp_path}/lote%2Ca%3Ab%0Ac.xml"
    assert anotacoes[:5] == [
        a
        for a in anotacoes
        if a.startswith(("::error file=" + nome, "::warning file=" + nome, "::notice file=" + nome))
    ]
    partes = [
        (a.split(" ", 1)[0], _propriedades(a, "file", "line", "title")) for a in anotacoes[:5]
    ]
    assert partes == [
        ("::warning", [f"file={nome}", "line=101", "title=preenvio.guias_nao_lidas"]),
        ("::error", [f"file={nome}", "line=126", "title=xsd.dominio"]),
        ("::error", [f"file={nome}", "line=225", "title=prazo.fora_da_janela"]),
        ("::error", [f"file={nome}", "line=238", "title=prazo.fora_da_janela"]),
        ("::notice", [f"file={nome}", "line=259", "title=hash.divergente"]),
    ]
    assert "guia 00000003" in anotacoes[2]
    assert "item 1" in anotacoes[2]
    assert "glosa 1701" in anotacoes[2]

    # line= exactly where the achado has a line (the same run in JSON)
    capsys.readouterr()
    main([*argv, "--formato", "json"])
    achados = [f for r in json.loads(capsys.readouterr().out) for f in r["findings"]]
    assert len(achados) == len(anotacoes)
    for f, anotacao in zip(achados, anotacoes, strict=True):
        propriedades = _propriedades(anotacao, "file", "line", "col", "title")
        assert f"title={f['code']}" in propriedades
        assert (f"line={f['linha']}" in propriedades) is (f["linha"] is not None)
        assert any(p.startswith("line=") for p in propriedades) is (f["linha"] is not None)
        assert "\n" not in anotacao


def _propriedades(anotacao: str, *nomes: str) -> list[str]:
    """The properties of an annotation (``::error file=...,line=3::texto``) named ``nomes``."""
    propriedades = anotacao.split(" ", 1)[1].split("::", 1)[0].split(",")
    return [p for p in propriedades if p.split("=", 1)[0] in nomes]


# -- the progress line ----------------------------------------------------------------------


@pytest.mark.parametrize(("comando", "verbo"), [("check", "conferindo"), ("validate", "validando")])
def test_linha_de_progresso_num_terminal(
    comando: str,
    verbo: str,
    arquivos: Arquivos,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_comum.Progresso, "espera", 0.0)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    codigo, out, err = _rodar([comando, str(arquivos.lote), str(arquivos.invalido)], capsys)
    assert codigo == ACHADOS
    assert out.strip()
    assert err.startswith("\r")
    assert err.endswith("\r")
    trechos = err.split("\r")[1:-1]
    progresso, apagar = trechos[:-1], trechos[-1]
    assert progresso[0].startswith(verbo)
    assert progresso[-1].startswith(verbo)
    assert progresso[-1].endswith("2/2 arquivo(s)")
    assert "1/2" in progresso[0]
    # erased at the end: blanks over the longest line shown
    assert apagar.strip() == ""
    assert len(apagar) >= max(map(len, progresso))


def test_sem_terminal_nao_ha_progresso(
    arquivos: Arquivos, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_comum.Progresso, "espera", 0.0)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert _rodar(["check", str(arquivos.lote), str(arquivos.invalido)], capsys)[2] == ""
    # a terminal, but a run shorter than the wait: nothing either
    monkeypatch.setattr(_comum.Progresso, "espera", 3600.0)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert _rodar(["check", str(arquivos.lote), str(arquivos.invalido)], capsys)[2] == ""
