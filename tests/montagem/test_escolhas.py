"""Choices that cannot become a recurso raise ``RecursoInvalido`` with a stable code."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tiss_conecta as tiss
from tiss_conecta import strategies as tst
from tiss_conecta.errors import RecursoInvalido, TissError
from tiss_conecta.models import VERSAO_PADRAO
from tiss_conecta.montagem import (
    Escolha,
    EscolhaGuia,
    EscolhaItens,
    EscolhaProtocolo,
    ItemEscolhido,
    glosas_recorriveis,
    verificar_escolhas,
)
from tiss_conecta.rules import Perfil

from . import exemplos
from .exemplos import VERSOES

D = Decimal
por_versao = pytest.mark.parametrize("versao", VERSOES)


def _codigo(erro: pytest.ExceptionInfo[RecursoInvalido]) -> str:
    assert isinstance(erro.value, TissError)
    assert erro.value.mensagem  # Portuguese, for people
    assert f"[{erro.value.codigo}]" in str(erro.value)
    return erro.value.codigo


@por_versao
@settings(max_examples=10)
@given(texto=tst.texto_latin1(1, 500))
def test_any_latin1_justification_up_to_500_characters_is_written(versao: str, texto: str) -> None:
    r = exemplos.montar(exemplos.em(versao).seed(), [EscolhaProtocolo("1705", texto)])
    xml = tiss.to_xml(r)
    assert tiss.validate(xml).ok
    lido = tiss.parse(xml).prestador_para_operadora.recurso_glosa.guia_recurso_glosa
    assert lido.opcao_recurso.recurso_protocolo.justificativa_protocolo == texto


@settings(max_examples=25)
@given(st.integers(501, 2000))
def test_a_justification_over_500_characters_is_refused(n: int) -> None:
    with pytest.raises(RecursoInvalido) as erro:
        EscolhaGuia("A", "1702", "x" * n)
    assert _codigo(erro) == "recurso.justificativa"
    assert str(n) in erro.value.mensagem


@pytest.mark.parametrize("texto", ["", "   ", "\n\t", "aspas “curvas”", "emoji 🙂", "a\x01b"])
def test_blank_or_unwritable_justifications(texto: str) -> None:
    with pytest.raises(RecursoInvalido) as erro:
        EscolhaProtocolo("1705", texto)
    assert _codigo(erro) == "recurso.justificativa"
    with pytest.raises(RecursoInvalido):
        ItemEscolhido(1, "1705", justificativa=texto)


@por_versao
def test_the_profile_limit_on_justifications(versao: str) -> None:
    perfil = Perfil(nome="Operadora X", max_caracteres_justificativa=100)
    seed = exemplos.em(versao).seed()
    ok = EscolhaProtocolo("1705", "j" * 100)
    assert verificar_escolhas(seed, [ok], perfil=perfil) == D("300.00")
    longa = EscolhaProtocolo("1705", "j" * 101)
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(seed, [longa], perfil=perfil)
    assert _codigo(erro) == "recurso.justificativa"
    assert "Operadora X" in erro.value.mensagem
    assert "101" in erro.value.mensagem
    item = EscolhaItens("48740", [ItemEscolhido(1, "1705", justificativa="k" * 101)], "curta")
    with pytest.raises(RecursoInvalido):
        verificar_escolhas(seed, [item], perfil=perfil)


@pytest.mark.parametrize("valor", [D("0"), D("0.00"), D("-1.00"), D("1.001"), D("NaN"), 1.5, 10])
def test_values_must_be_positive_decimals_in_centavos(valor: Any) -> None:
    with pytest.raises(RecursoInvalido) as erro:
        ItemEscolhido(1, "1705", valor)
    assert _codigo(erro) == "recurso.valor"


@por_versao
@settings(max_examples=15)
@given(
    cabe=st.decimals(D("0.01"), D("300.00"), places=2),
    a_mais=st.decimals(D("0.01"), D("1e6"), places=2),
)
def test_up_to_the_glosado_value_and_not_a_centavo_more(
    versao: str, cabe: Decimal, a_mais: Decimal
) -> None:
    seed = exemplos.em(versao).seed()
    item = EscolhaItens("48740", [ItemEscolhido(1, "1705", cabe)], "ok")
    assert verificar_escolhas(seed, [item]) == cabe
    assert verificar_escolhas(seed, [EscolhaProtocolo("1705", "ok", cabe)]) == cabe
    demais = D("300.00") + a_mais
    for escolha in (
        EscolhaItens("48740", [ItemEscolhido(1, "1705", demais)], "ok"),
        EscolhaGuia("48740", "1705", "ok", demais),
        EscolhaProtocolo("1705", "ok", demais),
    ):
        with pytest.raises(RecursoInvalido) as erro:
            verificar_escolhas(seed, [escolha])
        assert _codigo(erro) == "recurso.valor"
        assert "R$" in erro.value.mensagem


@por_versao
def test_levels_the_xsd_does_not_allow_together(versao: str) -> None:
    rico = exemplos.em(versao).rico()
    casos: list[list[Any]] = [
        [EscolhaProtocolo("1426", "p"), EscolhaGuia("C", "1426", "g")],
        [EscolhaProtocolo("1426", "p"), EscolhaProtocolo("1426", "de novo")],
        [EscolhaGuia("A", "1702", "g"), EscolhaItens("A", [ItemEscolhido(1, "1705")], "i")],
    ]
    for escolhas in casos:
        with pytest.raises(RecursoInvalido) as erro:
            verificar_escolhas(rico, escolhas, protocolo=_protocolo(escolhas))
        assert _codigo(erro) == "recurso.niveis"


def _protocolo(escolhas: list[Any]) -> str:
    return "1002" if isinstance(escolhas[0], EscolhaProtocolo) else "1001"


@por_versao
def test_levels_that_may_go_together(versao: str) -> None:
    rico = exemplos.em(versao).rico()
    escolhas = [
        EscolhaGuia("A", "1702", "a guia inteira", D("25.00")),
        EscolhaGuia("A", "1705", "e a glosa do item pela guia", D("15.00")),
    ]
    assert verificar_escolhas(rico, escolhas, protocolo="1001") == D("40.00")
    separadas = [
        EscolhaItens("A", [ItemEscolhido(1, "1705")], "um item"),
        EscolhaItens("A", [ItemEscolhido(1, "1714", D("5.00"), "outro motivo")], "outro"),
    ]
    assert verificar_escolhas(rico, separadas, protocolo="1001") == D("35.00")
    xml = tiss.to_xml(exemplos.montar(rico, separadas, protocolo="1001"))
    assert tiss.validate(xml).ok
    rg = tiss.parse(xml).prestador_para_operadora.recurso_glosa.guia_recurso_glosa
    (guia,) = rg.opcao_recurso.recurso_guia
    assert (guia.numero_guia_origem, guia.numero_guia_operadora) == ("A", "OP-A")
    assert [
        (i.cod_glosa_item.value, i.justificativa_item) for i in guia.opcao_recurso_guia.itens_guia
    ] == [
        ("1705", "um item"),
        ("1714", "outro motivo"),
    ]


@por_versao
def test_a_guia_appealed_whole_for_more_than_its_glosa(versao: str) -> None:
    escolhas = [EscolhaGuia("A", "1702", "inteira"), EscolhaGuia("A", "1705", "e mais")]
    with pytest.raises(RecursoInvalido) as erro:  # 40 + 30 > the guia's 40
        verificar_escolhas(exemplos.em(versao).rico(), escolhas, protocolo="1001")
    assert _codigo(erro) == "recurso.valor"


@por_versao
@pytest.mark.parametrize(
    ("escolha", "protocolo"),
    [
        (EscolhaGuia("Z", "1702", "j"), "1001"),
        (EscolhaGuia("A", "1426", "j"), "1001"),
        (EscolhaItens("A", [ItemEscolhido(3, "1705")], "j"), "1001"),
        (EscolhaItens("A", [ItemEscolhido(2, "1705")], "j"), "1001"),
        (EscolhaItens("A", [ItemEscolhido(1, "1702")], "j"), "1001"),
        (EscolhaProtocolo("1705", "j"), "1002"),
        (EscolhaProtocolo("1426", "j"), "1001"),  # applied in protocolo 1002, not here
    ],
)
def test_what_the_demonstrativo_does_not_have(escolha: Any, protocolo: str, versao: str) -> None:
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(exemplos.em(versao).rico(), [escolha], protocolo=protocolo)
    assert _codigo(erro) == "recurso.alvo"


@por_versao
def test_a_glosa_of_no_value_cannot_be_appealed(versao: str) -> None:
    (zero,) = [g for g in glosas_recorriveis(exemplos.em(versao).rico()) if g.codigo == "1813"]
    assert not zero.recorrivel
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(exemplos.em(versao).rico(), [zero.escolha("j")], protocolo="1001")
    assert _codigo(erro) == "recurso.nada_a_recorrer"


@por_versao
def test_the_same_glosa_twice(versao: str) -> None:
    for escolhas in (
        [EscolhaGuia("A", "1702", "j"), EscolhaGuia("A", "1702", "k")],
        [EscolhaItens("A", [ItemEscolhido(1, "1705"), ItemEscolhido(1, "1705")], "j")],
    ):
        with pytest.raises(RecursoInvalido) as erro:
            verificar_escolhas(exemplos.em(versao).rico(), escolhas, protocolo="1001")
        assert _codigo(erro) == "recurso.repetida"


@por_versao
def test_100_guias_in_101_out(versao: str) -> None:
    ex = exemplos.em(versao)
    cem = [EscolhaGuia(f"G{j:03d}", "1705", "j") for j in range(1, 101)]
    msg = exemplos.montar(ex.varias_guias(100), cem)
    assert tiss.validate(tiss.to_xml(msg)).ok
    rg = msg.prestador_para_operadora.recurso_glosa.guia_recurso_glosa
    assert rg.valor_total_recursado == D("1000.00")  # 100 × R$ 10,00
    cento_e_uma = [*cem, EscolhaGuia("G101", "1705", "j")]
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(ex.varias_guias(101), cento_e_uma)
    assert _codigo(erro) == "recurso.max_guias"
    perfil = Perfil(nome="Operadora Y", max_guias_recurso=3)
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(ex.varias_guias(4), cem[:4], perfil=perfil)
    assert "Operadora Y" in erro.value.mensagem
    assert verificar_escolhas(ex.varias_guias(4), cem[:3], perfil=perfil) == D("30.00")


@por_versao
def test_which_protocolo(versao: str) -> None:
    rico = exemplos.em(versao).rico()
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(rico, [EscolhaGuia("A", "1702", "j")])
    assert _codigo(erro) == "recurso.protocolo"
    assert "1001, 1002" in erro.value.mensagem
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(rico, [EscolhaGuia("A", "1702", "j")], protocolo="9")
    assert _codigo(erro) == "recurso.protocolo"


@por_versao
def test_the_protocolo_as_the_portal_shows_it_without_leading_zeros(versao: str) -> None:
    ex = exemplos.em(versao)
    # the demonstrativo writes 000048740, the portal and the recurso (st_numerico12) 48740
    g = ex.guia("G1", [ex.item(1, "600.00", "300.00", ("1705", "300.00"))])
    demonstrativo = ex.mensagem(ex.demonstrativo(ex.protocolo("000048740", [g], "1705")))
    escolha = [EscolhaProtocolo("1705", "j")]
    for numero in ("48740", "000048740", "0048740"):
        assert verificar_escolhas(demonstrativo, escolha, protocolo=numero) == D("300.00")


def test_nothing_chosen_wrong_objects_and_codes() -> None:
    seed = exemplos.em(VERSAO_PADRAO).seed()  # checked before the demonstrativo is read
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(seed, [])
    assert _codigo(erro) == "recurso.vazio"
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(seed, ["1705"])  # type: ignore[list-item]
    assert _codigo(erro) == "recurso.escolha"
    for codigo in ("17O5", "170", "17051", "", True):
        with pytest.raises(RecursoInvalido) as erro:
            EscolhaGuia("A", codigo, "j")
        assert _codigo(erro) == "recurso.glosa"
    sem_itens: tuple[Any, ...] = ([], None, 5)
    for itens in sem_itens:
        with pytest.raises(RecursoInvalido) as erro:
            EscolhaItens("A", itens, "j")
        assert _codigo(erro) == "recurso.item"
    assert EscolhaGuia("A", 1705, "j").glosa == "1705"


@por_versao
def test_a_message_with_no_demonstrativo(versao: str) -> None:
    from tiss_conecta import examples

    with pytest.raises(RecursoInvalido) as erro:
        glosas_recorriveis(examples.lote_sadt(1, versao=versao))
    assert _codigo(erro) == "recurso.sem_demonstrativo"


@pytest.mark.parametrize("objeto", [None, "demonstrativo.xml", {"dadosConta": []}])
def test_what_is_not_a_tiss_model(objeto: object) -> None:
    with pytest.raises(RecursoInvalido) as erro:
        glosas_recorriveis(objeto)
    assert _codigo(erro) == "recurso.sem_demonstrativo"


@pytest.mark.parametrize(
    "kw",
    [
        {"numero_guia_prestador": "1" * 21},
        {"numero_guia_prestador": ""},
        {"sequencial_transacao": "1" * 13},
        {"numero_guia_operadora": "ç—"},
        {"data": dt.datetime(2023, 4, 19, 10, 0)},
        {"hora": "10:00"},
    ],
)
def test_bad_arguments(kw: dict[str, Any]) -> None:
    with pytest.raises(RecursoInvalido) as erro:
        exemplos.montar(exemplos.em(VERSAO_PADRAO).seed(), [EscolhaProtocolo("1705", "j")], **kw)
    assert _codigo(erro) == "recurso.argumento"


@por_versao
def test_a_guia_number_without_its_leading_zeros_is_the_same_guia(versao: str) -> None:
    # the shipped demonstrativo writes guia 00000002; the prestador may type 2, as
    # rules.recurso.Alvo and the protocolo already compare (leitura.numero)
    demonstrativo = tiss.parse(tiss.examples.caminho("demonstrativo-analise", versao))
    for guia in ("2", "02", "00000002"):
        escolha = EscolhaItens(guia, [ItemEscolhido(1, "1705")], "Valor contratado.")
        assert verificar_escolhas(demonstrativo, [escolha]) == D("15.00")
        assert verificar_escolhas(demonstrativo, [EscolhaGuia(guia, "1705", "j")]) == D("15.00")
    msg = exemplos.montar(
        demonstrativo, [EscolhaItens("2", [ItemEscolhido(1, "1705")], "Valor contratado.")]
    )
    xml = tiss.to_xml(msg)
    assert tiss.validate(xml).ok
    lido = tiss.parse(xml)
    (guia,) = (
        lido.prestador_para_operadora.recurso_glosa.guia_recurso_glosa.opcao_recurso.recurso_guia
    )
    assert guia.numero_guia_origem == "00000002"  # copied as the demonstrativo writes it
    analises = demonstrativo.operadora_para_prestador.demonstrativos_retorno
    perfil = Perfil(nome="Qualquer", versoes_tiss=(versao,))
    achados = tiss.rules.check(
        lido,
        perfil,
        data_envio=dt.date(2025, 6, 2),
        demonstrativos=analises.demonstrativo_analise_conta,
    )
    assert achados == []
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(demonstrativo, [EscolhaGuia("3", "1705", "j")])
    assert _codigo(erro) == "recurso.alvo"


@por_versao
def test_one_guia_written_two_ways_is_one_recursoguia(versao: str) -> None:
    demonstrativo = tiss.parse(tiss.examples.caminho("demonstrativo-analise", versao))
    duas_vezes = [
        EscolhaItens("2", [ItemEscolhido(1, "1705", D("5.00"))], "j"),
        EscolhaItens("00000002", [ItemEscolhido(1, "1705", D("5.00"))], "k"),
    ]
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(demonstrativo, duas_vezes)
    assert _codigo(erro) == "recurso.repetida"
    inteira_e_itens: list[Escolha] = [
        EscolhaGuia("2", "1705", "j"),
        EscolhaItens("00000002", [ItemEscolhido(1, "1705")], "k"),
    ]
    with pytest.raises(RecursoInvalido) as erro:
        verificar_escolhas(demonstrativo, inteira_e_itens)
    assert _codigo(erro) == "recurso.niveis"
    assert "guia 2:" in erro.value.mensagem  # named as the prestador first wrote it
