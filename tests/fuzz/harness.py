"""The fuzz harness: seeds, Hypothesis-driven mutators and :func:`exercitar`.

Only :class:`~tiss_conecta.errors.TissError` (and its subclasses) may come out of the
library on any input: ``parse``, ``rules.check``, ``conciliar``, the montagem of a recurso,
``corrigir`` and ``tabelas.registros`` may raise it; ``validate`` and ``preenvio.conferir``
report problems as achados and raise nothing; the reprs raise nothing.

Two families of mutators, both strategies of bytes drawn by Hypothesis (so a failure shrinks
to a small input):

* byte level (:func:`mutacao_bytes`): flip a bit, insert, delete, truncate, splice two seeds,
  insert XML-ish tokens (``<``, ``&``, ``]]>``, ``&#0;``...), huge numbers, non-Latin-1
  characters, BOMs, a DOCTYPE with an entity bomb or an external entity, another declared
  encoding;
* structure aware (:func:`mutacao_estrutura`): parse the seed with lxml, then delete,
  duplicate, swap and reorder elements and replace texts with edge values
  (:data:`VALORES_LIMITE`), optionally restamping the epilogo hash so the message goes past
  the hash check.

:func:`exercitar` runs every entry point on one input and says, per entry point, ``ok``,
``TissError(code)``, ``pulado`` (needs a parsed message and parse failed) or
``UNEXPECTED <type>: <message>``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from lxml import etree

import tiss_conecta as tiss
from tiss_conecta import conciliacao, examples, leitura, models, montagem, preenvio, rules, tabelas
from tiss_conecta.errors import TissError

RAIZ = Path(__file__).resolve().parent.parent.parent
SHARED = Path(os.environ.get("TISS_CONECTA_SHARED", RAIZ.parent / "shared"))
CORPUS = SHARED / "corpus" / "files"
NS = "http://www.ans.gov.br/padroes/tiss/schemas"

DATA_ENVIO = dt.date(2025, 6, 2)
PERFIS = ("tiss", "arcelormittal", "pasa")

ENTRADAS = (
    "parse",
    "validate",
    "conferir",
    "corrigir",
    "registros",
    "check",
    "conciliar",
    "montagem",
    "leitura",
    "repr",
)
"""The entry points :func:`exercitar` runs, in order."""
SEM_EXCECAO = frozenset({"validate", "conferir", "repr"})
"""Entry points from which nothing at all may come out (not even a TissError)."""
PULADO = "pulado"
OK = "ok"
INESPERADO = "UNEXPECTED"

# --- seeds ---------------------------------------------------------------------------------


@cache
def sementes_exemplos() -> tuple[bytes, ...]:
    """The shipped examples, every name in every version."""
    return tuple(
        examples.caminho(nome, versao).read_bytes()
        for versao in models.VERSOES
        for nome in examples.EXEMPLOS
    )


@cache
def sementes_corpus() -> tuple[bytes, ...]:
    """The corpus files of ../shared (read at run time; empty where there is none)."""
    if not CORPUS.is_dir():
        return ()
    return tuple(p.read_bytes() for p in sorted(CORPUS.glob("*.xml")))


@cache
def sementes() -> tuple[bytes, ...]:
    """Every file seed: the examples, then the corpus."""
    return sementes_exemplos() + sementes_corpus()


@cache
def _exemplo_lido(nome: str, versao: str) -> Any:
    return tiss.parse(examples.caminho(nome, versao))


def mensagens_geradas() -> st.SearchStrategy[bytes]:
    """Schema-valid messages of the strategies, written out: lotes, their demonstrativos and
    messages of any transaction type, in any supported version."""
    from tiss_conecta import strategies as tst

    versoes = st.sampled_from(tuple(models.VERSOES))
    lote = versoes.flatmap(lambda v: tst.lote_valido(versao=v, max_guias=3))
    demonstrativo = lote.flatmap(tst.demonstrativo_do_lote)
    qualquer = versoes.flatmap(lambda v: tst.mensagem(versao=v))
    return st.one_of(lote, demonstrativo, qualquer).map(tiss.to_xml)


def semente(*, geradas: bool = True) -> st.SearchStrategy[bytes]:
    """A seed: a shipped example or corpus file, or (``geradas``) a generated message."""
    arquivos = st.sampled_from(sementes())
    return st.one_of(arquivos, mensagens_geradas()) if geradas else arquivos


# --- byte-level mutators -------------------------------------------------------------------

TOKENS: tuple[bytes, ...] = (
    b"<",
    b">",
    b"&",
    b"&amp",
    b"&#0;",
    b"&#x0;",
    b"&#1;",
    b"&#xD800;",
    b"&#1114112;",
    b"&#99999999999999999999;",
    b"&nao_existe;",
    b"]]>",
    b"<![CDATA[",
    b"<![CDATA[x]]>",
    b"<!--",
    b"-->",
    b"<?xml version='1.0'?>",
    b"<?pi dados?>",
    b"</",
    b"/>",
    b"<a:b:c>",
    b'xmlns="urn:outro"',
    b'xmlns:ans=""',
    b"\x00",
    b"\x1b",
    b"\xff\xfe",
    b"\x80",
    b"\xc3\x28",
    b"\xed\xa0\x80",
    b"999999999999999999999999999999",
    b"-999999999999999999999999999999.99",
    b"1E+999999",
    b"NaN",
    b"\xe6\xbc\xa2\xe5\xad\x97",  # 漢字 in UTF-8
    b"\xe2\x82\xac",  # € in UTF-8
    b"\xf0\x9f\x98\x80",  # an emoji in UTF-8
    b"\xa4",  # ¤ in Latin-1 (€ in Latin-9)
)
"""Bytes inserted at random places."""

BOMS: tuple[bytes, ...] = (
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\x00\x00\xfe\xff",
    b"\xff\xfe\x00\x00",
)

_BOMBA = (
    b'<!DOCTYPE ans:mensagemTISS [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">'
    b'<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>'
)
DOCTYPES: tuple[bytes, ...] = (
    _BOMBA,
    b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>',
    b'<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;]>',
    b'<!DOCTYPE x SYSTEM "file:///nao/existe.dtd">',
    b"<!DOCTYPE x>",
    b'<!DOCTYPE x [<!ENTITY q "&q;">]>',
)
"""DOCTYPEs put after the XML declaration (entity references to them are TOKENS too)."""
REFERENCIAS = (b"&g;", b"&xxe;", b"&q;")

DECLARACOES: tuple[bytes, ...] = (
    b'<?xml version="1.0" encoding="UTF-8"?>',
    b'<?xml version="1.0" encoding="ISO-8859-1"?>',
    b'<?xml version="1.0" encoding="UTF-16"?>',
    b'<?xml version="1.0" encoding="windows-1252"?>',
    b'<?xml version="1.0" encoding="latin-9"?>',
    b'<?xml version="1.0" encoding="nao-existe"?>',
    b'<?xml version="1.1" encoding="ISO-8859-1"?>',
    b'<?xml version="2.0"?>',
    b"",
)


def _declaracao_fim(dados: bytes) -> int:
    """Where the XML declaration ends (0 when there is none)."""
    if dados.lstrip(b"\xef\xbb\xbf").startswith(b"<?xml"):
        fim = dados.find(b"?>")
        if fim >= 0:
            return fim + 2
    return 0


@st.composite
def _operacao_bytes(draw: st.DrawFn, dados: bytes) -> bytes:
    n = len(dados)
    pos = draw(st.integers(0, n))
    op = draw(
        st.sampled_from(
            (
                "flip",
                "inserir",
                "apagar",
                "truncar",
                "emendar",
                "token",
                "numero",
                "bom",
                "doctype",
                "declaracao",
                "nao_latin1",
                "duplicar",
            )
        )
    )
    if op == "flip" and n:
        i = min(pos, n - 1)
        bit = draw(st.integers(0, 7))
        return dados[:i] + bytes([dados[i] ^ (1 << bit)]) + dados[i + 1 :]
    if op == "inserir":
        return dados[:pos] + draw(st.binary(min_size=1, max_size=16)) + dados[pos:]
    if op == "apagar":
        tamanho = draw(st.integers(1, 256))
        return dados[:pos] + dados[pos + tamanho :]
    if op == "truncar":
        return dados[:pos]
    if op == "emendar":
        outra = draw(st.sampled_from(sementes()))
        corte = draw(st.integers(0, len(outra)))
        return dados[:pos] + outra[corte:]
    if op == "token":
        token = draw(st.sampled_from(TOKENS + REFERENCIAS))
        return dados[:pos] + token + dados[pos:]
    if op == "numero":
        # a number where one was: past the digit run that starts at or after pos
        inicio = next((i for i in range(pos, n) if dados[i : i + 1].isdigit()), n)
        fim = inicio
        while fim < n and dados[fim : fim + 1].isdigit():
            fim += 1
        numero = draw(
            st.sampled_from(
                (b"9" * 30, b"-" + b"9" * 30, b"1E+5", b"0" * 40 + b"1", b"1" * 400, b"-0", b"")
            )
        )
        return dados[:inicio] + numero + dados[fim:]
    if op == "bom":
        return draw(st.sampled_from(BOMS)) + dados
    if op == "doctype":
        fim = _declaracao_fim(dados)
        return dados[:fim] + draw(st.sampled_from(DOCTYPES)) + dados[fim:]
    if op == "declaracao":
        fim = _declaracao_fim(dados)
        return draw(st.sampled_from(DECLARACOES)) + dados[fim:]
    if op == "nao_latin1":
        texto = draw(st.text(st.characters(min_codepoint=0x100), min_size=1, max_size=8))
        codificacao = draw(st.sampled_from(("utf-8", "utf-16-le", "utf-16")))
        return dados[:pos] + texto.encode(codificacao, "surrogatepass") + dados[pos:]
    # duplicar: repeat a slice
    tamanho = draw(st.integers(1, 512))
    return dados[:pos] + dados[pos : pos + tamanho] * draw(st.integers(2, 4)) + dados[pos:]


@st.composite
def mutacao_bytes(draw: st.DrawFn, semente: bytes, *, max_operacoes: int = 4) -> bytes:
    """``semente`` after 1 to ``max_operacoes`` byte-level mutations."""
    dados = semente
    for _ in range(draw(st.integers(1, max_operacoes))):
        dados = draw(_operacao_bytes(dados))
    return dados


# --- structure-aware mutators --------------------------------------------------------------

VALORES_LIMITE: tuple[str, ...] = (
    "",
    " ",
    "   ",
    "\t\n",
    "0",
    "00",
    "-1",
    "-0.01",
    "-0",
    "0.001",
    "1E+5",
    "1e-7",
    "NaN",
    "Infinity",
    "123456789012345678901234567890",
    "123456789012345678901234567890.99",
    "-123456789012345678901234567890",
    "99999999999.99",
    "1,50",
    "1.000,50",
    "2025-02-30",
    "2025-13-01",
    "0000-00-00",
    "9999-12-31",
    "0001-01-01",
    "29/05/2025",
    "2025-06-02T10:00:00",
    "2025-06-02Z",
    "24:00:00",
    "25:61:61",
    "10:00:00.123456789",
    "x" * 5000,
    "9" * 5000,
    "ção",
    "漢字",
    "€",
    "\u200b",
    "\U0001f600",
    "A",
    "Z",
    "ZZ",
    "99",
    "999",
    "9999",
    "ENVIO_LOTE_GUIAS",
    "DEMONSTRATIVO_ANALISE_CONTA",
    "RECURSO_GLOSA",
    "4.01.00",
    "4.03.00",
    "3.05.00",
    "9.99.99",
    "true",
    "S",
    "N",
)
"""Texts put in place of an element's text: blanks, numbers out of range or in other
notations, impossible or foreign dates and times, very long strings, characters outside
Latin-1, and codes of the wrong enumeration."""


def _elementos(raiz: etree._Element) -> list[etree._Element]:
    return [e for e in raiz.iter() if isinstance(e.tag, str)]


def _folhas(raiz: etree._Element) -> list[etree._Element]:
    return [e for e in _elementos(raiz) if len(e) == 0]


def _restampar(raiz: etree._Element) -> None:
    """Write the hash the library computes into ``epilogo/hash`` (when both exist)."""
    hashes = raiz.findall(f"{{{NS}}}epilogo/{{{NS}}}hash")
    if not hashes:
        return
    hashes[0].text = ""
    with contextlib.suppress(TissError):
        hashes[0].text = tiss.compute_hash(etree.tostring(raiz))


def _aplicar(raiz: etree._Element, op: str, i: int, j: int, valor: str) -> None:
    """One structural mutation; ``i`` and ``j`` pick elements, modulo their count."""
    todos = _elementos(raiz)
    alvo = todos[i % len(todos)]
    pai = alvo.getparent()
    if op == "texto":
        folhas = _folhas(raiz)
        folhas[i % len(folhas)].text = valor
    elif op == "apagar" and pai is not None:
        pai.remove(alvo)
    elif op == "duplicar" and pai is not None:
        pai.insert(pai.index(alvo), etree.fromstring(etree.tostring(alvo)))
    elif op == "trocar":
        outro = todos[j % len(todos)]
        if outro is alvo or pai is None or outro.getparent() is None:
            return
        if alvo in outro.iterancestors() or outro in alvo.iterancestors():
            return
        marca = etree.Element("marca")
        alvo.addprevious(marca)
        outro.addprevious(alvo)
        marca.addprevious(outro)
        marca.getparent().remove(marca)  # type: ignore[union-attr]
    elif op == "inverter" and len(alvo) > 1:
        filhos = list(alvo)
        for f in filhos:
            alvo.remove(f)
        alvo.extend(reversed(filhos))
    elif op == "mover" and pai is not None:
        # to the end of its parent's children
        pai.remove(alvo)
        pai.append(alvo)
    elif op == "esvaziar":
        for f in list(alvo):
            alvo.remove(f)
        alvo.text = None
    elif op == "renomear":
        outro = todos[j % len(todos)]
        alvo.tag = outro.tag
    elif op == "atributo":
        alvo.set("atributo", valor)
    elif op == "versao":
        # a supported (or another) Padrao, so files of other versions go past the version
        for padrao in raiz.iter(f"{{{NS}}}Padrao"):
            padrao.text = VERSOES_PADRAO[i % len(VERSOES_PADRAO)]


OPERACOES_ESTRUTURA = (
    "texto",
    "texto",
    "texto",
    "apagar",
    "duplicar",
    "trocar",
    "inverter",
    "mover",
    "esvaziar",
    "renomear",
    "atributo",
    "versao",
)
VERSOES_PADRAO = (*models.VERSOES, "4.00.01", "3.05.00", "4.01.00 ", "")


def _ler_seguro(dados: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        return etree.fromstring(dados, parser)
    except etree.XMLSyntaxError:
        return None


@st.composite
def mutacao_estrutura(draw: st.DrawFn, semente: bytes, *, max_operacoes: int = 4) -> bytes:
    """``semente`` parsed with lxml after 1 to ``max_operacoes`` structural mutations,
    written in a drawn encoding, its hash restamped or not (a seed lxml cannot read is
    returned as it is)."""
    raiz = _ler_seguro(semente)
    if raiz is None:
        return semente
    for _ in range(draw(st.integers(1, max_operacoes))):
        op = draw(st.sampled_from(OPERACOES_ESTRUTURA))
        i = draw(st.integers(0, 10_000))
        j = draw(st.integers(0, 10_000))
        valor = draw(st.one_of(st.sampled_from(VALORES_LIMITE), st.text(max_size=40)))
        _aplicar(raiz, op, i, j, _xml_valido(valor))
    if draw(st.booleans()):
        _restampar(raiz)
    codificacao = draw(st.sampled_from(("ISO-8859-1", "UTF-8")))
    return bytes(etree.tostring(raiz, xml_declaration=True, encoding=codificacao))


def _xml_valido(texto: str) -> str:
    """``texto`` without the characters lxml refuses to put in a tree (controls, surrogates)."""
    return "".join(
        c
        for c in texto
        if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd") or c > "\uffff"
    )


def entradas(*, geradas: bool = True) -> st.SearchStrategy[bytes]:
    """Any fuzz input: a seed as it is, mutated byte by byte or structurally, or both."""
    base = semente(geradas=geradas)
    estrutura = base.flatmap(mutacao_estrutura)
    # structural mutations mostly, as most byte-level ones stop at the XML parser
    return st.one_of(
        base.flatmap(mutacao_bytes),
        estrutura,
        estrutura,
        base.flatmap(lambda s: mutacao_estrutura(s, max_operacoes=1)),
        estrutura.flatmap(mutacao_bytes),
    )


# --- running the entry points --------------------------------------------------------------


@dataclass
class Resultado:
    """What each entry point did with one input."""

    desfechos: dict[str, str] = field(default_factory=dict)
    """Entry point → ``ok``, ``TissError(<codigo>)``, ``pulado`` or ``UNEXPECTED ...``."""
    rastros: dict[str, str] = field(default_factory=dict)
    """Entry point → the traceback of its unexpected exception."""

    @property
    def inesperados(self) -> dict[str, str]:
        """The entry points that let out what they may not."""
        return {k: v for k, v in self.desfechos.items() if v.startswith(INESPERADO)}

    @property
    def ok(self) -> bool:
        return not self.inesperados

    def __str__(self) -> str:
        return "; ".join(f"{k}: {v}" for k, v in self.desfechos.items())


def _rodar(resultado: Resultado, nome: str, f: Callable[[], Any]) -> Any:
    """Call ``f`` as entry point ``nome`` and record what happened; its value or None."""
    if nome in resultado.desfechos and resultado.desfechos[nome] != OK:
        return None  # the first problem of an entry point is the one recorded
    try:
        valor = f()
    except TissError as e:
        if nome in SEM_EXCECAO:
            resultado.desfechos[nome] = f"{INESPERADO} {type(e).__name__}: {e}"[:500]
            resultado.rastros[nome] = traceback.format_exc()
        else:
            resultado.desfechos[nome] = f"TissError({e.codigo})"
        return None
    except RecursionError as e:
        resultado.desfechos[nome] = f"{INESPERADO} {type(e).__name__}: {e}"[:500]
        resultado.rastros[nome] = "".join(traceback.format_exception(e)[-12:])
        return None
    except Exception as e:
        resultado.desfechos[nome] = f"{INESPERADO} {type(e).__name__}: {e}"[:500]
        resultado.rastros[nome] = traceback.format_exc()
        return None
    resultado.desfechos[nome] = OK
    return valor


def _tipo(msg: Any) -> str:
    tipo = getattr(
        getattr(getattr(msg, "cabecalho", None), "identificacao_transacao", None),
        "tipo_transacao",
        None,
    )
    return str(getattr(tipo, "value", tipo))


def _montagem(msg: Any) -> None:
    glosas = montagem.glosas_recorriveis(msg)
    escolhas = [g.escolha("Justificativa do fuzz.") for g in glosas if g.recorrivel]
    if not escolhas:
        return
    recurso = montagem.montar_recurso(
        msg,
        escolhas[:3],
        numero_guia_prestador="1",
        sequencial_transacao="1",
        data=DATA_ENVIO,
        hora=dt.time(9, 0),
    )
    tiss.to_xml(recurso)


def _conciliar(msg: Any, versao: str) -> Any:
    tipo = _tipo(msg)
    if tipo == "ENVIO_LOTE_GUIAS":
        return conciliacao.conciliar([msg], [_exemplo_lido("demonstrativo-analise", versao)])
    if tipo.startswith("DEMONSTRATIVO"):
        return conciliacao.conciliar([_exemplo_lido("lote-sadt", versao)], [msg])
    return conciliacao.conciliar([msg], [msg])


def _reprs(objetos: list[Any]) -> None:
    for o in objetos:
        repr(o)
        str(o)
        html = getattr(o, "_repr_html_", None)
        if callable(html):
            html()


def chave_perfil(dados: bytes) -> str:
    """The name (in :data:`PERFIS`) of a profile picked by the input's digest."""
    return PERFIS[hashlib.md5(dados).digest()[0] % len(PERFIS)]


