"""libxml2's XSD errors told in Portuguese, with a hint: what was found, what the XSD allows
(expected elements, domain values, limits, pattern, format) and how to fix it.

The XSD facts come from the bundled schemas (:mod:`tiss_conecta.models.esquema`), read once;
libxml2's own text is only mined for the values it quotes, never shown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from typing import NamedTuple

from lxml import etree

from tiss_conecta.models import NAMESPACE
from tiss_conecta.models import esquema as _esquema
from tiss_conecta.models.esquema import Elemento, Restricao

__all__ = ["Traducao", "traduzir"]

_MOSTRAR = 8  # domain values listed in a hint
_ELEMENTO = re.compile(
    r"^Element '(?:\{([^}]*)\})?([^']*)'(?:, attribute '(?:\{[^}]*\})?([^']*)')?"
)
_ESPERADOS = re.compile(r"Expected is (?:one of )?\( (.*) \)")
_ASPAS = re.compile(r"'([^']*)'")
_QNAME = re.compile(r"\{(?:https?|urn|file):[^}]*\}")  # a namespace, not a {6} quantifier
_PADRAO = re.compile(r"by the pattern '(.*)'\.?$")


class Traducao(NamedTuple):
    """One error in Portuguese: its kind (a key of ``codec.regras.XSD``, ``""`` for other),
    the message, the hint, and the glosa when the place decides it (``None``: the kind's)."""

    tipo: str
    mensagem: str
    dica: str
    glosa: str | None = None


GLOSA_GUIAS_DEMAIS = "5015"
"""NÚMERO DE GUIAS/DEMONSTRATIVOS DENTRO DA MENSAGEM SUPERIOR AO TAMANHO MÁXIMO PERMITIDO."""

GLOSAS_DO_CAMPO = {
    "Padrao": "5028",
    "registroANS": "5027",
    "dataRegistroTransacao": "5025",
    "horaRegistroTransacao": "5026",
    "caraterAtendimento": "5031",
    "atendimentoRN": "5032",
    "motivoEncerramento": "5033",
    "codDente": "5037",
    "codRegiao": "5038",
    "denteRegiao": "5038",
    "denteFace": "5039",
    "hash": "5014",
}
"""The TUSS table 38 glosa an operadora applies to a value of these fields the XSD refuses
(other fields: the kind's, 5001 MENSAGEM ELETRÔNICA FORA DO PADRÃO TISS)."""


# -- the XSD ------------------------------------------------------------------------------


def _procurar(esq: _esquema.Esquema, tipo: str, caminho: str) -> Elemento | None:
    """The declaration at ``caminho`` inside complex type ``tipo`` or the types it extends."""
    vistos: set[str] = set()
    while tipo and tipo not in vistos:
        vistos.add(tipo)
        complexo = esq.complexos.get(tipo)
        if complexo is None:
            return None
        achado = complexo.elemento(caminho)
        if achado is not None:
            return achado
        tipo = complexo.base
    return None


@cache
def _conteudo(versao: str, passos: tuple[str, ...]) -> tuple[str, str] | None:
    """(complex type, path prefix inside it) holding the children of the element at
    ``passos`` (local names from the root); ``None`` when not declared."""
    esq = _esquema.esquema(versao)
    if not passos or passos[0] not in esq.globais:
        return None
    tipo, prefixo = esq.globais[passos[0]] or passos[0], ""
    for nome in passos[1:]:
        decl = _procurar(esq, tipo, prefixo + nome)
        if decl is None:
            return None
        if decl.tipo in esq.complexos:
            tipo, prefixo = decl.tipo, ""
        elif decl.tipo:
            return None  # a simple element has no children
        else:
            prefixo = f"{prefixo}{nome}/"
    return tipo, prefixo


@cache
def _declaracao(versao: str, passos: tuple[str, ...]) -> Elemento | None:
    """The declaration of the element at ``passos`` (``None`` for the root or unknown)."""
    if len(passos) < 2:
        return None
    pai = _conteudo(versao, passos[:-1])
    if pai is None:
        return None
    return _procurar(_esquema.esquema(versao), pai[0], pai[1] + passos[-1])


@cache
def _filhos_declarados(versao: str, passos: tuple[str, ...]) -> frozenset[str]:
    """The names of the children declared for the element at ``passos``."""
    lugar = _conteudo(versao, passos)
    if lugar is None:
        return frozenset()
    esq = _esquema.esquema(versao)
    nomes: set[str] = set()
    tipo: str = lugar[0]
    while tipo in esq.complexos and tipo not in nomes:
        for e in esq.complexos[tipo].elementos:
            resto = e.caminho.removeprefix(lugar[1])
            if e.caminho.startswith(lugar[1]) and "/" not in resto:
                nomes.add(resto)
        tipo = esq.complexos[tipo].base if not lugar[1] else ""
    return frozenset(nomes)


def _restricoes(versao: str, decl: Elemento | None, tipo: str) -> list[tuple[str, Restricao]]:
    """The restrictions of a simple value, the element's own first, then its bases."""
    esq = _esquema.esquema(versao)
    cadeia: list[tuple[str, Restricao]] = []
    if decl is not None and decl.restricao is not None:
        cadeia.append(("", decl.restricao))
        tipo = decl.restricao.base
    elif decl is not None and decl.tipo:
        tipo = decl.tipo
    while tipo in esq.simples and len(cadeia) < 10:
        restricao = esq.simples[tipo].restricao
        cadeia.append((tipo, restricao))
        tipo = restricao.base
    if tipo and tipo not in esq.simples:
        cadeia.append((tipo, Restricao(base=tipo)))  # the built-in type at the end
    return cadeia


@cache
def _faceta(versao: str, passos: tuple[str, ...], tipo: str, nome: str) -> str | None:
    for _, r in _restricoes(versao, _declaracao(versao, passos), tipo):
        valor = r.faceta(nome)
        if valor is not None:
            return valor
    return None


@cache
def _base(versao: str, passos: tuple[str, ...], tipo: str) -> str:
    """The built-in XSD type at the bottom of the value's type (``date``, ``decimal``...)."""
    cadeia = _restricoes(versao, _declaracao(versao, passos), tipo)
    return cadeia[-1][1].base if cadeia else tipo


_SENTIDO = re.compile(r"(\S+?)\s*(?:-|\t|\s)\s*(.+)")


@cache
def _dominio(
    versao: str, passos: tuple[str, ...]
) -> tuple[str, tuple[str, ...], Mapping[str, str]] | None:
    """(domain type name, allowed values, meaning of each) of the element at ``passos``."""
    for nome, r in _restricoes(versao, _declaracao(versao, passos), ""):
        if r.valores:
            sentidos: dict[str, str] = {}
            if nome:
                sentidos.update(_esquema.significados(versao, nome))
            for comentario in r.comentarios:
                m = _SENTIDO.fullmatch(comentario)
                if m and m.group(1) in r.valores and m.group(1) not in sentidos:
                    sentidos[m.group(1)] = re.sub(r"\s*\t\s*", " - ", m.group(2).strip())
            return nome, tuple(dict.fromkeys(r.valores)), sentidos
    return None


# -- words --------------------------------------------------------------------------------


def _curto(valor: str, limite: int = 40) -> str:
    valor = valor.replace("\n", " ")
    return valor if len(valor) <= limite else valor[: limite - 1] + "…"


def _lista(nomes: list[str]) -> str:
    return ", ".join(nomes)


_CLASSES = {
    "0-9": "dígito",
    "a-zA-Z0-9": "letra ou dígito",
    "A-Za-z0-9": "letra ou dígito",
    "A-Z0-9": "letra maiúscula ou dígito",
    "A-Z": "letra maiúscula",
    "a-zA-Z": "letra",
}
_ATOMO = re.compile(r"\[([^\]]+)\](\{(\d+)(?:,(\d+))?\}|\+)?")


_PLURAIS = {"letra": "letras", "maiúscula": "maiúsculas", "dígito": "dígitos"}


def _plural(n: str, palavra: str) -> str:
    if n == "1":
        return f"1 {palavra}"
    if palavra.startswith("letra entre "):
        return f"{n} letras entre {palavra.removeprefix('letra entre ')}"
    return f"{n} " + " ".join(_PLURAIS.get(p, p) for p in palavra.split(" "))


def padrao_em_palavras(padrao: str) -> str | None:
    """``[0-9]{6}`` as ``6 dígitos``; ``None`` when the pattern is not that simple."""
    if padrao == "[0-9]{4}[0-9]{2}":
        return "AAAAMM (ano com 4 dígitos e mês com 2, ex.: 202506)"
    alternativas = []
    for parte in padrao.split("|"):
        atomos, pos = [], 0
        for m in _ATOMO.finditer(parte):
            if m.start() != pos:
                return None
            pos = m.end()
            classe = m.group(1)
            palavra = _CLASSES.get(classe)
            if palavra is None:
                if not re.fullmatch(r"[A-Za-z0-9]+", classe):
                    return None
                palavra = "letra entre " + ", ".join(classe)
            quant = m.group(2) or "{1}"
            if quant == "+":
                atomos.append(f"um ou mais (cada um: {palavra})")
            elif m.group(4):
                atomos.append(f"de {m.group(3)} a {_plural(m.group(4), palavra)}")
            else:
                atomos.append(_plural(m.group(3), palavra))
        if pos != len(parte) or not atomos:
            return None
        alternativas.append(" seguidos de ".join(atomos))
    return " ou ".join(alternativas)


_FORMATOS = {
    "date": ("data no formato AAAA-MM-DD", "2025-06-02"),
    "time": ("hora no formato HH:MM:SS", "09:30:00"),
    "dateTime": ("data e hora no formato AAAA-MM-DDTHH:MM:SS", "2025-06-02T09:30:00"),
    "decimal": ("número decimal com ponto e sem separador de milhar", "1234.56"),
    "integer": ("número inteiro, só dígitos", "12"),
    "int": ("número inteiro, só dígitos", "12"),
    "boolean": ("true ou false", "true"),
    "base64Binary": ("texto em base64", "QUJD"),
    "anyURI": ("um endereço (URI)", "http://www.w3.org/2000/09/xmldsig#sha1"),
}


def _sugestao_formato(base: str, valor: str) -> str | None:
    """The value written the way ``base`` wants it, when a common mistake is recognised."""
    v = valor.strip()
    if base == "date":
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", v)
        if m:
            return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})[T ].*", v)
        if m:
            return m.group(1)
    if base == "time":
        m = re.fullmatch(r"(\d{1,2})[:h](\d{2})", v)
        if m:
            return f"{int(m.group(1)):02d}:{m.group(2)}:00"
    if base in ("decimal", "integer", "int"):
        sem_milhar = re.fullmatch(r"-?\d{1,3}(\.\d{3})+,\d+", v)
        if sem_milhar:
            return v.replace(".", "").replace(",", ".")
        if re.fullmatch(r"-?\d+,\d+", v):
            return v.replace(",", ".")
    return None


