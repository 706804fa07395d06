"""Flat rows of a message: one per guia, item or glosa, with the file and the version on each,
so that the rows of many files stack into one table.

Lotes and demonstrativos give rows of the same type: a lote's guia fills what the prestador
sent (``tipo``, ``valor_total``...), a demonstrativo's what the operadora answered
(``informado``, ``processado``, ``liberado``, ``glosa``, ``situacao``); ``origem`` says which
(``"pagamento"`` for the guias of a médico demonstrativo de pagamento, which has no items
nor glosas).
The values are those of :mod:`tiss_conecta.leitura`, which reads every version alike.

>>> import tiss_conecta as tiss
>>> (g, *_) = registros("guias", tiss.examples.caminho("lote-sadt"))
>>> g.origem, g.numero_guia, g.valor_total, g.data
('lote', '00000001', Decimal('155.70'), datetime.date(2025, 6, 1))
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any, Literal, TypeAlias, cast, overload

import attrs

from tiss_conecta import leitura, models
from tiss_conecta.achados import Achado
from tiss_conecta.leitura._valores import data, decimal, lista, texto

__all__ = [
    "TABELAS",
    "TIPOS",
    "Registro",
    "RegistroAchado",
    "RegistroConciliacao",
    "RegistroGlosa",
    "RegistroGuia",
    "RegistroItem",
    "Tipo",
    "registros",
    "registros_da_conciliacao",
    "registros_de_achados",
]

Tipo: TypeAlias = Literal["guias", "itens", "glosas"]
"""What :func:`registros` reads from a message."""


@attrs.frozen(kw_only=True)
class RegistroGuia:
    """One guia: sent in a lote (``origem="lote"``) or answered in a demonstrativo
    (``origem="demonstrativo"``); the columns of the other side are empty."""

    arquivo: str
    """The file it was read from (``""`` for a message given already parsed)."""
    versao: str
    """The TISS version of the message."""
    origem: str
    """``"lote"``, ``"demonstrativo"`` (de análise de conta or odontológico) or
    ``"pagamento"`` (a médico demonstrativo de pagamento: liberado and glosa per guia, no
    items, no care date)."""
    lote: str
    """``numeroLote`` of the lote; in a demonstrativo, the prestador's lote of the protocolo."""
    protocolo: str | None
    """The operadora's protocolo (demonstrativo only)."""
    numero_guia: str
    """``numeroGuiaPrestador``."""
    numero_guia_operadora: str | None
    registro_ans: str
    tipo: str | None
    """The guia type as the lote names it (``guiaSP-SADT``, ``guiaConsulta``...); lote only."""
    carteira: str | None
    """The beneficiário's card number."""
    data: dt.date | None
    """The first date of care: of the items, or of the guia where it has one (consulta,
    internação's end of billing); a médico demonstrativo's ``dataInicioFat``."""
    quantidade_itens: int
    valor_total: Decimal | None
    """What the lote declares as the guia's total (``valorTotalGeral``,
    ``valorTotalHonorarios``, ``valorTotalProc``; a consulta's ``valorProcedimento``)."""
    informado: Decimal | None
    processado: Decimal | None
    liberado: Decimal | None
    glosa: Decimal | None
    """What was glosado: the value the demonstrativo declares, else processado − liberado."""
    situacao: str | None
    """``situacaoGuia`` (``dm_statusProtocolo``: ``"5"`` analisado, ``"6"`` pago...) of a
    médico demonstrativo; the odontológico has none."""


@attrs.frozen(kw_only=True)
class RegistroItem:
    """One item of a guia: a procedure or an outra despesa of a lote, or a procedure of a
    demonstrativo with what was paid and glosado."""

    arquivo: str
    versao: str
    origem: str
    lote: str
    protocolo: str | None
    numero_guia: str
    sequencial: int | None
    """``sequencialItem`` (``None`` for a consulta, which has one procedure and no number)."""
    data: dt.date | None
    tabela: str
    codigo: str
    despesa: str | None
    """``dm_outrasDespesas`` code of an outra despesa (lote); ``None`` for procedures."""
    quantidade: Decimal | None
    valor_unitario: Decimal | None
    fator: Decimal | None
    """``reducaoAcrescimo``."""
    valor_total: Decimal | None
    informado: Decimal | None
    processado: Decimal | None
    liberado: Decimal | None
    glosa: Decimal | None
    """The sum of the item's glosas (demonstrativo)."""


