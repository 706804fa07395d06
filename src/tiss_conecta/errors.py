"""The exception hierarchy: everything the library raises on purpose is a :class:`TissError`.

Each error carries a stable ``code`` for programs, a message in Portuguese for people,
where it happened (``line``, ``column``, ``xpath`` when known) and how to fix it (``hint``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiss_conecta.versoes import Campo

__all__ = [
    "ConversaoRecusada",
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
    """A TISS version this library has no schemas for, or content one version cannot carry."""

    code = "xml.version"

    def __init__(
        self,
        found: str | None,
        supported: Sequence[str],
        *,
        line: int | None = None,
        argumento: bool = False,
        lido_por: Sequence[str] = (),
    ) -> None:
        """``argumento=True``: the version came from a caller's argument, not a message.
        ``lido_por``: supported versions whose XSD also accepts ``found`` as ``Padrao``."""
        self.found = found
        self.supported = tuple(supported)
        lista = ", ".join(self.supported)
        if argumento:
            super().__init__(f"versão TISS {found!r} desconhecida", hint=f"use uma destas: {lista}")
            return
        if not found:
            message = "a mensagem não declara a versão TISS (cabecalho/Padrao ausente)"
            hint = (
                "se souber a versão em que o arquivo foi gerado, informe-a: versao='4.03.00' "
                "(na linha de comando, --versao 4.03.00)"
            )
        elif lido_por:
            message = f"o TISS {found} não tem schemas próprios aqui (a biblioteca lê {lista})"
            hint = (
                f"o XSD {lido_por[0]} aceita Padrao {found}: leia o arquivo com "
                f"versao='{lido_por[0]}' (na linha de comando, --versao {lido_por[0]})"
            )
        else:
            message = f"versão TISS {found} não suportada: a biblioteca lê {lista}"
            hint = (
                f"o TISS {found} é anterior aos schemas que a biblioteca traz; o hash do epílogo "
                "ainda pode ser conferido (tiss-conecta hash ARQUIVO)"
            )
        super().__init__(message, line=line, xpath="/mensagemTISS/cabecalho/Padrao", hint=hint)


class ConversaoRecusada(TissVersionError):
    """A message cannot be rewritten in another TISS version without losing or inventing
    content: :attr:`campos` names every field, with its XPath and value."""

    code = "versao.conversao"

    def __init__(self, de: str, para: str, campos: Sequence[Campo]) -> None:
        self.de = de
        self.para = para
        self.campos: tuple[Campo, ...] = tuple(campos)
        """Each :class:`~tiss_conecta.versoes.Campo` that cannot be carried."""
        self.found = de
        self.supported = (para,)
        lista = "; ".join(str(c) for c in self.campos[:3])
        mais = f" (e mais {len(self.campos) - 3})" if len(self.campos) > 3 else ""
        TissError.__init__(
            self,
            f"a mensagem TISS {de} não cabe no TISS {para}: {len(self.campos)} campo(s): "
            f"{lista}{mais}",
            xpath=self.campos[0].xpath if self.campos else None,
            hint="ajuste os campos listados; informe os que o destino exige com "
            "preencher={'elemento': valor} e aceite perder os que ele não tem com "
            "descartar=['elemento']",
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
