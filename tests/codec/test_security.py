"""Untrusted input: every hostile or broken document gives the right TissError, fast."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tiss_conecta as tiss
from tiss_conecta.examples import caminho as example_path

NS = b"http://www.ans.gov.br/padroes/tiss/schemas"


def billion_laughs() -> bytes:
    entities = b'<!ENTITY lol0 "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10)
    )
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE m [' + entities + b"]>"
        b'<mensagemTISS xmlns="' + NS + b'">&lol9;</mensagemTISS>'
    )


def xxe(target: Path) -> bytes:
    return (
        b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file://'
        + str(target).encode()
        + b'">]><mensagemTISS xmlns="'
        + NS
        + b'"><cabecalho>&x;</cabecalho></mensagemTISS>'
    )


READERS = [tiss.parse, tiss.verify_hash, tiss.compute_hash]


@pytest.mark.parametrize("reader", READERS)
def test_entity_bomb_is_refused(reader: object) -> None:
    with pytest.raises(tiss.TissSecurityError) as info:
        reader(billion_laughs())  # type: ignore[operator]
    assert info.value.codigo == "xml.dtd"
    assert info.value.linha == 2  # the <!DOCTYPE> is on the second line


@pytest.mark.parametrize("reader", READERS)
def test_xxe_leaks_nothing(reader: object, tmp_path: Path) -> None:
    secret = tmp_path / "segredo.txt"
    secret.write_text("SEGREDO-DO-HOSPITAL")
    with pytest.raises(tiss.TissSecurityError) as info:
        reader(xxe(secret))  # type: ignore[operator]
    assert "SEGREDO" not in str(info.value)


def test_external_dtd_is_not_fetched() -> None:
    doc = (
        b'<?xml version="1.0"?><!DOCTYPE m SYSTEM "http://127.0.0.1:9/x.dtd">'
        b'<mensagemTISS xmlns="' + NS + b'"/>'
    )
    with pytest.raises(tiss.TissSecurityError):
        tiss.parse(doc)


def test_validate_reports_hostile_input_instead_of_raising() -> None:
    report = tiss.validate(billion_laughs())
    assert not report.ok
    assert [e.codigo for e in report.erros] == ["xml.dtd"]


def test_schema_location_in_input_is_not_followed(tmp_path: Path) -> None:
    """An xsi:schemaLocation pointing elsewhere changes nothing: the bundled XSD is used."""
    data = example_path("lote-sadt").read_bytes()
    evil = data.replace(
        b"<ans:mensagemTISS ",
        b'<ans:mensagemTISS xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        b'xsi:schemaLocation="' + NS + b' http://127.0.0.1:9/evil.xsd" ',
        1,
    )
    assert evil != data
    assert tiss.validate(evil).ok


def test_truncated_file_gives_location() -> None:
    data = example_path("lote-sadt").read_bytes()
    with pytest.raises(tiss.TissParseError) as info:
        tiss.parse(data[: len(data) // 2])
    assert info.value.codigo == "xml.malformado"
    assert info.value.linha is not None
    assert info.value.linha > 1


def test_non_tiss_document() -> None:
    with pytest.raises(tiss.TissParseError) as info:
        tiss.parse(b'<?xml version="1.0"?>\n<nfeProc xmlns="http://www.portalfiscal.inf.br/nfe"/>')
    assert info.value.codigo == "xml.nao_tiss"
    assert info.value.linha == 2
    assert "nfeProc" in info.value.mensagem


SUPORTADAS = ("4.01.00", "4.02.00", "4.03.00")


@pytest.mark.parametrize("versao", ["3.05.00", "2.02.01", "4.00.01", "9.99.99"])
def test_unsupported_version_names_the_supported_ones(versao: str) -> None:
    data = example_path("lote-sadt").read_bytes().replace(b">4.01.00<", f">{versao}<".encode())
    with pytest.raises(tiss.TissVersionError) as info:
        tiss.parse(data)
    assert info.value.encontrada == versao
    assert info.value.suportadas == SUPORTADAS
    assert info.value.linha == 18  # the Padrao element itself
    assert versao in str(info.value)
    assert all(v in str(info.value) for v in SUPORTADAS)
    assert "gere" not in str(info.value).lower()  # a received file cannot be regenerated


def test_version_only_an_older_schema_accepts_is_read_with_versao() -> None:
    data = example_path("lote-sadt").read_bytes().replace(b">4.01.00<", b">4.00.01<")
    with pytest.raises(tiss.TissVersionError) as info:
        tiss.parse(data)
    assert "versao='4.01.00'" in (info.value.dica or "")
    message = tiss.parse(data, versao="4.01.00")
    assert message.cabecalho.padrao.value == "4.00.01"
    report = tiss.validate(data, versao="4.01.00")
    assert [a.codigo for a in report.achados] == ["hash.divergente"]  # the edit changed the text
    assert tiss.validate(tiss.to_xml(message)).versao is None  # no schemas of its own
    assert tiss.validate(tiss.to_xml(message), versao="4.01.00").ok


def test_missing_padrao_says_it_is_required() -> None:
    data = re.sub(rb"<ans:Padrao>[^<]*</ans:Padrao>", b"", example_path("lote-sadt").read_bytes())
    with pytest.raises(tiss.TissVersionError) as info:
        tiss.parse(data)
    assert info.value.encontrada is None
    assert "obrigatório" in info.value.mensagem
    assert "<ans:Padrao>" in (info.value.dica or "")
    assert "versao" not in (info.value.dica or "")  # reading it as a version would fail too


@pytest.mark.parametrize("versao", ["4.00.01", "4.1", "", "3.05.00"])
def test_unknown_versao_argument_is_refused(versao: str) -> None:
    data = example_path("lote-sadt").read_bytes()
    for call in (tiss.parse, tiss.validate, lambda d, versao: tiss.compute_hash(d, versao=versao)):
        with pytest.raises(tiss.TissVersionError) as info:
            call(data, versao=versao)
        assert "use uma destas: 4.01.00, 4.02.00, 4.03.00" in str(info.value)


def test_utf16_input_is_refused() -> None:
    data = example_path("lote-sadt").read_text(encoding="iso-8859-1")
    utf16 = data.replace('encoding="ISO-8859-1"', 'encoding="UTF-16"').encode("utf-16")
    with pytest.raises(tiss.TissEncodingError):
        tiss.parse(utf16)


def test_size_is_bounded() -> None:
    data = example_path("lote-sadt").read_bytes()
    with pytest.raises(tiss.TissSecurityError) as info:
        tiss.parse(data, max_bytes=len(data) - 1)
    assert info.value.codigo == "xml.grande_demais"
    assert tiss.parse(data, max_bytes=len(data)) is not None


def test_missing_file_is_a_tiss_error(tmp_path: Path) -> None:
    with pytest.raises(tiss.TissParseError) as info:
        tiss.parse(tmp_path / "nao-existe.xml")
    assert info.value.codigo == "io.ilegivel"


@pytest.mark.parametrize(
    ("padrao", "esperado"),
    [
        ("4.04.00", "mais novo que as versões que esta instalação lê"),
        ("5.00.00", "mais novo que as versões que esta instalação lê"),
        ("abc", "não é uma versão TISS"),
        ("4.1", "não é uma versão TISS"),
        ("2.02.01", "anterior aos schemas"),
    ],
)
def test_unsupported_padrao_gets_the_advice_that_fits(padrao: str, esperado: str) -> None:
    data = example_path("lote-sadt").read_bytes().replace(b">4.01.00<", f">{padrao}<".encode())
    with pytest.raises(tiss.TissVersionError) as info:
        tiss.parse(data)
    assert esperado in str(info.value)


def test_padrao_outside_the_tiss_namespace_is_named(shared: Path) -> None:
    arquivo = next((shared / "corpus" / "files").glob("018_*.xml"))  # <Padrao>004.00.</Padrao>
    with pytest.raises(tiss.TissVersionError) as info:
        tiss.parse(arquivo)
    assert info.value.encontrada == "004.00."
    assert "fora do namespace TISS" in info.value.mensagem
    assert info.value.linha == 28
