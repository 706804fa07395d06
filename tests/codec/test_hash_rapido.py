"""The fast epilogo hash (``codec._hash``) equals the straightforward algorithm it replaced.

The oracle below is the earlier code, kept word for word: walk every element, skip those
inside ``epilogo`` (and ``Signature``) through a set, append the text of each leaf (for a
leaf holding comments or PIs, its text and their tails). The fast code must give the same
text, the same hashes and the same errors on generated trees (nesting, text, whitespace,
CR, CDATA, comments, PIs, entities, tails, epilogo and Signature anywhere, several hash
elements, characters outside Latin-1), on every file of ../shared/corpus, on the hash
vectors and on the examples, compact and indented.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import tiss_conecta as tiss
from tests.conftest import CORPUS, SHARED
from tiss_conecta import models
from tiss_conecta.codec import _fonte, _hash, regras
from tiss_conecta.errors import TissError, TissHashError

# --- the oracle: the algorithm as it was -------------------------------------------------


def _skipped(root: etree._Element, skip_signature: bool) -> set[etree._Element]:
    tags = (_hash.EPILOGO, _hash.SIGNATURE) if skip_signature else (_hash.EPILOGO,)
    skipped: set[etree._Element] = set()
    for top in root.iter(*tags):
        skipped.update(top.iter())
    return skipped


def leaf_text_oracle(root: etree._Element, *, skip_signature: bool = True) -> str:
    skipped = _skipped(root, skip_signature)
    parts: list[str] = []
    append = parts.append
    for element in root.iter(etree.Element):
        if len(element) == 0:
            if element.text and element not in skipped:
                append(element.text)
        elif element not in skipped and not any(
            isinstance(child.tag, str) for child in element
        ):  # comments or PIs inside a leaf: their tails are the leaf's text
            append((element.text or "") + "".join(child.tail or "" for child in element))
    return "".join(parts)


def hash_tree_oracle(
    root: etree._Element, encoding: str = "iso-8859-1", *, skip_signature: bool = True
) -> str:
    if len(root.findall(f".//{_hash.HASH}")) > 1:
        raise TissHashError(
            "a mensagem tem mais de um elemento hash",
            codigo=regras.HASH_REPETIDO.codigo,
            xpath="/mensagemTISS/epilogo/hash",
            dica="deixe um único ans:hash dentro de ans:epilogo",
        )
    text = leaf_text_oracle(root, skip_signature=skip_signature)
    # what changed is how the text is gathered: encoding it and the error stay the library's
    return _hash._md5(text, encoding, root, skip_signature)  # type: ignore[arg-type]


def check_tree_oracle(root: etree._Element, *, strict: bool = False) -> tuple[object, bool]:
    found = root.findall(f".//{_hash.HASH}")
    if len(found) > 1:
        hash_tree_oracle(root)
    declared = found[0].text.strip() if found and found[0].text else None
    computed = hash_tree_oracle(root, "iso-8859-1")
    matched: _hash.Codificacao | None = None
    if declared is not None:
        wanted = declared.lower()
        if wanted == computed:
            matched = "iso-8859-1"
        elif not strict and wanted == hash_tree_oracle(root, "utf-8"):
            matched = "utf-8"
    conferencia = _hash.ConferenciaHash(
        ok=matched is not None, declarado=declared, calculado=computed, codificacao=matched
    )
    return conferencia, root.find(f".//{_hash.HASH}") is not None


def _so_a_conferencia(root: etree._Element, *, strict: bool) -> object:
    return check_tree_oracle(root, strict=strict)[0]


# --- comparing outcomes, errors included -------------------------------------------------


def _resultado(fn: Callable[..., object], *args: object, **kwargs: object) -> object:
    try:
        return fn(*args, **kwargs)
    except TissError as erro:
        return (type(erro), erro.mensagem, erro.codigo, erro.linha, erro.xpath, erro.dica)


def assert_igual(root: etree._Element) -> None:
    """Every entry point of ``_hash`` gives what the oracle gives on ``root``."""
    for skip in (True, False):
        assert _hash.leaf_text(root, skip_signature=skip) == leaf_text_oracle(
            root, skip_signature=skip
        )
        for encoding in _hash.CODIFICACOES:
            assert _resultado(_hash.hash_tree, root, encoding, skip_signature=skip) == _resultado(
                hash_tree_oracle, root, encoding, skip_signature=skip
            )
    for strict in (False, True):
        assert _resultado(_hash.conferir, root, strict=strict) == _resultado(
            check_tree_oracle, root, strict=strict
        )
        assert _resultado(_hash.check_tree, root, strict=strict) == _resultado(
            _so_a_conferencia, root, strict=strict
        )


# --- generated trees ---------------------------------------------------------------------

DSIG = _hash.DSIG_NAMESPACE
TAGS = ["ans:a", "ans:b", "c", "ans:epilogo", "ans:hash", "ds:Signature", "ds:SignatureValue"]
DECLARACOES = f'xmlns:ans="{models.NAMESPACE}" xmlns:ds="{DSIG}"'
LETRAS = " \t\n\r\xa0aZ0é&<>\"'ç€"


def _escapa(texto: str, referencias: bool) -> str:
    texto = texto.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return texto.replace("\r", "&#13;") if referencias else texto


textos = st.builds(_escapa, st.text(LETRAS, min_size=1, max_size=4), st.booleans())
conteudos = st.one_of(
    textos,
    textos,
    st.text("ab -", max_size=3)
    .filter(lambda t: "--" not in t and not t.endswith("-"))
    .map(lambda t: f"<!--{t}-->"),
    st.text("ab ", max_size=3).map(lambda t: f"<?pi {t}?>"),
    st.text(LETRAS.replace("\r", ""), max_size=3).map(lambda t: f"<![CDATA[{t}]]>"),
    st.just("&#233;&amp;&#x20AC;"),
)


def _elemento(tag: str, filhos: list[str]) -> str:
    return f"<{tag}>{''.join(filhos)}</{tag}>" if filhos else f"<{tag}/>"


elementos = st.recursive(
    st.builds(_elemento, st.sampled_from(TAGS), st.lists(conteudos, max_size=2)),
    lambda filhos: st.builds(
        _elemento, st.sampled_from(TAGS), st.lists(st.one_of(filhos, conteudos), max_size=6)
    ),
    max_leaves=25,
)


@st.composite
def documentos(draw: st.DrawFn) -> bytes:
    raiz = draw(st.sampled_from(["ans:mensagemTISS", *TAGS]))
    filhos = draw(st.lists(st.one_of(elementos, conteudos), max_size=6))
    corpo = f"<{raiz} {DECLARACOES}>{''.join(filhos)}</{raiz}>"
    antes = draw(st.sampled_from(["", "<!-- antes -->", "<?pi antes?>\n"]))
    return (antes + corpo).encode("utf-8")


PARSERS: dict[str, Callable[[], etree.XMLParser]] = {
    "seguro": _fonte._parser,
    "cdata": lambda: etree.XMLParser(strip_cdata=False, resolve_entities=False),
}


@settings(max_examples=400)
@given(documentos(), st.sampled_from(sorted(PARSERS)))
def test_arvores_geradas(data: bytes, parser: str) -> None:
    root = etree.fromstring(data, PARSERS[parser]())
    assert_igual(root)
    for sub in root.iter(etree.Element):  # any element as the root of the hash
        assert _hash.leaf_text(sub) == leaf_text_oracle(sub)
        assert _hash.leaf_text(sub, skip_signature=False) == leaf_text_oracle(
            sub, skip_signature=False
        )


@settings(max_examples=300)
@given(
    documentos(),
    st.sampled_from([1, 2, 3, 5, 8]),
    st.sampled_from([1, 2, 3, 128]),
    st.sampled_from([0, 1, 3, 1024]),
)
def test_arvores_geradas_divididas(data: bytes, grande: int, largo: int, pedacos: int) -> None:
    """Large subtrees are hashed a child at a time: the same text with any thresholds."""
    root = etree.fromstring(data, _fonte._parser())
    xpaths = (
        etree.XPath(_hash._TEXTO_COM_IRMAO),
        etree.XPath(f"boolean(descendant::node()[{grande}])"),
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_hash, "_xpaths", lambda: xpaths)
        mp.setattr(_hash, "_LARGO", largo)
        mp.setattr(_hash, "_PEDACOS", pedacos)
        assert_igual(root)


@settings(max_examples=200)
@given(st.data())
def test_arvores_montadas_com_entidades(data: st.DataObject) -> None:
    """Trees built through the API: entity references (which XPath does not see), CDATA as
    a leaf's text, tails on anything."""
    root = etree.Element(f"{{{models.NAMESPACE}}}mensagemTISS", nsmap={"ans": models.NAMESPACE})
    nos = [root]
    for _ in range(data.draw(st.integers(1, 25))):
        pai = data.draw(st.sampled_from([n for n in nos if isinstance(n.tag, str)]))
        tipo = data.draw(st.sampled_from(["elemento", "elemento", "comentario", "pi", "entidade"]))
        if tipo == "elemento":
            tag = data.draw(st.sampled_from(TAGS)).replace("ans:", f"{{{models.NAMESPACE}}}")
            no = etree.SubElement(pai, tag.replace("ds:", f"{{{DSIG}}}"))
            texto = data.draw(st.sampled_from([None, "", "x", " ", "é", "€"]))
            if texto is not None and data.draw(st.booleans()):
                no.text = etree.CDATA(texto)
            else:
                no.text = texto
        elif tipo == "comentario":
            no = etree.Comment("c")
            pai.append(no)
        elif tipo == "pi":
            no = etree.ProcessingInstruction("pi", "d")
            pai.append(no)
        else:
            no = etree.Entity("ent")
            pai.append(no)
        no.tail = data.draw(st.sampled_from([None, "", "t", "\n  "]))
        nos.append(no)
    assert_igual(root)


