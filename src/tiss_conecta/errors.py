"""The exception hierarchy: everything the library raises on purpose is a :class:`TissError`.

Each error carries a stable ``code`` for programs, a message in Portuguese for people,
where it happened (``line``, ``column``, ``xpath`` when known) and how to fix it (``hint``).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "GlosaDesconhecida",
    "PerfilDesconhecido",
    "PerfilInvalido",
    "RecursoInvalido",
    "RecursoRecusado",
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
]


class TissError(Exception):
    """Root of every error tiss-conecta raises on purpose."""

    code: str = "tiss.error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        line: int | None = None,
        column: int | None = None,
        xpath: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        if code is not None:
            self.code = code
        self.line = line
        self.column = column
        self.xpath = xpath
        self.hint = hint
        super().__init__(str(self))

    @property
    def where(self) -> str:
        """``linha 3, coluna 7, /mensagemTISS/cabecalho`` (empty when unknown)."""
        parts = []
        if self.line is not None:
            parts.append(f"linha {self.line}")
        if self.column is not None:
            parts.append(f"coluna {self.column}")
        if self.xpath:
            parts.append(self.xpath)
        return ", ".join(parts)

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        if self.where:
            text += f" ({self.where})"
        if self.hint:
            text += f". Como corrigir: {self.hint}"
        return text


class TissParseError(TissError):
    """Input is not well-formed XML, or not a ``mensagemTISS``."""

    code = "xml.malformed"


class TissSchemaError(TissParseError):
    """A message that does not follow the official XSD (raised by ``parse(strict=True)``)."""

    code = "xsd.invalido"

    def __init__(
        self,
        message: str,
        *,
        issues: Sequence[object] = (),
        line: int | None = None,
        column: int | None = None,
        xpath: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.issues = tuple(issues)
        """Every :class:`~tiss_conecta.ValidationIssue` found, the first one in the message."""
        super().__init__(message, line=line, column=column, xpath=xpath, hint=hint)


class TissSecurityError(TissParseError):
    """Input tries a DTD, an entity, an external reference or is too large: refused unread."""

    code = "xml.unsafe"


class TissEncodingError(TissError):
    """A character cannot be written in ISO-8859-1, or the input's encoding is not accepted."""

    code = "xml.encoding"


class TissVersionError(TissError):
    """The message declares a TISS version this library does not support."""

    code = "xml.version"

    def __init__(
        self,
        found: str | None,
        supported: Sequence[str],
        *,
        line: int | None = None,
        argumento: bool = False,
    ) -> None:
        """``argumento=True``: the version came from a caller's argument, not a message."""
        self.found = found
        self.supported = tuple(supported)
        if argumento:
            super().__init__(
                f"versão TISS {found!r} desconhecida",
                hint="use uma destas: " + ", ".join(self.supported),
            )
            return
        super().__init__(
            f"versão TISS {found!r} não suportada; suportadas: {', '.join(self.supported)}"
            if found
            else "a mensagem não declara a versão TISS (cabecalho/Padrao ausente); "
            f"suportadas: {', '.join(self.supported)}",
            line=line,
            xpath="/mensagemTISS/cabecalho/Padrao",
            hint="gere o arquivo na versão " + " ou ".join(self.supported),
        )


class TissHashError(TissError):
    """The epilogo hash cannot be computed or checked (e.g. more than one ``hash``)."""

    code = "hash.invalid"


class TissSerializationError(TissError):
    """An object cannot be written as a TISS message."""

    code = "xml.serialization"


class TissReferenceError(TissError):
    """The bundled official reference files (XSDs, tables) are missing or altered."""

    code = "reference.missing"


class TissLookupError(TissError, KeyError):
    """A lookup by code or name found nothing (also a ``KeyError``, for ``dict``-like use)."""

    code = "lookup.desconhecido"

    def __str__(self) -> str:  # KeyError would otherwise repr() the message
        return TissError.__str__(self)


class GlosaDesconhecida(TissLookupError):
    """No glosa with this code in the TUSS table 38."""

    code = "glosa.desconhecida"


class PerfilInvalido(TissError):
    """An operadora profile given as data has an unknown key or a value of the wrong kind."""

    code = "perfil.invalido"


class PerfilDesconhecido(TissLookupError):
    """No built-in operadora profile has this short name or registro ANS."""

    code = "perfil.desconhecido"


class TransicaoInvalida(TissError):
    """An action that the lote's or protocolo's current situation does not allow."""

    code = "estado.transicao_invalida"


class RecursoRecusado(TissError):
    """A recurso that may not be filed now (protocolo not Faturado, or another one open for
    the same protocolo or guia: glosa 2904)."""

    code = "recurso.recusado"

    def __init__(self, message: str, *, glosa: str | None = None, hint: str | None = None):
        self.glosa = glosa
        """The glosa an operadora would apply (e.g. 2904), when there is one."""
        super().__init__(message, hint=hint)


class RecursoInvalido(TissError):
    """The prestador's choices for a recurso de glosa cannot be built into a valid message."""

    code = "recurso.invalido"
