"""What a conversion must refuse, worked out from the document and the two XSDs alone.

Walks the written file with the source version's declarations and asks, for each element,
what the target version declares at the same place: no declaration (an element the target
lacks), a value its restriction refuses (a code, digits, a pattern, a length), or a required
element the target adds and the document lacks. Independent of the converter, which works
on the generated classes' metadata.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

from lxml import etree

from tiss_conecta.models.esquema import Elemento, Esquema, Restricao
from tiss_conecta.versoes import esquema

_INDICE = re.compile(r"\[\d+\]")


def sem_indices(xpath: str) -> str:
    return _INDICE.sub("", xpath)


def _declaracoes(e: Esquema, tipo: str) -> tuple[Elemento, ...]:
    """The elements of a complex type, those of the type it extends first."""
    t = e.complexos.get(tipo)
    if t is None:
        return ()
    return (*_declaracoes(e, t.base), *t.elementos) if t.base else t.elementos


def _declaracao(e: Esquema, tipo: str, caminho: str) -> Elemento | None:
    return next((d for d in _declaracoes(e, tipo) if d.caminho == caminho), None)


def _restricao(e: Esquema, d: Elemento) -> Restricao | None:
    if d.restricao is not None:
        return d.restricao
    simples = e.simples.get(d.tipo)
    return simples.restricao if simples is not None else None


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname


def _digitos(texto: str) -> tuple[int, int]:
    inteiro, _, fracao = format(abs(Decimal(texto)), "f").partition(".")
    return len(inteiro.lstrip("0")) + len(fracao.rstrip("0")), len(fracao.rstrip("0"))


def _recusa_valor(texto: str, antes: Restricao, depois: Restricao) -> bool:
    """Whether the target's restriction refuses a value the source's accepted."""
    if depois.valores and antes.valores != depois.valores and texto not in depois.valores:
        return True
    facetas_antes, facetas_depois = dict(antes.facetas), dict(depois.facetas)
    mudaram = {k: v for k, v in facetas_depois.items() if facetas_antes.get(k) != v}
    if "pattern" in mudaram and not re.fullmatch(mudaram["pattern"], texto):
        return True
    if "totalDigits" in mudaram or "fractionDigits" in mudaram:
        total, fracao = _digitos(texto)
        if total > int(facetas_depois.get("totalDigits", total)):
            return True
        if fracao > int(facetas_depois.get("fractionDigits", fracao)):
            return True
    if "maxLength" in mudaram and len(texto) > int(mudaram["maxLength"]):
        return True
    return "minLength" in mudaram and len(texto) < int(mudaram["minLength"])


Contexto = tuple[tuple[str, str], ...]
"""Where an element's children are declared: (named type, path prefix) pairs, the type
written in place first, then the named type it extends."""


def _procurar(e: Esquema, contexto: Contexto, nome: str) -> tuple[str, Elemento] | None:
    for tipo, prefixo in contexto:
        d = _declaracao(e, tipo, prefixo + nome)
        if d is not None:
            return tipo, d
    return None


def _contexto(e: Esquema, tipo: str, d: Elemento) -> Contexto | None:
    """The children's context of an element declared as ``d`` in ``tipo``, or ``None``
    for a simple value."""
    if d.tipo in e.complexos:
        return ((d.tipo, ""),)
    if not d.tipo and _restricao(e, d) is None:
        return ((tipo, d.caminho + "/"), *(((d.base, ""),) if d.base else ()))
    return None


def recusas_esperadas(data: bytes, de: str, para: str) -> Counter[str]:
    """XPaths (without indices) of every field a conversion from ``de`` to ``para`` refuses."""
    origem, alvo = esquema(de), esquema(para)
    raiz = etree.fromstring(data)
    esperadas: Counter[str] = Counter()
    pendentes: list[tuple[etree._Element, str, Contexto, Contexto | None]] = [
        (raiz, "/mensagemTISS", (("mensagemTISS", ""),), (("mensagemTISS", ""),))
    ]
    while pendentes:
        el, xpath, contexto, contexto_alvo = pendentes.pop()
        for nome in _exigidos_novos(origem, alvo, contexto, contexto_alvo or ()):
            esperadas[sem_indices(f"{xpath}/{nome}")] += 1
        contagem: Counter[str] = Counter()
        for filho in el.iterchildren(etree.Element):
            nome = _local(filho)
            contagem[nome] += 1
            caminho = f"{xpath}/{nome}[{contagem[nome]}]"
            if caminho.startswith("/mensagemTISS/cabecalho[1]/Padrao") or nome == "Signature":
                continue
            achado = _procurar(origem, contexto, nome)
            assert achado is not None, f"{caminho} is not declared in {de}"
            tipo, antes = achado
            achado_alvo = _procurar(alvo, contexto_alvo or (), nome)
            if achado_alvo is None:
                esperadas[sem_indices(caminho)] += 1
                continue
            tipo_alvo, depois = achado_alvo
            filhos = _contexto(origem, tipo, antes)
            if filhos is not None:
                pendentes.append((filho, caminho, filhos, _contexto(alvo, tipo_alvo, depois)))
                continue
            r_antes, r_depois = _restricao(origem, antes), _restricao(alvo, depois)
            if r_antes and r_depois and _recusa_valor(filho.text or "", r_antes, r_depois):
                esperadas[sem_indices(caminho)] += 1
    return esperadas


def _exigidos_novos(
    origem: Esquema, alvo: Esquema, contexto: Contexto, contexto_alvo: Contexto
) -> Iterator[str]:
    """Names of required elements the target declares here and the source does not."""
    for tipo, prefixo in contexto_alvo:
        for d in _declaracoes(alvo, tipo):
            resto = d.caminho[len(prefixo) :]
            if not d.caminho.startswith(prefixo) or "/" in resto:
                continue
            if d.minimo >= 1 and not d.escolha and _procurar(origem, contexto, resto) is None:
                yield resto
