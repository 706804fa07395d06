"""The examples of docs/recurso.rst run, on the seed demonstrativo, and print what they say."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import tiss_conecta as tiss

from . import exemplos

PAGINA = Path(__file__).resolve().parents[2] / "docs" / "recurso.rst"


def test_docs_page_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "demonstrativo.xml").write_bytes(tiss.to_xml(exemplos.em("4.01.00").seed()))
    monkeypatch.chdir(tmp_path)
    blocos = re.findall(r"\.\. code-block:: python\n\n((?:   .*\n|\n)+)", PAGINA.read_text("utf-8"))
    codigo = "\n".join(re.sub(r"^   ", "", b, flags=re.MULTILINE) for b in blocos)
    teste = doctest.DocTestParser().get_doctest(codigo, {}, "recurso.rst", str(PAGINA), 0)
    executor = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    executor.run(teste)
    resultado = executor.summarize(verbose=False)
    assert resultado.attempted >= 15
    assert resultado.failed == 0
    assert tiss.validate(tmp_path / "recurso-45385.xml").ok
