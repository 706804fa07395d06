"""``tiss-conecta validate ARQUIVO...`` and ``tiss-conecta hash ARQUIVO``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from tiss_conecta.cli import _comum
from tiss_conecta.errors import TissError
from tiss_conecta.models import VERSOES


def register(sub: Any) -> None:
    validate = sub.add_parser(
        "validate",
        help="valida arquivos TISS contra o XSD oficial e confere o hash do epílogo",
        description="Valida cada arquivo contra o XSD TISS da sua versão "
        f"({', '.join(VERSOES)}: a declarada no Padrao) e confere o hash. "
        "Saída 0: todos válidos; 1: algum inválido; 2: erro de uso.",
    )
    validate.add_argument("arquivos", nargs="+", metavar="ARQUIVO")
    _comum.opcao_formato(validate)
    validate.add_argument(
        "--hash-estrito",
        "--strict-hash",
        action="store_true",
        help="aceita só hash calculado em ISO-8859-1",
    )
    validate.add_argument(
        "--versao",
        choices=tuple(VERSOES),
        help="valida no XSD desta versão, não na declarada no Padrao (ex.: um arquivo "
        "4.00.01 no XSD 4.01.00, que aceita esse Padrao)",
    )
    validate.set_defaults(handler=run_validate)

    hash_ = sub.add_parser(
        "hash",
        help="calcula o hash do epílogo e o compara com o declarado",
        description="Mostra o hash calculado (ISO-8859-1 e UTF-8), o declarado e qual "
        "codificação confere; vale para arquivos de qualquer versão TISS, pois o hash é "
        "definido igualmente em todas. Saída 0: confere; 1: não confere ou arquivo ilegível.",
    )
    hash_.add_argument("arquivo", metavar="ARQUIVO")
    _comum.opcao_formato(hash_)
    hash_.add_argument("--estrito", "--strict", action="store_true", help="aceita só ISO-8859-1")
    hash_.set_defaults(handler=run_hash)


def run_validate(args: argparse.Namespace) -> int:
    from tiss_conecta.codec import validate

    reports = [
        validate(name, strict_hash=args.hash_estrito, versao=args.versao) for name in args.arquivos
    ]
    if args.formato == "json":
        print(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(str(r) for r in reports))
        valid = sum(r.ok for r in reports)
        if len(reports) > 1:
            print(f"\n{valid} de {len(reports)} arquivo(s) válido(s)")
    return 0 if all(r.ok for r in reports) else 1


def run_hash(args: argparse.Namespace) -> int:
    from tiss_conecta.codec import _fonte, _hash

    try:
        root = _fonte.load(args.arquivo).root
        check = _hash.check_tree(root, strict=args.estrito)
        utf8 = _hash.hash_tree(root, "utf-8")
    except TissError as error:
        if args.formato == "json":
            erro = {"codigo": error.codigo, "mensagem": str(error)}
            print(json.dumps({"arquivo": args.arquivo, "erro": erro, "file": args.arquivo}))
        else:
            print(f"{args.arquivo}: {error}")
        return 1
    result = {
        "arquivo": args.arquivo,
        **check.to_dict(),
        "calculado_utf8": utf8,
        "file": args.arquivo,
        "computed_utf8": utf8,
    }
    if args.formato == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(
            f"{args.arquivo}\n"
            f"  declarado:            {check.declarado or '(ausente)'}\n"
            f"  calculado ISO-8859-1: {check.calculado}\n"
            f"  calculado UTF-8:      {utf8}\n"
            f"  confere:              "
            + (f"sim, em {check.codificacao}" if check.ok else "não (glosa 5014)")
        )
    return 0 if check.ok else 1
