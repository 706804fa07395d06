"""Listing: every glosa of the demonstrativo, with where it is and its values
(:func:`glosas_recorriveis`), and what the montagem demands from the demonstrativo it reads."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from tiss_conecta import glosas
from tiss_conecta.errors import GlosaDesconhecida
from tiss_conecta.leitura import GuiaLida, ItemLido, ProtocoloLido, demonstrativos, protocolos
from tiss_conecta.leitura._valores import texto
from tiss_conecta.montagem._escolhas import (
    Escolha,
    EscolhaGuia,
    EscolhaItens,
    EscolhaProtocolo,
    ItemEscolhido,
)
from tiss_conecta.montagem._recusas import Recusa, invalido
from tiss_conecta.rules.recurso import Nivel

__all__ = ["GlosaRecorrivel", "Procedimento", "exigido", "glosas_recorriveis", "lidos"]

_T = TypeVar("_T")


def lidos(demonstrativo: Any) -> list[ProtocoloLido]:
    """The protocolos of the demonstrativo; refused when the message carries none."""
    if not demonstrativos(demonstrativo):
        raise invalido(
            "a mensagem não traz demonstrativo de análise de conta nem demonstrativo "
            "odontológico: não há glosas a recorrer",
            Recusa.SEM_DEMONSTRATIVO,
            "use a mensagem DEMONSTRATIVO_ANALISE_CONTA (ou DEMONSTRATIVO_ODONTOLOGIA) que "
            "a operadora enviou",
        )
    return protocolos(demonstrativo)


def exigido(valor: _T | None, o_que: str) -> _T:
    """A value the recurso needs from the demonstrativo; refused when absent."""
    if valor is None or valor == "":
        raise invalido(
            f"o demonstrativo não traz {o_que}",
            Recusa.DEMONSTRATIVO_INCOMPLETO,
            "peça à operadora o demonstrativo completo: o XSD exige esse valor",
        )
    return valor


@attrs.frozen
class Procedimento:
    """A procedure as the demonstrativo names it (``ct_procedimentoDados``)."""

    tabela: str
    codigo: str
    descricao: str


@attrs.frozen
class GlosaRecorrivel:
    """One glosa of the demonstrativo: where it is, what it is, and its values.

    ``valor_glosa`` is what was glosado under this code at this level: the item's
    ``valorGlosa`` for the code, the guia's or protocolo's ``valorGlosa*`` (processado −
    liberado when absent). The other values are those of the item, guia or protocolo.
    """

    nivel: Nivel
    protocolo: str
    lote: str
    codigo: str
    titulo: str
    valor_informado: Decimal
    valor_processado: Decimal
    valor_liberado: Decimal
    valor_glosa: Decimal
    numero_guia: str | None = None
    numero_guia_operadora: str | None = None
    sequencial_item: int | None = None
    data_realizacao: dt.date | None = None
    procedimento: Procedimento | None = None
    odonto: bool = False

    @property
    def recorrivel(self) -> bool:
        """There is a glosado value to ask back, under a glosa code."""
        return self.valor_glosa > 0 and self.codigo != ""

    def escolha(self, justificativa: str, valor: Decimal | None = None) -> Escolha:
        """The choice that appeals this glosa (``valor``: all that was glosado if ``None``)."""
        if self.nivel is Nivel.PROTOCOLO:
            return EscolhaProtocolo(self.codigo, justificativa, valor)
        assert self.numero_guia is not None
        if self.nivel is Nivel.GUIA:
            return EscolhaGuia(self.numero_guia, self.codigo, justificativa, valor)
        assert self.sequencial_item is not None
        return EscolhaItens(
            self.numero_guia,
            (ItemEscolhido(self.sequencial_item, self.codigo, valor),),
            justificativa,
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (values as strings, dates in ISO format)."""
        dados = attrs.asdict(self, recurse=True)
        dados["nivel"] = self.nivel.value
        for chave, valor in dados.items():
            if isinstance(valor, Decimal):
                dados[chave] = f"{valor:.2f}"
            elif isinstance(valor, dt.date):
                dados[chave] = valor.isoformat()
        return dados


