"""``validate``: XSD validation plus the epilogo hash check, as a :class:`Relatorio` (never
raises on input)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from functools import cache
from html import escape

import attrs
from lxml import etree

from tiss_conecta.achados import Achado, Achados, Regra, Severidade, tabela_html
from tiss_conecta.codec import _fonte, _hash, _lugar, _xsd, regras
from tiss_conecta.errors import TissError

__all__ = ["Relatorio", "achado_do_erro", "localizar", "nome_da_fonte", "validar", "validate"]


@cache
def _do_codec() -> dict[str, Regra]:
    """The codec's declarations by code (:mod:`tiss_conecta.codec.regras`)."""
    declaradas: dict[str, Regra] = {}
    for valor in vars(regras).values():
        for r in valor.values() if isinstance(valor, dict) else [valor]:
            if isinstance(r, Regra):
                declaradas[r.codigo] = r
    return declaradas


def achado_do_erro(erro: TissError) -> Achado:
    """A raised error as the :class:`~tiss_conecta.achados.Achado` a report carries, with
    the glosa its code declares (and its declared hint, when the error brings none)."""
    declarada = _do_codec().get(erro.codigo)
    return Achado(
        erro.codigo,
        Severidade.ERRO,
        erro.mensagem,
        dica=erro.dica or (declarada.dica if declarada else None),
        linha=erro.linha,
        coluna=erro.coluna,
        xpath=erro.xpath,
        glosa=declarada.glosa if declarada else None,
    )


@attrs.frozen
class Relatorio:
    """What :func:`validate` (or the pre-send check, :func:`tiss_conecta.preenvio.conferir`)
    found in one file: its achados, in document order; ``perfil`` and ``data_envio`` say
    which rules judged it, when they did."""

    arquivo: str | None
    versao: str | None
    achados: tuple[Achado, ...]
    hash: _hash.ConferenciaHash | None = None
    perfil: str | None = None
    data_envio: dt.date | None = None

    @property
    def erros(self) -> tuple[Achado, ...]:
        return tuple(a for a in self.achados if a.severidade is Severidade.ERRO)

    @property
    def avisos(self) -> tuple[Achado, ...]:
        return tuple(a for a in self.achados if a.severidade is Severidade.AVISO)

    @property
    def ok(self) -> bool:
        return not self.erros

    def __bool__(self) -> bool:
        return self.ok

    def __str__(self) -> str:
        titulo = self.arquivo or "<mensagem>"
        situacao = "válido" if self.ok else f"inválido ({len(self.erros)} erro(s))"
        linhas = [f"{titulo}: {situacao}" + (f" — TISS {self.versao}" if self.versao else "")]
        if self.perfil is not None:
            envio = f", envio em {self.data_envio.isoformat()}" if self.data_envio else ""
            linhas.append(f"  perfil {self.perfil}{envio}")
        if self.hash is not None:
            linhas.append(
                f"  hash declarado {self.hash.declarado or '(ausente)'}, "
                f"calculado {self.hash.calculado}"
                + (f", confere em {self.hash.codificacao}" if self.hash.codificacao else "")
            )
        linhas += ["  " + _texto(a).replace("\n", "\n  ") for a in self.achados]
        return "\n".join(linhas)

    def __repr__(self) -> str:
        """One line, well under 1,000 characters (the achados counted, the first codes
        named); ``str()`` lists them all."""
        arquivo = (
            self.arquivo
            if self.arquivo is None or len(self.arquivo) <= 80
            else ("…" + self.arquivo[-79:])
        )
        partes = [
            f"arquivo={arquivo!r}",
            f"versao={self.versao!r}",
            f"ok={self.ok}",
            f"achados={Achados(self.achados)!r}",
        ]
        if self.hash is not None:
            partes.append(f"hash={'confere' if self.hash.ok else 'não confere'}")
        if self.perfil is not None:
            partes.append(f"perfil={self.perfil[:60]!r}")
        if self.data_envio is not None:
            partes.append(f"data_envio={self.data_envio.isoformat()}")
        return f"Relatorio({', '.join(partes)})"

    def _repr_html_(self) -> str:
        """A table of the achados, for Jupyter."""
        titulo = escape(str(self).splitlines()[0])
        if not self.achados:
            return f"<p><b>{titulo}</b></p>"
        return f"<p><b>{titulo}</b></p>{tabela_html(self.achados)}"

    def to_dict(self) -> dict[str, object]:
        """Plain data; ``file`` and ``findings`` repeat ``arquivo`` and ``achados`` for the
        tools that read the names of 0.1."""
        achados = [a.to_dict() for a in self.achados]
        dados: dict[str, object] = {
            "arquivo": self.arquivo,
            "ok": self.ok,
            "versao": self.versao,
            "hash": self.hash.to_dict() if self.hash else None,
            "achados": achados,
        }
        if self.perfil is not None:
            dados["perfil"] = self.perfil
            dados["data_envio"] = self.data_envio.isoformat() if self.data_envio else None
        return {**dados, "file": self.arquivo, "findings": achados}


