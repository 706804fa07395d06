"""The catalogue against the XSD enumerations, the TUSS table and the generated models."""

from __future__ import annotations

import datetime
import json
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiss_conecta import glosas
from tiss_conecta.errors import GlosaDesconhecida, TissError, TissVersionError

from .conftest import VERSOES

HOJE = datetime.date(2026, 11, 22)
FIM_DAS_FAIXAS = datetime.date(2026, 6, 30)
CODIGOS_DO_ARTIGO = {
    *("1402", "1403", "1426", "1702", "1705", "1707", "1714"),
    *("1813", "1816", "1817", "1818", "2514", "3052"),
}
CODIGOS_DAS_REGRAS = {
    *("1101", "1104", "1405", "1414", "1701", "1702"),
    *("2901", "2902", "2903", "2904", "2905", "2906", "5014"),
}


def _data(texto: str) -> datetime.date | None:
    return datetime.date.fromisoformat(texto) if texto else None


def _vigente(linha: dict[str, str], em: datetime.date) -> bool:
    inicio, fim = _data(linha["vigencia_inicio"]), _data(linha["vigencia_fim"])
    return inicio is not None and inicio <= em and (fim is None or em <= fim)


def _simplificar(texto: str) -> str:
    return re.sub(r"\s+", " ", texto).strip().removesuffix(".").casefold()


# --- coverage of the official enumerations -----------------------------------------------


@pytest.mark.parametrize(
    ("versao", "quantos"), [("4.01.00", 624), ("4.02.00", 624), ("4.03.00", 768)]
)
def test_every_xsd_code_has_a_description(
    xsd_codigos: dict[str, frozenset[str]], versao: str, quantos: int
) -> None:
    codigos = xsd_codigos[versao]
    assert len(codigos) == quantos
    descritos = [c for c in codigos if glosas.consultar(c).descricao.strip()]
    assert len(descritos) == quantos
    assert {g.codigo for g in glosas.catalogo(versao=versao)} == codigos


def test_versions_of_each_code_are_the_xsds_that_accept_it(
    xsd_codigos: dict[str, frozenset[str]],
) -> None:
    for g in glosas.catalogo():
        assert g.versoes == {v for v in VERSOES if g.codigo in xsd_codigos[v]}, g.codigo


def test_xsd_wording_kept_only_where_it_differs(
    xsd_comentarios_4_01_00: dict[str, str], xsd_codigos: dict[str, frozenset[str]]
) -> None:
    assert set(xsd_comentarios_4_01_00) == xsd_codigos["4.01.00"]
    diferentes = 0
    for codigo, comentario in xsd_comentarios_4_01_00.items():
        g = glosas.consultar(codigo)
        if _simplificar(comentario) == _simplificar(g.descricao):
            assert g.descricao_xsd_4_01_00 is None, codigo
        else:
            assert g.descricao_xsd_4_01_00 == comentario, codigo
            diferentes += 1
    assert diferentes > 0
    assert glosas.consultar(1017).descricao_xsd_4_01_00 == "DATA VALIDADE DA CARTEIRA VENCIDA"
    assert glosas.consultar(5014).descricao_xsd_4_01_00 is None  # only a final period differs
    assert glosas.consultar(3162).descricao_xsd_4_01_00 is None  # only the case differs


def test_every_member_of_the_generated_enum_resolves() -> None:
    from tiss_conecta.models.v4_01_00.tiss import DmTipoGlosa

    codigos = [m for m in DmTipoGlosa if m.value]
    assert len(codigos) == 624
    for membro in codigos:
        assert glosas.consultar(membro) is glosas.consultar(membro.value)
        assert glosas.consultar(membro).aceita_em("4.01.00")
    # The XSD also enumerates "" (no code): it is not a glosa.
    vazio = DmTipoGlosa("")
    with pytest.raises(GlosaDesconhecida):
        glosas.consultar(vazio)


def test_catalogue_is_the_whole_table(tabela: dict[str, dict[str, str]]) -> None:
    catalogo = glosas.catalogo()
    assert [g.codigo for g in catalogo] == sorted(tabela)
    for g in catalogo:
        linha = tabela[g.codigo]
        assert g.descricao == linha["descricao"].strip()
        assert g.grupo == (linha["grupo"] or None)
        assert g.grupo_origem == (linha["grupo_origem"] or None)
        assert g.vigencia_inicio == _data(linha["vigencia_inicio"])
        assert g.vigencia_fim == _data(linha["vigencia_fim"])


# --- the questions of the issue, from the API alone ----------------------------------


def test_codes_in_force_that_a_4_01_00_message_cannot_carry(
    tabela: dict[str, dict[str, str]],
) -> None:
    vigentes = {g.codigo for g in glosas.catalogo(em=HOJE)}
    no_4_01_00 = {g.codigo for g in glosas.catalogo(versao="4.01.00")}
    fora = vigentes - no_4_01_00
    esperado = {
        c for c, linha in tabela.items() if _vigente(linha, HOJE) and linha["em_4_01_00"] == "N"
    }
    assert fora == esperado
    assert len(fora) == 168  # SOURCE.md: "168 codes valid today ... not accepted by 4.01.00"
    assert {"3169", "3312", "5063", "5086"} <= fora


