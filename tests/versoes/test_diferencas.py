"""The differences between versions come from the XSDs: a few known facts pinned."""

from __future__ import annotations

import re

import pytest
from lxml import etree

import tiss_conecta as tiss
from tests.conftest import SHARED
from tiss_conecta import versoes
from tiss_conecta.versoes import OQue

XS = "{http://www.w3.org/2001/XMLSchema}"


def enumeracao(versao: str, tipo: str) -> list[str]:
    """Values of a named simple type, read with lxml from ../shared (not from the library)."""
    sufixo = versao.replace(".", "_")
    arvore = etree.parse(str(SHARED / "tiss" / versao / "xsd" / f"tissSimpleTypesV{sufixo}.xsd"))
    no = arvore.find(f"{XS}simpleType[@name='{tipo}']")
    assert no is not None
    return [e.get("value", "") for e in no.iter(f"{XS}enumeration")]


def test_status_10_added_in_4_02_00() -> None:
    d = versoes.diferencas("4.01.00", "4.02.00")
    assert d.valores_adicionados("dm_statusProtocolo") == ("10",)
    assert d.valores_removidos("dm_statusProtocolo") == ()
    assert "10" in enumeracao("4.02.00", "dm_statusProtocolo")
    assert "10" not in enumeracao("4.01.00", "dm_statusProtocolo")


def test_cnpj_pattern_of_4_03_00() -> None:
    (mudanca,) = versoes.diferencas("4.02.00", "4.03.00").do_tipo("st_CNPJ")
    assert mudanca.o_que is OQue.FACETA
    assert mudanca.faceta == "pattern"
    assert (mudanca.antes, mudanca.depois) == ("[0-9]{14}", "[A-Z0-9]{12}[0-9]{2}")
    assert re.fullmatch(mudanca.depois or "", "12ABC34501DE35")  # Receita Federal's example


def test_the_144_glosa_codes_of_4_03_00() -> None:
    d = versoes.diferencas("4.02.00", "4.03.00")
    novos = d.valores_adicionados("dm_tipoGlosa")
    assert len(novos) == 144
    assert (novos[0], novos[-1]) == ("3169", "3312")
    assert set(novos) == set(enumeracao("4.03.00", "dm_tipoGlosa")) - set(
        enumeracao("4.02.00", "dm_tipoGlosa")
    )
    assert versoes.diferencas("4.01.00", "4.02.00").valores_adicionados("dm_tipoGlosa") == ()


def test_counts_of_changed_types() -> None:
    assert len(versoes.diferencas("4.01.00", "4.02.00").tipos_alterados) == 30
    assert len(versoes.diferencas("4.02.00", "4.03.00").tipos_alterados) == 11


def test_money_widens_and_qtdus_narrows_in_4_02_00() -> None:
    d = versoes.diferencas("4.01.00", "4.02.00")
    valor = [m for m in d.do_tipo("ct_procedimentoExecutadoSadt") if m.elemento == "valorTotal"]
    assert [m.o_que for m in valor] == [OQue.TIPO_DO_ELEMENTO]
    assert "st_decimal8-2" in (valor[0].antes or "")
    assert "st_decimal10-2" in (valor[0].depois or "")
    qtd = [m for m in d.do_tipo("cto_guiaOdontologia") if (m.elemento or "").endswith("qtdUS")]
    assert "st_decimal7-2" in (qtd[0].depois or "")


def test_required_carater_atendimento_in_4_03_00_honorarios() -> None:
    (novo,) = [
        m
        for m in versoes.diferencas("4.02.00", "4.03.00").do_tipo("ctm_honorarioIndividualGuia")
        if m.o_que is OQue.ELEMENTO_ADICIONADO
    ]
    assert novo.elemento == "dadosInternacao/caraterAtendimento"
    assert (novo.depois or "").endswith("1..1")


def test_reverse_diff_mirrors_the_forward_one() -> None:
    ida = versoes.diferencas("4.01.00", "4.03.00")
    volta = versoes.diferencas("4.03.00", "4.01.00")
    assert set(ida.tipos_alterados) == set(volta.tipos_alterados)
    assert ida.valores_adicionados("dm_tipoGlosa") == volta.valores_removidos("dm_tipoGlosa")
    assert {m.elemento for m in ida.mudancas if m.o_que is OQue.ELEMENTO_ADICIONADO} == {
        m.elemento for m in volta.mudancas if m.o_que is OQue.ELEMENTO_REMOVIDO
    }
    assert versoes.diferencas("4.02.00", "4.02.00").mudancas == ()


@pytest.mark.parametrize(("de", "para"), [("4.01.00", "4.02.00"), ("4.02.00", "4.03.00")])
def test_changed_types_are_exactly_those_whose_declaration_differs(de: str, para: str) -> None:
    """Compared apart: each named declaration as canonical XML, without comments or blanks."""
    parser = etree.XMLParser(remove_comments=True, remove_blank_text=True)

    def declaracoes(versao: str) -> dict[str, bytes]:
        sufixo = versao.replace(".", "_")
        found = {}
        for nome in ("SimpleTypes", "ComplexTypes", "Guias"):
            arquivo = SHARED / "tiss" / versao / "xsd" / f"tiss{nome}V{sufixo}.xsd"
            for no in etree.parse(str(arquivo), parser).getroot():
                if isinstance(no.tag, str) and no.get("name"):
                    found[no.get("name", "")] = etree.tostring(no, method="c14n")
        return found

    antes, depois = declaracoes(de), declaracoes(para)
    mudaram = {n for n in antes.keys() & depois.keys() if antes[n] != depois[n]}
    assert set(versoes.diferencas(de, para).tipos_alterados) == mudaram


def test_unknown_version_is_refused() -> None:
    with pytest.raises(tiss.TissVersionError) as info:
        versoes.diferencas("4.01.00", "3.05.00")
    assert "4.03.00" in str(info.value)


def test_padroes_aceitos_and_which_schema_reads_an_older_padrao() -> None:
    assert versoes.padroes_aceitos("4.01.00") == ("4.00.00", "4.00.01", "4.01.00")
    assert versoes.schemas_que_aceitam("4.03.00") == ("4.03.00",)
    assert versoes.schemas_que_aceitam("3.05.00") == ()


def test_report_text_json_and_html() -> None:
    d = versoes.diferencas("4.01.00", "4.02.00")
    texto = str(d)
    assert texto.startswith("TISS 4.01.00 → 4.02.00: 30 tipo(s) alterado(s)")
    assert "valores de dm_statusProtocolo: +1 (10)" in texto
    dados = d.to_dict()
    assert dados["de"] == "4.01.00"
    mudancas = dados["mudancas"]
    assert isinstance(mudancas, list)
    status = [m for m in mudancas if m["tipo"] == "dm_statusProtocolo"]
    assert status == [
        {
            "tipo": "dm_statusProtocolo",
            "o_que": "valores",
            "elemento": None,
            "faceta": None,
            "antes": None,
            "depois": None,
            "adicionados": ["10"],
            "removidos": [],
        }
    ]
    assert "<table>" in d._repr_html_()
