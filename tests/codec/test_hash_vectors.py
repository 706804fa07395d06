"""The epilogo hash against the conformance vectors in ../shared/tiss/hash-vectors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tiss_conecta as tiss
from tests.conftest import SHARED

VECTORS = SHARED / "tiss" / "hash-vectors"
EXPECTED: dict[str, dict[str, str]] = json.loads(
    (VECTORS / "expected-by-encoding.json").read_text(encoding="utf-8")
)
ACCEPTED = sorted(name for name, exp in EXPECTED.items() if "rejected" not in exp)
REJECTED = sorted(name for name, exp in EXPECTED.items() if "rejected" in exp)


def test_vector_set_is_complete() -> None:
    assert len(ACCEPTED) == 18
    assert len(REJECTED) == 2


@pytest.mark.parametrize("name", ACCEPTED)
@pytest.mark.parametrize("encoding", ["iso-8859-1", "utf-8"])
def test_vector_hash(name: str, encoding: str) -> None:
    path = VECTORS / "inputs" / name
    assert tiss.compute_hash(path, encoding) == EXPECTED[name][encoding]  # type: ignore[arg-type]


@pytest.mark.parametrize("name", REJECTED)
def test_rejected_vectors_raise(name: str) -> None:
    path = VECTORS / "inputs" / name
    with pytest.raises(tiss.TissError):
        tiss.compute_hash(path)
    with pytest.raises(tiss.TissError):
        tiss.verify_hash(path)


def test_vectors_agree_with_petrinhu_utf8_except_comment() -> None:
    """HASH.md: under UTF-8 bytes, 17 of 18 agree with the published expected_md5."""
    published = json.loads((VECTORS / "vectors.json").read_text(encoding="utf-8"))["vectors"]
    differ = [
        v["id"]
        for v in published
        if v.get("expected_md5")
        and tiss.compute_hash(VECTORS / v["input"], "utf-8") != v["expected_md5"]
    ]
    assert differ == ["syn_comentario.xml"]


def test_verify_reports_matching_encoding(tmp_path: Path) -> None:
    """A file whose hash was computed over UTF-8 bytes matches only under UTF-8."""
    source = (VECTORS / "inputs" / "syn_acento.xml").read_bytes()
    utf8 = EXPECTED["syn_acento.xml"]["utf-8"]
    stamped = source.replace(b"<ans:hash></ans:hash>", f"<ans:hash>{utf8}</ans:hash>".encode())
    assert stamped != source
    check = tiss.verify_hash(stamped)
    assert check.ok
    assert check.codificacao == "utf-8"
    assert check.declarado == utf8
    assert check.calculado == EXPECTED["syn_acento.xml"]["iso-8859-1"]
    strict = tiss.verify_hash(stamped, strict=True)
    assert not strict.ok
    assert strict.codificacao is None


def test_signature_policy_is_switchable() -> None:
    doc = (
        b'<?xml version="1.0" encoding="ISO-8859-1"?>'
        b'<ans:mensagemTISS xmlns:ans="http://www.ans.gov.br/padroes/tiss/schemas" '
        b'xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ans:a>x</ans:a>'
        b"<ans:epilogo><ans:hash/></ans:epilogo>"
        b"<ds:Signature><ds:SignatureValue>abc</ds:SignatureValue></ds:Signature>"
        b"</ans:mensagemTISS>"
    )
    import hashlib

    assert tiss.compute_hash(doc) == hashlib.md5(b"x").hexdigest()
    assert tiss.compute_hash(doc, skip_signature=False) == hashlib.md5(b"xabc").hexdigest()
