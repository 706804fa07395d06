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

One package, four parts read top to bottom: the life cycle and the sequence (``_ciclo.py``),
the values (``_valores.py``), the rules on the prestador's ``recursoGlosa`` (``_pedido.py``)
and on the operadora's answer and receipt (``_resposta.py``); everything public is here, and
:func:`achados` runs the rules on a message.
"""

from collections.abc import Iterator

from tiss_conecta.achados import Achado
from tiss_conecta.rules._contexto import Contexto
from tiss_conecta.rules.recurso._ciclo import (
    GLOSA_DUPLICADO,
    GLOSA_MANTIDA,
    TRANSICOES,
    AcaoRecurso,
    Alvo,
    RecursoAnterior,
    SituacaoRecurso,
    aplicar,
    novo_recurso,
    proxima_sequencia,
)
from tiss_conecta.rules.recurso._pedido import (
    GLOSA_NAO_APLICADA,
    GUIA_DESCONHECIDA,
    GUIA_REPETIDA,
    ITEM_DESCONHECIDO,
    ITEM_REPETIDO,
    JUSTIFICATIVA_LONGA,
    MAX_GUIAS,
    OBJETO,
    PROTOCOLO_DESCONHECIDO,
    RECURSADO_MAIOR,
    RECURSO,
    SEM_JUSTIFICATIVA,
    VALOR_ITEM,
    VALOR_TOTAL,
    Nivel,
    achados_contra_demonstrativos,
    achados_do_recurso,
    nivel,
)
from tiss_conecta.rules.recurso._resposta import (
    ACATADO_MAIOR,
    QUANTIDADE_GUIAS,
    RECEBIMENTO,
    RESPOSTA,
    RESPOSTA_TOTAL,
    achados_da_resposta,
    achados_do_recebimento,
)
from tiss_conecta.rules.recurso._valores import (
    Valores,
    acatado_cabe,
    liberado_confere,
    recursado_cabe,
)

__all__ = [
    "ACATADO_MAIOR",
    "GLOSA_DUPLICADO",
    "GLOSA_MANTIDA",
    "GLOSA_NAO_APLICADA",
    "GUIA_DESCONHECIDA",
    "GUIA_REPETIDA",
    "ITEM_DESCONHECIDO",
    "ITEM_REPETIDO",
    "JUSTIFICATIVA_LONGA",
    "MAX_GUIAS",
    "OBJETO",
    "PROTOCOLO_DESCONHECIDO",
    "QUANTIDADE_GUIAS",
    "RECEBIMENTO",
    "RECURSADO_MAIOR",
    "RECURSO",
    "RESPOSTA",
    "RESPOSTA_TOTAL",
    "SEM_JUSTIFICATIVA",
    "TRANSICOES",
    "VALOR_ITEM",
    "VALOR_TOTAL",
    "AcaoRecurso",
    "Alvo",
    "Nivel",
    "RecursoAnterior",
    "SituacaoRecurso",
    "Valores",
    "acatado_cabe",
    "achados",
    "achados_contra_demonstrativos",
    "achados_da_resposta",
    "achados_do_recebimento",
    "achados_do_recurso",
    "aplicar",
    "liberado_confere",
    "nivel",
    "novo_recurso",
    "proxima_sequencia",
    "recursado_cabe",
]


def achados(ctx: Contexto) -> Iterator[Achado]:
    """A recurso the prestador sends (also against the demonstrativos given), and the
    operadora's answer and receipt.

    >>> from decimal import Decimal
    >>> from tiss_conecta.rules import Contexto, perfil
    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta import montagem
    >>> demonstrativo = tiss.parse(tiss.examples.caminho("demonstrativo-analise"))
    >>> (glosa,) = montagem.glosas_recorriveis(demonstrativo)
    >>> mensagem = montagem.montar_recurso(
    ...     demonstrativo, [glosa.escolha("Procedimento autorizado pela senha S0000002.")],
    ...     numero_guia_prestador="45385", sequencial_transacao="7",
    ...     data=dt.date(2025, 6, 22), hora=dt.time(9, 0))
    >>> recurso = mensagem.prestador_para_operadora.recurso_glosa
    >>> opcao = recurso.guia_recurso_glosa.opcao_recurso
    >>> item = opcao.recurso_guia[0].opcao_recurso_guia.itens_guia[0]
    >>> item.valor_recursado = Decimal("20.00")  # R$ 15,00 were glosados
    >>> ctx = Contexto.de(mensagem, perfil("arcelormittal"), dt.date(2025, 6, 22),
    ...                   demonstrativos=[demonstrativo])
    >>> [(a.codigo, a.glosa) for a in achados(ctx)]
    [('recurso.valor_total', None), ('recurso.recursado_maior', '2901')]
    """
    recurso_glosa = getattr(ctx.prestador, "recurso_glosa", None)
    if recurso_glosa is not None:
        yield from achados_do_recurso(recurso_glosa, ctx.perfil)
        if ctx.demonstrativos:
            yield from achados_contra_demonstrativos(recurso_glosa, ctx.demonstrativos)
    resposta = getattr(ctx.operadora, "resposta_recurso_glosa", None)
    if resposta is not None:
        yield from achados_da_resposta(resposta)
    recebimento = getattr(ctx.operadora, "recebimento_recurso_glosa", None)
    if recebimento is not None and recebimento.protocolo_recebimento is not None:
        yield from achados_do_recebimento(recebimento.protocolo_recebimento)
