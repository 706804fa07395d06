"""The examples of docs/recurso.rst run, on the seed demonstrativo (4.01.00, and 4.03.00 with a
centroConsumo on its item), and print what they say."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import tiss_conecta as tiss

from . import exemplos

PAGINA = Path(__file__).resolve().parents[2] / "docs" / "recurso.rst"


def _seed_4_03_00() -> object:
    ex = exemplos.em("4.03.00")
    item = ex.item(1, "600.00", "300.00", ("1705", "300.00"), centro_consumo="3")
    return ex.mensagem(ex.demonstrativo(ex.protocolo("48740", [ex.guia("48740", [item])], "1705")))


def test_docs_page_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "demonstrativo.xml").write_bytes(tiss.to_xml(exemplos.em("4.01.00").seed()))
    (tmp_path / "demonstrativo-4.03.00.xml").write_bytes(tiss.to_xml(_seed_4_03_00()))
    monkeypatch.chdir(tmp_path)
    blocos = re.findall(r"\.\. code-block:: python\n\n((?:   .*\n|\n)+)", PAGINA.read_text("utf-8"))
    codigo = "\n".join(re.sub(r"^   ", "", b, flags=re.MULTILINE) for b in blocos)
    teste = doctest.DocTestParser().get_doctest(codigo, {}, "recurso.rst", str(PAGINA), 0)
    executor = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    executor.run(teste)
    resultado = executor.summarize(verbose=False)
    assert resultado.attempted >= 20
    assert resultado.failed == 0
    relatorio = tiss.validate(tmp_path / "recurso-45385.xml")
    assert relatorio.ok
    assert relatorio.versao == "4.01.00"
    relatorio = tiss.validate(tmp_path / "recurso-45386.xml")
    assert relatorio.ok
    assert relatorio.versao == "4.03.00"
