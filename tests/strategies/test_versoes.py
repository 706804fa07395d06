"""What differs between the versions, as the strategies draw it.

Every limit is read from the XSD of the version (:func:`tiss_conecta.versoes.esquema`); the
differences the versions issue names (money 8-2 in 4.01.00 and 10-2 from 4.02.00, ``qtdUS``
7-2 from 4.02.00, the alphanumeric CNPJ and the required ``caraterAtendimento`` of 4.03.00)
are pinned against that reading.
"""

from __future__ import annotations

import re
from decimal import Decimal
from types import ModuleType
from typing import Any

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from xsdata.formats.dataclass.context import XmlContext

from tests.strategies.conftest import VERSOES
from tiss_conecta import models
from tiss_conecta import strategies as tst
from tiss_conecta.models.esquema import Restricao
from tiss_conecta.versoes import esquema

CONTEXT = XmlContext()
ALFANUMERICO = "4.03.00"
"""The first version whose ``st_CNPJ`` takes letters."""


def _classe(tiss: ModuleType, tipo: str) -> type:
    """The generated class of the named complexType ``tipo``."""
    for cls in vars(tiss).values():
        if isinstance(cls, type) and getattr(getattr(cls, "Meta", None), "name", None) == tipo:
            return cls
    raise LookupError(tipo)


def _campo(obj: Any, local: str) -> Any:
    """The value of the element ``local`` (its XML name) of a generated object."""
    var = next(v for v in CONTEXT.build(type(obj)).get_all_vars() if v.local_name == local)
    return getattr(obj, var.name)


def _tem_campo(cls: type, local: str) -> bool:
    return any(v.local_name == local for v in CONTEXT.build(cls).get_all_vars())


def _restricao(versao: str, tipo: str, caminho: str) -> Restricao:
    """The restriction of the simple type of element ``caminho`` inside ``tipo``."""
    elemento = esquema(versao).complexos[tipo].elemento(caminho)
    assert elemento is not None, f"{tipo}/{caminho} em {versao}"
    return esquema(versao).simples[elemento.tipo].restricao


def _digitos_do_xsd(restricao: Restricao) -> tuple[int, int]:
    return int(restricao.faceta("totalDigits") or 0), int(restricao.faceta("fractionDigits") or 0)


def _digitos(valor: Decimal) -> tuple[int, int]:
    """(total, fraction) digits of a decimal as written in XML, leading zeros not counted."""
    inteiro, _, fracao = f"{valor:f}".lstrip("-").partition(".")
    return len(inteiro.lstrip("0")) + len(fracao), len(fracao)


def _cabe(valor: Decimal, limite: tuple[int, int]) -> bool:
    total, fracao = _digitos(valor)
    return total <= limite[0] and fracao <= limite[1]


DINHEIRO = {"4.01.00": (8, 2), "4.02.00": (10, 2), "4.03.00": (10, 2)}
"""``ct_procedimentoExecutadoSadt`` valorUnitario/valorTotal, from the versions issue."""


@pytest.mark.parametrize("versao", VERSOES)
def test_money_fits_the_xsd_of_its_version(versao: str) -> None:
    tipo = "ct_procedimentoExecutadoSadt"
    limites = {
        nome: _digitos_do_xsd(_restricao(versao, tipo, nome))
        for nome in ("valorUnitario", "valorTotal")
    }
    assert set(limites.values()) == {DINHEIRO[versao]}

    @settings(max_examples=20)
    @given(tst.construir(_classe(models.carregar(versao), tipo)))
    def check(procedimento: Any) -> None:
        for nome, limite in limites.items():
            valor = _campo(procedimento, nome)
            assert isinstance(valor, Decimal)
            assert _cabe(valor, limite), (nome, valor, limite)

    check()


@pytest.mark.parametrize("versao", [v for v in VERSOES if DINHEIRO[v] != DINHEIRO["4.01.00"]])
def test_money_takes_the_room_of_its_version(versao: str) -> None:
    classe = _classe(models.carregar(versao), "ct_procedimentoExecutadoSadt")
    achado = find(tst.construir(classe), lambda p: _digitos(_campo(p, "valorTotal"))[0] > 8)
    assert _cabe(_campo(achado, "valorTotal"), DINHEIRO[versao])


QTD_US = {"4.01.00": (8, 2), "4.02.00": (7, 2), "4.03.00": (7, 2)}
"""``cto_guiaOdontologia/procedimentosExecutados/qtdUS``, from the versions issue."""


