"""Registry of the TISS versions whose models are generated, and lazy access to them.

Each version's dataclasses live in ``models/v<version>/`` and are produced by
``xsd/generate.py`` from the official XSDs; nothing in those folders is hand-edited.
Importing this module does not import any generated code (it takes ~0.4 s): call
:func:`load` or use :mod:`tiss_conecta.models.v4_01_00` directly.

Adding a version (e.g. 4.03.00) is configuration: its XSD checksums in
``xsd/SHA256SUMS``, an entry in :data:`VERSIONS`, and ``make models``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

__all__ = ["DEFAULT_VERSION", "NAMESPACE", "VERSIONS", "ModelVersion", "load"]

NAMESPACE = "http://www.ans.gov.br/padroes/tiss/schemas"


@dataclass(frozen=True, slots=True)
class ModelVersion:
    """One TISS version: where its generated models and its XSD entry point are."""

    versao: str
    package: str
    """Python package of the generated dataclasses."""
    schema: str
    """Entry XSD (root element ``mensagemTISS``), relative to the reference-data root."""

    @property
    def module(self) -> str:
        """The generated module (xsdata's single-package output)."""
        return f"{self.package}.tiss"


VERSIONS: dict[str, ModelVersion] = {
    "4.01.00": ModelVersion(
        versao="4.01.00",
        package="tiss_conecta.models.v4_01_00",
        schema="4.01.00/xsd/tissV4_01_00.xsd",
    ),
}

DEFAULT_VERSION = "4.01.00"


def load(versao: str = DEFAULT_VERSION) -> ModuleType:
    """Import and return the generated module of ``versao``."""
    from tiss_conecta.errors import TissVersionError

    try:
        entry = VERSIONS[versao]
    except KeyError:
        raise TissVersionError(versao, tuple(VERSIONS)) from None
    return importlib.import_module(entry.module)
