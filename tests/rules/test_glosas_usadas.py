"""Every glosa code an achado can carry exists in TUSS table 38 and can travel in a message of
every supported TISS version: an achado never carries a glosa code the message's version
cannot carry.

The glosa of an achado is the one its code is declared with (:func:`tiss_conecta.achados.regras`,
the rules' codes and the codec's), or none; glosa codes are written only in those
declarations (and in the few named constants of :mod:`tiss_conecta.rules.recurso` that
its refusals carry, and the codec's table of the fields table 38 names a glosa for), never
inline where an achado or an error is made."""

from __future__ import annotations

import ast
import csv
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

import tiss_conecta.rules
from tiss_conecta import reference
from tiss_conecta.achados import descricao_glosa, regras
from tiss_conecta.codec import _mensagens_xsd
from tiss_conecta.models import VERSOES
from tiss_conecta.rules import recurso

FONTES = [Path(tiss_conecta.rules.__file__).parent, Path(tiss_conecta.__file__).parent / "cli"]


@cache
def _dm_tipo_glosa(versao: str) -> frozenset[str]:
    """The ``dm_tipoGlosa`` enumeration of ``versao``, read with lxml from its bundled XSD."""
    xsd = reference.caminho(f"{versao}/xsd/tissSimpleTypesV{versao.replace('.', '_')}.xsd")
    valores = etree.parse(str(xsd)).xpath(
        "//xs:simpleType[@name='dm_tipoGlosa']//xs:enumeration/@value",
        namespaces={"xs": "http://www.w3.org/2001/XMLSchema"},
    )
    return frozenset(str(v) for v in valores)


def _todas_as_glosas() -> frozenset[str]:
    """Every glosa code of any supported version (not the empty value some enumerate)."""
    return frozenset().union(*map(_dm_tipo_glosa, VERSOES)) - {""}


def _declaradas() -> dict[str, str]:
    """The glosa of every declared code that has one, by code."""
    return {c: r.glosa for c, r in regras().items() if r.glosa is not None}


def _de_erro() -> dict[str, str]:
    """The glosas named outside a declaration: those the recurso's refusals
    (:class:`~tiss_conecta.errors.RecursoRecusado`) carry, named in
    :mod:`tiss_conecta.rules.recurso`, and those an XSD achado takes from its field or place
    (:mod:`tiss_conecta.codec._mensagens_xsd`)."""
    return {
        "GLOSA_MANTIDA": recurso.GLOSA_MANTIDA,
        "GLOSA_DUPLICADO": recurso.GLOSA_DUPLICADO,
        "GLOSA_GUIAS_DEMAIS": _mensagens_xsd.GLOSA_GUIAS_DEMAIS,
        **{f"GLOSAS_DO_CAMPO[{c!r}]": g for c, g in _mensagens_xsd.GLOSAS_DO_CAMPO.items()},
    }


def _e_regra(no: ast.AST) -> bool:
    """A call ``Regra(...)``: a declaration of a code."""
    return isinstance(no, ast.Call) and isinstance(no.func, ast.Name) and no.func.id == "Regra"


def _e_declarada(valor: ast.expr) -> bool:
    """``glosa=...`` (the declared one), ``glosa=None`` or a choice between the two."""
    if isinstance(valor, ast.IfExp):
        return _e_declarada(valor.body) and _e_declarada(valor.orelse)
    return isinstance(valor, ast.Constant) and (valor.value is Ellipsis or valor.value is None)


