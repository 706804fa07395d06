"""Every kind of libxml2 XSD error the TISS schemas produce, told in Portuguese with a hint,
the limit or the allowed values from the XSD, the line, the guia and the item.

Each case mutates the shipped example of every version and states by hand, from the XSD,
what the achado must say.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import tiss_conecta as tiss
from tiss_conecta import examples
from tiss_conecta.achados import Achado
from tiss_conecta.codec._xsd import compiled

NS = "http://www.ans.gov.br/padroes/tiss/schemas"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
VERSOES = ("4.01.00", "4.02.00", "4.03.00")
INGLES = re.compile(
    r"Element '|facet|not expected|is not|Expected is|The value|[Mm]issing|allowed|\{http"
)


def q(nome: str) -> str:
    return f"{{{NS}}}{nome}"


def exemplo(versao: str, nome: str = "lote-sadt") -> etree._Element:
    return etree.fromstring(examples.caminho(nome, versao).read_bytes())


def primeiro(raiz: etree._Element, nome: str) -> etree._Element:
    el = raiz.find(f".//{q(nome)}")
    assert el is not None, nome
    return el


def serializar(raiz: etree._Element) -> bytes:
    return etree.tostring(raiz, xml_declaration=True, encoding="ISO-8859-1")


def achados_xsd(dados: bytes, versao: str) -> list[Achado]:
    relatorio = tiss.validate(dados, versao=versao)
    return [a for a in relatorio.achados if a.codigo.startswith("xsd.")]


def tipos_libxml(dados: bytes, versao: str) -> list[str]:
    schema = compiled(versao)
    assert not schema.validate(etree.fromstring(dados).getroottree())
    return [e.type_name for e in schema.error_log]


def linha_de(dados: bytes, xpath: str) -> int:
    """The line of the first element at ``xpath`` (``ans:`` prefixed) in ``dados``."""
    achado = etree.fromstring(dados).xpath(xpath, namespaces={"ans": NS})
    assert achado
    linha = achado[0].sourceline
    assert isinstance(linha, int)
    return linha


@dataclass(frozen=True)
class Caso:
    tipo_libxml: str
    codigo: str
    mutar: Callable[[etree._Element], None]
    onde: str  # the XPath (ans: prefixed) of the element the achado is about, after mutation
    na_mensagem: tuple[str, ...]
    na_dica: tuple[str, ...]
    guia: str | None = None
    item: int | None = None


def _texto(nome: str, valor: str) -> Callable[[etree._Element], None]:
    def mutar(raiz: etree._Element) -> None:
        primeiro(raiz, nome).text = valor

    return mutar


def _nome_beneficiario(raiz: etree._Element) -> None:
    rn = primeiro(raiz, "atendimentoRN")
    novo = etree.Element(q("nomeBeneficiario"))
    novo.text = "MARIA"
    rn.addnext(novo)


def _sem_valor_total(raiz: etree._Element) -> None:
    proc = primeiro(raiz, "procedimentoExecutado")
    proc.remove(primeiro(proc, "valorTotal"))


def _sobra_em_destino(raiz: etree._Element) -> None:
    etree.SubElement(primeiro(raiz, "destino"), q("campoInventado")).text = "1"


def _texto_solto(raiz: etree._Element) -> None:
    primeiro(raiz, "dadosBeneficiario")[0].tail = "TEXTO PERDIDO"


def _atributo(nome: str, atributo: str, valor: str) -> Callable[[etree._Element], None]:
    def mutar(raiz: etree._Element) -> None:
        primeiro(raiz, nome).set(atributo, valor)

    return mutar


def _filho_em_cbos(raiz: etree._Element) -> None:
    etree.SubElement(primeiro(raiz, "CBOS"), q("codigo")).text = "225125"


GUIA1 = "//ans:guiaSP-SADT[1]"
ITEM1 = f"{GUIA1}//ans:procedimentoExecutado[1]"

CASOS = {
    "inesperado_com_esperados": Caso(
        "SCHEMAV_ELEMENT_CONTENT",
        "xsd.estrutura",
        _nome_beneficiario,
        f"{GUIA1}//ans:nomeBeneficiario",
        ("nomeBeneficiario", "dadosBeneficiario", "esperado um de: tipoIdent, identificadorBene"),
        ("nomeBeneficiario", "remova"),
        guia="00000001",
    ),
    "falta_filho": Caso(
        "SCHEMAV_ELEMENT_CONTENT",
        "xsd.estrutura",
        _sem_valor_total,
        ITEM1,
        ("falta o elemento valorTotal", "procedimentoExecutado"),
        ("inclua valorTotal",),
        guia="00000001",
        item=1,
    ),
    "inesperado_sem_esperados": Caso(
        "SCHEMAV_ELEMENT_CONTENT",
        "xsd.estrutura",
        _sobra_em_destino,
        "//ans:destino/ans:campoInventado",
        ("campoInventado", "destino"),
        ("remova campoInventado",),
    ),
    "dominio": Caso(
        "SCHEMAV_CVC_ENUMERATION_VALID",
        "xsd.dominio",
        _texto("CBOS", "2251"),
        f"{GUIA1}//ans:CBOS",
        ("'2251'", "CBOS", "dm_CBOS"),
        ("225105", "dm_CBOS", "valores"),  # first 2251xx code of dm_CBOS, in XSD order
        guia="00000001",
    ),
    "dominio_com_significado": Caso(
        "SCHEMAV_CVC_ENUMERATION_VALID",
        "xsd.dominio",
        _texto("caraterAtendimento", "7"),
        f"{GUIA1}//ans:caraterAtendimento",
        ("'7'", "caraterAtendimento", "dm_caraterAtendimento"),
        ("1 (Eletiva)", "2 (Urgência/Emergência)"),
        guia="00000001",
    ),
    "padrao": Caso(
        "SCHEMAV_CVC_PATTERN_VALID",
        "xsd.formato",
        _texto("registroANS", "4160-7"),  # st_registroANS: maxLength 6, pattern [0-9]{6}
        "//ans:destino/ans:registroANS",
        ("registroANS", "'4160-7'", "6 dígitos", "[0-9]{6}"),
        ("6 dígitos", "sem pontos, traços"),
    ),
    "comprimento_maximo": Caso(
        "SCHEMAV_CVC_MAXLENGTH_VALID",
        "xsd.tamanho",
        _texto("nomeProfissional", "X" * 80),
        f"{GUIA1}//ans:nomeProfissional",
        ("nomeProfissional", "80 caracteres", "máximo é 70"),
        ("70 caracteres",),
        guia="00000001",
    ),
    "comprimento_minimo": Caso(
        "SCHEMAV_CVC_MINLENGTH_VALID",
        "xsd.tamanho",
        _texto("numeroLote", ""),
        "//ans:numeroLote",
        ("numeroLote", "vazio", "1"),
        ("preencha numeroLote",),
    ),
    "comprimento_exato": Caso(
        "SCHEMAV_CVC_LENGTH_VALID",
        "xsd.tamanho",
        _texto("UF", "ES1"),
        f"{GUIA1}//ans:UF",
        ("UF", "3 caracteres", "exatamente 2"),
        ("exatamente 2",),
        guia="00000001",
    ),
    "digitos": Caso(
        "SCHEMAV_CVC_TOTALDIGITS_VALID",
        "xsd.digitos",
        _texto("reducaoAcrescimo", "12.34"),
        f"{ITEM1}/ans:reducaoAcrescimo",
        ("reducaoAcrescimo", "'12.34'", "no máximo 3"),
        ("1 dígito antes do ponto e 2 depois",),  # st_decimal3-2
        guia="00000001",
        item=1,
    ),
    "casas_decimais": Caso(
        "SCHEMAV_CVC_FRACTIONDIGITS_VALID",
        "xsd.digitos",
        _texto("valorUnitario", "8.505"),
        f"{ITEM1}/ans:valorUnitario",
        ("valorUnitario", "'8.505'", "casas decimais", "2"),
        ("2 casas decimais", "8.51"),
        guia="00000001",
        item=1,
    ),
    "data": Caso(
        "SCHEMAV_CVC_DATATYPE_VALID_1_2_1",
        "xsd.tipo",
        _texto("dataSolicitacao", "29/05/2025"),
        f"{GUIA1}//ans:dataSolicitacao",
        ("dataSolicitacao", "'29/05/2025'", "AAAA-MM-DD"),
        ("2025-05-29",),
        guia="00000001",
    ),
    "decimal": Caso(
        "SCHEMAV_CVC_DATATYPE_VALID_1_2_1",
        "xsd.tipo",
        _texto("valorUnitario", "8,50"),
        f"{ITEM1}/ans:valorUnitario",
        ("valorUnitario", "'8,50'", "decimal com ponto"),
        ("'8.50'",),
        guia="00000001",
        item=1,
    ),
    "inteiro": Caso(
        "SCHEMAV_CVC_DATATYPE_VALID_1_2_1",
        "xsd.tipo",
        _texto("quantidadeExecutada", "um"),
        f"{ITEM1}/ans:quantidadeExecutada",
        ("quantidadeExecutada", "'um'", "inteiro"),
        ("só dígitos",),
        guia="00000001",
        item=1,
    ),
    "texto_em_elemento_composto": Caso(
        "SCHEMAV_CVC_COMPLEX_TYPE_2_3",
        "xsd.conteudo",
        _texto_solto,
        f"{GUIA1}/ans:dadosBeneficiario",
        ("dadosBeneficiario", "TEXTO PERDIDO", "só admite elementos"),
        ("remova o texto",),
        guia="00000001",
    ),
    "elemento_em_campo_simples": Caso(
        "SCHEMAV_CVC_TYPE_3_1_2",
        "xsd.conteudo",
        _filho_em_cbos,
        f"{GUIA1}//ans:CBOS",
        ("CBOS", "campo simples", "codigo"),
        ("só o valor",),
        guia="00000001",
    ),
    "atributo_em_elemento_composto": Caso(
        "SCHEMAV_CVC_COMPLEX_TYPE_3_2_1",
        "xsd.atributo",
        _atributo("cabecalho", "versao", "1"),
        "//ans:cabecalho",
        ("atributo versao", "cabecalho"),
        ("remova o atributo versao",),
    ),
    "atributo_em_campo_simples": Caso(
        "SCHEMAV_CVC_TYPE_3_1_1",
        "xsd.atributo",
        _atributo("CBOS", "tipo", "x"),
        f"{GUIA1}//ans:CBOS",
        ("atributo tipo", "CBOS"),
        ("remova o atributo tipo",),
        guia="00000001",
    ),
    "nulo": Caso(
        "SCHEMAV_CVC_ELT_3_1",
        "xsd.atributo",
        _atributo("CBOS", f"{{{XSI}}}nil", "true"),
        f"{GUIA1}//ans:CBOS",
        ("CBOS", "nulo", "xsi:nil"),
        ("remova xsi:nil",),
        guia="00000001",
    ),
    "xsi_type": Caso(
        "SCHEMAV_CVC_ELT_4_2",
        "xsd.atributo",
        _atributo("numeroLote", f"{{{XSI}}}type", "ans:tipoInventado"),
        "//ans:numeroLote",
        ("xsi:type", "numeroLote"),
        ("remova o atributo xsi:type",),
    ),
}


def _caso_dados(nome: str, versao: str) -> tuple[Caso, bytes]:
    caso = CASOS[nome]
    raiz = exemplo(versao)
    caso.mutar(raiz)
    return caso, serializar(raiz)


@pytest.mark.parametrize("versao", VERSOES)
@pytest.mark.parametrize("nome", sorted(CASOS))
def test_cada_tipo_de_erro_em_portugues(nome: str, versao: str) -> None:
    caso, dados = _caso_dados(nome, versao)
    assert caso.tipo_libxml in tipos_libxml(dados, versao)
    achado = achados_xsd(dados, versao)[0]
    assert achado.codigo == caso.codigo
    for trecho in caso.na_mensagem:
        assert trecho in achado.mensagem
    assert achado.dica is not None
    for trecho in caso.na_dica:
        assert trecho in achado.dica
    assert not INGLES.search(achado.mensagem + achado.dica)
    assert achado.linha == linha_de(dados, caso.onde)
    assert achado.xpath is not None
    assert ":" not in achado.xpath
    assert achado.numero_guia == caso.guia
    assert achado.item == caso.item


@pytest.mark.parametrize("versao", VERSOES)
def test_raiz_que_nao_e_mensagem_tiss(versao: str) -> None:
    dados = f"<ans:loteGuias xmlns:ans='{NS}'><ans:numeroLote>1</ans:numeroLote>"
    dados += "</ans:loteGuias>"
    schema = compiled(versao)
    assert not schema.validate(etree.fromstring(dados).getroottree())
    assert [e.type_name for e in schema.error_log] == ["SCHEMAV_CVC_ELT_1"]
    from tiss_conecta.codec._xsd import achados_xsd as traduzir

    (achado,) = traduzir(etree.fromstring(dados), versao)
    assert achado.codigo == "xsd.raiz"
    assert "loteGuias" in achado.mensagem
    assert achado.dica is not None
    assert "mensagemTISS" in achado.dica
    assert achado.linha == 1


@pytest.mark.parametrize("versao", VERSOES)
def test_atributo_xsi_type_com_prefixo_desconhecido(versao: str) -> None:
    raiz = exemplo(versao)
    primeiro(raiz, "numeroLote").set(f"{{{XSI}}}type", "xx:int")
    dados = serializar(raiz)
    assert "SCHEMAV_CVC_DATATYPE_VALID_1_2_1" in tipos_libxml(dados, versao)
    achado = achados_xsd(dados, versao)[0]
    assert achado.codigo == "xsd.atributo"
    assert "xsi:type" in achado.mensagem
    assert "numeroLote" in achado.mensagem
    assert not INGLES.search(achado.mensagem + (achado.dica or ""))


@pytest.mark.parametrize("versao", VERSOES)
def test_guia_101_de_um_lote(versao: str) -> None:
    raiz = exemplo(versao)
    guias = primeiro(raiz, "guiasTISS")
    modelo = guias[0]
    while len(guias) < 101:
        nova = copy.deepcopy(modelo)
        primeiro(nova, "numeroGuiaPrestador").text = f"{len(guias) + 1:08d}"
        guias.append(nova)
    dados = serializar(raiz)
    (achado,) = achados_xsd(dados, versao)
    assert achado.codigo == "xsd.estrutura"
    assert "guiaSP-SADT" in achado.mensagem
    assert "101" in achado.mensagem
    assert "100" in achado.mensagem
    assert achado.dica == "um lote tem no máximo 100 guias; divida em outro lote"
    assert achado.numero_guia == "00000101"
    assert achado.linha == linha_de(dados, "//ans:guiaSP-SADT[101]")
    assert achado.xpath is not None
    assert achado.xpath.endswith("guiaSP-SADT[101]")
    assert achado.glosa == "5015"  # guias dentro da mensagem acima do máximo permitido


# The glosa the portal answers, from TUSS table 38: the field's own where the table names
# the field, else 5001 (MENSAGEM ELETRÔNICA FORA DO PADRÃO TISS).
GLOSAS = [
    ("caraterAtendimento", "7", "5031"),  # CARÁTER DE ATENDIMENTO INVÁLIDO
    ("registroANS", "4160-7", "5027"),  # REGISTRO ANS DA OPERADORA INVÁLIDO
    ("dataRegistroTransacao", "29/05/2025", "5025"),  # DATA DE REGISTRO DA TRANSAÇÃO INVÁLIDA
    ("CBOS", "2251", "5001"),
    ("valorUnitario", "8.505", "5001"),
]


@pytest.mark.parametrize("versao", VERSOES)
@pytest.mark.parametrize(("campo", "valor", "glosa"), GLOSAS)
def test_cada_achado_traz_a_glosa_do_portal(
    campo: str, valor: str, glosa: str, versao: str
) -> None:
    raiz = exemplo(versao)
    primeiro(raiz, campo).text = valor
    (achado,) = achados_xsd(serializar(raiz), versao)
    assert achado.glosa == glosa


@pytest.mark.parametrize("versao", VERSOES)
def test_arquivo_sem_prefixo_namespace_padrao(versao: str) -> None:
    texto = examples.caminho("lote-sadt", versao).read_text(encoding="iso-8859-1")
    texto = texto.replace("xmlns:ans=", "xmlns=").replace("<ans:", "<").replace("</ans:", "</")
    texto = texto.replace("<CBOS>225125<", "<CBOS>2251<", 1)
    dados = texto.encode("iso-8859-1")
    schema = compiled(versao)
    assert not schema.validate(etree.fromstring(dados).getroottree())
    assert str(next(iter(schema.error_log)).path).startswith("/*/*[")  # libxml2's positional form
    (achado,) = achados_xsd(dados, versao)
    assert achado.codigo == "xsd.dominio"
    assert achado.numero_guia == "00000001"
    assert achado.xpath == (
        "/mensagemTISS/prestadorParaOperadora/loteGuias/guiasTISS/guiaSP-SADT[1]"
        "/dadosSolicitante/profissionalSolicitante/CBOS"
    )
    assert "dm_CBOS" in achado.mensagem
    assert achado.linha is not None
    assert "<CBOS>2251<" in texto.splitlines()[achado.linha - 1]


@pytest.mark.parametrize("versao", VERSOES)
@pytest.mark.parametrize("nome", ["inesperado_com_esperados", "dominio", "digitos", "data"])
def test_parse_estrito_e_validate_dao_o_mesmo_codigo(nome: str, versao: str) -> None:
    caso, dados = _caso_dados(nome, versao)
    achado = achados_xsd(dados, versao)[0]
    with pytest.raises(tiss.TissSchemaError) as info:
        tiss.parse(dados, strict=True, versao=versao)
    assert info.value.codigo == achado.codigo == caso.codigo
    assert info.value.dica == achado.dica
    assert info.value.mensagem == achado.mensagem
    assert info.value.linha == achado.linha


_VALORES = st.sampled_from(
    ["", "abc", "-1", "9" * 25, "1.23456", "2025-13-40", "02/06/2025", "1,5", "X" * 200, " "]
)
_MUTACOES = st.sampled_from(
    ["apagar", "duplicar", "renomear", "valor", "atributo", "texto", "filho", "primeiro"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    versao=st.sampled_from(VERSOES),
    exemplo_nome=st.sampled_from(sorted(examples.EXEMPLOS)),
    indice=st.integers(min_value=0, max_value=10_000),
    mutacao=_MUTACOES,
    valor=_VALORES,
)
def test_nenhuma_mensagem_em_ingles(
    versao: str, exemplo_nome: str, indice: int, mutacao: str, valor: str
) -> None:
    raiz = exemplo(versao, exemplo_nome)
    elementos = list(raiz.iter(etree.Element))
    el = elementos[indice % len(elementos)]
    pai = el.getparent()
    if mutacao == "apagar" and pai is not None:
        pai.remove(el)
    elif mutacao == "duplicar" and pai is not None:
        el.addnext(copy.deepcopy(el))
    elif mutacao == "renomear":
        el.tag = q("campoInventado")
    elif mutacao == "valor" and len(el) == 0:
        el.text = valor
    elif mutacao == "atributo":
        el.set("extra", valor)
    elif mutacao == "texto" and len(el):
        el[0].tail = valor or "x"
    elif mutacao == "filho":
        etree.SubElement(el, q("campoInventado"))
    elif mutacao == "primeiro" and pai is not None and pai.index(el):
        pai.remove(el)
        pai.insert(0, el)
    dados = serializar(raiz)
    for achado in achados_xsd(dados, versao):
        assert achado.codigo in {
            "xsd.estrutura",
            "xsd.formato",
            "xsd.dominio",
            "xsd.tamanho",
            "xsd.digitos",
            "xsd.tipo",
            "xsd.limite",
            "xsd.raiz",
            "xsd.atributo",
            "xsd.conteudo",
        }
        assert achado.dica
        assert not INGLES.search(achado.mensagem), achado.mensagem
        assert not INGLES.search(achado.dica), achado.dica
        assert achado.xpath is not None


@pytest.mark.parametrize("versao", VERSOES)
def test_elemento_esperado_em_outro_namespace(versao: str) -> None:
    # the right name in the wrong namespace: not "numeroLote inesperado; esperado numeroLote"
    dados = examples.caminho("lote-sadt", versao).read_bytes()
    dados = dados.replace(
        b"<ans:numeroLote>1</ans:numeroLote>", b'<x:numeroLote xmlns:x="urn:x">1</x:numeroLote>'
    )
    (achado,) = achados_xsd(dados, versao)
    assert achado.codigo == "xsd.estrutura"
    assert achado.mensagem == (
        "o elemento numeroLote em loteGuias está no namespace urn:x, não no namespace da ANS"
    )
    assert achado.dica is not None
    assert achado.dica.startswith("escreva-o como ans:numeroLote")
