"""What the reconciliation gives: each guia and item with its situation and values, and the
totals (:class:`Conciliacao`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from html import escape
from typing import Any

import attrs

from tiss_conecta import formato
from tiss_conecta.achados import Achado, ordenar, tabela_html
from tiss_conecta.conciliacao._situacao import Situacao
from tiss_conecta.leitura import GuiaLida, ItemLido
from tiss_conecta.leitura import numero as normal
from tiss_conecta.montagem import Escolha, EscolhaGuia, EscolhaItens, ItemEscolhido, Recusa
from tiss_conecta.montagem._recusas import invalido

__all__ = [
    "Conciliacao",
    "GuiaConciliada",
    "ItemConciliado",
    "TotalGlosa",
    "TotalGrupo",
    "TotalSituacao",
    "decimal_json",
]

ZERO = Decimal("0.00")
_LIMITE_REPR = 1000
_PARA_RECURSO = (Situacao.GLOSADA, Situacao.PAGA_PARCIAL)


def decimal_json(valor: Decimal | None) -> str | None:
    """A value as the JSON output writes it: a string with 2 decimal places (``None`` stays).

    >>> decimal_json(Decimal("155.7")), decimal_json(Decimal("0")), decimal_json(None)
    ('155.70', '0.00', None)
    """
    if valor is None:
        return None
    return f"{valor.quantize(Decimal('0.01'), context=formato.CONTEXTO):f}"


def somar(valores: Iterable[Decimal]) -> Decimal:
    """The exact sum (``0.00`` for none), in :data:`tiss_conecta.formato.CONTEXTO`: a sum
    under the default 28-digit context would round a 30-digit value.

    >>> somar([Decimal("123456789012345678901234567890"), Decimal("0.10")])
    Decimal('123456789012345678901234567890.10')
    """
    total = ZERO
    for v in valores:
        total = formato.CONTEXTO.add(total, v)
    return total


def _curto(texto: str) -> str:
    """A repr kept under 1,000 characters."""
    return texto if len(texto) < _LIMITE_REPR else texto[: _LIMITE_REPR - 5] + "...)"


def _reais(valor: Decimal | None) -> str:
    return "—" if valor is None else formato.reais(valor)


def _dinheiro(x: Any) -> tuple[str, str, str]:
    """The enviado, liberado and glosa columns of ``x`` (an item, a guia, a total)."""
    return _reais(x.valor_enviado), _reais(x.valor_liberado), _reais(x.valor_glosa)


@attrs.frozen
class ItemConciliado:
    """One item of a guia: the one sent matched with the one answered.

    ``valor_enviado`` is the item's ``valorTotal`` in the lote (zero when it was not sent);
    ``valor_informado`` what the demonstrativo says was presented (``None`` when unanswered);
    ``valor_liberado`` and ``valor_glosa`` what the demonstrativo says (zero when unanswered).
    ``xpath`` is where the item is in the lote, ``xpath_demonstrativo`` in the demonstrativo
    (``None`` where it is not); ``lido`` the item as :mod:`tiss_conecta.leitura` read it from
    the demonstrativo.
    """

    sequencial: int | None
    data: dt.date | None
    tabela: str
    codigo: str
    situacao: Situacao
    valor_enviado: Decimal
    valor_informado: Decimal | None
    valor_liberado: Decimal
    valor_glosa: Decimal
    glosas: tuple[str, ...]
    divergencias: tuple[Achado, ...] = ()
    xpath: str | None = None
    xpath_demonstrativo: str | None = None
    lido: ItemLido | None = attrs.field(default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: values as decimal strings, the date in ISO format."""
        return {
            "sequencial": self.sequencial,
            "data": self.data.isoformat() if self.data else None,
            "tabela": self.tabela,
            "codigo": self.codigo,
            "situacao": self.situacao.value,
            "valor_enviado": decimal_json(self.valor_enviado),
            "valor_informado": decimal_json(self.valor_informado),
            "valor_liberado": decimal_json(self.valor_liberado),
            "valor_glosa": decimal_json(self.valor_glosa),
            "glosas": list(self.glosas),
            "divergencias": [a.to_dict() for a in self.divergencias],
        }


