"""check() end to end on every supported TISS version: random lotes built from each version's
models, a consistent lote of each guia type, the example files, the corpus (its real 4.02.00
lotes too), and the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import tiss_conecta as tiss
from tests.conftest import CORPUS
from tests.rules.build import Construtor
from tiss_conecta import examples
from tiss_conecta.achados import tem_erro
from tiss_conecta.cli import main
from tiss_conecta.examples import lote_sadt
from tiss_conecta.models import VERSOES, versao_de
from tiss_conecta.rules import PERFIS, check, perfil

DATAS = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31))
VALORES = st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False)
TIPOS = ["sadt", "consulta", "honorarios", "internacao", "odonto"]
CAMPO = {
    "sadt": "guia_sp_sadt",
    "consulta": "guia_consulta",
    "honorarios": "guia_honorarios",
    "internacao": "guia_resumo_internacao",
    "odonto": "guia_odonto",
}


@st.composite
def lotes(draw: st.DrawFn, b: Construtor) -> object:
    tipo = draw(st.sampled_from(TIPOS))
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
    return b.mensagem(lote=b.lote(**{CAMPO[tipo]: guias}))


def test_random_lotes_never_raise_and_are_deterministic(b: Construtor) -> None:
    @settings(max_examples=20)
    @given(lotes(b), st.sampled_from(sorted(PERFIS)), DATAS)
    def propriedade(msg: object, nome: str, envio: dt.date) -> None:
        achados = check(msg, perfil(nome), data_envio=envio)
        assert achados == check(msg, perfil(nome), data_envio=envio)
        chaves = [f.chave() for f in achados]
        assert chaves == sorted(chaves)
        assert ("versao.nao_aceita" in {f.codigo for f in achados}) is (
            b.versao not in perfil(nome).versoes_tiss
        )

    propriedade()


def _lote_consistente(b: Construtor, tipo: str, dia: dt.date) -> Any:
    """Two guias of ``tipo``, cared for on ``dia``, totals right, numbers distinct."""
    guias: list[Any]
    if tipo == "sadt":
        guias = [
            b.guia_sadt(
                n,
                [b.procedimento_sadt(1, dia), b.procedimento_sadt(2, dia, codigo="40302040")],
                despesas=[b.despesa(3, dia)],
                data_autorizacao=dia,
                validade_senha=dia + dt.timedelta(days=30),
            )
            for n in ("S1", "S2")
        ]
    elif tipo == "consulta":
        guias = [b.guia_consulta("C1", dia), b.guia_consulta("C2", dia, carteira="0002")]
    elif tipo == "honorarios":
        guias = [b.guia_honorarios(n, [dia, dia + dt.timedelta(days=1)]) for n in ("H1", "H2")]
    elif tipo == "internacao":
        guias = [b.guia_internacao(n, dia - dt.timedelta(days=3), dia) for n in ("I1", "I2")]
    else:
        guias = [b.guia_odonto(n, [dia, dia], dentes=["11", "12"]) for n in ("O1", "O2")]
    return b.mensagem(lote=b.lote(**{CAMPO[tipo]: guias}))


@pytest.mark.parametrize("tipo", TIPOS)
def test_a_consistent_lote_of_each_guia_type_has_no_finding(
    b: Construtor, versao: str, tipo: str
) -> None:
    msg = _lote_consistente(b, tipo, dt.date(2025, 5, 1))
    envio = dt.date(2025, 6, 2)
    assert check(msg, perfil("tiss"), data_envio=envio) == []
    # ArcelorMittal's window and senha rules pass too; only the version can be refused
    am = [(f.codigo, f.glosa) for f in check(msg, perfil("arcelormittal"), data_envio=envio)]
    assert am == ([] if versao == "4.01.00" else [("versao.nao_aceita", "5028")])
    # sent on 2025-08-01, day 92 after 2025-05-01 (and day 91 after the honorários' second
    # item, on 05-02): every item is past ArcelorMittal's 90 days (1701), nothing else changes
    tarde = check(msg, _janela(versao), data_envio=dt.date(2025, 8, 1))
    itens = {"sadt": 3, "consulta": 1, "honorarios": 2, "internacao": 1, "odonto": 2}[tipo]
    assert len(tarde) == 2 * itens
    assert {(f.codigo, f.glosa) for f in tarde} == {("prazo.fora_da_janela", "1701")}


def _janela(versao: str) -> Any:
    return attrs.evolve(perfil("arcelormittal"), versoes_tiss=(versao,))


@pytest.mark.parametrize("coisa", ["guia", None, "lote.xml", {}])
def test_something_that_is_not_a_message_is_refused_not_passed(coisa: object) -> None:
    # an empty list would read as "no problem found" for a guia checked on its own
    if coisa == "guia":
        coisa = lote_sadt(1).prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[0]
    with pytest.raises(TypeError, match="MensagemTiss"):
        check(coisa, perfil("tiss"), data_envio=dt.date(2025, 6, 2))


def test_the_example_lote_against_the_window(versao: str) -> None:
    # lote_sadt dates guia n on data_envio - n days, 2 items each: guias 91..100 are past day 90
    envio = dt.date(2025, 6, 2)
    am = _janela(versao)
    assert check(lote_sadt(90, data_envio=envio, versao=versao), am, data_envio=envio) == []
    achados = check(lote_sadt(100, data_envio=envio, versao=versao), am, data_envio=envio)
    assert {f.codigo for f in achados} == {"prazo.fora_da_janela"}
    assert sorted((f.numero_guia, f.item) for f in achados) == [
        (f"{n:08d}", item) for n in range(91, 101) for item in (1, 2)
    ]


def test_the_example_lote_with_the_tiss_profile_has_no_error(versao: str) -> None:
    """Issue 7: check on a 4.03.00 lote with the tiss profile has no error (every version)."""
    envio = dt.date(2025, 6, 2)
    construido = lote_sadt(3, versao=versao)
    lido = tiss.parse(examples.caminho("lote-sadt", versao))
    assert tiss.models.versao_de(lido) == versao
    for msg in (construido, lido):
        achados = check(msg, perfil("tiss"), data_envio=envio)
        assert not tem_erro(achados), [str(f) for f in achados]
        assert achados == []


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
    codes = {(f.codigo, f.glosa) for f in achados}
    assert ("identificador.cnpj", "1206") in codes
    assert ("identificador.cnes", "1202") in codes
    assert not any(c.startswith("prazo") for c, _ in codes)  # 2023-05-05 is day 90
    achados = check(tiss.parse(arquivo), perfil("arcelormittal"), data_envio=dt.date(2023, 5, 6))
    assert ("prazo.fora_da_janela", "1701") in {(f.codigo, f.glosa) for f in achados}


NS = {"ans": "http://www.ans.gov.br/padroes/tiss/schemas"}
LOTE_639 = CORPUS / "files/002_robsonsduarte_faturamento-unimed_lote-639.xml"
LOTE_622 = (
    CORPUS / "files/003_robsonsduarte_faturamento-unimed_"
    "00000000000097498504622_2a9d226b2238356a239b88eed98ba067.xml"
)
UNIMED = "339679"
"""The registro ANS both real lotes are addressed to (cabecalho/destino and every guia)."""


def _cpf_confere(cpf: str) -> bool:
    """CPF check digits by the Receita Federal's mod-11 rule, written here to judge the corpus
    independently of the code under test."""
    d = [int(c) for c in cpf]
    for n in (9, 10):
        resto = sum(x * p for x, p in zip(d[:n], range(n + 1, 1, -1), strict=True)) % 11
        if d[n] != (0 if resto < 2 else 11 - resto):
            return False
    return len(set(cpf)) > 1


def _conteudo(arquivo: Path) -> dict[str, Any]:
    """What the file says, read with lxml: the facts the rules judge."""
    raiz = etree.parse(str(arquivo)).getroot()

    def textos(xpath: str) -> list[str]:
        return [str(t) for t in raiz.xpath(xpath + "/text()", namespaces=NS)]

    somas = []
    for g in raiz.xpath("//ans:guiaSP-SADT", namespaces=NS):
        itens = g.xpath(".//ans:procedimentoExecutado/ans:valorTotal/text()", namespaces=NS)
        valores = {
            etree.QName(v).localname: Decimal(v.text)
            for v in g.xpath("ans:valorTotal/*", namespaces=NS)
        }
        somas.append((sum(map(Decimal, itens)), valores))
    return {
        "padrao": textos("//ans:Padrao")[0],
        "envio": dt.date.fromisoformat(textos("//ans:dataRegistroTransacao")[0]),
        "numeros": textos("//ans:numeroGuiaPrestador"),
        "datas": sorted(map(dt.date.fromisoformat, textos("//ans:dataExecucao"))),
        "cpfs": set(textos("//ans:cpfContratado")),
        "cnes": set(textos("//ans:CNES")),
        "registros": textos("//ans:registroANS"),
        "somas": somas,
    }


@pytest.mark.parametrize("arquivo", [LOTE_639, LOTE_622], ids=["002", "003"])
def test_the_real_402_lotes_have_no_finding_with_the_tiss_profile(arquivo: Path) -> None:
    """Unimed lotes exported by a billing system in production, checked on their own date."""
    c = _conteudo(arquivo)
    assert c["padrao"] == "4.02.00"
    # what makes "no finding" right, read from the file: distinct guia numbers, every date
    # of care on or before the sending day, totals that add up, CPFs whose check digits hold,
    # CNES of 7 digits, registro ANS of 6
    assert len(set(c["numeros"])) == len(c["numeros"])
    assert c["datas"][-1] <= c["envio"]
    for itens, valores in c["somas"]:  # only procedimentos: no outras despesas
        assert itens == valores.pop("valorProcedimentos") == valores.pop("valorTotalGeral")
        assert set(valores.values()) == {Decimal("0.00")}
    assert all(_cpf_confere(cpf) for cpf in c["cpfs"])
    assert all(len(x) == 7 and x.isdigit() for x in c["cnes"])
    assert set(c["registros"]) == {UNIMED}
    msg = tiss.parse(arquivo)
    assert versao_de(msg) == "4.02.00"
    achados = check(
        msg, perfil("tiss"), data_envio=c["envio"], tamanho_bytes=arquivo.stat().st_size
    )
    assert achados == []


def test_the_real_lote_639_against_other_profiles_and_dates() -> None:
    c = _conteudo(LOTE_639)
    assert (len(c["numeros"]), c["envio"]) == (14, dt.date(2026, 3, 24))
    msg = tiss.parse(LOTE_639)

    def codes(p: Any, envio: dt.date) -> list[tuple[str, str | None, str | None, int | None]]:
        return [(f.codigo, f.glosa, f.numero_guia, f.item) for f in check(msg, p, data_envio=envio)]

    # sent to ArcelorMittal: version 4.02.00 refused (5028) and the registro ANS of another
    # operadora in the cabecalho and in each of the 14 guias (5027); no date is late
    am = codes(perfil("arcelormittal"), c["envio"])
    assert am[0] == ("versao.nao_aceita", "5028", None, None)
    assert am[1:] == [("operadora.registro_ans", "5027", None, None)] + [
        ("operadora.registro_ans", "5027", n, None) for n in c["numeros"]
    ]
    # dated 2026-03-19: the two items done on 2026-03-20 (guia 1046518 item 2, guia 1046122
    # item 4, read in the file) are dated after the sending (1323)
    assert sorted(codes(perfil("tiss"), dt.date(2026, 3, 19))) == [
        ("prazo.data_futura", "1323", "1046122", 4),
        ("prazo.data_futura", "1323", "1046518", 2),
    ]
    # the operadora's own profile with a 90-day window: the first care, 2026-02-24 (guia
    # 1045778 item 1), reaches day 90 on 2026-05-25 (28 + 31 + 30 + 1) and is out on 05-26;
    # its item 2, on 02-25, is on day 90 then
    unimed = attrs.evolve(perfil("tiss"), registro_ans=UNIMED, janela_faturamento_dias=90)
    assert c["datas"][0] == dt.date(2026, 2, 24)
    assert codes(unimed, dt.date(2026, 5, 25)) == []
    assert codes(unimed, dt.date(2026, 5, 26)) == [("prazo.fora_da_janela", "1701", "1045778", 1)]


def test_the_real_lote_622_sent_to_arcelormittal() -> None:
    c = _conteudo(LOTE_622)
    assert (c["numeros"], c["envio"]) == (["1044400"], dt.date(2026, 2, 1))
    achados = check(tiss.parse(LOTE_622), perfil("arcelormittal"), data_envio=c["envio"])
    assert [(f.codigo, f.glosa, f.numero_guia) for f in achados] == [
        ("versao.nao_aceita", "5028", None),
        ("operadora.registro_ans", "5027", None),
        ("operadora.registro_ans", "5027", "1044400"),
    ]
    assert "converter ARQUIVO --para 4.01.00" in achados[0].mensagem


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """The one file's object in the JSON array ``check --format json`` printed; the names of
    0.1 it keeps for old tools (``file``, ``findings``, each with ``code``) carry the same
    values as the new ones."""
    lista = json.loads(capsys.readouterr().out)
    assert isinstance(lista, list)
    saida: dict[str, Any]
    [saida] = lista
    assert saida["file"] == saida["arquivo"]
    assert saida["findings"] == saida["achados"]
    assert all(f["code"] == f["codigo"] for f in saida["achados"])
    return saida


def _arquivo(tmp_path: Path, versao: str, padrao: str | None = None) -> Path:
    arquivo = tmp_path / f"lote-{versao}.xml"
    dados = examples.caminho("lote-sadt", versao).read_bytes()
    if padrao is not None:
        dados = dados.replace(
            f"<ans:Padrao>{versao}</ans:Padrao>".encode(),
            f"<ans:Padrao>{padrao}</ans:Padrao>".encode(),
        )
    arquivo.write_bytes(dados)
    return arquivo


def test_cli_on_each_versions_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], versao: str
) -> None:
    arquivo = _arquivo(tmp_path, versao)
    assert main(["check", str(arquivo), "--data-envio", "2025-06-02"]) == 0
    texto = capsys.readouterr().out
    assert f"{arquivo}: válido — TISS {versao}" in texto
    assert "ERRO" not in texto
    assert "AVISO" not in texto
    codigo = main(
        ["check", str(arquivo), "--perfil", "arcelormittal", "--data-envio", "2025-06-02",
         "--formato", "json"]
    )  # fmt: skip
    saida = _json(capsys)
    assert codigo == (0 if versao == "4.01.00" else 1)
    versoes = [f for f in saida["achados"] if f["codigo"] == "versao.nao_aceita"]
    assert len(versoes) == (0 if versao == "4.01.00" else 1)
    for f in versoes:
        assert f["glosa"] == "5028"
        assert f["glosa_descricao"] == "VERSÃO DO PADRÃO INVÁLIDA"


def test_cli_versao_reads_a_file_declaring_40001(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 4.00.01 has no schemas here; its XSD-compatible successor 4.01.00 reads it
    arquivo = _arquivo(tmp_path, "4.01.00", padrao="4.00.01")
    base = ["check", str(arquivo), "--data-envio", "2025-06-02", "--formato", "json"]
    assert main([*base, "--perfil", "pasa"]) == 1
    [f] = _json(capsys)["achados"]
    assert (f["codigo"], f["glosa"]) == ("xml.versao", "5028")
    assert "--versao 4.01.00" in f["dica"]
    assert main([*base, "--perfil", "pasa", "--versao", "4.01.00"]) == 1
    codes = {f["codigo"] for f in _json(capsys)["achados"]}
    # read now; PASA takes 4.00.01 (its 2023 capa), the example is addressed to ANS 416070;
    # the Padrao rewritten by hand left the hash behind
    assert codes == {"operadora.registro_ans", "hash.divergente"}
    assert main([*base, "--perfil", "arcelormittal", "--versao", "4.01.00"]) == 1
    codes = {f["codigo"] for f in _json(capsys)["achados"]}
    # the declared 4.00.01 is judged, not 4.01.00
    assert codes == {"versao.nao_aceita", "hash.divergente"}
    assert main([*base, "--versao", "3.05.00"]) == 2
    assert "--versao" in capsys.readouterr().err


def test_cli_help_explains_versao(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--help"]) == 0
    ajuda = " ".join(capsys.readouterr().out.split())
    assert "--versao VERSAO" in ajuda
    assert "cabecalho/Padrao" in ajuda
    assert all(v in ajuda for v in VERSOES)


def test_cli_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    arquivo = tmp_path / "lote.xml"
    arquivo.write_bytes(tiss.to_xml(lote_sadt(3, data_envio=dt.date(2025, 6, 2))))
    base = ["check", str(arquivo), "--perfil", "arcelormittal"]
    assert main([*base, "--data-envio", "2025-06-02"]) == 0
    capsys.readouterr()
    assert main([*base, "--data-envio", "2025-09-01", "--formato", "json"]) == 1
    saida = _json(capsys)
    assert saida["ok"] is False
    assert {f["codigo"] for f in saida["achados"]} == {"prazo.fora_da_janela"}
    assert saida["achados"][0]["glosa_descricao"] == "COBRANÇA FORA DO PRAZO DE VALIDADE"
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
    assert main(["check", str(arquivo), "--data-envio", "2025-06-02", "--formato", "json"]) == 1
    assert _json(capsys)["achados"][0]["codigo"] == "xml.nao_tiss"


def test_tem_erro(b: Construtor, versao: str) -> None:
    msg = b.mensagem(lote=b.lote(guia_consulta=[b.guia_consulta("1", dt.date(2025, 1, 1))]))
    assert tem_erro(check(msg, _janela(versao), data_envio=dt.date(2025, 4, 2)))
    assert not tem_erro(check(msg, _janela(versao), data_envio=dt.date(2025, 4, 1)))
