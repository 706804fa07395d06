"""Broken input reads in Portuguese: every libxml2 syntax error, the operating system's
refusals, empty input, folders, a misplaced Padrao and a DOCTYPE, each with its line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tiss_conecta as tiss
from tiss_conecta._sistema import motivo_do_sistema
from tiss_conecta.examples import caminho

ANS = b'xmlns:ans="http://www.ans.gov.br/padroes/tiss/schemas"'

# (input, a fragment of the Portuguese message written by hand, line); code xml.malformado
SINTAXE = {
    "ERR_DOCUMENT_EMPTY": (b"isto nao e xml", "há texto antes do primeiro '<'", 1),
    "ERR_DOCUMENT_EMPTY (pdf)": (b"%PDF-1.7\n...", "o arquivo é um PDF", 1),
    "ERR_DOCUMENT_EMPTY (declaração só)": (
        b'<?xml version="1.0"?>\n',
        "só tem a declaração <?xml",
        2,
    ),
    "ERR_DOCUMENT_END": (b"<a/>\n<b/>", "conteúdo depois do fim do elemento raiz", 2),
    "ERR_TAG_NAME_MISMATCH": (
        b"<a>\n<b>\n</a>",
        "o elemento 'b' aberto na linha 2 é fechado por 'a'",
        3,
    ),
    "ERR_TAG_NOT_FINISHED": (
        b"<a>\n<guia>texto",
        "o arquivo termina antes de fechar o elemento 'guia' aberto na linha 2",
        2,
    ),
    "ERR_GT_REQUIRED": (b"<a>\n<b\x01/></a>", "a marca de abertura do elemento 'b'", 2),
    "ERR_SPACE_REQUIRED (cortado)": (b"<a>\n<b x='1'", "termina no meio de uma marca", 2),
    "ERR_GT_REQUIRED (fechamento)": (b"<a><b>x</b</a>", "falta o '>' que termina uma marca", 1),
    "ERR_NAME_REQUIRED (elemento)": (b"<a>1 < 2</a>", "nome de elemento inválido", 1),
    "ERR_NAME_REQUIRED (&)": (b"<a>A & B</a>", "'&' solto no texto", 1),
    "ERR_NAME_REQUIRED (atributo)": (b"<a/ >", "nome de atributo inválido", 1),
    "ERR_NAME_TOO_LONG": (b"<" + b"a" * 60000 + b"/>", "nome de elemento ou atributo longo", 1),
    "ERR_ATTRIBUTE_NOT_STARTED": (b"<a x=1/>", "valor de atributo sem aspas", 1),
    "ERR_ATTRIBUTE_NOT_FINISHED": (b"<a x='1/>", "sem as aspas de fechamento", 1),
    "ERR_ATTRIBUTE_WITHOUT_VALUE": (b"<a versao/>", "atributo 'versao' sem valor", 1),
    "ERR_ATTRIBUTE_REDEFINED": (b"<a x='1' x='2'/>", "atributo 'x' repetido", 1),
    "NS_ERR_ATTRIBUTE_REDEFINED": (
        b"<a xmlns:p='u' xmlns:q='u' p:b='1' q:b='2'/>",
        "atributo 'b' repetido",
        1,
    ),
    "ERR_LT_IN_ATTRIBUTE": (b"<a x='<'/>", "'<' dentro do valor de um atributo", 1),
    "ERR_UNDECLARED_ENTITY": (b"<a>&ccedil;</a>", "entidade '&ccedil;' desconhecida", 1),
    "ERR_ENTITYREF_SEMICOL_MISSING": (b"<a>&amp</a>", "'&' sem ';'", 1),
    "ERR_INVALID_CHAR": (b"<a>\n\x00</a>", "caractere proibido em XML: U+0000 (NUL)", 2),
    "ERR_INVALID_CHAR (controle)": (b"<a>\x1b</a>", "U+001B (ESC)", 1),
    "ERR_INVALID_CHAR (&#0;)": (b"<a>&#0;</a>", "referência &#...; a um caractere proibido", 1),
    "ERR_INVALID_CHAR (atributo)": (b"<a b='\x01'/>", "controle proibido no valor", 1),
    "ERR_INVALID_CHAR (fora do Unicode)": (b"<a>&#x110000;</a>", "fora do Unicode", 1),
    "ERR_INVALID_HEX_CHARREF": (b"<a>&#xZZ;</a>", "referência de caractere (&#...;) malfor", 1),
    "ERR_INVALID_DEC_CHARREF": (b"<a>&#1x;</a>", "referência de caractere (&#...;) malfor", 1),
    "ERR_COMMENT_NOT_FINISHED": (b"<a><!-- nota", "comentário '<!--' sem o fechamento", 1),
    "ERR_HYPHEN_IN_COMMENT": (b"<a><!-- a -- b --></a>", "'--' dentro de um comentário", 1),
    "ERR_CDATA_NOT_FINISHED": (b"<a><![CDATA[ x </a>", "seção '<![CDATA[' sem o fechamento", 1),
    "ERR_MISPLACED_CDATA_END": (b"<a>]]></a>", "']]>' no texto", 1),
    "ERR_RESERVED_XML_NAME": (
        b'\n<?xml version="1.0"?><a/>',
        "só pode estar no início do arquivo",
        2,
    ),
    "ERR_RESERVED_XML_NAME (PI)": (b"<a><?XmL x?></a>", "nome reservado 'xml'", 1),
    "ERR_PI_NOT_STARTED": (b"<a><? ?></a>", "instrução de processamento '<?' sem nome", 1),
    "ERR_PI_NOT_FINISHED": (b"<a><?pi x</a>", "sem o fechamento '?>'", 1),
    "NS_ERR_COLON": (b"<a><?ans:pi x?></a>", "':' num nome que não pode ter prefixo", 1),
    "ERR_SPACE_REQUIRED (atributos)": (b"<a b='1'c='2'/>", "atributos sem espaço entre eles", 1),
    "ERR_SPACE_REQUIRED (declaração)": (
        b"<?xml version='1.0'encoding='UTF-8'?><a/>",
        "falta um espaço na declaração",
        1,
    ),
    "ERR_EQUAL_REQUIRED": (b"<?xml version '1.0'?><a/>", "falta '='", 1),
    "ERR_STRING_NOT_STARTED": (b"<?xml version=1.0?><a/>", "valor sem aspas na declaração", 1),
    "ERR_STRING_NOT_CLOSED": (
        b'<?xml version="1.0" encoding="ISO-8859-1?>\n<a/>',
        "sem as aspas de fechamento na declaração",
        1,
    ),
    "ERR_XMLDECL_NOT_FINISHED": (b"<?xml version='1.0' ?<a/>", "não termina com '?>'", 1),
    "ERR_VERSION_MISSING": (b"<?xml encoding='UTF-8'?><a/>", "não informa a versão do XML", 1),
    "ERR_UNKNOWN_VERSION": (b"<?xml version='2.0'?><a/>", "versão de XML '2.0'", 1),
    "ERR_STANDALONE_VALUE": (b"<?xml version='1.0' standalone='x'?><a/>", "'yes' ou 'no'", 1),
    "ERR_UNSUPPORTED_ENCODING": (
        b"<?xml version='1.0' encoding='LATIN-9X'?><a/>",
        "codificação 'LATIN-9X' desconhecida",
        1,
    ),
    "ERR_ENCODING_NAME": (
        b"<?xml version='1.0' encoding='#'?><a/>",
        "nome de codificação inválido",
        1,
    ),
    "ERR_INVALID_ENCODING": (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<a>\xe9</a>',
        "bytes que não são UTF-8, e o arquivo declara UTF-8",
        2,
    ),
    "ERR_INVALID_ENCODING (outra)": (
        b"<?xml version='1.0' encoding='ascii'?><a>\xe9</a>",
        "codificação declarada (ascii)",
        1,
    ),
    "ERR_RESOURCE_LIMIT (profundidade)": (
        b"<a>" * 300 + b"</a>" * 300,
        "aninhados em mais de 256 níveis",
        1,
    ),
    "NS_ERR_UNDEFINED_NAMESPACE": (
        b"<a>\n<ans:Padrao/></a>",
        "o prefixo 'ans' do elemento 'ans:Padrao' não foi declarado",
        2,
    ),
    "NS_ERR_UNDEFINED_NAMESPACE (atributo)": (
        b"<a x:y='1'/>",
        "o prefixo 'x' do atributo 'x:y'",
        1,
    ),
    "NS_ERR_QNAME": (b"<a:b:c/>", "nome 'a:b:c' inválido", 1),
    "NS_ERR_XML_NAMESPACE": (b"<a xmlns:ans=''/>", "xmlns:ans tem valor vazio", 1),
    "NS_ERR_XML_NAMESPACE (xml)": (b"<a xmlns:xml='u'/>", "prefixos xml e xmlns são reservados", 1),
    "WAR_NS_URI": (
        b"<ans:a xmlns:ans='http://www.ans gov.br'/>",
        "'http://www.ans gov.br' declarado em xmlns:ans não é um endereço (URI) válido",
        1,
    ),
}

# libxml2's and the operating system's own English, none of which may reach a user
INGLES = (
    "expected",
    "expecting",
    "not found",
    "is empty",
    "mismatch",
    "premature",
    "extra content",
    "no such file",
    "is a directory",
    "permission denied",
    "out of allowed range",
    "not defined",
    "invalid",
    "unsupported",
    "couldn't",
    "not finished",
    "not terminated",
    "not allowed",
    "redefined",
    "required",
    "specification mandates",
    "start tag",
    "document",
    "entityref",
    "attvalue",
    "xmlparse",
    "char value",
    "blank needed",
    "failed to parse",
    "namespace prefix",
    "resource limit",
    "excessive depth",
    "errno",
    "line ",
    "column",
)


def _sem_ingles(texto: str) -> None:
    # invalid/document/required are also words of our Portuguese ("documento"): words only
    for frase in INGLES:
        assert not re.search(rf"(?<![\wÀ-ÿ]){re.escape(frase)}(?![\wÀ-ÿ])", texto, re.I), (
            frase,
            texto,
        )


def _ler_com_erro(data: bytes | str | Path) -> tiss.TissError:
    with pytest.raises(tiss.TissError) as info:
        tiss.parse(data)
    return info.value


@pytest.mark.parametrize(("entrada", "fragmento", "linha"), SINTAXE.values(), ids=SINTAXE)
def test_syntax_error_reads_in_portuguese(entrada: bytes, fragmento: str, linha: int) -> None:
    erro = _ler_com_erro(entrada)
    assert isinstance(erro, tiss.TissParseError)
    assert erro.codigo == "xml.malformado"
    assert erro.mensagem.startswith("XML malformado: ")
    assert fragmento in erro.mensagem
    assert erro.linha == linha
    assert erro.coluna is not None
    assert erro.dica
    _sem_ingles(str(erro))


def test_the_kinds_mapped_are_libxml2s_own() -> None:
    """Each case's id names the ErrorTypes code libxml2 raises for it."""
    from lxml import etree

    for nome, (entrada, _, _) in SINTAXE.items():
        with pytest.raises(etree.XMLSyntaxError) as info:
            etree.fromstring(entrada, etree.XMLParser(resolve_entities=False, no_network=True))
        assert info.value.code == getattr(etree.ErrorTypes, nome.split()[0]), nome