# -- the translation ----------------------------------------------------------------------


class _Erro(NamedTuple):
    versao: str
    tipo_libxml: str
    texto: str  # libxml2's message, only mined
    el: etree._Element | None
    nome: str
    passos: tuple[str, ...]

    @property
    def valor(self) -> str:
        if self.el is not None:
            return self.el.text or ""
        m = re.search(r"(?:The value |: )'(.*?)' (?:is|has)", self.texto)
        return m.group(1) if m else ""

    @property
    def aspas(self) -> list[str]:
        return _ASPAS.findall(_QNAME.sub("", self.texto))

    @property
    def pai(self) -> str:
        if self.el is not None and self.el.getparent() is not None:
            return etree.QName(self.el.getparent()).localname  # type: ignore[arg-type]
        return self.passos[-2] if len(self.passos) > 1 else ""


def _passos(el: etree._Element | None, nome: str) -> tuple[str, ...]:
    if el is None:
        return (nome,)
    passos = []
    atual: etree._Element | None = el
    while atual is not None:
        passos.append(etree.QName(atual).localname)
        atual = atual.getparent()
    return tuple(reversed(passos))


def _excedente(e: _Erro) -> Traducao | None:
    """One occurrence more than the ``maxOccurs`` of its element."""
    if e.el is None:
        return None
    decl = _declaracao(e.versao, e.passos)
    if decl is None or decl.maximo is None:
        return None
    anteriores = 0
    irmao = e.el.getprevious()
    while irmao is not None:
        if isinstance(irmao.tag, str) and etree.QName(irmao).localname == e.nome:
            anteriores += 1
        irmao = irmao.getprevious()
    if anteriores < decl.maximo:
        return None
    n = decl.maximo
    if e.pai == "guiasTISS":
        return Traducao(
            "estrutura",
            f"{e.nome} nº {anteriores + 1} excede o limite do lote: guiasTISS admite no "
            f"máximo {n} guias",
            f"um lote tem no máximo {n} guias; divida em outro lote",
            GLOSA_GUIAS_DEMAIS,
        )
    vezes = "1 vez" if n == 1 else f"{n} vezes"
    if n == 1:
        return Traducao(
            "estrutura",
            f"{e.nome} repetido em {e.pai}: só pode aparecer 1 vez",
            f"remova o {e.nome} repetido (o segundo, nesta posição) ou junte o conteúdo dos "
            "dois num só",
        )
    return Traducao(
        "estrutura",
        f"{e.nome} aparece mais vezes que o permitido em {e.pai}: no máximo {vezes} "
        f"(esta é a {anteriores + 1}ª)",
        f"remova as ocorrências a mais de {e.nome} (no máximo {vezes} em {e.pai}) ou "
        "divida o conteúdo em outra mensagem",
    )


