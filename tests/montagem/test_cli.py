"""``tiss-conecta recurso``: list the glosas of a demonstrativo file, build the recurso file, in
every TISS version (the recurso written is in the demonstrativo's)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import tiss_conecta as tiss
from tiss_conecta import examples, rules
from tiss_conecta.cli import main

from . import exemplos
from .exemplos import VERSOES


@pytest.fixture(params=VERSOES)
def versao(request: pytest.FixtureRequest) -> str:
    valor: str = request.param
    return valor


@pytest.fixture
def seed(tmp_path: Path, versao: str) -> Path:
    caminho = tmp_path / "demonstrativo.xml"
    caminho.write_bytes(tiss.to_xml(exemplos.em(versao).seed()))
    return caminho


def _escolhas(tmp_path: Path, dados: Any) -> Path:
    caminho = tmp_path / "escolhas.json"
    caminho.write_text(json.dumps(dados), encoding="utf-8")
    return caminho


def test_list_as_text(seed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recurso", str(seed), "--listar"]) == 0
    saida = capsys.readouterr().out
    assert "Protocolo 48740, lote 48740" in saida
    assert "protocolo inteiro: glosa 1705" in saida
    assert "guia 48740, item 1 (10101012, 03/04/2023): glosa 1705" in saida
    assert "informado R$\xa0600,00, liberado R$\xa0300,00, glosado R$\xa0300,00" in saida


def test_list_as_json(tmp_path: Path, versao: str, capsys: pytest.CaptureFixture[str]) -> None:
    caminho = tmp_path / "rico.xml"
    caminho.write_bytes(tiss.to_xml(exemplos.em(versao).rico()))
    assert (
        main(["recurso", str(caminho), "--listar", "--protocolo", "1002", "--formato", "json"]) == 0
    )
    dados = json.loads(capsys.readouterr().out)
    assert [(d["nivel"], d["codigo"], d["valor_glosa"]) for d in dados] == [
        ("protocolo", "1426", "70.00"),
        ("item", "1426", "70.00"),
    ]


def test_nothing_to_appeal_and_not_a_demonstrativo(
    tmp_path: Path, versao: str, capsys: pytest.CaptureFixture[str]
) -> None:
    caminho = tmp_path / "rico.xml"
    caminho.write_bytes(tiss.to_xml(exemplos.em(versao).rico()))
    assert main(["recurso", str(caminho), "--listar", "--protocolo", "9"]) == 1
    assert "nenhuma glosa" in capsys.readouterr().out
    assert main(["recurso", str(examples.caminho("lote-sadt", versao)), "--listar"]) == 1
    assert "recurso.sem_demonstrativo" in capsys.readouterr().err
    assert main(["recurso", str(tmp_path / "nao-existe.xml"), "--listar"]) == 2


def test_build_the_seed_recurso(
    seed: Path, tmp_path: Path, versao: str, capsys: pytest.CaptureFixture[str]
) -> None:
    escolhas = _escolhas(
        tmp_path, [{"nivel": "protocolo", "glosa": "1705", "justificativa": "Teste"}]
    )
    saida = tmp_path / "recurso.xml"
    argv = ["recurso", str(seed), "--escolhas", str(escolhas), "--numero-guia", "45385"]
    argv += ["--sequencial", "9", "--data", "2023-04-19", "--hora", "14:05", "-o", str(saida)]
    assert main(argv) == 0
    assert f"recurso de R$\xa0300,00 (TISS {versao}) gravado" in capsys.readouterr().out
    relatorio = tiss.validate(saida)
    assert relatorio.ok, relatorio.achados
    assert relatorio.versao == versao
    recurso: Any = tiss.parse(saida)
    assert recurso.cabecalho.padrao.value == versao
    rg = recurso.prestador_para_operadora.recurso_glosa.guia_recurso_glosa
    assert (rg.numero_protocolo, str(rg.valor_total_recursado)) == (48740, "300.00")
    assert str(rg.data_recurso) == "2023-04-19"


def test_build_items_to_stdout(
    seed: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    itens = [{"sequencial": 1, "glosa": 1705, "valor": "120.50"}]
    escolhas = _escolhas(
        tmp_path, [{"nivel": "itens", "guia": "48740", "justificativa": "j", "itens": itens}]
    )
    argv = ["recurso", str(seed), "--escolhas", str(escolhas), "--numero-guia", "1"]
    assert main([*argv, "--sequencial", "1"]) == 0
    xml = capsysbinary.readouterr().out
    assert tiss.validate(xml).ok
    assert b"<ans:valorRecursado>120.50</ans:valorRecursado>" in xml


@pytest.mark.parametrize(
    ("dados", "codigo"),
    [
        ([{"nivel": "guia", "guia": "X", "glosa": "1705", "justificativa": "j"}], 1),
        ([{"nivel": "protocolo", "glosa": "1705", "justificativa": "j", "valor": "300.01"}], 1),
        ([{"nivel": "protocolo", "glosa": "1705", "justificativa": ""}], 1),
        ([{"nivel": "lote", "glosa": "1705", "justificativa": "j"}], 2),
        ([{"nivel": "guia", "glosa": "1705", "justificativa": "j"}], 2),
        ([{"nivel": "protocolo", "glosa": "1705", "justificativa": "j", "valor": "abc"}], 2),
        ({"nivel": "protocolo"}, 2),
        ([{"nivel": "itens", "guia": "48740", "justificativa": "j", "itens": "1"}], 2),
        ([{"nivel": "itens", "guia": "48740", "justificativa": "j", "itens": [None]}], 2),
        # a misspelt key would silently appeal the whole glosado value instead
        ([{"nivel": "protocolo", "glosa": "1705", "justificativa": "j", "vlaor": "1.00"}], 2),
        (
            [
                {
                    "nivel": "itens",
                    "guia": "48740",
                    "justificativa": "j",
                    "itens": [{"sequencial": 1, "glosa": "1705", "vlaor": "1.00"}],
                }
            ],
            2,
        ),
    ],
)
def test_bad_choices(seed: Path, tmp_path: Path, dados: Any, codigo: int) -> None:
    escolhas = _escolhas(tmp_path, dados)
    argv = ["recurso", str(seed), "--escolhas", str(escolhas), "--numero-guia", "1"]
    assert main([*argv, "--sequencial", "1"]) == codigo


def test_usage(seed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    escolhas = _escolhas(tmp_path, [])
    assert main(["recurso", str(seed), "--escolhas", str(escolhas)]) == 2
    assert "--numero-guia" in capsys.readouterr().err
    assert main(["recurso", str(seed)]) == 2  # --listar or --escolhas
    (tmp_path / "ruim.json").write_text("[", encoding="utf-8")
    argv = ["recurso", str(seed), "--escolhas", str(tmp_path / "ruim.json")]
    assert main([*argv, "--numero-guia", "1", "--sequencial", "1"]) == 2


def test_output_that_cannot_be_written_is_a_usage_error(
    seed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    escolhas = _escolhas(
        tmp_path, [{"nivel": "protocolo", "glosa": "1705", "justificativa": "Teste"}]
    )
    argv = ["recurso", str(seed), "--escolhas", str(escolhas), "--numero-guia", "1"]
    assert main([*argv, "--sequencial", "1", "-o", str(tmp_path)]) == 2
    assert str(tmp_path) in capsys.readouterr().err


def test_perfil_from_a_file_like_check(
    seed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--perfil takes a .json profile here too; a justification over its limit is refused."""
    curta = tmp_path / "curta.json"
    dados = attrs.evolve(rules.ARCELORMITTAL, max_caracteres_justificativa=10).to_dict()
    curta.write_text(json.dumps(dados), encoding="utf-8")
    escolhas = _escolhas(
        tmp_path, [{"nivel": "protocolo", "glosa": "1705", "justificativa": "Onze letras"}]
    )
    argv = ["recurso", str(seed), "--escolhas", str(escolhas), "--numero-guia", "1"]
    argv += ["--sequencial", "1", "--data", "2023-04-19", "--hora", "14:05"]
    argv += ["-o", str(tmp_path / "r.xml")]
    assert main([*argv, "--perfil", "arcelormittal"]) == 0
    capsys.readouterr()
    assert main([*argv, "--perfil", str(curta)]) == 1  # the choices break the profile's limit
    assert "recurso.justificativa" in "".join(capsys.readouterr())
    quebrado = tmp_path / "quebrado.json"
    quebrado.write_text("{", encoding="utf-8")
    assert main([*argv, "--perfil", str(quebrado)]) == 2