@attrs.frozen(kw_only=True)
class RegistroGlosa:
    """One glosa applied in a demonstrativo, with its description and group in the catalogue
    (TUSS table 38)."""

    arquivo: str
    versao: str
    lote: str
    protocolo: str
    numero_guia: str | None
    """``None`` for a glosa of the whole protocolo."""
    item: int | None
    """The item's ``sequencialItem``; ``None`` for a glosa of the guia or of the protocolo."""
    nivel: str
    """``"protocolo"``, ``"guia"`` or ``"item"``: what the glosa applies to."""
    codigo: str
    descricao: str | None
    """The catalogue's title (:func:`~tiss_conecta.leitura.descricao_da_glosa`, as the
    leitura and the conciliação give it; ``None`` for a code the catalogue lacks)."""
    grupo: str | None
    descricao_operadora: str | None
    """The operadora's own wording, where the demonstrativo gives one (guia, protocolo)."""
    valor: Decimal | None
    """What was glosado under the code in the item
    (:meth:`~tiss_conecta.leitura.ItemLido.parcelas`). An odontológico item has one value for
    all its codes: it goes on the first code's row, and the others have none, so the column
    sums to what was glosado. Guia and protocolo glosas carry no value of their own."""


@attrs.frozen(kw_only=True)
class RegistroAchado:
    """One :class:`~tiss_conecta.achados.Achado` of a file."""

    arquivo: str
    codigo: str
    severidade: str
    mensagem: str
    dica: str | None
    linha: int | None
    coluna: int | None
    xpath: str | None
    numero_guia: str | None
    item: int | None
    glosa: str | None

    @classmethod
    def do_achado(cls, achado: Achado, arquivo: str) -> RegistroAchado:
        """The row of ``achado``, found in ``arquivo``.

        >>> from tiss_conecta.rules.prazo import FORA_DA_JANELA
        >>> r = RegistroAchado.do_achado(FORA_DA_JANELA.achado("Fora do prazo."), "lote.xml")
        >>> r.arquivo, r.codigo, r.severidade, r.glosa
        ('lote.xml', 'prazo.fora_da_janela', 'erro', '1701')
        """
        return cls(
            arquivo=arquivo,
            codigo=achado.codigo,
            severidade=achado.severidade.value,
            mensagem=achado.mensagem,
            dica=achado.dica,
            linha=achado.linha,
            coluna=achado.coluna,
            xpath=achado.xpath,
            numero_guia=achado.numero_guia,
            item=achado.item,
            glosa=achado.glosa,
        )


@attrs.frozen(kw_only=True)
class RegistroConciliacao:
    """One guia of a :class:`~tiss_conecta.conciliacao.Conciliacao`: what was sent and what
    became of it."""

    numero_guia: str
    protocolo: str | None
    """The protocolo that answered it (``None``: unanswered)."""
    lote: str
    situacao: str
    """``paga``, ``paga_parcial``, ``glosada``, ``sem_retorno``, ``nao_enviada``..."""
    valor_enviado: Decimal | None
    valor_informado: Decimal | None
    valor_liberado: Decimal | None
    valor_glosa: Decimal | None
    glosas: str
    """The glosa codes applied to the guia and its items, separated by a space."""
    quantidade_itens: int
    divergencias: int
    """How many divergences the conciliação found in the guia and its items."""


Registro: TypeAlias = (
    RegistroGuia | RegistroItem | RegistroGlosa | RegistroAchado | RegistroConciliacao
)
"""Any row of a table."""