# --- real files --------------------------------------------------------------------------


def _arquivos() -> list[Path]:
    vetores = SHARED / "tiss" / "hash-vectors" / "inputs"
    return sorted((CORPUS / "files").glob("*.xml")) + sorted(vetores.glob("*.xml"))


def _legiveis() -> list[Path]:
    """The files the safe reader accepts (the others are refused before any hash)."""
    legiveis = []
    for path in _arquivos():
        try:
            _fonte.load(path)
        except TissError:
            continue
        legiveis.append(path)
    return legiveis


LEGIVEIS = _legiveis()


@pytest.mark.parametrize("path", LEGIVEIS, ids=lambda p: p.name)
def test_arquivos_do_corpus_e_vetores(path: Path) -> None:
    root = _fonte.load(path).root
    assert_igual(root)
    indentado = etree.fromstring(etree.tostring(root, pretty_print=True))
    assert_igual(indentado)


def test_todos_os_arquivos_foram_lidos() -> None:
    assert len(LEGIVEIS) == 43  # of 30 corpus files and 20 vectors: 6 malformed, 1 UTF-16


@pytest.mark.parametrize("versao", list(models.VERSOES))
@pytest.mark.parametrize("pretty", [False, True])
def test_exemplos(versao: str, pretty: bool) -> None:
    data = tiss.to_xml(tiss.examples.lote_sadt(5, versao=versao), pretty=pretty)
    root = _fonte.load(data).root
    assert_igual(root)
    assert tiss.validate(data).hash == check_tree_oracle(root)[0]


