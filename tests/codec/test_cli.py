"""The ``validate`` and ``hash`` subcommands: output and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tiss_conecta.cli import main
from tiss_conecta.examples import caminho as example_path

VALID = str(example_path("lote-sadt"))
MISMATCH = str(next((CORPUS / "files").glob("001_*.xml")))
MALFORMED = str(next((CORPUS / "files").glob("016_*.xml")))


def test_validate_valid_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", VALID]) == 0
    assert "válido" in capsys.readouterr().out


def test_validate_mixed_files_exit_1_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--formato", "json", VALID, MISMATCH, MALFORMED]) == 1
    reports = json.loads(capsys.readouterr().out)
    assert [r["ok"] for r in reports] == [True, False, False]
    assert [r["arquivo"] for r in reports] == [VALID, MISMATCH, MALFORMED]
    assert [r["file"] for r in reports] == [VALID, MISMATCH, MALFORMED]  # the name of 0.1
    assert reports[1]["achados"][0]["codigo"] == "hash.divergente"
    assert reports[1]["achados"][0]["code"] == "hash.divergente"  # the name of 0.1
    assert reports[1]["achados"][0]["glosa"] == "5014"
    assert reports[2]["achados"][0]["codigo"] == "xml.malformado"
    assert reports[2]["achados"][0]["linha"] == 31


def test_validate_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 2
    assert main(["validate", "--formato", "yaml", VALID]) == 2


def test_hash_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hash", "--formato", "json", VALID]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is True
    assert result["codificacao"] == "iso-8859-1"
    assert result["declarado"] == result["calculado"]
    assert result["arquivo"] == VALID
    # the names of 0.1, kept for old tools
    assert result["matched_encoding"] == "iso-8859-1"
    assert result["declared"] == result["computed"] == result["calculado"]
    assert result["file"] == VALID
    assert result["computed_utf8"] == result["calculado_utf8"]
    assert main(["hash", MISMATCH]) == 1
    assert "não (glosa 5014)" in capsys.readouterr().out


def test_hash_of_unreadable_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["hash", str(tmp_path / "nada.xml")]) == 2
    assert "io.ilegivel" in capsys.readouterr().out


def test_module_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tiss_conecta", "validate", VALID], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "4.01.00" in done.stdout


def test_closed_pipe_ends_quietly() -> None:
    """`tiss-conecta glosa --search a | head -1` prints no traceback."""
    done = subprocess.run(
        f"'{sys.executable}' -m tiss_conecta glosa --search a | head -1",
        shell=True,
        capture_output=True,
        text=True,
    )
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr


def test_subpackages_are_reachable_from_the_top() -> None:
    import tiss_conecta

    assert str(tiss_conecta.glosas.consultar(1705)).startswith("1705")
    assert "glosas" in dir(tiss_conecta)


@pytest.mark.parametrize("versao", ["4.01.00", "4.02.00", "4.03.00"])
def test_validate_and_hash_on_every_version(
    versao: str, capsys: pytest.CaptureFixture[str]
) -> None:
    arquivo = str(example_path("lote-sadt", versao))
    assert main(["validate", arquivo]) == 0
    assert f"válido — TISS {versao}" in capsys.readouterr().out
    assert main(["hash", arquivo, "--formato", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["codificacao"] == "iso-8859-1"


def test_validate_real_4_02_00_lote(capsys: pytest.CaptureFixture[str]) -> None:
    unimed = str(next((CORPUS / "files").glob("002_*.xml")))
    assert main(["validate", unimed, "--formato", "json"]) == 0
    (relatorio,) = json.loads(capsys.readouterr().out)
    assert (relatorio["versao"], relatorio["achados"]) == ("4.02.00", [])


def test_validate_versao_forces_the_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    antigo = tmp_path / "4.00.01.xml"
    antigo.write_bytes(example_path("lote-sadt").read_bytes().replace(b">4.01.00<", b">4.00.01<"))
    assert main(["validate", str(antigo), "--formato", "json"]) == 1
    (relatorio,) = json.loads(capsys.readouterr().out)
    assert relatorio["achados"][0]["codigo"] == "xml.versao"
    assert "versao='4.01.00'" in relatorio["achados"][0]["dica"]
    assert main(["validate", str(antigo), "--versao", "4.01.00", "--formato", "json"]) == 1
    (relatorio,) = json.loads(capsys.readouterr().out)
    codigos = [a["codigo"] for a in relatorio["achados"]]
    assert codigos == ["hash.divergente"]  # the edit, not the XSD
    assert main(["validate", str(antigo), "--versao", "3.05.00"]) == 2
