"""``tiss-conecta tabela guias|itens|glosas ARQUIVO|PASTA... -o SAIDA.csv|SAIDA.parquet``:
what it writes and its exit codes (0 written, 1 a file not TISS, 2 usage or I/O)."""

from __future__ import annotations

import csv
import shutil
import sys
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tiss_conecta.cli import main
from tiss_conecta.examples import caminho
from tiss_conecta.tabelas import colunas

OK, ACHADOS, USO = 0, 1, 2


def _csv(arquivo: Path) -> list[dict[str, str]]:
    with arquivo.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def test_guias_of_a_lote_and_a_demonstrativo_to_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saida = tmp_path / "guias.csv"
    lote, demonstrativo = caminho("lote-sadt", "4.02.00"), caminho("demonstrativo-analise")
    assert main(["tabela", "guias", str(lote), str(demonstrativo), "-o", str(saida)]) == OK
    linhas = _csv(saida)
    assert list(linhas[0]) == colunas("guias")
    assert [(r["origem"], r["numero_guia"], r["valor_total"], r["glosa"]) for r in linhas] == [
        ("lote", "00000001", "155.70", ""),
        ("lote", "00000002", "44.20", ""),
        ("lote", "00000003", "11.70", ""),
        ("demonstrativo", "00000001", "", "0.00"),
        ("demonstrativo", "00000002", "", "15.00"),
    ]
    assert linhas[0]["data"] == "2025-06-01"
    assert "5 linha(s) de guias de 2 arquivo(s)" in capsys.readouterr().out


def test_glosas_of_a_folder_to_parquet(tmp_path: Path) -> None:
    pasta = tmp_path / "pasta"
    pasta.mkdir()
    for v in ("4.01.00", "4.02.00", "4.03.00"):
        shutil.copy(caminho("demonstrativo-analise", v), pasta / f"d-{v}.xml")
        shutil.copy(caminho("lote-sadt", v), pasta / f"l-{v}.xml")
    saida = tmp_path / "glosas.parquet"
    assert main(["tabela", "glosas", str(pasta), "-o", str(saida), "--processos", "2"]) == OK
    tabela = pq.read_table(saida)
    assert tabela.column("valor").to_pylist() == [Decimal("15.00")] * 3
    assert tabela.column("versao").to_pylist() == ["4.01.00", "4.02.00", "4.03.00"]


def test_a_file_that_is_not_tiss_exits_1_and_the_rest_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ruim = tmp_path / "ruim.xml"
    ruim.write_text("<nota>não é TISS</nota>", encoding="utf-8")
    saida = tmp_path / "itens.csv"
    codigo = main(["tabela", "itens", str(caminho("lote-sadt")), str(ruim), "-o", str(saida)])
    assert codigo == ACHADOS
    assert len(_csv(saida)) == 6
    erro = capsys.readouterr().err
    assert f"{ruim} ficou fora da tabela: [xml.nao_tiss]" in erro


@pytest.mark.parametrize(
    ("saida", "mensagem"),
    [
        ("itens.xlsx", "extensão desconhecida"),
        ("nao/existe/itens.csv", "não foi possível escrever"),
        ("nao/existe/itens.parquet", "não foi possível escrever"),
    ],
)
def test_a_bad_output_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], saida: str, mensagem: str
) -> None:
    destino = tmp_path / saida
    assert main(["tabela", "itens", str(caminho("lote-sadt")), "-o", str(destino)]) == USO
    erro = capsys.readouterr().err
    assert mensagem in erro
    assert "Errno" not in erro
    assert "No such file" not in erro
    assert not destino.exists()
    if "existe" in saida:
        assert "o arquivo ou a pasta não existe" in erro


def test_a_missing_path_is_a_usage_error_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saida = tmp_path / "guias.csv"
    faltando = tmp_path / "faltando.xml"
    assert (
        main(["tabela", "guias", str(caminho("lote-sadt")), str(faltando), "-o", str(saida)]) == USO
    )
    assert f"caminho inexistente: {faltando}" in capsys.readouterr().err
    assert not saida.exists()


