"""Montagem: messages the prestador sends, built from what the operadora already sent.

    >>> from tiss_conecta import montagem
    >>> for g in montagem.glosas_recorriveis(demonstrativo):
    ...     print(g.nivel.value, g.numero_guia, g.codigo, g.titulo, g.valor_glosa)
    >>> msg = montagem.montar_recurso(demonstrativo, [g.escolha("Justificativa...")],
    ...                               numero_guia_prestador="45385", sequencial_transacao="7",
    ...                               data=dia, hora=agora)

:mod:`.recurso`: the recurso de glosa (``RECURSO_GLOSA``) from a demonstrativo de análise de
conta (or the odontológico), with the prestador's choices.
"""

from tiss_conecta.montagem.recurso import (
    Escolha,
    EscolhaGuia,
    EscolhaItens,
    EscolhaProtocolo,
    GlosaRecorrivel,
    ItemEscolhido,
    Nivel,
    Procedimento,
    glosas_recorriveis,
    montar_recurso,
    verificar_escolhas,
)

__all__ = [
    "Escolha",
    "EscolhaGuia",
    "EscolhaItens",
    "EscolhaProtocolo",
    "GlosaRecorrivel",
    "ItemEscolhido",
    "Nivel",
    "Procedimento",
    "glosas_recorriveis",
    "montar_recurso",
    "verificar_escolhas",
]
