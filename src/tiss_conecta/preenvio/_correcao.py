"""Correcting what a billing clerk cannot fix by hand: totals that derive from items, and the
epilogo hash.

The file must parse (:func:`tiss_conecta.parse`); the correction edits the file's own lxml
tree, so everything else (prefixes, indentation, comments, the declared encoding) stays as it
was. Item values are never changed: when ``quantidade × unitário`` disagrees with an item's
total, which side is wrong is the clerk's call.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

import attrs
from lxml import etree

from tiss_conecta import formato
from tiss_conecta.codec import _fonte, _hash, _lugar, _modelos, _xsd
from tiss_conecta.codec._modelos import parse
from tiss_conecta.leitura import guias_do_lote
from tiss_conecta.rules.totais import CENTAVO, soma, total_confere

__all__ = ["Correcao", "Mudanca", "corrigir"]

HASH = "hash"
"""``campo`` of the :class:`Mudanca` that restamps the epilogo hash."""
_XPATH_HASH = "/mensagemTISS/epilogo/hash"

# Where an absent total may be inserted: the XSD sequence of its parent (ct_guiaValorTotal,
# ct_guiaValorTotalSADT without valorDiarias) or the element it follows (odontologia).
_SEQUENCIA_VALOR_TOTAL = (
    "valorProcedimentos",
    "valorDiarias",
    "valorTaxasAlugueis",
    "valorMateriais",
    "valorMedicamentos",
    "valorOPME",
    "valorGasesMedicinais",
    "valorTotalGeral",
)
_SEM_DIARIAS = frozenset({"guiaSP-SADT"})
_DEPOIS_DE = {"valorTotalFranquia": "valorTotalProc"}
_DECLARACAO = re.compile(rb"\s*<\?xml[^>]*\?>\s*")


@attrs.frozen
class Mudanca:
    """One value the correction wrote: a total (money) or the epilogo hash."""

    campo: str
    xpath: str
    linha: int | None
    numero_guia: str | None
    antes: str | None
    """The value the file declared (``None``: the element was absent)."""
    depois: str

    @property
    def dinheiro(self) -> bool:
        """Whether the values are money (every field but the hash)."""
        return self.campo != HASH

    def _valor(self, valor: str | None) -> str:
        if valor is None:
            return "(ausente)"
        if not self.dinheiro:
            return valor
        try:
            return formato.reais(Decimal(valor))
        except InvalidOperation:
            return repr(valor)

    def __str__(self) -> str:
        onde = f" (linha {self.linha})" if self.linha is not None else ""
        if not self.dinheiro:
            return f"hash do epílogo: {self._valor(self.antes)} → {self.depois}{onde}"
        guia = f"guia {self.numero_guia}, " if self.numero_guia else ""
        acao = "inserido com" if self.antes is None else f"de {self._valor(self.antes)} para"
        return f"{guia}{self.campo}: {acao} {self._valor(self.depois)}{onde}"

    def to_dict(self) -> dict[str, object]:
        """Plain data (for JSON)."""
        return attrs.asdict(self)


@attrs.frozen
class Correcao:
    """The corrected file and what changed in it."""

    dados: bytes
    """The corrected file, in the input's declared encoding (ISO-8859-1 if none)."""
    mudancas: tuple[Mudanca, ...]
    arquivo: str | None = None
    pendencias: tuple[str, ...] = ()
    """Totals that differ from their items but were not written (no safe XSD position)."""

    @property
    def mudou(self) -> bool:
        """Whether anything was written."""
        return bool(self.mudancas)

    def __str__(self) -> str:
        nome = self.arquivo or "arquivo"
        if not self.mudancas:
            linhas = [f"{nome}: nada a corrigir (hash e totais conferem)"]
        else:
            linhas = [f"{nome}: {len(self.mudancas)} correção(ões)"]
            linhas += [f"  {m}" for m in self.mudancas]
        linhas += [f"  não corrigido: {p}" for p in self.pendencias]
        return "\n".join(linhas)

    def to_dict(self) -> dict[str, object]:
        """Plain data (for JSON), without the file's bytes."""
        return {
            "arquivo": self.arquivo,
            "mudancas": [m.to_dict() for m in self.mudancas],
            "pendencias": list(self.pendencias),
        }


