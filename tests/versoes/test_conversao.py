"""Conversion between versions: converted and back to the original, or refused naming exactly
the fields the target cannot carry (worked out apart, in tests/versoes/oraculo.py)."""

from __future__ import annotations

import copy
import dataclasses
from collections import Counter
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import tiss_conecta as tiss
from tests.conftest import CORPUS
from tests.versoes.oraculo import recusas_esperadas, sem_indices
from tiss_conecta import examples, models, versoes
from tiss_conecta import strategies as tst


def _caso(nome: str, versao: str) -> st.SearchStrategy[Any]:
    """The message strategies of each kind, drawn in ``versao``."""
    if nome.startswith("lote_"):
        return tst.lote_guias(nome.removeprefix("lote_"), versao=versao)
    if nome == "demonstrativo":
        return tst.mensagem_demonstrativo_analise_conta(versao=versao)
    if nome == "recurso":
        return tst.mensagem_recurso_glosa(versao=versao)
    transacoes = st.sampled_from(sorted(tst.TRANSACOES))
    return transacoes.flatmap(lambda t: tst.mensagem(t, versao=versao))


CASOS = [*(f"lote_{t}" for t in tst.TIPOS_GUIA), "demonstrativo", "recurso", "transacao"]
PARES = [(de, para) for de in models.VERSOES for para in models.VERSOES if de != para]


def sem_hash(mensagem: Any) -> Any:
    return dataclasses.replace(mensagem, epilogo=None)


def recusados(mensagem: Any, para: str) -> Counter[str] | None:
    """The refused fields' XPaths (without indices), or ``None`` when it converted."""
    try:
        versoes.converter(mensagem, para)
    except tiss.ConversaoRecusada as recusa:
        campos, de = recusa.campos, recusa.de
    else:
        return None
    assert campos
    assert de == models.versao_de(mensagem)
    return Counter(sem_indices(c.xpath) for c in campos)


@pytest.mark.parametrize("caso", CASOS)
@pytest.mark.parametrize(("de", "para"), PARES, ids=[f"{a}-{b}" for a, b in PARES])
def test_converts_and_back_or_refuses_exactly_what_the_target_cannot_carry(
    caso: str, de: str, para: str
) -> None:
    @settings(max_examples=12)
    @given(_caso(caso, de))
    def propriedade(mensagem: Any) -> None:
        antes = copy.deepcopy(mensagem)
        esperados = recusas_esperadas(tiss.to_xml(mensagem), de, para)
        achados = recusados(mensagem, para)
        assert mensagem == antes  # the message given is not changed
        if esperados:
            assert achados == esperados
            return
        assert achados is None
        convertida = versoes.converter(mensagem, para)
        data = tiss.to_xml(convertida)
        relida = tiss.parse(data)
        assert models.versao_de(relida) == para
        assert relida.cabecalho.padrao.value == para
        assert tiss.validate(data).ok
        assert relida.epilogo.hash == convertida.epilogo.hash == tiss.compute_hash(data)
        if not recusas_esperadas(data, para, de):
            assert sem_hash(versoes.converter(relida, de)) == sem_hash(mensagem)

    propriedade()


def lote(versao: str = "4.03.00") -> Any:
    return tiss.parse(examples.caminho("lote-sadt", versao))


def guia(mensagem: Any, i: int = 0) -> Any:
    return mensagem.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[i]


GUIA = "/mensagemTISS/prestadorParaOperadora/loteGuias/guiasTISS/guiaSP-SADT"


def test_alphanumeric_cnpj_cannot_go_below_4_03_00() -> None:
    m = lote()
    guia(m, 1).dados_executante.contratado_executante.cnpj_contratado = "12ABC34501DE35"
    for para in ("4.01.00", "4.02.00"):
        with pytest.raises(tiss.ConversaoRecusada) as info:
            versoes.converter(m, para)
        (campo,) = info.value.campos
        assert campo.xpath == f"{GUIA}[2]/dadosExecutante/contratadoExecutante/cnpjContratado"
        assert campo.valor == "12ABC34501DE35"
        assert campo.problema == "formato"
        assert "[0-9]{14}" in campo.motivo
        assert info.value.de == "4.03.00"
        assert info.value.para == para
        assert isinstance(info.value, tiss.TissVersionError)


