"""The speed targets of issue #11 measured, and the peer libraries side by side, in one run.

    python benchmarks/bench_alvos.py [--repeat 5] [--mb 15] [--sem-pares]

Two TISS 4.03.00 inputs: ``examples.lote_sadt(100)`` (2 items per guia, ~0.3 MB) and the
largest lote of 100 SP/SADT guias that fits in ``--mb`` portal megabytes (15 MB =
15,728,640 bytes, Conecta's upload limit). The XSD allows at most 100 guias per lote but any
number of ``procedimentoExecutado``, so the big one is ``lote_sadt(100, itens_por_guia=N)``
with N (~250) found from the size, each item given its own ``horaInicial`` so the rules see
no duplicate procedure and the lote is clean. Each input is checked once with
``tiss_conecta.validate(data).ok`` (a warning line if it is not valid).

Targets (one table; each row: ours, its baseline measured in the same run, the ratio, the
target, ``ok`` or ``FALTA``):

* ``parse`` and ``to_xml`` <= 5x ``etree.fromstring``; ``compute_hash`` <= 1.5x fromstring;
* ``validate`` <= 1.2x fromstring + ``XMLSchema.validate`` with the compiled official schema;
* ``rules.check(message, perfil("tiss"), data_envio=...)`` <= 0.2x ``parse``;
* the peak memory of one ``tiss.parse(data)`` <= 10x the file, two figures:
  ``tracemalloc``'s peak, which sees what Python allocates (the dataclasses, their strings,
  lxml's proxy objects) but not libxml2's tree (malloc'd in C), and the growth of the peak
  RSS (``VmHWM``) of a fresh interpreter parsing the file, which sees everything; the same
  RSS figure for ``etree.fromstring`` alone is printed for scale;
* ``import tiss_conecta`` < 100 ms in a fresh interpreter (best of ``--repeat``);
* the big lote end to end < 2 s: one ``validate``, one ``parse`` and one ``rules.check`` of
  the same bytes; and ``preenvio.conferir``, which does the three in one call.

Peers (a second table, skipped with ``--sem-pares`` or when they are not installed: ``pip
install -r requirements-bench.txt``): the same operation on the same bytes, their time and
ours (the rows above), the ratio ours / theirs (``ok`` below 1). What is compared:

* ``tiss`` 0.4.0 ``parse_lote(bytes)`` (its JSON-like ``Lote`` dict) and ``parse`` (our
  dataclasses); ``build_lote(lote)`` and ``to_xml(message)``, their ``Lote`` being
  ``parse_lote`` of our file, so the same leaf values (checked: the same multiset of
  element/text pairs); ``hash_epilogo`` and ``compute_hash`` (checked: the same digest);
  ``validate`` (XSD, hash and its own rules; it re-verifies and compiles the schema on every
  call, as its API does) and ``validate`` (XSD and hash);
* ``pytiss`` 1.0.0 ``LoteGuias.to_xml()`` and ``to_xml``: a ``LoteGuias`` of one ``GuiaTISS``
  per guia whose ``dados`` are the guia's elements as nested mappings in document order (its
  generic lote model; its ``SPSADT`` class writes one guia per message), with the header's
  values in a ``MensagemContexto`` (checked: the same bytes as ours but for the XML
  declaration and the unused ``xmlns:ds``); ``XSDValidator().validate`` (xmlschema, XSD only)
  and ``validate``. pytiss has no parser and no separate hash.

Every time is ``_timing.best``: the best of ``--repeat`` runs on the 100-guia lote and of
``min(--repeat, 2)`` on the big one (one call takes seconds). Memory is measured once. Not a
test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import importlib.metadata
import math
import subprocess
import sys
import tempfile
import tracemalloc
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from lxml import etree
from xsdata.models.datatype import XmlTime

import tiss_conecta as tiss
from _timing import best
from bench_codec import import_time
from tiss_conecta import models, reference
from tiss_conecta.examples import lote_sadt
from tiss_conecta.preenvio import conferir
from tiss_conecta.rules import check, perfil
from tiss_conecta.rules.perfil import MB

VERSAO = "4.03.00"
GUIAS = 100
ENVIO = dt.date(2025, 6, 2)
PERFIL = "tiss"
PARES = {"tiss": "0.4.0", "pytiss": "1.0.0"}
"""The peer libraries and the versions requirements-bench.txt pins."""
NS = "{http://www.ans.gov.br/padroes/tiss/schemas}"
XMLNS_DS = b' xmlns:ds="http://www.w3.org/2000/09/xmldsig#"'

# Run in a fresh interpreter: the growth of the peak RSS while one call reads the file given.
MEMORIA = """
import ctypes, gc, sys
from lxml import etree
import tiss_conecta as tiss
from tiss_conecta.examples import lote_sadt

