"""``tiss-conecta corrigir ENTRADA -o SAIDA``: writes a corrected copy, says what changed,
refuses what does not parse (1) and usage or I/O problems (2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tiss_conecta as tiss
from tests.conftest import CORPUS
from tiss_conecta.cli import main

LOTE = tiss.examples.caminho("lote-sadt", "4.01.00")


@pytest.fixture
def adulterado(tmp_path: Path) -> Path:
    """The example lote with guia 1's valorTotalGeral at 1.00 (its items: 120.00 + 35.70)
    and guia 2's second item at 9.50 instead of 8.50, so the hash no longer matches."""
    dados = LOTE.read_bytes()
    dados = dados.replace(b">155.70</ans:valorTotalGeral>", b">1.00</ans:valorTotalGeral>", 1)
    dados = dados.replace(b"<ans:valorTotal>8.50<", b"<ans:valorTotal>9.50<", 1)
    arquivo = tmp_path / "entrada.xml"
    arquivo.write_bytes(dados)
    return arquivo


def test_writes_a_corrected_copy_and_leaves_the_input_alone(
    adulterado: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    antes = adulterado.read_bytes()
    saida = tmp_path / "saida.xml"
    assert main(["corrigir", str(adulterado), "-o", str(saida)]) == 0
    assert adulterado.read_bytes() == antes
    assert tiss.validate(saida).ok
    texto = capsys.readouterr().out
    assert "guia 00000001, valorTotalGeral: de R$\xa01,00 para R$\xa0155,70" in texto
    assert "guia 00000002, valorProcedimentos: de R$\xa044,20 para R$\xa045,20" in texto
    assert "hash do epílogo: " in texto
    assert f"gravado em {saida}" in texto


def test_json_lists_the_changes(
    adulterado: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saida = tmp_path / "saida.xml"
    assert main(["corrigir", str(adulterado), "--saida", str(saida), "--formato", "json"]) == 0
    resultado = json.loads(capsys.readouterr().out)
    assert resultado["arquivo"] == str(adulterado)
    assert resultado["saida"] == str(saida)
    assert [(m["numero_guia"], m["campo"], m["antes"], m["depois"]) for m in resultado["mudancas"]][
        :3
    ] == [
        ("00000001", "valorTotalGeral", "1.00", "155.70"),
        ("00000002", "valorProcedimentos", "44.20", "45.20"),
        ("00000002", "valorTotalGeral", "44.20", "45.20"),
    ]
    assert resultado["mudancas"][3]["campo"] == "hash"


def test_nothing_to_change_still_writes_the_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saida = tmp_path / "copia.xml"
    assert main(["corrigir", str(LOTE), "-o", str(saida)]) == 0
    assert saida.read_bytes() == LOTE.read_bytes()
    assert "nada a corrigir" in capsys.readouterr().out


def test_without_output_or_no_lugar_is_a_usage_error(
    adulterado: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    antes = adulterado.read_bytes()
    assert main(["corrigir", str(adulterado)]) == 2
    assert "--no-lugar" in capsys.readouterr().err
    assert adulterado.read_bytes() == antes


def test_output_equal_to_the_input_needs_no_lugar(
    adulterado: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    antes = adulterado.read_bytes()
    monkeypatch.chdir(adulterado.parent)
    assert main(["corrigir", str(adulterado), "-o", "./entrada.xml"]) == 2
    assert "próprio arquivo de entrada" in capsys.readouterr().err
    assert adulterado.read_bytes() == antes
    assert main(["corrigir", str(adulterado), "-o", "./entrada.xml", "--no-lugar"]) == 0
    assert tiss.verify_hash(adulterado, strict=True).ok


def test_no_lugar_rewrites_the_input(adulterado: Path) -> None:
    assert not tiss.verify_hash(adulterado).ok
    assert main(["corrigir", str(adulterado), "--no-lugar"]) == 0
    assert tiss.validate(adulterado).ok
    assert [p.name for p in adulterado.parent.iterdir()] == ["entrada.xml"]


def test_a_malformed_file_is_refused_saying_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ruim = tmp_path / "ruim.xml"
    ruim.write_bytes(LOTE.read_bytes().replace(b"</ans:cabecalho>", b"", 1))
    saida = tmp_path / "saida.xml"
    assert main(["corrigir", str(ruim), "-o", str(saida)]) == 1
    texto = capsys.readouterr().out
    assert "não pôde ser lido" in texto
    assert "[xml.malformado] XML malformado" in texto
    assert "linha " in texto
    assert "Como corrigir" in texto
    assert not saida.exists()


def test_a_malformed_file_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ruim = tmp_path / "ruim.xml"
    ruim.write_bytes(b"<ans:mensagemTISS xmlns:ans='http://www.ans.gov.br/padroes/tiss/schemas'>")
    assert main(["corrigir", str(ruim), "-o", str(tmp_path / "s.xml"), "--formato", "json"]) == 1
    erro = json.loads(capsys.readouterr().out)["erro"]
    assert erro["codigo"] == "xml.malformado"
    assert erro["mensagem"].startswith("XML malformado")
    assert erro["dica"]


def test_the_corpus_malformed_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arquivo = CORPUS / "files" / "019_farley0909_xml_odonto.xml"
    assert main(["corrigir", str(arquivo), "-o", str(tmp_path / "s.xml")]) == 1
    assert "registroANS" in capsys.readouterr().out


@pytest.mark.parametrize("entrada", ["nao-existe.xml", "."], ids=["ausente", "pasta"])
def test_missing_input_or_a_folder_is_exit_2(
    entrada: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["corrigir", entrada, "-o", "saida.xml"]) == 2
    assert "tiss-conecta corrigir:" in capsys.readouterr().err
    assert not (tmp_path / "saida.xml").exists()


def test_an_output_that_cannot_be_written_is_exit_2(
    adulterado: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    destino = tmp_path / "pasta-inexistente" / "saida.xml"
    assert main(["corrigir", str(adulterado), "-o", str(destino)]) == 2
    assert "não foi possível gravar" in capsys.readouterr().err