@attrs.frozen
class GuiaConciliada:
    """One guia: sent in a lote and/or answered in a demonstrativo, with its situation.

    ``numero_guia`` is the ``numeroGuiaPrestador`` as the lote writes it (as the demonstrativo
    does, for a guia not sent); ``protocolo`` the protocolo that answered it (``None``:
    unanswered); ``lote`` the lote's number. Values as in :class:`ItemConciliado`, for the
    whole guia: ``valor_enviado`` is the sum of its items' ``valorTotal``; ``valor_liberado``
    and ``valor_glosa`` are the guia's in the demonstrativo; ``glosas`` the codes applied to
    the guia and its items, in order, once each.

    >>> import tiss_conecta as tiss
    >>> from tiss_conecta.conciliacao import conciliar
    >>> c = conciliar([tiss.examples.lote_sadt(3)], [tiss.examples.demonstrativo_analise()])
    >>> c.guias[1]
    GuiaConciliada('00000002', paga_parcial, protocolo 48740, enviado 44.20, liberado 29.20,
                   glosa 15.00, glosas 1705, 2 itens)
    """

    numero_guia: str
    protocolo: str | None
    lote: str
    situacao: Situacao
    valor_enviado: Decimal
    valor_informado: Decimal | None
    valor_liberado: Decimal
    valor_glosa: Decimal
    glosas: tuple[str, ...]
    itens: tuple[ItemConciliado, ...]
    divergencias: tuple[Achado, ...] = ()
    """The guia's own (its items' are in each :class:`ItemConciliado`)."""
    xpath: str | None = None
    xpath_demonstrativo: str | None = None
    lido: GuiaLida | None = attrs.field(default=None, eq=False, repr=False)
    odonto: bool = attrs.field(default=False, repr=False)

    def __repr__(self) -> str:
        partes = [repr(self.numero_guia), self.situacao.value]
        if self.protocolo is not None:
            partes.append(f"protocolo {self.protocolo}")
        partes += [
            f"enviado {decimal_json(self.valor_enviado)}",
            f"liberado {decimal_json(self.valor_liberado)}",
            f"glosa {decimal_json(self.valor_glosa)}",
        ]
        if self.glosas:
            partes.append(f"glosas {' '.join(self.glosas)}")
        partes.append(f"{len(self.itens)} itens")
        if self.divergencias:
            partes.append(f"{len(self.divergencias)} divergência(s)")
        return _curto(f"GuiaConciliada({', '.join(partes)})")

    def _repr_html_(self) -> str:
        cabecalho = f"<p>Guia {escape(self.numero_guia)}: {escape(self.situacao.rotulo)}</p>"
        colunas = ("item", "procedimento", "data", "situação", "enviado", "liberado", "glosa",
                   "códigos")  # fmt: skip
        linhas = [
            (
                "" if i.sequencial is None else str(i.sequencial),
                f"{i.tabela} {i.codigo}".strip(),
                formato.data(i.data),
                i.situacao.rotulo,
                *_dinheiro(i),
                " ".join(i.glosas),
            )
            for i in self.itens
        ]
        linhas.append(
            (
                "total",
                "",
                "",
                self.situacao.rotulo,
                *_dinheiro(self),
                " ".join(self.glosas),
            )
        )
        achados = [a for i in self.itens for a in i.divergencias] + list(self.divergencias)
        extra = tabela_html(ordenar(achados)) if achados else ""
        return cabecalho + _tabela(colunas, linhas) + extra

    def to_dict(self) -> dict[str, Any]:
        """The guia as the JSON contract writes it (values as decimal strings)."""
        return {
            "numero_guia": self.numero_guia,
            "situacao": self.situacao.value,
            "protocolo": self.protocolo,
            "lote": self.lote,
            "valor_enviado": decimal_json(self.valor_enviado),
            "valor_informado": decimal_json(self.valor_informado),
            "valor_liberado": decimal_json(self.valor_liberado),
            "valor_glosa": decimal_json(self.valor_glosa),
            "glosas": list(self.glosas),
            "itens": [i.to_dict() for i in self.itens],
            "divergencias": [a.to_dict() for a in self.divergencias],
        }


