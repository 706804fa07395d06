"""The demonstrativo read into one shape: protocolos, guias and items, médico or odonto.

A ``ctm_demonstrativoAnaliseConta`` gives glosas per protocolo (``GlosaProtocolo``), guia
(``motivoGlosaGuia``) and item (``relacaoGlosa``, each with its value). The odontológico
(``cto_demonstrativoOdontologia``, a demonstrativo de pagamento) gives them per procedure
only (``codigosGlosa``), with one ``valorGlosaEstorno`` for all the codes of a procedure.

Any supported TISS version: the classes are those of the demonstrativo's own version
(:func:`tiss_conecta.models.modulo_de`), and what only some versions carry is read here once
(``centroConsumo`` of an item, 4.03.00). Lenient: a value the demonstrativo lacks is ``None``
(a text ``""``, a list empty), never an exception; whoever needs it refuses. Each protocolo,
guia and item carries its ``xpath`` in the message, for whoever reports on it.

>>> import tiss_conecta as tiss
>>> (p,) = protocolos(tiss.parse(tiss.examples.caminho("demonstrativo-analise")))
>>> p.numero, p.informado, p.glosado, [g.numero for g in p.guias]
('48740', Decimal('199.90'), Decimal('15.00'), ['00000001', '00000002'])
>>> item = p.guias[1].itens[0]
>>> item.sequencial, item.liberado, item.glosas, p.codigos_aplicados()
(1, Decimal('20.70'), (('1705', Decimal('15.00')),), ['1705'])
>>> item.xpath.rsplit("/", 3)[1:]
['dadosProtocolo[1]', 'relacaoGuias[2]', 'detalhesGuia[1]']
>>> protocolos(tiss.parse(tiss.examples.caminho("lote-sadt")))
[]
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

import attrs

from tiss_conecta import formato, models
from tiss_conecta.leitura._valores import data, decimal, inteiro, lista, texto

__all__ = [
    "COLUNAS_GLOSAS",
    "GuiaLida",
    "ItemLido",
    "ProtocoloLido",
    "demonstrativos",
    "descricao_da_glosa",
    "protocolos",
]

DEMONSTRATIVOS = "/mensagemTISS/operadoraParaPrestador/demonstrativosRetorno"
_ANALISE = f"{DEMONSTRATIVOS}/demonstrativoAnaliseConta"
_ODONTO = f"{DEMONSTRATIVOS}/demonstrativoPagamentoOdonto"


def _opcional(valor: Any) -> str | None:
    """An optional text: ``None`` when absent."""
    return None if valor is None else texto(valor)


def _glosado(
    declarado: Decimal | None, processado: Decimal | None, liberado: Decimal | None
) -> Decimal | None:
    """The declared glosa value, else processado − liberado (``None`` if neither is known)."""
    if declarado is not None:
        return declarado
    if processado is None or liberado is None:
        return None
    return processado - liberado


# ------------------------------------------------------------------ views: text and HTML


def _reais(valor: Decimal | None) -> str:
    """Money for people (``R$ 1.234,56``, a non-breaking space after R$), ``-`` if absent."""
    return "-" if valor is None else formato.reais(valor)


def _reais_curto(valor: Decimal | None) -> str:
    """:func:`_reais` for a ``__repr__``: plain spaces."""
    return _reais(valor).replace("\xa0", " ")


def _curto(valor: str | None, n: int = 24) -> str:
    """A text cut to ``n`` characters (an ellipsis marks the cut)."""
    valor = valor or ""
    return valor if len(valor) <= n else valor[: n - 1] + "…"


def _plural(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def _codigos_curtos(codigos: Sequence[str], n: int = 5) -> str:
    """Up to ``n`` glosa codes, then how many more."""
    mais = f" +{len(codigos) - n}" if len(codigos) > n else ""
    return " ".join(_curto(c, 6) for c in codigos[:n]) + mais


def descricao_da_glosa(codigo: str, da_operadora: str | None = None) -> str | None:
    """A glosa code's description: the TUSS table 38 title, else what the operadora wrote
    (``None`` when neither is known).

    >>> descricao_da_glosa("1705"), descricao_da_glosa("0000", "SEM COBERTURA")
    ('Valor apresentado a maior', 'SEM COBERTURA')
    """
    from tiss_conecta import glosas
    from tiss_conecta.errors import GlosaDesconhecida

    try:
        return glosas.consultar(codigo).titulo
    except (GlosaDesconhecida, TypeError, ValueError):
        return da_operadora


def _situacao(versao: str | None, codigo: str | None) -> tuple[str, str | None] | None:
    """A ``dm_statusProtocolo`` code and its meaning in ``versao`` (``None`` for no code)."""
    if not codigo:
        return None
    if versao is None:
        return (codigo, None)
    from tiss_conecta.models import esquema

    try:
        return (codigo, esquema.significados(versao, "dm_statusProtocolo").get(codigo))
    except (KeyError, ValueError, OSError):
        return (codigo, None)


def _procedimento(procedimento: Any) -> str:
    """``código descrição`` of a ``ct_procedimentoDados`` (the description cut short)."""
    codigo = texto(getattr(procedimento, "codigo_procedimento", None))
    descricao = _curto(texto(getattr(procedimento, "descricao_procedimento", None)), 40)
    return f"{codigo} {descricao}".strip()


COLUNAS_GLOSAS = (
    "Protocolo",
    "Guia",
    "Item",
    "Procedimento",
    "Informado",
    "Liberado",
    "Glosa",
    "Código",
    "Descrição",
)
"""The columns of the table of what was glosado that the ``_repr_html_`` show."""

Linha = tuple[str, str, str, str, str, str, str, str, str]


def _linhas_item(it: ItemLido, protocolo: str = "", guia: str = "") -> list[Linha]:
    """One row per glosa code of the item (one without a code if glosado with none)."""
    seq = "" if it.sequencial is None else str(it.sequencial)
    inicio = (protocolo, guia, seq, _procedimento(it.procedimento))
    glosas = it.glosas_descritas()
    if not glosas and it.glosado:
        glosas = (("", None, it.glosado),)
    return [
        (*inicio, _reais(it.informado), _reais(it.liberado), _reais(v), c, d or "")
        for c, d, v in glosas
    ]


def _linhas_guia(g: GuiaLida, protocolo: str = "") -> list[Linha]:
    linhas: list[Linha] = [
        (protocolo, g.numero, "", "", _reais(g.informado), _reais(g.liberado), _reais(v), c, d)
        for c, d, v in _motivos_com_valor(g)
    ]
    for it in g.itens:
        linhas.extend(_linhas_item(it, protocolo, g.numero))
    return linhas


def _motivos_com_valor(g: GuiaLida) -> list[tuple[str, str, Decimal | None]]:
    """The guia's own glosas (code, description, value): the guia's glosado goes with a lone
    code when no item of it is glosado (else it is the items', shown on their rows)."""
    motivos = g.motivos_descritos()
    sozinho = len(motivos) == 1 and not any(it.glosas for it in g.itens)
    return [(c, d or "", g.glosado if sozinho else None) for c, d in motivos]


def _linhas_protocolo(p: ProtocoloLido) -> list[Linha]:
    linhas: list[Linha] = []
    glosa = p.glosa_descrita()
    if glosa is not None:
        c, d = glosa
        linhas.append(
            (p.numero, "", "", "", _reais(p.informado), _reais(p.liberado), "", c, d or "")
        )
    for g in p.guias:
        linhas.extend(_linhas_guia(g, p.numero))
    return linhas


def _tabela_html(
    colunas: Sequence[str], linhas: Iterable[Sequence[str]], *, vazia: str = "Nada glosado."
) -> str:
    """An HTML table (every cell escaped); ``vazia`` in a paragraph when there are no rows."""
    corpo = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in linha) + "</tr>" for linha in linhas
    )
    if not corpo:
        return f"<p>{html.escape(vazia)}</p>"
    cabecalho = "".join(f"<th>{html.escape(c)}</th>" for c in colunas)
    return f"<table><thead><tr>{cabecalho}</tr></thead><tbody>{corpo}</tbody></table>"


