"""The generated readers and writers (``codec._rapido``) equal xsdata's binding.

For every message type of every version: the same bytes from ``to_xml`` (compact and
pretty) and the same hash, and the same objects from ``parse``. For input the generated
code does not take (mutated files, odd text, the corpus), ``parse`` and ``to_xml`` give
the same outcome, object or error, as with the generated code switched off.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from xsdata.models.datatype import XmlDate

import tiss_conecta as tiss
from tests.conftest import CORPUS
from tiss_conecta import models
from tiss_conecta import strategies as tst
from tiss_conecta.codec import _fonte, _hash, _modelos, _rapido
from tiss_conecta.errors import TissError
from tiss_conecta.examples import lote_sadt

VERSOES = tuple(models.VERSOES)
LENTO = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def ler_pelo_xsdata(data: bytes, versao: str) -> Any:
    return _modelos.ler_por_xsdata(_fonte.load(data).root, versao)


def ler_pelo_rapido(data: bytes, versao: str) -> Any:
    return _rapido.ler(_fonte.load(data).root, versao)


def exato(valor: Any) -> Any:
    """``valor`` as nested tuples that tell apart what ``==`` does not: ``Decimal("1.0")``
    and ``Decimal("1.00")``, ``1`` and ``True``, a str and a str subclass."""
    if dataclasses.is_dataclass(valor) and not isinstance(valor, type):
        campos = dataclasses.fields(valor)
        return (type(valor), tuple((c.name, exato(getattr(valor, c.name))) for c in campos))
    if isinstance(valor, list):
        return (list, tuple(exato(v) for v in valor))
    if isinstance(valor, Decimal):
        return (Decimal, str(valor))
    return (type(valor), valor)


def desfecho(funcao: Callable[[], Any]) -> tuple[Any, ...]:
    """What a call gives: its value, or its error's class, code and message."""
    try:
        return ("valor", exato(funcao()))
    except TissError as exc:
        return ("erro", type(exc), exc.codigo, str(exc))


@contextmanager
def vigiando_o_xsdata() -> Iterator[list[str]]:
    """The names of xsdata's paths (reading, writing, rendering) called within the block."""
    chamados: list[str] = []
    with pytest.MonkeyPatch.context() as m:
        for nome in ("ler_por_xsdata", "to_xml_por_xsdata", "render_por_xsdata"):
            original = getattr(_modelos, nome)

            def vigiado(*args: Any, _nome: str = nome, _f: Any = original, **kw: Any) -> Any:
                chamados.append(_nome)
                return _f(*args, **kw)

            m.setattr(_modelos, nome, vigiado)
        yield chamados


def nos_dois_caminhos(
    monkeypatch: pytest.MonkeyPatch, funcao: Callable[[], Any]
) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The outcome of ``funcao`` with the generated code, then with xsdata's path only."""
    rapido = desfecho(funcao)
    with monkeypatch.context() as m:

        def desvia(*args: object) -> Any:
            raise _rapido.Desvio("desligado no teste")

        m.setattr(_rapido, "ler", desvia)
        m.setattr(_rapido, "escrever", desvia)
        lento = desfecho(funcao)
    return rapido, lento


def conferir_mensagem(mensagem: Any) -> None:
    """The generated writer takes ``mensagem`` and agrees with xsdata, and so does the
    generated reader on what was written; neither falls back to xsdata."""
    versao = models.versao_de(mensagem)
    assert versao is not None
    esperado = _modelos.to_xml_por_xsdata(mensagem)
    bonito = _modelos.to_xml_por_xsdata(mensagem, pretty=True)
    arvore = etree.tostring(_modelos.render_por_xsdata(mensagem))
    lido, lido_bonito = ler_pelo_xsdata(esperado, versao), ler_pelo_xsdata(bonito, versao)
    texto, resumo = _rapido.escrever(mensagem)
    assert _modelos.DECLARATION + texto.encode("iso-8859-1") == esperado
    assert resumo == _hash.hash_tree(_fonte.load(esperado).root)
    with vigiando_o_xsdata() as chamados:
        assert tiss.to_xml(mensagem) == esperado
        assert tiss.compute_hash(mensagem) == resumo
        assert tiss.to_xml(mensagem, pretty=True) == bonito
        assert etree.tostring(_modelos.render(mensagem)) == arvore
        assert exato(tiss.parse(esperado)) == exato(lido)
        assert exato(tiss.parse(bonito)) == exato(lido_bonito)
    assert chamados == []


