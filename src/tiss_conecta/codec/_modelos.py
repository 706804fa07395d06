"""Between bytes and the generated dataclasses: :func:`parse` and :func:`to_xml`."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from lxml import etree
from xsdata.formats.dataclass.parsers import XmlParser
from xsdata.formats.dataclass.parsers.config import ParserConfig
from xsdata.formats.dataclass.parsers.handlers import LxmlEventHandler
from xsdata.formats.dataclass.serializers.config import SerializerConfig
from xsdata.formats.dataclass.serializers.tree import TreeSerializer

from tiss_conecta import models
from tiss_conecta.codec import _fonte, _hash, _rapido, _xsd, regras
from tiss_conecta.errors import TissParseError, TissSchemaError, TissSerializationError

__all__ = ["na_versao", "parse", "render", "stamp", "to_xml"]

NS_MAP = {"ans": models.NAMESPACE, "ds": _hash.DSIG_NAMESPACE}
DECLARATION = b'<?xml version="1.0" encoding="ISO-8859-1"?>\n'


_STRAY_TEXT = "boolean(//ans:*[*]/text()[normalize-space()])"
"""Text beside child elements: no TISS type has mixed content, and binding would drop it.
Evaluated per call (``Element.xpath``), so no compiled evaluator is shared between threads."""
_ATRIBUTO = "boolean(//@*)"
"""Whether the file has any attribute at all (most have none): only then look for xsi."""
_XSI = "boolean(//@xsi:type | //@xsi:nil)"
"""Attributes that change xsdata's binding (``xsi:schemaLocation`` and the like do not):
files with them take xsdata's path. The generated readers refuse stray text themselves."""
_NAMESPACES = {"ans": models.NAMESPACE, "xsi": "http://www.w3.org/2001/XMLSchema-instance"}


def _first_schema_error(root: etree._Element, versao: str) -> TissSchemaError | None:
    achados = _xsd.achados_xsd(root, versao)
    if not achados:
        return None
    primeiro = achados[0]
    return TissSchemaError(
        primeiro.mensagem,
        achados=achados,
        linha=primeiro.linha,
        coluna=primeiro.coluna,
        xpath=primeiro.xpath,
        dica=primeiro.dica or "corrija o campo indicado conforme o XSD TISS " + versao,
        codigo=primeiro.codigo,
    )


def parse(
    data_or_source: _fonte.Source,
    *,
    strict: bool = False,
    max_bytes: int = _fonte.MAX_BYTES,
    versao: str | None = None,
) -> Any:
    """Read any ``mensagemTISS`` into the generated dataclasses of its version.

    The version is the one ``cabecalho/Padrao`` declares; ``versao`` forces another, e.g.
    ``versao="4.01.00"`` for a file declaring 4.00.01, which the 4.01.00 XSD accepts.

    ``strict=True`` validates against the XSD first and raises
    :class:`~tiss_conecta.errors.TissSchemaError` at the first error; otherwise a file the
    schema would refuse is read as far as its content maps onto the model, and anything that
    does not map raises a located :class:`~tiss_conecta.errors.TissParseError` (nothing is
    dropped silently).

    >>> import tiss_conecta as tiss
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt", "4.02.00"))
    >>> guias = lote.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt
    >>> tiss.models.versao_de(lote), len(guias)
    ('4.02.00', 3)
    >>> tiss.parse("<ans:mensagemTISS xmlns:ans='http://www.ans.gov.br/padroes/tiss/schemas'/>")
    Traceback (most recent call last):
    tiss_conecta.errors.TissVersionError: [xml.versao] a mensagem não declara a versão TISS...
    """
    data, _ = _fonte.read_bytes(data_or_source, max_bytes=max_bytes)
    doc, versao = _fonte.load_tiss(data, max_bytes=max_bytes, versao=versao)
    if strict:
        error = _first_schema_error(doc.root, versao)
        if error is not None:
            raise error
    if not doc.root.xpath(_ATRIBUTO) or not doc.root.xpath(_XSI, namespaces=_NAMESPACES):
        try:
            return _rapido.ler(doc.root, versao)
        except Exception:  # xsdata's path below gives the answer or the error
            pass
    if doc.root.xpath(_STRAY_TEXT, namespaces=_NAMESPACES):
        located = _first_schema_error(doc.root, versao)
        if located is not None:
            raise located
    try:
        return ler_por_xsdata(doc.root, versao)
    except Exception as exc:  # xsdata raises several types; all mean "does not map"
        # binding consumed the tree (xsdata clears elements as it goes): read it again
        located = _first_schema_error(_fonte.load(data).root, versao)
        if located is not None:
            raise located from exc
        raise TissParseError(
            f"o conteúdo não corresponde ao modelo TISS {versao}: {exc}",
            codigo=regras.FORA_DO_MODELO.codigo,
            dica="valide o arquivo contra o XSD (tiss-conecta validate) para ver o campo",
        ) from exc


def ler_por_xsdata(root: etree._Element, versao: str) -> Any:
    """The message under ``root`` bound by xsdata's parser: the reference the generated
    readers equal, and the path for what they do not take. Consumes the tree."""
    parser = XmlParser(
        context=_rapido.contexto(),
        config=ParserConfig(fail_on_unknown_properties=True, fail_on_converter_warnings=True),
        handler=LxmlEventHandler,
    )
    return parser.parse(root, models.carregar(versao).MensagemTiss)


def _modulo_da_mensagem(message: object) -> ModuleType:
    m = models.modulo_de(message)
    if not isinstance(message, m.MensagemTiss):
        raise TissSerializationError(
            f"esperado um MensagemTiss, recebido {type(message).__name__}",
            codigo="xml.nao_e_mensagem",
            dica="envolva o objeto em MensagemTiss(cabecalho=..., ..., epilogo=Epilogo())",
        )
    return m