def test_codes_that_ended_on_2026_06_30(tabela: dict[str, dict[str, str]]) -> None:
    dia_seguinte = FIM_DAS_FAIXAS + datetime.timedelta(days=1)
    antes = {g.codigo for g in glosas.catalogo(em=FIM_DAS_FAIXAS)}
    depois = {g.codigo for g in glosas.catalogo(em=dia_seguinte)}
    encerradas = antes - depois
    esperado = {c for c, linha in tabela.items() if linha["vigencia_fim"] == "2026-06-30"}
    assert encerradas == esperado
    assert len(esperado) == 314
    assert {g.codigo for g in glosas.catalogo() if g.vigencia_fim == FIM_DAS_FAIXAS} == esperado


def test_whole_ranges_ended_on_2026_06_30() -> None:
    faixas = ("20", "21", "22", "23", "24", "27")  # SOURCE.md
    depois = FIM_DAS_FAIXAS + datetime.timedelta(days=1)
    faixa = [g for g in glosas.catalogo() if g.codigo.startswith(faixas) and g.na_tabela_tuss]
    assert faixa
    assert all(g.vigente_em(FIM_DAS_FAIXAS) and not g.vigente_em(depois) for g in faixa)


# --- guidance ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "codigo", sorted({*CODIGOS_DO_ARTIGO, *CODIGOS_DAS_REGRAS, "1206", "1002"})
)
def test_guidance(codigo: str) -> None:
    o = glosas.consultar(codigo).orientacao
    assert o is not None
    assert len(o.significado) > 40
    assert len(o.exemplo) > 40
    assert o.como_evitar
    assert o.anexos_recurso
    for frase in (o.significado, o.exemplo, *o.como_evitar, *o.anexos_recurso):
        assert frase[0].isupper(), frase
        assert frase.endswith("."), frase
        assert "  " not in frase


def test_guidance_only_where_written() -> None:
    com = {g.codigo for g in glosas.catalogo() if g.orientacao is not None}
    assert com == {*CODIGOS_DO_ARTIGO, *CODIGOS_DAS_REGRAS, "1206", "1002"}


# --- display -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codigo", "titulo"),
    [
        ("1705", "Valor apresentado a maior"),
        ("1206", "CPF / CNPJ inválido"),
        ("1509", "Código CID inválido"),
        ("1202", "Número do CNES inválido"),
        ("5001", "Mensagem eletrônica fora do padrão TISS"),
        ("5085", "Unidade de medida é obrigatória para a tabela TUSS informada"),
        ("2204", "Quantidade de OPME deve ser maior que zero"),
        ("1429", "CBO-S (especialidade) não autorizado a realizar o serviço"),
        ("3269", "Número do conselho/UF do profissional inativo, não informado ou inválido"),
        ("5014", "Código hash inválido. Mensagem pode estar corrompida"),
        ("1717", "Pago conforme relatório de auditoria externa - conta inicial"),
        ("2424", "Cobrança de taxa de observação para atendimento que gerou uma internação"),
        ("3162", "Código do protocolo não encontrado"),
        ("5076", "CPF não encontrado na Receita Federal"),
        (
            "1836",
            '"Analgesia por dia subsequente" incompatível com a via de administração do '
            "medicamento - VO ou IV periférica - sendo liberada visita hospitalar",
        ),
    ],
)
def test_titulo(codigo: str, titulo: str) -> None:
    assert glosas.consultar(codigo).titulo == titulo


def test_titulo_is_the_description_in_another_case() -> None:
    for g in glosas.catalogo():
        assert g.titulo.casefold() == _simplificar(g.descricao), g.codigo
        assert "  " not in g.titulo
        assert not g.titulo.endswith(".")
        primeira = next(c for c in g.titulo if c.isalpha())
        assert primeira.isupper()


def test_str_and_html() -> None:
    g = glosas.consultar(1705)
    assert str(g) == "1705 – Valor apresentado a maior"
    pagina = g._repr_html_()
    assert "1705 – Valor apresentado a maior" in pagina
    for parte in ("<table>", "Regra de Valorização", "Como evitar", "16/11/2006"):
        assert parte in pagina
    citado = glosas.consultar(1836)._repr_html_()
    assert "&quot;Analgesia" in citado
    assert '"Analgesia' not in citado


def test_glosa_is_a_frozen_value() -> None:
    g = glosas.consultar(1705)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        g.titulo = "outro"  # type: ignore[misc]
    assert attrs.evolve(g) == g
    assert hash(attrs.evolve(g)) == hash(g)


def test_to_dict_is_json() -> None:
    dados = json.loads(json.dumps(glosas.consultar(1702).to_dict()))
    assert dados["codigo"] == "1702"
    assert dados["vigencia_fim"] == "2026-06-30"
    assert dados["versoes"] == ["4.01.00", "4.02.00", "4.03.00"]
    assert dados["orientacao"]["como_evitar"]


# --- lookups and errors ------------------------------------------------------------------


