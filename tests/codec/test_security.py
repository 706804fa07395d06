"""Untrusted input: every hostile or broken document gives the right TissError, fast."""

from __future__ import annotations

from pathlib import Path

import pytest

import tiss_conecta as tiss
from tiss_conecta.examples import path as example_path

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
    assert info.value.code == "xml.dtd"
    assert info.value.line == 1


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
    assert [e.code for e in report.errors] == ["xml.dtd"]


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
    assert info.value.code == "xml.malformed"
    assert info.value.line is not None
    assert info.value.line > 1


def test_non_tiss_document() -> None:
    with pytest.raises(tiss.TissParseError) as info:
        tiss.parse(b'<?xml version="1.0"?>\n<nfeProc xmlns="http://www.portalfiscal.inf.br/nfe"/>')
    assert info.value.code == "xml.not_tiss"
    assert info.value.line == 2
    assert "nfeProc" in info.value.message


@pytest.mark.parametrize("versao", ["3.05.00", "4.02.00", "4.00.01"])
def test_unsupported_version(versao: str) -> None:
    data = example_path("lote-sadt").read_bytes().replace(b">4.01.00<", f">{versao}<".encode())
    with pytest.raises(tiss.TissVersionError) as info:
        tiss.parse(data)
    assert info.value.found == versao
    assert info.value.supported == ("4.01.00",)
    assert versao in str(info.value)
    assert "4.01.00" in str(info.value)


def test_utf16_input_is_refused() -> None:
    data = example_path("lote-sadt").read_text(encoding="iso-8859-1")
    utf16 = data.replace('encoding="ISO-8859-1"', 'encoding="UTF-16"').encode("utf-16")
    with pytest.raises(tiss.TissEncodingError):
        tiss.parse(utf16)


def test_size_is_bounded() -> None:
    data = example_path("lote-sadt").read_bytes()
    with pytest.raises(tiss.TissSecurityError) as info:
        tiss.parse(data, max_bytes=len(data) - 1)
    assert info.value.code == "xml.too_large"
    assert tiss.parse(data, max_bytes=len(data)) is not None


def test_missing_file_is_a_tiss_error(tmp_path: Path) -> None:
    with pytest.raises(tiss.TissParseError) as info:
        tiss.parse(tmp_path / "nao-existe.xml")
    assert info.value.code == "io.unreadable"
