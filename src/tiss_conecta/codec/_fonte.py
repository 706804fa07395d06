"""Reading untrusted input safely: bytes, XML text, a path or a binary file, into an lxml tree.

No DTD is loaded, no entity is expanded, nothing is fetched from the network and no
``schemaLocation`` is followed; a document carrying a DTD is refused. Input is bounded
(:data:`MAX_BYTES`), and UTF-16/UTF-32 input is refused (TISS files are ISO-8859-1).
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from typing import IO, TypeAlias, TypeGuard

import attrs
from lxml import etree

from tiss_conecta._sistema import motivo_do_sistema
from tiss_conecta.codec import regras
from tiss_conecta.errors import (
    TissEncodingError,
    TissParseError,
    TissSecurityError,
    TissVersionError,
)
from tiss_conecta.models import NAMESPACE, VERSOES

__all__ = [
    "MAX_BYTES",
    "Document",
    "Source",
    "is_xml_text",
    "load",
    "read_bytes",
    "versao_declarada",
    "versao_suportada",
]

Source: TypeAlias = bytes | bytearray | memoryview | str | os.PathLike[str] | IO[bytes]
"""What the codec reads: raw bytes, XML text, a path, or a binary file object."""

MAX_BYTES = 64 * 1024 * 1024
"""Largest input read (64 MiB; Conecta itself accepts at most 15 MB)."""

ROOT_TAG = f"{{{NAMESPACE}}}mensagemTISS"
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_WIDE_PREFIXES = (
    b"\x00\x00\xfe\xff",
    b"\xff\xfe\x00\x00",
    b"\xfe\xff",
    b"\xff\xfe",
    b"\x00\x00\x00<",
    b"<\x00\x00\x00",
    b"\x00<",
    b"<\x00",
)
_PROLOG = re.compile(rb"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)
_BOM = b"\xef\xbb\xbf"
_VAZIO = re.compile(rb"(?:\xef\xbb\xbf)?\s*\Z")
"""Nothing but a BOM and whitespace (matched in place: no copy of a large input)."""
_local = threading.local()
_MALFORMED_HINT = "corrija a estrutura do XML (marcas abertas e fechadas, caracteres inválidos)"


@attrs.frozen
class Document:
    """A parsed input: its root element, declared encoding and size."""

    root: etree._Element
    encoding: str | None
    size: int
    name: str | None = None


def _parser() -> etree.XMLParser:
    parser: etree.XMLParser | None = getattr(_local, "parser", None)
    if parser is None:  # lxml parsers must not be shared between threads
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            collect_ids=False,
            remove_blank_text=False,
        )
        _local.parser = parser
    return parser


def _too_large(size: int, limit: int, name: str | None) -> TissSecurityError:
    return TissSecurityError(
        f"entrada com {size} bytes excede o limite de {limit} bytes"
        + (f" ({name})" if name else ""),
        codigo=regras.GRANDE_DEMAIS.codigo,
        dica="divida o lote em arquivos menores ou aumente max_bytes conscientemente",
    )


_DICA_DO_SISTEMA: dict[type[OSError], str] = {
    FileNotFoundError: "confira o nome e a pasta do arquivo (um caminho relativo parte da "
    "pasta atual)",
    PermissionError: "dê permissão de leitura ao arquivo ou leia-o com um usuário que a tenha",
    NotADirectoryError: "confira o caminho: uma parte dele é um arquivo, não uma pasta",
}


def _pasta(name: str) -> TissParseError:
    return TissParseError(
        f"{name} é uma pasta, não um arquivo TISS",
        codigo=regras.ILEGIVEL.codigo,
        dica=f"para conferir todos os arquivos da pasta, use tiss-conecta check {name}; na "
        "biblioteca, leia cada arquivo dela (por exemplo, Path(pasta).glob('*.xml'))",
    )


def is_xml_text(source: object) -> TypeGuard[str]:
    """Whether ``source`` is XML text (a ``str`` starting with ``<``), not a path."""
    return isinstance(source, str) and source.lstrip("\ufeff \t\r\n").startswith("<")


def read_bytes(source: Source, *, max_bytes: int = MAX_BYTES) -> tuple[bytes, str | None]:
    """The raw bytes of ``source`` (at most ``max_bytes``) and a display name for it."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        name = None
    elif is_xml_text(source):
        data = source.lstrip("\ufeff").encode("utf-8")
        data = _redeclare_utf8(data)
        name = None
    elif isinstance(source, str) and not source.strip("\ufeff \t\r\n"):
        raise TissParseError(_VAZIA, codigo=regras.MALFORMADO.codigo, dica=_DICA_VAZIA)
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        name = str(path)
        if path.is_dir():
            raise _pasta(name)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise _too_large(size, max_bytes, name)
            data = path.read_bytes()
        except IsADirectoryError:
            raise _pasta(name) from None
        except OSError as exc:
            raise TissParseError(
                f"não foi possível ler o arquivo {name}: {motivo_do_sistema(exc)}",
                codigo=regras.ILEGIVEL.codigo,
                dica=_DICA_DO_SISTEMA.get(
                    type(exc), "confira o caminho e as permissões do arquivo"
                ),
            ) from None
        except ValueError:  # a path with a NUL character in it
            raise TissParseError(
                f"caminho de arquivo inválido: {name!r} contém o caractere nulo (U+0000)",
                codigo=regras.ILEGIVEL.codigo,
                dica="passe o caminho do arquivo sem caracteres de controle, ou o próprio XML",
            ) from None
    elif hasattr(source, "read"):
        data = source.read(max_bytes + 1)
        name = getattr(source, "name", None)
        if not isinstance(data, bytes):
            raise TypeError("file objects must be opened in binary mode ('rb')")
    else:
        raise TypeError(f"cannot read TISS from {type(source).__name__}")
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes, name)
    if _VAZIO.match(data):
        raise TissParseError(
            f"entrada vazia: o arquivo {name} não tem conteúdo" if name else _VAZIA,
            codigo=regras.MALFORMADO.codigo,
            dica=_DICA_VAZIA,
        )
    return data, name