def _html_glosas(resumo: str, linhas: list[Linha], primeira: int = 0) -> str:
    """The summary in bold and the table of what was glosado (columns from ``primeira`` on)."""
    return (
        f"<div><p><strong>{html.escape(resumo)}</strong></p>"
        + _tabela_html(COLUNAS_GLOSAS[primeira:], (linha[primeira:] for linha in linhas))
        + "</div>"
    )


@attrs.frozen(repr=False)
class ItemLido:
    """One item (procedure) of a guia with the glosas applied to it."""

    sequencial: int | None
    data: dt.date | None
    procedimento: Any
    """``ct_procedimentoDados`` of the demonstrativo's version."""
    informado: Decimal | None
    processado: Decimal | None
    liberado: Decimal | None
    glosado: Decimal | None
    """The sum of the glosas' values (``None`` when one has no value: the XSD requires it, and
    a sum without it would be a guess)."""
    glosas: tuple[tuple[str, Decimal | None], ...]
    """(code, value glosado under it), one entry per code in the order they appear."""
    xpath: str
    """Where the item is: ``.../detalhesGuia[k]`` (médico), ``.../dadosPagamento[k]`` (odonto)."""
    grau_participacao: Any = None
    dente: Any = None
    regiao: Any = None
    face: str | None = None
    quantidade: int | None = None
    centro_consumo: Any = None
    """``dm_centroConsumo`` of the item (4.03.00 on), ``None`` where absent or unknown."""
    odonto: bool = False
    """Whether it is a procedure of an odontológico demonstrativo, whose codes share one
    ``valorGlosaEstorno`` (:meth:`parcelas`)."""

    def codigos(self) -> list[str]:
        """The glosa codes applied to the item, in order."""
        return [c for c, _ in self.glosas]

    def valor_da_glosa(self, cod: str) -> Decimal | None:
        """What was glosado under ``cod`` (``None`` if not applied or of no value)."""
        return next((v for c, v in self.glosas if c == cod), None)

    def parcelas(self) -> tuple[tuple[str, Decimal | None], ...]:
        """What each glosa code of the item glosou — the one rule every total by code
        follows (:meth:`~tiss_conecta.leitura.Demonstrativo.glosas_por_codigo`, the
        conciliação, the table of glosas): (code, value), blank codes left out, in order.

        Médico: each code's own value (``None`` when the demonstrativo gives none).
        Odontológico, where the codes of a procedure share one ``valorGlosaEstorno``: the
        whole value on the first code, ``None`` on the others — so it counts once.

        >>> import tiss_conecta as tiss
        >>> (p,) = protocolos(tiss.parse(tiss.examples.caminho("demonstrativo-analise")))
        >>> p.guias[1].itens[0].parcelas()
        (('1705', Decimal('15.00')),)
        >>> import attrs
        >>> nove = Decimal(9)
        >>> odonto = attrs.evolve(p.guias[1].itens[0], odonto=True,
        ...                       glosas=(("", nove), ("1705", nove), ("1801", nove)))
        >>> odonto.parcelas()
        (('1705', Decimal('9')), ('1801', None))
        """
        codigos = [(c, v) for c, v in self.glosas if c]
        if not self.odonto:
            return tuple(codigos)
        return tuple((c, v if n == 0 else None) for n, (c, v) in enumerate(codigos))

    def glosas_descritas(self) -> tuple[tuple[str, str | None, Decimal | None], ...]:
        """(code, description in the glosa catalogue, value) per glosa, in order; the
        description is ``None`` for a code the catalogue lacks.

        >>> import tiss_conecta as tiss
        >>> (p,) = protocolos(tiss.parse(tiss.examples.caminho("demonstrativo-analise")))
        >>> p.guias[1].itens[0].glosas_descritas()
        (('1705', 'Valor apresentado a maior', Decimal('15.00')),)
        """
        return tuple((c, descricao_da_glosa(c), v) for c, v in self.glosas)

    def __repr__(self) -> str:
        codigos = f": {_codigos_curtos(self.codigos())}" if self.glosas else ""
        return (
            f"ItemLido({'-' if self.sequencial is None else self.sequencial}, "
            f"{_curto(_procedimento(self.procedimento).split(' ')[0], 12) or '-'}, "
            f"informado {_reais_curto(self.informado)}, liberado {_reais_curto(self.liberado)}, "
            f"glosa {_reais_curto(self.glosado)}{codigos})"
        )

    def _repr_html_(self) -> str:
        return _html_glosas(repr(self), _linhas_item(self), primeira=2)


