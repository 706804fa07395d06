"""``tiss-conecta tabela guias|itens|glosas ARQUIVO|PASTA... -o SAIDA.csv|SAIDA.parquet``:
the guias, items or glosas of lotes and demonstrativos in one table
(:mod:`tiss_conecta.tabelas`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tiss_conecta._sistema import motivo_do_sistema
from tiss_conecta.cli import _comum

TABELAS = ("guias", "itens", "glosas")
FORMATOS = (".csv", ".parquet")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "tabela",
        help="junta as guias, os itens ou as glosas de lotes e demonstrativos numa tabela "
        "CSV ou Parquet",
        description="Lê cada arquivo TISS (lote de guias ou demonstrativo) e todos os *.xml "
        "das pastas indicadas, usando todos os núcleos, e escreve uma linha por guia, item ou "
        "glosa, com o arquivo e a versão em cada linha, num só arquivo: .csv (separado por ';', "
        "decimais com ponto e o valor exato, datas AAAA-MM-DD) ou .parquet (valores em decimal "
        "exato de até 18 dígitos, datas como datas; precisa de pip install "
        "'tiss-conecta[tabelas]'), que Excel, DuckDB, Polars, pandas e Spark leem. Um "
        "demonstrativo de pagamento médico dá só guias (origem 'pagamento'); um arquivo TISS "
        "que não dá linhas para a tabela (recurso, pagamento na tabela de itens...) é nomeado "
        "na saída de erro. Saída 0: tabela escrita; 1: algum arquivo não pôde ser lido como "
        "TISS (a tabela é escrita com os outros, e a mensagem diz quais) ou um valor não cabe "
        "no Parquet (nada é escrito); 2: erro de uso "
        "(caminho inexistente, extensão desconhecida, saída que não se pode escrever, pyarrow "
        "ausente) ou arquivo ilegível.",
    )
    p.add_argument("tabela", choices=TABELAS, metavar="guias|itens|glosas", help="que tabela")
    p.add_argument("caminhos", nargs="+", metavar="ARQUIVO|PASTA")
    p.add_argument(
        "-o",
        "--saida",
        required=True,
        metavar="SAIDA",
        help="arquivo a escrever; o formato vem da extensão: .csv ou .parquet",
    )
    _comum.opcao_processos(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from tiss_conecta.preenvio import arquivos_xml
    from tiss_conecta.tabelas import para_csv, para_parquet
    from tiss_conecta.tabelas._pasta import _ler

    saida = Path(args.saida)
    formato = saida.suffix.lower()
    if formato not in FORMATOS:
        return _comum.erro_de_uso(
            "tabela", f"extensão desconhecida {saida.name!r}: use .csv ou .parquet"
        )
    if formato == ".parquet":
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            return _comum.erro_de_uso(
                "tabela",
                "escrever .parquet precisa de pyarrow: pip install 'tiss-conecta[tabelas]' "
                "(ou escreva .csv)",
            )
    faltando = [c for c in args.caminhos if not Path(c).exists()]
    if faltando:
        return _comum.erro_de_uso("tabela", f"caminho inexistente: {', '.join(faltando)}")
    arquivos = arquivos_xml(args.caminhos)
    if not arquivos:
        return _comum.erro_de_uso("tabela", "nenhum arquivo .xml nas pastas indicadas")
    progresso = _comum.Progresso("lendo")
    linhas, ilegiveis, sem_linhas = _ler(arquivos, args.tabela, args.processos, progresso)
    progresso.terminar()
    try:
        if formato == ".csv":
            para_csv(linhas, saida, tipo=args.tabela)
        else:
            para_parquet(linhas, saida, tipo=args.tabela)
    except OSError as erro:
        return _comum.erro_de_uso(
            "tabela", f"não foi possível escrever {saida}: {motivo_do_sistema(erro)}"
        )
    except ValueError as erro:  # a value too large for Parquet's decimal128(18, 2)
        print(f"tiss-conecta tabela: {erro}; nada foi escrito", file=sys.stderr)
        return _comum.ACHADOS
    for arquivo, transacao in sem_linhas:
        print(
            f"tiss-conecta tabela: {arquivo}: arquivo sem {args.tabela} para a tabela "
            f"{args.tabela}: {transacao}",
            file=sys.stderr,
        )
    for a in ilegiveis:
        print(
            f"tiss-conecta tabela: {a.arquivo} ficou fora da tabela: [{a.codigo}] {a.mensagem}",
            file=sys.stderr,
        )
    lidos = len(arquivos) - len(ilegiveis)
    print(f"{len(linhas)} linha(s) de {args.tabela} de {lidos} arquivo(s) em {saida}")
    if not ilegiveis:
        return _comum.OK
    return max(_comum.USO if a.codigo == _comum.ILEGIVEL else _comum.ACHADOS for a in ilegiveis)
