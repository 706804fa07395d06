"""A folder of 1,000 lotes validated and checked on one process and on every core, as files/s,
speed-ups and ratios to bare lxml.

    python benchmarks/bench_pasta.py [--arquivos 1000] [--repeat 3] [--processos N] [--sem-cli]

The folder is built in a temporary directory, the same on every run: ENVIO_LOTE_GUIAS of 1 to
30 SP/SADT guias (``examples.lote_sadt``) in the three TISS versions, half of them
pretty-printed, and one file in ten wrong (a stale hash, a registro ANS out of the XSD
pattern, a guia total that does not add up, a guia sent twice, a file cut in half), so the
reports carry achados. Rows, each over the whole folder, in the same run:

* ``lxml parse + XSD`` — ``etree.parse`` and ``XMLSchema.validate`` with the compiled
  official schema of the file's version, one process: the floor;
* ``validar_arquivos`` and ``conferir_arquivos`` (profile ``tiss``) with ``processos=1``
  and with ``--processos`` (default: one per core);
* the CLI end to end once each (``tiss-conecta validate``/``check DIR --formato json``
  with ``--processos 1`` and with the default), which also pays the interpreter's start-up,
  the imports and the JSON output.

The floor is timed as every benchmark here (``_timing.best``); each pair of library rows is
one warm-up call each, then ``--repeat`` rounds alternating the two, the best of each; each
pool is started inside the timed call, as a caller of the functions pays it. Not a test,
nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from lxml import etree

import tiss_conecta as tiss
from _timing import best
from tiss_conecta import models
from tiss_conecta.codec import _xsd
from tiss_conecta.examples import lote_sadt
from tiss_conecta.preenvio import conferir_arquivos, validar_arquivos
from tiss_conecta.rules import perfil

ENVIO = dt.date(2025, 6, 2)
PERFIL = "tiss"
SEMENTE = 20250602
DEFEITOS = ("hash", "valor", "total", "duplicada", "cortado")
"""One file in ten, in turn: what is wrong with it."""


def _lote(guias: int, versao: str, defeito: str | None) -> bytes:
    lote = lote_sadt(guias, data_envio=ENVIO, versao=versao)
    sadts = lote.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt
    if defeito == "total":  # a rule achado (totais), the file still valid to the XSD
        sadts[-1].valor_total.valor_total_geral += Decimal("1.00")
    elif defeito == "duplicada" and len(sadts) > 1:  # duplicidade
        primeira = sadts[0].cabecalho_guia.numero_guia_prestador
        sadts[-1].cabecalho_guia.numero_guia_prestador = primeira
    dados = tiss.to_xml(lote, pretty=guias % 2 == 0)
    if defeito == "hash":
        inicio = dados.index(b"<ans:hash>") + len(b"<ans:hash>")
        dados = dados[:inicio] + b"0" * 32 + dados[inicio + 32 :]
    elif defeito == "valor":  # an XSD achado and, since the text changed, a stale hash
        dados = dados.replace(b">416070<", b">4160<", 1)
    elif defeito == "cortado":
        dados = dados[: len(dados) // 2]
    return dados


def construir_pasta(pasta: Path, arquivos: int) -> tuple[list[tuple[Path, str]], int]:
    """Write ``arquivos`` lotes in ``pasta`` (always the same ones); each path with the
    version it declares, and the total size in bytes."""
    sorteio = random.Random(SEMENTE)
    versoes = list(models.VERSOES)
    validos: dict[tuple[int, str], bytes] = {}
    escritos: list[tuple[Path, str]] = []
    total = 0
    for i in range(arquivos):
        guias = sorteio.randint(1, 30)
        versao = versoes[i % len(versoes)]
        defeito = DEFEITOS[(i // 10) % len(DEFEITOS)] if i % 10 == 9 else None
        if defeito is None:
            if (guias, versao) not in validos:
                validos[(guias, versao)] = _lote(guias, versao, None)
            dados = validos[(guias, versao)]
        else:
            dados = _lote(guias, versao, defeito)
        caminho = pasta / f"lote-{i:05d}.xml"
        caminho.write_bytes(dados)
        escritos.append((caminho, versao))
        total += len(dados)
    return escritos, total


def intercalados(fns: list[Callable[[], object]], repeat: int) -> list[float]:
    """Seconds per call of each of ``fns``: one warm-up call each, then ``repeat`` rounds
    calling each in turn, the best of its rounds (on a shared machine a busy spell then
    slows every variant, not only the one timed during it)."""
    for fn in fns:
        fn()
    rodadas = [[timeit.timeit(fn, number=1) for fn in fns] for _ in range(repeat)]
    return [min(tempos) for tempos in zip(*rodadas, strict=True)]


def tiss_conecta_cli(argumentos: list[str]) -> float:
    """Seconds for one run of the CLI, its JSON read from a pipe."""
    executavel = Path(sys.executable).with_name("tiss-conecta")
    inicio = time.perf_counter()
    feito = subprocess.run([str(executavel), *argumentos], capture_output=True, check=False)
    segundos = time.perf_counter() - inicio
    if feito.returncode not in (0, 1) or not feito.stdout.startswith(b"["):
        raise SystemExit(f"tiss-conecta {' '.join(argumentos)}: {feito.stderr.decode()}")
    return segundos


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--arquivos", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--processos", type=int, help="default: one per core")
    parser.add_argument("--sem-cli", action="store_true", help="skip the CLI rows")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-pasta-") as temporaria:
        bench(Path(temporaria), args.arquivos, args.repeat, args.processos, cli=not args.sem_cli)


def bench(pasta: Path, arquivos: int, repeat: int, pedidos: int | None, *, cli: bool) -> None:
    processos = pedidos or os.cpu_count() or 1
    inicio = time.perf_counter()
    escritos, tamanho = construir_pasta(pasta, arquivos)
    construida = time.perf_counter() - inicio
    esquemas = {v: _xsd.compiled(v) for v in models.VERSOES}
    regras = perfil(PERFIL)

    def lxml_floor() -> object:
        validos = []
        for caminho, versao in escritos:
            try:
                validos.append(esquemas[versao].validate(etree.parse(str(caminho))))
            except etree.XMLSyntaxError:
                validos.append(False)
        return validos

    def validar(n: int) -> Callable[[], object]:
        return lambda: list(validar_arquivos([pasta], processos=n))

    def conferir(n: int) -> Callable[[], object]:
        return lambda: list(conferir_arquivos([pasta], regras, data_envio=ENVIO, processos=n))

    relatorios = list(conferir_arquivos([pasta], regras, data_envio=ENVIO, processos=1))
    print(
        f"{arquivos} lotes of 1-30 SP/SADT guias in TISS {', '.join(models.VERSOES)}, "
        f"{tamanho / 1e6:.1f} MB, built in {construida:.1f} s; check (perfil {PERFIL}): "
        f"{sum(not r.ok for r in relatorios)} with errors, "
        f"{sum(len(r.achados) for r in relatorios)} achado(s)"
    )
    print(
        f"{os.cpu_count()} core(s), pools of {processos} process(es); library rows best of "
        f"{repeat} after a warm-up, CLI rows once"
    )
    base = best(lxml_floor, repeat)
    linhas: list[tuple[str, float, float | None]] = [("lxml parse + XSD (1 proc.)", base, None)]
    for nome, fazer in (("validar_arquivos", validar), ("conferir_arquivos", conferir)):
        um, varios = intercalados([fazer(1), fazer(processos)], repeat)
        linhas += [(f"{nome} (1 proc.)", um, None), (f"{nome} ({processos} proc.)", varios, um)]
    if cli:
        for comando, extra in (
            ("validate", []),
            ("check", ["--perfil", PERFIL, "--data-envio", ENVIO.isoformat()]),
        ):
            comum = [comando, str(pasta), *extra, "--formato", "json"]
            um = tiss_conecta_cli([*comum, "--processos", "1"])
            varios = tiss_conecta_cli(
                comum + ([] if pedidos is None else ["--processos", str(pedidos)])
            )
            linhas += [
                (f"CLI {comando} (1 proc.)", um, None),
                (f"CLI {comando} ({processos} proc.)", varios, um),
            ]

    print(f"{'':30}{'s':>7}{'files/s':>9}{'÷ lxml':>8}{'speed-up':>10}")
    for nome, segundos, referencia in linhas:
        ganho = f"{referencia / segundos:.2f}x" if referencia else ""
        print(
            f"{nome:30}{segundos:7.2f}{arquivos / segundos:9.0f}{segundos / base:7.1f}x{ganho:>10}"
        )


if __name__ == "__main__":
    main()