@attrs.frozen(repr=False)
class GuiaLida:
    """One guia of a protocolo: its own glosas, values and items."""

    numero: str
    numero_operadora: str | None
    senha: str | None
    motivos: tuple[tuple[str, str | None], ...]
    """Glosas of the whole guia: (code, the operadora's description)."""
    informado: Decimal | None
    processado: Decimal | None
    liberado: Decimal | None
    glosado: Decimal | None
    """What was glosado: ``glosado_declarado``, else processado − liberado."""
    glosado_declarado: Decimal | None
    """The glosa value the demonstrativo declares (``valorGlosaGuia``), ``None`` if absent."""
    itens: tuple[ItemLido, ...]
    xpath: str
    """Where the guia is: ``.../relacaoGuias[j]`` (médico), ``.../dadosPagamentoGuia[j]``."""
    situacao: str | None = None
    """``situacaoGuia`` (a ``dm_statusProtocolo`` code; médico), ``None`` when absent."""
    versao: str | None = None
    """The TISS version of the demonstrativo (for the meaning of :attr:`situacao`)."""

    def codigos_dos_itens(self) -> list[str]:
        """The glosa codes applied to its items, in order, without repeats."""
        vistos: dict[str, None] = {}
        for it in self.itens:
            vistos.update((c, None) for c in it.codigos())
        return list(vistos)

    def motivos_descritos(self) -> tuple[tuple[str, str | None], ...]:
        """The guia's own glosas (code, description): the glosa catalogue's, else the
        operadora's.

        >>> import tiss_conecta as tiss
        >>> (p,) = protocolos(tiss.parse(tiss.examples.caminho("demonstrativo-analise")))
        >>> p.guias[1].motivos_descritos()
        ()
        """
        return tuple((c, descricao_da_glosa(c, d)) for c, d in self.motivos)

    def situacao_descrita(self) -> tuple[str, str | None] | None:
        """The guia's situation as (code, meaning in its version), ``None`` when absent.

        >>> import tiss_conecta as tiss
        >>> (p,) = protocolos(tiss.parse(tiss.examples.caminho("demonstrativo-analise")))
        >>> p.guias[0].situacao_descrita()
        ('5', 'Analisado e aguardando liberação para pagamento')
        """
        return _situacao(self.versao, self.situacao)

    def __repr__(self) -> str:
        codigos = [c for c, _ in self.motivos] + [
            c for c in self.codigos_dos_itens() if c not in dict(self.motivos)
        ]
        glosas = f", glosas {_codigos_curtos(codigos)}" if codigos else ""
        return (
            f"GuiaLida({_curto(self.numero)}, {_plural(len(self.itens), 'item', 'itens')}, "
            f"informado {_reais_curto(self.informado)}, liberado {_reais_curto(self.liberado)}, "
            f"glosado {_reais_curto(self.glosado)}{glosas})"
        )

    def _repr_html_(self) -> str:
        return _html_glosas(repr(self), _linhas_guia(self), primeira=1)


