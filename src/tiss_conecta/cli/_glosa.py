"""``tiss-conecta glosa 1705``, ``--busca TEXTO``, or a filtered list of the catalogue."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import textwrap
from collections.abc import Sequence
from typing import Any

from tiss_conecta import formato, glosas
from tiss_conecta.cli import _comum
from tiss_conecta.errors import GlosaDesconhecida
from tiss_conecta.glosas import Glosa
from tiss_conecta.glosas._glosa import grupo_legivel, vigencia_legivel

LIMITE_BUSCA = 20
_LARGURA = 88


def register(sub: Any) -> None:
    p = sub.add_parser(
        "glosa",
        help="consulta o catálogo de glosas (tabela TUSS 38)",
        description="Mostra uma glosa pelo código, busca pelo texto (--busca) ou lista o "
        "catálogo filtrado por versão TISS, data de vigência e grupo. "
        "Saída 0: encontrou; 1: código desconhecido, nada encontrado ou fora do filtro; "
        "2: erro de uso.",
    )
    p.add_argument("codigo", nargs="?", metavar="CODIGO", help="código da glosa, ex.: 1705")
    p.add_argument(
        "--busca",
        "-b",
        "--search",
        "-s",
        metavar="TEXTO",
        help="busca na descrição e na orientação",
    )
    p.add_argument("--versao", choices=glosas.VERSOES, help="só códigos que o XSD aceita")
    p.add_argument("--em", type=_data, metavar="DATA", help="só códigos vigentes na data")
    p.add_argument("--grupo", metavar="GRUPO", help="só códigos do grupo (lista: --grupos)")
    p.add_argument("--grupos", action="store_true", help="lista os grupos")
    p.add_argument(
        "--limite",
        type=_natural,
        metavar="N",
        help=f"no máximo N resultados (busca: {LIMITE_BUSCA}; 0 = todos)",
    )
    _comum.opcao_formato(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.codigo is not None and args.busca is not None:
        return _uso("informe um código ou --busca, não os dois")
    if args.grupos:
        return _grupos(args)
    if args.codigo is not None:
        return _codigo(args)
    return _lista(args)


def _codigo(args: argparse.Namespace) -> int:
    try:
        g = glosas.consultar(args.codigo)
    except GlosaDesconhecida as erro:
        if args.formato == "json":
            erro_json = {"codigo": erro.codigo, "mensagem": str(erro)}
            print(json.dumps({"erro": erro_json}, ensure_ascii=False))
        else:
            print(erro, file=sys.stderr)
        return 1
    if args.formato == "json":
        print(json.dumps(g.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(detalhe(g))
    problemas = _fora_do_filtro(g, args)
    for p in problemas:
        print(f"{g.codigo}: {p}", file=sys.stderr)
    return 1 if problemas else 0


def _lista(args: argparse.Namespace) -> int:
    if args.busca is not None:
        achados = glosas.buscar(args.busca, versao=args.versao, em=args.em)
        if args.grupo is not None:
            no_grupo = {g.codigo for g in glosas.catalogo(grupo=args.grupo)}
            achados = [g for g in achados if g.codigo in no_grupo]
        limite = LIMITE_BUSCA if args.limite is None else args.limite
    else:
        achados = glosas.catalogo(args.versao, args.em, grupo=args.grupo)
        limite = args.limite or 0
    mostrados = achados[:limite] if limite > 0 else achados
    if args.formato == "json":
        print(json.dumps([g.to_dict() for g in mostrados], ensure_ascii=False, indent=2))
    else:
        for g in mostrados:
            print(linha(g))
        if len(mostrados) < len(achados):
            print(f"… e mais {len(achados) - len(mostrados)} (use --limite 0 para ver todas)")
        elif not achados:
            oque = f"para {args.busca!r}" if args.busca is not None else "com esses filtros"
            print(f"nenhuma glosa encontrada {oque}", file=sys.stderr)
    return 0 if achados else 1


def _grupos(args: argparse.Namespace) -> int:
    contagem = {
        nome: len(glosas.catalogo(args.versao, args.em, grupo=nome)) for nome in glosas.grupos()
    }
    if args.formato == "json":
        print(json.dumps(contagem, ensure_ascii=False, indent=2))
    else:
        largura = max(map(len, contagem))
        for nome, n in contagem.items():
            print(f"{nome:<{largura}}  {n:>3} código(s)")
    return 0


def detalhe(g: Glosa) -> str:
    """Every field of a glosa, for people."""
    campos = [
        ("Descrição ANS", g.descricao),
        ("Grupo", grupo_legivel(g)),
        ("Vigência", vigencia_legivel(g)),
        ("Versões TISS", ", ".join(sorted(g.versoes)) or "nenhum XSD aceita este código"),
    ]
    if g.descricao_xsd_4_01_00:
        campos.append(("No XSD 4.01.00", g.descricao_xsd_4_01_00))
    largura = max(len(k) for k, _ in campos) + 2
    linhas = [str(g)]
    linhas += [f"  {k + ':':<{largura}}{v}" for k, v in campos]
    o = g.orientacao
    if o is not None:
        linhas += ["", *_secao("O que significa", [o.significado], marcador="")]
        linhas += _secao("Exemplo", [o.exemplo], marcador="")
        linhas += _secao("Como evitar", o.como_evitar)
        linhas += _secao("Recurso de glosa", o.anexos_recurso)
    return "\n".join(linhas)


def linha(g: Glosa) -> str:
    """One line per glosa: code, title and, when it has one, the end of its validity."""
    if g.vigencia_fim is None:
        return str(g)
    return f"{g} (vigência até {formato.data(g.vigencia_fim)})"


def _secao(titulo: str, textos: Sequence[str], marcador: str = "• ") -> list[str]:
    recuo = "    " + " " * len(marcador)
    corpo = [
        textwrap.fill(t, _LARGURA, initial_indent="    " + marcador, subsequent_indent=recuo)
        for t in textos
    ]
    return [f"  {titulo}", *corpo]


def _fora_do_filtro(g: Glosa, args: argparse.Namespace) -> list[str]:
    problemas = []
    if args.versao is not None and not g.aceita_em(args.versao):
        problemas.append(f"o XSD TISS {args.versao} não aceita este código")
    if args.em is not None and not g.vigente_em(args.em):
        problemas.append(f"fora da vigência em {formato.data(args.em)} ({vigencia_legivel(g)})")
    if args.grupo is not None and g not in glosas.catalogo(grupo=args.grupo):
        problemas.append(f"não é do grupo {args.grupo!r} ({grupo_legivel(g)})")
    return problemas


def _data(texto: str) -> datetime.date:
    for padrao in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(texto, padrao).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"data inválida: {texto!r} (use AAAA-MM-DD ou DD/MM/AAAA)")


def _natural(texto: str) -> int:
    if not (texto.isascii() and texto.isdigit()):
        raise argparse.ArgumentTypeError(f"esperava um número >= 0, não {texto!r}")
    return int(texto)


def _uso(mensagem: str) -> int:
    print(f"tiss-conecta glosa: erro: {mensagem}", file=sys.stderr)
    return 2
