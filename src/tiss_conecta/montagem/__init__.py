"""Montagem: messages the prestador sends, built from what the operadora already sent.

The recurso de glosa (``RECURSO_GLOSA``) from a demonstrativo de análise de conta (or the
odontológico), in three steps — list what can be appealed, choose, build:

>>> import datetime as dt
>>> import tiss_conecta as tiss
>>> from tiss_conecta import montagem
>>> demonstrativo = tiss.parse(tiss.examples.caminho("demonstrativo-analise"))
>>> for g in montagem.glosas_recorriveis(demonstrativo):
...     print(g.nivel.value, g.numero_guia, g.sequencial_item, g.codigo, g.valor_glosa)
item 00000002 1 1705 15.00
>>> escolha = g.escolha("Procedimento autorizado pela senha 123.")
>>> montagem.verificar_escolhas(demonstrativo, [escolha])
Decimal('15.00')
>>> msg = montagem.montar_recurso(demonstrativo, [escolha], numero_guia_prestador="45385",
...                               sequencial_transacao="7", data=dt.date(2025, 6, 2),
...                               hora=dt.time(9, 0))
>>> tiss.validate(tiss.to_xml(msg)).ok
True

Everything is copied from the demonstrativo (registro ANS, operadora, prestador, lote,
protocolo, guias, items, dates, procedures, values); the prestador only says what is appealed,
why, and how much. Three levels, as in ``ctm_recursoGlosa``: the whole protocolo
(:class:`EscolhaProtocolo`, ``objetoRecurso`` 1), whole guias (:class:`EscolhaGuia`) or items
(:class:`EscolhaItens`), both ``objetoRecurso`` 2. A choice that cannot become a valid
recurso raises :class:`~tiss_conecta.errors.RecursoInvalido` with a stable ``codigo``, one
of those :class:`Recusa` declares (``erro.codigo == Recusa.VALOR.codigo``).

The recurso is written in the demonstrativo's TISS version (4.01.00, 4.02.00 or 4.03.00:
``Padrao`` and classes alike); in 4.03.00 an item's ``centroConsumo`` is copied too. The
limits on values are read from that version's schema facets (``valorRecursado`` of an item
is ``st_decimal8-2`` in 4.01.00, ``st_decimal10-2`` later).

A ``demonstrativoPagamentoOdonto`` gives the odontológico recurso
(``guiaRecursoGlosaOdonto``), by guia or by procedure: that demonstrativo has no glosa of the
whole protocolo to appeal.

Pure functions: the dates, the hour and the numbers come in as arguments.
"""

from tiss_conecta.montagem._construcao import montar_recurso
from tiss_conecta.montagem._escolhas import (
    MAX_JUSTIFICATIVA,
    Escolha,
    EscolhaGuia,
    EscolhaItens,
    EscolhaProtocolo,
    ItemEscolhido,
)
from tiss_conecta.montagem._listagem import GlosaRecorrivel, Procedimento, glosas_recorriveis
from tiss_conecta.montagem._plano import MAX_GUIAS, verificar_escolhas
from tiss_conecta.montagem._recusas import Recusa
from tiss_conecta.rules.recurso import Nivel

__all__ = [
    "MAX_GUIAS",
    "MAX_JUSTIFICATIVA",
    "Escolha",
    "EscolhaGuia",
    "EscolhaItens",
    "EscolhaProtocolo",
    "GlosaRecorrivel",
    "ItemEscolhido",
    "Nivel",
    "Procedimento",
    "Recusa",
    "glosas_recorriveis",
    "montar_recurso",
    "verificar_escolhas",
]
