"""``validate``: XSD validation plus the epilogo hash check, as a :class:`Relatorio` (never
raises on input)."""

from __future__ import annotations

import os
from html import escape

import attrs

from tiss_conecta.achados import Achado, Severidade, tabela_html
from tiss_conecta.codec import _fonte, _hash, _xsd, regras
from tiss_conecta.errors import TissError

__all__ = ["Relatorio", "achado_do_erro", "validate"]


def achado_do_erro(erro: TissError) -> Achado:
    """A raised error as the :class:`~tiss_conecta.achados.Achado` a report carries."""
    return Achado(
        erro.codigo,
        Severidade.ERRO,
        erro.mensagem,
        dica=erro.dica,
        linha=erro.linha,
        coluna=erro.coluna,
        xpath=erro.xpath,
    )


@attrs.frozen
class Relatorio:
    """What :func:`validate` found in one file: its achados, in document order."""

    arquivo: str | None
    versao: str | None
    achados: tuple[Achado, ...]
    hash: _hash.ConferenciaHash | None = None

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
        if self.hash is not None:
            linhas.append(
                f"  hash declarado {self.hash.declarado or '(ausente)'}, "
                f"calculado {self.hash.calculado}"
                + (f", confere em {self.hash.codificacao}" if self.hash.codificacao else "")
            )
        linhas += ["  " + _texto(a).replace("\n", "\n  ") for a in self.achados]
        return "\n".join(linhas)

    def _repr_html_(self) -> str:
        """A table of the achados, for Jupyter."""
        titulo = escape(str(self).splitlines()[0])
        if not self.achados:
            return f"<p><b>{titulo}</b></p>"
        return f"<p><b>{titulo}</b></p>{tabela_html(self.achados)}"

    def to_dict(self) -> dict[str, object]:
        """Plain data; ``file`` repeats ``arquivo`` for the tools that read the names of 0.1."""
        return {
            "arquivo": self.arquivo,
            "ok": self.ok,
            "versao": self.versao,
            "hash": self.hash.to_dict() if self.hash else None,
            "achados": [a.to_dict() for a in self.achados],
            "file": self.arquivo,
        }


def _texto(a: Achado) -> str:
    """One achado as the text report shows it: what, where, how to fix."""
    glosa = f" (glosa {a.glosa})" if a.glosa else ""
    texto = f"{a.severidade.value.upper()} [{a.codigo}]{glosa} {a.mensagem}"
    if a.onde:
        texto += f"\n    em {a.onde}"
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
                dica=f"grave o hash {conferencia.calculado} (ISO-8859-1), por exemplo com to_xml()",
            )
        ]
    if conferencia.ok or not presente:  # a missing hash element is already an XSD error
        return []
    return [
        regras.HASH_DIVERGENTE.achado(
            "o hash do epílogo não confere: declarado "
            f"{conferencia.declarado or '(vazio)'}, calculado {conferencia.calculado}",
            xpath=xpath,
            dica="recalcule o hash depois da última alteração do arquivo (to_xml() o grava)",
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
    [('xsd.formato', 16), ('hash.divergente', None)]
    """
    if versao is not None:
        _fonte.versao_suportada(versao)
    arquivo = None
    if isinstance(data_or_source, os.PathLike) or (
        isinstance(data_or_source, str) and not _fonte.is_xml_text(data_or_source)
    ):
        arquivo = os.fspath(data_or_source)
    elif hasattr(data_or_source, "read"):
        arquivo = getattr(data_or_source, "name", None)
    try:
        doc, versao = _fonte.load_tiss(data_or_source, max_bytes=max_bytes, versao=versao)
    except TissError as erro:
        return Relatorio(arquivo=arquivo, versao=None, achados=(achado_do_erro(erro),))
    achados = _xsd.achados_xsd(doc.root, versao)
    conferencia = None
    try:
        conferencia = _hash.check_tree(doc.root, strict=strict_hash)
        presente = doc.root.find(f".//{_hash.HASH}") is not None
        achados += _achados_do_hash(conferencia, presente=presente)
    except TissError as erro:
        achados.append(achado_do_erro(erro))
    return Relatorio(arquivo=arquivo, versao=versao, achados=tuple(achados), hash=conferencia)
