"""Short reprs and Jupyter views of the generated models: the one hand-written part of them.

``xsd/xsdata.xml`` makes every generated dataclass derive from :class:`Apresentavel` (a
``repr`` of the fields that are set, nested objects and lists only named) and turns off the
dataclasses' own ``__repr__`` (``<Format repr="false">``); ``MensagemTiss`` gets
:class:`MensagemApresentavel` and the five guia types :class:`GuiaApresentavel`, which sum
up what a person looks for (transaction, version, operadora, prestador, lote, guias, total)
and add ``_repr_html_`` for Jupyter.

The mixins hold no state (``__slots__ = ()``) and do nothing until a repr is asked for, so
parsing and serializing cost what they did. They read the message with
:mod:`tiss_conecta.leitura`, imported on first use like the money formatting: importing the
models imports nothing more.

    >>> import tiss_conecta as tiss
    >>> msg = tiss.parse(tiss.examples.caminho("lote-sadt"))
    >>> msg
    MensagemTiss(ENVIO_LOTE_GUIAS, TISS 4.01.00, operadora 416070, prestador CNPJ 11222333000181, lote 1, 3 guias, total R$ 211,60)
    >>> msg.cabecalho.origem
    CabecalhoTransacao.Origem(identificacao_prestador=CtPrestadorIdentificacao(…))
    >>> msg.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[0]
    CtmSpSadtGuia(SP/SADT 00000001, carteira 0000000000000001, 2 itens, total R$ 155,70)
"""  # noqa: E501

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from enum import Enum
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tiss_conecta.leitura import Guia

__all__ = ["Apresentavel", "GuiaApresentavel", "MensagemApresentavel"]

LIMITE = 600
"""Characters of a generic repr before it is cut (``…``): well under 1,000."""
_TEXTO = 60
"""Characters of one text value before it is cut."""
_LINHAS = 1000
"""Rows of a Jupyter table before the rest is only counted."""

_CAMPOS_TOTAL = ("valorTotalGeral", "valorTotalHonorarios", "valorTotalProc")
"""The :class:`~tiss_conecta.leitura.Total` that is a guia's total, per guia type."""

_TIPOS_GUIA = {
    "CtmSpSadtGuia": "guiaSP-SADT",
    "CtmConsultaGuia": "guiaConsulta",
    "CtmInternacaoResumoGuia": "guiaResumoInternacao",
    "CtmHonorarioIndividualGuia": "guiaHonorarios",
    "CtoGuiaOdontologia": "guiaOdonto",
}
"""Generated guia class -> :class:`~tiss_conecta.leitura.TipoGuia` value (same in every
version)."""

_PROFUNDIDADE = 8
"""How many levels down the message's content a lote or protocolo number is looked for."""

_ROTULOS = ("operadora", "prestador", "lote", "protocolo")
"""The facts of a message its repr shows as ``rótulo valor``."""

_PASSO = re.compile(r"([^\[]+)(?:\[(\d+)\])?")


def _cortar(texto: str, limite: int = _TEXTO) -> str:
    return texto if len(texto) <= limite else texto[: limite - 1] + "…"


def _valor(valor: Any) -> str | None:
    """A field's value as the generic repr shows it; ``None``: not shown (unset, empty)."""
    if valor is None:
        return None
    if isinstance(valor, list):  # not tuple: XmlDate and XmlTime are named tuples
        return f"[{len(valor)} {'item' if len(valor) == 1 else 'itens'}]" if valor else None
    if isinstance(valor, str):
        return repr(_cortar(valor)) if valor else None
    if isinstance(valor, Enum):
        return repr(valor.value) if isinstance(valor.value, str) else repr(valor)
    if isinstance(valor, bool | int | float | Decimal):
        return repr(valor) if isinstance(valor, bool | int | float) else str(valor)
    if dataclasses.is_dataclass(valor):
        return f"{type(valor).__qualname__}(…)"
    return _cortar(str(valor))


def resumo(objeto: Any, limite: int = LIMITE) -> str:
    """``Classe(campo=valor, …)``: the fields that are set, nested objects and lists named
    only, cut after ``limite`` characters."""
    nome = type(objeto).__qualname__
    partes: list[str] = []
    tamanho = len(nome) + 2
    for campo in dataclasses.fields(objeto):
        texto = _valor(getattr(objeto, campo.name, None))
        if texto is None:
            continue
        parte = f"{campo.name}={texto}"
        if tamanho + len(parte) + 2 > limite:
            partes.append("…")
            break
        partes.append(parte)
        tamanho += len(parte) + 2
    return f"{nome}({', '.join(partes)})"


class Apresentavel:
    """Base of every generated class: a short ``repr`` (see :func:`resumo`)."""

    __slots__ = ()

    def __repr__(self) -> str:
        try:
            return resumo(self)
        except Exception:  # a repr never raises
            return f"<{type(self).__qualname__}>"


# --- reading, with tiss_conecta.leitura -------------------------------------------------------


def _reais(valor: Decimal | None) -> str:
    from tiss_conecta import formato

    return "" if valor is None else formato.reais(valor)