@attrs.frozen(repr=False)
class ProtocoloLido:
    """One protocolo of the demonstrativo and what the recurso copies from around it."""

    odonto: bool
    numero: str
    lote: str
    glosa: tuple[str, str | None] | None
    """The glosa of the whole protocolo (code, description), if any."""
    informado: Decimal | None
    processado: Decimal | None
    liberado: Decimal | None
    glosado: Decimal | None
    """What was glosado: ``glosado_declarado``, else processado − liberado."""
    glosado_declarado: Decimal | None
    """The glosa value the demonstrativo declares (``valorGlosaProtocolo``), ``None`` if absent."""
    guias: tuple[GuiaLida, ...]
    registro_ans: str
    nome_operadora: str
    contratado: Any
    """``ct_contratadoDados`` of the demonstrativo's version; ``None`` when the demonstrativo
    does not identify the prestador (no ``dadosContratado``; odonto: no ``codigoPrestador``)."""
    versao: str
    """The TISS version of the demonstrativo (its models), which the recurso follows."""
    xpath: str
    """Where the protocolo is: ``.../dadosConta/dadosProtocolo[i]`` (médico),
    ``.../dadosPagamentoPorData[d]/protocolos[i]`` (odonto)."""
    situacao: str | None = None
    """``situacaoProtocolo`` (a ``dm_statusProtocolo`` code; médico), ``None`` when absent."""
    data: dt.date | None = None
    """``dataProtocolo`` (médico); odonto: the payment date of the protocolo."""

    def glosa_descrita(self) -> tuple[str, str | None] | None:
        """The protocolo's own glosa (code, description: the catalogue's, else the
        operadora's), ``None`` when it has none.

        >>> import tiss_conecta as tiss
        >>> (p,) = protocolos(tiss.parse(tiss.examples.caminho("demonstrativo-analise")))
        >>> p.glosa_descrita() is None
        True
        """
        if self.glosa is None:
            return None
        return (self.glosa[0], descricao_da_glosa(*self.glosa))

    def situacao_descrita(self) -> tuple[str, str | None] | None:
        """The protocolo's situation as (code, meaning in its version), ``None`` when absent.

        >>> import tiss_conecta as tiss
        >>> (p,) = protocolos(tiss.parse(tiss.examples.caminho("demonstrativo-analise")))
        >>> p.situacao_descrita()
        ('5', 'Analisado e aguardando liberação para pagamento')
        """
        return _situacao(self.versao, self.situacao)

    def linhas_glosadas(self) -> list[tuple[str, ...]]:
        """What was glosado, one row per glosa code, in :data:`COLUNAS_GLOSAS` order (money
        as ``R$ 1.234,56``): the protocolo's own glosa, each guia's, each item's.

        >>> import tiss_conecta as tiss
        >>> (p,) = protocolos(tiss.parse(tiss.examples.caminho("demonstrativo-analise")))
        >>> [(l[0], l[1], l[2], l[7], l[8]) for l in p.linhas_glosadas()]
        [('48740', '00000002', '1', '1705', 'Valor apresentado a maior')]
        """
        return list(_linhas_protocolo(self))

    def __repr__(self) -> str:
        codigos = self.codigos_aplicados()
        glosas = f", glosas {_codigos_curtos(codigos)}" if codigos else ""
        return (
            f"ProtocoloLido({_curto(self.numero)}, lote {_curto(self.lote)}, "
            f"{_plural(len(self.guias), 'guia', 'guias')}, "
            f"informado {_reais_curto(self.informado)}, liberado {_reais_curto(self.liberado)}, "
            f"glosado {_reais_curto(self.glosado)}{glosas})"
        )

    def _repr_html_(self) -> str:
        return _html_glosas(repr(self), _linhas_protocolo(self))

    def codigos_aplicados(self) -> list[str]:
        """Codes a protocolo-level recurso may appeal: the protocolo's own glosa and, as the
        portal allows (seed: 48740 appealed at lote level for an item's 1705), any applied
        to its guias or items; in order, without repeats, blank codes left out."""
        vistos: dict[str, None] = {self.glosa[0]: None} if self.glosa else {}
        for g in self.guias:
            vistos.update((c, None) for c, _ in g.motivos)
            vistos.update((c, None) for c in g.codigos_dos_itens())
        return [c for c in vistos if c]


