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
from functools import cache

from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from validate_docbr import CNS as _CNS

from tiss_conecta import models
from tiss_conecta.models import VERSIONS

__all__ = [
    "CNES_SEM_CADASTRO",
    "GLOSA_CNES",
    "GLOSA_CNS",
    "GLOSA_CPF_CNPJ",
    "GLOSA_REGISTRO_ANS",
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

GLOSA_CPF_CNPJ = "1206"
"""CPF / CNPJ INVÁLIDO (the crítica Conecta shows on upload)."""
GLOSA_CNS = "1002"
"""NÚMERO DO CARTÃO NACIONAL DE SAÚDE INVÁLIDO."""
GLOSA_CNES = "1202"
"""NÚMERO DO CNES INVÁLIDO."""
GLOSA_REGISTRO_ANS = "5027"
"""REGISTRO ANS DA OPERADORA INVÁLIDO."""

CNES_SEM_CADASTRO = "9999999"
"""What TISS asks for when the prestador has no CNES."""

_SEIS_DIGITOS = re.compile(r"[0-9]{6}")
_LETRA = re.compile(r"[A-Za-z]")
_SEPARADORES = re.compile(r"[\s./-]")
_SETE_DIGITOS = re.compile(r"[0-9]{7}")
_cns = _CNS()


def cpf_valido(numero: str) -> bool:
    """Whether ``numero`` is a CPF with valid check digits (punctuation allowed); one digit
    repeated (``111.111.111-11``) passes the arithmetic but is no CPF."""
    return bool(_cpf.is_valid(numero)) and len(set(_cpf.compact(numero))) > 1


def cnpj_valido(numero: str) -> bool:
    """Whether ``numero`` is a CNPJ with valid check digits, numeric or alphanumeric
    (``"12ABC34501DE35"``, issued by Receita Federal from July 2026)."""
    return bool(_cnpj.is_valid(numero))


def cnpj_alfanumerico(numero: str) -> bool:
    """Whether the CNPJ has letters (``"12ABC34501DE35"``): the form Receita Federal issues
    from July 2026, which only TISS 4.03.00 on can carry."""
    return _LETRA.search(numero) is not None


@cache
def versoes_cnpj_alfanumerico() -> tuple[str, ...]:
    """The supported TISS versions whose CNPJ fields take letters, as each version's generated
    models state their pattern (``[A-Z0-9]{12}[0-9]{2}`` in 4.03.00; ``[0-9]{14}`` before)."""
    exemplo = "12ABC34501DE35"
    return tuple(v for v in VERSIONS if re.fullmatch(_padrao_cnpj(v), exemplo))


def _padrao_cnpj(versao: str) -> str:
    campos = dataclasses.fields(models.load(versao).CtPrestadorIdentificacao)
    return str(next(c.metadata["pattern"] for c in campos if c.name == "cnpj"))


def cnpj_cabe_na_versao(numero: str, versao: str | None) -> bool:
    """Whether a message of TISS ``versao`` can carry this CNPJ: a numeric one always, an
    alphanumeric one only in :func:`versoes_cnpj_alfanumerico` (``None``: version unknown,
    not judged)."""
    return versao is None or not cnpj_alfanumerico(numero) or versao in versoes_cnpj_alfanumerico()


def cpf_ou_cnpj_valido(numero: str) -> bool:
    """A CPF (11 characters) or CNPJ (14) with valid check digits."""
    compacto = _SEPARADORES.sub("", numero)
    if len(compacto) == 11:
        return cpf_valido(compacto)
    return cnpj_valido(compacto)


def cns_valido(numero: str) -> bool:
    """Whether ``numero`` is a Cartão Nacional de Saúde (15 digits) with a valid check.

    TISS 4.00.00 removed ``numeroCNS`` from the guias; the check remains for systems that
    still keep the CNS (cadastro, digitação).
    """
    return bool(_cns.validate(numero))


def registro_ans_valido(numero: str) -> bool:
    """Whether ``numero`` has the form of a registro ANS: 6 digits."""
    return _SEIS_DIGITOS.fullmatch(numero) is not None


def cnes_valido(numero: str) -> bool:
    """Whether ``numero`` has the form of a CNES: 7 digits (``9999999`` when there is none)."""
    return _SETE_DIGITOS.fullmatch(numero) is not None
