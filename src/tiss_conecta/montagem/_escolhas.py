"""The prestador's choices for a recurso de glosa: what is appealed, why, and how much.

Each choice checks itself when built (a justification the XSD accepts, a positive value in
centavos, a glosa code of 4 digits); what it names is checked against the demonstrativo by
:func:`~tiss_conecta.montagem.verificar_escolhas`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from typing import Any, TypeAlias

import attrs

from tiss_conecta import formato
from tiss_conecta.leitura._valores import texto
from tiss_conecta.montagem._recusas import Recusa, invalido

__all__ = [
    "MAX_JUSTIFICATIVA",
    "Escolha",
    "EscolhaGuia",
    "EscolhaItens",
    "EscolhaProtocolo",
    "ItemEscolhido",
]

MAX_JUSTIFICATIVA = 500
"""``st_texto500``: the longest justification the XSD accepts."""
_CENTAVO = Decimal("0.01")
_CODIGO = re.compile(r"[0-9]{4}")


def _codigo_glosa(valor: str | int | Enum) -> str:
    if isinstance(valor, bool):
        lido = ""
    else:
        lido = f"{valor:04d}" if isinstance(valor, int) else texto(valor).strip()
    if not _CODIGO.fullmatch(lido):
        raise invalido(
            f"código de glosa {valor!r} inválido: são 4 dígitos, como 1705",
            Recusa.GLOSA,
            "copie o código da lista de tiss-conecta recurso DEMONSTRATIVO.xml --listar "
            "(em Python, glosas_recorriveis)",
        )
    return lido


def _justificativa(_: object, atributo: attrs.Attribute[Any], valor: str | None) -> None:
    if valor is None:
        return
    if not isinstance(valor, str) or not valor.strip():
        raise invalido(
            "justificativa em branco: explique por que a glosa deve ser revista",
            Recusa.JUSTIFICATIVA,
        )
    if len(valor) > MAX_JUSTIFICATIVA:
        raise invalido(
            f"justificativa com {len(valor)} caracteres; o padrão TISS aceita até "
            f"{MAX_JUSTIFICATIVA}",
            Recusa.JUSTIFICATIVA,
            "resuma o texto e anexe o restante como documento",
        )
    ruins = sorted({c for c in valor if ord(c) > 0xFF or (ord(c) < 0x20 and c not in "\t\n\r")})
    if ruins:
        raise invalido(
            f"justificativa com caractere(s) que o arquivo TISS (ISO-8859-1) não aceita: "
            f"{', '.join(repr(c) for c in ruins)}",
            Recusa.JUSTIFICATIVA,
            "troque aspas e travessões tipográficos, emojis e afins por caracteres comuns",
        )


def _valor(_: object, atributo: attrs.Attribute[Any], valor: Decimal | None) -> None:
    if valor is None:
        return
    if not isinstance(valor, Decimal) or not valor.is_finite():
        raise invalido(
            f"valor recursado {valor!r} inválido: use Decimal, como Decimal('300.00')",
            Recusa.VALOR,
        )
    if valor <= 0:
        raise invalido(
            f"valor recursado {valor} deve ser maior que zero",
            Recusa.VALOR,
            "informe o valor glosado que pede de volta",
        )
    if valor != valor.quantize(_CENTAVO, context=formato.CONTEXTO):
        raise invalido(f"valor recursado {valor} com mais de 2 casas decimais", Recusa.VALOR)


def _sequencial(_: object, atributo: attrs.Attribute[Any], valor: int) -> None:
    if isinstance(valor, bool) or not isinstance(valor, int) or not -9999 <= valor <= 9999:
        raise invalido(
            f"sequencial do item {valor!r} inválido: um número de até 4 dígitos (st_numerico4)",
            Recusa.ITEM,
        )


def _numero_guia(_: object, atributo: attrs.Attribute[Any], valor: str) -> None:
    if not isinstance(valor, str) or not valor.strip():
        raise invalido("informe o número da guia do prestador", Recusa.GUIA)


@attrs.frozen
class EscolhaProtocolo:
    """Appeal the whole protocolo: its glosa code and the justification (``objetoRecurso`` 1).

    ``valor``: what is asked back, by default all the protocolo's glosado value."""

    glosa: str = attrs.field(converter=_codigo_glosa)
    justificativa: str = attrs.field(validator=_justificativa)
    valor: Decimal | None = attrs.field(default=None, validator=_valor)


@attrs.frozen
class EscolhaGuia:
    """Appeal a whole guia under one glosa code (``recursoGuiaCompleta``).

    ``guia`` is the prestador's guia number, matched leading zeros aside (``"2"`` is the
    demonstrativo's ``00000002``, as :func:`~tiss_conecta.leitura.numero` compares). The code
    is a glosa of the guia or of its items; ``valor`` defaults to what was glosado under it
    (the guia's glosa value for a glosa of the guia)."""

    guia: str = attrs.field(validator=_numero_guia)
    glosa: str = attrs.field(converter=_codigo_glosa)
    justificativa: str = attrs.field(validator=_justificativa)
    valor: Decimal | None = attrs.field(default=None, validator=_valor)


@attrs.frozen
class ItemEscolhido:
    """One item of a guia and the glosa appealed on it (``itensGuia``).

    ``valor`` defaults to what the item had glosado under the code; ``justificativa`` to the
    one of its :class:`EscolhaItens`."""

    sequencial: int = attrs.field(validator=_sequencial)
    glosa: str = attrs.field(converter=_codigo_glosa)
    valor: Decimal | None = attrs.field(default=None, validator=_valor)
    justificativa: str | None = attrs.field(default=None, validator=_justificativa)


def _itens(valor: Iterable[ItemEscolhido]) -> tuple[ItemEscolhido, ...]:
    itens = tuple(valor) if isinstance(valor, Iterable) else ()
    if not itens:
        raise invalido("escolha de itens sem nenhum item", Recusa.ITEM)
    if not all(isinstance(i, ItemEscolhido) for i in itens):
        raise invalido("os itens de EscolhaItens são ItemEscolhido", Recusa.ITEM)
    return itens


@attrs.frozen
class EscolhaItens:
    """Appeal items of one guia, each with its glosa code and value (``guia`` matched as in
    :class:`EscolhaGuia`)."""

    guia: str = attrs.field(validator=_numero_guia)
    itens: tuple[ItemEscolhido, ...] = attrs.field(converter=_itens)
    justificativa: str = attrs.field(validator=_justificativa)


Escolha: TypeAlias = EscolhaProtocolo | EscolhaGuia | EscolhaItens
"""What the prestador appeals at one level."""
