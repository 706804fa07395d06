"""tiss-conecta: the TISS (ANS) health-billing standard for Python, versions 4.01.00 to 4.03.00.

    >>> import tiss_conecta as tiss
    >>> arquivo = tiss.examples.caminho("lote-sadt", "4.02.00")   # or the path of your file
    >>> tiss.validate(arquivo).ok               # XSD + epilogo hash
    True
    >>> msg = tiss.parse(arquivo)               # typed dataclasses, any mensagemTISS
    >>> msg.cabecalho.identificacao_transacao.tipo_transacao.value
    'ENVIO_LOTE_GUIAS'
    >>> tiss.to_xml(msg).splitlines()[0]        # ISO-8859-1, hash stamped
    b'<?xml version="1.0" encoding="ISO-8859-1"?>'

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
    "conciliacao",
    "examples",
    "glosas",
    "leitura",
    "models",
    "montagem",
    "preenvio",
    "rules",
    "strategies",
    "tabelas",
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