TIPOS: dict[str, type[Registro]] = {
    "guias": RegistroGuia,
    "itens": RegistroItem,
    "glosas": RegistroGlosa,
}
"""What :func:`registros` (and :func:`~tiss_conecta.tabelas.ler_pasta`) read from a file:
the name of each table and the type of its rows."""

TABELAS: dict[str, type[Registro]] = {
    **TIPOS,
    "achados": RegistroAchado,
    "conciliacao": RegistroConciliacao,
}
"""Every table, the name and the type of its rows: those of :data:`TIPOS`, and the rows of
:func:`registros_de_achados` and :func:`registros_da_conciliacao` (the ``tipo=`` of
:func:`~tiss_conecta.tabelas.para_csv` and the others)."""


@functools.cache
def _catalogo(codigo: str) -> tuple[str | None, str | None]:
    """(description, group) of a glosa code: the description of
    :func:`~tiss_conecta.leitura.descricao_da_glosa` (the catalogue's title, ``None`` for a
    code it lacks) and the catalogue's group."""
    from tiss_conecta import glosas
    from tiss_conecta.errors import TissError

    try:
        grupo = glosas.consultar(codigo).grupo
    except (TissError, KeyError):
        return None, None
    return leitura.descricao_da_glosa(codigo), grupo


def _fonte(fonte: Any, arquivo: str | None) -> tuple[Any, str]:
    """The parsed message and the file name its rows carry."""
    if isinstance(fonte, (str, os.PathLike, bytes, bytearray, memoryview)) or hasattr(
        fonte, "read"
    ):
        from tiss_conecta.codec import parse
        from tiss_conecta.codec._relatorio import nome_da_fonte

        return parse(fonte), arquivo if arquivo is not None else nome_da_fonte(fonte) or ""
    return fonte, arquivo or ""


def _lote(mensagem: Any) -> Any:
    """The ``loteGuias`` of a message (or the lote itself), else ``None``."""
    if hasattr(mensagem, "guias_tiss"):
        return mensagem
    return getattr(getattr(mensagem, "prestador_para_operadora", None), "lote_guias", None)


_TOTAIS = ("valorTotalGeral", "valorTotalHonorarios", "valorTotalProc")


def _valor_total(guia: leitura.Guia) -> Decimal | None:
    for total in guia.totais:
        if total.campo in _TOTAIS:
            return total.declarado
    if guia.tipo is leitura.TipoGuia.CONSULTA and guia.itens:
        return guia.itens[0].valor_total
    return None


def _primeira(datas: Iterable[dt.date | None]) -> dt.date | None:
    return min((d for d in datas if d is not None), default=None)


def _do_lote(tipo: Tipo, lote: Any, arquivo: str, versao: str) -> Iterator[Registro]:
    numero_lote = texto(getattr(lote, "numero_lote", None))
    for g in leitura.guias_do_lote(lote):
        if tipo == "guias":
            yield RegistroGuia(
                arquivo=arquivo,
                versao=versao,
                origem="lote",
                lote=numero_lote,
                protocolo=None,
                numero_guia=g.numero,
                numero_guia_operadora=None,
                registro_ans=g.registro_ans,
                tipo=g.tipo.value,
                carteira=g.carteira or None,
                data=_primeira(a.data for a in g.atendimentos),
                quantidade_itens=len(g.itens),
                valor_total=_valor_total(g),
                informado=None,
                processado=None,
                liberado=None,
                glosa=None,
                situacao=None,
            )
        elif tipo == "itens":
            for i in g.itens:
                yield RegistroItem(
                    arquivo=arquivo,
                    versao=versao,
                    origem="lote",
                    lote=numero_lote,
                    protocolo=None,
                    numero_guia=g.numero,
                    sequencial=i.sequencial,
                    data=i.data,
                    tabela=i.tabela,
                    codigo=i.codigo,
                    despesa=i.despesa,
                    quantidade=i.quantidade,
                    valor_unitario=i.valor_unitario,
                    fator=i.fator,
                    valor_total=i.valor_total,
                    informado=None,
                    processado=None,
                    liberado=None,
                    glosa=None,
                )