@pytest.mark.parametrize("versao", VERSOES)
@pytest.mark.parametrize("tipo", sorted(tst.TRANSACOES))
def test_cada_transacao_de_cada_versao_como_o_xsdata(tipo: str, versao: str) -> None:
    @LENTO
    @given(tst.mensagem(tipo, versao=versao))
    def propriedade(mensagem: Any) -> None:
        conferir_mensagem(mensagem)

    propriedade()


@pytest.mark.parametrize("versao", VERSOES)
def test_o_lote_de_100_guias_como_o_xsdata(versao: str) -> None:
    conferir_mensagem(lote_sadt(100, versao=versao, itens_por_guia=3))


@pytest.mark.parametrize("hash_", [None, "", "abc", "a&b"])
@pytest.mark.parametrize("sem_epilogo", [False, True])
def test_render_poe_o_epilogo_que_a_mensagem_tem(hash_: str | None, sem_epilogo: bool) -> None:
    mensagem = lote_sadt(1, versao="4.02.00")
    mensagem.epilogo = None if sem_epilogo else models.carregar("4.02.00").Epilogo(hash=hash_)
    assert etree.tostring(_modelos.render(mensagem)) == etree.tostring(
        _modelos.render_por_xsdata(mensagem)
    )


TEXTO = st.text(
    st.characters(codec="latin-1") | st.sampled_from("&<>\r\n\t\"' \x00\x1f\x7f\x85\u2019"),
    max_size=30,
)


@settings(max_examples=150, deadline=None)
@given(texto=TEXTO, versao=st.sampled_from(VERSOES))
def test_qualquer_texto_escrito_e_lido_como_pelo_xsdata(texto: str, versao: str) -> None:
    mensagem = lote_sadt(1, versao=versao)
    guia = mensagem.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[0]
    guia.observacao = texto
    guia.dados_beneficiario.numero_carteira = texto
    with pytest.MonkeyPatch.context() as monkeypatch:
        rapido, lento = nos_dois_caminhos(monkeypatch, lambda: tiss.to_xml(mensagem))
        assert rapido == lento
        if rapido[0] == "valor":
            dados = tiss.to_xml(mensagem)
            lido = ("valor", exato(ler_pelo_xsdata(dados, versao)))
            assert nos_dois_caminhos(monkeypatch, lambda: tiss.parse(dados)) == (lido, lido)


class Texto(str):
    pass


class CodigoTexto(str, enum.Enum):  # noqa: UP042 - its str() is "CodigoTexto.A", unlike StrEnum
    A = "123"


class CodigoInteiro(int, enum.Enum):
    A = 2


def _lote_com(mudanca: Callable[[Any], None]) -> Any:
    mensagem = lote_sadt(2, versao="4.02.00")
    mudanca(mensagem.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[0])
    return mensagem


def _itens(guia: Any) -> Any:
    return guia.procedimentos_executados


def _gerador_e_texto_a_escapar(guia: Any) -> None:
    guia.observacao = "A & B"  # the writer's second pass, escaping, walks the lists again
    _itens(guia).procedimento_executado = iter(_itens(guia).procedimento_executado)


