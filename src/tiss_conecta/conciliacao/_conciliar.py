"""Matching: the guias and items of the lotes sent with those the demonstrativos answer
(:func:`conciliar`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from tiss_conecta import formato, glosas, models
from tiss_conecta.achados import Achado, ordenar
from tiss_conecta.conciliacao._regras import INFORMADO_DIVERGENTE, LIBERADO_MAIOR
from tiss_conecta.conciliacao._resultado import (
    ZERO,
    Conciliacao,
    GuiaConciliada,
    ItemConciliado,
    TotalGlosa,
    TotalGrupo,
    TotalSituacao,
    decimal_json,
    parcelas_das_glosas,
    somar,
)
from tiss_conecta.conciliacao._situacao import Situacao, situacao_paga
from tiss_conecta.errors import GlosaDesconhecida, TissError
from tiss_conecta.leitura import (
    LOTE,
    Guia,
    GuiaLida,
    Item,
    ItemLido,
    ProtocoloLido,
    demonstrativos,
    descricao_da_glosa,
    guias_do_lote,
    numero,
    protocolos,
)
from tiss_conecta.leitura._valores import texto

__all__ = ["conciliar"]

ENTRADA = "conciliacao.entrada"
"""The ``codigo`` of the :class:`~tiss_conecta.errors.TissError` raised for what is not a lote
(or not a demonstrativo) where one is expected."""


def _lista(valor: Any) -> list[Any]:
    return list(valor) if isinstance(valor, (list, tuple)) else [valor]


def _lote(mensagem: Any, posicao: int) -> tuple[Any, str]:
    """The ``loteGuias`` of a message (or the lote itself) and its xpath."""
    versao = models.versao_de(mensagem)
    if versao is not None:
        m = models.carregar(versao)
        if isinstance(mensagem, m.CtmGuiaLote):
            return mensagem, LOTE
        lote = getattr(getattr(mensagem, "prestador_para_operadora", None), "lote_guias", None)
        if isinstance(mensagem, m.MensagemTiss) and lote is not None:
            return lote, LOTE
    raise TissError(
        f"o {posicao}º lote não é um lote de guias (ENVIO_LOTE_GUIAS)",
        codigo=ENTRADA,
        dica="passe as mensagens ENVIO_LOTE_GUIAS enviadas (tiss_conecta.parse do arquivo)",
    )


def _valor(v: Decimal | None) -> Decimal:
    """A money value of the demonstrativo in cents (``0`` is ``0.00``; ``None``, zero)."""
    return ZERO if v is None else _centavos(v)


def _centavos(v: Decimal) -> Decimal:
    """``v`` with at least 2 decimal places, never rounded (``0`` → ``0.00``; any number
    of digits: :data:`tiss_conecta.formato.CONTEXTO`)."""
    expoente = v.as_tuple().exponent
    return formato.CONTEXTO.add(v, ZERO) if isinstance(expoente, int) and expoente > -2 else v


def _codigos(*grupos: Iterable[str]) -> tuple[str, ...]:
    return tuple(c for c in dict.fromkeys(c for g in grupos for c in g) if c)


class _Resposta:
    """A guia answered: its protocolo and what was read of it."""

    def __init__(self, protocolo: ProtocoloLido, guia: GuiaLida) -> None:
        self.protocolo = protocolo
        self.guia = guia


def _emparelhar(
    enviados: Sequence[Item], respondidos: Sequence[ItemLido]
) -> list[tuple[Item | None, ItemLido | None]]:
    """Items sent with items answered: by ``sequencialItem`` where both have it, then by
    procedure (tabela and code) and date, each in order; the rest alone."""
    livres = list(respondidos)

    def tomar(chave: Any, de: Any) -> ItemLido | None:
        for r in livres:
            if de(r) == chave:
                livres.remove(r)
                return r
        return None

    por_enviado: dict[int, ItemLido | None] = {}
    for i, e in enumerate(enviados):
        por_enviado[i] = (
            tomar(e.sequencial, lambda x: x.sequencial) if e.sequencial is not None else None
        )
    for i, e in enumerate(enviados):
        if por_enviado[i] is None:
            por_enviado[i] = tomar((e.tabela, e.codigo, e.data), _procedimento_e_data)
    pares: list[tuple[Item | None, ItemLido | None]] = [
        (e, por_enviado[i]) for i, e in enumerate(enviados)
    ]
    pares += [(None, r) for r in livres]
    return pares


def _procedimento_e_data(item: ItemLido) -> tuple[str, str, Any]:
    p = item.procedimento
    return (
        texto(getattr(p, "codigo_tabela", None)),
        texto(getattr(p, "codigo_procedimento", None)),
        item.data,
    )


def _divergencias(
    enviado: Decimal,
    informado: Decimal | None,
    liberado: Decimal | None,
    onde: str,
    xpath: str,
    numero_guia: str,
    item: int | None,
) -> tuple[Achado, ...]:
    out = []
    if informado is not None and informado != enviado:
        out.append(
            INFORMADO_DIVERGENTE.achado(
                f"{onde}: o demonstrativo informa {decimal_json(informado)}, e o lote enviou "
                f"{decimal_json(enviado)}.",
                xpath=xpath,
                numero_guia=numero_guia,
                item=item,
            )
        )
    if liberado is not None and liberado > enviado:
        out.append(
            LIBERADO_MAIOR.achado(
                f"{onde}: o demonstrativo libera {decimal_json(liberado)}, mais que os "
                f"{decimal_json(enviado)} enviados.",
                xpath=xpath,
                numero_guia=numero_guia,
                item=item,
            )
        )
    return tuple(out)


def _item(
    enviado: Item | None, lido: ItemLido | None, numero_guia: str, odonto: bool
) -> ItemConciliado:
    valor_enviado = _valor(enviado.valor_total) if enviado is not None else ZERO
    base = enviado if enviado is not None else None
    if lido is None:
        assert base is not None
        return ItemConciliado(
            sequencial=base.sequencial,
            data=base.data,
            tabela=base.tabela,
            codigo=base.codigo,
            situacao=Situacao.SEM_RETORNO,
            valor_enviado=valor_enviado,
            valor_informado=None,
            valor_liberado=ZERO,
            valor_glosa=ZERO,
            glosas=(),
            xpath=base.xpath,
        )
    tabela, codigo, _ = _procedimento_e_data(lido)
    liberado = _valor(lido.liberado)
    glosa = (
        _centavos(lido.glosado)
        if lido.glosado is not None
        else somar(v for _, v in parcelas_das_glosas(lido))
    )
    sequencial = lido.sequencial if enviado is None else enviado.sequencial
    return ItemConciliado(
        sequencial=sequencial,
        data=lido.data if enviado is None else enviado.data,
        tabela=tabela if enviado is None else enviado.tabela,
        codigo=codigo if enviado is None else enviado.codigo,
        situacao=(
            Situacao.NAO_ENVIADA if enviado is None else situacao_paga(valor_enviado, liberado)
        ),
        valor_enviado=valor_enviado,
        valor_informado=lido.informado,
        valor_liberado=liberado,
        valor_glosa=glosa,
        glosas=_codigos(lido.codigos()),
        divergencias=(
            ()
            if enviado is None
            else _divergencias(
                valor_enviado,
                lido.informado,
                lido.liberado,
                f"guia {numero_guia}, item {sequencial if sequencial is not None else '-'}",
                lido.xpath,
                numero_guia,
                sequencial,
            )
        ),
        xpath=enviado.xpath if enviado is not None else None,
        xpath_demonstrativo=lido.xpath,
        lido=lido,
    )


def _guia(guia: Guia | None, lote: str, resposta: _Resposta | None) -> GuiaConciliada:
    assert guia is not None or resposta is not None
    lida = resposta.guia if resposta is not None else None
    odonto = resposta.protocolo.odonto if resposta is not None else False
    numero_guia = guia.numero if guia is not None else lida.numero if lida is not None else ""
    pares = _emparelhar(guia.itens if guia else (), lida.itens if lida else ())
    itens = tuple(_item(e, r, numero_guia, odonto) for e, r in pares)
    enviado = somar(i.valor_enviado for i in itens) if guia is not None else ZERO
    if resposta is None or lida is None:
        assert guia is not None
        return GuiaConciliada(
            numero_guia=numero_guia,
            protocolo=None,
            lote=lote,
            situacao=Situacao.SEM_RETORNO,
            valor_enviado=enviado,
            valor_informado=None,
            valor_liberado=ZERO,
            valor_glosa=ZERO,
            glosas=(),
            itens=itens,
            xpath=guia.xpath,
        )
    liberado = (
        _centavos(lida.liberado)
        if lida.liberado is not None
        else somar(i.valor_liberado for i in itens if i.lido is not None)
    )
    glosa = (
        _centavos(lida.glosado)
        if lida.glosado is not None
        else somar(i.valor_glosa for i in itens if i.lido is not None)
    )
    situacao = Situacao.NAO_ENVIADA if guia is None else situacao_paga(enviado, liberado)
    return GuiaConciliada(
        numero_guia=numero_guia,
        protocolo=resposta.protocolo.numero,
        lote=lote,
        situacao=situacao,
        valor_enviado=enviado,
        valor_informado=lida.informado,
        valor_liberado=liberado,
        valor_glosa=glosa,
        glosas=_codigos((c for c, _ in lida.motivos), lida.codigos_dos_itens()),
        itens=itens,
        divergencias=(
            ()
            if guia is None
            else _divergencias(
                enviado,
                lida.informado,
                liberado,
                f"guia {numero_guia}",
                lida.xpath,
                numero_guia,
                None,
            )
        ),
        xpath=guia.xpath if guia is not None else None,
        xpath_demonstrativo=lida.xpath,
        lido=lida,
        odonto=odonto,
    )


def _por_situacao(guias: Sequence[GuiaConciliada]) -> dict[Situacao, TotalSituacao]:
    out = {}
    for s in Situacao:
        nela = [g for g in guias if g.situacao is s]
        out[s] = TotalSituacao(
            situacao=s,
            guias=len(nela),
            itens=sum(1 for g in guias for i in g.itens if i.situacao is s),
            valor_enviado=somar(g.valor_enviado for g in nela),
            valor_liberado=somar(g.valor_liberado for g in nela),
            valor_glosa=somar(g.valor_glosa for g in nela),
        )
    return out


def _grupo_e_descricao(codigo: str, descricao: str | None) -> tuple[str, str]:
    """The code's group in the catalogue and its description
    (:func:`~tiss_conecta.leitura.descricao_da_glosa`, as everywhere)."""
    texto_ = descricao_da_glosa(codigo, descricao) or ""
    try:
        g = glosas.consultar(codigo)
    except (GlosaDesconhecida, TissError):
        return "código desconhecido", texto_
    return g.grupo or "sem grupo", texto_


def _por_glosa(guias: Sequence[GuiaConciliada]) -> tuple[TotalGlosa, ...]:
    contagem: dict[str, tuple[int, Decimal, str | None]] = {}

    def contar(codigo: str, valor: Decimal, descricao: str | None = None) -> None:
        n, total, desc = contagem.get(codigo, (0, ZERO, None))
        contagem[codigo] = (n + 1, formato.CONTEXTO.add(total, valor), desc or descricao)

    for g in guias:
        if g.lido is None:
            continue
        dos_itens = ZERO
        for i in g.itens:
            if i.lido is not None:
                for codigo, valor in parcelas_das_glosas(i.lido):
                    contar(codigo, valor)
                    dos_itens = formato.CONTEXTO.add(dos_itens, valor)
        resto = max(formato.CONTEXTO.subtract(g.valor_glosa, dos_itens), ZERO)
        for k, (codigo, descricao) in enumerate((c, d) for c, d in g.lido.motivos if c):
            contar(codigo, resto if k == 0 else ZERO, descricao)
    out = []
    for codigo in sorted(contagem):
        n, valor, descricao = contagem[codigo]
        grupo, titulo = _grupo_e_descricao(codigo, descricao)
        out.append(TotalGlosa(codigo, titulo, grupo, n, valor))
    return tuple(out)


def _por_grupo(por_glosa: Sequence[TotalGlosa]) -> tuple[TotalGrupo, ...]:
    grupos: dict[str, list[TotalGlosa]] = {}
    for t in por_glosa:
        grupos.setdefault(t.grupo, []).append(t)
    return tuple(
        TotalGrupo(
            grupo,
            tuple(t.codigo for t in ts),
            sum(t.ocorrencias for t in ts),
            somar(t.valor for t in ts),
        )
        for grupo, ts in sorted(grupos.items())
    )


def conciliar(lotes: Any, demonstrativos_: Any) -> Conciliacao:
    """Every guia of ``lotes`` and ``demonstrativos_`` with its situation
    (:class:`~tiss_conecta.conciliacao.Situacao`), its values and its divergences.

    ``lotes``: ENVIO_LOTE_GUIAS messages (or ``loteGuias`` objects), of any guia type;
    ``demonstrativos_``: DEMONSTRATIVO_ANALISE_CONTA or DEMONSTRATIVO_ODONTOLOGIA messages (or
    the demonstrativos themselves); a list of each, or one; any supported TISS version, mixed.

    A protocolo answers the lote whose ``numeroLote`` is its ``numeroLotePrestador``; in it,
    a guia answers the guia sent with the same ``numeroGuiaPrestador``, both numbers compared
    leading zeros aside (:func:`~tiss_conecta.leitura.numero`); when a number repeats, the
    answers go to the guias in their order. Items are matched by ``sequencialItem`` where
    both have one, then by procedure (tabela and code) and date. Guias come in the order of
    the lotes, then those not sent in the order of the demonstrativos.

    Raises :class:`~tiss_conecta.errors.TissError` (``codigo`` ``conciliacao.entrada``) when
    a lote is not a lote or a demonstrativo carries no demonstrativo.

    >>> import tiss_conecta as tiss
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt"))
    >>> demonstrativo = tiss.parse(tiss.examples.caminho("demonstrativo-analise", "4.01.00"))
    >>> c = conciliar([lote], [demonstrativo])
    >>> [(g.numero_guia, g.situacao.value, g.valor_enviado, g.valor_glosa) for g in c.guias]
    [('00000001', 'paga', Decimal('155.70'), Decimal('0.00')),
     ('00000002', 'paga_parcial', Decimal('44.20'), Decimal('15.00')),
     ('00000003', 'sem_retorno', Decimal('11.70'), Decimal('0.00'))]
    >>> c.guias[1].itens[0].situacao.value, c.guias[1].itens[0].glosas
    ('paga_parcial', ('1705',))
    """
    lidos = [_lote(m, i) for i, m in enumerate(_lista(lotes), 1)]
    respostas: dict[tuple[str, str], list[_Resposta]] = {}
    ordem: list[_Resposta] = []
    for i, d in enumerate(_lista(demonstrativos_), 1):
        if not demonstrativos(d):
            raise TissError(
                f"o {i}º demonstrativo não traz demonstrativo de análise de conta nem odontológico",
                codigo=ENTRADA,
                dica="passe as mensagens DEMONSTRATIVO_ANALISE_CONTA ou "
                "DEMONSTRATIVO_ODONTOLOGIA que a operadora enviou",
            )
        for p in protocolos(d):
            for lida in p.guias:
                resposta = _Resposta(p, lida)
                respostas.setdefault((numero(p.lote), numero(lida.numero)), []).append(resposta)
                ordem.append(resposta)
    usadas: set[int] = set()
    guias: list[GuiaConciliada] = []
    for lote, base in lidos:
        numero_lote = texto(getattr(lote, "numero_lote", None))
        for g in guias_do_lote(lote, base):
            fila = respostas.get((numero(numero_lote), numero(g.numero)), [])
            r = next((x for x in fila if id(x) not in usadas), None)
            if r is not None:
                usadas.add(id(r))
            guias.append(_guia(g, numero_lote, r))
    guias += [_guia(None, r.protocolo.lote, r) for r in ordem if id(r) not in usadas]
    por_glosa = _por_glosa(guias)
    return Conciliacao(
        guias=tuple(guias),
        por_situacao=_por_situacao(guias),
        por_glosa=por_glosa,
        por_grupo=_por_grupo(por_glosa),
        divergencias=tuple(
            ordenar(
                [
                    a
                    for g in guias
                    for a in (*g.divergencias, *(x for i in g.itens for x in i.divergencias))
                ]
            )
        ),
    )
