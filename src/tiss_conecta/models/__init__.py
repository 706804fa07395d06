"""Registry of the TISS versions whose models are generated, and lazy access to them.

Each version's dataclasses live in ``models/v<version>/`` and are produced by
``xsd/generate.py`` from the official XSDs; nothing in those folders is hand-edited. The
versions share class and field names, so code written once serves all of them: reach the
models of the message at hand with :func:`modulo_de` (or :func:`carregar` for a version named
by the caller), never by importing one version's package.

Importing this module imports no generated code (each version takes ~0.3 s): a version's
models load on first use.

Adding a version is configuration: its XSD checksums in ``xsd/SHA256SUMS``, an entry in
:data:`VERSOES`, and ``make models``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

__all__ = [
    "NAMESPACE",
    "VERSAO_PADRAO",
    "VERSOES",
    "VersaoModelos",
    "carregar",
    "modulo_de",
    "versao_de",
]

NAMESPACE = "http://www.ans.gov.br/padroes/tiss/schemas"


@dataclass(frozen=True, slots=True)
class VersaoModelos:
    """One TISS version: where its generated models and its XSD entry point are."""

    versao: str
    pacote: str
    """Python package of the generated dataclasses."""
    esquema: str
    """Entry XSD (root element ``mensagemTISS``), relative to the reference-data root."""

    @property
    def modulo(self) -> str:
        """The generated module (xsdata's single-package output)."""
        return f"{self.pacote}.tiss"


def _version(versao: str) -> VersaoModelos:
    sufixo = versao.replace(".", "_")
    return VersaoModelos(
        versao=versao,
        pacote=f"tiss_conecta.models.v{sufixo}",
        esquema=f"{versao}/xsd/tissV{sufixo}.xsd",
    )


VERSOES: dict[str, VersaoModelos] = {v: _version(v) for v in ("4.01.00", "4.02.00", "4.03.00")}
"""The supported versions, oldest first."""

VERSAO_PADRAO = "4.01.00"
"""The version of messages built from nothing (examples, strategies) unless one is named:
the one the Conecta operadoras of ``../shared/seeds`` accept today."""


def carregar(versao: str = VERSAO_PADRAO) -> ModuleType:
    """Import and return the generated module of ``versao``.

    >>> carregar("4.03.00").DmVersao("4.03.00")
    <DmVersao.VALUE_4_03_00: '4.03.00'>
    """
    from tiss_conecta.errors import TissVersionError

    try:
        entry = VERSOES[versao]
    except (KeyError, TypeError):
        raise TissVersionError(versao, tuple(VERSOES), argumento=True) from None
    return importlib.import_module(entry.modulo)


def versao_de(objeto: object) -> str | None:
    """The version whose generated models ``objeto`` (or its class) belongs to, else ``None``.

    >>> versao_de(carregar("4.02.00").MensagemTiss)
    '4.02.00'
    >>> versao_de("texto") is None
    True
    """
    cls = objeto if isinstance(objeto, type) else type(objeto)
    module = cls.__module__
    for versao, entry in VERSOES.items():
        if module == entry.modulo:
            return versao
    return None


def modulo_de(objeto: object) -> ModuleType:
    """The generated module of the version ``objeto`` belongs to (its classes and enums).

    >>> m = modulo_de(carregar("4.03.00").Epilogo(hash=""))
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
            "tiss_conecta.models.carregar(versao)",
        )
    return carregar(versao)