def test_an_unmapped_code_names_line_column_and_code_never_the_english() -> None:
    from lxml import etree

    from tiss_conecta.codec import _fonte

    erro = etree.XMLSyntaxError("Something new went wrong", etree.ErrorTypes.ERR_USER_STOP, 7, 3)
    mensagem, dica = _fonte._erro_de_sintaxe(erro, b"\n" * 9 + b"<a/>", None)
    assert "ERR_USER_STOP" in mensagem
    assert "linha 7" in mensagem
    assert "Something" not in mensagem + dica


@pytest.mark.parametrize("entrada", ["", "   ", " \n\t", b"", b"  \n", b"\xef\xbb\xbf"])
def test_empty_input_is_refused_as_empty(entrada: str | bytes) -> None:
    erro = _ler_com_erro(entrada)
    assert erro.codigo == "xml.malformado"
    assert erro.mensagem.startswith("entrada vazia")
    assert erro.dica
    _sem_ingles(str(erro))


def test_empty_file_is_named(tmp_path: Path) -> None:
    arquivo = tmp_path / "lote.xml"
    arquivo.write_bytes(b"")
    erro = _ler_com_erro(arquivo)
    assert erro.mensagem == f"entrada vazia: o arquivo {arquivo} não tem conteúdo"


def test_a_folder_is_a_folder(tmp_path: Path) -> None:
    for entrada in (tmp_path, str(tmp_path)):
        erro = _ler_com_erro(entrada)
        assert erro.codigo == "io.ilegivel"
        assert "é uma pasta, não um arquivo TISS" in erro.mensagem
        assert f"tiss-conecta check {tmp_path}" in (erro.dica or "")
        _sem_ingles(str(erro))


