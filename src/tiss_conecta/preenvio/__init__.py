"""Before sending files to the operadora ("pré-envio"): check them as the portal would —
the XSD, the epilogo hash and the operadora's rules in one report (:func:`conferir`, for
folders :func:`conferir_arquivos`) — and correct what a billing clerk cannot fix by hand,
the epilogo hash and the guia totals that derive from items (:func:`corrigir`).

The implementation is private, one module per step: ``_conferencia`` (one file),
``_arquivos`` (files and folders, on every core), ``_correcao`` (the corrections).
"""

from tiss_conecta.preenvio._arquivos import arquivos_xml, conferir_arquivos, validar_arquivos
from tiss_conecta.preenvio._conferencia import GUIAS_NAO_LIDAS, REGRAS_NAO_APLICADAS, conferir
from tiss_conecta.preenvio._correcao import Correcao, Mudanca, corrigir

__all__ = [
    "GUIAS_NAO_LIDAS",
    "REGRAS_NAO_APLICADAS",
    "Correcao",
    "Mudanca",
    "arquivos_xml",
    "conferir",
    "conferir_arquivos",
    "corrigir",
    "validar_arquivos",
]