@pytest.mark.parametrize("versao", VERSOES)
def test_odonto_qtd_us_fits_the_xsd_of_its_version(versao: str) -> None:
    restricao = _restricao(versao, "cto_guiaOdontologia", "procedimentosExecutados/qtdUS")
    limite = _digitos_do_xsd(restricao)
    assert limite == QTD_US[versao]

    @settings(max_examples=15)
    @given(tst.guia_odontologia(versao=versao))
    def check(guia: Any) -> None:
        executados = _campo(guia, "procedimentosExecutados")
        assert executados
        for procedimento in executados:
            valor = _campo(procedimento, "qtdUS")
            assert valor is None or _cabe(valor, limite), (valor, limite)

    check()


def _cnpjs(versao: str) -> st.SearchStrategy[str]:
    """CNPJs of prestadores (``ct_prestadorIdentificacao/CNPJ``, an ``st_CNPJ``)."""
    classe = _classe(models.carregar(versao), "ct_prestadorIdentificacao")
    return (
        tst.construir(classe)
        .map(lambda prestador: _campo(prestador, "CNPJ"))
        .filter(lambda cnpj: cnpj is not None)
    )


@pytest.mark.parametrize("versao", VERSOES)
def test_cnpj_matches_the_pattern_of_its_version(versao: str) -> None:
    assert esquema(versao).complexos["ct_prestadorIdentificacao"].elemento("CNPJ") is not None
    padrao = esquema(versao).simples["st_CNPJ"].restricao.faceta("pattern")
    assert padrao is not None
    so_digitos = VERSOES.index(versao) < VERSOES.index(ALFANUMERICO)

    @settings(max_examples=20)
    @given(_cnpjs(versao))
    def check(cnpj: str) -> None:
        assert re.fullmatch(padrao, cnpj)
        assert len(cnpj) == 14
        if so_digitos:
            assert cnpj.isdigit()
        else:
            assert cnpj[-2:].isdigit()
            assert re.fullmatch("[A-Z0-9]+", cnpj)

    check()


@pytest.mark.parametrize("versao", VERSOES[VERSOES.index(ALFANUMERICO) :])
def test_cnpj_may_be_alphanumeric(versao: str) -> None:
    padrao = esquema(versao).simples["st_CNPJ"].restricao.faceta("pattern")
    assert padrao is not None
    cnpj = find(_cnpjs(versao), lambda cnpj: not cnpj.isdigit())
    assert re.fullmatch(padrao, cnpj)
    assert re.search("[A-Z]", cnpj[:12])


@pytest.mark.parametrize("versao", VERSOES)
def test_honorarios_carry_carater_atendimento_where_required(versao: str) -> None:
    elemento = (
        esquema(versao)
        .complexos["ctm_honorarioIndividualGuia"]
        .elemento("dadosInternacao/caraterAtendimento")
    )
    obrigatorio = elemento is not None and elemento.minimo >= 1
    assert obrigatorio == (versao == "4.03.00")
    codigos = set(esquema(versao).simples["dm_caraterAtendimento"].restricao.valores)

    @settings(max_examples=15)
    @given(tst.guia_honorarios(versao=versao))
    def check(guia: Any) -> None:
        internacao = _campo(guia, "dadosInternacao")
        if not _tem_campo(type(internacao), "caraterAtendimento"):
            assert not obrigatorio
            return
        carater = _campo(internacao, "caraterAtendimento")
        if obrigatorio:
            assert carater is not None
        assert carater is None or carater.value in codigos

    check()


CENTRO_CONSUMO = ("ct_procedimentoExecutado", "ct_procedimentoExecutadoOutras")


@pytest.mark.parametrize("tipo", CENTRO_CONSUMO)
@pytest.mark.parametrize("versao", VERSOES)
def test_centro_consumo_only_where_the_xsd_has_it(versao: str, tipo: str) -> None:
    classe = _classe(models.carregar(versao), tipo)
    no_xsd = esquema(versao).complexos[tipo].elemento("centroConsumo") is not None
    assert no_xsd == (versao == "4.03.00")
    assert _tem_campo(classe, "centroConsumo") == no_xsd
    if not no_xsd:
        return
    codigos = set(esquema(versao).simples["dm_centroConsumo"].restricao.valores)
    achado = find(tst.construir(classe), lambda p: _campo(p, "centroConsumo") is not None)
    assert _campo(achado, "centroConsumo").value in codigos

    @settings(max_examples=15)
    @given(tst.construir(classe))
    def check(procedimento: Any) -> None:
        centro = _campo(procedimento, "centroConsumo")
        assert centro is None or centro.value in codigos

    check()