def test_missing_file_and_bad_path_read_in_portuguese(tmp_path: Path) -> None:
    ausente = _ler_com_erro(tmp_path / "nao-existe.xml")
    assert "o arquivo ou a pasta não existe" in ausente.mensagem
    assert "pasta" in (ausente.dica or "")
    nulo = _ler_com_erro("lote\x00.xml")
    assert nulo.codigo == "io.ilegivel"
    assert "caractere nulo" in nulo.mensagem
    dentro_de_arquivo = tmp_path / "a.xml"
    dentro_de_arquivo.write_bytes(b"<a/>")
    sob_arquivo = _ler_com_erro(dentro_de_arquivo / "b.xml")
    assert "parte do caminho não é uma pasta" in sob_arquivo.mensagem
    for erro in (ausente, nulo, sob_arquivo):
        _sem_ingles(str(erro))


def test_unreadable_file_says_so(tmp_path: Path) -> None:
    import os

    arquivo = tmp_path / "lote.xml"
    arquivo.write_bytes(b"<a/>")
    arquivo.chmod(0)
    if os.access(arquivo, os.R_OK):  # root reads anything
        pytest.skip("running as a user that ignores file permissions")
    erro = _ler_com_erro(arquivo)
    assert "sem permissão de acesso" in erro.mensagem
    _sem_ingles(str(erro))


