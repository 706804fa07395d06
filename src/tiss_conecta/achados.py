"""What every judge of a message reports — the XSD, the epilogo hash and the rules alike:
an :class:`Achado`, created through the :class:`Regra` that declares its code.

Each code is declared once, where it is found (``prazo.FORA_DA_JANELA`` in
:mod:`tiss_conecta.rules.prazo`, ``hash.divergente`` in the codec), with its default
severity, the glosa an operadora applies for it, a one-line description and the hint of how
to fix it; the table in
the documentation is generated from :func:`regras`. A profile may change a code's
severity or switch it off (:attr:`tiss_conecta.rules.Perfil.severidades`).

    >>> from tiss_conecta.rules.prazo import FORA_DA_JANELA
    >>> FORA_DA_JANELA.codigo, FORA_DA_JANELA.severidade.value, FORA_DA_JANELA.glosa
    ('prazo.fora_da_janela', 'erro', '1701')
    >>> a = FORA_DA_JANELA.achado("Item fora do prazo.", xpath="/mensagemTISS", numero_guia="7")
    >>> print(a)
    ERRO [prazo.fora_da_janela] glosa 1701 (guia 7): Item fora do prazo.
    >>> a.to_dict()["codigo"], a.to_dict()["code"]
    ('prazo.fora_da_janela', 'prazo.fora_da_janela')
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from html import escape
from types import EllipsisType

import attrs

from tiss_conecta.errors import TissError

__all__ = [
    "Achado",
    "Achados",
    "Regra",
    "Severidade",
    "descricao_glosa",
    "ordenar",
    "regra",
    "regras",
    "tabela_html",
    "tem_erro",
]


class Severidade(StrEnum):
    """How serious an :class:`Achado` is: an ``erro`` gets the file, the guia or the item
    refused or glosado; an ``aviso`` deserves a look; ``info`` is a remark."""

    ERRO = "erro"
    AVISO = "aviso"
    INFO = "info"


def descricao_glosa(codigo: str) -> str | None:
    """The glosa's description in TUSS table 38 (``None`` when the catalogue lacks it); the
    catalogue is read on first use only.

    >>> descricao_glosa("1705"), descricao_glosa("0000")
    ('VALOR APRESENTADO A MAIOR', None)
    """
    from tiss_conecta import glosas

    try:
        glosa = glosas.consultar(codigo)
    except (TissError, KeyError):
        return None
    return glosa.descricao or None


_PASSO = re.compile(r"([^/\[]+)(?:\[(\d+)\])?")


def _chave_xpath(xpath: str | None) -> tuple[tuple[str, int], ...]:
    """``/a/b[10]/c`` as ``(("a", 0), ("b", 10), ("c", 0))``: numeric, not lexical, order."""
    passos = []
    for parte in (xpath or "").split("/"):
        if not parte:
            continue
        m = _PASSO.fullmatch(parte)
        passos.append((parte, 0) if m is None else (m.group(1), int(m.group(2) or 0)))
    return tuple(passos)


@attrs.frozen
class Achado:
    """One problem (or remark) found in a message.

    ``codigo`` is stable, for programs (``prazo.fora_da_janela``); ``mensagem`` is for
    billing staff, in Portuguese, and ``dica`` says how to fix it; ``linha``/``coluna``
    (in the file) and ``xpath`` say where, ``numero_guia`` and ``item``
    (``sequencialItem``) in which guia; ``glosa`` is the TUSS table 38 code an operadora
    would apply.
    """

    codigo: str
    severidade: Severidade
    mensagem: str
    dica: str | None = None
    linha: int | None = None
    coluna: int | None = None
    xpath: str | None = None
    numero_guia: str | None = None
    item: int | None = None
    glosa: str | None = None

    @property
    def glosa_descricao(self) -> str | None:
        """The description of :attr:`glosa` in the glosa catalogue."""
        return descricao_glosa(self.glosa) if self.glosa else None

    @property
    def erro(self) -> bool:
        return self.severidade is Severidade.ERRO

    @property
    def onde(self) -> str:
        """``linha 3, coluna 7, /mensagemTISS/...`` (empty when unknown)."""
        partes = [
            f"linha {self.linha}" if self.linha else "",
            f"coluna {self.coluna}" if self.coluna else "",
            self.xpath or "",
        ]
        return ", ".join(p for p in partes if p)

    def chave(self) -> tuple[object, ...]:
        """Sort key: place first (line, then XPath with numeric indices), then code; every
        other field breaks ties, so two different achados never sort as equal."""
        return (
            self.linha or 0,
            _chave_xpath(self.xpath),
            self.codigo,
            self.numero_guia or "",
            -1 if self.item is None else self.item,
            self.mensagem,
            self.xpath or "",
            self.coluna or 0,
            self.severidade.value,
            self.glosa or "",
            self.dica or "",
            tuple(
                campo is not None
                for campo in (
                    self.linha,
                    self.coluna,
                    self.xpath,
                    self.numero_guia,
                    self.item,
                    self.glosa,
                    self.dica,
                )
            ),
        )

    def to_dict(self) -> dict[str, object]:
        """Plain data (JSON-ready), with the glosa's description; ``code`` repeats
        ``codigo`` for the tools that read the names of 0.1."""
        return {
            "codigo": self.codigo,
            "severidade": self.severidade.value,
            "mensagem": self.mensagem,
            "dica": self.dica,
            "linha": self.linha,
            "coluna": self.coluna,
            "xpath": self.xpath,
            "numero_guia": self.numero_guia,
            "item": self.item,
            "glosa": self.glosa,
            "glosa_descricao": self.glosa_descricao,
            "code": self.codigo,
        }

    def __str__(self) -> str:
        guia = []
        if self.numero_guia is not None:
            guia.append(f"guia {self.numero_guia}")
        if self.item is not None:
            guia.append(f"item {self.item}")
        texto = f"{self.severidade.value.upper()} [{self.codigo}]"
        if self.glosa:
            texto += f" glosa {self.glosa}"
        if guia:
            texto += f" ({', '.join(guia)})"
        return f"{texto}: {self.mensagem}"

    def _repr_html_(self) -> str:
        return tabela_html([self])


def tabela_html(achados: Iterable[Achado]) -> str:
    """The achados as an HTML table, for Jupyter.

    >>> from tiss_conecta.rules.prazo import FORA_DA_JANELA
    >>> tabela_html([FORA_DA_JANELA.achado("Fora do prazo.")]).count("<tr>")
    2
    """
    cabecalho = "".join(f"<th>{h}</th>" for h in ("", "código", "glosa", "onde", "mensagem"))
    linhas = "".join(
        "<tr>"
        + "".join(
            f"<td>{escape(str(c))}</td>"
            for c in (
                a.severidade.value,
                a.codigo,
                a.glosa or "",
                ", ".join(
                    p for p in (a.onde, f"guia {a.numero_guia}" if a.numero_guia else "") if p
                ),
                a.mensagem + (f" — como corrigir: {a.dica}" if a.dica else ""),
            )
        )
        + "</tr>"
        for a in achados
    )
    return f"<table><tr>{cabecalho}</tr>{linhas}</table>"


_PLURAIS = {Severidade.ERRO: "erros", Severidade.AVISO: "avisos", Severidade.INFO: "info"}
_CODIGOS_NO_REPR = 5


class Achados(list[Achado]):
    """A list of achados (what :func:`tiss_conecta.rules.check` returns) that reads well in
    a REPL and in Jupyter: its ``repr`` counts them by severity and names the first codes
    (an empty one is ``[]``), its ``_repr_html_`` is their :func:`tabela_html`. Everything
    else is a plain ``list``.

    >>> from tiss_conecta.rules.prazo import FORA_DA_JANELA
    >>> from tiss_conecta.rules.totais import TOTAL_DO_ITEM
    >>> Achados([FORA_DA_JANELA.achado("m"), FORA_DA_JANELA.achado("m"), TOTAL_DO_ITEM.achado("m")])
    Achados(3 achados: 2 erros, 1 aviso; prazo.fora_da_janela ×2, totais.item)
    >>> Achados()
    []
    """

    __slots__ = ()

    def __repr__(self) -> str:
        if not self:
            return "[]"
        contagem = dict.fromkeys(Severidade, 0)
        codigos: dict[str, int] = {}
        for a in self:
            contagem[a.severidade] += 1
            codigos[a.codigo] = codigos.get(a.codigo, 0) + 1
        severidades = ", ".join(
            f"{n} {_PLURAIS[s] if n > 1 else s.value}" for s, n in contagem.items() if n
        )
        primeiros = [
            f"{c[:60]} ×{n}" if n > 1 else c[:60]
            for c, n in list(codigos.items())[:_CODIGOS_NO_REPR]
        ]
        if len(codigos) > _CODIGOS_NO_REPR:
            primeiros.append("…")
        total = f"{len(self)} {'achado' if len(self) == 1 else 'achados'}"
        return f"Achados({total}: {severidades}; {', '.join(primeiros)})"

    def _repr_html_(self) -> str:
        if not self:
            return "<p>nenhum achado</p>"
        return f"<p><b>{escape(repr(self))}</b></p>{tabela_html(self)}"


def ordenar(achados: Iterable[Achado]) -> Achados:
    """The achados in their canonical order (see :meth:`Achado.chave`): by place (indices
    compared as numbers), then code.

    >>> a = Achado("b", Severidade.ERRO, "m", xpath="/g[10]")
    >>> b = Achado("a", Severidade.ERRO, "m", xpath="/g[2]")
    >>> [x.xpath for x in ordenar([a, b])]
    ['/g[2]', '/g[10]']
    """
    return Achados(sorted(achados, key=Achado.chave))


def tem_erro(achados: Iterable[Achado]) -> bool:
    """Whether any achado has severity :attr:`Severidade.ERRO`.

    >>> aviso, erro = Achado("x", Severidade.AVISO, "m"), Achado("x", Severidade.ERRO, "m")
    >>> tem_erro([aviso]), tem_erro([aviso, erro])
    (False, True)
    """
    return any(a.erro for a in achados)


_REGISTRO: dict[str, Regra] = {}


@attrs.frozen
class Regra:
    """A code declared once: its default severity, what it means, the glosa an operadora
    applies for it and how to fix it (``dica``, the hint of every achado that brings none of
    its own). Creating one registers it; a second declaration of a code with other values is
    refused (the same declaration again, as when a module is reloaded, replaces the first).

    >>> from tiss_conecta.rules.prazo import FORA_DA_JANELA
    >>> FORA_DA_JANELA.achado("Fora do prazo.").dica == FORA_DA_JANELA.dica
    True
    >>> FORA_DA_JANELA.achado("Fora do prazo.", dica="retire o item 2").dica
    'retire o item 2'
    """

    codigo: str
    severidade: Severidade
    descricao: str
    """One line, in Portuguese: what the code reports."""
    glosa: str | None = None
    dica: str | None = attrs.field(default=None, kw_only=True)
    """In Portuguese, for billing staff: what to do about an achado of this code."""

    def __attrs_post_init__(self) -> None:
        anterior = _REGISTRO.get(self.codigo)
        if anterior is not None and anterior != self:
            raise ValueError(f"código {self.codigo!r} declarado duas vezes, com outros valores")
        _REGISTRO[self.codigo] = self

    def achado(
        self,
        mensagem: str,
        *,
        dica: str | None = None,
        linha: int | None = None,
        coluna: int | None = None,
        xpath: str | None = None,
        numero_guia: str | None = None,
        item: int | None = None,
        glosa: str | EllipsisType | None = ...,
    ) -> Achado:
        """An :class:`Achado` of this code, at its default severity (a profile may change it
        later); ``dica`` replaces the declared one where the achado knows better, ``glosa``
        where the place decides it (``None``: none here). A guia number is read as the codec
        reads it: without surrounding blanks, ``None`` when empty."""
        return Achado(
            self.codigo,
            self.severidade,
            mensagem,
            dica=dica or self.dica,
            linha=linha,
            coluna=coluna,
            xpath=xpath,
            numero_guia=numero_guia.strip() or None if numero_guia is not None else None,
            item=item,
            glosa=self.glosa if isinstance(glosa, EllipsisType) else glosa,
        )


_DECLARANTES = (
    "tiss_conecta.codec",
    "tiss_conecta.rules",
    "tiss_conecta.preenvio",
    "tiss_conecta.conciliacao",
)
"""The packages whose modules declare codes (importing them fills the registry)."""


def regras() -> Mapping[str, Regra]:
    """Every declared code, in code order (the codec's and the rules').

    >>> todas = regras()
    >>> todas["hash.divergente"].glosa, todas["prazo.fora_da_janela"].glosa
    ('5014', '1701')
    """
    for pacote in _DECLARANTES:
        importlib.import_module(pacote)
    return {c: _REGISTRO[c] for c in sorted(_REGISTRO)}


def regra(codigo: str) -> Regra:
    """The declaration of ``codigo``; :class:`~tiss_conecta.errors.TissLookupError` if none.

    >>> regra("totais.item").severidade
    <Severidade.AVISO: 'aviso'>
    """
    from tiss_conecta.errors import TissLookupError

    todas = regras()
    if codigo not in todas:
        raise TissLookupError(
            f"código de achado desconhecido: {codigo!r}",
            dica="veja os códigos em tiss_conecta.achados.regras()",
        )
    return todas[codigo]
