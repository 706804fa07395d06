"""The tables of codes in the docs are generated from their declarations
(``docs/_ext/tiss_codigos.py``) and list exactly the declared codes: the codec's achados in
``codec.rst``, the rules' in ``regras.rst``, the montagem's refusals (:class:`Recusa`) in
``recurso.rst``; no page keeps a table of codes by hand."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

import tiss_conecta as tiss
import tiss_conecta.rules
from tests.conftest import ROOT
from tiss_conecta.achados import Regra, regras
from tiss_conecta.examples import caminho as example_path
from tiss_conecta.montagem import Recusa

DOCS = ROOT / "docs"
LINHA = re.compile(
    r"^   \* - ``(?P<codigo>[^`]+)``\n"
    r"     - (?P<sev>.*)\n     - (?P<glosa>.*)\n     - (?P<desc>.*)\n     - (?P<dica>.*)$",
    re.MULTILINE,
)
"""A row of a generated table of codes: code, severity, glosa, description, como corrigir."""


def extensao() -> ModuleType:
    sys.path.insert(0, str(DOCS / "_ext"))
    try:
        return importlib.import_module("tiss_codigos")
    finally:
        sys.path.pop(0)


def _linhas(qual: str) -> dict[str, tuple[str, str, str, str]]:
    """code -> (severity, glosa, description, hint), as the generated table of ``qual`` lists
    them."""
    texto = extensao().gerar(qual)
    linhas = {
        m["codigo"]: (m["sev"], m["glosa"], m["desc"], m["dica"]) for m in LINHA.finditer(texto)
    }
    assert texto.count("   * - ``") == len(linhas)  # every row read, none twice
    return linhas


def _codigos_das_regras() -> set[str]:
    """The codes the modules of :mod:`tiss_conecta.rules` declare (export as constants)."""
    pacote = tiss_conecta.rules
    codigos = set()
    for info in pkgutil.walk_packages(pacote.__path__, prefix=f"{pacote.__name__}."):
        modulo = importlib.import_module(info.name)
        for nome in getattr(modulo, "__all__", ()):
            valor = getattr(modulo, nome)
            if isinstance(valor, Regra):
                codigos.add(valor.codigo)
    return codigos


def test_the_generated_tables_list_exactly_the_registered_codes() -> None:
    todas = regras()
    codec, das_regras, preenvio = _linhas("codec"), _linhas("regras"), _linhas("preenvio")
    conciliacao = _linhas("conciliacao")
    assert set(codec).isdisjoint(das_regras)
    assert set(preenvio).isdisjoint(set(codec) | set(das_regras))
    assert set(conciliacao).isdisjoint(set(codec) | set(das_regras) | set(preenvio))
    assert set(codec) | set(das_regras) | set(preenvio) | set(conciliacao) == set(todas)
    assert set(das_regras) == _codigos_das_regras()
    assert set(preenvio) == {"preenvio.guias_nao_lidas", "preenvio.regras_nao_aplicadas"}
    assert set(conciliacao) == {
        "conciliacao.informado_divergente",
        "conciliacao.liberado_maior",
    }
    assert {"xml.malformado", "xsd.estrutura", "hash.divergente", "io.ilegivel"} <= set(codec)
    for codigo, (severidade, glosa, descricao, dica) in {
        **codec,
        **das_regras,
        **preenvio,
        **conciliacao,
    }.items():
        r = todas[codigo]
        assert severidade == r.severidade.value, codigo
        assert glosa == (r.glosa or "—"), codigo
        assert descricao == r.descricao, codigo
        # the declared hint, its commands of the CLI as literals
        assert r.dica, codigo
        assert dica.replace("``", "") == r.dica, codigo
        assert dica.count("``tiss-conecta ") == r.dica.count("tiss-conecta "), codigo
    # in code order
    assert list(codec) == sorted(codec)
    assert list(das_regras) == sorted(das_regras)


def test_the_tables_have_a_como_corrigir_column_with_the_commands_as_literals() -> None:
    texto = extensao().gerar("regras")
    assert texto.split("\n   * - ``", 1)[0].endswith(
        "   * - código\n     - severidade\n     - glosa\n     - descrição\n     - como corrigir"
    )
    _, _, _, dica = _linhas("regras")["versao.nao_aceita"]
    assert "``tiss-conecta converter ARQUIVO --para VERSAO -o SAIDA.xml``" in dica
    como_corrigir = extensao().como_corrigir
    assert como_corrigir(None) == "—"
    assert (
        como_corrigir("liste: tiss-conecta recurso DEMONSTRATIVO.xml --listar e escolha")
        == "liste: ``tiss-conecta recurso DEMONSTRATIVO.xml --listar`` e escolha"
    )


RECUSA = re.compile(r"^   \* - ``(?P<codigo>[^`]+)``\n     - (?P<quando>.*)$", re.MULTILINE)
"""A row of the generated table of the montagem's refusals: the code and when."""