def test_every_errno_reads_in_portuguese() -> None:
    import errno
    import os

    for numero in sorted(errno.errorcode):
        motivo = motivo_do_sistema(OSError(numero, os.strerror(numero)))
        assert os.strerror(numero).lower() not in motivo.lower()
        assert motivo
    assert motivo_do_sistema(OSError("sem errno")) == "erro do sistema operacional"


def test_doctype_is_reported_at_its_own_line_and_column() -> None:
    data = b'<?xml version="1.0"?>\n<!-- nota -->\r\n  <!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'
    with pytest.raises(tiss.TissSecurityError) as info:
        tiss.parse(data)
    assert (info.value.codigo, info.value.linha, info.value.coluna) == ("xml.dtd", 3, 3)


def _exemplo() -> bytes:
    return caminho("lote-sadt").read_bytes()


def _com_padrao(trocado_por: bytes) -> bytes:
    return re.sub(rb"<ans:Padrao>[^<]*</ans:Padrao>", trocado_por, _exemplo())


def _linha_de(data: bytes, marca: bytes) -> int:
    return data[: data.index(marca)].count(b"\n") + 1


@pytest.mark.parametrize(
    "padrao",
    [
        b"<Padrao>4.01.00</Padrao>",
        b'<Padrao xmlns="">4.01.00</Padrao>',
        b'<x:Padrao xmlns:x="urn:outro">4.01.00</x:Padrao>',
    ],
)
def test_padrao_outside_the_namespace_is_named_with_its_line(padrao: bytes) -> None:
    data = _com_padrao(padrao)
    with pytest.raises(tiss.TissVersionError) as info:
        tiss.parse(data)
    assert "fora do namespace TISS" in info.value.mensagem
    assert "ausente" not in info.value.mensagem
    assert info.value.encontrada == "4.01.00"
    assert info.value.linha == _linha_de(data, b"Padrao") == 18
    report = tiss.validate(data)
    assert [(a.codigo, a.linha) for a in report.achados] == [("xml.versao", 18)]