def _texto(a: Achado) -> str:
    """One achado as the text report shows it: what, where, how to fix."""
    glosa = f" (glosa {a.glosa})" if a.glosa else ""
    texto = f"{a.severidade.value.upper()} [{a.codigo}]{glosa} {a.mensagem}"
    onde = ", ".join(
        p
        for p in (
            f"guia {a.numero_guia}" if a.numero_guia else "",
            f"item {a.item}" if a.item is not None else "",
            a.onde,
        )
        if p
    )
    if onde:
        texto += f"\n    em {onde}"
    if a.dica:
        texto += f"\n    como corrigir: {a.dica}"
    return texto


def _achados_do_hash(conferencia: _hash.ConferenciaHash, *, presente: bool) -> list[Achado]:
    xpath = "/mensagemTISS/epilogo/hash"
    if conferencia.codificacao == "utf-8":
        return [
            regras.HASH_UTF8.achado(
                "o hash declarado foi calculado sobre bytes UTF-8; o padrão TISS usa "
                "ISO-8859-1 e operadoras podem recusar o lote",
                xpath=xpath,
                dica=f"grave o hash {conferencia.calculado} (ISO-8859-1): tiss-conecta corrigir "
                "ARQUIVO -o NOVO.xml o grava (em Python, tiss_conecta.preenvio.corrigir)",
            )
        ]
    if conferencia.ok or not presente:  # a missing hash element is already an XSD error
        return []
    return [
        regras.HASH_DIVERGENTE.achado(
            "o hash do epílogo não confere: declarado "
            f"{conferencia.declarado or '(vazio)'}, calculado {conferencia.calculado}",
            xpath=xpath,
            dica="grave o hash calculado depois da última alteração do arquivo: tiss-conecta "
            "corrigir ARQUIVO -o NOVO.xml o grava (em Python, tiss_conecta.preenvio.corrigir)",
        )
    ]


def validate(
    data_or_source: _fonte.Source,
    *,
    strict_hash: bool = False,
    max_bytes: int = _fonte.MAX_BYTES,
    versao: str | None = None,
) -> Relatorio:
    """Check a file against the official XSD of its version and verify its epilogo hash.

    The version is the one ``cabecalho/Padrao`` declares; ``versao`` forces another.
    Problems with the input (unreadable, malformed, not TISS, unsupported version, unsafe)
    are reported as achados, not raised; an unknown ``versao`` argument raises
    :class:`~tiss_conecta.errors.TissVersionError`. ``strict_hash`` accepts ISO-8859-1
    hashes only.

    >>> import tiss_conecta as tiss
    >>> dados = tiss.examples.caminho("lote-sadt").read_bytes()
    >>> tiss.validate(dados).ok
    True
    >>> relatorio = tiss.validate(dados.replace(b">416070<", b">4160<", 1))
    >>> [(a.codigo, a.linha) for a in relatorio.erros]
    [('xsd.formato', 16), ('hash.divergente', ...)]
    """
    return validar(data_or_source, strict_hash=strict_hash, max_bytes=max_bytes, versao=versao)[0]


def nome_da_fonte(fonte: _fonte.Source) -> str | None:
    """The file name a report shows for ``fonte`` (``None`` for bytes or XML text)."""
    if isinstance(fonte, os.PathLike) or (isinstance(fonte, str) and not _fonte.is_xml_text(fonte)):
        return os.fspath(fonte)
    if hasattr(fonte, "read"):
        nome = getattr(fonte, "name", None)
        return nome if isinstance(nome, str) else None
    return None


def validar(
    fonte: _fonte.Source,
    *,
    strict_hash: bool = False,
    max_bytes: int = _fonte.MAX_BYTES,
    versao: str | None = None,
) -> tuple[Relatorio, _fonte.Document | None, bytes | None]:
    """:func:`validate`, also returning the document it read and its bytes (``None`` where
    reading failed), for the checks that go on from there."""
    if versao is not None:
        _fonte.versao_suportada(versao)
    arquivo = nome_da_fonte(fonte)
    try:
        data, _ = _fonte.read_bytes(fonte, max_bytes=max_bytes)
        doc, versao = _fonte.load_tiss(data, max_bytes=max_bytes, versao=versao)
    except TissError as erro:
        return Relatorio(arquivo=arquivo, versao=None, achados=(achado_do_erro(erro),)), None, None
    achados = _xsd.achados_xsd(doc.root, versao)
    conferencia = None
    try:
        conferencia, presente = _hash.conferir(doc.root, strict=strict_hash)
        achados += _achados_do_hash(conferencia, presente=presente)
    except TissError as erro:
        achados.append(achado_do_erro(erro))
    relatorio = Relatorio(
        arquivo=arquivo,
        versao=versao,
        achados=tuple(localizar(doc.root, achados)),
        hash=conferencia,
    )
    return relatorio, doc, data


def localizar(raiz: etree._Element, achados: Iterable[Achado]) -> list[Achado]:
    """``achados`` with the line of their XPath where they lack one (an absent element: the
    line of its nearest present ancestor)."""
    localizados = []
    for a in achados:
        if a.linha is None and a.xpath:
            linha = _lugar.linha(raiz, a.xpath, ancestral=True)
            if linha is not None:
                a = attrs.evolve(a, linha=linha)
        localizados.append(a)
    return localizados