def _fora_do_namespace(e: _Erro, esperados: list[str]) -> Traducao | None:
    """The element expected here, written in another namespace (or none)."""
    if e.el is None or e.nome not in esperados:
        return None
    namespace = etree.QName(e.el).namespace
    if namespace == NAMESPACE:
        return None
    onde = f"no namespace {namespace}" if namespace else "sem namespace"
    return Traducao(
        "estrutura",
        f"o elemento {e.nome} em {e.pai} está {onde}, não no namespace da ANS",
        f"escreva-o como ans:{e.nome}, com o prefixo declarado para {NAMESPACE}",
    )


def _esperados(e: _Erro) -> list[str]:
    m = _ESPERADOS.search(e.texto)
    if m is None:
        return []
    nomes = []
    for parte in m.group(1).split(", "):
        parte = parte.strip()
        if parte.startswith("##other"):
            nomes.append("um elemento de outro namespace")
        elif parte.startswith("##any") or parte == "*":
            nomes.append("qualquer elemento")
        else:
            nomes.append(_QNAME.sub("", parte).split(":")[-1])
    return list(dict.fromkeys(nomes))


def _estrutura(e: _Erro) -> Traducao:
    esperados = _esperados(e)
    quais = ("esperado: " if len(esperados) == 1 else "esperado um de: ") + _lista(esperados)
    if "Missing child" in e.texto:
        falta = (
            f"falta o elemento {esperados[0]}"
            if len(esperados) == 1
            else f"falta um dos elementos: {_lista(esperados)}"
        )
        return Traducao(
            "estrutura",
            f"{falta} em {e.nome}",
            f"inclua {' ou '.join(esperados) or 'o elemento obrigatório'} dentro de {e.nome}, "
            f"depois dos elementos já presentes (ordem do XSD TISS {e.versao})",
        )
    fora = _fora_do_namespace(e, esperados)
    if fora is not None:
        return fora
    excedente = _excedente(e)
    if excedente is not None:
        if esperados:
            return excedente._replace(mensagem=f"{excedente.mensagem}; {quais}")
        return excedente
    declarado = e.nome in _filhos_declarados(e.versao, e.passos[:-1])
    if not esperados:
        return Traducao(
            "estrutura",
            f"elemento {e.nome} inesperado em {e.pai}: nenhum elemento é aceito nesta posição",
            f"{e.nome} está fora de ordem ou sobra em {e.pai}: mova-o para a posição do XSD "
            f"TISS {e.versao} ou remova-o"
            if declarado
            else f"remova {e.nome}: {e.pai} não tem esse elemento no XSD TISS {e.versao}",
        )
    if declarado:
        dica = (
            f"{e.nome} está fora de ordem ou falta antes dele um elemento obrigatório: inclua "
            f"{' ou '.join(esperados)} antes de {e.nome}, na ordem do XSD TISS {e.versao}"
        )
    else:
        dica = (
            f"{e.nome} não existe em {e.pai} no XSD TISS {e.versao}: remova-o ou corrija o "
            f"nome (maiúsculas e minúsculas contam); {quais}"
        )
    return Traducao("estrutura", f"elemento {e.nome} inesperado em {e.pai}; {quais}", dica)


