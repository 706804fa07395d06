"""Cost of the rules on a lote of 100 SP/SADT guias, as a ratio to parsing the same file.

    python benchmarks/bench_rules.py [--guias 100] [--repeat 7]

Rows: ``check`` with the ArcelorMittal profile (every rule applies: window, senha, totals,
duplicates, identifiers) and with the generic TISS profile, both on the parsed message;
``parse + check``, what the CLI does. The baseline is ``tiss_conecta.parse`` of the same
bytes in the same run. Prints the best of ``--repeat`` runs; not a test, nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt

import tiss_conecta as tiss
from _timing import best
from tiss_conecta.examples import lote_sadt
from tiss_conecta.rules import check, perfil


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--guias", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    envio = dt.date(2025, 6, 2)
    data = tiss.to_xml(lote_sadt(args.guias, data_envio=envio))
    message = tiss.parse(data)  # warms the models and xsdata's caches
    am, generico = perfil("arcelormittal"), perfil("tiss")
    achados = check(message, am, data_envio=envio, tamanho_bytes=len(data))

    base = best(lambda: tiss.parse(data), args.repeat)
    rows = [
        ("check (arcelormittal)", lambda: check(message, am, data_envio=envio)),
        ("check (tiss)", lambda: check(message, generico, data_envio=envio)),
        (
            "parse + check",
            lambda: check(tiss.parse(data), am, data_envio=envio, tamanho_bytes=len(data)),
        ),
    ]
    print(f"lote de {args.guias} guias SP/SADT, {len(data)} bytes, {len(achados)} achado(s)")
    print(f"{'':24} {'ms':>9} {'÷ parse':>9}")
    print(f"{'parse (baseline)':24} {base * 1e3:9.2f} {1:9.2f}")
    for nome, fn in rows:
        t = best(fn, args.repeat)
        print(f"{nome:24} {t * 1e3:9.2f} {t / base:9.2f}")


if __name__ == "__main__":
    main()