def kb(campo):
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) for l in status if l.startswith(campo + ":"))

operacao, versao, caminho = sys.argv[1:]
with open(caminho, "rb") as arquivo:
    dados = arquivo.read()
tiss.parse(tiss.to_xml(lote_sadt(2, versao=versao)))  # imports and caches: not measured
gc.collect()
try:
    ctypes.CDLL(None).malloc_trim(0)  # glibc: free heap back to the OS, so it is not reused
except (OSError, AttributeError):
    pass
antes = kb("VmRSS")
with open("/proc/self/clear_refs", "w") as refs:
    refs.write("5")  # the peak RSS (VmHWM) starts again from the current RSS
resultado = etree.fromstring(dados) if operacao == "fromstring" else tiss.parse(dados)
print(kb("VmHWM") - antes)
"""


@dataclass(frozen=True)
class Entrada:
    nome: str
    mensagem: Any
    dados: bytes
    repeat: int


@dataclass(frozen=True)
class Linha:
    """One printed row; ``ok`` is None where there is nothing to judge."""

    nome: str
    entrada: str
    medido: str
    base: str
    razao: str
    meta: str
    ok: bool | None


def _ms(segundos: float) -> str:
    return f"{segundos * 1e3:,.2f} ms"


def _mb(n_bytes: float) -> str:
    return f"{n_bytes / MB:,.2f} MB"


def _veredito(ok: bool | None) -> str:
    return "" if ok is None else "ok" if ok else "FALTA"


def relativa(nome: str, entrada: str, nosso: float, base: float, limite: float, de: str) -> Linha:
    razao = nosso / base
    meta = f"<= {limite:g}x {de}"
    return Linha(nome, entrada, _ms(nosso), _ms(base), f"{razao:.2f}x", meta, razao <= limite)


def absoluta(nome: str, entrada: str, segundos: float, limite_ms: float) -> Linha:
    meta = f"< {limite_ms:g} ms"
    return Linha(nome, entrada, _ms(segundos), "", "", meta, segundos * 1e3 < limite_ms)


def memoria(nome: str, entrada: str, n_bytes: int | None, arquivo: int) -> Linha:
    if n_bytes is None:
        return Linha(nome, entrada, "n/d", _mb(arquivo), "", "<= 10x o arquivo", None)
    razao = n_bytes / arquivo
    return Linha(
        nome, entrada, _mb(n_bytes), _mb(arquivo), f"{razao:.2f}x", "<= 10x o arquivo", razao <= 10
    )


def imprimir(titulo: str, cabecalho: tuple[str, ...], linhas: list[tuple[str, ...]]) -> None:
    """A table: the third to fifth columns (the figures) right-aligned, the others left."""
    larguras = [max(len(c), *(len(linha[i]) for linha in linhas)) for i, c in enumerate(cabecalho)]
    print(titulo)
    for linha in (cabecalho, *linhas):
        celulas = (
            c.rjust(w) if 2 <= i <= 4 else c.ljust(w)
            for i, (c, w) in enumerate(zip(linha, larguras, strict=True))
        )
        print("  ".join(celulas).rstrip())


# --- the inputs ---------------------------------------------------------------------------


def _com_horarios(mensagem: Any) -> Any:
    """Give every item of every guia its own horaInicial (06:00:00 + its sequencialItem in
    seconds): repeated procedures on one day are then distinct executions, not duplicates."""
    for guia in mensagem.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt:
        for item in guia.procedimentos_executados.procedimento_executado:
            segundos = 6 * 3600 + item.sequencial_item
            item.hora_inicial = XmlTime(segundos // 3600, segundos // 60 % 60, segundos % 60)
    return mensagem


def _lote_de(itens: int) -> Any:
    return _com_horarios(lote_sadt(GUIAS, data_envio=ENVIO, itens_por_guia=itens, versao=VERSAO))


def lote_grande(mb: float) -> tuple[Any, bytes]:
    """The lote of 100 guias with the most items per guia (the same number in each) whose
    bytes fit in ``mb`` portal megabytes. The size grows by the same bytes per item, so two
    small lotes give the estimate; a few bytes more per item (longer sequencialItem) may make
    it overshoot, then it steps down."""
    limite = int(mb * MB)
    um, onze = (len(tiss.to_xml(_lote_de(n))) for n in (1, 11))
    por_item = (onze - um) / (10 * GUIAS)
    itens = max(1, math.floor((limite - um) / (GUIAS * por_item)) + 1)
    while True:
        mensagem = _lote_de(itens)
        dados = tiss.to_xml(mensagem)
        if len(dados) <= limite or itens == 1:
            return mensagem, dados
        itens -= max(1, math.ceil((len(dados) - limite) / (GUIAS * por_item)))


def entradas(mb: float, repeat: int) -> list[Entrada]:
    pequeno = lote_sadt(GUIAS, data_envio=ENVIO, versao=VERSAO)
    grande, dados = lote_grande(mb)
    lista = [
        Entrada(f"{GUIAS} guias", pequeno, tiss.to_xml(pequeno), repeat),
        Entrada(f"{mb:g} MB", grande, dados, min(repeat, 2)),
    ]
    for e in lista:
        sadts = e.mensagem.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt
        itens = sum(len(g.procedimentos_executados.procedimento_executado) for g in sadts)
        relatorio = tiss.validate(e.dados)
        achados = check(e.mensagem, perfil(PERFIL), data_envio=ENVIO)
        print(
            f"{e.nome}: TISS {VERSAO}, {len(sadts)} guias SP/SADT, {itens:,} procedimentos, "
            f"{len(e.dados):,} bytes; validate: {'ok' if relatorio.ok else 'INVÁLIDO'}; "
            f"check ({PERFIL}): {len(achados)} achado(s)"
        )
        if not relatorio.ok:
            print(f"AVISO: o lote de {e.nome} não é válido ao XSD: {relatorio.achados[:3]}")
    return lista


# --- our targets --------------------------------------------------------------------------


def pico_tracemalloc(dados: bytes) -> int:
    """Peak bytes tracemalloc sees during one ``tiss.parse(dados)``."""
    gc.collect()
    tracemalloc.start()
    try:
        mensagem = tiss.parse(dados)
        _, pico = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del mensagem
    return pico


def pico_rss(dados: bytes, operacao: str) -> int | None:
    """Growth of the peak RSS of a fresh interpreter during one ``operacao`` (``parse`` or
    ``fromstring``) of ``dados``, in bytes, from the RSS after the imports, a warm-up parse
    and ``malloc_trim`` (else the freed heap of the warm-up would hide part of the growth);
    None where Linux's /proc cannot give it."""
    with tempfile.TemporaryDirectory() as pasta:
        caminho = Path(pasta) / "lote.xml"
        caminho.write_bytes(dados)
        feito = subprocess.run(
            [sys.executable, "-c", MEMORIA, operacao, VERSAO, str(caminho)],
            capture_output=True,
            text=True,
            check=False,
        )
    return int(feito.stdout) * 1024 if feito.returncode == 0 else None