def perfil_de(dados: bytes) -> rules.Perfil:
    """The profile :func:`chave_perfil` names."""
    return rules.perfil(chave_perfil(dados))


def exercitar(dados: bytes, *, perfil: rules.Perfil | None = None) -> Resultado:
    """Run every entry point of :data:`ENTRADAS` on ``dados``; those that need a parsed
    message get what ``parse`` returned (``pulado`` when it raised)."""
    perfil = perfil or perfil_de(dados)
    r = Resultado()
    msg = _rodar(r, "parse", lambda: tiss.parse(dados))
    para_repr: list[Any] = []
    rel = _rodar(r, "validate", lambda: tiss.validate(dados))
    conf = _rodar(r, "conferir", lambda: preenvio.conferir(dados, perfil, data_envio=DATA_ENVIO))
    para_repr += [rel, conf]
    corr = _rodar(r, "corrigir", lambda: preenvio.corrigir(dados))
    para_repr.append(corr)
    _rodar(r, "registros", lambda: tabelas.registros("guias", dados))
    if msg is None:
        for nome in ("check", "conciliar", "montagem", "leitura"):
            r.desfechos[nome] = PULADO
    else:
        versao = models.versao_de(msg) or models.VERSAO_PADRAO
        for tipo in ("itens", "glosas"):
            _rodar(r, "registros", lambda tipo=tipo: tabelas.registros(tipo, msg))  # type: ignore[misc]
        para_repr.append(
            _rodar(
                r,
                "check",
                lambda: rules.check(msg, perfil, data_envio=DATA_ENVIO, tamanho_bytes=len(dados)),
            )
        )
        para_repr.append(_rodar(r, "conciliar", lambda: _conciliar(msg, versao)))
        _rodar(r, "montagem", lambda: _montagem(msg))
        para_repr.append(_rodar(r, "leitura", lambda: leitura.demonstrativo(msg)))
        para_repr.append(msg)
    _rodar(r, "repr", lambda: _reprs([o for o in para_repr if o is not None]))
    return r
