"""Codec cost on a lote of 100 SP/SADT guias in each TISS version, as ratios to bare lxml.

    python benchmarks/bench_codec.py [--guias 100] [--repeat 7] [--versao V ...]

Baselines: ``etree.fromstring`` (for parse, to_xml, compute_hash, converter) and
``XMLSchema.validate`` on the already-compiled official schema (for validate).
Two more rows show bare xsdata (parse, render) for scale, and the first line the cost of
``import tiss_conecta`` in a fresh interpreter. Prints the best of ``--repeat`` runs of
each; not a test, nothing is asserted.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from lxml import etree
from xsdata.formats.dataclass.context import XmlContext
from xsdata.formats.dataclass.parsers import XmlParser
from xsdata.formats.dataclass.serializers import XmlSerializer
from xsdata.formats.dataclass.serializers.config import SerializerConfig

import tiss_conecta as tiss
from _timing import best
from tiss_conecta import models, reference, versoes
from tiss_conecta.codec import _xsd
from tiss_conecta.examples import lote_sadt

IMPORT = "import time; t = time.perf_counter(); import tiss_conecta; print(time.perf_counter() - t)"


def import_time(repeat: int) -> float:
    """Seconds to import the package in a fresh interpreter (best of ``repeat``)."""
    runs = [
        subprocess.run([sys.executable, "-c", IMPORT], capture_output=True, text=True, check=True)
        for _ in range(repeat)
    ]
    return min(float(r.stdout) for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guias", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--versao", nargs="+", choices=tuple(models.VERSOES))
    args = parser.parse_args()
    print(f"import tiss_conecta: {import_time(args.repeat) * 1e3:.1f} ms (best of {args.repeat})")
    for versao in args.versao or models.VERSOES:
        print()
        bench_version(versao, args.guias, args.repeat)


def bench_version(versao: str, guias: int, repeat: int) -> None:
    message = lote_sadt(guias, versao=versao)
    data = tiss.to_xml(message)
    xsd = etree.XMLSchema(etree.parse(str(reference.caminho(models.VERSOES[versao].esquema))))
    _xsd.compiled(versao)  # compiled once per process, like any long-running user
    tiss.parse(data)  # warm the model import and xsdata's metadata cache
    outra = next(v for v in reversed(models.VERSOES) if v != versao)

    module = models.carregar(versao)
    xsdata_parser = XmlParser(context=XmlContext())
    xsdata_writer = XmlSerializer(config=SerializerConfig(encoding="ISO-8859-1"))
    lxml_parse = best(lambda: etree.fromstring(data), repeat)
    lxml_validate = best(lambda: xsd.validate(etree.fromstring(data)), repeat)
    rows = [
        ("parse", best(lambda: tiss.parse(data), repeat), lxml_parse, "fromstring"),
        (
            "validate",
            best(lambda: tiss.validate(data), repeat),
            lxml_validate,
            "fromstring+XMLSchema.validate",
        ),
        ("to_xml", best(lambda: tiss.to_xml(message), repeat), lxml_parse, "fromstring"),
        ("compute_hash", best(lambda: tiss.compute_hash(data), repeat), lxml_parse, "fromstring"),
        (
            f"-> {outra}",
            best(lambda: versoes.converter(message, outra), repeat),
            lxml_parse,
            "fromstring",
        ),
    ]
    # For reference: the generated-dataclass machinery alone, no safety checks, no hash.
    rows += [
        (
            "xsdata parse",
            best(lambda: xsdata_parser.from_bytes(data, module.MensagemTiss), repeat),
            lxml_parse,
            "fromstring",
        ),
        (
            "xsdata render",
            best(lambda: xsdata_writer.render(message), repeat),
            lxml_parse,
            "fromstring",
        ),
    ]
    print(f"TISS {versao}: {guias} SP/SADT guias, {len(data):,} bytes (best of {repeat})")
    print(f"{'operation':<14}{'ms':>9}{'baseline ms':>13}  {'ratio':>7}  baseline")
    for name, ours, base, label in rows:
        print(f"{name:<14}{ours * 1e3:>9.2f}{base * 1e3:>13.2f}  {ours / base:>6.1f}x  {label}")


if __name__ == "__main__":
    main()
