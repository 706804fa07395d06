"""What every rule module receives: one message, read once, with the profile and the date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from tiss_conecta.leitura import Guia, guias_do_lote
from tiss_conecta.leitura._valores import texto
from tiss_conecta.models import VERSOES, versao_de
from tiss_conecta.rules.perfil import Perfil

__all__ = ["Contexto", "versao_da_mensagem"]


def versao_da_mensagem(mensagem: Any) -> str | None:
    """The TISS version whose schema governs ``mensagem``: its ``cabecalho/Padrao`` when the
    library has that version's schemas, else the version of its models (``None`` if neither)."""
    padrao = texto(getattr(getattr(mensagem, "cabecalho", None), "padrao", None))
    return padrao if padrao in VERSOES else versao_de(mensagem)


@attrs.frozen
class Contexto:
    """A ``mensagemTISS`` as the rules see it, and what they judge it against."""

    mensagem: Any
    perfil: Perfil
    data_envio: dt.date
    tamanho_bytes: int | None
    """Size of the XML file, when the message came from one."""
    demonstrativos: tuple[Any, ...]
    """Demonstrativos a recurso is checked against: de análise de conta or odontológicos, as
    messages or as the demonstrativos themselves (:func:`tiss_conecta.leitura.protocolos`)."""
    versao: str | None
    prestador: Any
    """``prestadorParaOperadora`` (``None`` in a message of the operadora)."""
    operadora: Any
    """``operadoraParaPrestador``."""
    lote: Any
    """``loteGuias``, when the message is a lote."""
    guias: tuple[Guia, ...]
    """The lote's guias, read once for every rule."""

    @classmethod
    def de(
        cls,
        mensagem: Any,
        perfil: Perfil,
        data_envio: dt.date,
        tamanho_bytes: int | None = None,
        demonstrativos: Iterable[Any] = (),
    ) -> Contexto:
        prestador = getattr(mensagem, "prestador_para_operadora", None)
        lote = getattr(prestador, "lote_guias", None)
        return cls(
            mensagem=mensagem,
            perfil=perfil,
            data_envio=data_envio,
            tamanho_bytes=tamanho_bytes,
            demonstrativos=tuple(demonstrativos),
            versao=versao_da_mensagem(mensagem),
            prestador=prestador,
            operadora=getattr(mensagem, "operadora_para_prestador", None),
            lote=lote,
            guias=tuple(guias_do_lote(lote)),
        )