def _lista_dominio(valores: tuple[str, ...], sentidos: Mapping[str, str], valor: str) -> str:
    def comum(v: str) -> int:  # the values sharing the longest prefix with ``valor`` first
        n = 0
        while n < min(len(v), len(valor)) and v[n] == valor[n]:
            n += 1
        return -n

    ordem = sorted(valores, key=comum)[:_MOSTRAR]
    itens = [f"{v} ({sentidos[v]})" if v in sentidos else v for v in ordem]
    return ", ".join(itens)


def _dominio_msg(e: _Erro) -> Traducao:
    dominio = _dominio(e.versao, e.passos)
    valor = e.valor
    if dominio is None:
        return Traducao(
            "dominio",
            f"o valor '{_curto(valor)}' de {e.nome} não está na tabela de domínio",
            f"use em {e.nome} um dos códigos da tabela de domínio do XSD TISS {e.versao}",
        )
    nome, valores, sentidos = dominio
    tabela = f"tabela de domínio {nome}" if nome else "tabela de domínio do elemento"
    lista = _lista_dominio(valores, sentidos, valor)
    if len(valores) > _MOSTRAR:
        lista += f" … ({len(valores)} valores, {tabela})"
    dica = f"use um dos valores aceitos em {e.nome}: {lista}"
    if valor.strip() != valor and valor.strip() in valores:
        dica = f"tire os espaços: escreva '{valor.strip()}'"
    elif valor.upper() in valores and valor.upper() != valor:
        dica = f"escreva em maiúsculas: '{valor.upper()}'"
    return Traducao(
        "dominio",
        f"o valor '{_curto(valor)}' de {e.nome} não está na {tabela}",
        dica,
    )


