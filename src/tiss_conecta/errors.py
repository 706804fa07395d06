"""The exception hierarchy: everything the library raises on purpose is a :class:`TissError`.

Each error carries a stable ``codigo`` for programs, a ``mensagem`` in Portuguese for people,
where it happened (``linha``, ``coluna``, ``xpath`` when known) and how to fix it (``dica``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiss_conecta.achados import Achado
    from tiss_conecta.codec._conversao import Campo

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

    codigo: str = "tiss.erro"

    def __init__(
        self,
        mensagem: str,
        *,
        codigo: str | None = None,
        linha: int | None = None,
        coluna: int | None = None,
        xpath: str | None = None,
        dica: str | None = None,
    ) -> None:
        self.mensagem = mensagem
        if codigo is not None:
            self.codigo = codigo
        self.linha = linha
        self.coluna = coluna
        self.xpath = xpath
        self.dica = dica
        super().__init__(str(self))

    @property
    def onde(self) -> str:
        """``linha 3, coluna 7, /mensagemTISS/cabecalho`` (empty when unknown)."""
        partes = []
        if self.linha is not None:
            partes.append(f"linha {self.linha}")
        if self.coluna is not None:
            partes.append(f"coluna {self.coluna}")
        if self.xpath:
            partes.append(self.xpath)
        return ", ".join(partes)

    def __str__(self) -> str:
        texto = f"[{self.codigo}] {self.mensagem}"
        if self.onde:
            texto += f" ({self.onde})"
        if self.dica:
            texto += f". Como corrigir: {self.dica}"
        return texto


class TissParseError(TissError):
    """Input is not well-formed XML, or not a ``mensagemTISS``."""

    codigo = "xml.malformado"


class TissSchemaError(TissParseError):
    """A message that does not follow the official XSD (raised by ``parse(strict=True)``);
    ``codigo`` is the first achado's (``xsd.estrutura``, ``xsd.dominio``...), as ``validate``
    reports it."""

    codigo = "xsd.invalido"

    def __init__(
        self,
        mensagem: str,
        *,
        achados: Sequence[Achado] = (),
        linha: int | None = None,
        coluna: int | None = None,
        xpath: str | None = None,
        dica: str | None = None,
        codigo: str | None = None,
    ) -> None:
        self.achados: tuple[Achado, ...] = tuple(achados)
        """Every :class:`~tiss_conecta.achados.Achado` of the XSD, the first one in the
        message."""
        super().__init__(
            mensagem, codigo=codigo, linha=linha, coluna=coluna, xpath=xpath, dica=dica
        )


class TissSecurityError(TissParseError):
    """Input tries a DTD, an entity, an external reference or is too large: refused unread."""

    codigo = "xml.inseguro"


class TissEncodingError(TissError):
    """A character cannot be written in ISO-8859-1, or the input's encoding is not accepted."""

    codigo = "xml.codificacao"


class TissVersionError(TissError):
    """A TISS version this library has no schemas for, or content one version cannot carry."""

    codigo = "xml.versao"

    def __init__(
        self,
        encontrada: str | None,
        suportadas: Sequence[str],
        *,
        linha: int | None = None,
        argumento: bool = False,
        lido_por: Sequence[str] = (),
        fora_do_namespace: bool = False,
    ) -> None:
        """``argumento=True``: the version came from a caller's argument, not a message.
        ``lido_por``: supported versions whose XSD also accepts ``encontrada`` as
        ``Padrao``. ``fora_do_namespace``: it was read from a ``Padrao`` outside the TISS
        namespace."""
        self.encontrada = encontrada
        """The version found (``None``: the message has no ``Padrao``; ``""``: an empty
        one)."""
        self.suportadas = tuple(suportadas)
        """The versions the library reads."""
        lista = ", ".join(self.suportadas)
        if argumento:
            super().__init__(
                f"versão TISS {encontrada!r} desconhecida", dica=f"use uma destas: {lista}"
            )
            return
        mensagem, dica = _versao_do_arquivo(
            encontrada, self.suportadas, lido_por, fora_do_namespace
        )
        super().__init__(mensagem, linha=linha, xpath="/mensagemTISS/cabecalho/Padrao", dica=dica)


