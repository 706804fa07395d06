"""``tiss-conecta check ARQUIVO --perfil arcelormittal --data-envio 2025-06-02``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from typing import TYPE_CHECKING, Any

from tiss_conecta._sistema import motivo_do_sistema
from tiss_conecta.cli import _comum
from tiss_conecta.errors import TissError, TissVersionError
from tiss_conecta.models import VERSOES

if TYPE_CHECKING:
    pass


def register(sub: Any) -> None:
    check = sub.add_parser(
        "check",
        help="aplica as regras de uma operadora (prazo, senha, totais, duplicidades...)",
        description="Confere um arquivo TISS contra as regras de uma operadora: versão, guias "
        "por lote, tamanho, prazo de 90 dias, validade da senha, totais, duplicidades, "
        "CPF/CNPJ, CNES, registro ANS, demonstrativos e recursos de glosa. Lê arquivos TISS "
        f"{', '.join(VERSOES)}. "
        "Saída 0: nenhum erro; 1: algum achado de severidade erro; 2: erro de uso.",
    )
    check.add_argument("arquivo", metavar="ARQUIVO")
    check.add_argument(
        "--perfil",
        default="tiss",
        help="arcelormittal, pasa, tiss (só os limites do padrão), um registro ANS, ou um "
        "arquivo .json/.toml com o perfil (padrão: tiss)",
    )
    check.add_argument(
        "--data-envio",
        type=_data,
        default=None,
        metavar="AAAA-MM-DD",
        help="dia do envio do lote, de onde se contam os 90 dias (padrão: hoje)",
    )
    check.add_argument(
        "--versao",
        choices=tuple(VERSOES),
        default=None,
        metavar="VERSAO",
        help="lê o arquivo com os schemas desta versão TISS (" + ", ".join(VERSOES) + ") em "
        "vez da declarada em cabecalho/Padrao; por exemplo --versao 4.01.00 para um arquivo "
        "que declara 4.00.01. A versão declarada continua sendo a conferida contra o perfil "
        "(padrão: a de cabecalho/Padrao)",
    )
    _comum.opcao_formato(check)
    check.set_defaults(handler=run_check)


def _data(texto: str) -> dt.date:
    try:
        return dt.date.fromisoformat(texto)
    except ValueError:
        raise argparse.ArgumentTypeError(f"data inválida {texto!r}: use AAAA-MM-DD") from None


def run_check(args: argparse.Namespace) -> int:
    from tiss_conecta import parse
    from tiss_conecta.achados import tem_erro
    from tiss_conecta.rules import check
    from tiss_conecta.rules.limites import ARQUIVO_INVALIDO, ARQUIVO_VERSAO

    try:
        perfil = _comum.perfil(args.perfil)
    except (OSError, ValueError, TissError) as error:
        return _comum.erro_de_uso("check", f"perfil {args.perfil!r}: {error}")
    try:
        tamanho = os.path.getsize(args.arquivo)
    except OSError as error:
        return _comum.erro_de_uso(
            "check", f"não foi possível ler {args.arquivo}: {motivo_do_sistema(error)}"
        )
    data_envio = args.data_envio or dt.date.today()
    try:
        mensagem = parse(args.arquivo, versao=args.versao)
        achados = check(mensagem, perfil, data_envio=data_envio, tamanho_bytes=tamanho)
    except TissVersionError as error:
        achados = perfil.aplicar(
            [
                ARQUIVO_VERSAO.achado(
                    f"A versão TISS do arquivo não pode ser lida: {error}", xpath=error.xpath
                )
            ]
        )
    except TissError as error:
        achados = perfil.aplicar(
            [
                ARQUIVO_INVALIDO.achado(
                    f"O arquivo não é uma mensagem TISS legível: {error}", xpath=error.xpath
                )
            ]
        )
    if args.formato == "json":
        print(
            json.dumps(
                {
                    "arquivo": args.arquivo,
                    "perfil": perfil.nome,
                    "data_envio": data_envio.isoformat(),
                    "ok": not tem_erro(achados),
                    "achados": [f.to_dict() for f in achados],
                    # the names of 0.1, for the tools that read them
                    "file": args.arquivo,
                    "findings": [f.to_dict() for f in achados],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(f"{args.arquivo}: perfil {perfil.nome}, envio em {data_envio.isoformat()}")
        for f in achados:
            print(f"  {f}")
            if f.xpath:
                print(f"      em {f.xpath}")
            if f.glosa_descricao:
                print(f"      glosa {f.glosa}: {f.glosa_descricao}")
        erros = sum(f.erro for f in achados)
        print(f"{erros} erro(s), {len(achados) - erros} outro(s) achado(s)")
    return 1 if tem_erro(achados) else 0