def alvos(e: Entrada, xsd: etree.XMLSchema) -> tuple[list[Linha], dict[str, float]]:
    """The target rows of one input, and our times by operation (the peers' table reuses
    them)."""
    dados, mensagem, r = e.dados, e.mensagem, e.repeat
    parsed = tiss.parse(dados)  # also warms the models and the codec's caches
    generico = perfil(PERFIL)
    fromstring = best(lambda: etree.fromstring(dados), r)
    lxml_xsd = best(lambda: xsd.validate(etree.fromstring(dados)), r)
    nossos = {
        "parse": best(lambda: tiss.parse(dados), r),
        "to_xml": best(lambda: tiss.to_xml(mensagem), r),
        "compute_hash": best(lambda: tiss.compute_hash(dados), r),
        "validate": best(lambda: tiss.validate(dados), r),
        "check": best(lambda: check(parsed, generico, data_envio=ENVIO), r),
    }
    n = e.nome
    linhas = [
        relativa("parse", n, nossos["parse"], fromstring, 5, "fromstring"),
        relativa("to_xml", n, nossos["to_xml"], fromstring, 5, "fromstring"),
        relativa("compute_hash", n, nossos["compute_hash"], fromstring, 1.5, "fromstring"),
        relativa("validate", n, nossos["validate"], lxml_xsd, 1.2, "fromstring+XSD"),
        relativa(f"rules.check ({PERFIL})", n, nossos["check"], nossos["parse"], 0.2, "parse"),
        memoria("memória parse: tracemalloc", n, pico_tracemalloc(dados), len(dados)),
        memoria("memória parse: RSS", n, pico_rss(dados, "parse"), len(dados)),
    ]
    so_lxml = pico_rss(dados, "fromstring")
    if so_lxml is not None:  # for scale: what libxml2's tree alone takes
        razao = f"{so_lxml / len(dados):.2f}x"
        linhas.append(
            Linha("(só fromstring: RSS)", n, _mb(so_lxml), _mb(len(dados)), razao, "", None)
        )
    return linhas, nossos