def _formato(e: _Erro) -> Traducao:
    m = _PADRAO.search(e.texto)
    padrao = m.group(1) if m else (_faceta(e.versao, e.passos, "", "pattern") or "")
    palavras = padrao_em_palavras(padrao)
    exigido = f"{palavras} (padrão {padrao})" if palavras else f"o padrão {padrao}"
    valor = e.valor
    dica = f"escreva {e.nome} com {palavras or 'o padrão ' + padrao}"
    if re.search(r"[.\-/\s]", valor) and "0-9" in padrao:
        dica += ", sem pontos, traços, barras ou espaços"
    return Traducao(
        "formato",
        f"o valor '{_curto(valor)}' de {e.nome} não segue o formato exigido: {exigido}",
        dica,
    )


def _tamanho(e: _Erro) -> Traducao:
    numeros = [a for a in e.aspas if a.isascii() and a.isdigit()]
    achado = numeros[0] if numeros else str(len(e.valor))
    limite = numeros[-1] if len(numeros) > 1 else "?"
    caracteres = "caractere" if achado == "1" else "caracteres"
    if e.tipo_libxml.endswith("MAXLENGTH_VALID"):
        return Traducao(
            "tamanho",
            f"{e.nome} tem {achado} {caracteres}; o máximo é {limite}",
            f"abrevie {e.nome} para no máximo {limite} caracteres",
        )
    if e.tipo_libxml.endswith("MINLENGTH_VALID"):
        if achado == "0":
            return Traducao(
                "tamanho",
                f"{e.nome} está vazio; exige ao menos {limite} caractere(s)",
                f"preencha {e.nome} ou, se ele for opcional, remova o elemento",
            )
        return Traducao(
            "tamanho",
            f"{e.nome} tem {achado} {caracteres}; o mínimo é {limite}",
            f"complete {e.nome} até ao menos {limite} caracteres",
        )
    return Traducao(
        "tamanho",
        f"{e.nome} tem {achado} {caracteres}; deve ter exatamente {limite}",
        f"escreva {e.nome} com exatamente {limite} caracteres"
        + (" (a sigla da UF ou o código IBGE de 2 dígitos)" if e.nome == "UF" else ""),
    )


