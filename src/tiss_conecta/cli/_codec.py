"""``tiss-conecta validate ARQUIVO|PASTA...`` and ``tiss-conecta hash ARQUIVO``."""

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
        f"({', '.join(VERSOES)}: a declarada no Padrao) e confere o hash. Aceita arquivos e "
        "pastas (todos os *.xml dentro delas, usando todos os núcleos); para conferir também "
        "as regras da operadora, use tiss-conecta check. "
        "Saída 0: todos válidos; 1: algum inválido; 2: erro de uso ou arquivo ilegível.",
    )
    validate.add_argument("arquivos", nargs="+", metavar="ARQUIVO|PASTA")
    _comum.opcao_formato(validate, formatos=_comum.FORMATOS_DE_RELATORIO)
    _comum.opcao_processos(validate)
    validate.add_argument(
        "--hash-estrito",
        "--strict-hash",
        action="store_true",
        help="aceita só hash calculado em ISO-8859-1",
    )
    _comum.opcao_versao(
        validate,
        "valida no XSD desta versão, não na declarada no Padrao (ex.: um arquivo "
        "4.00.01 no XSD 4.01.00, que aceita esse Padrao)",
        metavar=None,
    )
    validate.set_defaults(handler=run_validate)

    hash_ = sub.add_parser(
        "hash",
        help="calcula o hash do epílogo e o compara com o declarado",
        description="Mostra o hash calculado (ISO-8859-1 e UTF-8), o declarado e qual "
        "codificação confere; vale para arquivos de qualquer versão TISS, pois o hash é "
        "definido igualmente em todas; para gravar o hash certo, use tiss-conecta corrigir. "
        "Saída 0: confere; 1: não confere, ou o arquivo não é XML; 2: erro de uso ou arquivo "
        "ilegível.",
    )
    hash_.add_argument("arquivo", metavar="ARQUIVO")
    _comum.opcao_formato(hash_)
    hash_.add_argument("--estrito", "--strict", action="store_true", help="aceita só ISO-8859-1")
    hash_.set_defaults(handler=run_hash)


def run_validate(args: argparse.Namespace) -> int:
    from tiss_conecta.preenvio import validar_arquivos

    return _comum.relatar_pasta("validate", args, "validando", validar_arquivos)


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
        return _comum.saida_do_erro(error)
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