def _reler(data: bytes) -> etree._Element:
    """What the generated writer wrote, parsed back: trusted, so without the size limits of
    :mod:`._fonte` (an 8 MB PDF in an envio de documentos is one text node)."""
    parser = etree.XMLParser(
        huge_tree=True, resolve_entities=False, no_network=True, load_dtd=False
    )
    return etree.fromstring(data, parser)


def render(message: object) -> etree._Element:
    """Serialize a generated ``MensagemTiss`` into an lxml element, hash not yet stamped."""
    m = _modulo_da_mensagem(message)
    try:
        return _arvore_gerada(message, m.Epilogo)
    except Exception:  # xsdata's path gives the answer or the error
        return render_por_xsdata(message)


def _arvore_gerada(message: Any, epilogo_gerado: type) -> etree._Element:
    """:func:`render` through the generated writer: its output parsed, the epilogo put
    back as the message has it."""
    root = _reler(DECLARATION + _rapido.escrever(message)[0].encode("iso-8859-1"))
    epilogo = root[len(root) - 1]
    declarado = message.epilogo
    valor: object = getattr(declarado, "hash", None)
    if declarado is None:
        root.remove(epilogo)
    elif type(declarado) is not epilogo_gerado or not isinstance(valor, str | None):
        raise _rapido.Desvio("epilogo incomum")
    elif valor is None:
        epilogo.remove(epilogo[0])
    else:
        epilogo[0].text = valor or None
    return root


def render_por_xsdata(message: object) -> etree._Element:
    """:func:`render` through xsdata's serializer: the reference the generated writers
    equal, and the path for what they do not take."""
    serializer = TreeSerializer(
        config=SerializerConfig(encoding="ISO-8859-1"), context=_rapido.contexto()
    )
    try:
        return serializer.render(message, ns_map=NS_MAP).getroot()
    except Exception as exc:
        for where, value in _stdlib_dates(message, ""):
            tipo = "XmlTime.from_time" if isinstance(value, datetime.time) else "XmlDate.from_date"
            raise TissSerializationError(
                f"{where} tem um datetime.{type(value).__name__}; os modelos TISS usam "
                + tipo.split(".")[0],
                dica=f"converta com xsdata.models.datatype.{tipo}(...)",
            ) from exc
        raise TissSerializationError(
            f"não foi possível serializar a mensagem TISS {models.versao_de(message)}: {exc}",
            dica="confira os tipos dos campos (Decimal, XmlDate, enums do modelo)",
        ) from exc


def _stdlib_dates(value: object, where: str) -> Iterator[tuple[str, object]]:
    """Each ``datetime.date``/``time`` in a model tree (xsdata wants XmlDate/XmlTime there)."""
    if isinstance(value, datetime.date | datetime.time):
        yield where, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _stdlib_dates(item, f"{where}[{index}]")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _stdlib_dates(
                getattr(value, field.name), f"{where}.{field.name}".lstrip(".")
            )


def na_versao(message: object, versao: str | None) -> object:
    """``message`` itself, or converted when ``versao`` names another version."""
    if versao is None or versao == models.versao_de(message):
        return message
    from tiss_conecta.codec._conversao import converter

    return converter(message, _fonte.versao_suportada(versao))


def stamp(root: etree._Element, value: str) -> None:
    """Write ``value`` into ``epilogo/hash``, creating the elements where missing."""
    epilogo = root.find(_hash.EPILOGO)
    if epilogo is None:
        epilogo = etree.Element(_hash.EPILOGO)
        signature = root.find(_hash.SIGNATURE)
        if signature is None:
            root.append(epilogo)
        else:
            signature.addprevious(epilogo)
    element = epilogo.find(_hash.HASH)
    if element is None:
        element = etree.SubElement(epilogo, _hash.HASH)
    element.text = value


def to_xml(message: object, *, pretty: bool = False, versao: str | None = None) -> bytes:
    """The message as a TISS file: ISO-8859-1, XML declaration, epilogo hash stamped.

    The file is in the version of the message's models; ``versao`` writes it in another,
    through :func:`tiss_conecta.versoes.converter` (which refuses, naming every field,
    what that version cannot carry). The output is deterministic (same object, same
    bytes) and the object is not changed. A character outside ISO-8859-1 raises
    :class:`~tiss_conecta.errors.TissEncodingError`.

    >>> import tiss_conecta as tiss
    >>> lote = tiss.examples.lote_sadt(1)
    >>> dados = tiss.to_xml(lote)
    >>> dados.startswith(b'<?xml version="1.0" encoding="ISO-8859-1"?>')
    True
    >>> b"<ans:Padrao>4.03.00</ans:Padrao>" in tiss.to_xml(lote, versao="4.03.00")
    True
    """
    message = na_versao(message, versao)
    try:
        data = DECLARATION + _rapido.escrever(message)[0].encode("iso-8859-1")
    except Exception:  # xsdata's path gives the answer or the error
        return to_xml_por_xsdata(message, pretty=pretty)
    if pretty:
        root = _reler(data)
        return DECLARATION + etree.tostring(
            root, encoding="ISO-8859-1", xml_declaration=False, pretty_print=True
        )
    return data


def to_xml_por_xsdata(message: object, *, pretty: bool = False) -> bytes:
    """:func:`to_xml` through xsdata's serializer: the reference the generated writers
    equal, and the path for what they do not take."""
    _modulo_da_mensagem(message)
    root = render_por_xsdata(message)
    stamp(root, _hash.hash_tree(root))
    body = etree.tostring(root, encoding="ISO-8859-1", xml_declaration=False, pretty_print=pretty)
    return DECLARATION + body