def _digitos(e: _Erro) -> Traducao:
    numeros = [a for a in e.aspas if a.isascii() and a.isdigit()]
    limite = numeros[-1] if numeros else "?"
    valor = e.valor.strip()
    if e.tipo_libxml.endswith("FRACTIONDIGITS_VALID"):
        exemplo = ""
        try:
            arredondado = Decimal(valor).quantize(
                Decimal(1).scaleb(-int(limite)), rounding=ROUND_HALF_UP
            )
            exemplo = f" (ex.: {arredondado})"
        except (InvalidOperation, ValueError):
            pass
        return Traducao(
            "digitos",
            f"o valor '{_curto(valor)}' de {e.nome} tem casas decimais demais: no máximo {limite}",
            f"arredonde {e.nome} para {limite} casas decimais{exemplo}",
        )
    fracao = _faceta(e.versao, e.passos, "", "fractionDigits")
    if fracao and fracao != "0" and limite.isascii() and limite.isdigit():
        inteiros = int(limite) - int(fracao)
        dica = (
            f"use em {e.nome} no máximo {_plural(str(inteiros), 'dígito')} antes do ponto e "
            f"{fracao} depois ({limite} no total)"
        )
    else:
        dica = f"use em {e.nome} no máximo {limite} dígitos"
    return Traducao(
        "digitos",
        f"o valor '{_curto(valor)}' de {e.nome} tem dígitos demais: no máximo {limite}",
        dica,
    )


def _limite(e: _Erro) -> Traducao:
    aspas = e.aspas
    limite = aspas[-1] if len(aspas) > 1 else "?"
    valor = e.valor
    minimo = "MIN" in e.tipo_libxml
    inclusivo = "INCLUSIVE" in e.tipo_libxml
    relacao = {
        (True, True): "menor que o mínimo",
        (True, False): "menor ou igual ao limite exclusivo",
        (False, True): "maior que o máximo",
        (False, False): "maior ou igual ao limite exclusivo",
    }[(minimo, inclusivo)]
    dica = {
        (True, True): f"use em {e.nome} um valor a partir de {limite}",
        (True, False): f"use em {e.nome} um valor maior que {limite}",
        (False, True): f"use em {e.nome} um valor de no máximo {limite}",
        (False, False): f"use em {e.nome} um valor menor que {limite}",
    }[(minimo, inclusivo)]
    return Traducao(
        "limite", f"o valor '{_curto(valor)}' de {e.nome} é {relacao} permitido ({limite})", dica
    )


def _tipo(e: _Erro) -> Traducao:
    m = re.search(r"atomic type '(?:\{[^}]*\})?([^']*)'", e.texto)
    tipo = m.group(1) if m else ""
    base = _base(e.versao, e.passos, tipo)
    formato, exemplo = _FORMATOS.get(base, (f"um valor do tipo {base or tipo}", ""))
    valor = e.valor
    sugestao = _sugestao_formato(base, valor)
    if sugestao is not None:
        dica = f"escreva {e.nome} como {formato}: '{sugestao}'"
    elif not valor.strip():
        dica = f"preencha {e.nome} ({formato}" + (f", ex.: {exemplo})" if exemplo else ")")
        dica += " ou, se ele for opcional, remova o elemento"
    else:
        dica = f"escreva {e.nome} como {formato}" + (f" (ex.: {exemplo})" if exemplo else "")
    return Traducao(
        "tipo",
        f"o valor '{_curto(valor)}' de {e.nome} não é válido: esperado {formato}",
        dica,
    )


def _atributo(e: _Erro, atributo: str) -> Traducao:
    if e.tipo_libxml.startswith("SCHEMAV_CVC_ELT_4") or atributo == "type":
        return Traducao(
            "atributo",
            f"o atributo xsi:type de {e.nome} indica um tipo que o XSD TISS {e.versao} não aceita",
            f"remova o atributo xsi:type de {e.nome}",
        )
    if "MISSING" in e.tipo_libxml or e.tipo_libxml.endswith("COMPLEX_TYPE_4"):
        return Traducao(
            "atributo",
            f"falta o atributo obrigatório {atributo} em {e.nome}",
            f"inclua o atributo {atributo} em {e.nome}",
        )
    return Traducao(
        "atributo",
        f"o atributo {atributo} não é permitido em {e.nome}",
        f"remova o atributo {atributo} de {e.nome}: o XSD TISS não declara atributos nele",
    )


