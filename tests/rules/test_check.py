"""check() end to end: random lotes built from the models, the corpus, and the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tiss_conecta as tiss
from tests.rules import build as b
from tiss_conecta.cli import main
from tiss_conecta.examples import lote_sadt
from tiss_conecta.rules import PERFIS, check, perfil, tem_erro

DATAS = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31))
VALORES = st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False)


@st.composite
def lotes(draw: st.DrawFn) -> object:
    tipo = draw(st.sampled_from(["sadt", "consulta", "honorarios", "internacao", "odonto"]))
    n = draw(st.integers(1, 4))
    guias: list[object] = []
    for i in range(n):
        data = draw(DATAS)
        numero = draw(st.sampled_from(["1", "2", "3", str(i + 10)]))
        if tipo == "sadt":
            procs = [
                b.procedimento_sadt(
                    s, draw(DATAS), valor=draw(VALORES), quantidade=draw(st.integers(1, 3))
                )
                for s in range(1, draw(st.integers(1, 3)) + 1)
            ]
            aut = draw(st.none() | DATAS)
            guias.append(
                b.guia_sadt(
                    numero, procs, data_autorizacao=aut, validade_senha=draw(st.none() | DATAS)
                )
            )
        elif tipo == "consulta":
            guias.append(b.guia_consulta(numero, data))
        elif tipo == "honorarios":
            guias.append(b.guia_honorarios(numero, [data, draw(DATAS)], total=draw(VALORES)))
        elif tipo == "internacao":
            guias.append(b.guia_internacao(numero, data, draw(DATAS), data_autorizacao=draw(DATAS)))
        else:
            guias.append(b.guia_odonto(numero, [data], data_autorizacao=draw(st.none() | DATAS)))
    campo = {
        "sadt": "guia_sp_sadt",
        "consulta": "guia_consulta",
        "honorarios": "guia_honorarios",
        "internacao": "guia_resumo_internacao",
        "odonto": "guia_odonto",
    }[tipo]
    return b.mensagem(lote=b.lote(**{campo: guias}))


@settings(max_examples=60)
@given(lotes(), st.sampled_from(sorted(PERFIS)), DATAS)
def test_random_lotes_never_raise_and_are_deterministic(
    msg: object, nome: str, envio: dt.date
) -> None:
    achados = check(msg, perfil(nome), data_envio=envio)
    assert achados == check(msg, perfil(nome), data_envio=envio)
    chaves = [f.sort_key() for f in achados]
    assert chaves == sorted(chaves)


@pytest.mark.parametrize("coisa", ["guia", None, "lote.xml", {}])
def test_something_that_is_not_a_message_is_refused_not_passed(coisa: object) -> None:
    # an empty list would read as "no problem found" for a guia checked on its own
    if coisa == "guia":
        coisa = lote_sadt(1).prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[0]
    with pytest.raises(TypeError, match="MensagemTiss"):
        check(coisa, perfil("tiss"), data_envio=dt.date(2025, 6, 2))


def test_the_example_lote_against_the_window() -> None:
    # lote_sadt dates guia n on data_envio - n days, 2 items each: guias 91..100 are past day 90
    envio = dt.date(2025, 6, 2)
    am = perfil("arcelormittal")
    assert check(lote_sadt(90, data_envio=envio), am, data_envio=envio) == []
    achados = check(lote_sadt(100, data_envio=envio), am, data_envio=envio)
    assert {f.code for f in achados} == {"prazo.fora_da_janela"}
    assert sorted((f.numero_guia, f.item) for f in achados) == [
        (f"{n:08d}", item) for n in range(91, 101) for item in (1, 2)
    ]


def _corpus_validos(shared: Path) -> list[Path]:
    with (shared / "corpus/MANIFEST.csv").open(encoding="utf-8") as f:
        return [
            shared / "corpus/files" / r["file"]
            for r in csv.DictReader(f)
            if r["valid_401"] == "true"
        ]


def test_corpus_files_valid_in_401_are_checked(shared: Path) -> None:
    arquivos = _corpus_validos(shared)
    assert len(arquivos) >= 5
    for arquivo in arquivos:
        msg = tiss.parse(arquivo)
        for nome in PERFIS:
            check(
                msg,
                perfil(nome),
                data_envio=dt.date(2025, 6, 2),
                tamanho_bytes=arquivo.stat().st_size,
            )


def test_corpus_consulta_with_a_made_up_cnpj(shared: Path) -> None:
    # 017 declares cnpjContratado 12343242323451, CNES "12", care on 2023-02-04
    arquivo = shared / "corpus/files/017_farley0909_xml_consulta.xml"
    achados = check(tiss.parse(arquivo), perfil("arcelormittal"), data_envio=dt.date(2023, 5, 5))
    codes = {(f.code, f.glosa) for f in achados}
    assert ("identificador.cnpj", "1206") in codes
    assert ("identificador.cnes", "1202") in codes
    assert not any(c.startswith("prazo") for c, _ in codes)  # 2023-05-05 is day 90
    achados = check(tiss.parse(arquivo), perfil("arcelormittal"), data_envio=dt.date(2023, 5, 6))
    assert ("prazo.fora_da_janela", "1701") in {(f.code, f.glosa) for f in achados}


def test_cli_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    arquivo = tmp_path / "lote.xml"
    arquivo.write_bytes(tiss.to_xml(lote_sadt(3, data_envio=dt.date(2025, 6, 2))))
    base = ["check", str(arquivo), "--perfil", "arcelormittal"]
    assert main([*base, "--data-envio", "2025-06-02"]) == 0
    capsys.readouterr()
    assert main([*base, "--data-envio", "2025-09-01", "--format", "json"]) == 1
    saida = json.loads(capsys.readouterr().out)
    assert saida["ok"] is False
    assert {f["code"] for f in saida["findings"]} == {"prazo.fora_da_janela"}
    assert saida["findings"][0]["glosa_descricao"] == "COBRANÇA FORA DO PRAZO DE VALIDADE"
    assert main([*base, "--data-envio", "2025-02-30"]) == 2
    assert main(["check", str(arquivo), "--perfil", "unimed", "--data-envio", "2025-06-02"]) == 2
    assert main(["check", str(tmp_path / "nada.xml"), "--data-envio", "2025-06-02"]) == 2


def test_cli_profile_from_a_toml_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    arquivo = tmp_path / "lote.xml"
    arquivo.write_bytes(tiss.to_xml(lote_sadt(3, data_envio=dt.date(2025, 6, 2))))
    toml = tmp_path / "perfil.toml"
    toml.write_text('nome = "Curta"\njanela_faturamento_dias = 1\n', encoding="utf-8")
    assert main(["check", str(arquivo), "--perfil", str(toml), "--data-envio", "2025-06-02"]) == 1
    assert "Curta" in capsys.readouterr().out
    toml.write_text('nome = "Curta"\njanela = 1\n', encoding="utf-8")
    assert main(["check", str(arquivo), "--perfil", str(toml), "--data-envio", "2025-06-02"]) == 2


def test_cli_unreadable_file_is_an_error_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arquivo = tmp_path / "ruim.xml"
    arquivo.write_text("<naoTISS/>", encoding="utf-8")
    assert main(["check", str(arquivo), "--data-envio", "2025-06-02", "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["findings"][0]["code"] == "arquivo.invalido"


def test_tem_erro() -> None:
    msg = b.mensagem(lote=b.lote(guia_consulta=[b.guia_consulta("1", dt.date(2025, 1, 1))]))
    assert tem_erro(check(msg, perfil("arcelormittal"), data_envio=dt.date(2025, 4, 2)))
    assert not tem_erro(check(msg, perfil("arcelormittal"), data_envio=dt.date(2025, 4, 1)))