def test_every_field_is_named_with_its_value() -> None:
    m = lote()
    m.cabecalho.falha_negocio = models.carregar("4.03.00").DmTipoGlosa("3169")
    m.cabecalho.origem.identificacao_prestador.cnpj = "12ABC34501DE35"
    procedimentos = guia(m, 0).procedimentos_executados.procedimento_executado
    procedimentos[1].valor_total = Decimal("123456789.00")  # 10-2: 9 digits before the comma
    with pytest.raises(tiss.ConversaoRecusada) as info:
        versoes.converter(m, "4.01.00")
    campos = {(c.xpath.removeprefix(GUIA), c.valor, c.problema) for c in info.value.campos}
    assert campos == {
        ("/mensagemTISS/cabecalho/falhaNegocio", "3169", "codigo"),
        ("/mensagemTISS/cabecalho/origem/identificacaoPrestador/CNPJ", "12ABC34501DE35", "formato"),
        (
            "[1]/procedimentosExecutados/procedimentoExecutado[2]/valorTotal",
            "123456789.00",
            "formato",
        ),
    }
    assert "3 campo(s)" in str(info.value)
    assert "9 dígitos; cabem 8 (decimal 8-2) no TISS 4.01.00" in str(info.value)


@settings(max_examples=10)
@given(tst.mensagem_demonstrativo_analise_conta(versao="4.03.00"))
def test_descartar_drops_only_what_is_named_and_says_so(mensagem: Any) -> None:
    retorno = mensagem.operadora_para_prestador.demonstrativos_retorno
    guias = retorno.demonstrativo_analise_conta[0].dados_conta.dados_protocolo[0].relacao_guias
    assume(guias and guias[0].detalhes_guia)
    guias[0].detalhes_guia[0].centro_consumo = models.carregar("4.03.00").DmCentroConsumo("9")
    caminho = "dadosProtocolo[1]/relacaoGuias[1]/detalhesGuia[1]/centroConsumo"
    with pytest.raises(tiss.ConversaoRecusada) as info:
        versoes.converter(mensagem, "4.02.00")
    assert any(c.xpath.endswith(caminho) and c.valor == "9" for c in info.value.campos)
    descartar = ["centroConsumo", "observacao"]
    try:
        feita = versoes.conversao(mensagem, "4.02.00", descartar=descartar)
    except tiss.ConversaoRecusada as recusa:
        restantes = recusa.campos
    else:
        assert any(c.xpath.endswith(caminho) and c.valor == "9" for c in feita.descartados)
        assert {c.xpath.rsplit("/", 1)[-1] for c in feita.descartados} <= set(descartar)
        assert tiss.validate(tiss.to_xml(feita.mensagem)).ok
        return
    assert restantes
    assert {c.problema for c in restantes} <= {"codigo", "formato"}  # what descartar cannot fix


@settings(max_examples=5)
@given(tst.mensagem_demonstrativo_analise_conta(versao="4.02.00"))
def test_status_10_cannot_go_to_4_01_00(mensagem: Any) -> None:
    retorno = mensagem.operadora_para_prestador.demonstrativos_retorno
    protocolo = retorno.demonstrativo_analise_conta[0].dados_conta.dados_protocolo[0]
    protocolo.situacao_protocolo = models.carregar("4.02.00").DmStatusProtocolo("10")
    with pytest.raises(tiss.ConversaoRecusada) as info:
        versoes.converter(mensagem, "4.01.00")
    situacao = [c for c in info.value.campos if c.xpath.endswith("situacaoProtocolo")]
    assert [(c.valor, c.problema) for c in situacao][:1] == [("10", "codigo")]
    assert "dadosProtocolo[1]/situacaoProtocolo" in situacao[0].xpath


@settings(max_examples=5)
@given(tst.lote_guias("honorarios", versao="4.01.00"))
def test_preencher_with_a_value_outside_the_table_lists_the_allowed_ones(mensagem: Any) -> None:
    with pytest.raises(tiss.ConversaoRecusada) as info:
        versoes.converter(mensagem, "4.03.00", preencher={"caraterAtendimento": "7"})
    assert {c.problema for c in info.value.campos} >= {"exigido"}
    exigidos = [c for c in info.value.campos if c.problema == "exigido"]
    assert all("use um de: 1, 2" in c.motivo for c in exigidos)
    if len(exigidos) < len(info.value.campos):
        return  # something else in the drawn lote does not fit 4.03.00 either
    feita = versoes.conversao(mensagem, "4.03.00", preencher={"caraterAtendimento": "2"})
    guias = mensagem.prestador_para_operadora.lote_guias.guias_tiss.guia_honorarios
    assert [c.valor for c in feita.preenchidos] == ["2"] * len(guias)
    assert tiss.validate(tiss.to_xml(feita.mensagem)).ok


