"""What a rule reports: a :class:`Finding`, with a stable code, a severity and a glosa.

Findings are values: frozen, comparable, and sorted the same way on every run
(:func:`ordenar`: by location in the message, then by code).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum

import attrs

from tiss_conecta.errors import TissError

__all__ = ["Finding", "Severidade", "descricao_glosa", "ordenar", "tem_erro"]


class Severidade(Enum):
    """How serious a finding is: an ``erro`` gets the guia (or the lote) refused or glosada."""

    ERRO = "erro"
    AVISO = "aviso"
    INFO = "info"


def descricao_glosa(codigo: str) -> str | None:
    """The glosa's description in TUSS table 38 (``None`` when the catalogue does not know it).

    The catalogue is imported (and its table read) on first use only.
    """
    from tiss_conecta import glosas  # imported on first use: the rules do not need it

    try:
        glosa = glosas.get(codigo)
    except (TissError, KeyError):
        return None
    return glosa.descricao or None


_STEP = re.compile(r"([^/\[]+)(?:\[(\d+)\])?")


def _xpath_key(xpath: str) -> tuple[tuple[str, int], ...]:
    """``/a/b[10]/c`` as ``(("a", 0), ("b", 10), ("c", 0))``: numeric, not lexical, order."""
    steps = []
    for part in xpath.split("/"):
        if not part:
            continue
        match = _STEP.fullmatch(part)
        if match is None:
            steps.append((part, 0))
        else:
            steps.append((match.group(1), int(match.group(2) or 0)))
    return tuple(steps)


@attrs.frozen
class Finding:
    """One problem (or remark) a rule found in a message.

    ``code`` is stable for programs (``lote.max_guias``); ``mensagem`` is for billing staff:
    what is wrong, where, and how to fix it. ``glosa`` is the TUSS table 38 code an operadora
    would apply for it, when there is one.
    """

    code: str
    severidade: Severidade
    mensagem: str
    xpath: str = ""
    numero_guia: str | None = None
    item: int | None = None
    glosa: str | None = None

    @property
    def glosa_descricao(self) -> str | None:
        """Description of :attr:`glosa` in the glosa catalogue."""
        return descricao_glosa(self.glosa) if self.glosa else None

    @property
    def erro(self) -> bool:
        return self.severidade is Severidade.ERRO

    def sort_key(self) -> tuple[object, ...]:
        """Location first (the XPath, indices compared as numbers), then code; every other
        field breaks ties, so two different findings never compare equal."""
        return (
            _xpath_key(self.xpath),
            self.code,
            self.numero_guia or "",
            -1 if self.item is None else self.item,
            self.mensagem,
            self.xpath,
            self.numero_guia is not None,
            self.item is not None,
            self.severidade.value,
            self.glosa or "",
            self.glosa is not None,
        )

    def to_dict(self) -> dict[str, object]:
        """Plain data (JSON-ready), with the glosa's description."""
        return {
            "code": self.code,
            "severidade": self.severidade.value,
            "mensagem": self.mensagem,
            "xpath": self.xpath,
            "numero_guia": self.numero_guia,
            "item": self.item,
            "glosa": self.glosa,
            "glosa_descricao": self.glosa_descricao,
        }

    def __str__(self) -> str:
        onde = []
        if self.numero_guia is not None:
            onde.append(f"guia {self.numero_guia}")
        if self.item is not None:
            onde.append(f"item {self.item}")
        texto = f"{self.severidade.value.upper()} [{self.code}]"
        if self.glosa:
            texto += f" glosa {self.glosa}"
        if onde:
            texto += f" ({', '.join(onde)})"
        return f"{texto}: {self.mensagem}"


def ordenar(findings: Iterable[Finding]) -> list[Finding]:
    """The findings in their canonical order (see :meth:`Finding.sort_key`)."""
    return sorted(findings, key=Finding.sort_key)


def tem_erro(findings: Iterable[Finding]) -> bool:
    """Whether any finding has severity :attr:`Severidade.ERRO`."""
    return any(f.erro for f in findings)