def _fora_do_lugar(codigo: str, glosas: frozenset[str]) -> dict[str, str]:
    """What the source ``codigo`` writes outside a code's declaration: the glosa codes typed
    as text (not as the ``glosa`` of a ``Regra(...)`` nor as a module-level named constant),
    any ``glosa="..."`` text, and any ``regra.achado(..., glosa=X)`` whose X is not the
    declared glosa or none."""
    arvore = ast.parse(codigo)
    permitidos: set[int] = set()  # id() of the Constant nodes written where they belong
    for no in ast.walk(arvore):
        if _e_regra(no):
            assert isinstance(no, ast.Call)
            permitidos |= {id(k.value) for k in no.keywords if k.arg == "glosa"}
    for no in arvore.body:
        if isinstance(no, (ast.Assign, ast.AnnAssign)) and isinstance(no.value, ast.Constant):
            permitidos.add(id(no.value))
    achados = {}
    for no in ast.walk(arvore):
        if (
            isinstance(no, ast.Constant)
            and isinstance(no.value, str)
            and no.value in glosas
            and id(no) not in permitidos
        ):
            achados[f"linha {no.lineno}"] = no.value
        if not isinstance(no, ast.Call) or _e_regra(no):
            continue
        for k in no.keywords:
            if k.arg != "glosa":
                continue
            if isinstance(k.value, ast.Constant) and isinstance(k.value.value, str):
                achados[f"linha {k.value.lineno}"] = k.value.value
            elif (
                isinstance(no.func, ast.Attribute)
                and no.func.attr == "achado"
                and not _e_declarada(k.value)
            ):
                achados[f"linha {k.value.lineno}"] = ast.unparse(k.value)
    return achados


def _literais() -> dict[str, str]:
    """:func:`_fora_do_lugar` over every source file of the rules and the command line."""
    glosas = _todas_as_glosas()
    return {
        f"{arquivo.relative_to(pasta.parent)}:{onde}": valor
        for pasta in FONTES
        for arquivo in sorted(pasta.rglob("*.py"))
        for onde, valor in _fora_do_lugar(arquivo.read_text(encoding="utf-8"), glosas).items()
    }


@pytest.fixture(scope="module")
def tabela38(shared: Path) -> dict[str, dict[str, str]]:
    with (shared / "tiss/tabelas/tabela38.csv").open(encoding="utf-8") as f:
        return {r["codigo"]: r for r in csv.DictReader(f)}


def test_glosa_codes_are_written_only_in_the_declarations() -> None:
    # a code typed inline would escape the checks below
    assert _literais() == {}


@pytest.mark.parametrize(
    ("codigo", "onde"),
    [
        ('x = f(glosa="1701")', 'glosa="1701"'),
        ("x = REGRA.achado('m', glosa='1702')", "glosa='1702' in .achado"),
        ("x = REGRA.achado('m', glosa=outra)", "glosa=outra in .achado"),
        ("def f(g):\n    return g == '1405'", "a glosa compared inline"),
        ("def f():\n    return ERRO(glosa=GLOSA_X)", None),
        ("GLOSA_X = '2904'", None),
        ("R = Regra('a.b', S.ERRO, 'd', glosa='1701')", None),
        ("x = REGRA.achado('m', glosa=... if c else None)", None),
    ],
)
def test_the_source_scan_finds_inline_codes(codigo: str, onde: str | None) -> None:
    # the scan above must not pass for want of looking
    assert bool(_fora_do_lugar(codigo, _todas_as_glosas())) is (onde is not None), onde


def test_codes_exist_and_are_accepted_by_the_401_xsd(tabela38: dict[str, dict[str, str]]) -> None:
    codigos = {**_declaradas(), **_de_erro()}
    assert len(codigos) >= 15
    assert {"versao.nao_aceita": "5028", "prazo.fora_da_janela": "1701"}.items() <= (
        codigos.items()
    )
    for onde, codigo in codigos.items():
        assert codigo in tabela38, onde
        assert tabela38[codigo]["em_4_01_00"] == "S", onde
        assert descricao_glosa(codigo) == tabela38[codigo]["descricao"], onde


@pytest.mark.parametrize("versao", list(VERSOES))
def test_every_glosa_an_achado_can_carry_is_in_each_versions_dm_tipo_glosa(versao: str) -> None:
    enumeracao = _dm_tipo_glosa(versao)
    assert {"1001", "5028", "5062"} <= enumeracao  # sanity: the table was read
    fora = {onde: c for onde, c in {**_declaradas(), **_de_erro()}.items() if c not in enumeracao}
    assert fora == {}


def test_the_xsds_read_here_show_the_144_codes_of_403() -> None:
    # DOMAIN.md: 4.03.00 adds 3169-3312 to dm_tipoGlosa; the earlier versions share theirs
    v401, v402, v403 = (_dm_tipo_glosa(v) for v in VERSOES)
    assert v401 == v402
    novos = v403 - v402
    assert len(novos) == 144
    assert (min(novos), max(novos)) == ("3169", "3312")


def test_unknown_code_has_no_description() -> None:
    assert descricao_glosa("0000") is None
