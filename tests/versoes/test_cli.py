"""``tiss-conecta versoes`` and ``tiss-conecta converter``: output, JSON and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tiss_conecta as tiss
from tests.conftest import CORPUS
from tiss_conecta import examples, versoes
from tiss_conecta.cli import main

HONORARIOS = str(next((CORPUS / "files").glob("023_*.xml")))  # 4.01.00, one guia


def test_versoes_lists_the_supported_versions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["versoes"]) == 0
    out = capsys.readouterr().out
    assert all(v in out for v in ("4.01.00", "4.02.00", "4.03.00"))
    assert main(["versoes", "--formato", "json"]) == 0
    dados = json.loads(capsys.readouterr().out)
    assert [d["versao"] for d in dados] == list(versoes.SUPORTADAS)
    assert "4.00.01" in dados[0]["padroes_aceitos"]


def test_versoes_diff_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["versoes", "--diferencas", "4.01.00", "4.03.00"]) == 0
    out = capsys.readouterr().out
    assert "valores de dm_statusProtocolo: +1 (10)" in out
    assert "pattern de st_CNPJ: [0-9]{14} → [A-Z0-9]{12}[0-9]{2}" in out
    assert main(["versoes", "--diferencas", "4.01.00", "4.03.00", "--formato", "json"]) == 0
    dados = json.loads(capsys.readouterr().out)
    assert dados == versoes.diferencas("4.01.00", "4.03.00").to_dict()
    glosas = [m for m in dados["mudancas"] if m["tipo"] == "dm_tipoGlosa"]
    assert len(glosas[0]["adicionados"]) == 144


def test_versoes_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["versoes", "--diferencas", "4.01.00"]) == 2
    assert main(["versoes", "--diferencas", "4.01.00", "3.05.00"]) == 2
    assert "3.05.00" in capsys.readouterr().err


@pytest.mark.parametrize("para", versoes.SUPORTADAS)
def test_converter_writes_a_valid_file_in_the_target_version(
    para: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saida = tmp_path / "saida.xml"
    assert (
        main(["converter", str(examples.caminho("lote-sadt")), "--para", para, "-o", str(saida)])
        == 0
    )
    assert f"(TISS {para}): convertido" in capsys.readouterr().out
    relatorio = tiss.validate(saida)
    assert relatorio.ok
    assert relatorio.versao == para


def test_converter_refuses_naming_each_field_and_suggests_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saida = tmp_path / "saida.xml"
    assert main(["converter", HONORARIOS, "--para", "4.03.00", "-o", str(saida)]) == 1
    out = capsys.readouterr().out
    assert "guiaHonorarios[1]/dadosInternacao/caraterAtendimento = ausente" in out
    assert "--preencher caraterAtendimento=VALOR" in out
    assert not saida.exists()
    argumentos = ["converter", HONORARIOS, "--para", "4.03.00", "-o", str(saida)]
    assert main([*argumentos, "--preencher", "caraterAtendimento=1", "--formato", "json"]) == 0
    dados = json.loads(capsys.readouterr().out)
    assert dados["ok"] is True
    assert dados["de"] == "4.01.00"
    assert [c["valor"] for c in dados["preenchidos"]] == ["1"]
    assert dados["hash"] == tiss.compute_hash(saida)
    volta = tmp_path / "volta.xml"
    assert (
        main(["converter", str(saida), "--para", "4.01.00", "-o", str(volta), "--formato", "json"])
        == 1
    )
    recusa = json.loads(capsys.readouterr().out)
    assert recusa["ok"] is False
    assert [c["problema"] for c in recusa["campos"]] == ["sem_lugar"]
    assert (
        main(
            [
                "converter",
                str(saida),
                "--para",
                "4.01.00",
                "-o",
                str(volta),
                "--descartar",
                "caraterAtendimento",
            ]
        )
        == 0
    )
    assert tiss.validate(volta).versao == "4.01.00"


def test_converter_exit_codes_for_input_and_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saida = str(tmp_path / "s.xml")
    lote = str(examples.caminho("lote-sadt"))
    assert (
        main(["converter", str(tmp_path / "nao-existe.xml"), "--para", "4.03.00", "-o", saida]) == 2
    )
    assert main(["converter", lote, "--para", "3.05.00", "-o", saida]) == 2
    assert main(["converter", lote, "-o", saida]) == 2  # --para is required
    assert main(["converter", lote, "--para", "4.03.00", "-o", lote]) == 2  # never its own input
    assert main(["converter", lote, "--para", "4.03.00", "-o", saida, "--preencher", "x"]) == 2
    assert (
        main(["converter", lote, "--para", "4.03.00", "-o", str(tmp_path / "nao" / "s.xml")]) == 2
    )
    antigo = str(next((CORPUS / "files").glob("004_*.xml")))  # 3.05.00: read, no schemas: 1
    assert main(["converter", antigo, "--para", "4.03.00", "-o", saida]) == 1
    assert "3.05.00" in capsys.readouterr().err
    malformado = str(next((CORPUS / "files").glob("016_*.xml")))
    assert main(["converter", malformado, "--para", "4.03.00", "-o", saida]) == 1


def test_converter_write_failure_is_in_portuguese_and_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lote = str(examples.caminho("lote-sadt"))
    destino = str(tmp_path / "nao" / "s.xml")
    assert main(["converter", lote, "--para", "4.03.00", "-o", destino, "--formato", "json"]) == 2
    dados = json.loads(capsys.readouterr().out)
    assert dados["ok"] is False
    assert dados["arquivo"] == lote
    assert dados["erro"]["codigo"] == "io.nao_gravavel"
    assert "o arquivo ou a pasta não existe" in dados["erro"]["mensagem"]
    assert main(["converter", str(tmp_path / "x.xml"), "--para", "4.03.00", "-o", destino]) == 2
    assert "No such file" not in capsys.readouterr().err


def test_converter_says_when_the_input_hash_was_wrong_and_names_unused_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unimed = str(next((CORPUS / "files").glob("003_*.xml")))  # its declared hash is wrong
    saida = str(tmp_path / "s.xml")
    argumentos = ["converter", unimed, "--para", "4.03.00", "-o", saida]
    assert main([*argumentos, "--preencher", "caraterAtendimeto=1", "--descartar", "x"]) == 0
    out = capsys.readouterr().out
    assert "o hash declarado na entrada não conferia" in out
    assert "aviso: caraterAtendimeto (--preencher/--descartar) não foi usado" in out
    assert "aviso: x (--preencher/--descartar) não foi usado" in out
    assert tiss.verify_hash(saida).ok


def test_converter_reads_an_older_padrao_with_versao(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    antigo = tmp_path / "4.00.01.xml"
    antigo.write_bytes(
        examples.caminho("lote-sadt").read_bytes().replace(b">4.01.00<", b">4.00.01<")
    )
    saida = tmp_path / "novo.xml"
    assert main(["converter", str(antigo), "--para", "4.03.00", "-o", str(saida)]) == 1
    assert "--versao 4.01.00" in capsys.readouterr().err
    lida = ["converter", str(antigo), "--versao", "4.01.00", "--para", "4.03.00", "-o", str(saida)]
    assert main(lida) == 0
    assert "(Padrao 4.00.01, lido como 4.01.00) → " in capsys.readouterr().out
    assert tiss.parse(saida).cabecalho.padrao.value == "4.03.00"