def demonstrativos(mensagem: Any) -> list[Any]:
    """The ``ctm_demonstrativoAnaliseConta`` and ``cto_demonstrativoOdontologia`` a message
    carries, or ``[mensagem]`` when it is one of them; empty for anything else.

    >>> import tiss_conecta as tiss
    >>> mensagem = tiss.parse(tiss.examples.caminho("demonstrativo-analise"))
    >>> [type(d).__name__ for d in demonstrativos(mensagem)]
    ['CtmDemonstrativoAnaliseConta']
    >>> demonstrativos(tiss.parse(tiss.examples.caminho("lote-sadt")))
    []
    """
    return [d for d, _ in _com_xpath(mensagem)]


def _com_xpath(mensagem: Any, xpath: str | None = None) -> list[tuple[Any, str]]:
    """:func:`demonstrativos`, each with its xpath: where it sits in the message, or, given by
    itself, ``xpath`` (by default as the first of its kind in a ``mensagemTISS``)."""
    versao = models.versao_de(mensagem)
    if versao is None:
        return []
    m = models.carregar(versao)
    if isinstance(mensagem, m.CtmDemonstrativoAnaliseConta):
        return [(mensagem, f"{_ANALISE}[1]" if xpath is None else xpath)]
    if isinstance(mensagem, m.CtoDemonstrativoOdontologia):
        return [(mensagem, _ODONTO if xpath is None else xpath)]
    if not isinstance(mensagem, m.MensagemTiss):
        return []
    retorno = getattr(mensagem.operadora_para_prestador, "demonstrativos_retorno", None)
    odonto = getattr(retorno, "demonstrativo_pagamento_odonto", None)
    analises = lista(getattr(retorno, "demonstrativo_analise_conta", None))
    return [(d, f"{_ANALISE}[{i}]") for i, d in enumerate(analises, 1) if d] + (
        [(odonto, _ODONTO)] if odonto is not None else []
    )


