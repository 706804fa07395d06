"""``tiss-conecta conciliar LOTE.xml... --demonstrativo DEM.xml... [--formato texto|json|csv]``.

The CSV is the table of :func:`tiss_conecta.tabelas.registros_da_conciliacao` written by
:func:`tiss_conecta.tabelas.para_csv` — the one CSV format of the package (fields separated by
``;``, decimals with a point), on the standard output: one row per guia with the columns of
:class:`tiss_conecta.tabelas.RegistroConciliacao` (``numero_guia``, ``protocolo``, ``lote``,
``situacao``, ``valor_enviado``, ``valor_informado``, ``valor_liberado``, ``valor_glosa``,
``glosas`` (codes separated by a space), ``quantidade_itens`` and ``divergencias``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tiss_conecta import formato
from tiss_conecta.cli import _comum


def register(sub: Any) -> None:
    p = sub.add_parser(
        "conciliar",
        help="confere lotes enviados com demonstrativos: pago, glosado, sem retorno",
        description="Casa as guias e os itens dos lotes enviados (ENVIO_LOTE_GUIAS) com os "
        "demonstrativos de análise de conta (ou odontológicos) e diz de cada guia se foi paga, "
        "paga em parte, glosada, se ficou sem retorno ou se o demonstrativo traz guia não "
        "enviada; totais por situação e por glosa. "
        "Saída 0: toda guia enviada foi paga; 1: alguma não foi, ou um arquivo não é lote ou "
        "demonstrativo TISS; 2: erro de uso ou arquivo ilegível.",
    )
    p.add_argument("lotes", nargs="+", metavar="LOTE.xml", help="os lotes enviados")
    p.add_argument(
        "--demonstrativo",
        "-d",
        dest="demonstrativos",
        action="extend",
        nargs="+",
        required=True,
        metavar="DEM.xml",
        help="os demonstrativos que a operadora enviou",
    )
    _comum.opcao_formato(
        p,
        "texto para pessoas (padrão), json para programas, csv uma linha por guia (separado "
        "por ';', as colunas de tiss_conecta.tabelas.registros_da_conciliacao: numero_guia, "
        "protocolo, lote, situacao, valor_enviado, valor_informado, valor_liberado, "
        "valor_glosa, glosas separadas por espaço, quantidade_itens, divergencias)",
        formatos=("texto", "json", "csv"),
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from tiss_conecta.conciliacao import conciliar
    from tiss_conecta.leitura import demonstrativos

    mensagens = {}
    for caminho in [*args.lotes, *args.demonstrativos]:
        mensagens[caminho], saida = _comum.ler_mensagem("conciliar", caminho)
        if saida is not None:
            return saida
    for caminho in args.lotes:
        m = mensagens[caminho]
        if getattr(getattr(m, "prestador_para_operadora", None), "lote_guias", None) is None:
            _comum.erro_de_uso("conciliar", f"{caminho}: não é um lote de guias (ENVIO_LOTE_GUIAS)")
            return _comum.ACHADOS
    for caminho in args.demonstrativos:
        if not demonstrativos(mensagens[caminho]):
            _comum.erro_de_uso(
                "conciliar",
                f"{caminho}: não é um demonstrativo de análise de conta nem odontológico",
            )
            return _comum.ACHADOS
    c = conciliar([mensagens[x] for x in args.lotes], [mensagens[x] for x in args.demonstrativos])
    if args.formato == "json":
        print(json.dumps(c.to_dict(), ensure_ascii=False, indent=2))
    elif args.formato == "csv":
        from tiss_conecta.tabelas import para_csv, registros_da_conciliacao

        para_csv(registros_da_conciliacao(c), sys.stdout, tipo="conciliacao")
    else:
        print("\n".join(linhas(c)))
    return _comum.OK if c.tudo_pago else _comum.ACHADOS


def linhas(c: Any) -> list[str]:
    """The reconciliation for people: a line per guia, the totals, the divergences."""
    out = []
    for g in c.guias:
        onde = ", ".join(
            p for p in (f"protocolo {g.protocolo}" if g.protocolo else "", f"lote {g.lote}") if p
        )
        texto = (
            f"Guia {g.numero_guia} ({onde}): {g.situacao.rotulo} — enviado "
            f"{formato.reais(g.valor_enviado)}, liberado {formato.reais(g.valor_liberado)}, "
            f"glosa {formato.reais(g.valor_glosa)}"
        )
        if g.glosas:
            texto += f" ({', '.join(g.glosas)})"
        out.append(texto)
    out.append(
        f"Total: enviado {formato.reais(c.valor_enviado)}, liberado "
        f"{formato.reais(c.valor_liberado)}, glosa {formato.reais(c.valor_glosa)}"
    )
    for s, t in c.por_situacao.items():
        if t.guias:
            out.append(
                f"  {s.rotulo}: {t.guias} guia(s), enviado {formato.reais(t.valor_enviado)}, "
                f"liberado {formato.reais(t.valor_liberado)}"
            )
    for t in c.por_glosa:
        out.append(
            f"  glosa {t.codigo} – {t.descricao}: {t.ocorrencias}x, {formato.reais(t.valor)}"
        )
    if c.divergencias:
        out.append("Divergências:")
        out += [f"  {a}" for a in c.divergencias]
    return out
