"""The examples in the module docstring and in docs/glosas.rst run and print what they say."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import tiss_conecta.glosas

PAGINA = Path(__file__).resolve().parents[2] / "docs" / "glosas.rst"


def _rodar(texto: str, nome: str) -> doctest.TestResults:
    teste = doctest.DocTestParser().get_doctest(texto, {}, nome, str(PAGINA), 0)
    executor = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    executor.run(teste)
    return executor.summarize(verbose=False)


def test_module_docstring() -> None:
    resultado = doctest.testmod(tiss_conecta.glosas, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert resultado.attempted >= 3
    assert resultado.failed == 0


def test_docs_page_examples() -> None:
    blocos = re.findall(r"\.\. code-block:: python\n\n((?:   .*\n|\n)+)", PAGINA.read_text("utf-8"))
    codigo = "\n".join(re.sub(r"^   ", "", b, flags=re.MULTILINE) for b in blocos)
    resultado = _rodar(codigo, "glosas.rst")
    assert resultado.attempted >= 10
    assert resultado.failed == 0