def _numeros(versao: str) -> tuple[int, ...] | None:
    partes = versao.split(".")
    return (
        tuple(int(p) for p in partes) if all(p.isascii() and p.isdigit() for p in partes) else None
    )


def _versao_do_arquivo(
    found: str | None, supported: tuple[str, ...], lido_por: Sequence[str], fora: bool
) -> tuple[str, str]:
    """The mensagem and dica for a file whose ``Padrao`` the library cannot read."""
    lista = ", ".join(supported)
    if fora:
        return (
            (f"Padrao {found!r}" if found else "Padrao vazio")
            + " escrito fora do namespace TISS (http://www.ans.gov.br/padroes/tiss/schemas): "
            "sem o prefixo ans: ou com outro namespace",
            "o arquivo não segue o XSD: Padrao deve ser <ans:Padrao> com uma versão TISS "
            f"({lista}); peça ao emissor o arquivo corrigido",
        )
    if not found:
        return (
            "a mensagem não declara a versão TISS: cabecalho/Padrao, obrigatório em toda versão, "
            + ("está vazio" if found == "" else "está ausente do cabecalho"),
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

    codigo = "versao.conversao"

    def __init__(self, de: str, para: str, campos: Sequence[Campo]) -> None:
        from tiss_conecta.models import VERSOES

        self.de = de
        """The version of the message."""
        self.para = para
        """The version it could not be rewritten in."""
        self.campos: tuple[Campo, ...] = tuple(campos)
        """Each :class:`~tiss_conecta.versoes.Campo` that cannot be carried."""
        self.encontrada = de
        self.suportadas = tuple(VERSOES)
        TissError.__init__(
            self,
            f"a mensagem TISS {de} não cabe no TISS {para}; {len(self.campos)} campo(s):"
            + "".join(f"\n  {c}" for c in self.campos),
            dica="ajuste os campos listados; informe os que o destino exige com "
            "preencher={'elemento': valor} e aceite perder os que ele não tem (ou as "
            "assinaturas) com descartar=['elemento']",
        )

    def __str__(self) -> str:
        return f"[{self.codigo}] {self.mensagem}\nComo corrigir: {self.dica}"


class TissHashError(TissError):
    """The epilogo hash cannot be computed or checked (e.g. more than one ``hash``)."""

    codigo = "hash.invalido"


class TissSerializationError(TissError):
    """An object cannot be written as a TISS message."""

    codigo = "xml.gravacao"


class TissReferenceError(TissError):
    """The bundled official reference files (XSDs, tables) are missing or altered."""

    codigo = "referencia.ausente"


class TissLookupError(TissError, KeyError):
    """A lookup by code or name found nothing (also a ``KeyError``, for ``dict``-like use)."""

    codigo = "consulta.desconhecido"

    def __str__(self) -> str:  # KeyError would otherwise repr() the message
        return TissError.__str__(self)


class GlosaDesconhecida(TissLookupError):
    """No glosa with this code in the TUSS table 38."""

    codigo = "glosa.desconhecida"


class PerfilInvalido(TissError):
    """An operadora profile given as data has an unknown key or a value of the wrong kind."""

    codigo = "perfil.invalido"


class PerfilDesconhecido(TissLookupError):
    """No built-in operadora profile has this short name or registro ANS."""

    codigo = "perfil.desconhecido"


class TransicaoInvalida(TissError):
    """An action that the lote's or protocolo's current situation does not allow."""

    codigo = "estado.transicao_invalida"


class RecursoRecusado(TissError):
    """A recurso that may not be filed now (protocolo not Faturado, or another one open for
    the same protocolo or guia: glosa 2904)."""

    codigo = "recurso.recusado"

    def __init__(self, mensagem: str, *, glosa: str | None = None, dica: str | None = None):
        self.glosa = glosa
        """The glosa an operadora would apply (e.g. 2904), when there is one."""
        super().__init__(mensagem, dica=dica)


class RecursoInvalido(TissError):
    """The prestador's choices for a recurso de glosa cannot be built into a valid message."""

    codigo = "recurso.invalido"