def _total_da_guia(guia: Guia) -> Decimal | None:
    """The guia's declared total (``valorTotalGeral``, ``valorTotalHonorarios``,
    ``valorTotalProc``), else the sum of its items (a consulta's procedure)."""
    for total in guia.totais:
        if total.campo in _CAMPOS_TOTAL and total.declarado is not None:
            return total.declarado
    return _soma(i.valor_total for i in guia.itens)


def _soma(valores: Iterable[Decimal | None]) -> Decimal | None:
    import decimal

    from tiss_conecta import formato

    presentes = [v for v in valores if v is not None]
    if not presentes:
        return None
    with decimal.localcontext(formato.CONTEXTO):
        return sum(presentes, Decimal(0))


def _texto(valor: Any) -> str:
    if valor is None:
        return ""
    if isinstance(valor, Enum):
        return str(valor.value)
    return str(valor).strip()


def _ler_guia(guia: Any) -> Guia:
    from tiss_conecta.leitura._guias import _LEITORES

    tipo = _TIPOS_GUIA[type(guia).__name__]
    ler = next(ler for _, t, ler in _LEITORES if t.value == tipo)
    return ler(guia, "")


def _guias(mensagem: Any) -> list[Guia] | None:
    """The guias of a lote message; ``None`` when it carries no lote of guias."""
    from tiss_conecta.leitura import guias_do_lote

    lote = getattr(mensagem.prestador_para_operadora, "lote_guias", None)
    return None if lote is None else guias_do_lote(lote)


def _numeros(mensagem: Any) -> list[tuple[str, str]]:
    """``[("lote", "12"), ("protocolo", "34")]``: the ``numeroLote`` and ``numeroProtocolo``
    of the first object of the message's content that has either, looked for breadth first
    (first item of each list) a few levels down (a demonstrativo de pagamento's are 7)."""
    conteudo = mensagem.prestador_para_operadora or mensagem.operadora_para_prestador
    nivel = [conteudo] if conteudo is not None else []
    for _ in range(_PROFUNDIDADE):
        proximo = []
        for objeto in nivel:
            achados = [
                (rotulo, valor.strip())
                for rotulo, nome in (("lote", "numero_lote"), ("protocolo", "numero_protocolo"))
                if isinstance(valor := _primeiro(getattr(objeto, nome, None)), str)
                and valor.strip()
            ]
            if achados:
                return achados
            for campo in dataclasses.fields(objeto):
                filho = _primeiro(getattr(objeto, campo.name, None))
                if dataclasses.is_dataclass(filho):
                    proximo.append(filho)
        nivel = proximo
    return []


def _primeiro(valor: Any) -> Any:
    return (valor[0] if valor else None) if isinstance(valor, list) else valor


def _prestador(cabecalho: Any) -> str:
    for lado in (cabecalho.origem, cabecalho.destino):
        ident = getattr(lado, "identificacao_prestador", None)
        for rotulo, campo in (
            ("código", "codigo_prestador_na_operadora"),
            ("CNPJ", "cnpj"),
            ("CPF", "cpf"),
        ):
            valor = _texto(getattr(ident, campo, None))
            if valor:
                return f"{rotulo} {valor}"
    return ""


def _fatos_da_mensagem(mensagem: Any, guias: list[Guia] | None) -> Iterator[tuple[str, str]]:
    """(label, value) of what a message is, the ones it has, in the order the repr shows."""
    cabecalho = mensagem.cabecalho
    ident = getattr(cabecalho, "identificacao_transacao", None)
    yield "transação", _texto(getattr(ident, "tipo_transacao", None))
    yield "versão", _texto(getattr(cabecalho, "padrao", None))
    operadora = _texto(getattr(cabecalho.destino, "registro_ans", None)) or _texto(
        getattr(cabecalho.origem, "registro_ans", None)
    )
    yield "operadora", operadora
    yield "prestador", _prestador(cabecalho)
    yield from _numeros(mensagem)
    if guias is not None:
        yield "guias", str(len(guias))
        yield "total", _reais(_soma(_total_da_guia(g) for g in guias))


def _fatos_da_guia(guia: Guia) -> Iterator[tuple[str, str]]:
    yield "tipo", guia.tipo.nome
    yield "número", guia.numero
    yield "carteira", guia.carteira
    yield "registro ANS", guia.registro_ans
    yield "itens", str(len(guia.itens))
    yield "total", _reais(_total_da_guia(guia))


# --- HTML ---------------------------------------------------------------------------------------


def _celulas(valores: Iterable[object], tag: str = "td") -> str:
    return "".join(f"<{tag}>{escape(str(v))}</{tag}>" for v in valores)


def _ficha(titulo: str, fatos: Iterable[tuple[str, str]]) -> str:
    linhas = "".join(f"<tr>{_celulas([r], 'th')}{_celulas([v])}</tr>" for r, v in fatos if v)
    return f"<p><b>{escape(titulo)}</b></p><table>{linhas}</table>"


