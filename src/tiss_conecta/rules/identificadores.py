"""Identifiers: CPF, CNPJ (also the alphanumeric CNPJ issued from July 2026), CNS,
registro ANS and CNES.

Check digits come from well-kept libraries: python-stdnum (CPF, CNPJ) and validate-docbr
(CNS). Each function takes the value as written in the message and never raises.

Which TISS versions can carry an alphanumeric CNPJ is read from the CNPJ pattern of each
version's generated models (:func:`versoes_cnpj_alfanumerico`: 4.03.00 on).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import cache
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


def cpf_valido(numero: str) -> bool:
    """Whether ``numero`` is a CPF with valid check digits (punctuation allowed); one digit
    repeated (``111.111.111-11``) passes the arithmetic but is no CPF.

    >>> cpf_valido("111.444.777-35"), cpf_valido("111.444.777-36"), cpf_valido("111.111.111-11")
    (True, False, False)
    """
    return bool(_cpf.is_valid(numero)) and len(set(_cpf.compact(numero))) > 1


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
    for xpath, nome, valor in _percorrer(ctx.mensagem, "/mensagemTISS", {}):
        if (nome, valor) not in julgados:
            julgados[nome, valor] = _identificador(nome, valor, ctx.perfil, ctx.versao)
        achado = julgados[nome, valor]
        if achado is not None:
            yield attrs.evolve(achado, xpath=xpath, numero_guia=_guia_de(xpath, numeros))


_Campos = tuple[tuple[str, str], ...]
"""(attribute, element name) of the fields of a generated dataclass that the walk enters."""


def _campos(tipo: type, conhecidos: dict[type, _Campos]) -> _Campos:
    campos = conhecidos.get(tipo)
    if campos is None:
        nomes = ((c.name, c.metadata.get("name", c.name)) for c in dataclasses.fields(tipo))
        campos = conhecidos[tipo] = tuple((a, n) for a, n in nomes if n not in _NAO_PERCORRER)
    return campos


def _percorrer(
    obj: Any, xpath: str, conhecidos: dict[type, _Campos]
) -> Iterator[tuple[str, str, str]]:
    """(xpath, element name, text) of every identifier element under ``obj``."""
    for atributo, nome in _campos(type(obj), conhecidos):
        valor = getattr(obj, atributo)
        if valor is None:
            continue
        if isinstance(valor, str):
            if nome in _IDENTIFICADORES:
                yield f"{xpath}/{nome}", nome, valor
        elif isinstance(valor, list):
            for i, v in enumerate(valor, 1):
                if dataclasses.is_dataclass(v):
                    yield from _percorrer(v, f"{xpath}/{nome}[{i}]", conhecidos)
                elif isinstance(v, str) and nome in _IDENTIFICADORES:
                    yield f"{xpath}/{nome}[{i}]", nome, v
        elif dataclasses.is_dataclass(valor):
            yield from _percorrer(valor, f"{xpath}/{nome}", conhecidos)


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