VALORES_DE_OUTRO_TIPO: dict[str, Callable[[Any], None]] = {
    "subclasse de str": lambda g: setattr(g, "observacao", Texto("a & b")),
    "enum de str": lambda g: setattr(g.dados_beneficiario, "numero_carteira", CodigoTexto.A),
    "enum de int": lambda g: setattr(
        _itens(g).procedimento_executado[0], "quantidade_executada", CodigoInteiro.A
    ),
    "inteiro num texto": lambda g: setattr(g, "observacao", 7),
    "decimal num texto": lambda g: setattr(g, "observacao", Decimal("1.50")),
    "texto num decimal": lambda g: setattr(g.valor_total, "valor_total_geral", "1.5"),
    "decimal infinito": lambda g: setattr(g.valor_total, "valor_total_geral", Decimal("Inf")),
    "bool num inteiro": lambda g: setattr(
        _itens(g).procedimento_executado[0], "quantidade_executada", True
    ),
    "texto numa lista": lambda g: setattr(_itens(g), "procedimento_executado", "abc"),
    "tupla numa lista": lambda g: setattr(
        _itens(g), "procedimento_executado", tuple(_itens(g).procedimento_executado)
    ),
    "gerador numa lista": lambda g: setattr(
        _itens(g), "procedimento_executado", (i for i in _itens(g).procedimento_executado)
    ),
    "gerador e texto a escapar": lambda g: _gerador_e_texto_a_escapar(g),
    "None numa lista": lambda g: _itens(g).procedimento_executado.append(None),
    "data da biblioteca padrão": lambda g: setattr(
        g.dados_autorizacao, "data_autorizacao", __import__("datetime").date(2025, 1, 2)
    ),
}