def test_an_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["tabela", "guias", str(tmp_path), "-o", str(tmp_path / "g.csv")]) == USO


def test_parquet_without_pyarrow_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    saida = tmp_path / "g.parquet"
    assert main(["tabela", "guias", str(caminho("lote-sadt")), "-o", str(saida)]) == USO
    assert "pip install 'tiss-conecta[tabelas]'" in capsys.readouterr().err
    assert not saida.exists()


def test_an_unknown_table_is_a_usage_error(tmp_path: Path) -> None:
    assert (
        main(["tabela", "lotes", str(caminho("lote-sadt")), "-o", str(tmp_path / "x.csv")]) == USO
    )


def test_the_help_is_in_portuguese(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tabela", "--help"]) == OK
    ajuda = capsys.readouterr().out
    assert "arquivo a escrever" in ajuda
    assert "quantos processos" in ajuda


# --- values beyond 28 digits ----------------------------------------------------------------

GRANDE = "123456789012345678901234567890"


def _com_valor_grande(tmp_path: Path, nome: str, campo: str) -> Path:
    """A copy of the example ``nome`` with its first ``<ans:campo>`` set to 30 digits."""
    texto = caminho(nome).read_text(encoding="utf-8")
    inicio = texto.index(f"<ans:{campo}>") + len(f"<ans:{campo}>")
    fim = texto.index("<", inicio)
    arquivo = tmp_path / f"{nome}-grande.xml"
    arquivo.write_text(texto[:inicio] + GRANDE + texto[fim:], encoding="utf-8")
    return arquivo


@pytest.mark.parametrize(
    ("nome", "campo", "coluna"),
    [
        ("lote-sadt", "valorTotal", "valor_total"),
        ("demonstrativo-analise", "valorLiberado", "liberado"),
    ],
)
def test_a_30_digit_value_goes_exact_to_csv_and_is_refused_by_parquet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], nome: str, campo: str, coluna: str
) -> None:
    grande = _com_valor_grande(tmp_path, nome, campo)
    saida = tmp_path / "itens.csv"
    assert main(["tabela", "itens", str(grande), "-o", str(saida)]) == OK
    assert capsys.readouterr().err == ""
    assert _csv(saida)[0][coluna] == GRANDE + ".00"
    parquet = tmp_path / "itens.parquet"
    assert main(["tabela", "itens", str(grande), "-o", str(parquet)]) == ACHADOS
    erro = capsys.readouterr().err
    assert "Traceback" not in erro
    assert "InvalidOperation" not in erro
    assert f"{grande}: coluna {coluna}: o valor {GRANDE} não cabe em decimal128(18, 2)" in erro
    assert "nada foi escrito" in erro
    assert not parquet.exists()


# --- files that give no rows ----------------------------------------------------------------


def test_a_demonstrativo_de_pagamento_gives_its_guias(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saida = tmp_path / "p.csv"
    assert (
        main(["tabela", "guias", str(caminho("demonstrativo-pagamento")), "-o", str(saida)]) == OK
    )
    assert [(r["origem"], r["protocolo"], r["numero_guia"], r["liberado"], r["glosa"])
            for r in _csv(saida)] == [
        ("pagamento", "48740", "00000001", "155.70", "0.00"),
        ("pagamento", "48740", "00000002", "29.20", "15.00"),
    ]  # fmt: skip
    assert "2 linha(s) de guias de 1 arquivo(s)" in capsys.readouterr().out


def test_a_file_without_rows_for_the_table_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pagamento = caminho("demonstrativo-pagamento")
    saida = tmp_path / "itens.csv"
    lote = caminho("lote-sadt")
    assert main(["tabela", "itens", str(lote), str(pagamento), "-o", str(saida)]) == OK
    erro = capsys.readouterr().err
    assert f"{pagamento}: arquivo sem itens para a tabela itens: DEMONSTRATIVO_PAGAMENTO" in erro
    assert str(lote) not in erro
    assert len(_csv(saida)) == 6
