"""Recurso de glosa: levels, life cycle, sequence, values, and the rules on the messages.

- Allowed only while the protocolo is *Faturado* (:func:`novo_recurso`).
- Three levels (:class:`Nivel`): the whole protocolo (``objetoRecurso`` 1, one glosa code and
  a justification), a guia (``objetoRecurso`` 2, ``recursoGuiaCompleta``) or items
  (``objetoRecurso`` 2, ``itensGuia`` with ``valorRecursado``).
- At most 100 guias per recurso; justifications of at most 500 characters (profile data);
  ``valorTotalRecursado`` is the sum of what is appealed.
- Sequence 1, 2, ...: an answered recurso whose glosa was kept may be appealed again with the
  next number; a second open recurso for the same protocolo or guia is refused (glosa 2904).
- Values: liberado + glosado = informado; appealed (the portal's *recusado*) ≤ glosado;
  acatado ≤ appealed.

The life cycle and the sequence are in :mod:`.ciclo`, the values in :mod:`.valores`, the rules on
the prestador's ``recursoGlosa`` in :mod:`.pedido` and on the operadora's answer and receipt in
:mod:`.resposta`; every name is importable from here.
"""

from tiss_conecta.rules.limites import GLOSA_MAX_GUIAS
from tiss_conecta.rules.recurso.ciclo import (
    GLOSA_DUPLICADO,
    GLOSA_MANTIDA,
    TRANSICOES,
    AcaoRecurso,
    Alvo,
    RecursoAnterior,
    RecursoRecusado,
    SituacaoRecurso,
    aplicar,
    novo_recurso,
    proxima_sequencia,
)
from tiss_conecta.rules.recurso.pedido import (
    GLOSA_GUIA_INVALIDA,
    GLOSA_INVALIDO,
    GLOSA_SEM_JUSTIFICATIVA,
    RECURSO,
    Nivel,
    contra_demonstrativo,
    nivel,
    verificar_recurso,
)
from tiss_conecta.rules.recurso.resposta import (
    RECEBIMENTO,
    RESPOSTA,
    verificar_recebimento,
    verificar_resposta,
)
from tiss_conecta.rules.recurso.valores import (
    Valores,
    acatado_cabe,
    liberado_confere,
    recursado_cabe,
)

__all__ = [
    "GLOSA_DUPLICADO",
    "GLOSA_GUIA_INVALIDA",
    "GLOSA_INVALIDO",
    "GLOSA_MANTIDA",
    "GLOSA_MAX_GUIAS",
    "GLOSA_SEM_JUSTIFICATIVA",
    "RECEBIMENTO",
    "RECURSO",
    "RESPOSTA",
    "TRANSICOES",
    "AcaoRecurso",
    "Alvo",
    "Nivel",
    "RecursoAnterior",
    "RecursoRecusado",
    "SituacaoRecurso",
    "Valores",
    "acatado_cabe",
    "aplicar",
    "contra_demonstrativo",
    "liberado_confere",
    "nivel",
    "novo_recurso",
    "proxima_sequencia",
    "recursado_cabe",
    "verificar_recebimento",
    "verificar_recurso",
    "verificar_resposta",
]
