"""The official XSDs (from ../shared, not the package's copy) and how to check against them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from lxml import etree
from xsdata.formats.dataclass.serializers.tree import TreeSerializer

from tests.conftest import SHARED
from tiss_conecta import models

ANS = "http://www.ans.gov.br/padroes/tiss/schemas"
XS = "http://www.w3.org/2001/XMLSchema"
FRAGMENT_PREFIX = "teste."
"""Global elements added (in a test-only schema) for each named complexType."""

VERSOES = list(models.VERSOES)


def _folder(versao: str) -> Path:
    return SHARED / "tiss" / versao / "xsd"


def _documents(versao: str) -> list[Path]:
    sufixo = "V" + versao.replace(".", "_") + ".xsd"
    return [_folder(versao) / f"tiss{nome}{sufixo}" for nome in ("ComplexTypes", "Guias", "")]


def complex_type_names(versao: str) -> list[str]:
    """Every named complexType of the TISS namespace in the XSDs of ``versao``."""
    names = []
    for document in _documents(versao):
        root = etree.parse(str(document)).getroot()
        names += [node.get("name", "") for node in root.iterfind(f"{{{XS}}}complexType")]
    return sorted(names)


@cache
def xsd(versao: str) -> etree.XMLSchema:
    """``tissV<versao>.xsd`` compiled by lxml."""
    return etree.XMLSchema(etree.parse(str(_documents(versao)[-1])))


@cache
def fragment_xsd(versao: str) -> etree.XMLSchema:
    """The TISS schema plus a global element ``teste.<name>`` for every named complexType.

    It lets a test validate an object that is not a whole ``mensagemTISS``.
    """
    main = _documents(versao)[-1].resolve()
    elements = "".join(
        f'<element name="{FRAGMENT_PREFIX}{name}" type="ans:{name}"/>'
        for name in complex_type_names(versao)
    )
    text = (
        f'<schema xmlns="{XS}" xmlns:ans="{ANS}" targetNamespace="{ANS}" '
        f'elementFormDefault="qualified"><include schemaLocation="{main.as_uri()}"/>'
        f"{elements}</schema>"
    )
    return etree.XMLSchema(etree.fromstring(text))


@pytest.fixture(autouse=True)
def _shared_present(shared: Path) -> None:
    """Every test here reads the official XSDs from ../shared."""


def assert_valid(schema: etree.XMLSchema, document: etree._Element | bytes) -> None:
    """Fail with lxml's error log (and the document) if ``document`` is not schema-valid."""
    root = etree.fromstring(document) if isinstance(document, bytes) else document
    if not schema.validate(root):
        errors = "\n".join(f"  linha {e.line}: {e.message}" for e in schema.error_log)
        shown = etree.tostring(root, encoding="unicode", pretty_print=True)[:4000]
        pytest.fail(f"inválido pelo XSD:\n{errors}\n{shown}")


def fragment(obj: object) -> etree._Element:
    """An instance of a named complexType's class as a ``teste.<name>`` element."""
    root = TreeSerializer().render(obj).getroot()
    root.tag = f"{{{ANS}}}{FRAGMENT_PREFIX}{type(obj).Meta.name}"  # type: ignore[attr-defined]
    return root