def ponta_a_ponta(e: Entrada) -> list[Linha]:
    dados, generico = e.dados, perfil(PERFIL)

    def tres_chamadas() -> object:
        tiss.validate(dados)
        return check(tiss.parse(dados), generico, data_envio=ENVIO, tamanho_bytes=len(dados))

    return [
        absoluta("validate + parse + check", e.nome, best(tres_chamadas, e.repeat), 2000),
        absoluta(
            "preenvio.conferir",
            e.nome,
            best(lambda: conferir(dados, generico, data_envio=ENVIO), e.repeat),
            2000,
        ),
    ]


# --- the peers ----------------------------------------------------------------------------


def _par(nome: str) -> ModuleType | None:
    try:
        modulo = importlib.import_module(nome)
    except ImportError:
        return None
    versao = importlib.metadata.version(nome)
    if versao != PARES[nome]:
        print(f"AVISO: {nome} {versao} instalado; requirements-bench.txt fixa {PARES[nome]}")
    return modulo


def _folhas(dados: bytes) -> Counter[tuple[str, str]]:
    """The (element, text) pairs of the leaves, the epilogo's hash left out."""
    raiz = etree.fromstring(dados)
    return Counter(
        (etree.QName(el).localname, el.text or "")
        for el in raiz.iter()
        if isinstance(el.tag, str) and len(el) == 0 and etree.QName(el).localname != "hash"
    )


def _mapa(elemento: etree._Element) -> Any:
    """An element as pytiss's generic ``dados``: a leaf's text, or a mapping of each child's
    name to its value (a list when the name repeats), in document order."""
    filhos = [c for c in elemento if isinstance(c.tag, str)]
    if not filhos:
        return elemento.text or ""
    mapa: dict[str, Any] = {}
    for filho in filhos:
        nome, valor = etree.QName(filho).localname, _mapa(filho)
        if nome not in mapa:
            mapa[nome] = valor
        elif isinstance(mapa[nome], list):
            mapa[nome].append(valor)
        else:
            mapa[nome] = [mapa[nome], valor]
    return mapa