def _brutos(demonstrativo: Any) -> list[tuple[Any, list[tuple[Any, list[Any]]]]]:
    """The protocolos of a demonstrativo object as the models hold them, each with its guias
    and their items, in the order :func:`tiss_conecta.leitura.protocolos` reads them (for
    what it does not keep: the guia's situation, card number and start date, the item's
    quantity)."""
    if hasattr(demonstrativo, "dados_conta"):  # médico: ctm_demonstrativoAnaliseConta
        return [
            (p, [(g, list(lista(g.detalhes_guia))) for g in lista(p.relacao_guias)])
            for p in lista(getattr(demonstrativo.dados_conta, "dados_protocolo", None))
        ]
    return [
        (p, [(g, list(lista(g.dados_pagamento))) for g in lista(p.dados_pagamento_guia)])
        for por_data in lista(demonstrativo.dados_pagamento_por_data)
        for p in lista(por_data.protocolos)
    ]


def _glosas_do_item(base: dict[str, Any], item: leitura.ItemLido) -> Iterator[RegistroGlosa]:
    for codigo, valor in item.parcelas():
        descricao, grupo = _catalogo(codigo)
        yield RegistroGlosa(
            **base,
            item=item.sequencial,
            nivel="item",
            codigo=codigo,
            descricao=descricao,
            grupo=grupo,
            descricao_operadora=None,
            valor=valor,
        )


def _do_demonstrativo(tipo: Tipo, demonstrativo: Any, arquivo: str) -> Iterator[Registro]:
    for p, (_, guias_brutas) in zip(
        leitura.protocolos(demonstrativo), _brutos(demonstrativo), strict=True
    ):
        comum = {"arquivo": arquivo, "versao": p.versao, "lote": p.lote, "protocolo": p.numero}
        if tipo == "glosas" and p.glosa is not None:
            descricao, grupo = _catalogo(p.glosa[0])
            yield RegistroGlosa(
                **comum,
                numero_guia=None,
                item=None,
                nivel="protocolo",
                codigo=p.glosa[0],
                descricao=descricao,
                grupo=grupo,
                descricao_operadora=p.glosa[1],
                valor=None,
            )
        for g, (bruta, itens_brutos) in zip(p.guias, guias_brutas, strict=True):
            if tipo == "guias":
                yield RegistroGuia(
                    **comum,
                    origem="demonstrativo",
                    numero_guia=g.numero,
                    numero_guia_operadora=g.numero_operadora,
                    registro_ans=p.registro_ans,
                    tipo=None,
                    carteira=texto(
                        getattr(bruta, "numero_carteira", None)
                        or getattr(bruta, "carteira_beneficiario", None)
                    )
                    or None,
                    data=data(getattr(bruta, "data_inicio_fat", None))
                    or _primeira(i.data for i in g.itens),
                    quantidade_itens=len(g.itens),
                    valor_total=None,
                    informado=g.informado,
                    processado=g.processado,
                    liberado=g.liberado,
                    glosa=g.glosado,
                    situacao=g.situacao,
                )
            elif tipo == "itens":
                for i, bruto in zip(g.itens, itens_brutos, strict=True):
                    quantidade = (
                        Decimal(i.quantidade)
                        if i.quantidade is not None
                        else decimal(getattr(bruto, "qtd_executada", None))
                    )
                    yield RegistroItem(
                        **comum,
                        origem="demonstrativo",
                        numero_guia=g.numero,
                        sequencial=i.sequencial,
                        data=i.data,
                        tabela=texto(getattr(i.procedimento, "codigo_tabela", None)),
                        codigo=texto(getattr(i.procedimento, "codigo_procedimento", None)),
                        despesa=None,
                        quantidade=quantidade,
                        valor_unitario=None,
                        fator=None,
                        valor_total=None,
                        informado=i.informado,
                        processado=i.processado,
                        liberado=i.liberado,
                        glosa=i.glosado,
                    )
            else:
                da_guia = {**comum, "numero_guia": g.numero}
                for codigo, descricao_operadora in g.motivos:
                    descricao, grupo = _catalogo(codigo)
                    yield RegistroGlosa(
                        **da_guia,
                        item=None,
                        nivel="guia",
                        codigo=codigo,
                        descricao=descricao,
                        grupo=grupo,
                        descricao_operadora=descricao_operadora,
                        valor=None,
                    )
                for i in g.itens:
                    yield from _glosas_do_item(da_guia, i)