@pytest.mark.parametrize("nome", sorted(VALORES_DE_OUTRO_TIPO))
def test_valor_de_outro_tipo_tem_o_desfecho_do_xsdata(
    nome: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Values of another type than the model's, as users assign them: the same file or the
    same error either way (a fresh message per call: a generator is used up once)."""
    mudanca = VALORES_DE_OUTRO_TIPO[nome]
    rapido, lento = nos_dois_caminhos(monkeypatch, lambda: tiss.to_xml(_lote_com(mudanca)))
    assert rapido == lento
    hashes = nos_dois_caminhos(monkeypatch, lambda: tiss.compute_hash(_lote_com(mudanca)))
    assert hashes[0] == hashes[1]


def test_epilogo_de_outro_tipo_tem_o_desfecho_do_xsdata(monkeypatch: pytest.MonkeyPatch) -> None:
    def lote() -> Any:
        mensagem = lote_sadt(1, versao="4.03.00")
        mensagem.epilogo = "lixo"
        return mensagem

    rapido, lento = nos_dois_caminhos(monkeypatch, lambda: tiss.to_xml(lote()))
    assert rapido == lento


def test_texto_enorme_indentado() -> None:
    """Beyond libxml2's 10 MB per text node: pretty output is parsed back without limits."""
    mensagem = lote_sadt(1, versao="4.03.00")
    guia = mensagem.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[0]
    guia.observacao = "x" * 11_000_000
    with vigiando_o_xsdata() as chamados:
        bonito = tiss.to_xml(mensagem, pretty=True)
    assert chamados == []
    assert bonito == _modelos.to_xml_por_xsdata(mensagem, pretty=True)


BASE = tiss.to_xml(lote_sadt(2, versao="4.03.00"))
BASE_BONITA = tiss.to_xml(lote_sadt(2, versao="4.03.00"), pretty=True)
ANS = 'xmlns:ans="http://www.ans.gov.br/padroes/tiss/schemas"'
XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'


def troca(antes: str, depois: str, base: bytes = BASE, vezes: int = 1) -> bytes:
    dados = base.replace(antes.encode(), depois.encode(), vezes)
    assert dados != base, antes
    return dados


MUTACOES = {
    "schemaLocation": troca(ANS, f'{ANS} {XSI} xsi:schemaLocation="x y"'),
    "xsi:type": troca("<ans:cabecalho>", f'<ans:cabecalho {XSI} xsi:type="ans:outro">'),
    "xsi:nil": troca("<ans:observacao>", f'<ans:observacao {XSI} xsi:nil="true">', vezes=1)
    if b"<ans:observacao>" in BASE
    else troca("<ans:numeroCarteira>", f'<ans:numeroCarteira {XSI} xsi:nil="true">'),
    "atributo qualquer": troca("<ans:cabecalho>", '<ans:cabecalho id="1">'),
    "enum com espaços": troca(
        "<ans:tipoTransacao>ENVIO_LOTE_GUIAS<", "<ans:tipoTransacao> ENVIO_LOTE_GUIAS <"
    ),
    "decimal com espaços": troca("<ans:valorTotalGeral>", "<ans:valorTotalGeral> "),
    "inteiro com espaços": troca("<ans:sequencialTransacao>", "<ans:sequencialTransacao> "),
    "data com espaços": troca("<ans:dataRegistroTransacao>", "<ans:dataRegistroTransacao> "),
    "decimal vazio": re.sub(
        rb"<ans:valorTotalGeral>[^<]*</ans:valorTotalGeral>", b"<ans:valorTotalGeral/>", BASE
    ),
    "texto vazio": re.sub(
        rb"<ans:numeroCarteira>[^<]*</ans:numeroCarteira>", b"<ans:numeroCarteira/>", BASE
    ),
    "enum inválido": troca("<ans:tipoTransacao>ENVIO_LOTE_GUIAS<", "<ans:tipoTransacao>X<"),
    "data inválida": troca("<ans:dataRegistroTransacao>2", "<ans:dataRegistroTransacao>x"),
    "comentário entre elementos": troca("<ans:cabecalho>", "<ans:cabecalho><!-- c -->"),
    "comentário num valor": troca("<ans:numeroCarteira>", "<ans:numeroCarteira><!-- c -->"),
    "instrução num valor": troca("<ans:numeroCarteira>", "<ans:numeroCarteira><?pi x?>"),
    "CDATA": troca("<ans:numeroCarteira>", "<ans:numeroCarteira><![CDATA[a&b]]>"),
    "referência de caractere": troca("<ans:numeroCarteira>", "<ans:numeroCarteira>&#233;"),
    "elemento repetido": re.sub(
        rb"(<ans:numeroCarteira>[^<]*</ans:numeroCarteira>)", rb"\1\1", BASE, count=1
    ),
    "elemento desconhecido": troca("<ans:cabecalho>", "<ans:cabecalho><ans:outro>1</ans:outro>"),
    "elemento dentro de um valor": troca(
        "<ans:numeroCarteira>", "<ans:numeroCarteira><ans:x>1</ans:x>"
    ),
    "obrigatório ausente": re.sub(rb"<ans:numeroCarteira>[^<]*</ans:numeroCarteira>", b"", BASE),
    "texto solto": troca("<ans:cabecalho>", "<ans:cabecalho>solto"),
    "texto depois de um elemento": troca("</ans:cabecalho>", "</ans:cabecalho>solto"),
    "bonito": BASE_BONITA,
    "bonito com texto solto": troca("<ans:cabecalho>", "<ans:cabecalho>solto", BASE_BONITA),
    "outro namespace": troca("<ans:cabecalho>", '<ans:cabecalho><x:a xmlns:x="urn:x"/>'),
}


@pytest.mark.parametrize("nome", sorted(MUTACOES))
def test_entrada_incomum_tem_o_desfecho_do_xsdata(
    nome: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rapido, lento = nos_dois_caminhos(monkeypatch, lambda: tiss.parse(MUTACOES[nome]))
    assert rapido == lento


@pytest.mark.parametrize(
    "nome", ["schemaLocation", "atributo qualquer", "bonito", "decimal com espaços"]
)
def test_o_que_nao_muda_a_ligacao_fica_no_caminho_gerado(nome: str) -> None:
    dados = MUTACOES[nome]
    with vigiando_o_xsdata() as chamados:
        lido = tiss.parse(dados)
    assert chamados == []
    assert exato(lido) == exato(ler_pelo_xsdata(dados, "4.03.00"))


@pytest.mark.parametrize("nome", ["xsi:type", "xsi:nil"])
def test_xsi_vai_pelo_xsdata_sem_passar_pelo_gerado(
    nome: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    chamadas: list[object] = []
    monkeypatch.setattr(_rapido, "ler", lambda *args: chamadas.append(args))
    with vigiando_o_xsdata() as chamados:
        desfecho(lambda: tiss.parse(MUTACOES[nome]))
    assert (chamadas, chamados) == ([], ["ler_por_xsdata"])


@pytest.mark.parametrize(
    "nome",
    [
        "elemento repetido",
        "elemento dentro de um valor",
        "texto solto",
        "texto depois de um elemento",
    ],
)
def test_o_leitor_gerado_desvia(nome: str) -> None:
    """What xsdata binds otherwise or refuses: the generated reader gives up."""
    with pytest.raises(_rapido.Desvio):
        ler_pelo_rapido(MUTACOES[nome], "4.03.00")


ARQUIVOS = sorted((CORPUS / "files").iterdir())


@pytest.mark.parametrize("arquivo", ARQUIVOS, ids=[a.name for a in ARQUIVOS])
def test_corpus_tem_o_desfecho_do_xsdata(arquivo: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rapido, lento = nos_dois_caminhos(monkeypatch, lambda: tiss.parse(arquivo))
    assert rapido == lento
    if rapido[0] == "valor":
        escrito = nos_dois_caminhos(monkeypatch, lambda: tiss.to_xml(tiss.parse(arquivo)))
        assert escrito[0] == escrito[1]


def test_os_arquivos_validos_do_corpus_vao_pelo_caminho_gerado() -> None:
    lidos = 0
    for arquivo in ARQUIVOS:
        try:
            _, versao = _fonte.load_tiss(arquivo)
        except TissError:
            continue
        if not tiss.validate(arquivo).ok and not _so_hash(arquivo):
            continue
        with vigiando_o_xsdata() as chamados:
            lido = tiss.parse(arquivo)
        assert chamados == []
        assert exato(lido) == exato(ler_pelo_xsdata(arquivo.read_bytes(), versao))
        lidos += 1
    assert lidos >= 8


def _so_hash(arquivo: Any) -> bool:
    return all(a.codigo.startswith("hash.") for a in tiss.validate(arquivo).erros)


def test_fonte_mostra_o_codigo_gerado() -> None:
    m = models.carregar("4.02.00")
    codigo = _rapido.fonte(m.CtmSpSadtGuia)
    assert "for c in el:" in codigo
    assert "o.cabecalho_guia" in codigo
    with pytest.raises(ValueError, match="não é um modelo gerado"):
        _rapido.fonte(int)


def test_primeiro_uso_em_varias_threads() -> None:
    """Readers and writers generated while several threads read and write at once."""
    from concurrent.futures import ThreadPoolExecutor

    dados = {v: tiss.to_xml(lote_sadt(5, versao=v)) for v in VERSOES}
    esperado = {v: ler_pelo_xsdata(d, v) for v, d in dados.items()}
    _rapido._gerador.cache_clear()

    def ida_e_volta(versao: str) -> tuple[bool, bool]:
        lido = tiss.parse(dados[versao])
        return lido == esperado[versao], tiss.to_xml(lido) == dados[versao]

    with ThreadPoolExecutor(max_workers=6) as executor:
        resultados = list(executor.map(ida_e_volta, [*VERSOES] * 8))
    assert resultados == [(True, True)] * len(resultados)


def test_o_cache_de_datas_guarda_textos_curtos_e_datas_nunca_textos_longos() -> None:
    chamadas: list[object] = []

    def converte(valor: object) -> object:
        chamadas.append(valor)
        return valor

    convertido = _rapido._cacheado(converte)
    data, longo = XmlDate(2025, 1, 2), " " * 100 + "2025-01-02"
    for valor in ("2025-01-02", "2025-01-02", data, data, longo, longo):
        assert convertido(valor) == valor
    assert chamadas == ["2025-01-02", data, longo, longo]
