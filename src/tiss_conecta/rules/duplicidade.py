"""Duplicate charges: the same ``numeroGuiaPrestador`` twice in a lote, or the same
procedure, date and professional twice on a guia (glosa 1702, cobrança de procedimento em
duplicidade).

Two executions told apart by an explicit start time (``horaInicial``) are not duplicates,
nor are odontology procedures on different teeth, regions or faces. A guia de consulta has
one procedure, so consultas are compared across the lote: same beneficiary, date, procedure
and professional.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import TypeVar

from tiss_conecta.achados import Achado, Regra
from tiss_conecta.achados import Severidade as S
from tiss_conecta.leitura import Guia, Item, TipoGuia
from tiss_conecta.rules._comum import data
from tiss_conecta.rules._contexto import Contexto

__all__ = [
    "CONSULTA_REPETIDA",
    "GUIA_REPETIDA",
    "PROCEDIMENTO_REPETIDO",
    "achados",
    "chave_procedimento",
]

GUIA_REPETIDA = Regra(
    "duplicidade.guia",
    S.ERRO,
    "``numeroGuiaPrestador`` repetido no lote",
    glosa="1308",
    dica="exclua a guia lançada duas vezes; se são atendimentos diferentes, dê a cada guia "
    "um número próprio no sistema de faturamento",
)
PROCEDIMENTO_REPETIDO = Regra(
    "duplicidade.procedimento",
    S.ERRO,
    "procedimento, data e profissional repetidos na guia",
    glosa="1702",
    dica="lance o procedimento uma vez com a quantidade executada; se foram execuções "
    "distintas, informe a hora inicial de cada uma",
)
CONSULTA_REPETIDA = Regra(
    "duplicidade.consulta",
    S.ERRO,
    "consulta repetida no lote",
    glosa="1702",
    dica="exclua a guia de consulta lançada duas vezes; se houve duas consultas, confira a "
    "data e o profissional de cada guia",
)

T = TypeVar("T")


def chave_procedimento(item: Item) -> tuple[object, ...]:
    """What makes two items the same charge: procedure, date, professional(s) and detail.

    >>> import tiss_conecta as tiss
    >>> from tiss_conecta.leitura import guias_do_lote
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt"))
    >>> guia = guias_do_lote(lote.prestador_para_operadora.lote_guias)[0]
    >>> chave_procedimento(guia.itens[0])
    ('22', '40901114', datetime.date(2025, 6, 1), (), ())
    """
    return (item.tabela, item.codigo, item.data, item.profissionais, item.detalhe)


def _repeticoes(pares: Iterable[tuple[Hashable, T]]) -> Iterator[tuple[T, T]]:
    """``(first, again)`` for every value whose key was seen before, in order."""
    primeiros: dict[Hashable, T] = {}
    for chave, valor in pares:
        if chave in primeiros:
            yield primeiros[chave], valor
        else:
            primeiros[chave] = valor


def _repetidos_na_guia(guia: Guia) -> Iterator[Achado]:
    procedimentos = (
        (chave_procedimento(i), i) for i in guia.itens if i.despesa is None and i.data is not None
    )
    for primeiro, item in _repeticoes(procedimentos):
        yield PROCEDIMENTO_REPETIDO.achado(
            f"Guia {guia.numero}: o procedimento {item.tabela}/{item.codigo} de "
            f"{data(item.data)} (item {item.sequencial}) repete o item "
            f"{primeiro.sequencial} com o mesmo profissional. Cobre-o uma vez, com a "
            "quantidade executada, ou informe o horário de cada execução.",
            xpath=item.xpath,
            numero_guia=guia.numero,
            item=item.sequencial,
        )


def _consultas_repetidas(guias: Sequence[Guia]) -> Iterator[Achado]:
    consultas = (
        ((g.carteira, *chave_procedimento(g.itens[0])), g)
        for g in guias
        if g.tipo is TipoGuia.CONSULTA and g.itens and g.itens[0].data is not None
    )
    for primeira, guia in _repeticoes(consultas):
        item = guia.itens[0]
        yield CONSULTA_REPETIDA.achado(
            f"Guia {guia.numero}: a consulta {item.codigo} de {data(item.data)} "
            f"(carteira {guia.carteira}) repete a guia {primeira.numero} com o mesmo "
            "profissional. Retire a guia repetida.",
            xpath=item.xpath,
            numero_guia=guia.numero,
        )


def achados(ctx: Contexto) -> Iterator[Achado]:
    """Repeated guia numbers (1308), repeated procedures on a guia and repeated consultas
    (1702).

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.rules import Contexto, perfil
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt"))
    >>> guias = lote.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt
    >>> guias.append(guias[0])                     # the first guia sent twice
    >>> ctx = Contexto.de(lote, perfil("tiss"), dt.date(2025, 6, 2))
    >>> [(a.codigo, a.glosa, a.numero_guia) for a in achados(ctx)]
    [('duplicidade.guia', '1308', '00000001')]
    """
    guias = ctx.guias
    repetidas = {j for _, j in _repeticoes((g.numero, j) for j, g in enumerate(guias))}
    for j, guia in enumerate(guias):
        if j in repetidas:
            yield GUIA_REPETIDA.achado(
                f"O número de guia do prestador {guia.numero} aparece mais de uma vez "
                "no lote. Cada guia deve ter um numeroGuiaPrestador próprio: renumere ou "
                "retire a guia repetida.",
                xpath=guia.xpath,
                numero_guia=guia.numero,
            )
        yield from _repetidos_na_guia(guia)
    yield from _consultas_repetidas(guias)
