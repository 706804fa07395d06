"""Identifiers: CPF, CNPJ (also the alphanumeric CNPJ issued from July 2026), CNS,
registro ANS and CNES.

Check digits come from well-kept libraries: python-stdnum (CPF, CNPJ) and validate-docbr
(CNS), memoized by value (a prestador sends the same few CNPJs and CPFs in every guia and every
lote). Each function takes the value as written in the message and never raises.

Which TISS versions can carry an alphanumeric CNPJ is read from the CNPJ pattern of each
version's generated models (:func:`versoes_cnpj_alfanumerico`: 4.03.00 on).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from collections.abc import Callable, Iterator
from decimal import Decimal
from enum import Enum
from functools import cache, lru_cache
from typing import Any

import attrs
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from validate_docbr import CNS as _CNS

from tiss_conecta import models
from tiss_conecta.achados import Achado, Regra
from tiss_conecta.achados import Severidade as S
from tiss_conecta.models import VERSOES
from tiss_conecta.rules._contexto import Contexto
from tiss_conecta.rules.perfil import Perfil

__all__ = [
    "CNES",
    "CNES_SEM_CADASTRO",
    "CNPJ",
    "CNPJ_ALFANUMERICO",
    "CPF",
    "OPERADORA",
    "REGISTRO_ANS",
    "achados",
    "cnes_valido",
    "cnpj_alfanumerico",
    "cnpj_cabe_na_versao",
    "cnpj_valido",
    "cns_valido",
    "cpf_ou_cnpj_valido",
    "cpf_valido",
    "registro_ans_valido",
    "versoes_cnpj_alfanumerico",
]

CPF = Regra(
    "identificador.cpf",
    S.ERRO,
    "CPF com dígitos verificadores errados",
    glosa="1206",
    dica="confira o CPF num documento da pessoa e corrija o cadastro no sistema de faturamento",
)
CNPJ = Regra(
    "identificador.cnpj",
    S.ERRO,
    "CNPJ (ou CPF/CNPJ) com dígitos verificadores errados",
    glosa="1206",
    dica="confira o número no cartão CNPJ (ou no CPF) do contratado e corrija o cadastro no "
    "sistema de faturamento",
)
CNPJ_ALFANUMERICO = Regra(
    "identificador.cnpj_alfanumerico",
    S.ERRO,
    "CNPJ com letras numa mensagem 4.01.00 ou 4.02.00",
    glosa="1206",
    dica="informe o CNPJ numérico ou, se a operadora aceitar a 4.03.00, reescreva o arquivo "
    "nela: tiss-conecta converter ARQUIVO --para VERSAO -o SAIDA.xml",
)
CNES = Regra(
    "identificador.cnes",
    S.ERRO,
    "CNES sem 7 dígitos",
    glosa="1202",
    dica="informe o CNES do estabelecimento com 7 dígitos, como no cadastro nacional (CNES), "
    "ou 9999999 se não houver cadastro",
)
REGISTRO_ANS = Regra(
    "identificador.registro_ans",
    S.ERRO,
    "registro ANS sem 6 dígitos",
    glosa="5027",
    dica="informe o registro da operadora na ANS, com 6 dígitos (ArcelorMittal 416070, "
    "PASA 331988)",
)
OPERADORA = Regra(
    "operadora.registro_ans",
    S.ERRO,
    "registro ANS de outra operadora",
    glosa="5027",
    dica="envie o arquivo à operadora do registro informado ou corrija o registro ANS; "
    "confira também o perfil da conferência: tiss-conecta check --perfil",
)

CNES_SEM_CADASTRO = "9999999"
"""What TISS asks for when the prestador has no CNES."""

_SEIS_DIGITOS = re.compile(r"[0-9]{6}")
_LETRA = re.compile(r"[A-Za-z]")
_SEPARADORES = re.compile(r"[\s./-]")
_SETE_DIGITOS = re.compile(r"[0-9]{7}")
_cns = _CNS()


def _memo_curto(funcao: Callable[[str], bool]) -> Callable[[str], bool]:
    """``funcao`` memoized for the short texts identifiers are (a file may hold anything in
    their place: long or odd values are judged afresh, never kept)."""
    memo = lru_cache(maxsize=4096)(funcao)

    @functools.wraps(funcao)
    def julgado(numero: str) -> bool:
        if type(numero) is str and len(numero) <= 32:
            return memo(numero)
        return funcao(numero)

    return julgado


@_memo_curto
def cpf_valido(numero: str) -> bool:
    """Whether ``numero`` is a CPF with valid check digits (punctuation allowed); one digit
    repeated (``111.111.111-11``) passes the arithmetic but is no CPF.

    >>> cpf_valido("111.444.777-35"), cpf_valido("111.444.777-36"), cpf_valido("111.111.111-11")
    (True, False, False)
    """
    return bool(_cpf.is_valid(numero)) and len(set(_cpf.compact(numero))) > 1


@_memo_curto
def cnpj_valido(numero: str) -> bool:
    """Whether ``numero`` is a CNPJ with valid check digits, numeric or alphanumeric
    (``"12ABC34501DE35"``, issued by Receita Federal from July 2026).

    >>> [cnpj_valido(n) for n in ("11.222.333/0001-81", "12ABC34501DE35", "11222333000182")]
    [True, True, False]
    """
    return bool(_cnpj.is_valid(numero))


def cnpj_alfanumerico(numero: str) -> bool:
    """Whether the CNPJ has letters (``"12ABC34501DE35"``): the form Receita Federal issues
    from July 2026, which only TISS 4.03.00 on can carry.

    >>> cnpj_alfanumerico("12ABC34501DE35"), cnpj_alfanumerico("11222333000181")
    (True, False)
    """
    return _LETRA.search(numero) is not None


@cache
def versoes_cnpj_alfanumerico() -> tuple[str, ...]:
    """The supported TISS versions whose CNPJ fields take letters, as each version's generated
    models state their pattern (``[A-Z0-9]{12}[0-9]{2}`` in 4.03.00; ``[0-9]{14}`` before).

    >>> versoes_cnpj_alfanumerico()
    ('4.03.00',)
    """
    exemplo = "12ABC34501DE35"
    return tuple(v for v in VERSOES if re.fullmatch(_padrao_cnpj(v), exemplo))


def _padrao_cnpj(versao: str) -> str:
    campos = dataclasses.fields(models.carregar(versao).CtPrestadorIdentificacao)
    return str(next(c.metadata["pattern"] for c in campos if c.name == "cnpj"))


def cnpj_cabe_na_versao(numero: str, versao: str | None) -> bool:
    """Whether a message of TISS ``versao`` can carry this CNPJ: a numeric one always, an
    alphanumeric one only in :func:`versoes_cnpj_alfanumerico` (``None``: version unknown,
    not judged).

    >>> [cnpj_cabe_na_versao("12ABC34501DE35", v) for v in ("4.02.00", "4.03.00", None)]
    [False, True, True]
    """
    return versao is None or not cnpj_alfanumerico(numero) or versao in versoes_cnpj_alfanumerico()


def cpf_ou_cnpj_valido(numero: str) -> bool:
    """A CPF (11 characters) or CNPJ (14) with valid check digits.

    >>> cpf_ou_cnpj_valido("111.444.777-35"), cpf_ou_cnpj_valido("11.222.333/0001-81")
    (True, True)
    """
    compacto = _SEPARADORES.sub("", numero)
    if len(compacto) == 11:
        return cpf_valido(compacto)
    return cnpj_valido(compacto)


@_memo_curto
def cns_valido(numero: str) -> bool:
    """Whether ``numero`` is a Cartão Nacional de Saúde (15 digits) with a valid check.

    TISS 4.00.00 removed ``numeroCNS`` from the guias; the check remains for systems that
    still keep the CNS (cadastro, digitação).

    >>> cns_valido("700000000000005"), cns_valido("700000000000006")
    (True, False)
    """
    return bool(_cns.validate(numero))


def registro_ans_valido(numero: str) -> bool:
    """Whether ``numero`` has the form of a registro ANS: 6 digits.

    >>> registro_ans_valido("416070"), registro_ans_valido("41607")
    (True, False)
    """
    return _SEIS_DIGITOS.fullmatch(numero) is not None


def cnes_valido(numero: str) -> bool:
    """Whether ``numero`` has the form of a CNES: 7 digits (``9999999`` when there is none).

    >>> cnes_valido("2077485"), cnes_valido(CNES_SEM_CADASTRO), cnes_valido("207748")
    (True, True, False)
    """
    return _SETE_DIGITOS.fullmatch(numero) is not None


_CPFS = frozenset({"CPF", "cpfContratado"})
_CNPJS = frozenset(
    {"CNPJ", "cnpjContratado", "cnpjLocalExecutante", "cnpjOper", "cnpjPrestador", "numeroCNPJ"}
)
_CPF_OU_CNPJ = frozenset({"cpfCNPJContratado"})
_CNES = frozenset({"CNES", "cnes", "cnesContratado", "cnesContratadoExecutante", "cnesExec"})
_REGISTROS_ANS = frozenset({"registroANS"})
_IDENTIFICADORES = _CPFS | _CNPJS | _CPF_OU_CNPJ | _CNES | _REGISTROS_ANS
_NAO_PERCORRER = frozenset({"Signature", "assinaturaDigitalGuia"})


def achados(ctx: Contexto) -> Iterator[Achado]:
    """Every identifier element of the message: check digits, form, and the registro ANS
    against the profile's operadora.

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.rules import Contexto, perfil
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt"))
    >>> achado = next(achados(Contexto.de(lote, perfil("pasa"), dt.date(2025, 6, 2))))
    >>> achado.codigo, achado.glosa, achado.xpath
    ('operadora.registro_ans', '5027', '/mensagemTISS/cabecalho/destino/registroANS')
    """
    if not dataclasses.is_dataclass(ctx.mensagem):
        return
    numeros = {g.xpath: g.numero for g in ctx.guias}
    # A lote repeats the same CNPJ, CNES and registro ANS in every guia: judge each value once.
    julgados: dict[tuple[str, str], Achado | None] = {}
    campos = _campos(type(ctx.mensagem)) or ()
    for xpath, nome, valor in _percorrer(ctx.mensagem, "/mensagemTISS", campos, []):
        if (nome, valor) not in julgados:
            julgados[nome, valor] = _identificador(nome, valor, ctx.perfil, ctx.versao)
        achado = julgados[nome, valor]
        if achado is not None:
            yield attrs.evolve(achado, xpath=xpath, numero_guia=_guia_de(xpath, numeros))


def _percorrer(
    obj: Any, xpath: str, campos: tuple[_Campo, ...], encontrados: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """``encontrados`` with the (xpath, element name, text) of every identifier element under
    ``obj`` (whose :func:`_campos` are ``campos``) added, in document order."""
    for atributo, nome, identificador in campos:
        valor = getattr(obj, atributo)
        if valor is None:
            continue
        if isinstance(valor, str):
            if identificador:
                encontrados.append((f"{xpath}/{nome}", nome, valor))
        elif isinstance(valor, list):
            for i, v in enumerate(valor, 1):
                dentro = _campos(type(v))
                if dentro is not None:
                    _percorrer(v, f"{xpath}/{nome}[{i}]", dentro, encontrados)
                elif identificador and isinstance(v, str):
                    encontrados.append((f"{xpath}/{nome}[{i}]", nome, v))
        else:
            dentro = _campos(type(valor))
            if dentro is not None:
                _percorrer(valor, f"{xpath}/{nome}", dentro, encontrados)
    return encontrados


_Campo = tuple[str, str, bool]
"""(attribute, element name, whether the element is an identifier) of a field the walk
enters."""


def _campos_de(tipo: type) -> tuple[_Campo, ...] | None:
    """The fields of the dataclass ``tipo`` where an identifier can be: the identifier
    elements, and the fields whose declared type can hold one below (signatures left out).
    ``None`` when ``tipo`` is not a dataclass. A lote has hundreds of objects with no
    identifier under them (values, dates, procedures): the walk does not enter them."""
    if not dataclasses.is_dataclass(tipo):
        return None
    return tuple(
        (atributo, nome, nome in _IDENTIFICADORES)
        for atributo, nome, classes in _declarados(tipo)
        if nome in _IDENTIFICADORES or classes is None or any(map(_alcanca, classes))
    )


_campos: Callable[[type], tuple[_Campo, ...] | None] = cache(_campos_de)
""":func:`_campos_de`, memoized per class."""


@cache
def _declarados(tipo: type) -> tuple[tuple[str, str, frozenset[type] | None], ...]:
    """(attribute, element name, the dataclasses it may hold) of each field of the dataclass
    ``tipo``, signatures left out (see :func:`_classes`)."""
    try:
        anotacoes: dict[str, Any] = typing.get_type_hints(tipo)
    except Exception:  # a type the walk cannot read: every field may hold anything
        anotacoes = {}
    return tuple(
        (c.name, nome, _classes(anotacoes.get(c.name, object)))
        for c in dataclasses.fields(tipo)
        if (nome := c.metadata.get("name", c.name)) not in _NAO_PERCORRER
    )


_VALORES = (str, bytes, int, float, Decimal, Enum, tuple)
"""What the generated classes hold besides one another: text, numbers, enumerations, and
``XmlDate`` and ``XmlTime`` (named tuples). The walk enters none of it."""


def _classes(anotacao: Any) -> frozenset[type] | None:
    """The dataclasses a field annotated ``anotacao`` may hold, through ``None | X``,
    ``list[X]`` and unions; ``None`` when it may hold anything (``object``, ``Any``, a type
    variable, a class that is neither a dataclass nor one of :data:`_VALORES`)."""
    if anotacao is None or anotacao is type(None):
        return frozenset()
    if typing.get_origin(anotacao) in (list, typing.Union, types.UnionType):
        classes: set[type] = set()
        for argumento in typing.get_args(anotacao):
            de_um = _classes(argumento)
            if de_um is None:
                return None
            classes |= de_um
        return frozenset(classes)
    if isinstance(anotacao, type) and issubclass(anotacao, _VALORES):
        return frozenset()
    if isinstance(anotacao, type) and dataclasses.is_dataclass(anotacao):
        return frozenset({anotacao})
    return None


@cache
def _alcanca(tipo: type) -> bool:
    """Whether an identifier can be in a dataclass ``tipo`` or below it: some dataclass
    reachable from it through the declared types has an identifier element or a field that
    may hold anything."""
    vistos, pendentes = {tipo}, [tipo]
    while pendentes:
        for _, nome, classes in _declarados(pendentes.pop()):
            if nome in _IDENTIFICADORES or classes is None:
                return True
            novas = classes - vistos
            vistos |= novas
            pendentes.extend(novas)
    return False


def _guia_de(xpath: str, numeros: dict[str, str]) -> str | None:
    if "/guiasTISS/" not in xpath:
        return None
    inicio, _, resto = xpath.partition("/guiasTISS/")
    return numeros.get(f"{inicio}/guiasTISS/{resto.split('/', 1)[0]}")


def _identificador(nome: str, valor: str, perfil: Perfil, versao: str | None) -> Achado | None:
    """The achado on the identifier element ``nome`` holding ``valor`` in a message of TISS
    ``versao``, without its place."""
    if nome in _REGISTROS_ANS:
        if not registro_ans_valido(valor):
            return REGISTRO_ANS.achado(
                f"Registro ANS {valor!r} inválido: deve ter 6 dígitos. Use o registro da "
                "operadora na ANS."
            )
        if perfil.registro_ans is not None and valor != perfil.registro_ans:
            return OPERADORA.achado(
                f"Registro ANS {valor} não é o de {perfil.nome} ({perfil.registro_ans}). "
                "Confira a operadora da guia ou o perfil usado."
            )
        return None
    if nome in _CNES:
        if cnes_valido(valor):
            return None
        return CNES.achado(
            f"CNES {valor!r} inválido: deve ter 7 dígitos (use "
            f"{CNES_SEM_CADASTRO} se o estabelecimento não tem CNES)."
        )
    if nome in _CNPJS | _CPF_OU_CNPJ and not cnpj_cabe_na_versao(valor, versao):
        return _cnpj_fora_da_versao(nome, valor, versao or "")
    if nome in _CPFS:
        tipo, valido, regra = "CPF", cpf_valido(valor), CPF
    elif nome in _CNPJS:
        tipo, valido, regra = "CNPJ", cnpj_valido(valor), CNPJ
    else:
        tipo, valido = "CPF/CNPJ", cpf_ou_cnpj_valido(valor)
        regra = CNPJ
    if valido:
        return None
    return regra.achado(
        f"{tipo} {valor!r} inválido (dígitos verificadores não conferem). "
        f"Corrija o {tipo} informado em {nome}."
    )


def _cnpj_fora_da_versao(nome: str, valor: str, versao: str) -> Achado:
    aceitam = versoes_cnpj_alfanumerico()
    digitos = "" if cnpj_valido(valor) else " Além disso, os dígitos verificadores não conferem."
    como = "Informe o CNPJ numérico."
    if aceitam:
        como = (
            f"O CNPJ com letras cabe na versão {', '.join(aceitam)}: se a operadora aceitar essa "
            "versão, reescreva o arquivo com: tiss-conecta converter ARQUIVO --para "
            f"{aceitam[-1]} -o SAIDA.xml; senão, informe o CNPJ numérico."
        )
    return CNPJ_ALFANUMERICO.achado(
        f"CNPJ alfanumérico {valor!r} em {nome}: a versão TISS {versao} só leva CNPJ de 14 "
        f"dígitos.{digitos} {como}"
    )
