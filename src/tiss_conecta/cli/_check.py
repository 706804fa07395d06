"""``tiss-conecta check ARQUIVO|PASTA... --perfil arcelormittal --data-envio 2025-06-02``:
the pre-send check (XSD, epilogo hash and the operadora's rules in one report)."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
from typing import Any

from tiss_conecta.cli import _comum
from tiss_conecta.errors import TissError
from tiss_conecta.models import VERSOES


def register(sub: Any) -> None:
    check = sub.add_parser(
        "check",
        help="confere arquivos antes do envio: XSD, hash e regras da operadora num relatório",
        description="Confere cada arquivo TISS como o portal da operadora: o XSD da sua versão, "
        "o hash do epílogo e as regras da operadora (versão, guias por lote, tamanho, prazo "
        "de 90 dias, validade da senha, totais, duplicidades, CPF/CNPJ, CNES, registro ANS, "
        "demonstrativos e recursos de glosa), num só relatório por arquivo, na ordem do "
        "arquivo, com a guia, o item e a glosa de cada achado. Aceita arquivos e pastas (todos "
        f"os *.xml dentro delas, usando todos os núcleos). Lê arquivos TISS {', '.join(VERSOES)}."
        " Saída 0: nenhum erro; 1: algum achado de severidade erro; 2: erro de uso ou arquivo "
        "ilegível (inexistente, sem permissão).",
    )
    check.add_argument("arquivos", nargs="+", metavar="ARQUIVO|PASTA")
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
    _comum.opcao_versao(
        check,
        "lê o arquivo com os schemas desta versão TISS (" + ", ".join(VERSOES) + ") em "
        "vez da declarada em cabecalho/Padrao; por exemplo --versao 4.01.00 para um arquivo "
        "que declara 4.00.01. A versão declarada continua sendo a conferida contra o perfil "
        "(padrão: a de cabecalho/Padrao)",
    )
    _comum.opcao_formato(check, formatos=_comum.FORMATOS_DE_RELATORIO)
    check.add_argument(
        "--hash-estrito", action="store_true", help="aceita só hash calculado em ISO-8859-1"
    )
    _comum.opcao_processos(check)
    check.set_defaults(handler=run_check)


def _data(texto: str) -> dt.date:
    try:
        return dt.date.fromisoformat(texto)
    except ValueError:
        raise argparse.ArgumentTypeError(f"data inválida {texto!r}: use AAAA-MM-DD") from None


def run_check(args: argparse.Namespace) -> int:
    from tiss_conecta.preenvio import conferir_arquivos

    try:
        perfil = _comum.perfil(args.perfil)
    except (OSError, ValueError, TissError) as error:
        return _comum.erro_de_uso("check", f"perfil {args.perfil!r}: {error}")
    return _comum.relatar_pasta(
        "check",
        args,
        "conferindo",
        functools.partial(conferir_arquivos, perfil=perfil),
        data_envio=args.data_envio or dt.date.today(),
    )