def _do_pagamento(mensagem: Any, arquivo: str) -> Iterator[RegistroGuia]:
    """The guias of a médico demonstrativo de pagamento (the odontológico is read as a
    demonstrativo, with its items): what each protocolo paid, per guia."""
    d = leitura.demonstrativo(mensagem)
    if d is None or d.tipo != "pagamento":
        return
    for pagamento in d.pagamentos:
        for p in pagamento.protocolos:
            for g in p.guias:
                yield RegistroGuia(
                    arquivo=arquivo,
                    versao=d.versao,
                    origem="pagamento",
                    lote=p.lote,
                    protocolo=p.numero,
                    numero_guia=g.numero,
                    numero_guia_operadora=g.numero_operadora,
                    registro_ans=d.registro_ans,
                    tipo=None,
                    carteira=None,
                    data=None,
                    quantidade_itens=0,
                    valor_total=None,
                    informado=g.informado,
                    processado=g.processado,
                    liberado=g.liberado,
                    glosa=g.glosado,
                    situacao=None,
                )


@overload
def registros(
    tipo: Literal["guias"], fonte: Any, *, arquivo: str | None = None
) -> list[RegistroGuia]: ...
@overload
def registros(
    tipo: Literal["itens"], fonte: Any, *, arquivo: str | None = None
) -> list[RegistroItem]: ...
@overload
def registros(
    tipo: Literal["glosas"], fonte: Any, *, arquivo: str | None = None
) -> list[RegistroGlosa]: ...
@overload
def registros(tipo: str, fonte: Any, *, arquivo: str | None = None) -> list[Registro]: ...
def registros(tipo: str, fonte: Any, *, arquivo: str | None = None) -> list[Any]:
    """The rows of one message: ``tipo`` is ``"guias"``, ``"itens"`` or ``"glosas"``;
    ``fonte`` a file (path, bytes, XML text, as :func:`~tiss_conecta.parse` takes) or a message
    already parsed (a ``mensagemTISS``, a lote or a demonstrativo).

    A lote gives guias and items; a demonstrativo (de análise de conta or odontológico) gives
    guias, items and glosas; a médico demonstrativo de pagamento gives guias
    (``origem="pagamento"``: liberado and glosa per guia; it has no items nor glosas); any
    other message (a recurso, a solicitação...) gives no rows. ``tipo`` is one of
    :data:`TIPOS` (achados and conciliações have their own functions). ``arquivo`` names the file on
    each row (default: the path given; ``""`` for a parsed message or bytes). A file that is
    not TISS raises the :class:`~tiss_conecta.errors.TissError` of :func:`~tiss_conecta.parse`.

    >>> import tiss_conecta as tiss
    >>> lote = tiss.examples.caminho("lote-sadt")
    >>> [(g.numero_guia, g.quantidade_itens, g.valor_total) for g in registros("guias", lote)]
    [('00000001', 2, Decimal('155.70')), ('00000002', 2, Decimal('44.20')), ('00000003', 2, ...)]
    >>> demonstrativo = tiss.parse(tiss.examples.caminho("demonstrativo-analise"))
    >>> (glosa,) = registros("glosas", demonstrativo, arquivo="retorno.xml")
    >>> glosa.arquivo, glosa.numero_guia, glosa.item, glosa.codigo, glosa.valor, glosa.descricao
    ('retorno.xml', '00000002', 1, '1705', Decimal('15.00'), 'Valor apresentado a maior')
    >>> pagamento = tiss.examples.caminho("demonstrativo-pagamento")
    >>> [(g.origem, g.numero_guia, g.liberado) for g in registros("guias", pagamento)]
    [('pagamento', '00000001', Decimal('155.70')), ('pagamento', '00000002', Decimal('29.20'))]
    """
    if tipo not in TIPOS:
        raise ValueError(
            f"tipo de registro desconhecido {tipo!r}: use guias, itens ou glosas (achados e "
            "conciliações têm registros_de_achados e registros_da_conciliacao)"
        )
    qual = cast(Tipo, tipo)
    mensagem, nome = _fonte(fonte, arquivo)
    versao = models.versao_de(mensagem) or ""
    saida: list[Registro] = []
    lote = _lote(mensagem)
    if lote is not None and qual != "glosas":
        saida += _do_lote(qual, lote, nome, versao)
    for d in leitura.demonstrativos(mensagem):
        saida += _do_demonstrativo(qual, d, nome)
    if qual == "guias":
        saida += _do_pagamento(mensagem, nome)
    return saida