def _redeclare_utf8(data: bytes) -> bytes:
    """XML text given as ``str`` is UTF-8 from here on, whatever its declaration said."""
    match = _DECLARED.match(data)
    if not match:
        return data
    return data[: match.start(1)] + b"UTF-8" + data[match.end(1) :]


def declared_encoding(data: bytes) -> str | None:
    """The encoding named by the XML declaration, or ``None``."""
    head = data[3:200] if data.startswith(b"\xef\xbb\xbf") else data[:200]
    match = _DECLARED.match(head)
    return match.group(1).decode("ascii") if match else None


_QUEBRA = re.compile(rb"\r\n|\r|\n")


def _linha_e_coluna(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (1-based, as libxml2 counts them) of byte ``offset`` of ``data``."""
    quebras = list(_QUEBRA.finditer(data, 0, offset))
    inicio = quebras[-1].end() if quebras else 0
    return len(quebras) + 1, offset - inicio + 1


def _dtd_refused(data: bytes) -> TissSecurityError:
    offset = data.find(b"<!DOCTYPE")
    linha, coluna = _linha_e_coluna(data, offset) if offset >= 0 else (1, None)
    return TissSecurityError(
        "o documento declara um DTD (<!DOCTYPE>): mensagens TISS não usam DTD, e o arquivo foi "
        "recusado sem ler entidades nem recursos externos",
        codigo=regras.DTD.codigo,
        linha=linha,
        coluna=coluna,
        dica="remova a declaração <!DOCTYPE> e as entidades do arquivo",
    )


_LOCAL = re.compile(r"\s*,\s*line \d+, column \d+\s*$")
_NOME_DO_ERRO = {
    valor: nome for nome, valor in vars(etree.ErrorTypes).items() if isinstance(valor, int)
}
_DECLARACAO = '<?xml version="1.0" encoding="ISO-8859-1"?>'
_DICA_DECLARACAO = f"escreva a declaração assim: {_DECLARACAO}"
_DICA_CORTADO = (
    "o arquivo parece cortado (download, cópia ou gravação incompleta): obtenha-o de novo "
    "por inteiro"
)
_DICA_E_COMERCIAL = "escreva o & do texto como &amp; (por exemplo 'A &amp; B')"
_DICA_NAMESPACE = (
    f"o namespace TISS é {NAMESPACE} (e o da assinatura digital, "
    "http://www.w3.org/2000/09/xmldsig#)"
)
_VAZIA = "entrada vazia: não há nenhum conteúdo para ler"
_DICA_VAZIA = (
    "passe o caminho de um arquivo TISS, os bytes do XML ou o texto do XML (começando por "
    "'<'); se o arquivo está vazio, obtenha-o de novo do sistema de faturamento"
)
_OUTROS_FORMATOS = (
    (b"%PDF", "um PDF"),
    (b"PK\x03\x04", "um ZIP (arquivo compactado)"),
    (b"\x1f\x8b", "um GZIP (arquivo compactado)"),
    (b"Rar!", "um RAR (arquivo compactado)"),
    (b"\xd0\xcf\x11\xe0", "um documento do Office (Word ou Excel antigo)"),
    (b"{", "um JSON"),
)
_NOMES_DE_CONTROLE = {0: "NUL", 9: "TAB", 10: "LF", 13: "CR", 27: "ESC", 127: "DEL"}


@attrs.frozen
class _Sintaxe:
    """How one kind of libxml2 syntax error reads in Portuguese: ``mensagem`` and ``dica``
    are templates filled with the named groups of ``detalhe``, matched against libxml2's
    own (English) text only to pick out names; the first variant whose ``detalhe``
    matches (or that has none) is used."""

    mensagem: str
    dica: str
    detalhe: re.Pattern[str] | None = None


def _s(mensagem: str, dica: str, detalhe: str | None = None) -> _Sintaxe:
    return _Sintaxe(mensagem, dica, re.compile(detalhe) if detalhe else None)


_SINTAXE: dict[str, tuple[_Sintaxe, ...]] = {
    "ERR_DOCUMENT_END": (
        _s(
            "há conteúdo depois do fim do elemento raiz (um XML tem um único elemento raiz)",
            "remova o que vem depois de </ans:mensagemTISS>: outra mensagem colada no mesmo "
            "arquivo, texto ou lixo no fim; cada mensagem vai em seu próprio arquivo",
        ),
    ),
    "ERR_TAG_NAME_MISMATCH": (
        _s(
            "o elemento '{aberto}' aberto na linha {linha} tem uma marca de fechamento ilegível",
            "feche o elemento com </{aberto}>",
            r"mismatch: (?P<aberto>\S+) line (?P<linha>\d+) and unparsable$",
        ),
        _s(
            "o elemento '{aberto}' aberto na linha {linha} é fechado com outro prefixo de "
            "namespace (como <ans:{aberto}> fechado por </{aberto}>)",
            "abra e feche o elemento com o mesmo prefixo: <ans:{aberto}>…</ans:{aberto}>",
            r"mismatch: (?P<aberto>\S+) line (?P<linha>\d+) and (?P=aberto)$",
        ),
        _s(
            "o elemento '{aberto}' aberto na linha {linha} é fechado por '{fechado}'",
            "cada elemento fecha com o mesmo nome e na ordem inversa da abertura: corrija o "
            "nome da marca de fechamento, ou feche antes os elementos abertos dentro de "
            "'{aberto}'",
            r"mismatch: (?P<aberto>\S+) line (?P<linha>\d+) and (?P<fechado>\S+)$",
        ),
        _s(
            "marca de fechamento com nome diferente da marca aberta",
            "cada elemento fecha com o mesmo nome e na ordem inversa da abertura",
        ),
    ),
    "ERR_TAG_NOT_FINISHED": (
        _s(
            "o arquivo termina antes de fechar o elemento '{elemento}' aberto na linha {linha}",
            _DICA_CORTADO,
            r"in tag (?P<elemento>\S+) line (?P<linha>\d+)",
        ),
        _s("o arquivo termina antes de fechar todos os elementos", _DICA_CORTADO),
    ),
    "ERR_GT_REQUIRED": (
        _s(
            "a marca de abertura do elemento '{elemento}' (linha {linha}) não termina com '>'",
            "termine a marca com '>' (ou '/>' num elemento vazio) e confira as aspas e os "
            "caracteres dentro dela; se o arquivo acaba aí, ele foi cortado",
            r"Start Tag (?P<elemento>\S+) line (?P<linha>\d+)",
        ),
        _s(
            "falta o '>' que termina uma marca",
            "termine a marca com '>' (ou '/>' num elemento vazio); se o arquivo acaba aí, ele "
            "foi cortado",
        ),
    ),
    "ERR_LT_REQUIRED": (
        _s("falta o '<' que abre uma marca", "confira a marca: elementos são <nome>...</nome>"),
    ),
    "ERR_LTSLASH_REQUIRED": (
        _s(
            "falta a marca de fechamento '</'",
            "feche cada elemento com </nome>, o mesmo nome da abertura",
        ),
    ),
    "ERR_NAME_REQUIRED": (
        _s("'&' solto no texto: em XML, & começa uma entidade", _DICA_E_COMERCIAL, r"EntityRef"),
        _s(
            "nome de elemento inválido depois de '<' (um '<' solto no texto, um espaço depois "
            "de '<' ou um nome que não começa com letra)",
            "escreva o '<' do texto como &lt;; nomes de elemento começam por letra, logo "
            "depois do '<'",
            r"element name",
        ),
        _s(
            "nome de atributo inválido dentro de uma marca",
            "atributos são nome=\"valor\" separados por espaço, e '/>' só fecha um elemento "
            "vazio no fim da marca",
            r"attribute name",
        ),
        _s(
            "esperado um nome (de elemento, atributo ou entidade)",
            "confira a marca: nomes começam por letra",
        ),
    ),
    "ERR_NAME_TOO_LONG": (
        _s(
            "nome de elemento ou atributo longo demais",
            "o arquivo parece corrompido: obtenha-o de novo do sistema que o gerou",
        ),
    ),
    "ERR_ATTRIBUTE_NOT_STARTED": (
        _s(
            "valor de atributo sem aspas",
            'escreva o valor entre aspas: nome="valor"',
        ),
    ),
    "ERR_ATTRIBUTE_NOT_FINISHED": (
        _s(
            "valor de atributo sem as aspas de fechamento",
            "feche o valor com a mesma aspa (\" ou ') que o abriu",
        ),
    ),
    "ERR_ATTRIBUTE_WITHOUT_VALUE": (
        _s(
            "atributo '{atributo}' sem valor",
            'escreva {atributo}="valor", ou remova a palavra solta dentro da marca',
            r"attribute (?P<atributo>\S+)$",
        ),
        _s("atributo sem valor", 'escreva nome="valor"'),
    ),
    "ERR_ATTRIBUTE_REDEFINED": (
        _s(
            "atributo '{atributo}' repetido na mesma marca",
            "deixe uma só ocorrência do atributo",
            r"Attribute (?P<atributo>\S+) (?:in '[^']*' )?redefined",
        ),
        _s("atributo repetido na mesma marca", "deixe uma só ocorrência do atributo"),
    ),
    "ERR_LT_IN_ATTRIBUTE": (
        _s(
            "'<' dentro do valor de um atributo",
            "escreva o '<' do valor como &lt;, ou feche as aspas do atributo anterior",
        ),
    ),
    "ERR_UNDECLARED_ENTITY": (
        _s(
            "entidade '&{entidade};' desconhecida: XML só define &amp;, &lt;, &gt;, &quot; "
            "e &apos;",
            "escreva o próprio caractere (em ISO-8859-1 cabem ç, ã, é...); se era um & do "
            "texto, escreva &amp;",
            r"Entity '(?P<entidade>[^']+)'",
        ),
        _s(
            "entidade desconhecida: XML só define &amp;, &lt;, &gt;, &quot; e &apos;",
            "escreva o próprio caractere; se era um & do texto, escreva &amp;",
        ),
    ),
    "ERR_ENTITYREF_SEMICOL_MISSING": (
        _s(
            "'&' sem ';': referência de entidade incompleta",
            _DICA_E_COMERCIAL + ", ou termine a entidade com ';' (&amp;, &lt;...)",
        ),
    ),
    "ERR_INVALID_CHAR": (
        _s(
            "referência de caractere fora do Unicode",
            "corrija o número da referência &#...;, ou escreva o próprio caractere",
            r"out of bounds",
        ),
        _s(
            "referência &#...; a um caractere proibido em XML: {caractere}",
            "remova a referência: caracteres de controle não podem aparecer em XML, nem "
            "escritos como &#...;",
            r"xmlChar value (?P<dec>\d+)",
        ),
        _s(
            "caractere proibido em XML: {caractere}",
            "remova o caractere: caracteres de controle (NUL, ESC...) não podem aparecer em "
            "XML; costumam vir de campos copiados de outro sistema",
            r"(?:0x(?P<hex>[0-9A-Fa-f]+)|Char value (?P<dec>\d+))",
        ),
        _s(
            "caractere de controle proibido no valor de um atributo",
            "remova o caractere do valor",
            r"attribute",
        ),
        _s("caractere proibido em XML", "remova o caractere (de controle) do arquivo"),
    ),
    "ERR_INVALID_CHARREF": (
        _s(
            "referência de caractere (&#...;) malformada",
            "escreva &#233; (decimal) ou &#xE9; (hexadecimal), ou o próprio caractere; se "
            "era um & do texto, escreva &amp;",
        ),
    ),
    "ERR_COMMENT_NOT_FINISHED": (
        _s("comentário '<!--' sem o fechamento '-->'", "feche o comentário com -->"),
    ),
    "ERR_HYPHEN_IN_COMMENT": (
        _s("'--' dentro de um comentário", "um comentário não pode conter '--': use um hífen só"),
    ),
    "ERR_CDATA_NOT_FINISHED": (
        _s("seção '<![CDATA[' sem o fechamento ']]>'", "feche a seção com ]]>"),
    ),
    "ERR_MISPLACED_CDATA_END": (
        _s("']]>' no texto, fora de uma seção CDATA", "escreva-o como ]]&gt;"),
    ),
    "ERR_RESERVED_XML_NAME": (
        _s(
            "instrução de processamento com o nome reservado 'xml'",
            "remova a instrução <?xml...?> do meio do documento",
            r"PI name",
        ),
        _s(
            "a declaração <?xml ...?> só pode estar no início do arquivo",
            "remova espaços, linhas em branco ou texto antes de <?xml; se duas mensagens "
            "foram coladas num só arquivo, separe-as",
        ),
    ),
    "ERR_PI_NOT_STARTED": (
        _s("instrução de processamento '<?' sem nome", "remova o '<?' ou escreva <?nome ...?>"),
    ),
    "ERR_PI_NOT_FINISHED": (
        _s("instrução de processamento '<?' sem o fechamento '?>'", "feche-a com ?>"),
    ),
    "NS_ERR_COLON": (
        _s(
            "':' num nome que não pode ter prefixo (instrução de processamento ou entidade)",
            "remova o ':' do nome",
        ),
    ),
    "ERR_SPACE_REQUIRED": (
        _s(
            "atributos sem espaço entre eles",
            'separe os atributos por espaço: a="1" b="2"',
            r"attributes construct",
        ),
        _s("falta um espaço na declaração <?xml ...?>", _DICA_DECLARACAO, r"Blank needed"),
        _s("falta um espaço depois de <!DOCTYPE", "remova a declaração <!DOCTYPE>", r"DOCTYPE"),
        _s(
            "instrução de processamento '<?' sem espaço depois do nome",
            "escreva <?nome conteúdo?>",
            r"PI",
        ),
        _s("falta um espaço obrigatório", "separe por espaço os nomes e atributos da marca"),
    ),
    "ERR_EQUAL_REQUIRED": (
        _s(
            "falta '=' entre um nome e seu valor",
            'escreva nome="valor"; na declaração: ' + _DECLARACAO,
        ),
    ),
    "ERR_STRING_NOT_STARTED": (_s("valor sem aspas na declaração <?xml ...?>", _DICA_DECLARACAO),),
    "ERR_STRING_NOT_CLOSED": (
        _s("valor sem as aspas de fechamento na declaração <?xml ...?>", _DICA_DECLARACAO),
    ),
    "ERR_XMLDECL_NOT_STARTED": (_s("declaração <?xml ...?> malformada", _DICA_DECLARACAO),),
    "ERR_XMLDECL_NOT_FINISHED": (
        _s("a declaração <?xml ...?> não termina com '?>'", _DICA_DECLARACAO),
    ),
    "ERR_VERSION_MISSING": (
        _s("a declaração <?xml ...?> não informa a versão do XML", _DICA_DECLARACAO),
    ),
    "ERR_UNKNOWN_VERSION": (
        _s(
            "versão de XML '{versao}' desconhecida na declaração <?xml ...?>",
            _DICA_DECLARACAO,
            r"version '(?P<versao>[^']*)'",
        ),
        _s("versão de XML desconhecida na declaração <?xml ...?>", _DICA_DECLARACAO),
    ),
    "ERR_STANDALONE_VALUE": (
        _s(
            "standalone, na declaração <?xml ...?>, só aceita 'yes' ou 'no'",
            'remova standalone ou escreva standalone="no"',
        ),
    ),
    "ERR_UNSUPPORTED_ENCODING": (
        _s(
            "codificação '{codificacao}' desconhecida na declaração <?xml ...?>",
            "arquivos TISS são ISO-8859-1: " + _DICA_DECLARACAO,
            r"encoding:?\s*(?P<codificacao>.+)$",
        ),
        _s(
            "codificação desconhecida na declaração <?xml ...?>",
            "arquivos TISS são ISO-8859-1: " + _DICA_DECLARACAO,
        ),
    ),
    "ERR_ENCODING_NAME": (
        _s(
            "nome de codificação inválido na declaração <?xml ...?>",
            "arquivos TISS são ISO-8859-1: " + _DICA_DECLARACAO,
        ),
    ),
    "ERR_RESOURCE_LIMIT": (
        _s(
            "elementos aninhados em mais de 256 níveis",
            "nenhuma mensagem TISS tem essa profundidade: o arquivo está corrompido ou foi "
            "montado para atacar o leitor",
            r"depth",
        ),
        _s(
            "um texto ou valor de atributo longo demais (mais de 10 MB num só valor)",
            "nenhum campo TISS tem esse tamanho: confira se um anexo não foi embutido no XML "
            "ou se o arquivo não está corrompido",
        ),
    ),
    "NS_ERR_UNDEFINED_NAMESPACE": (
        _s(
            "o prefixo '{prefixo}' do atributo '{prefixo}:{atributo}' (no elemento "
            "'{elemento}') não foi declarado",
            'declare xmlns:{prefixo}="..." no elemento raiz, ou corrija o prefixo',
            r"prefix (?P<prefixo>\S+) for (?P<atributo>\S+) on (?P<elemento>\S+)",
        ),
        _s(
            "o prefixo '{prefixo}' do elemento '{prefixo}:{elemento}' não foi declarado "
            "(falta xmlns:{prefixo}=...)",
            'corrija o prefixo (o da ANS é ans:) ou declare xmlns:{prefixo}="..." no elemento raiz',
            r"prefix (?P<prefixo>\S+) on (?P<elemento>\S+)",
        ),
        _s(
            "prefixo de namespace não declarado",
            "declare o prefixo (xmlns:prefixo=...) no elemento raiz, ou corrija-o",
        ),
    ),
    "NS_ERR_QNAME": (
        _s(
            "nome '{nome}' inválido: um nome tem no máximo um ':', com texto dos dois lados",
            "corrija o nome (por exemplo ans:procedimentoExecutado)",
            r"QName '(?P<nome>[^']*)'",
        ),
        _s(
            "nome inválido: um nome tem no máximo um ':', com texto dos dois lados",
            "corrija o nome (por exemplo ans:procedimentoExecutado)",
        ),
    ),
    "NS_ERR_XML_NAMESPACE": (
        _s(
            "a declaração de namespace {declaracao} tem valor vazio",
            "dê à declaração o endereço do namespace; " + _DICA_NAMESPACE,
            r"(?P<declaracao>xmlns:\S+): Empty",
        ),
        _s(
            "declaração de namespace inválida (os prefixos xml e xmlns são reservados)",
            "remova a declaração do prefixo xml ou xmlns",
        ),
    ),
    "NS_ERR_ATTRIBUTE_REDEFINED": (
        _s(
            "atributo '{atributo}' repetido na mesma marca (com prefixos que apontam para o "
            "mesmo namespace)",
            "deixe uma só ocorrência do atributo",
            r"Attribute (?P<atributo>\S+) in",
        ),
        _s("atributo repetido na mesma marca", "deixe uma só ocorrência do atributo"),
    ),
    "WAR_NS_URI": (
        _s(
            "o namespace '{uri}' declarado em {declaracao} não é um endereço (URI) válido",
            _DICA_NAMESPACE,
            r"(?P<declaracao>xmlns\S*): '(?P<uri>.+)' is",
        ),
        _s("namespace declarado com endereço (URI) inválido", _DICA_NAMESPACE),
    ),
    "ERR_NOT_WELL_BALANCED": (
        _s(
            "marcas de abertura e fechamento desencontradas",
            "cada elemento fecha com o mesmo nome e na ordem inversa da abertura",
        ),
    ),
}
for _nome in ("ERR_INVALID_HEX_CHARREF", "ERR_INVALID_DEC_CHARREF"):
    _SINTAXE[_nome] = _SINTAXE["ERR_INVALID_CHARREF"]
_SINTAXE["ERR_INTERNAL_ERROR"] = _SINTAXE["ERR_RESOURCE_LIMIT"][:1]


def _caractere(grupos: dict[str, str]) -> str:
    """``U+0000 (NUL)`` for the character code libxml2 named, hex or decimal."""
    numero = int(grupos["hex"], 16) if grupos.get("hex") else int(grupos.get("dec") or 0)
    nome = _NOMES_DE_CONTROLE.get(numero, "de controle" if numero < 32 else "")
    return f"U+{numero:04X}" + (f" ({nome})" if nome else "")


def _sem_elemento(body: bytes) -> tuple[str, str]:
    """Why a document has no root element: empty, a declaration alone, or not XML at all."""
    prolog = _PROLOG.match(body)
    resto = body[prolog.end() if prolog else 0 :].strip()
    if not body.strip():
        return _VAZIA, _DICA_VAZIA
    if not resto:
        return (
            "o documento só tem a declaração <?xml ...?> (ou comentários): falta a mensagem",
            "o arquivo parece cortado ou gravado pela metade: obtenha-o de novo por inteiro",
        )
    for assinatura, tipo in _OUTROS_FORMATOS:
        if body.startswith(assinatura):
            return (
                f"o arquivo é {tipo}, não um XML TISS",
                "envie o arquivo .xml da mensagem TISS"
                + (" (extraia-o do arquivo compactado)" if "compactado" in tipo else ""),
            )
    return (
        "o documento não começa por um elemento XML: há texto antes do primeiro '<'",
        "um arquivo TISS começa com " + _DECLARACAO + " seguido de <ans:mensagemTISS ...>; "
        "confira se o arquivo é mesmo o XML da mensagem",
    )


def _erro_de_sintaxe(
    exc: etree.XMLSyntaxError, data: bytes, encoding: str | None
) -> tuple[str, str]:
    """The Portuguese mensagem and dica of a libxml2 syntax error (its text is English)."""
    nome = _NOME_DO_ERRO.get(exc.code, f"código {exc.code}")
    texto = _LOCAL.sub("", exc.msg or "").strip()
    bom = data.startswith(b"\xef\xbb\xbf")
    if nome == "ERR_DOCUMENT_EMPTY":
        return _sem_elemento(data[3:] if bom else data)
    if nome == "ERR_INVALID_ENCODING":
        if bom or encoding is None or encoding.upper().replace("_", "-") in ("UTF-8", "UTF8"):
            if bom:
                why = "começa com a marca de UTF-8 (BOM)"
            else:
                why = "declara UTF-8" if encoding else "não declara codificação (vale UTF-8)"
            return (
                f"bytes que não são UTF-8, e o arquivo {why}",
                "se o arquivo foi gravado em ISO-8859-1, comece-o (sem BOM) com "
                f"{_DECLARACAO}; senão, grave-o em UTF-8",
            )
        return (
            f"bytes que não valem na codificação declarada ({encoding})",
            "grave o arquivo na codificação que a declaração informa, ou corrija a declaração "
            f"(arquivos TISS são ISO-8859-1: {_DECLARACAO})",
        )
    linha, coluna = exc.position if exc.position else (exc.lineno, None)
    mensagem, dica = _traduz(nome, texto, linha, coluna)
    if nome not in ("ERR_TAG_NOT_FINISHED", "ERR_DOCUMENT_END") and _no_fim(data, linha, coluna):
        return f"o arquivo termina no meio de uma marca ({mensagem})", _DICA_CORTADO
    return mensagem, dica


def _no_fim(data: bytes, linha: int, coluna: int | None) -> bool:
    """Whether libxml2 stopped past the last byte: the file ends inside the markup."""
    linhas = _QUEBRA.split(data.rstrip(b" \t\r\n"))
    if coluna is None or linha < len(linhas):
        return False
    return linha > len(linhas) or coluna > len(linhas[-1])


def _traduz(nome: str, texto: str, linha: int, coluna: int | None) -> tuple[str, str]:
    """The first variant of :data:`_SINTAXE` for ``nome`` that fits libxml2's ``texto``."""
    for variante in _SINTAXE.get(nome, ()):
        achado = variante.detalhe.search(texto) if variante.detalhe else None
        if variante.detalhe is not None and achado is None:
            continue
        grupos = {k: v for k, v in (achado.groupdict() if achado else {}).items() if v}
        if "hex" in grupos or "dec" in grupos:
            grupos["caractere"] = _caractere(grupos)
        try:
            mensagem = variante.mensagem.format(**grupos)
            dica = variante.dica.format(**grupos)
        except KeyError:  # a name the template needs came out empty
            continue
        if grupos.get("prefixo") == "ans":
            dica = (
                "declare o namespace da ANS no elemento raiz: "
                f'<ans:mensagemTISS xmlns:ans="{NAMESPACE}">'
            )
        return mensagem, dica
    onde = f"na linha {linha}" + (f", coluna {coluna}" if coluna else "")
    return f"erro de sintaxe {onde} (erro {nome} do libxml2)", _MALFORMED_HINT


def load(source: Source, *, max_bytes: int = MAX_BYTES) -> Document:
    """Parse ``source`` safely into a :class:`Document` (any XML; see :func:`load_tiss`)."""
    data, name = read_bytes(source, max_bytes=max_bytes)
    if data.startswith(_WIDE_PREFIXES):
        raise TissEncodingError(
            "entrada em UTF-16/UTF-32: arquivos TISS são ISO-8859-1",
            codigo=regras.CODIFICACAO_RECUSADA.codigo,
            linha=1,
            dica="salve o arquivo em ISO-8859-1 (ou UTF-8)",
        )
    encoding = declared_encoding(data)
    if encoding and encoding.lower().replace("-", "").replace("_", "").startswith(
        ("utf16", "utf32", "ucs2", "ucs4")
    ):
        raise TissEncodingError(
            f"codificação declarada {encoding} não aceita: arquivos TISS são ISO-8859-1",
            codigo=regras.CODIFICACAO_RECUSADA.codigo,
            linha=1,
            dica="salve o arquivo em ISO-8859-1 (ou UTF-8)",
        )
    inicio = len(_BOM) if data.startswith(_BOM) else 0
    prolog = _PROLOG.match(data, inicio)
    if data.startswith(b"<!DOCTYPE", prolog.end() if prolog else inicio):
        raise _dtd_refused(data[inicio:])
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (exc.lineno, None)
        message, hint = _erro_de_sintaxe(exc, data, encoding)
        raise TissParseError(
            f"XML malformado: {message}",
            codigo=regras.MALFORMADO.codigo,
            linha=line,
            coluna=column,
            dica=hint,
        ) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise _dtd_refused(data[inicio:])
    return Document(root=root, encoding=encoding, size=len(data), name=name)


def _padrao(root: etree._Element, namespace: str = NAMESPACE) -> etree._Element | None:
    """``cabecalho/Padrao`` (or the pre-4.0 ``versaoPadrao``) of a ``mensagemTISS``; with
    ``namespace=""``, one written without the TISS namespace."""
    cabecalho = root.find(f"{{{namespace}}}cabecalho" if namespace else "cabecalho")
    if cabecalho is None:
        cabecalho = root.find(f"{{{NAMESPACE}}}cabecalho")
    if cabecalho is None:
        return None
    for tag in ("Padrao", "versaoPadrao"):
        found = cabecalho.find(f".//{{{namespace}}}{tag}" if namespace else f".//{tag}")
        if found is not None and found.text:
            return found
    return None


def _namespace(element: etree._Element) -> str | None:
    return etree.QName(element).namespace if isinstance(element.tag, str) else None


def _nome_local(element: etree._Element) -> str | None:
    return etree.QName(element).localname if isinstance(element.tag, str) else None


def _padrao_em_qualquer_namespace(
    root: etree._Element,
) -> tuple[etree._Element | None, etree._Element | None]:
    """The ``cabecalho`` of a ``mensagemTISS`` and its ``Padrao`` (or ``versaoPadrao``),
    each in any namespace or none, the TISS one first; the ``Padrao`` may be empty."""
    cabecalhos = [filho for filho in root if _nome_local(filho) == "cabecalho"]
    cabecalhos.sort(key=lambda c: _namespace(c) != NAMESPACE)
    for cabecalho in cabecalhos:
        achados = [e for e in cabecalho.iter() if _nome_local(e) in ("Padrao", "versaoPadrao")]
        achados.sort(key=lambda e: (not (e.text or "").strip(), _namespace(e) != NAMESPACE))
        if achados:
            return cabecalho, achados[0]
    return (cabecalhos[0] if cabecalhos else None), None


def versao_declarada(root: etree._Element) -> str | None:
    """The version a ``mensagemTISS`` declares in ``cabecalho/Padrao``, or ``None``."""
    padrao = _padrao(root)
    return padrao.text.strip() if padrao is not None and padrao.text else None


def versao_suportada(versao: str) -> str:
    """``versao`` itself when the library has its schemas, else :class:`TissVersionError`
    naming the supported ones (for a version given as an argument)."""
    if versao not in VERSOES:
        raise TissVersionError(versao, tuple(VERSOES), argumento=True)
    return versao


def load_tiss(
    source: Source, *, max_bytes: int = MAX_BYTES, versao: str | None = None
) -> tuple[Document, str]:
    """Like :func:`load`, and require a ``mensagemTISS``; also return the version to read it
    in: ``versao`` when given, else the declared ``Padrao``, which must be supported."""
    if versao is not None:
        versao_suportada(versao)
    doc = load(source, max_bytes=max_bytes)
    root = doc.root
    if root.tag != ROOT_TAG:
        found = etree.QName(root).localname if isinstance(root.tag, str) else str(root.tag)
        namespace = etree.QName(root).namespace if isinstance(root.tag, str) else None
        raise TissParseError(
            f"o documento não é uma mensagem TISS: elemento raiz '{found}'"
            + (f" no namespace {namespace}" if namespace else " sem namespace")
            + f", esperado 'mensagemTISS' no namespace {NAMESPACE}",
            codigo=regras.NAO_TISS.codigo,
            linha=root.sourceline,
            xpath=f"/{found}",
            dica="envie um arquivo mensagemTISS gerado pelo sistema de faturamento",
        )
    if versao is not None:
        return doc, versao
    declarada = versao_declarada(root)
    if declarada not in VERSOES:
        from tiss_conecta.models.esquema import schemas_que_aceitam

        padrao = _padrao(root)
        cabecalho, qualquer = _padrao_em_qualquer_namespace(root)
        fora = padrao is None and qualquer is not None and _namespace(qualquer) != NAMESPACE
        if padrao is None and qualquer is not None:  # empty, or outside the TISS namespace
            padrao, declarada = qualquer, (qualquer.text or "").strip()
        lugar = padrao if padrao is not None else cabecalho if cabecalho is not None else root
        raise TissVersionError(
            declarada,
            tuple(VERSOES),
            linha=lugar.sourceline,
            lido_por=schemas_que_aceitam(declarada) if declarada else (),
            fora_do_namespace=fora,
        )
    return doc, declarada
