"""What changes between two TISS versions, computed from their XSDs (never typed by hand)."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from html import escape

import attrs

from tiss_conecta.models.esquema import (
    Elemento,
    Esquema,
    Restricao,
    TipoComplexo,
    TipoSimples,
    esquema,
)

__all__ = ["Diferencas", "Mudanca", "OQue", "diferencas"]


class OQue(StrEnum):
    """The kind of a :class:`Mudanca` (stable, for programs)."""

    TIPO_ADICIONADO = "tipo_adicionado"
    TIPO_REMOVIDO = "tipo_removido"
    ELEMENTO_ADICIONADO = "elemento_adicionado"
    ELEMENTO_REMOVIDO = "elemento_removido"
    OCORRENCIAS = "ocorrencias"
    TIPO_DO_ELEMENTO = "tipo_do_elemento"
    BASE = "base"
    FACETA = "faceta"
    VALORES = "valores"


@attrs.frozen
class Mudanca:
    """One difference: in a named type, or in one element declared inside it."""

    tipo: str
    """The named type (``ct_guiaValorTotal``, ``dm_tipoGlosa``...)."""
    o_que: OQue
    elemento: str | None = None
    """Path of the element inside ``tipo``; ``None`` when the type itself changed."""
    faceta: str | None = None
    """For :attr:`OQue.FACETA`: ``totalDigits``, ``pattern``..."""
    antes: str | None = None
    depois: str | None = None
    adicionados: tuple[str, ...] = ()
    """For :attr:`OQue.VALORES`: enumerated values the newer side has and the older lacks."""
    removidos: tuple[str, ...] = ()

    def __str__(self) -> str:
        onde = f"{self.tipo}/{self.elemento}" if self.elemento else self.tipo
        match self.o_que:
            case OQue.TIPO_ADICIONADO | OQue.TIPO_REMOVIDO:
                verbo = "novo" if self.o_que is OQue.TIPO_ADICIONADO else "removido"
                return f"tipo {verbo}: {self.tipo} ({self.depois or self.antes})"
            case OQue.ELEMENTO_ADICIONADO:
                return f"elemento novo: {onde} ({self.depois})"
            case OQue.ELEMENTO_REMOVIDO:
                return f"elemento removido: {onde} ({self.antes})"
            case OQue.VALORES:
                partes = []
                if self.adicionados:
                    partes.append(f"+{len(self.adicionados)} ({_amostra(self.adicionados)})")
                if self.removidos:
                    partes.append(f"-{len(self.removidos)} ({_amostra(self.removidos)})")
                return f"valores de {onde}: " + ", ".join(partes)
            case OQue.FACETA:
                return f"{self.faceta} de {onde}: {self.antes or '—'} → {self.depois or '—'}"
            case _:
                nome = {OQue.OCORRENCIAS: "ocorrências", OQue.BASE: "tipo base"}.get(
                    self.o_que, "tipo"
                )
                return f"{nome} de {onde}: {self.antes} → {self.depois}"

    def to_dict(self) -> dict[str, object]:
        return {
            "tipo": self.tipo,
            "o_que": self.o_que.value,
            "elemento": self.elemento,
            "faceta": self.faceta,
            "antes": self.antes,
            "depois": self.depois,
            "adicionados": list(self.adicionados),
            "removidos": list(self.removidos),
        }


def _amostra(valores: tuple[str, ...], n: int = 6) -> str:
    return ", ".join(valores[:n]) + (f", … {valores[-1]}" if len(valores) > n else "")


@attrs.frozen
class Diferencas:
    """Every difference from version ``de`` to version ``para``, in schema order."""

    de: str
    para: str
    mudancas: tuple[Mudanca, ...]

    @property
    def tipos_alterados(self) -> tuple[str, ...]:
        """Named types present in both versions that changed."""
        novos_ou_removidos = {OQue.TIPO_ADICIONADO, OQue.TIPO_REMOVIDO}
        return tuple(
            dict.fromkeys(m.tipo for m in self.mudancas if m.o_que not in novos_ou_removidos)
        )

    def do_tipo(self, tipo: str) -> tuple[Mudanca, ...]:
        return tuple(m for m in self.mudancas if m.tipo == tipo)

    def valores_adicionados(self, tipo: str, elemento: str | None = None) -> tuple[str, ...]:
        """Enumerated values of ``tipo`` (or of one of its elements) that ``para`` adds."""
        return tuple(
            v
            for m in self.mudancas
            if m.o_que is OQue.VALORES and m.tipo == tipo and m.elemento == elemento
            for v in m.adicionados
        )

    def valores_removidos(self, tipo: str, elemento: str | None = None) -> tuple[str, ...]:
        return Diferencas(self.para, self.de, self._invertidas()).valores_adicionados(
            tipo, elemento
        )

    def _invertidas(self) -> tuple[Mudanca, ...]:
        return tuple(
            attrs.evolve(m, adicionados=m.removidos, removidos=m.adicionados) for m in self.mudancas
        )

    def __str__(self) -> str:
        novos = sum(m.o_que is OQue.TIPO_ADICIONADO for m in self.mudancas)
        removidos = sum(m.o_que is OQue.TIPO_REMOVIDO for m in self.mudancas)
        linhas = [
            f"TISS {self.de} → {self.para}: {len(self.tipos_alterados)} tipo(s) alterado(s), "
            f"{novos} novo(s), {removidos} removido(s)"
        ]
        linhas += [f"  {m}" for m in self.mudancas]
        return "\n".join(linhas)

    def _repr_html_(self) -> str:
        titulo = escape(str(self).splitlines()[0])
        linhas = "".join(
            f"<tr><td>{escape(m.tipo)}</td><td>{escape(m.elemento or '')}</td>"
            f"<td>{escape(str(m))}</td></tr>"
            for m in self.mudancas
        )
        return (
            f"<p><b>{titulo}</b></p><table><tr><th>tipo</th><th>elemento</th>"
            f"<th>mudança</th></tr>{linhas}</table>"
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "de": self.de,
            "para": self.para,
            "tipos_alterados": list(self.tipos_alterados),
            "mudancas": [m.to_dict() for m in self.mudancas],
        }


def diferencas(de: str, para: str) -> Diferencas:
    """Types, elements, occurrences, facets and enumerated values that differ.

    >>> d = diferencas("4.01.00", "4.02.00")
    >>> d.valores_adicionados("dm_statusProtocolo")
    ('10',)
    >>> len(d.tipos_alterados)
    30
    """
    antigo, novo = esquema(de), esquema(para)  # unknown versions: TissVersionError
    return Diferencas(de, para, tuple(_comparar(antigo, novo)))


def _comparar(antigo: Esquema, novo: Esquema) -> Iterator[Mudanca]:
    tipos_antigos, tipos_novos = antigo.tipos, novo.tipos
    for nome, tipo in tipos_antigos.items():
        outro = tipos_novos.get(nome)
        if outro is None:
            yield Mudanca(nome, OQue.TIPO_REMOVIDO, antes=_resumo_tipo(tipo))
        elif isinstance(tipo, TipoSimples) and isinstance(outro, TipoSimples):
            yield from _restricoes(nome, None, tipo.restricao, outro.restricao)
        elif isinstance(tipo, TipoComplexo) and isinstance(outro, TipoComplexo):
            yield from _complexos(tipo, outro, antigo, novo)
        else:
            yield Mudanca(nome, OQue.BASE, antes=_resumo_tipo(tipo), depois=_resumo_tipo(outro))
    for nome, tipo in tipos_novos.items():
        if nome not in tipos_antigos:
            yield Mudanca(nome, OQue.TIPO_ADICIONADO, depois=_resumo_tipo(tipo))


def _resumo_tipo(tipo: TipoSimples | TipoComplexo) -> str:
    if isinstance(tipo, TipoSimples):
        return _resumo_restricao(tipo.restricao)
    return f"{len(tipo.elementos)} elemento(s)"


def _resumo_restricao(r: Restricao) -> str:
    partes = [f"{k} {v}" for k, v in r.facetas]
    if r.valores:
        partes.append(f"{len(r.valores)} valores")
    return r.base + (f": {', '.join(partes)}" if partes else "")


def _descrever(e: Elemento, esquema_: Esquema) -> str:
    """``st_decimal10-2 (decimal: fractionDigits 2, totalDigits 10), 0..1``."""
    if e.tipo in esquema_.simples:
        tipo = f"{e.tipo} ({_resumo_restricao(esquema_.simples[e.tipo].restricao)})"
    elif e.restricao is not None:
        tipo = _resumo_restricao(e.restricao)
    else:
        tipo = e.tipo or (f"extensão de {e.base}" if e.base else "tipo anônimo")
    return f"{tipo}, {e.ocorrencias}"


def _restricoes(
    tipo: str, elemento: str | None, antes: Restricao, depois: Restricao
) -> Iterator[Mudanca]:
    if antes.base != depois.base:
        yield Mudanca(tipo, OQue.BASE, elemento, antes=antes.base, depois=depois.base)
    facetas_antes, facetas_depois = dict(antes.facetas), dict(depois.facetas)
    for faceta in sorted(facetas_antes.keys() | facetas_depois.keys()):
        if facetas_antes.get(faceta) != facetas_depois.get(faceta):
            yield Mudanca(
                tipo,
                OQue.FACETA,
                elemento,
                faceta=faceta,
                antes=facetas_antes.get(faceta),
                depois=facetas_depois.get(faceta),
            )
    anteriores, seguintes = set(antes.valores), set(depois.valores)
    if anteriores != seguintes:
        yield Mudanca(
            tipo,
            OQue.VALORES,
            elemento,
            adicionados=tuple(v for v in depois.valores if v not in anteriores),
            removidos=tuple(v for v in antes.valores if v not in seguintes),
        )


def _complexos(
    antes: TipoComplexo, depois: TipoComplexo, antigo: Esquema, novo: Esquema
) -> Iterator[Mudanca]:
    nome = antes.nome
    if antes.base != depois.base:
        yield Mudanca(nome, OQue.BASE, antes=antes.base, depois=depois.base)
    for e in antes.elementos:
        f = depois.elemento(e.caminho)
        if f is None:
            yield Mudanca(nome, OQue.ELEMENTO_REMOVIDO, e.caminho, antes=_descrever(e, antigo))
            continue
        if e.ocorrencias != f.ocorrencias:
            yield Mudanca(
                nome, OQue.OCORRENCIAS, e.caminho, antes=e.ocorrencias, depois=f.ocorrencias
            )
        if e.base != f.base:
            yield Mudanca(nome, OQue.BASE, e.caminho, antes=e.base, depois=f.base)
        if e.tipo != f.tipo:
            yield Mudanca(
                nome,
                OQue.TIPO_DO_ELEMENTO,
                e.caminho,
                antes=_descrever(e, antigo),
                depois=_descrever(f, novo),
            )
        elif e.restricao is not None and f.restricao is not None:
            yield from _restricoes(nome, e.caminho, e.restricao, f.restricao)
    for f in depois.elementos:
        if antes.elemento(f.caminho) is None:
            yield Mudanca(nome, OQue.ELEMENTO_ADICIONADO, f.caminho, depois=_descrever(f, novo))