def test_the_generated_recurso_table_lists_exactly_the_declared_refusals() -> None:
    texto = extensao().gerar("recurso")
    linhas = [(m["codigo"], m["quando"]) for m in RECUSA.finditer(texto)]
    assert linhas[0] == ("codigo", "quando")  # the header
    assert linhas[1:] == [(r.codigo, r.quando) for r in Recusa]  # in declaration order
    assert texto.count("   * - ") == len(linhas)  # every row read
    assert len(Recusa) >= 17


def test_the_refusals_are_not_achados_but_one_fact_keeps_the_rules_code() -> None:
    from tiss_conecta.rules import recurso

    todas = regras()
    assert len({r.codigo for r in Recusa}) == len(Recusa) == len(Recusa.__members__)
    assert Recusa.MAX_GUIAS.regra is recurso.MAX_GUIAS
    assert Recusa.MAX_GUIAS.codigo == recurso.MAX_GUIAS.codigo == "recurso.max_guias"
    for r in Recusa:
        assert r.codigo.startswith("recurso."), r
        # a code shared with an achado only where the declaration says it is the rule's fact
        assert (r.codigo in todas) == (r.regra is not None), r
        assert r.regra is None or todas[r.codigo] is r.regra, r
        assert r.quando, r
        assert "\n" not in r.quando, r


def test_an_unknown_table_is_refused() -> None:
    with pytest.raises(ValueError, match="codec, regras, preenvio, recurso, conciliacao"):
        extensao().gerar("outra")


def test_the_extension_writes_every_file(tmp_path: Path) -> None:
    ext = extensao()
    ext._escrever(SimpleNamespace(srcdir=str(tmp_path)))
    arquivos = {
        "codec": "codigos_codec.rst",
        "regras": "codigos_regras.rst",
        "preenvio": "codigos_preenvio.rst",
        "recurso": "codigos_recurso.rst",
        "conciliacao": "codigos_conciliacao.rst",
    }
    assert arquivos == ext.ARQUIVOS
    for qual, nome in arquivos.items():
        assert (tmp_path / "_gerado" / nome).read_text(encoding="utf-8") == ext.gerar(qual)
    assert "tiss_codigos" in (DOCS / "conf.py").read_text(encoding="utf-8")


_FEITA_A_MAO = re.compile(r"^(?:   \* - )?``([a-z0-9_.]+)``(?:\s{2,}|$)", re.MULTILINE)
"""A row of a table of codes written in the page: ``   * - ``code```` or ````code````
followed by its column."""


@pytest.mark.parametrize(
    ("pagina", "gerada"),
    [
        ("codec.rst", "codigos_codec.rst"),
        ("regras.rst", "codigos_regras.rst"),
        ("recurso.rst", "codigos_recurso.rst"),
    ],
)
def test_the_pages_include_the_generated_tables_and_keep_none_by_hand(
    pagina: str, gerada: str
) -> None:
    texto = (DOCS / pagina).read_text(encoding="utf-8")
    assert texto.count(f".. include:: _gerado/{gerada}") == 1
    declarados = set(regras()) | {r.codigo for r in Recusa}
    a_mao = {c for c in _FEITA_A_MAO.findall(texto) if c in declarados}
    assert a_mao == set()


def test_the_hand_table_detector_sees_a_table() -> None:
    # the check above must not pass for want of looking
    assert _FEITA_A_MAO.findall("``xml.dtd``        DTD\n   * - ``totais.item``\n") == [
        "xml.dtd",
        "totais.item",
    ]


def test_every_code_validate_reports_is_in_the_codec_table() -> None:
    # what tests/codec checked against the hand-kept table, on the generated one
    documentados = set(_linhas("codec"))
    original = example_path("lote-sadt").read_bytes()
    declarado = tiss.verify_hash(original).declarado
    assert declarado is not None
    entradas = [
        original.replace(b"INVESTIGACAO", b"CUSTO &#8364;", 1),  # outside ISO-8859-1
        original.replace(b">416070<", b">4160<", 1),
        original.replace(
            b"</ans:epilogo>", f"<ans:hash>{declarado}</ans:hash></ans:epilogo>".encode()
        ),
        b"<a/>",
        b"<a>",
        original.replace(b">4.01.00<", b">9.99.99<", 1),
        b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
    ]
    relatados = {a.codigo for dados in entradas for a in tiss.validate(dados).achados}
    assert len(relatados) >= 8
    assert relatados <= documentados, relatados - documentados


def test_the_repr_examples_of_the_models_page_run() -> None:
    import doctest

    falhas, exemplos = doctest.testfile(
        str(DOCS / "modelos.rst"),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert exemplos >= 4
    assert falhas == 0
