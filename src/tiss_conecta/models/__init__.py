"""Registry of the TISS versions whose models are generated, and lazy access to them.

Each version's dataclasses live in ``models/v<version>/`` and are produced by
``xsd/generate.py`` from the official XSDs; nothing in those folders is hand-edited. The
versions share class and field names, so code written once serves all of them: reach the
models of the message at hand with :func:`modulo_de` (or :func:`load` for a version named
by the caller), never by importing one version's package.

Importing this module imports no generated code (each version takes ~0.3 s): a version's
models load on first use.

Adding a version is configuration: its XSD checksums in ``xsd/SHA256SUMS``, an entry in
:data:`VERSIONS`, and ``make models``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

__all__ = [
    "DEFAULT_VERSION",
    "NAMESPACE",
    "VERSIONS",
    "ModelVersion",
    "load",
    "modulo_de",
    "versao_de",
]

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


def _version(versao: str) -> ModelVersion:
    sufixo = versao.replace(".", "_")
    return ModelVersion(
        versao=versao,
        package=f"tiss_conecta.models.v{sufixo}",
        schema=f"{versao}/xsd/tissV{sufixo}.xsd",
    )


VERSIONS: dict[str, ModelVersion] = {v: _version(v) for v in ("4.01.00", "4.02.00", "4.03.00")}
"""The supported versions, oldest first."""

DEFAULT_VERSION = "4.01.00"
"""The version of messages built from nothing (examples, strategies) unless one is named:
the one the Conecta operadoras of ``../shared/seeds`` accept today."""


def load(versao: str = DEFAULT_VERSION) -> ModuleType:
    """Import and return the generated module of ``versao``.

    >>> load("4.03.00").DmVersao("4.03.00")
    <DmVersao.VALUE_4_03_00: '4.03.00'>
    """
    from tiss_conecta.errors import TissVersionError

    try:
        entry = VERSIONS[versao]
    except (KeyError, TypeError):
        raise TissVersionError(versao, tuple(VERSIONS), argumento=True) from None
    return importlib.import_module(entry.module)


def versao_de(objeto: object) -> str | None:
    """The version whose generated models ``objeto`` (or its class) belongs to, else ``None``.

    >>> versao_de(load("4.02.00").MensagemTiss)
    '4.02.00'
    >>> versao_de("texto") is None
    True
    """
    cls = objeto if isinstance(objeto, type) else type(objeto)
    module = cls.__module__
    for versao, entry in VERSIONS.items():
        if module == entry.module:
            return versao
    return None


def modulo_de(objeto: object) -> ModuleType:
    """The generated module of the version ``objeto`` belongs to (its classes and enums).

    >>> m = modulo_de(load("4.03.00").Epilogo(hash=""))
    >>> m.DmCentroConsumo("5")
    <DmCentroConsumo.VALUE_5: '5'>
    """
    versao = versao_de(objeto)
    if versao is None:
        from tiss_conecta.errors import TissSerializationError

        raise TissSerializationError(
            f"{type(objeto).__name__} não é um modelo TISS gerado por tiss_conecta.models",
            codigo="xml.nao_e_modelo",
            dica="leia a mensagem com tiss_conecta.parse ou construa-a com as classes de "
            "tiss_conecta.models.load(versao)",
        )
    return load(versao)
