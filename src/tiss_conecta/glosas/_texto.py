"""Text helpers of the catalogue: the sentence-case display form and search folding."""

from __future__ import annotations

import re
import unicodedata

SIGLAS = frozenset(
    {
        "ANS", "ANVISA", "CBO", "CBO-S", "CD", "CID", "CNES", "CNPJ", "CNS", "CO2", "CPF",
        "CRM", "CTI", "DLP", "DUT", "GTO", "IV", "MPP", "OPM", "OPME", "QR", "QT", "RN",
        "SADT", "SP", "TISS", "TUSS", "UF", "UTI", "VO", "XML",
    }
)  # fmt: skip
"""Acronyms kept upper case in :func:`titulo`."""

NOMES_PROPRIOS = {
    nome.lower(): nome
    for nome in (
        "Receita Federal",
        "Conselho Regional de Medicina",
        "Rol de Procedimentos e Eventos em Saúde",
        "Lei 9.656",
    )
}
"""Proper names restored by :func:`titulo` after lower-casing."""

_PALAVRA = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_INICIO_DE_FRASE = re.compile(r"(^|[.!?]\s+)([^\w]*)(\w)")
_ESPACOS = re.compile(r"\s+")
_NAO_ALFANUMERICO = re.compile(r"[\W_]+")
_DIACRITICOS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NOMES = re.compile(r"\b(" + "|".join(map(re.escape, NOMES_PROPRIOS)) + r")\b")


def limpar(texto: str) -> str:
    """Collapse runs of spaces and drop one final period."""
    texto = _ESPACOS.sub(" ", texto).strip()
    if texto.endswith(".") and not texto.endswith(".."):
        texto = texto[:-1].rstrip()
    return texto


def titulo(descricao: str) -> str:
    """The ANS term in sentence case, keeping acronyms: ``"Código CID inválido"``."""

    def palavra(m: re.Match[str]) -> str:
        p = m.group()
        if p.upper() in SIGLAS:
            return p.upper()
        return "-".join(q.upper() if q.upper() in SIGLAS else q.lower() for q in p.split("-"))

    texto = _PALAVRA.sub(palavra, limpar(descricao))
    texto = _NOMES.sub(lambda m: NOMES_PROPRIOS[m.group()], texto)
    return _INICIO_DE_FRASE.sub(lambda m: m.group(1) + m.group(2) + m.group(3).upper(), texto)


def dobrar(texto: str) -> str:
    """Fold for search: no accents, case-folded, words separated by one space."""
    sem_acento = _DIACRITICOS.sub("", unicodedata.normalize("NFKD", texto.casefold()))
    return _NAO_ALFANUMERICO.sub(" ", sem_acento).strip()