def test_a_4_03_00_demonstrativo_gives_a_4_03_00_recurso_with_its_centros_de_consumo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ex = exemplos.em("4.03.00")
    itens = [
        ex.item(1, "600.00", "300.00", ("1705", "300.00"), centro_consumo="3"),
        ex.item(2, "200.00", "150.00", ("1714", "50.00")),
        ex.item(3, "90.00", "0.00", ("3200", "90.00"), centro_consumo="10"),  # a 4.03.00 code
    ]
    demonstrativo = tmp_path / "demonstrativo-4.03.00.xml"
    dem = ex.mensagem(ex.demonstrativo(ex.protocolo("48740", [ex.guia("48740", itens)])))
    demonstrativo.write_bytes(tiss.to_xml(dem))
    assert b"<ans:centroConsumo>10</ans:centroConsumo>" in demonstrativo.read_bytes()
    escolhidos = [
        {"sequencial": 1, "glosa": "1705"},
        {"sequencial": 2, "glosa": "1714", "valor": "20.00"},
        {"sequencial": 3, "glosa": "3200"},
    ]
    escolhas = _escolhas(
        tmp_path, [{"nivel": "itens", "guia": "48740", "justificativa": "j", "itens": escolhidos}]
    )
    saida = tmp_path / "recurso.xml"
    argv = ["recurso", str(demonstrativo), "--escolhas", str(escolhas), "--numero-guia", "7"]
    argv += ["--sequencial", "7", "--data", "2023-04-19", "--hora", "14:05", "-o", str(saida)]
    assert main(argv) == 0
    assert "recurso de R$\xa0410,00 (TISS 4.03.00) gravado" in capsys.readouterr().out
    relatorio = tiss.validate(saida)
    assert relatorio.ok, relatorio.achados
    assert relatorio.versao == "4.03.00"
    recurso: Any = tiss.parse(saida)
    assert recurso.cabecalho.padrao.value == "4.03.00"
    rg = recurso.prestador_para_operadora.recurso_glosa.guia_recurso_glosa
    lidos = rg.opcao_recurso.recurso_guia[0].opcao_recurso_guia.itens_guia
    assert [(i.sequencial_item, i.cod_glosa_item.value, str(i.valor_recursado)) for i in lidos] == [
        (1, "1705", "300.00"),
        (2, "1714", "20.00"),
        (3, "3200", "90.00"),
    ]
    assert [i.centro_consumo.value if i.centro_consumo else None for i in lidos] == [
        "3",
        None,
        "10",
    ]