def protocolos(demonstrativo: Any, *, xpath: str | None = None) -> list[ProtocoloLido]:
    """Every protocolo of a demonstrativo message or object, in document order (empty when it
    carries no demonstrativo: :func:`demonstrativos`).

    The xpaths of the protocolos, guias and items are those of the message. A demonstrativo
    given by itself is placed at ``xpath`` — by default where the first
    ``demonstrativoAnaliseConta`` (or the ``demonstrativoPagamentoOdonto``) of a
    ``mensagemTISS`` is; a message places its demonstrativos itself.

    >>> import tiss_conecta as tiss
    >>> mensagem = tiss.parse(tiss.examples.caminho("demonstrativo-analise", "4.02.00"))
    >>> (p,) = protocolos(mensagem)
    >>> p.numero, p.versao, [(g.numero, g.glosado) for g in p.guias]
    ('48740', '4.02.00', [('00000001', Decimal('0')), ('00000002', Decimal('15.00'))])
    >>> p.xpath
    '/mensagemTISS/.../demonstrativoAnaliseConta[1]/dadosConta/dadosProtocolo[1]'
    >>> conta = mensagem.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta
    >>> protocolos(conta[0], xpath="/demonstrativoAnaliseConta")[0].guias[1].xpath
    '/demonstrativoAnaliseConta/dadosConta/dadosProtocolo[1]/relacaoGuias[2]'
    """
    versao = models.versao_de(demonstrativo)
    if versao is None:
        return []
    odonto = models.carregar(versao).CtoDemonstrativoOdontologia
    return [
        p
        for d, xp in _com_xpath(demonstrativo, xpath)
        for p in (_odonto(d, versao, xp) if isinstance(d, odonto) else _medico(d, versao, xp))
    ]


