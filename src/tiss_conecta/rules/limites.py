"""The profile's limits on a whole message: TISS version, guias per lote, XML size."""

from __future__ import annotations

from tiss_conecta.rules.perfil import Perfil

__all__ = [
    "GLOSA_MAX_GUIAS",
    "GLOSA_TIPO_GUIA",
    "GLOSA_VERSAO",
    "guias_aceitas",
    "tamanho_xml_aceito",
    "versao_aceita",
]

GLOSA_VERSAO = "5028"
"""VERSÃO DO PADRÃO INVÁLIDA."""
GLOSA_MAX_GUIAS = "5015"
"""NÚMERO DE GUIAS/DEMONSTRATIVOS DENTRO DA MENSAGEM SUPERIOR AO TAMANHO MÁXIMO PERMITIDO."""
GLOSA_TIPO_GUIA = "1301"
"""TIPO DE GUIA INVÁLIDO (a lote mixing guia types)."""


def versao_aceita(versao: str, perfil: Perfil) -> bool:
    """Whether the operadora accepts messages of TISS ``versao`` (``Padrao``)."""
    return versao in perfil.versoes_tiss


def guias_aceitas(quantidade: int, perfil: Perfil) -> bool:
    """Whether a lote (PEG) of ``quantidade`` guias is within the profile's limit."""
    return quantidade <= perfil.max_guias_lote


def tamanho_xml_aceito(tamanho_bytes: int, perfil: Perfil) -> bool:
    """Whether an XML file of ``tamanho_bytes`` may be uploaded (any size if not stated)."""
    return perfil.max_bytes_xml is None or tamanho_bytes <= perfil.max_bytes_xml
