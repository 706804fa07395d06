"""Every file of ../shared/corpus: parsed, round-tripped or refused with a located TissError.

Expectations come from the corpus' own MANIFEST.csv (written independently of this library).
Files of every supported version are read: the real Unimed lotes (002, 003) are 4.02.00.
"""

from __future__ import annotations

import csv

import pytest

import tiss_conecta as tiss
from tests.conftest import CORPUS
from tiss_conecta import versoes

ROWS = list(csv.DictReader((CORPUS / "MANIFEST.csv").open(encoding="utf-8")))
V401 = [r for r in ROWS if r["version"] == "4.01.00"]
V401_INVALID = [r for r in V401 if r["valid_401"] != "true"]
V402 = [r for r in ROWS if r["version"] == "4.02.00"]
# valid_401 is the manifest's verdict for 4.01.00 files; for the others, its first_error
VALID = [r for r in V401 if r["valid_401"] == "true"] + [r for r in V402 if not r["first_error"]]
OTHERS = [r for r in ROWS if r not in VALID and r not in V401_INVALID]


def ids(rows: list[dict[str, str]]) -> list[str]:
    return [r["id"] for r in rows]


def test_corpus_counts() -> None:
    assert len(ROWS) == 30
    assert (len(V401), len(V402), len(VALID)) == (10, 3, 8)
    assert {r["id"] for r in VALID if r["version"] == "4.02.00"} == {"2", "3"}


def without_hash(message: object) -> object:
    message.epilogo = None  # type: ignore[attr-defined]
    return message


@pytest.mark.parametrize("row", VALID, ids=ids(VALID))
def test_schema_valid_files_round_trip(row: dict[str, str]) -> None:
    path = CORPUS / "files" / row["file"]
    original = tiss.parse(path)
    assert tiss.models.versao_de(original) == row["version"]
    written = tiss.to_xml(original)
    again = tiss.parse(written)
    assert again.epilogo.hash == tiss.compute_hash(written)
    assert without_hash(again) == without_hash(tiss.parse(path))
    report = tiss.validate(written)
    assert report.ok, str(report)
    assert report.hash is not None
    assert report.hash.codificacao == "iso-8859-1"


@pytest.mark.parametrize("row", VALID, ids=ids(VALID))
def test_schema_valid_files_have_no_xsd_errors(row: dict[str, str]) -> None:
    report = tiss.validate(CORPUS / "files" / row["file"])
    assert report.versao == row["version"]
    assert [e.codigo for e in report.erros if not e.codigo.startswith("hash.")] == []


@pytest.mark.parametrize("row", VALID, ids=ids(VALID))
@pytest.mark.parametrize("para", versoes.SUPORTADAS)
def test_schema_valid_files_convert_to_every_version(row: dict[str, str], para: str) -> None:
    """Only the guia de honorários needs help going to 4.03.00 (caraterAtendimento)."""
    original = tiss.parse(CORPUS / "files" / row["file"])
    preencher = {}
    if para == "4.03.00" and b"guiaHonorarios" in tiss.to_xml(original):
        with pytest.raises(tiss.ConversaoRecusada) as recusa:
            versoes.converter(original, para)
        assert [c.xpath.rsplit("/", 2)[-2:] for c in recusa.value.campos] == [
            ["dadosInternacao", "caraterAtendimento"]
        ]
        preencher = {"caraterAtendimento": "1"}
    convertida = versoes.converter(original, para, preencher=preencher)
    data = tiss.to_xml(convertida)
    assert tiss.validate(data).ok
    assert tiss.parse(data).cabecalho.padrao.value == para
    de_volta = versoes.converter(convertida, row["version"], descartar=preencher)
    assert without_hash(de_volta) == without_hash(original)


@pytest.mark.parametrize("row", V401_INVALID, ids=ids(V401_INVALID))
def test_invalid_401_files_give_located_errors(row: dict[str, str]) -> None:
    path = CORPUS / "files" / row["file"]
    report = tiss.validate(path)
    assert not report.ok
    first = report.erros[0]
    assert first.linha is not None
    with pytest.raises(tiss.TissError) as info:
        tiss.parse(path, strict=True)
    assert info.value.linha == first.linha
    if row["first_error"].startswith("NOT WELL-FORMED"):
        assert first.codigo == "xml.malformado"
        # the manifest quotes lxml's own "line N, column M" for the first error
        assert f"line {first.linha}, column {first.coluna}" in row["first_error"]
    else:
        assert first.codigo.startswith("xsd.")
        assert f"line {first.linha}:" in row["first_error"]


@pytest.mark.parametrize("row", OTHERS, ids=ids(OTHERS))
def test_other_versions_and_non_tiss_are_refused(row: dict[str, str]) -> None:
    path = CORPUS / "files" / row["file"]
    with pytest.raises(tiss.TissError) as info:
        tiss.parse(path)
    if row["first_error"].startswith("NOT WELL-FORMED"):
        assert isinstance(info.value, tiss.TissParseError)
        assert info.value.linha is not None
    elif row["version"]:
        assert isinstance(info.value, tiss.TissVersionError)
    report = tiss.validate(path)
    assert not report.ok
    assert report.erros[0].codigo == info.value.codigo


@pytest.mark.parametrize("row", ROWS, ids=ids(ROWS))
def test_hash_verdict_matches_manifest(row: dict[str, str]) -> None:
    path = CORPUS / "files" / row["file"]
    try:
        check = tiss.verify_hash(path)
    except tiss.TissError:
        assert row["hash"] == "unreadable"
        return
    expected = {"iso-8859-1": "iso-8859-1", "utf-8": "utf-8", "mismatch": None, "no hash": None}
    assert check.codificacao == expected[row["hash"]]
    assert (check.declarado is None) == (row["hash"] == "no hash")