def lote_pytiss(pytiss: ModuleType, dados: bytes) -> Any:
    """pytiss's ``LoteGuias`` with the content of our lote."""
    raiz = etree.fromstring(dados)

    def texto(caminho: str) -> str:
        return raiz.findtext(caminho.replace("ans:", NS)) or ""

    transacao = "ans:cabecalho/ans:identificacaoTransacao/ans:"
    contexto = pytiss.MensagemContexto(
        registro_ans=texto("ans:cabecalho/ans:destino/ans:registroANS"),
        numero_lote=texto("ans:prestadorParaOperadora/ans:loteGuias/ans:numeroLote"),
        prestador_origem=pytiss.Contratado(
            cnpj_contratado=texto("ans:cabecalho/ans:origem/ans:identificacaoPrestador/ans:CNPJ")
        ),
        sequencial_transacao=texto(transacao + "sequencialTransacao"),
        data_registro_transacao=dt.date.fromisoformat(texto(transacao + "dataRegistroTransacao")),
        hora_registro_transacao=dt.time.fromisoformat(texto(transacao + "horaRegistroTransacao")),
    )
    guias = tuple(
        pytiss.GuiaTISS(tipo=pytiss.TipoGuia.SP_SADT, dados=_mapa(g))
        for g in raiz.iter(f"{NS}guiaSP-SADT")
    )
    return pytiss.LoteGuias(contexto=contexto, guias=guias)


@dataclass(frozen=True)
class OperacaoPar:
    operacao: str  # the key of our time in ``alvos``'s dict
    api: str
    chamada: Callable[[], object]
    nota: Callable[[Any], str]  # what the first call's result says (equivalence, validity)
    recusa: str | None = None  # why the peer could not even build its input


def _uma_vez(fn: Callable[[], object]) -> tuple[bool, Any]:
    try:
        return True, fn()
    except Exception as erro:  # a peer refusing the input is reported, not raised
        return False, f"recusou: {type(erro).__name__}: {str(erro)[:100]}"


def _xsd_nosso(dados: bytes) -> str:
    """Whether ``dados`` is valid to the XSD, and if not where: the achados' codes and the
    elements whose content is wrong."""
    relatorio = tiss.validate(dados)
    if relatorio.ok:
        return "válido ao XSD"
    codigos = Counter(a.codigo for a in relatorio.achados)
    onde = Counter((a.xpath or "?/?").rsplit("/", 2)[-2] for a in relatorio.achados)
    return (
        f"INVÁLIDO ao XSD: {', '.join(f'{c} ×{n}' for c, n in codigos.items())} "
        f"em {', '.join(f'{e} ×{n}' for e, n in onde.most_common(3))}"
    )


def operacoes_dos_pares(e: Entrada, tiss_par: ModuleType | None, pytiss: ModuleType | None
) -> list[OperacaoPar]:  # fmt: skip
    dados = e.dados
    ops: list[OperacaoPar] = []
    if tiss_par is not None:
        ok, lote = _uma_vez(lambda: tiss_par.parse_lote(dados))
        folhas = _folhas(dados)

        def construido(saida: bytes) -> str:
            iguais = "mesmas folhas que o nosso" if _folhas(saida) == folhas else "FOLHAS DIFEREM"
            return f"{iguais}; {_xsd_nosso(saida)}"

        nosso_hash = tiss.compute_hash(dados)
        ops += [
            OperacaoPar(
                "parse",
                "tiss.parse_lote",
                lambda: tiss_par.parse_lote(dados),
                lambda r: (
                    f"{len(r['guias'])} guias, "
                    f"{sum(len(g['procedimentos_executados']) for g in r['guias']):,} procedimentos"
                ),
            ),
            OperacaoPar(
                "to_xml",
                "tiss.build_lote",
                lambda: tiss_par.build_lote(lote),
                construido,
                None if ok else f"sem entrada (parse_lote {lote})",
            ),
            OperacaoPar(
                "compute_hash",
                "tiss.hash_epilogo",
                lambda: tiss_par.hash_epilogo(dados),
                lambda r: "o mesmo hash que o nosso" if r == nosso_hash else f"OUTRO hash: {r}",
            ),
            OperacaoPar(
                "validate",
                "tiss.validate",
                lambda: tiss_par.validate(dados),
                lambda r: f"valid={r.valid}, {len(r.findings)} achado(s)",
            ),
        ]
    if pytiss is not None:
        ok, lote_p = _uma_vez(lambda: lote_pytiss(pytiss, dados))
        validador = pytiss.XSDValidator()
        sem_extras = dados.replace(XMLNS_DS, b"", 1).split(b"\n", 1)[1]

        def escrito(saida: str) -> str:
            igual = saida.encode("iso-8859-1") == sem_extras
            return (
                "os mesmos bytes que o nosso (sem a declaração XML e o xmlns:ds)"
                if igual
                else f"bytes diferentes do nosso; {_xsd_nosso(saida.encode('iso-8859-1'))}"
            )

        ops += [
            OperacaoPar(
                "to_xml",
                "pytiss LoteGuias.to_xml",
                lambda: lote_p.to_xml(),
                escrito,
                None if ok else f"sem entrada (LoteGuias {lote_p})",
            ),
            OperacaoPar(
                "validate",
                "pytiss XSDValidator.validate",
                lambda: validador.validate(dados, version=VERSAO),
                lambda r: f"is_valid={r.is_valid}, {len(r.errors)} erro(s)",
            ),
        ]
    return ops