def test_lote_grande_dividido() -> None:
    """More than 20,000 nodes: the lote is hashed a guia at a time."""
    data = tiss.to_xml(tiss.examples.lote_sadt(100, versao="4.03.00", itens_por_guia=20))
    root = _fonte.load(data).root
    pedacos = _hash._pedacos(
        root, list(root.iter(_hash.EPILOGO, _hash.SIGNATURE)), _hash._tags(True)
    )
    assert len(list(pedacos)) > 100
    assert_igual(root)
    assert_igual(etree.fromstring(etree.tostring(root, pretty_print=True)))


def test_elemento_largo_compacto_e_indentado() -> None:
    for separador in ("", "\n  "):
        filhos = separador.join(f"<ans:a><ans:b>{i}</ans:b></ans:a>" for i in range(5000))
        data = f"<ans:m {DECLARACOES}>{filhos}<ans:epilogo><ans:hash>x</ans:hash>"
        data += "</ans:epilogo></ans:m>"
        root = etree.fromstring(data.encode())
        assert_igual(root)


@pytest.mark.parametrize(
    "filho",
    [
        "<ans:a>x</ans:a>",
        "<ans:a>x</ans:a>\n",
        "<ans:a>x</ans:a><!--c-->",
        "<ans:a>x<!--c-->y</ans:a>",
    ],
)
def test_elemento_muito_largo_em_tempo_linear(filho: str) -> None:
    """200,000 children, with and without tails and comments: a quadratic step (libxml2
    merging node sets, an ``or`` evaluated in full) would keep this test from finishing."""
    data = f"<ans:m {DECLARACOES}><ans:w>{filho * 200_000}</ans:w></ans:m>".encode()
    root = etree.fromstring(data)
    assert _hash.leaf_text(root) == leaf_text_oracle(root)


def test_threads() -> None:
    """One compiled XPath per thread: concurrent hashing gives each tree its own hash."""
    datas = [
        tiss.to_xml(tiss.examples.lote_sadt(n, versao="4.03.00"), pretty=n % 2 == 0)
        for n in range(1, 7)
    ]
    esperado = [hash_tree_oracle(_fonte.load(d).root) for d in datas]
    erros: list[str] = []

    def trabalho() -> None:
        for _ in range(20):
            for data, hash_ in zip(datas, esperado, strict=True):
                if tiss.compute_hash(data) != hash_:
                    erros.append(hash_)

    threads = [threading.Thread(target=trabalho) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert erros == []
