"""The official XSD (from ../shared, not the package's copy) and how to check against it."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from xsdata.formats.dataclass.serializers.tree import TreeSerializer

ANS = "http://www.ans.gov.br/padroes/tiss/schemas"
XS = "http://www.w3.org/2001/XMLSchema"
FRAGMENT_PREFIX = "teste."
"""Global elements added (in a test-only schema) for each named complexType."""

_SCHEMA_DIR = ("tiss", "4.01.00", "xsd")
_DOCUMENTS = ("tissComplexTypesV4_01_00.xsd", "tissGuiasV4_01_00.xsd", "tissV4_01_00.xsd")


def complex_type_names(shared: Path) -> list[str]:
    """Every named complexType of the TISS namespace in the 4.01.00 XSDs."""
    folder = shared.joinpath(*_SCHEMA_DIR)
    names = []
    for document in _DOCUMENTS:
        root = etree.parse(str(folder / document)).getroot()
        names += [node.get("name", "") for node in root.iterfind(f"{{{XS}}}complexType")]
    return sorted(names)


@pytest.fixture(scope="session")
def xsd(shared: Path) -> etree.XMLSchema:
    """``tissV4_01_00.xsd`` compiled by lxml."""
    return etree.XMLSchema(etree.parse(str(shared.joinpath(*_SCHEMA_DIR, "tissV4_01_00.xsd"))))


@pytest.fixture(scope="session")
def fragment_xsd(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> etree.XMLSchema:
    """The TISS schema plus a global element ``teste.<name>`` for every named complexType.

    It lets a test validate an object that is not a whole ``mensagemTISS``.
    """
    main = shared.joinpath(*_SCHEMA_DIR, "tissV4_01_00.xsd").resolve()
    elements = "".join(
        f'<element name="{FRAGMENT_PREFIX}{name}" type="ans:{name}"/>'
        for name in complex_type_names(shared)
    )
    text = (
        f'<schema xmlns="{XS}" xmlns:ans="{ANS}" targetNamespace="{ANS}" '
        f'elementFormDefault="qualified"><include schemaLocation="{main.as_uri()}"/>'
        f"{elements}</schema>"
    )
    path = tmp_path_factory.mktemp("xsd") / "fragmentos.xsd"
    path.write_text(text, encoding="utf-8")
    return etree.XMLSchema(etree.parse(str(path)))


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
