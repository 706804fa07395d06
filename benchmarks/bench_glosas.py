"""Glosa catalogue cost, as ratios to plain Python in the same run.

    python benchmarks/bench_glosas.py [--repeat 7]

Baselines: a ``dict`` lookup (for ``get``), ``csv.DictReader`` over the same table (for
building the index) and one pass of ``str.find`` over every description (for ``search``).
Prints the best of ``--repeat`` runs of each; not a test, nothing is asserted.
"""

from __future__ import annotations

import argparse
import csv

from _timing import best
from tiss_conecta import glosas, reference
from tiss_conecta.glosas import _indice as indice
from tiss_conecta.glosas._orientacoes import ORIENTACOES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    caminho = reference.caminho(glosas.TABELA)
    linhas = {g.codigo: g for g in glosas.catalogo()}
    descricoes = [g.descricao.lower() for g in linhas.values()]

    def ler_csv() -> object:
        with caminho.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    rows = [
        ("build index", lambda: indice.carregar(caminho, ORIENTACOES), ler_csv),
        ("get('1705')", lambda: glosas.consultar("1705"), lambda: linhas.get("1705")),
        ("get(1705)", lambda: glosas.consultar(1705), lambda: linhas.get("1705")),
        (
            "search('duplicidade')",
            lambda: glosas.buscar("duplicidade"),
            lambda: [d for d in descricoes if d.find("duplicidade") >= 0],
        ),
        (
            "search('valor apresentado a maior')",
            lambda: glosas.buscar("valor apresentado a maior"),
            lambda: [d for d in descricoes if d.find("valor apresentado a maior") >= 0],
        ),
    ]
    print(f"{'operation':<38}{'time':>12}{'baseline':>12}{'ratio':>8}")
    for nome, fn, base in rows:
        t, b = best(fn, args.repeat), best(base, args.repeat)
        print(f"{nome:<38}{t * 1e6:>10.1f}µs{b * 1e6:>10.1f}µs{t / b:>8.1f}")


if __name__ == "__main__":
    main()