def _titulo(cod: str, descricao: str | None = None) -> str:
    if not cod:  # dm_tipoGlosa enumerates "" too
        return descricao or "(glosa sem código)"
    try:
        return glosas.consultar(cod).titulo
    except GlosaDesconhecida:
        return descricao or ""


def _procedimento(p: Any) -> Procedimento | None:
    if p is None:
        return None
    return Procedimento(
        texto(p.codigo_tabela), texto(p.codigo_procedimento), texto(p.descricao_procedimento)
    )


def _recorrivel(
    p: ProtocoloLido,
    nivel: Nivel,
    codigo: str,
    titulo: str,
    de: ProtocoloLido | GuiaLida | ItemLido,
    glosado: Decimal | None,
    guia: GuiaLida | None = None,
    item: ItemLido | None = None,
) -> GlosaRecorrivel:
    """A glosa of protocolo ``p`` at ``nivel``, with the values of the level it is on (``de``)."""
    if item is not None and guia is not None:
        de_que = f"do item {item.sequencial} da guia {guia.numero}"
    else:
        de_que = f"da guia {guia.numero}" if guia is not None else f"do protocolo {p.numero}"
    return GlosaRecorrivel(
        nivel=nivel,
        protocolo=p.numero,
        lote=p.lote,
        codigo=codigo,
        titulo=titulo,
        valor_informado=exigido(de.informado, f"o valor informado {de_que}"),
        valor_processado=exigido(de.processado, f"o valor processado {de_que}"),
        valor_liberado=exigido(de.liberado, f"o valor liberado {de_que}"),
        valor_glosa=exigido(glosado, f"o valor glosado {de_que}"),
        numero_guia=guia.numero if guia is not None else None,
        numero_guia_operadora=guia.numero_operadora if guia is not None else None,
        sequencial_item=(
            exigido(item.sequencial, f"o sequencial {de_que}") if item is not None else None
        ),
        data_realizacao=item.data if item is not None else None,
        procedimento=_procedimento(item.procedimento) if item is not None else None,
        odonto=p.odonto,
    )


def glosas_recorriveis(demonstrativo: Any) -> list[GlosaRecorrivel]:
    """Every glosa the demonstrativo carries, by protocolo, guia and item, in its order.

    ``demonstrativo``: a ``DEMONSTRATIVO_ANALISE_CONTA`` or ``DEMONSTRATIVO_ODONTOLOGIA``
    message, or the ``ctm_demonstrativoAnaliseConta`` / ``cto_demonstrativoOdontologia``
    itself. Glosas of no value or with a blank code (``dm_tipoGlosa`` allows one) are listed
    too, with :attr:`GlosaRecorrivel.recorrivel` false.

    >>> import tiss_conecta as tiss
    >>> demonstrativo = tiss.parse(tiss.examples.caminho("demonstrativo-analise", "4.02.00"))
    >>> (g,) = glosas_recorriveis(demonstrativo)
    >>> g.nivel, g.numero_guia, g.sequencial_item, g.codigo, g.titulo, g.valor_glosa
    (<Nivel.ITEM: 'item'>, '00000002', 1, '1705', 'Valor apresentado a maior', Decimal('15.00'))
    """
    out = []
    for p in lidos(demonstrativo):
        if p.glosa is not None:
            out.append(_recorrivel(p, Nivel.PROTOCOLO, p.glosa[0], _titulo(*p.glosa), p, p.glosado))
        for g in p.guias:
            out.extend(
                _recorrivel(p, Nivel.GUIA, cod, _titulo(cod, descricao), g, g.glosado, g)
                for cod, descricao in g.motivos
            )
            for it in g.itens:
                out.extend(
                    _recorrivel(p, Nivel.ITEM, cod, _titulo(cod), it, valor, g, it)
                    for cod, valor in it.glosas
                )
    return out
