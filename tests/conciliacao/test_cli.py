"""``tiss-conecta conciliar``: the three formats, the JSON contract and the exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import tiss_conecta as tiss
from tiss_conecta.cli import main
from tiss_conecta.examples import caminho

LOTE = str(caminho("lote-sadt"))
DEM = str(caminho("demonstrativo-analise", "4.01.00"))


def test_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["conciliar", LOTE, "--demonstrativo", DEM]) == 1
    saida = capsys.readouterr().out.replace("\xa0", " ")
    assert "Guia 00000002 (protocolo 48740, lote 1): paga parcial" in saida
    assert "glosa R$ 15,00 (1705)" in saida
    assert "Guia 00000003 (lote 1): sem retorno" in saida
    assert "Total: enviado R$ 211,60, liberado R$ 184,90, glosa R$ 15,00" in saida


def test_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["conciliar", LOTE, "--demonstrativo", DEM, "--format", "json"]) == 1
    dados = json.loads(capsys.readouterr().out)
    assert [(g["numero_guia"], g["situacao"], g["valor_enviado"], g["valor_liberado"],
             g["valor_glosa"], g["glosas"]) for g in dados["guias"]] == [
        ("00000001", "paga", "155.70", "155.70", "0.00", []),
        ("00000002", "paga_parcial", "44.20", "29.20", "15.00", ["1705"]),
        ("00000003", "sem_retorno", "11.70", "0.00", "0.00", []),
    ]  # fmt: skip
    t = dados["totais"]
    assert (t["valor_enviado"], t["valor_liberado"], t["valor_glosa"]) == (
        "211.60", "184.90", "15.00")  # fmt: skip
    assert (t["paga"], t["paga_parcial"], t["glosada"], t["sem_retorno"], t["nao_enviada"]) == (
        1, 1, 0, 1, 0)  # fmt: skip


def test_csv(capsys: pytest.CaptureFixture[str]) -> None:
    """The one CSV format of the package: tabelas.para_csv of registros_da_conciliacao."""
    assert main(["conciliar", LOTE, "-d", DEM, "--formato", "csv"]) == 1
    saida = capsys.readouterr().out
    linhas = saida.splitlines()
    assert linhas[0] == (
        "numero_guia;protocolo;lote;situacao;valor_enviado;valor_informado;valor_liberado;"
        "valor_glosa;glosas;quantidade_itens;divergencias"
    )
    assert linhas[2] == "00000002;48740;1;paga_parcial;44.20;44.20;29.20;15.00;1705;2;0"
    assert linhas[3] == "00000003;;1;sem_retorno;11.70;;0.00;0.00;;2;0"
    # the same text as the library writes
    from tiss_conecta import tabelas
    from tiss_conecta.conciliacao import conciliar

    c = conciliar([tiss.parse(LOTE)], [tiss.parse(DEM)])
    texto = io.StringIO()
    tabelas.para_csv(tabelas.registros_da_conciliacao(c), texto)
    assert saida == texto.getvalue()


def test_exit_0_when_every_guia_sent_is_paga(tmp_path: Path) -> None:
    lote = tiss.examples.lote_sadt(1)
    arquivo = tmp_path / "lote.xml"
    arquivo.write_bytes(tiss.to_xml(lote))
    assert main(["conciliar", str(arquivo), "--demonstrativo", DEM]) == 0


def test_exit_2_for_a_missing_file_and_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["conciliar", "nao-existe.xml", "--demonstrativo", DEM]) == 2
    assert "nao-existe.xml" in capsys.readouterr().err
    assert main(["conciliar", LOTE]) == 2  # --demonstrativo is required


def test_exit_1_for_what_is_not_a_lote_or_a_demonstrativo(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["conciliar", DEM, "--demonstrativo", DEM]) == 1
    assert "não é um lote de guias" in capsys.readouterr().err
    assert main(["conciliar", LOTE, "--demonstrativo", LOTE]) == 1
    assert "não é um demonstrativo" in capsys.readouterr().err


def test_exit_1_for_a_file_that_is_not_tiss(tmp_path: Path) -> None:
    arquivo = tmp_path / "x.xml"
    arquivo.write_text("<a/>")
    assert main(["conciliar", str(arquivo), "--demonstrativo", DEM]) == 1
