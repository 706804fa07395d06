"""Duplicate charges: the same ``numeroGuiaPrestador`` twice in a lote, or the same
procedure, date and professional twice on a guia (glosa 1702, cobrança de procedimento em
duplicidade).

Two executions told apart by an explicit start time (``horaInicial``) are not duplicates,
nor are odontology procedures on different teeth, regions or faces. A guia de consulta has
one procedure, so consultas are compared across the lote: same beneficiary, date, procedure
and professional.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from tiss_conecta.rules import _formato
from tiss_conecta.rules.findings import Finding, Severidade
from tiss_conecta.rules.guias import Guia, Item, TipoGuia

__all__ = [
    "GLOSA_GUIA",
    "GLOSA_PROCEDIMENTO",
    "chave_procedimento",
    "numeros_repetidos",
    "verificar_lote",
]

GLOSA_GUIA = "1308"
"""GUIA JÁ APRESENTADA."""
GLOSA_PROCEDIMENTO = "1702"
"""COBRANÇA DE PROCEDIMENTO EM DUPLICIDADE."""


def numeros_repetidos(numeros: Iterable[str]) -> set[str]:
    """The numbers that occur more than once."""
    return {n for n, vezes in Counter(numeros).items() if vezes > 1}


def chave_procedimento(item: Item) -> tuple[object, ...]:
    """What makes two items the same charge: procedure, date, professional(s) and detail."""
    return (item.tabela, item.codigo, item.data, item.profissionais, item.detalhe)


def _repetidos_na_guia(guia: Guia) -> Iterator[Finding]:
    vistos: dict[tuple[object, ...], Item] = {}
    for item in guia.itens:
        if item.despesa is not None or item.data is None:
            continue
        chave = chave_procedimento(item)
        primeiro = vistos.setdefault(chave, item)
        if primeiro is item:
            continue
        yield Finding(
            "duplicidade.procedimento",
            Severidade.ERRO,
            f"Guia {guia.numero}: o procedimento {item.tabela}/{item.codigo} de "
            f"{_formato.data(item.data)} (item {item.sequencial}) repete o item "
            f"{primeiro.sequencial} com o mesmo profissional. Cobre-o uma vez, com a "
            "quantidade executada, ou informe o horário de cada execução.",
            xpath=item.xpath,
            numero_guia=guia.numero,
            item=item.sequencial,
            glosa=GLOSA_PROCEDIMENTO,
        )


def _consultas_repetidas(guias: Sequence[Guia]) -> Iterator[Finding]:
    vistas: dict[tuple[object, ...], Guia] = {}
    for guia in guias:
        if guia.tipo is not TipoGuia.CONSULTA or not guia.itens:
            continue
        item = guia.itens[0]
        if item.data is None:
            continue
        chave = (guia.carteira, *chave_procedimento(item))
        primeira = vistas.setdefault(chave, guia)
        if primeira is guia:
            continue
        yield Finding(
            "duplicidade.consulta",
            Severidade.ERRO,
            f"Guia {guia.numero}: a consulta {item.codigo} de {_formato.data(item.data)} "
            f"(carteira {guia.carteira}) repete a guia {primeira.numero} com o mesmo "
            "profissional. Retire a guia repetida.",
            xpath=item.xpath,
            numero_guia=guia.numero,
            glosa=GLOSA_PROCEDIMENTO,
        )


def verificar_lote(guias: Sequence[Guia]) -> Iterator[Finding]:
    """Repeated guia numbers (1308), repeated procedures on a guia and repeated consultas
    (1702)."""
    repetidos = numeros_repetidos(g.numero for g in guias)
    vistos: set[str] = set()
    for guia in guias:
        if guia.numero in repetidos:
            if guia.numero in vistos:
                yield Finding(
                    "duplicidade.guia",
                    Severidade.ERRO,
                    f"O número de guia do prestador {guia.numero} aparece mais de uma vez "
                    "no lote. Cada guia deve ter um numeroGuiaPrestador próprio: renumere ou "
                    "retire a guia repetida.",
                    xpath=guia.xpath,
                    numero_guia=guia.numero,
                    glosa=GLOSA_GUIA,
                )
            vistos.add(guia.numero)
        yield from _repetidos_na_guia(guia)
    yield from _consultas_repetidas(guias)