def _medico(d: Any, versao: str, xpath: str) -> Iterator[ProtocoloLido]:
    cab = d.cabecalho_demonstrativo
    for i, p in enumerate(lista(getattr(d.dados_conta, "dados_protocolo", None)), 1):
        xp = f"{xpath}/dadosConta/dadosProtocolo[{i}]"
        guias = []
        for j, g in enumerate(lista(p.relacao_guias), 1):
            xg = f"{xp}/relacaoGuias[{j}]"
            processado = decimal(g.valor_processado_guia)
            liberado = decimal(g.valor_liberado_guia)
            declarado = decimal(g.valor_glosa_guia)
            guias.append(
                GuiaLida(
                    numero=texto(g.numero_guia_prestador),
                    numero_operadora=_opcional(g.numero_guia_operadora),
                    senha=_opcional(g.senha),
                    motivos=tuple(
                        (texto(x.codigo_glosa), _opcional(x.descricao_glosa))
                        for x in lista(g.motivo_glosa_guia)
                    ),
                    informado=decimal(g.valor_informado_guia),
                    processado=processado,
                    liberado=liberado,
                    glosado=_glosado(declarado, processado, liberado),
                    glosado_declarado=declarado,
                    itens=tuple(
                        _item_medico(it, f"{xg}/detalhesGuia[{k}]")
                        for k, it in enumerate(lista(g.detalhes_guia), 1)
                    ),
                    xpath=xg,
                    situacao=_opcional(getattr(g, "situacao_guia", None)),
                    versao=versao,
                )
            )
        gp = p.glosa_protocolo
        processado = decimal(p.valor_processado_protocolo)
        liberado = decimal(p.valor_liberado_protocolo)
        declarado = decimal(p.valor_glosa_protocolo)
        yield ProtocoloLido(
            odonto=False,
            numero=texto(p.numero_protocolo),
            lote=texto(p.numero_lote_prestador),
            glosa=(
                (texto(gp.codigo_glosa), _opcional(gp.descricao_glosa)) if gp is not None else None
            ),
            informado=decimal(p.valor_informado_protocolo),
            processado=processado,
            liberado=liberado,
            glosado=_glosado(declarado, processado, liberado),
            glosado_declarado=declarado,
            guias=tuple(guias),
            registro_ans=texto(getattr(cab, "registro_ans", None)),
            nome_operadora=texto(getattr(cab, "nome_operadora", None)),
            contratado=getattr(d.dados_prestador, "dados_contratado", None),
            versao=versao,
            xpath=xp,
            situacao=_opcional(getattr(p, "situacao_protocolo", None)),
            data=data(getattr(p, "data_protocolo", None)),
        )


def _sem_ausentes(valores: Iterable[Decimal | None]) -> Iterator[Decimal]:
    return (v for v in valores if v is not None)


def _item_medico(it: Any, xpath: str) -> ItemLido:
    glosas: dict[str, Decimal | None] = {}
    sem_valor = False
    for x in lista(it.relacao_glosa):
        c, v = texto(x.tipo_glosa), decimal(x.valor_glosa)
        anterior = glosas.get(c)
        if v is None:
            sem_valor = True
            glosas[c] = anterior
        else:
            glosas[c] = (Decimal(0) if anterior is None else anterior) + v
    return ItemLido(
        sequencial=inteiro(it.sequencial_item),
        data=data(it.data_realizacao),
        procedimento=it.procedimento,
        grau_participacao=it.grau_participacao,
        informado=decimal(it.valor_informado),
        processado=decimal(it.valor_processado),
        liberado=decimal(it.valor_liberado),
        glosado=None if sem_valor else sum(_sem_ausentes(glosas.values()), Decimal(0)),
        glosas=tuple(glosas.items()),
        centro_consumo=getattr(it, "centro_consumo", None),
        xpath=xpath,
    )