def _tabela(colunas: Sequence[str], linhas: Sequence[Sequence[str]]) -> str:
    cabecalho = "".join(f"<th>{escape(c)}</th>" for c in colunas)
    corpo = "".join(
        "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in linha) + "</tr>" for linha in linhas
    )
    return f"<table><tr>{cabecalho}</tr>{corpo}</table>"


@attrs.frozen
class TotalSituacao:
    """How many guias (and items) are in one situation, and their values."""

    situacao: Situacao
    guias: int
    itens: int
    valor_enviado: Decimal
    valor_liberado: Decimal
    valor_glosa: Decimal


@attrs.frozen
class TotalGlosa:
    """One glosa code: how many times it was applied (to guias and items) and the value
    glosado under it (for a guia's own glosa, what the guia lost beyond its items' glosas;
    in the odontológico, a procedure's value goes to its first code)."""

    codigo: str
    descricao: str
    grupo: str
    ocorrencias: int
    valor: Decimal


@attrs.frozen
class TotalGrupo:
    """The codes of one glosa group (as :mod:`tiss_conecta.glosas` groups them) together."""

    grupo: str
    codigos: tuple[str, ...]
    ocorrencias: int
    valor: Decimal


@attrs.frozen
class Conciliacao:
    """Lotes sent matched with demonstrativos: every guia, the totals and the divergences.

    ``por_situacao`` has all five situations (zero where none); ``por_glosa`` is in code
    order, ``por_grupo`` in group order. The overall values sum every guia (a guia
    ``nao_enviada`` has nothing sent, and its liberado counts).

    >>> import tiss_conecta as tiss
    >>> from tiss_conecta.conciliacao import conciliar
    >>> c = conciliar([tiss.examples.lote_sadt(3)], [tiss.examples.demonstrativo_analise()])
    >>> c
    Conciliacao(3 guias: 1 paga, 1 paga_parcial, 1 sem_retorno; enviado 211.60,
                liberado 184.90, glosa 15.00)
    >>> c.por_situacao["sem_retorno"].valor_enviado, c.tudo_pago
    (Decimal('11.70'), False)
    >>> [(t.codigo, t.grupo, t.valor) for t in c.por_glosa]
    [('1705', 'Regra de Valorização', Decimal('15.00'))]
    """

    guias: tuple[GuiaConciliada, ...]
    por_situacao: Mapping[Situacao, TotalSituacao]
    por_glosa: tuple[TotalGlosa, ...]
    por_grupo: tuple[TotalGrupo, ...]
    divergencias: tuple[Achado, ...]
    """Every divergence, of guias and items, in their order
    (:func:`~tiss_conecta.achados.ordenar`)."""

    @property
    def valor_enviado(self) -> Decimal:
        return somar(g.valor_enviado for g in self.guias)

    @property
    def valor_liberado(self) -> Decimal:
        return somar(g.valor_liberado for g in self.guias)

    @property
    def valor_glosa(self) -> Decimal:
        return somar(g.valor_glosa for g in self.guias)

    @property
    def tudo_pago(self) -> bool:
        """Whether every guia sent is :attr:`Situacao.PAGA` (the CLI's exit 0)."""
        return all(
            g.situacao is Situacao.PAGA
            for g in self.guias
            if g.situacao is not Situacao.NAO_ENVIADA
        )

    def na_situacao(self, situacao: Situacao | str) -> list[GuiaConciliada]:
        """The guias in ``situacao``.

        >>> import tiss_conecta as tiss
        >>> from tiss_conecta.conciliacao import conciliar
        >>> c = conciliar([tiss.examples.lote_sadt(3)], [tiss.examples.demonstrativo_analise()])
        >>> [g.numero_guia for g in c.na_situacao("sem_retorno")]
        ['00000003']
        """
        return [g for g in self.guias if g.situacao == Situacao(situacao)]

    def escolhas_de_recurso(
        self, justificativa: str, *, protocolo: str | None = None
    ) -> list[Escolha]:
        """The :mod:`~tiss_conecta.montagem` choices that appeal every glosa of the guias
        ``glosada`` or ``paga_parcial`` of one protocolo, for
        :func:`~tiss_conecta.montagem.montar_recurso` with the demonstrativo of that protocolo.

        Per guia: its items' glosas (:class:`~tiss_conecta.montagem.EscolhaItens`, each code
        for all it glosou; in the odontológico, the codes of a procedure share its value, which
        goes to the first) or, when its items have none, the guia's first own glosa
        (:class:`~tiss_conecta.montagem.EscolhaGuia`). ``protocolo`` is needed when the
        glosas are in more than one protocolo (a recurso is of one protocolo):
        :class:`~tiss_conecta.errors.RecursoInvalido` (``recurso.protocolo``) otherwise.
        Empty when there is nothing to appeal.

        >>> import datetime as dt, tiss_conecta as tiss
        >>> from tiss_conecta import montagem
        >>> from tiss_conecta.conciliacao import conciliar
        >>> demonstrativo = tiss.examples.demonstrativo_analise()
        >>> c = conciliar([tiss.examples.lote_sadt(3)], [demonstrativo])
        >>> escolhas = c.escolhas_de_recurso("Valor contratado.")
        >>> escolhas
        [EscolhaItens(guia='00000002', itens=(ItemEscolhido(sequencial=1, glosa='1705', ...),),
                      ...)]
        >>> recurso = montagem.montar_recurso(
        ...     demonstrativo, escolhas, numero_guia_prestador="45385", sequencial_transacao="7",
        ...     data=dt.date(2025, 6, 23), hora=dt.time(9, 0))
        >>> tiss.validate(tiss.to_xml(recurso)).ok
        True
        """
        guias = [g for g in self.guias if g.situacao in _PARA_RECURSO and g.lido is not None]
        if protocolo is not None:
            guias = [g for g in guias if normal(g.protocolo) == normal(protocolo)]
        escolhas = [e for g in guias if (e := _escolha(g, justificativa)) is not None]
        numeros = list(dict.fromkeys(g.protocolo for g in guias if _escolha(g, justificativa)))
        if len(numeros) > 1:
            raise invalido(
                f"as glosas estão em {len(numeros)} protocolos ({', '.join(map(str, numeros))}): "
                "diga de qual montar o recurso",
                Recusa.PROTOCOLO,
                "passe protocolo='...' (um recurso é de um só protocolo)",
            )
        return escolhas

    def __repr__(self) -> str:
        contagem = ", ".join(
            f"{t.guias} {s.value}" for s, t in self.por_situacao.items() if t.guias
        )
        texto = (
            f"Conciliacao({len(self.guias)} guias"
            + (f": {contagem}" if contagem else "")
            + f"; enviado {decimal_json(self.valor_enviado)}, "
            f"liberado {decimal_json(self.valor_liberado)}, glosa {decimal_json(self.valor_glosa)}"
            + (f", {len(self.divergencias)} divergência(s)" if self.divergencias else "")
            + ")"
        )
        return _curto(texto)

    def _repr_html_(self) -> str:
        colunas = ("guia", "protocolo", "lote", "situação", "enviado", "liberado", "glosa",
                   "códigos")  # fmt: skip
        linhas = [
            (
                g.numero_guia,
                g.protocolo or "",
                g.lote,
                g.situacao.rotulo,
                *_dinheiro(g),
                " ".join(g.glosas),
            )
            for g in self.guias
        ]
        linhas.append(
            (
                "total",
                "",
                "",
                "",
                *_dinheiro(self),
                "",
            )
        )
        situacoes = [
            (
                s.rotulo,
                str(t.guias),
                *_dinheiro(t),
            )
            for s, t in self.por_situacao.items()
        ]
        resumo = _tabela(("situação", "guias", "enviado", "liberado", "glosa"), situacoes)
        extra = tabela_html(self.divergencias) if self.divergencias else ""
        return _tabela(colunas, linhas) + resumo + extra

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: ``{"guias": [...], "totais": {...}}``, values as decimal
        strings; ``totais`` has the overall ``valor_enviado``, ``valor_liberado`` and
        ``valor_glosa``, the number of guias in each situation under its name, and the
        details (``por_situacao``, ``por_glosa``, ``por_grupo``); ``divergencias`` lists
        every divergence.

        >>> import tiss_conecta as tiss
        >>> from tiss_conecta.conciliacao import conciliar
        >>> c = conciliar([tiss.examples.lote_sadt(3)], [tiss.examples.demonstrativo_analise()])
        >>> dados = c.to_dict()
        >>> guia = dados["guias"][1]
        >>> guia["situacao"], guia["valor_glosa"], guia["glosas"]
        ('paga_parcial', '15.00', ['1705'])
        >>> {k: v for k, v in dados["totais"].items() if not k.startswith("por_")}
        {'valor_enviado': '211.60', 'valor_liberado': '184.90', 'valor_glosa': '15.00',
         'paga': 1, 'paga_parcial': 1, 'glosada': 0, 'sem_retorno': 1, 'nao_enviada': 0}
        """
        totais: dict[str, Any] = {
            "valor_enviado": decimal_json(self.valor_enviado),
            "valor_liberado": decimal_json(self.valor_liberado),
            "valor_glosa": decimal_json(self.valor_glosa),
        }
        totais.update((s.value, t.guias) for s, t in self.por_situacao.items())
        totais["por_situacao"] = {
            s.value: {
                "guias": t.guias,
                "itens": t.itens,
                "valor_enviado": decimal_json(t.valor_enviado),
                "valor_liberado": decimal_json(t.valor_liberado),
                "valor_glosa": decimal_json(t.valor_glosa),
            }
            for s, t in self.por_situacao.items()
        }
        totais["por_glosa"] = [
            {
                "codigo": t.codigo,
                "descricao": t.descricao,
                "grupo": t.grupo,
                "ocorrencias": t.ocorrencias,
                "valor": decimal_json(t.valor),
            }
            for t in self.por_glosa
        ]
        totais["por_grupo"] = [
            {
                "grupo": t.grupo,
                "codigos": list(t.codigos),
                "ocorrencias": t.ocorrencias,
                "valor": decimal_json(t.valor),
            }
            for t in self.por_grupo
        ]
        return {
            "guias": [g.to_dict() for g in self.guias],
            "totais": totais,
            "divergencias": [a.to_dict() for a in self.divergencias],
        }


def parcelas_das_glosas(item: ItemLido) -> list[tuple[str, Decimal]]:
    """What each glosa code of an item glosou, by the rule of
    :meth:`~tiss_conecta.leitura.ItemLido.parcelas` (blank codes left out; in the
    odontológico the procedure's one value on its first code), an absent value as zero."""
    return [(codigo, ZERO if valor is None else valor) for codigo, valor in item.parcelas()]


def _escolha(g: GuiaConciliada, justificativa: str) -> Escolha | None:
    assert g.lido is not None
    escolhidos = [
        ItemEscolhido(i.lido.sequencial, codigo)
        for i in g.itens
        if i.lido is not None and i.lido.sequencial is not None
        for codigo, valor in parcelas_das_glosas(i.lido)
        if valor > 0
    ]
    if escolhidos:
        return EscolhaItens(g.lido.numero, tuple(escolhidos), justificativa)
    motivos = [c for c, _ in g.lido.motivos if c]
    if motivos and (g.lido.glosado or ZERO) > 0:
        return EscolhaGuia(g.lido.numero, motivos[0], justificativa)
    return None
