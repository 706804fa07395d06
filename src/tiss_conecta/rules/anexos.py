"""Attachments (anexos) of a recurso de glosa or of an envio de documentos: accepted file
formats, maximum size and document types, as the profile states them.

ArcelorMittal's portal accepts DOC, DOCX, XLS, PDF, JPEG, PNG, JPG, ZIP and RAR, up to 15 MB
each, filed under a document type (JUSTIFICATIVA, ALVARÁ DE FUNCIONAMENTO, ...).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import PurePath

from tiss_conecta import formato
from tiss_conecta.achados import Achado, Regra
from tiss_conecta.achados import Severidade as S
from tiss_conecta.leitura._valores import texto
from tiss_conecta.rules._contexto import Contexto
from tiss_conecta.rules.perfil import Perfil

__all__ = [
    "EXTENSOES_TISS",
    "FORMATO",
    "TAMANHO",
    "TIPO_DOCUMENTO",
    "achados",
    "achados_do_anexo",
    "extensao",
    "formato_aceito",
    "tamanho_aceito",
    "tipo_documento_aceito",
]

FORMATO = Regra(
    "anexo.formato",
    S.ERRO,
    "anexo num formato que o perfil não aceita",
    dica="salve o documento em PDF (ou noutro formato que a operadora aceite) e anexe-o de novo",
)
TAMANHO = Regra(
    "anexo.tamanho",
    S.ERRO,
    "anexo maior que ``max_bytes_anexo``",
    dica="digitalize o documento em resolução menor ou em tons de cinza, ou envie-o em "
    "partes, cada uma dentro do limite",
)
TIPO_DOCUMENTO = Regra(
    "anexo.tipo_documento",
    S.ERRO,
    "tipo de documento fora da lista do perfil",
    dica="classifique o anexo com um dos tipos de documento que o portal da operadora lista",
)

EXTENSOES_TISS: dict[str, tuple[str, ...]] = {
    "01": ("JPG", "JPEG"),
    "02": ("PDF",),
    "03": ("PNG",),
    "04": ("TIFF", "TIF"),
    "05": ("JPG", "JPEG"),
    "06": ("PDF",),
    "07": ("PNG",),
    "08": ("TIFF", "TIF"),
    "09": ("PDF",),
}
"""``dm_formatoDocumento`` -> file extensions (05-08 are CAdES-signed, 09 PAdES)."""

_LARGURA_PORTAL = 30  # the portal shows the first 30 characters of a document type


def extensao(nome_arquivo: str) -> str:
    """The file's extension in capitals (``""`` when there is none).

    >>> extensao("Laudo.final.pdf"), extensao("LEIAME")
    ('PDF', '')
    """
    return PurePath(nome_arquivo).suffix.lstrip(".").upper()


def formato_aceito(nome_arquivo: str, perfil: Perfil) -> bool:
    """Whether the file's extension is one the profile accepts (any, if it states none).

    >>> from tiss_conecta.rules import ARCELORMITTAL
    >>> formato_aceito("laudo.pdf", ARCELORMITTAL), formato_aceito("laudo.tiff", ARCELORMITTAL)
    (True, False)
    """
    if perfil.anexo_formatos is None:
        return True
    return extensao(nome_arquivo) in {f.upper() for f in perfil.anexo_formatos}


def tamanho_aceito(tamanho_bytes: int, perfil: Perfil) -> bool:
    """Whether an attachment of ``tamanho_bytes`` fits the profile (any size if not stated).

    >>> from tiss_conecta.rules import ARCELORMITTAL, TISS
    >>> tamanho_aceito(16 * 2**20, ARCELORMITTAL), tamanho_aceito(16 * 2**20, TISS)
    (False, True)
    """
    return perfil.max_bytes_anexo is None or tamanho_bytes <= perfil.max_bytes_anexo


def tipo_documento_aceito(tipo: str, perfil: Perfil) -> bool:
    """Whether ``tipo`` is one of the profile's document types (case- and accent-insensitive,
    compared on the characters the portal shows).

    >>> from tiss_conecta.rules import ARCELORMITTAL
    >>> tipo_documento_aceito("Alvara de funcionamento", ARCELORMITTAL)
    True
    """
    if perfil.anexo_tipos_documento is None:
        return True
    chave = _chave(tipo)
    return any(chave == _chave(t) for t in perfil.anexo_tipos_documento)


def _chave(tipo: str) -> str:
    """``"Alvara de funcionamento"`` and ``"ALVARÁ DE FUNCIONAMENTO"`` are the same type."""
    decomposto = unicodedata.normalize("NFKD", tipo.strip().upper()[:_LARGURA_PORTAL])
    return "".join(c for c in decomposto if not unicodedata.combining(c))


def achados_do_anexo(
    nome_arquivo: str,
    tamanho_bytes: int,
    perfil: Perfil,
    *,
    tipo_documento: str | None = None,
    xpath: str | None = None,
) -> Iterator[Achado]:
    """Format, size and (when given) document type of one attachment, such as a file sent
    with a recurso in the portal.

    >>> from tiss_conecta.rules import ARCELORMITTAL
    >>> anexo = achados_do_anexo("laudo.tiff", 2**20, ARCELORMITTAL, tipo_documento="receita")
    >>> [a.codigo for a in anexo]
    ['anexo.formato', 'anexo.tipo_documento']
    """
    if not formato_aceito(nome_arquivo, perfil):
        aceitos = ", ".join(perfil.anexo_formatos or ())
        yield FORMATO.achado(
            f"O anexo {nome_arquivo!r} tem formato não aceito por {perfil.nome}. "
            f"Converta-o para um destes: {aceitos}.",
            xpath=xpath,
        )
    if not tamanho_aceito(tamanho_bytes, perfil):
        limite = perfil.max_bytes_anexo or 0
        yield TAMANHO.achado(
            f"O anexo {nome_arquivo!r} tem {formato.tamanho(tamanho_bytes)}; {perfil.nome} "
            f"aceita até {formato.megabytes(limite)} por anexo. Reduza a resolução ou divida o "
            "documento.",
            xpath=xpath,
        )
    if tipo_documento is not None and not tipo_documento_aceito(tipo_documento, perfil):
        yield TIPO_DOCUMENTO.achado(
            f"Tipo de documento {tipo_documento!r} não existe em {perfil.nome}. Escolha um "
            "dos tipos da lista do portal (por exemplo JUSTIFICATIVA).",
            xpath=xpath,
        )


_DOCUMENTOS = "/mensagemTISS/prestadorParaOperadora/envioDocumentos"


def achados(ctx: Contexto) -> Iterator[Achado]:
    """An envio de documentos: the document's format (``formatoDocumento``) and size.

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.rules import Contexto, perfil
    >>> m = tiss.models.carregar("4.01.00")
    >>> mensagem = tiss.parse(tiss.examples.caminho("lote-sadt"))
    >>> mensagem.prestador_para_operadora = m.PrestadorOperadora(
    ...     envio_documentos=m.CtEnvioDocumentos(
    ...         numero_documento="7",
    ...         natureza_guia=m.DmTipoGuia.VALUE_2,  # SP/SADT
    ...         formato_documento=m.DmFormatoDocumento.VALUE_04,  # TIFF
    ...         documento=bytes(16 * 2**20),
    ...         tipo_documento=m.DmTipoDocumento.VALUE_01,
    ...     )
    ... )
    >>> ctx = Contexto.de(mensagem, perfil("arcelormittal"), dt.date(2025, 6, 2))
    >>> [a.codigo for a in achados(ctx)]
    ['anexo.formato', 'anexo.tamanho']
    """
    doc = getattr(ctx.prestador, "envio_documentos", None)
    if doc is None:
        return
    perfil = ctx.perfil
    codigo_formato = texto(doc.formato_documento)
    extensoes = EXTENSOES_TISS.get(codigo_formato, ())
    nome = f"documento {texto(doc.numero_documento)}"
    if perfil.anexo_formatos is not None and extensoes:
        aceitos = {f.upper() for f in perfil.anexo_formatos}
        if not aceitos.intersection(extensoes):
            yield FORMATO.achado(
                f"O {nome} está em {'/'.join(extensoes)} (formatoDocumento {codigo_formato}); "
                f"{perfil.nome} aceita {', '.join(perfil.anexo_formatos)}. Converta o documento.",
                xpath=f"{_DOCUMENTOS}/formatoDocumento",
            )
    conteudo = doc.documento
    if isinstance(conteudo, (bytes, bytearray)):
        yield from (
            a
            for a in achados_do_anexo(nome, len(conteudo), perfil, xpath=f"{_DOCUMENTOS}/documento")
            if a.codigo == TAMANHO.codigo
        )