def registros_de_achados(relatorios: Iterable[Any]) -> list[RegistroAchado]:
    """One row per achado of each :class:`~tiss_conecta.Relatorio` (of
    :func:`~tiss_conecta.validate`, :func:`~tiss_conecta.preenvio.conferir_arquivos`...), in
    order, with the report's file.

    >>> import tiss_conecta as tiss
    >>> dados = tiss.examples.caminho("lote-sadt").read_bytes().replace(b">416070<", b">4160<", 1)
    >>> [(r.codigo, r.linha) for r in registros_de_achados([tiss.validate(dados)])]
    [('xsd.formato', 16), ('hash.divergente', ...)]
    """
    return [RegistroAchado.do_achado(a, r.arquivo or "") for r in relatorios for a in r.achados]


def registros_da_conciliacao(conciliacao: Any) -> list[RegistroConciliacao]:
    """One row per guia of a :class:`~tiss_conecta.conciliacao.Conciliacao`, in its order.

    >>> import tiss_conecta as tiss
    >>> from tiss_conecta.conciliacao import conciliar
    >>> c = conciliar([tiss.examples.lote_sadt(3)], [tiss.examples.demonstrativo_analise()])
    >>> for r in registros_da_conciliacao(c):
    ...     print(r.numero_guia, r.situacao, r.valor_enviado, r.valor_glosa, r.glosas or "-")
    00000001 paga 155.70 0... -
    00000002 paga_parcial 44.20 15.00 1705
    00000003 sem_retorno 11.70 0... -
    """
    return [
        RegistroConciliacao(
            numero_guia=g.numero_guia,
            protocolo=g.protocolo,
            lote=g.lote,
            situacao=texto(g.situacao),
            valor_enviado=g.valor_enviado,
            valor_informado=g.valor_informado,
            valor_liberado=g.valor_liberado,
            valor_glosa=g.valor_glosa,
            glosas=" ".join(g.glosas),
            quantidade_itens=len(g.itens),
            divergencias=len(g.divergencias) + sum(len(i.divergencias) for i in g.itens),
        )
        for g in conciliacao.guias
    ]


def tipo_de(linhas: Sequence[Registro], tipo: str | None) -> type[Registro]:
    """The row type of ``linhas`` (``tipo`` names it when there are none); a
    ``ValueError`` for an unknown name, mixed rows or none without ``tipo``."""
    if tipo is not None and tipo not in TABELAS:
        raise ValueError(f"tabela desconhecida {tipo!r}: use {', '.join(TABELAS)}")
    if not linhas:
        if tipo is None:
            raise ValueError("nenhum registro: diga de que tabela com tipo=")
        return TABELAS[tipo]
    classe = type(linhas[0])
    if tipo is not None and TABELAS[tipo] is not classe:
        raise ValueError(f"os registros são {classe.__name__}, não da tabela {tipo!r}")
    if any(type(r) is not classe for r in linhas):
        raise ValueError("registros de tipos diferentes não cabem numa tabela")
    return classe
