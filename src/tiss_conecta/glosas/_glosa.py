"""The catalogue's values: :class:`Glosa` (one code of TUSS table 38), :class:`Orientacao`."""

from __future__ import annotations

import datetime
import html
from typing import Any

import attrs

from tiss_conecta import formato, models

__all__ = ["VERSOES", "Glosa", "Orientacao"]

VERSOES = tuple(models.VERSOES)
"""TISS versions whose XSD (``dm_tipoGlosa``) the catalogue knows: the supported ones (table
38 carries an ``em_<versao>`` column for each)."""

_ORIGENS = {
    "tiss-2.02.02": "TISS 2.02.02",
    "inferido-pela-faixa": "inferido pela faixa de códigos",
}


@attrs.frozen
class Orientacao:
    """What a glosa means and what to do about it, written by the project for billing staff."""

    significado: str
    exemplo: str
    como_evitar: tuple[str, ...]
    anexos_recurso: tuple[str, ...]
    """What to attach to (or do instead of) a recurso de glosa."""

    def texto(self) -> str:
        """Every sentence of the guidance, for full-text search."""
        return " ".join((self.significado, self.exemplo, *self.como_evitar, *self.anexos_recurso))


@attrs.frozen
class Glosa:
    """One glosa code: ANS wording, group, validity in the TUSS table and TISS versions."""

    codigo: str
    titulo: str
    """The description in sentence case, for people: ``"Valor apresentado a maior"``."""
    descricao: str = attrs.field(repr=False)
    """The ANS term as ANS writes it (upper case)."""
    grupo: str | None
    grupo_origem: str | None = attrs.field(repr=False)
    """``"tiss-2.02.02"`` (official grouping), ``"inferido-pela-faixa"`` or ``None``."""
    vigencia_inicio: datetime.date | None
    vigencia_fim: datetime.date | None
    """Last day in force; ``None`` while still in force."""
    versoes: frozenset[str]
    """TISS versions whose XSD accepts the code (a subset of :data:`VERSOES`)."""
    descricao_xsd_4_01_00: str | None = attrs.field(default=None, repr=False)
    """The 4.01.00 XSD's wording, only where it differs from the ANS term."""
    orientacao: Orientacao | None = attrs.field(default=None, repr=False)

    def __str__(self) -> str:
        return f"{self.codigo} – {self.titulo}"

    def vigente_em(self, data: datetime.date) -> bool:
        """Whether the TUSS table has the code in force on ``data`` (both ends inclusive).

        False on every date for the few codes absent from the TUSS table (see
        :attr:`na_tabela_tuss`), even though an XSD may accept them.
        """
        if self.vigencia_inicio is None or data < self.vigencia_inicio:
            return False
        return self.vigencia_fim is None or data <= self.vigencia_fim

    @property
    def na_tabela_tuss(self) -> bool:
        """False for the 8 codes known only from the 4.01.00 XSD, which have no TUSS dates."""
        return self.vigencia_inicio is not None

    def aceita_em(self, versao: str) -> bool:
        """Whether a message of TISS ``versao`` can carry this code."""
        return versao in self.versoes

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields: dates as ISO strings, versions as a sorted list."""
        o = self.orientacao
        return {
            "codigo": self.codigo,
            "titulo": self.titulo,
            "descricao": self.descricao,
            "grupo": self.grupo,
            "grupo_origem": self.grupo_origem,
            "vigencia_inicio": _iso(self.vigencia_inicio),
            "vigencia_fim": _iso(self.vigencia_fim),
            "versoes": sorted(self.versoes),
            "descricao_xsd_4_01_00": self.descricao_xsd_4_01_00,
            "orientacao": None
            if o is None
            else {
                "significado": o.significado,
                "exemplo": o.exemplo,
                "como_evitar": list(o.como_evitar),
                "anexos_recurso": list(o.anexos_recurso),
            },
        }

    def _repr_html_(self) -> str:
        esc = html.escape
        linhas = [
            ("Descrição ANS", esc(self.descricao)),
            ("Grupo", esc(grupo_legivel(self))),
            ("Vigência", esc(vigencia_legivel(self))),
            ("Versões TISS", esc(", ".join(sorted(self.versoes)) or "nenhuma")),
        ]
        if self.descricao_xsd_4_01_00:
            linhas.append(("Redação no XSD 4.01.00", esc(self.descricao_xsd_4_01_00)))
        o = self.orientacao
        if o is not None:
            linhas += [
                ("O que significa", esc(o.significado)),
                ("Exemplo", esc(o.exemplo)),
                ("Como evitar", _lista_html(o.como_evitar)),
                ("Recurso de glosa", _lista_html(o.anexos_recurso)),
            ]
        corpo = "".join(
            f'<tr><th style="text-align:left;vertical-align:top">{k}</th>'
            f'<td style="text-align:left">{v}</td></tr>'
            for k, v in linhas
        )
        return f"<div><strong>{esc(str(self))}</strong><table>{corpo}</table></div>"


def grupo_legivel(glosa: Glosa) -> str:
    """``"Regra de Valorização (TISS 2.02.02)"``, or ``"sem grupo"``."""
    if glosa.grupo is None:
        return "sem grupo"
    origem = _ORIGENS.get(glosa.grupo_origem or "", glosa.grupo_origem)
    return f"{glosa.grupo} ({origem})" if origem else glosa.grupo


def vigencia_legivel(glosa: Glosa) -> str:
    """``"de 16/11/2006 a 30/06/2026"``, ``"desde 16/11/2006"`` or the XSD-only note."""
    fmt = formato.data
    inicio, fim = glosa.vigencia_inicio, glosa.vigencia_fim
    if inicio is None:
        fora = "fora da tabela TUSS (código só conhecido pelo XSD)"
        return fora if fim is None else f"{fora}, até {fmt(fim)}"
    if fim is None:
        return f"desde {fmt(inicio)}, sem data de término"
    return f"de {fmt(inicio)} a {fmt(fim)}"


def _iso(d: datetime.date | None) -> str | None:
    return None if d is None else d.isoformat()


def _lista_html(itens: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in itens) + "</ul>"
