"""``tiss-conecta corrigir ENTRADA.xml -o SAIDA.xml``: restamp the hash, recompute the totals."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

import attrs

from tiss_conecta._sistema import motivo_do_sistema
from tiss_conecta.cli import _comum
from tiss_conecta.errors import TissError

COMANDO = "corrigir"


def register(sub: Any) -> None:
    corrigir = sub.add_parser(
        COMANDO,
        help="recalcula o hash do epílogo e os totais das guias que derivam dos itens",
        description="Grava uma cópia corrigida do arquivo TISS: o hash do epílogo recalculado "
        "e os totais que são soma dos itens (valorTotal da guia, valorTotalHonorarios, "
        "valorTotalProc, valorTotalRecursado de um recurso por itens) iguais a essa soma; os "
        "valores dos itens não mudam. Mostra o que mudou. O arquivo de entrada só é "
        "regravado com --no-lugar. Saída 0: gravado (mesmo sem nada a corrigir); 1: o "
        "arquivo não pôde ser lido como mensagem TISS; 2: erro de uso ou de gravação.",
    )
    corrigir.add_argument("arquivo", metavar="ENTRADA")
    corrigir.add_argument("-o", "--saida", metavar="SAIDA", help="onde gravar o arquivo corrigido")
    corrigir.add_argument(
        "--no-lugar",
        action="store_true",
        help="regrava o próprio arquivo de entrada (sem -o, ou com -o igual à entrada)",
    )
    _comum.opcao_versao(
        corrigir,
        "lê o arquivo com os schemas desta versão em vez da declarada em cabecalho/Padrao",
        metavar=None,
    )
    _comum.opcao_formato(corrigir)
    corrigir.set_defaults(handler=run_corrigir)


def _mesmo(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def run_corrigir(args: argparse.Namespace) -> int:
    from tiss_conecta.preenvio import corrigir

    entrada = Path(args.arquivo)
    if args.saida is None and not args.no_lugar:
        return _comum.erro_de_uso(
            COMANDO,
            "diga onde gravar: -o SAIDA.xml para uma cópia corrigida, ou --no-lugar para "
            "regravar o próprio arquivo de entrada",
        )
    saida = entrada if args.saida is None else Path(args.saida)
    if _mesmo(saida, entrada) and not args.no_lugar:
        return _comum.erro_de_uso(
            COMANDO,
            f"a saída {args.saida} é o próprio arquivo de entrada; use outra saída, ou "
            "--no-lugar para regravá-lo de propósito",
        )
    if entrada.is_dir():
        return _comum.erro_de_uso(COMANDO, f"{entrada} é uma pasta, não um arquivo TISS")
    try:
        dados = entrada.read_bytes()
    except OSError as error:
        return _comum.erro_de_uso(
            COMANDO, f"não foi possível ler {entrada}: {motivo_do_sistema(error)}"
        )
    try:
        correcao = corrigir(dados, versao=args.versao)
    except TissError as error:
        return _recusado(args, error)
    try:
        _gravar(saida, correcao.dados)
    except OSError as error:
        return _comum.erro_de_uso(
            COMANDO, f"não foi possível gravar {saida}: {motivo_do_sistema(error)}"
        )
    if args.formato == "json":
        resultado = {**correcao.to_dict(), "arquivo": args.arquivo, "saida": str(saida)}
        print(json.dumps(resultado, ensure_ascii=False, indent=2))
    else:
        print(attrs.evolve(correcao, arquivo=args.arquivo))
        print(f"gravado em {saida}")
    return 0


def _gravar(saida: Path, dados: bytes) -> None:
    """Write through a temporary file beside ``saida``, so a failure never leaves half a file."""
    temporario = saida.with_name(f".{saida.name}.tmp-{os.getpid()}")
    try:
        temporario.write_bytes(dados)
        os.replace(temporario, saida)
    finally:
        temporario.unlink(missing_ok=True)


def _recusado(args: argparse.Namespace, error: TissError) -> int:
    """The file is not a TISS message the library can read: say why (exit 1)."""
    if args.formato == "json":
        erro = {
            "codigo": error.codigo,
            "mensagem": error.mensagem,
            "linha": error.linha,
            "coluna": error.coluna,
            "xpath": error.xpath,
            "dica": error.dica,
        }
        print(json.dumps({"arquivo": args.arquivo, "erro": erro}, ensure_ascii=False, indent=2))
    else:
        print(f"{args.arquivo}: não corrigido, o arquivo não pôde ser lido: {error}")
    return 1