def test_empty_padrao_is_empty_not_absent() -> None:
    data = _com_padrao(b"<ans:Padrao></ans:Padrao>")
    with pytest.raises(tiss.TissVersionError) as info:
        tiss.parse(data)
    assert "está vazio" in info.value.mensagem
    assert info.value.encontrada == ""
    assert info.value.linha == 18
    semns = _com_padrao(b"<Padrao/>")
    with pytest.raises(tiss.TissVersionError) as info:
        tiss.parse(semns)
    assert "Padrao vazio escrito fora do namespace TISS" in info.value.mensagem
    assert info.value.linha == 18


def test_absent_padrao_points_at_the_cabecalho() -> None:
    data = _com_padrao(b"")
    with pytest.raises(tiss.TissVersionError) as info:
        tiss.parse(data)
    assert "está ausente do cabecalho" in info.value.mensagem
    assert info.value.linha == _linha_de(data, b"<ans:cabecalho>") == 3


def _verifica(data: bytes) -> None:
    """parse raises only TissError, validate never raises, and no text is English."""
    try:
        tiss.parse(data)
    except tiss.TissError as erro:
        _sem_ingles(str(erro))
    relatorio = tiss.validate(data)
    for achado in relatorio.achados:
        _sem_ingles(f"{achado.mensagem} {achado.dica or ''}")


@given(st.binary(max_size=300))
def test_random_bytes_give_only_portuguese_tiss_errors(data: bytes) -> None:
    _verifica(data)


@given(st.text(alphabet="<>/&;'\"=!?:-[] \nxans#\x00\x01é", max_size=60))
def test_markup_soup_gives_only_portuguese_tiss_errors(texto: str) -> None:
    _verifica(texto.encode("utf-8"))
    _verifica(b'<?xml version="1.0" encoding="ISO-8859-1"?>\n' + texto.encode("latin-1"))


@st.composite
def _exemplo_estragado(draw: st.DrawFn) -> bytes:
    data = bytearray(_exemplo())
    for _ in range(draw(st.integers(1, 3))):
        inicio = draw(st.integers(0, len(data)))
        match draw(st.sampled_from(["corta", "apaga", "troca", "insere"])):
            case "corta":
                del data[inicio:]
            case "apaga":
                del data[inicio : inicio + draw(st.integers(1, 40))]
            case "troca" if inicio < len(data):
                data[inicio] = draw(st.sampled_from(b"<>/&;'\"=!?:-[]x\x00\x01\xe9\xff"))
            case _:
                data[inicio:inicio] = draw(st.binary(min_size=1, max_size=8))
    return bytes(data)


@given(_exemplo_estragado())
def test_corrupted_examples_give_only_portuguese_tiss_errors(data: bytes) -> None:
    _verifica(data)


def test_fechamento_com_outro_prefixo() -> None:
    # corpus file 019: <ans:registroANS></registroANS>; libxml2 names both 'registroANS'
    dados = (
        b'<?xml version="1.0"?>\n<ans:a xmlns:ans="urn:x">\n'
        b"<ans:registroANS>1</registroANS></ans:a>"
    )
    (achado,) = tiss.validate(dados).achados
    assert achado.codigo == "xml.malformado"
    assert "fechado com outro prefixo" in achado.mensagem
    assert "'registroANS' aberto na linha 3" in achado.mensagem
    assert (
        achado.dica
        == "abra e feche o elemento com o mesmo prefixo: <ans:registroANS>…</ans:registroANS>"
    )