def test_same_version_gives_an_equal_copy_with_a_fresh_hash() -> None:
    m = lote("4.02.00")
    m.epilogo.hash = "0" * 32
    copia = versoes.converter(m, "4.02.00")
    assert copia is not m
    assert sem_hash(copia) == sem_hash(m)
    assert copia.epilogo.hash == tiss.compute_hash(examples.caminho("lote-sadt", "4.02.00"))


def test_to_xml_and_compute_hash_with_versao_convert() -> None:
    m = lote("4.01.00")
    shipped = examples.caminho("lote-sadt", "4.03.00").read_bytes()
    assert tiss.to_xml(m, versao="4.03.00", pretty=True) == shipped
    data = tiss.to_xml(m, versao="4.03.00")
    assert tiss.parse(data).cabecalho.padrao.value == "4.03.00"
    assert tiss.compute_hash(m, versao="4.03.00") == tiss.compute_hash(data)
    arquivo = examples.caminho("lote-sadt", "4.01.00")
    assert tiss.compute_hash(arquivo, versao="4.03.00") == tiss.compute_hash(
        examples.caminho("lote-sadt", "4.03.00")
    )
    assert tiss.compute_hash(arquivo, versao="4.01.00") == tiss.compute_hash(arquivo)


def test_invalid_source_is_refused_before_converting() -> None:
    m = lote("4.01.00")
    guia(m).cabecalho_guia.registro_ans = "12"
    with pytest.raises(tiss.TissSchemaError) as info:
        versoes.converter(m, "4.03.00")
    assert "4.01.00" in info.value.mensagem
    assert info.value.xpath is not None


def test_not_a_message_is_refused() -> None:
    with pytest.raises(tiss.TissSerializationError):
        versoes.converter("<mensagemTISS/>", "4.03.00")
    with pytest.raises(TypeError):
        versoes.converter(guia(lote()), "4.01.00")
    with pytest.raises(tiss.TissVersionError) as info:
        versoes.converter(lote(), "3.05.00")
    assert "4.01.00, 4.02.00, 4.03.00" in str(info.value)


ASSINATURA = (
    b"<ds:Signature><ds:SignedInfo>"
    b'<ds:CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>'
    b'<ds:SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>'
    b'<ds:Reference URI=""><ds:DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>'
    b"<ds:DigestValue>AAAA</ds:DigestValue></ds:Reference></ds:SignedInfo>"
    b"<ds:SignatureValue>BBBB</ds:SignatureValue></ds:Signature></ans:mensagemTISS>"
)


def test_a_signature_cannot_follow_a_conversion_unless_dropped() -> None:
    assinado = (
        examples.caminho("lote-sadt").read_bytes().replace(b"</ans:mensagemTISS>", ASSINATURA)
    )
    m = tiss.parse(assinado)
    assert m.signature is not None
    with pytest.raises(tiss.ConversaoRecusada) as info:
        versoes.converter(m, "4.03.00")
    (campo,) = info.value.campos
    assert (campo.xpath, campo.valor, campo.problema) == (
        "/mensagemTISS/Signature",
        "(assinatura digital)",
        "assinatura",
    )
    feita = versoes.conversao(m, "4.03.00", descartar="Signature")  # one name, as text
    assert [c.xpath for c in feita.descartados] == ["/mensagemTISS/Signature"]
    assert feita.mensagem.signature is None
    assert versoes.converter(m, "4.01.00").signature == m.signature  # same version: unchanged


def test_preencher_takes_a_number_and_reports_names_never_used() -> None:
    m = tiss.parse(next((CORPUS / "files").glob("023_*.xml")))  # one guia de honorários
    feita = versoes.conversao(
        m, "4.03.00", preencher={"caraterAtendimento": 2, "caraterAtendimeto": 1}, descartar=["x"]
    )
    assert [c.valor for c in feita.preenchidos] == ["2"]
    assert feita.ignorados == ("caraterAtendimeto", "x")


def test_the_refusal_lists_every_field_in_its_text() -> None:
    m = lote()
    for guia_ in m.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt:
        guia_.dados_executante.contratado_executante.cnpj_contratado = "12ABC34501DE35"
    with pytest.raises(tiss.ConversaoRecusada) as info:
        versoes.converter(m, "4.02.00")
    texto = str(info.value)
    assert texto.count("cnpjContratado = '12ABC34501DE35'") == 3
    assert info.value.suportadas == tuple(models.VERSOES)
    assert "\nComo corrigir: " in texto