@pytest.mark.parametrize("codigo", ["9999", 9999, "", "  ", "17O5", "01705", None, 1705.0, True])
def test_unknown_code(codigo: object) -> None:
    with pytest.raises(GlosaDesconhecida) as info:
        glosas.consultar(codigo)  # type: ignore[arg-type]
    erro = info.value
    assert isinstance(erro, KeyError)
    assert isinstance(erro, TissError)
    assert erro.codigo == "glosa.desconhecida"
    assert "não existe" in str(erro)
    assert "glosas.buscar" in str(erro)
    assert "--busca" in str(erro)
    assert not glosas.valida(codigo)  # type: ignore[arg-type]


def test_unknown_code_message_names_it() -> None:
    with pytest.raises(KeyError, match="'9999'"):
        glosas.consultar(9999)


def test_is_valid() -> None:
    assert glosas.valida("1705")
    assert glosas.valida(1705)
    assert glosas.valida("3209", versao="4.03.00")
    assert not glosas.valida("3209", versao="4.01.00")
    assert glosas.valida("1702", em=FIM_DAS_FAIXAS)
    assert not glosas.valida("1702", em=FIM_DAS_FAIXAS + datetime.timedelta(days=1))
    assert glosas.valida("1702", em=datetime.datetime(2026, 6, 30, 23, 59))
    assert not glosas.valida("1705", em=datetime.date(2006, 11, 15))
    # Codes known only from the XSD: accepted by it, but never in force in the TUSS table.
    assert glosas.valida("2906", versao="4.01.00")
    assert not glosas.consultar("2906").na_tabela_tuss
    assert not glosas.valida("2906", em=HOJE)


def test_unknown_version() -> None:
    with pytest.raises(TissVersionError) as info:
        glosas.catalogo(versao="3.05.00")
    # an argument, not a file: no XPath into a message, no advice to regenerate a file
    assert info.value.xpath is None
    assert "arquivo" not in (info.value.dica or "")
    assert "4.03.00" in (info.value.dica or "")
    with pytest.raises(TissVersionError):
        glosas.valida("1705", versao="4.01")


def test_grupos(tabela: dict[str, dict[str, str]]) -> None:
    esperado = list(dict.fromkeys(tabela[c]["grupo"] for c in sorted(tabela) if tabela[c]["grupo"]))
    assert list(glosas.grupos()) == esperado
    assert glosas.grupos()[:2] == ("Elegibilidade", "Protocolo")
    revisao = {c for c, linha in tabela.items() if linha["grupo"] == "Revisão de glosa"}
    assert {g.codigo for g in glosas.catalogo(grupo="REVISAO DE GLOSA")} == revisao
    assert glosas.catalogo(grupo="não existe") == []


def test_one_index() -> None:
    assert (
        glosas.consultar("1705")
        is glosas.consultar(1705)
        is glosas.catalogo()[[g.codigo for g in glosas.catalogo()].index("1705")]
    )


# --- properties --------------------------------------------------------------------------

datas = st.dates(datetime.date(2005, 1, 1), datetime.date(2030, 12, 31))


@given(st.data(), st.sampled_from(["", " ", "\t"]))
def test_get_str_equals_get_int(
    tabela: dict[str, dict[str, str]], data: st.DataObject, espaco: str
) -> None:
    codigo = data.draw(st.sampled_from(sorted(tabela)))
    assert (
        glosas.consultar(codigo)
        == glosas.consultar(int(codigo))
        == glosas.consultar(espaco + codigo + espaco)
    )
    assert glosas.consultar(codigo).codigo == codigo


@given(numero=st.integers(min_value=-10, max_value=100_000))
def test_is_valid_knows_exactly_the_table(tabela: dict[str, dict[str, str]], numero: int) -> None:
    assert glosas.valida(numero) == (str(numero) in tabela)
    assert glosas.valida(str(numero)) == (str(numero) in tabela)


@given(
    versao=st.one_of(st.none(), st.sampled_from(VERSOES)),
    em=st.one_of(st.none(), datas),
)
def test_catalogue_filters(
    tabela: dict[str, dict[str, str]], versao: str | None, em: datetime.date | None
) -> None:
    def passa(linha: dict[str, str]) -> bool:
        na_versao = versao is None or linha[f"em_{versao.replace('.', '_')}"] == "S"
        return na_versao and (em is None or _vigente(linha, em))

    resultado = glosas.catalogo(versao, em)
    assert {g.codigo for g in resultado} == {c for c, linha in tabela.items() if passa(linha)}
    for g in resultado:
        assert versao is None or g.aceita_em(versao)
        assert em is None or g.vigente_em(em)
        assert glosas.valida(g.codigo, versao, em)


@given(st.data())
def test_group_filter(tabela: dict[str, dict[str, str]], data: st.DataObject) -> None:
    grupo = data.draw(st.sampled_from(sorted({r["grupo"] for r in tabela.values()} - {""})))
    pedido = "".join(data.draw(st.sampled_from([c.lower(), c.upper()])) for c in grupo)
    resultado = glosas.catalogo(grupo=pedido)
    assert {g.codigo for g in resultado} == {c for c, r in tabela.items() if r["grupo"] == grupo}
    assert all(g.grupo == grupo for g in resultado)