def _texto_solto(el: etree._Element | None) -> str:
    if el is None:
        return ""
    partes = [el.text or ""] + [c.tail or "" for c in el]
    return next((p.strip() for p in partes if p.strip()), "")


def traduzir(entry: etree._LogEntry, el: etree._Element | None, versao: str) -> Traducao:
    """``entry`` (one libxml2 error about ``el``, when found) in Portuguese."""
    texto = entry.message or ""
    m = _ELEMENTO.match(texto)
    nome = etree.QName(el).localname if el is not None else (m.group(2) if m else "")
    atributo = m.group(3) if m and m.group(3) else ""
    e = _Erro(versao, entry.type_name, texto, el, nome, _passos(el, nome))
    tipo = entry.type_name
    if atributo or tipo.startswith("SCHEMAV_CVC_ELT_4") or "ATTRIBUTE" in tipo:
        return _atributo(e, atributo or "?")
    if tipo in ("SCHEMAV_ELEMENT_CONTENT", "SCHEMAV_CVC_COMPLEX_TYPE_2_4"):
        return _estrutura(e)
    if tipo == "SCHEMAV_CVC_ENUMERATION_VALID":
        return _dominio_msg(e)
    if tipo == "SCHEMAV_CVC_PATTERN_VALID":
        return _formato(e)
    if tipo.endswith(("MAXLENGTH_VALID", "MINLENGTH_VALID", "CVC_LENGTH_VALID")):
        return _tamanho(e)
    if tipo.endswith(("TOTALDIGITS_VALID", "FRACTIONDIGITS_VALID")):
        return _digitos(e)
    if tipo.endswith(("INCLUSIVE_VALID", "EXCLUSIVE_VALID")):
        return _limite(e)
    if tipo.startswith("SCHEMAV_CVC_DATATYPE_VALID"):
        return _tipo(e)
    if tipo == "SCHEMAV_CVC_ELT_1":
        ns = m.group(1) if m else None
        sem_ns = "" if ns else " (sem namespace)"
        return Traducao(
            "raiz",
            f"o elemento raiz {nome}{sem_ns} não é declarado no XSD TISS {versao}",
            "a raiz deve ser mensagemTISS no namespace "
            "http://www.ans.gov.br/padroes/tiss/schemas (ex.: <ans:mensagemTISS "
            'xmlns:ans="http://www.ans.gov.br/padroes/tiss/schemas">)',
        )
    if tipo in ("SCHEMAV_CVC_COMPLEX_TYPE_2_3", "SCHEMAV_CVC_COMPLEX_TYPE_2_1"):
        solto = _texto_solto(el)
        achado = f" ('{_curto(solto)}')" if solto else ""
        return Traducao(
            "conteudo",
            f"{nome} contém texto solto{achado}, mas só admite elementos",
            f"remova o texto de dentro de {nome} ou coloque-o no elemento filho certo",
        )
    if tipo == "SCHEMAV_CVC_TYPE_3_1_2":
        filhos = (
            [] if el is None else [etree.QName(c).localname for c in el if isinstance(c.tag, str)]
        )
        filhos = [f for f in filhos if f]
        achado = f" (encontrado: {_lista(filhos)})" if filhos else ""
        return Traducao(
            "conteudo",
            f"{nome} é um campo simples e não pode conter elementos{achado}",
            f"deixe em {nome} só o valor, sem elementos dentro",
        )
    if tipo == "SCHEMAV_CVC_ELT_3_1":
        return Traducao(
            "atributo",
            f"{nome} não pode ser nulo (xsi:nil)",
            f"remova xsi:nil e preencha {nome} ou, se ele for opcional, remova o elemento",
        )
    return Traducao(
        "",
        f"{nome or 'o documento'} não segue o XSD TISS {versao} (erro {tipo} do validador)",
        f"confira {nome or 'o elemento indicado'} contra o XSD TISS {versao}",
    )