def _contratado_odonto(d: Any, versao: str) -> Any:
    """The prestador of an odontológico demonstrativo as a ``ct_contratadoDados``, by its
    ``codigoPrestador`` (``None`` without it: the recurso could not identify the prestador)."""
    codigo = getattr(d.dados_prestador, "codigo_prestador", None)
    if texto(codigo) == "":
        return None
    return models.carregar(versao).CtContratadoDados(codigo_prestador_na_operadora=codigo)


def _odonto(d: Any, versao: str, xpath: str) -> Iterator[ProtocoloLido]:
    cab = d.cabecalho_demonstrativo_odonto
    contratado = _contratado_odonto(d, versao)
    for i, por_data in enumerate(lista(d.dados_pagamento_por_data), 1):
        for j, p in enumerate(lista(por_data.protocolos), 1):
            xp = f"{xpath}/dadosPagamentoPorData[{i}]/protocolos[{j}]"
            guias = []
            for k, g in enumerate(lista(p.dados_pagamento_guia), 1):
                xg = f"{xp}/dadosPagamentoGuia[{k}]"
                glosado = decimal(g.valor_total_glosa_guia)
                guias.append(
                    GuiaLida(
                        numero=texto(g.numero_guia_prestador),
                        numero_operadora=_opcional(g.numero_guia_operadora),
                        senha=None,
                        motivos=(),
                        informado=decimal(g.valor_total_informado_guia),
                        processado=decimal(g.valor_total_processado_guia),
                        liberado=decimal(g.valor_total_liberado_guia),
                        glosado=glosado,
                        glosado_declarado=glosado,
                        itens=tuple(
                            _item_odonto(it, f"{xg}/dadosPagamento[{n}]")
                            for n, it in enumerate(lista(g.dados_pagamento), 1)
                        ),
                        xpath=xg,
                        versao=versao,
                    )
                )
            t = p.totais_por_protocolo
            glosado = decimal(getattr(t, "valor_total_glosa_por_protocolo", None))
            yield ProtocoloLido(
                odonto=True,
                numero=texto(p.numero_protocolo),
                lote=texto(p.numero_lote),
                glosa=None,
                informado=decimal(getattr(t, "valor_total_informado_por_protocolo", None)),
                processado=decimal(getattr(t, "valor_total_processado_por_protocolo", None)),
                liberado=decimal(getattr(t, "valor_total_liberado_por_protocolo", None)),
                glosado=glosado,
                glosado_declarado=glosado,
                guias=tuple(guias),
                registro_ans=texto(getattr(cab, "registro_ans", None)),
                nome_operadora=texto(getattr(cab, "nome_operadora", None)),
                contratado=contratado,
                versao=versao,
                xpath=xp,
                data=data(getattr(por_data.dados_pagamento, "data_pagamento", None)),
            )


def _item_odonto(it: Any, xpath: str) -> ItemLido:
    glosado = decimal(it.valor_glosa_estorno)
    dr = it.dente_regiao
    return ItemLido(
        sequencial=inteiro(it.sequencial_item),
        data=data(it.data_realizacao),
        procedimento=it.procedimento,
        informado=decimal(it.valor_informado),
        processado=decimal(it.valor_processado),
        liberado=decimal(it.valor_liberado),
        glosado=glosado,
        glosas=tuple(
            (c, glosado) for c in dict.fromkeys(texto(c) for c in lista(it.codigos_glosa))
        ),
        dente=getattr(dr, "cod_dente", None),
        regiao=getattr(dr, "cod_regiao", None),
        face=_opcional(it.dente_face),
        quantidade=inteiro(it.qtd_proc),
        xpath=xpath,
        odonto=True,
    )