def pares(e: Entrada, nossos: dict[str, float], ops: list[OperacaoPar]) -> list[Linha]:
    linhas = []
    for op in ops:
        ok, resultado = (False, op.recusa) if op.recusa else _uma_vez(op.chamada)
        if not ok:
            linhas.append(Linha(op.api, e.nome, "", _ms(nossos[op.operacao]), "", resultado, None))
            continue
        deles = best(op.chamada, e.repeat)
        razao = nossos[op.operacao] / deles
        linhas.append(
            Linha(
                op.api,
                e.nome,
                _ms(deles),
                _ms(nossos[op.operacao]),
                f"{razao:.2f}x",
                op.nota(resultado),
                razao < 1,
            )
        )
    return linhas


# --- main ---------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--mb", type=float, default=15, help="size of the big lote (2**20 B)")
    parser.add_argument("--sem-pares", action="store_true", help="skip the peer libraries")
    args = parser.parse_args()

    lista = entradas(args.mb, args.repeat)
    xsd = etree.XMLSchema(etree.parse(str(reference.caminho(models.VERSOES[VERSAO].esquema))))
    linhas: list[Linha] = []
    nossos: dict[str, dict[str, float]] = {}
    for e in lista:
        novas, nossos[e.nome] = alvos(e, xsd)
        linhas += novas
    linhas.append(absoluta("import tiss_conecta", "—", import_time(args.repeat), 100))
    linhas += ponta_a_ponta(lista[-1])
    print()
    imprimir(
        f"Alvos (issue #11), TISS {VERSAO}; melhor de {args.repeat} "
        f"({lista[-1].repeat} no de {lista[-1].nome}); bases medidas nesta execução",
        ("alvo", "entrada", "medido", "base", "razão", "meta", ""),
        [(x.nome, x.entrada, x.medido, x.base, x.razao, x.meta, _veredito(x.ok)) for x in linhas],
    )
    print(
        "memória: tracemalloc vê o que o Python aloca (dataclasses, textos, proxies do lxml), "
        "não a árvore da libxml2 (malloc em C);\n"
        "         RSS: crescimento do pico (VmHWM) num interpretador novo, após imports, "
        "aquecimento e malloc_trim: vê tudo"
    )
    if args.sem_pares:
        return
    tiss_par, pytiss = _par("tiss"), _par("pytiss")
    if tiss_par is None and pytiss is None:
        print("\npares não instalados: pip install -r requirements-bench.txt")
        return
    linhas = []
    for e in lista:
        linhas += pares(e, nossos[e.nome], operacoes_dos_pares(e, tiss_par, pytiss))
    faltam = [n for n, m in (("tiss", tiss_par), ("pytiss", pytiss)) if m is None]
    print()
    imprimir(
        "Pares, as mesmas entradas; razão = nosso ÷ deles (ok abaixo de 1)"
        + (f"; não instalado(s): {', '.join(faltam)}" if faltam else ""),
        ("API do par", "entrada", "deles", "nosso", "razão", "", "equivalência / observação"),
        [(x.nome, x.entrada, x.medido, x.base, x.razao, _veredito(x.ok), x.meta) for x in linhas],
    )


if __name__ == "__main__":
    main()
