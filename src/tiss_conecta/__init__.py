"""tiss-conecta: the TISS (ANS) health-billing standard for Python, versions 4.01.00 to 4.03.00.

    >>> import tiss_conecta as tiss
    >>> msg = tiss.parse("lote.xml")            # typed dataclasses, any mensagemTISS
    >>> tiss.validate("lote.xml").ok            # XSD + epilogo hash
    >>> data = tiss.to_xml(msg)                 # ISO-8859-1, hash stamped

Importing the package is cheap: the generated models, lxml and the compiled schema are
loaded on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from tiss_conecta.errors import (
    ConversaoRecusada,
    GlosaDesconhecida,
    PerfilDesconhecido,
    PerfilInvalido,
    RecursoInvalido,
    RecursoRecusado,
    TissEncodingError,
    TissError,
    TissHashError,
    TissLookupError,
    TissParseError,
    TissReferenceError,
    TissSchemaError,
    TissSecurityError,
    TissSerializationError,
    TissVersionError,
    TransicaoInvalida,
)

if TYPE_CHECKING:
    from tiss_conecta.achados import Achado, Severidade
    from tiss_conecta.codec import (
        ConferenciaHash,
        Relatorio,
        compute_hash,
        parse,
        to_xml,
        validate,
        verify_hash,
    )

__version__ = "0.1.0"

_CODEC_NAMES = (
    "ConferenciaHash",
    "Relatorio",
    "compute_hash",
    "parse",
    "to_xml",
    "validate",
    "verify_hash",
)
_LAZY = {
    **dict.fromkeys(_CODEC_NAMES, "tiss_conecta.codec"),
    "Achado": "tiss_conecta.achados",
    "Severidade": "tiss_conecta.achados",
}

__all__ = [
    "Achado",
    "ConferenciaHash",
    "ConversaoRecusada",
    "GlosaDesconhecida",
    "PerfilDesconhecido",
    "PerfilInvalido",
    "RecursoInvalido",
    "RecursoRecusado",
    "Relatorio",
    "Severidade",
    "TissEncodingError",
    "TissError",
    "TissHashError",
    "TissLookupError",
    "TissParseError",
    "TissReferenceError",
    "TissSchemaError",
    "TissSecurityError",
    "TissSerializationError",
    "TissVersionError",
    "TransicaoInvalida",
    "__version__",
    "compute_hash",
    "parse",
    "to_xml",
    "validate",
    "verify_hash",
]


_SUBPACKAGES = (
    "achados",
    "codec",
    "examples",
    "glosas",
    "models",
    "montagem",
    "rules",
    "strategies",
    "versoes",
)


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:  # tiss_conecta.glosas etc. without a separate import
        return importlib.import_module(f"tiss_conecta.{name}")
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'tiss_conecta' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*__all__, *_SUBPACKAGES])
