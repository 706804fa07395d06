"""The exception hierarchy: everything the library raises on purpose is a :class:`TissError`.

Each error carries a stable ``code`` for programs, a message in Portuguese for people,
where it happened (``line``, ``column``, ``xpath`` when known) and how to fix it (``hint``).
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiss_conecta.codec.conversao import Campo

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
    "motivo_do_sistema",
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
        fora_do_namespace: bool = False,
    ) -> None:
        """``argumento=True``: the version came from a caller's argument, not a message.
        ``lido_por``: supported versions whose XSD also accepts ``found`` as ``Padrao``.
        ``fora_do_namespace``: ``found`` was read from a ``Padrao`` outside the TISS
        namespace."""
        self.found = found
        self.supported = tuple(supported)
        lista = ", ".join(self.supported)
        if argumento:
            super().__init__(f"versão TISS {found!r} desconhecida", hint=f"use uma destas: {lista}")
            return
        message, hint = _versao_do_arquivo(found, self.supported, lido_por, fora_do_namespace)
        super().__init__(message, line=line, xpath="/mensagemTISS/cabecalho/Padrao", hint=hint)


def _numeros(versao: str) -> tuple[int, ...] | None:
    partes = versao.split(".")
    return tuple(int(p) for p in partes) if all(p.isdigit() for p in partes) else None


def _versao_do_arquivo(
    found: str | None, supported: tuple[str, ...], lido_por: Sequence[str], fora: bool
) -> tuple[str, str]:
    """The message and hint for a file whose ``Padrao`` the library cannot read."""
    lista = ", ".join(supported)
    if fora:
        return (
            f"Padrao {found!r} escrito fora do namespace TISS "
            "(http://www.ans.gov.br/padroes/tiss/schemas)",
            "o arquivo não segue o XSD: Padrao deve ser <ans:Padrao> com uma versão TISS "
            f"({lista}); peça ao emissor o arquivo corrigido",
        )
    if not found:
        return (
            "a mensagem não declara a versão TISS: cabecalho/Padrao, obrigatório em toda versão, "
            "está ausente ou vazio",
            "o arquivo não segue o XSD e precisa ser corrigido por quem o gerou: o cabecalho "
            "termina com <ans:Padrao> e a versão do padrão (por exemplo 4.03.00)",
        )
    if lido_por:
        return (
            f"o TISS {found} não tem schemas próprios aqui (a biblioteca lê {lista})",
            f"o XSD {lido_por[0]} aceita Padrao {found}: leia o arquivo com "
            f"versao='{lido_por[0]}' (na linha de comando, --versao {lido_por[0]})",
        )
    numeros, mais_nova = _numeros(found), _numeros(supported[-1]) if supported else None
    if numeros is None or len(numeros) != 3:
        return (
            f"Padrao {found!r} não é uma versão TISS (esperado algo como {supported[-1]})",
            "o arquivo não segue o XSD e precisa ser corrigido por quem o gerou",
        )
    if mais_nova is not None and numeros > mais_nova:
        return (
            f"o TISS {found} é mais novo que as versões que esta instalação lê ({lista})",
            "atualize o tiss-conecta (pip install -U tiss-conecta): versões novas do padrão "
            "chegam em versões novas da biblioteca",
        )
    return (
        f"versão TISS {found} não suportada: a biblioteca lê {lista}",
        f"o TISS {found} é anterior aos schemas que a biblioteca traz; o hash do epílogo "
        "ainda pode ser conferido (tiss-conecta hash ARQUIVO)",
    )


class ConversaoRecusada(TissVersionError):
    """A message cannot be rewritten in another TISS version without losing or inventing
    content: :attr:`campos` names every field, with its XPath and value."""

    code = "versao.conversao"

    def __init__(self, de: str, para: str, campos: Sequence[Campo]) -> None:
        from tiss_conecta.models import VERSIONS

        self.de = de
        """The version of the message."""
        self.para = para
        """The version it could not be rewritten in."""
        self.campos: tuple[Campo, ...] = tuple(campos)
        """Each :class:`~tiss_conecta.versoes.Campo` that cannot be carried."""
        self.found = de
        self.supported = tuple(VERSIONS)
        TissError.__init__(
            self,
            f"a mensagem TISS {de} não cabe no TISS {para}; {len(self.campos)} campo(s):"
            + "".join(f"\n  {c}" for c in self.campos),
            hint="ajuste os campos listados; informe os que o destino exige com "
            "preencher={'elemento': valor} e aceite perder os que ele não tem (ou as "
            "assinaturas) com descartar=['elemento']",
        )

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}\nComo corrigir: {self.hint}"


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


_MOTIVOS = {
    errno.ENOENT: "o arquivo ou a pasta não existe",
    errno.EACCES: "sem permissão de acesso",
    errno.EPERM: "operação não permitida",
    errno.EISDIR: "é uma pasta, não um arquivo",
    errno.ENOTDIR: "parte do caminho não é uma pasta",
    errno.ENOSPC: "não há espaço no disco",
    errno.EROFS: "o sistema de arquivos é só de leitura",
    errno.ENAMETOOLONG: "o nome é longo demais",
    errno.EEXIST: "o arquivo já existe",
}


def motivo_do_sistema(exc: OSError) -> str:
    """Why the operating system refused, in Portuguese (its own text is in English)."""
    return _MOTIVOS.get(exc.errno or 0, f"erro do sistema operacional (errno {exc.errno})")