def test_listing_a_4_03_00_code_with_its_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shared: Path
) -> None:
    ex = exemplos.em("4.03.00")
    item = ex.item(1, "90.00", "0.00", ("3200", "90.00"))
    caminho = tmp_path / "d.xml"
    caminho.write_bytes(
        tiss.to_xml(ex.mensagem(ex.demonstrativo(ex.protocolo("1", [ex.guia("G", [item])]))))
    )
    assert main(["recurso", str(caminho), "--listar", "--formato", "json"]) == 0
    (dado,) = json.loads(capsys.readouterr().out)
    with (shared / "tiss/tabelas/tabela38.csv").open(encoding="utf-8") as f:
        linha = next(r for r in csv.DictReader(f) if r["codigo"] == "3200")
    assert linha["em_4_01_00"] == "N"  # only 4.03.00 can carry it
    assert (dado["codigo"], dado["titulo"].upper()) == ("3200", linha["descricao"])


def test_a_demonstrativo_declaring_4_00_01_is_read_with_versao(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The 4.01.00 XSD accepts Padrao 4.00.01; the recurso is written in 4.01.00."""
    xml = tiss.to_xml(exemplos.em("4.01.00").seed())
    caminho = tmp_path / "d.xml"
    caminho.write_bytes(xml.replace(b"<ans:Padrao>4.01.00<", b"<ans:Padrao>4.00.01<"))
    assert main(["recurso", str(caminho), "--listar"]) == 1
    assert "--versao 4.01.00" in capsys.readouterr().err
    assert main(["recurso", str(caminho), "--listar", "--versao", "4.01.00"]) == 0
    capsys.readouterr()
    escolhas = _escolhas(tmp_path, [{"nivel": "protocolo", "glosa": "1705", "justificativa": "j"}])
    saida = tmp_path / "r.xml"
    argv = ["recurso", str(caminho), "--versao", "4.01.00", "--escolhas", str(escolhas)]
    assert main([*argv, "--numero-guia", "1", "--sequencial", "1", "-o", str(saida)]) == 0
    assert tiss.validate(saida).ok
    assert b"<ans:Padrao>4.01.00</ans:Padrao>" in saida.read_bytes()


def test_listar_shows_each_protocolo_with_its_totals(capsys: pytest.CaptureFixture[str]) -> None:
    # the example demonstrativo: protocolo 48740, guias 00000001 (155.70, paid) and
    # 00000002 (44.20, 15.00 glosados under 1705): 199.90 informado, 184.90 liberado
    for versao in VERSOES:
        assert (
            main(["recurso", str(examples.caminho("demonstrativo-analise", versao)), "--listar"])
            == 0
        )
        saida = capsys.readouterr().out.replace("\xa0", " ")
        assert saida.splitlines()[:2] == [
            "Protocolo 48740, lote 1",
            "  informado R$ 199,90, processado R$ 199,90, liberado R$ 184,90, glosado R$ 15,00; "
            "2 guia(s), 1 com glosa",
        ]