def _que_nao_cabem(
    raiz: etree._Element,
    versao: str,
    escritos: list[tuple[etree._Element, str | None, bool, Mudanca, Decimal]],
) -> list[tuple[etree._Element, str | None, bool, Mudanca, Decimal]]:
    """The totals written that the XSD refuses (a sum with more digits than the field takes)."""
    if not escritos:
        return []
    recusados = {a.xpath for a in _xsd.achados_xsd(raiz, versao)}
    return [e for e in escritos if _lugar.caminho(e[0]) in recusados]


def _texto_decimal(valor: Decimal) -> str:
    """A value as ``st_decimal10-2`` wants it: two decimals, no exponent."""
    return f"{valor.quantize(CENTAVO, rounding=ROUND_HALF_UP, context=formato.CONTEXTO):f}"


def _nome(el: etree._Element) -> str:
    return etree.QName(el).localname


def _inserir(raiz: etree._Element, xpath: str) -> etree._Element | None:
    """A new empty element at ``xpath`` placed where its parent's XSD sequence wants it, or
    ``None`` when that place is not known for sure."""
    caminho_pai, _, nome = xpath.rpartition("/")
    pai = _lugar.elemento(raiz, caminho_pai)
    if pai is None or not isinstance(pai.tag, str):
        return None
    ns = etree.QName(pai).namespace
    novo = etree.Element(f"{{{ns}}}{nome}" if ns else nome, nsmap=None)
    filhos = [c for c in pai if isinstance(c.tag, str)]
    if _nome(pai) == "valorTotal" and nome in _SEQUENCIA_VALOR_TOTAL:
        avo = pai.getparent()
        if nome == "valorDiarias" and avo is not None and _nome(avo) in _SEM_DIARIAS:
            return None
        ordem = _SEQUENCIA_VALOR_TOTAL.index(nome)
        anteriores = [c for c in filhos if _nome(c) in _SEQUENCIA_VALOR_TOTAL[:ordem]]
        if anteriores:
            _depois(anteriores[-1], novo)
        else:
            pai.insert(0, novo)
            novo.tail = pai.text  # the indentation of the first child, as before
        return novo
    antes = _DEPOIS_DE.get(nome)
    anterior = next((c for c in filhos if _nome(c) == antes), None) if antes else None
    if anterior is None:
        return None
    _depois(anterior, novo)
    return novo


def _depois(anterior: etree._Element, novo: etree._Element) -> None:
    """Put ``novo`` right after ``anterior``, with the same whitespace between them."""
    espaco = anterior.tail
    anterior.addnext(novo)
    novo.tail = anterior.tail
    anterior.tail = espaco


def _totais(mensagem: Any) -> Iterator[tuple[str, str, Decimal | None, Decimal]]:
    """(campo, xpath, declared, sum of items) of every derived total that does not match:
    lote guias, and the ``valorTotalRecursado`` of a recurso of items only."""
    ppo = getattr(mensagem, "prestador_para_operadora", None)
    lote = getattr(ppo, "lote_guias", None)
    if lote is not None:
        for guia in guias_do_lote(lote):
            for total in guia.totais:
                if total.declarado is None or not total_confere(total.declarado, total.parcelas):
                    yield total.campo, total.xpath, total.declarado, soma(total.parcelas)
    recurso = getattr(ppo, "recurso_glosa", None)
    if recurso is not None:
        from tiss_conecta.rules.recurso._pedido import _ler

        r = _ler(recurso)
        if r is None:
            return
        itens = [it for g in r.guias for it in g.itens]
        so_itens = r.glosa_protocolo is None and all(not g.glosas for g in r.guias)
        if so_itens and itens and r.valor_total is not None:
            calculado = soma(it.valor for it in itens if it.valor is not None)
            if calculado != r.valor_total:
                yield (
                    "valorTotalRecursado",
                    f"{r.xpath}/valorTotalRecursado",
                    r.valor_total,
                    calculado,
                )


def _cabeca_e_cauda(dados: bytes) -> tuple[bytes, bytes]:
    """The bytes before the root's start that are kept (BOM, XML declaration and the
    whitespace after it) and the whitespace after the root's end."""
    corpo = dados[3:] if dados.startswith(b"\xef\xbb\xbf") else dados
    bom = dados[: len(dados) - len(corpo)]
    declaracao = _DECLARACAO.match(corpo)
    cabeca = bom + declaracao.group(0) if declaracao else b""
    cauda = dados[len(dados.rstrip()) :]
    return cabeca, cauda