def _tabela(cabecalho: Iterable[str], linhas: Iterable[Iterable[object]], total: int) -> str:
    corpo = []
    for i, linha in enumerate(linhas):
        if i == _LINHAS:
            corpo.append(f"<tr><td colspan='99'>… mais {total - _LINHAS}</td></tr>")
            break
        corpo.append(f"<tr>{_celulas(linha)}</tr>")
    return f"<table><tr>{_celulas(cabecalho, 'th')}</tr>{''.join(corpo)}</table>"


def _no(raiz: Any, xpath: str) -> Any:
    """The object at ``xpath`` (XML names, as :mod:`tiss_conecta.leitura` writes them)
    under ``raiz``; ``None`` if it is not there."""
    objeto = raiz
    for passo in xpath.strip("/").split("/"):
        m = _PASSO.fullmatch(passo)
        campo = _campo(objeto, m.group(1)) if m else None
        if m is None or campo is None:
            return None
        objeto = getattr(objeto, campo, None)
        if isinstance(objeto, list):
            i = int(m.group(2) or 1) - 1
            objeto = objeto[i] if 0 <= i < len(objeto) else None
        if objeto is None:
            return None
    return objeto


def _campo(objeto: Any, nome_xml: str) -> str | None:
    """The Python name of the field of ``objeto`` whose XML name is ``nome_xml``."""
    if not dataclasses.is_dataclass(objeto):
        return None
    for campo in dataclasses.fields(objeto):
        if campo.metadata.get("name", campo.name) == nome_xml:
            return campo.name
    return None


def _descricao(no: Any) -> str:
    for objeto in (no, getattr(no, "procedimento", None), getattr(no, "proc_solic", None)):
        descricao = _texto(getattr(objeto, "descricao_procedimento", None))
        if descricao:
            return descricao
    return ""


def _numero_dec(valor: Decimal | None) -> str:
    return "" if valor is None else str(valor)


def _html_guia(objeto: Any, guia: Guia) -> str:
    linhas = (
        (
            "" if i.sequencial is None else i.sequencial,
            "" if i.data is None else i.data.strftime("%d/%m/%Y"),
            i.codigo,
            _descricao(_no(objeto, i.xpath)),
            _numero_dec(i.quantidade),
            _reais(i.valor_total),
        )
        for i in guia.itens
    )
    cabecalho = ("sequencial", "data", "código", "descrição", "quantidade", "valor")
    return (
        f"<div>{_ficha(type(objeto).__qualname__, _fatos_da_guia(guia))}"
        f"{_tabela(cabecalho, linhas, len(guia.itens))}</div>"
    )


def _html_mensagem(mensagem: Any) -> str:
    guias = _guias(mensagem)
    html = _ficha(type(mensagem).__qualname__, _fatos_da_mensagem(mensagem, guias))
    if guias:
        linhas = (
            (g.numero, g.tipo.nome, g.carteira, len(g.itens), _reais(_total_da_guia(g)))
            for g in guias
        )
        cabecalho = ("número", "tipo", "beneficiário (carteira)", "itens", "valor total")
        html += _tabela(cabecalho, linhas, len(guias))
    return f"<div>{html}</div>"


# --- the mixins of the message and of the guias -------------------------------------------------


class MensagemApresentavel(Apresentavel):
    """``MensagemTiss``: a one-line summary and, in Jupyter, its facts and its guias."""

    __slots__ = ()

    def __repr__(self) -> str:
        try:
            fatos = dict(_fatos_da_mensagem(self, _guias(self)))
        except Exception:  # a repr never raises: the generic one says what is there
            return super().__repr__()
        versao, guias, total = fatos.get("versão"), fatos.get("guias"), fatos.get("total")
        partes = [
            fatos.get("transação", ""),
            f"TISS {versao}" if versao else "",
            *(f"{r} {v}" for r in _ROTULOS if (v := fatos.get(r))),
            f"{guias} {'guia' if guias == '1' else 'guias'}" if guias else "",
            f"total {total}" if total else "",
        ]
        texto = ", ".join(_cortar(p) for p in partes if p).replace("\xa0", " ")  # plain text
        return f"{type(self).__qualname__}({texto})"

    def _repr_html_(self) -> str:
        try:
            return _html_mensagem(self)
        except Exception:
            return f"<pre>{escape(repr(self))}</pre>"


class GuiaApresentavel(Apresentavel):
    """The five guia types: a one-line summary and, in Jupyter, its facts and its items."""

    __slots__ = ()

    def __repr__(self) -> str:
        try:
            guia = _ler_guia(self)
        except Exception:  # a repr never raises: the generic one says what is there
            return super().__repr__()
        itens = f"{len(guia.itens)} {'item' if len(guia.itens) == 1 else 'itens'}"
        partes = [
            f"{guia.tipo.nome} {guia.numero}".strip(),
            f"carteira {guia.carteira}" if guia.carteira else "",
            itens,
        ]
        total = _total_da_guia(guia)
        if total is not None:
            partes.append(f"total {_reais(total)}")
        texto = ", ".join(_cortar(p) for p in partes if p).replace("\xa0", " ")  # plain text
        return f"{type(self).__qualname__}({texto})"

    def _repr_html_(self) -> str:
        try:
            return _html_guia(self, _ler_guia(self))
        except Exception:
            return f"<pre>{escape(repr(self))}</pre>"
