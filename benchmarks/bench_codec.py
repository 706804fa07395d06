"""Codec cost on a lote of 100 SP/SADT guias, as ratios to bare lxml in the same run.

    python benchmarks/bench_codec.py [--guias 100] [--repeat 7]

Baselines: ``etree.fromstring`` (for parse, to_xml, compute_hash) and
``XMLSchema.validate`` on the already-compiled official schema (for validate).
Two more rows show bare xsdata (parse, render) for scale. Prints the best of
``--repeat`` runs of each; not a test, nothing is asserted.
"""

from __future__ import annotations

import argparse

from lxml import etree
from xsdata.formats.dataclass.context import XmlContext
from xsdata.formats.dataclass.parsers import XmlParser
from xsdata.formats.dataclass.serializers import XmlSerializer
from xsdata.formats.dataclass.serializers.config import SerializerConfig

import tiss_conecta as tiss
from _timing import best
from tiss_conecta import models, reference
from tiss_conecta.codec import schema
from tiss_conecta.examples import lote_sadt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guias", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    message = lote_sadt(args.guias)
    data = tiss.to_xml(message)
    xsd = etree.XMLSchema(etree.parse(str(reference.path("4.01.00/xsd/tissV4_01_00.xsd"))))
    schema.compiled("4.01.00")  # compiled once per process, like any long-running user
    tiss.parse(data)  # warm the model import and xsdata's metadata cache

    module = models.load()
    xsdata_parser = XmlParser(context=XmlContext())
    xsdata_writer = XmlSerializer(config=SerializerConfig(encoding="ISO-8859-1"))
    lxml_parse = best(lambda: etree.fromstring(data), args.repeat)
    lxml_validate = best(lambda: xsd.validate(etree.fromstring(data)), args.repeat)
    rows = [
        ("parse", best(lambda: tiss.parse(data), args.repeat), lxml_parse, "fromstring"),
        (
            "validate",
            best(lambda: tiss.validate(data), args.repeat),
            lxml_validate,
            "fromstring+XMLSchema.validate",
        ),
        ("to_xml", best(lambda: tiss.to_xml(message), args.repeat), lxml_parse, "fromstring"),
        (
            "compute_hash",
            best(lambda: tiss.compute_hash(data), args.repeat),
            lxml_parse,
            "fromstring",
        ),
    ]
    # For reference: the generated-dataclass machinery alone, no safety checks, no hash.
    rows += [
        (
            "xsdata parse",
            best(lambda: xsdata_parser.from_bytes(data, module.MensagemTiss), args.repeat),
            lxml_parse,
            "fromstring",
        ),
        (
            "xsdata render",
            best(lambda: xsdata_writer.render(message), args.repeat),
            lxml_parse,
            "fromstring",
        ),
    ]
    print(f"lote: {args.guias} SP/SADT guias, {len(data):,} bytes (best of {args.repeat})")
    print(f"{'operation':<14}{'ms':>9}{'baseline ms':>13}  {'ratio':>7}  baseline")
    for name, ours, base, label in rows:
        print(f"{name:<14}{ours * 1e3:>9.2f}{base * 1e3:>13.2f}  {ours / base:>6.1f}x  {label}")


if __name__ == "__main__":
    main()
