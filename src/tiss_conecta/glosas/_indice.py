"""TUSS table 38 read into an index: codes looked up in O(1), text searched by score."""

from __future__ import annotations

import csv
import datetime
from collections.abc import Iterable, Mapping
from functools import cached_property
from pathlib import Path

import attrs

from tiss_conecta.errors import TissReferenceError
from tiss_conecta.glosas._glosa import VERSOES, Glosa, Orientacao
from tiss_conecta.glosas._texto import dobrar, limpar, titulo

COLUNAS = (
    "codigo",
    "descricao",
    "grupo",
    "grupo_origem",
    "vigencia_inicio",
    "vigencia_fim",
    *(f"em_{v.replace('.', '_')}" for v in VERSOES),
    "descricao_xsd_4_01_00",
)

# Weight of a query word found in each field; a whole word counts double a prefix.
_PESO_DESCRICAO = 3.0
_PESO_GRUPO = 2.0
_PESO_ORIENTACAO = 1.0
_BONUS_FRASE = 10.0  # the whole query, as consecutive words of the description
_BONUS_IGUAL = 10.0  # the query is the description
_BONUS_CODIGO = 100.0


@attrs.frozen
class _Textos:
    """A glosa's fields folded for search, padded with spaces for word-boundary tests."""

    glosa: Glosa
    descricao: str
    descricoes: str
    grupo: str
    orientacao: str

    @classmethod
    def de(cls, g: Glosa) -> _Textos:
        def pad(*textos: str | None) -> str:
            return " " + " ".join(dobrar(t) for t in textos if t) + " "

        return cls(
            glosa=g,
            descricao=pad(limpar(g.descricao)),
            descricoes=pad(g.descricao, g.descricao_xsd_4_01_00),
            grupo=pad(g.grupo),
            orientacao=pad(g.orientacao.texto() if g.orientacao else None),
        )

    def pontos(self, consulta: str, palavras: list[str]) -> float:
        """Score of this glosa for a folded query; 0 when some word is found nowhere."""
        total = 0.0
        for p in palavras:
            achou = _BONUS_CODIGO if p == self.glosa.codigo else 0.0
            for campo, peso in (
                (self.descricoes, _PESO_DESCRICAO),
                (self.grupo, _PESO_GRUPO),
                (self.orientacao, _PESO_ORIENTACAO),
            ):
                if f" {p} " in campo:
                    achou += peso
                elif f" {p}" in campo:
                    achou += peso / 2
            if not achou:
                return 0.0
            total += achou
        if f" {consulta} " in self.descricoes:
            total += _BONUS_FRASE
        if self.descricao == f" {consulta} ":
            total += _BONUS_IGUAL
        return total


class Indice:
    """Every glosa of the table, by code and in code order."""

    def __init__(self, glosas: Iterable[Glosa]) -> None:
        self.glosas = tuple(sorted(glosas, key=lambda g: g.codigo))
        self.por_codigo: Mapping[str, Glosa] = {g.codigo: g for g in self.glosas}
        if len(self.por_codigo) != len(self.glosas):
            vistos = [g.codigo for g in self.glosas]
            repetidos = sorted({c for c in vistos if vistos.count(c) > 1})
            raise TissReferenceError(
                f"tabela de glosas com código repetido: {', '.join(repetidos)}"
            )
        self.grupos = tuple(dict.fromkeys(g.grupo for g in self.glosas if g.grupo))

    @cached_property
    def _textos(self) -> tuple[_Textos, ...]:
        return tuple(_Textos.de(g) for g in self.glosas)

    def buscar(self, texto: str) -> list[Glosa]:
        """Glosas having every word of ``texto`` (as a word or word prefix), best first."""
        consulta = dobrar(texto)
        palavras = consulta.split()
        if not palavras:
            return []
        achados = [(t.pontos(consulta, palavras), t.glosa) for t in self._textos]
        achados = [a for a in achados if a[0] > 0]
        achados.sort(key=lambda a: (-a[0], len(a[1].descricao), a[1].codigo))
        return [g for _, g in achados]


def carregar(caminho: Path, orientacoes: Mapping[str, Orientacao]) -> Indice:
    """Read ``tabela38.csv`` (columns described in its SOURCE.md) into an :class:`Indice`."""
    with caminho.open(encoding="utf-8", newline="") as arquivo:
        leitor = csv.DictReader(arquivo)
        faltam = [c for c in COLUNAS if c not in (leitor.fieldnames or ())]
        if faltam:
            raise TissReferenceError(
                f"{caminho.name} sem as colunas {', '.join(faltam)}",
                dica="use a tabela 38 distribuída com o pacote",
            )
        try:
            glosas = [_glosa(linha, orientacoes) for linha in leitor]
        except ValueError as exc:
            raise TissReferenceError(
                f"{caminho.name}, linha {leitor.line_num}: {exc}",
                dica="use a tabela 38 distribuída com o pacote",
            ) from exc
    return Indice(glosas)


def _glosa(linha: Mapping[str, str], orientacoes: Mapping[str, Orientacao]) -> Glosa:
    codigo = linha["codigo"].strip()
    if not (codigo.isdigit() and len(codigo) == 4):
        raise ValueError(f"código de glosa inválido: {codigo!r}")
    descricao = linha["descricao"].strip()
    xsd = linha["descricao_xsd_4_01_00"].strip()
    return Glosa(
        codigo=codigo,
        titulo=titulo(descricao),
        descricao=descricao,
        grupo=linha["grupo"].strip() or None,
        grupo_origem=linha["grupo_origem"].strip() or None,
        vigencia_inicio=_data(linha["vigencia_inicio"]),
        vigencia_fim=_data(linha["vigencia_fim"]),
        versoes=frozenset(v for v in VERSOES if linha[f"em_{v.replace('.', '_')}"] == "S"),
        descricao_xsd_4_01_00=xsd if xsd and _redacao(xsd) != _redacao(descricao) else None,
        orientacao=orientacoes.get(codigo),
    )


def _redacao(texto: str) -> str:
    """The wording, ignoring case, spacing and a final period."""
    return limpar(texto).casefold()


def _data(texto: str) -> datetime.date | None:
    texto = texto.strip()
    return datetime.date.fromisoformat(texto) if texto else None