def _serializar(raiz: etree._Element, dados: bytes) -> bytes:
    encoding = _fonte.declared_encoding(dados)
    cabeca, cauda = _cabeca_e_cauda(dados)
    if encoding is None:
        encoding = "ISO-8859-1"
        cabeca = _modelos.DECLARATION
    corpo = etree.tostring(raiz.getroottree(), encoding=encoding, xml_declaration=False)
    return cabeca + corpo + cauda


def corrigir(
    fonte: _fonte.Source, *, versao: str | None = None, max_bytes: int = _fonte.MAX_BYTES
) -> Correcao:
    """Restamp the epilogo hash and recompute the totals that derive from items.

    Totals: each guia total of a lote (``valorTotal`` and its parts, ``valorTotalHonorarios``,
    ``valorTotalProc``, ``valorTotalFranquia``; consultas have none) that differs from the sum
    of its items gets that sum, and so does the ``valorTotalRecursado`` of a recurso de glosa
    of items only (the two the rules layer derives from items). An absent total is inserted
    only where the XSD sequence places it for sure (inside ``valorTotal``, or
    ``valorTotalFranquia`` after ``valorTotalProc``); otherwise it is listed in
    :attr:`Correcao.pendencias`. Other messages get the hash only. Item values are never
    changed. The input must parse, else its :class:`~tiss_conecta.errors.TissError` is raised;
    the source itself is never written. Deterministic.

    >>> import tiss_conecta as tiss
    >>> arquivo = tiss.examples.caminho("lote-sadt")
    >>> dados = arquivo.read_bytes().replace(b">155.70<", b">1.00<", 1)
    >>> correcao = corrigir(dados)
    >>> [(m.campo, m.antes, m.depois) for m in correcao.mudancas][0]
    ('valorProcedimentos', '1.00', '155.70')
    >>> tiss.verify_hash(correcao.dados).ok, corrigir(correcao.dados).mudancas
    (True, ())
    """
    dados, nome = _fonte.read_bytes(fonte, max_bytes=max_bytes)
    mensagem = parse(dados, versao=versao, max_bytes=max_bytes)
    doc, versao_lida = _fonte.load_tiss(dados, max_bytes=max_bytes, versao=versao)
    raiz = doc.root
    mudancas: list[Mudanca] = []
    pendencias: list[str] = []
    escritos: list[tuple[etree._Element, str | None, bool, Mudanca, Decimal]] = []
    for campo, xpath, _declarado, calculado in _totais(mensagem):
        el = _lugar.elemento(raiz, xpath)
        depois = _texto_decimal(calculado)
        linha = el.sourceline if el is not None else None
        inserido = el is None
        if el is None:
            el = _inserir(raiz, xpath)
            if el is None:
                pai = _lugar.elemento(raiz, xpath.rpartition("/")[0])
                numero = _lugar.guia_e_item(pai)[0] if pai is not None else None
                pendencias.append(
                    f"{'guia ' + numero + ', ' if numero else ''}{campo} ausente; os itens somam "
                    f"{formato.reais(calculado)} ({xpath})"
                )
                continue
        numero, _item = _lugar.guia_e_item(el)
        antes = (el.text or "").strip() or None
        el.text = depois
        mudanca = Mudanca(campo, xpath, linha, numero, antes, depois)
        escritos.append((el, antes, inserido, mudanca, calculado))
        mudancas.append(mudanca)
    for el, antes, inserido, mudanca, calculado in _que_nao_cabem(raiz, versao_lida, escritos):
        if inserido:
            el.getparent().remove(el)  # type: ignore[union-attr]
        else:
            el.text = antes
        mudancas.remove(mudanca)
        guia = f"guia {mudanca.numero_guia}, " if mudanca.numero_guia else ""
        pendencias.append(
            f"{guia}{mudanca.campo}: a soma dos itens, {formato.reais(calculado)}, não cabe no "
            f"campo pelo XSD TISS {versao_lida}; divida a guia ({mudanca.xpath})"
        )
    declarado_hash = _hash.declared_hash(raiz)
    calculado_hash = _hash.hash_tree(raiz)
    if declarado_hash is None or declarado_hash.lower() != calculado_hash:
        elemento_hash = raiz.find(f"{_hash.EPILOGO}/{_hash.HASH}")
        linha = elemento_hash.sourceline if elemento_hash is not None else None
        _modelos.stamp(raiz, calculado_hash)
        mudancas.append(Mudanca(HASH, _XPATH_HASH, linha, None, declarado_hash, calculado_hash))
    return Correcao(_serializar(raiz, dados), tuple(mudancas), nome, tuple(pendencias))
