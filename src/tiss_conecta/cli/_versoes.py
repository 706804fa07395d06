"""``tiss-conecta versoes [--diferencas DE PARA]`` and ``converter ENTRADA --para V``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tiss_conecta import models
from tiss_conecta._sistema import motivo_do_sistema
from tiss_conecta.cli import _comum
from tiss_conecta.errors import ConversaoRecusada, TissError
from tiss_conecta.models import VERSOES


def register(sub: Any) -> None:
    p = sub.add_parser(
        "versoes",
        help="as versões TISS suportadas e o que muda entre elas",
        description="Lista as versões TISS que a biblioteca lê e escreve, ou, com --diferencas, "
        "o que muda de uma para outra (tipos, elementos, ocorrências, facetas e valores de "
        "domínio), calculado dos XSDs oficiais. Saída 0; 2: erro de uso.",
    )
    p.add_argument(
        "--diferencas",
        "--diff",
        nargs=2,
        metavar=("DE", "PARA"),
        choices=tuple(VERSOES),
        help="o que muda de DE para PARA",
    )
    _comum.opcao_formato(p)
    p.set_defaults(handler=run_versoes)

    c = sub.add_parser(
        "converter",
        help="reescreve um arquivo TISS em outra versão",
        description="Reescreve ENTRADA na versão --para, com hash novo, e valida o resultado "
        "no XSD do destino. O que o destino não comporta (ou exige e a entrada não tem) é "
        "listado campo a campo e nada é gravado. Saída 0: convertido; 1: conteúdo que não "
        "cabe no destino, ou ENTRADA que não é uma mensagem TISS válida (malformada, de versão "
        "sem schemas aqui, inválida na própria versão); 2: erro de uso, ENTRADA ilegível "
        "(ausente, pasta, sem permissão) ou SAIDA que não se grava.",
    )
    c.add_argument("entrada", metavar="ENTRADA")
    c.add_argument("--para", required=True, choices=tuple(VERSOES), metavar="VERSAO")
    c.add_argument("-o", "--saida", required=True, metavar="SAIDA", help="arquivo a gravar")
    c.add_argument(
        "--preencher",
        action="append",
        default=[],
        metavar="ELEMENTO=VALOR",
        help="valor para um elemento que o destino exige e a entrada não tem "
        "(ex.: caraterAtendimento=1); pode repetir",
    )
    c.add_argument(
        "--descartar",
        action="append",
        default=[],
        metavar="ELEMENTO",
        help="elemento que o destino não tem e pode ser descartado (ex.: centroConsumo); "
        "pode repetir",
    )
    _comum.opcao_versao(c, "lê ENTRADA nesta versão, não na do Padrao", metavar=None)
    _comum.opcao_formato(c)
    c.set_defaults(handler=run_converter)


def run_versoes(args: argparse.Namespace) -> int:
    from tiss_conecta import versoes

    if args.diferencas:
        d = versoes.diferencas(*args.diferencas)
        print(
            json.dumps(d.to_dict(), ensure_ascii=False, indent=2) if args.formato == "json" else d
        )
        return 0
    linhas = [
        {"versao": v, "padroes_aceitos": list(versoes.padroes_aceitos(v))}
        for v in versoes.SUPORTADAS
    ]
    if args.formato == "json":
        print(json.dumps(linhas, ensure_ascii=False, indent=2))
    else:
        print("Versões TISS que a biblioteca lê, valida, escreve e converte:")
        for linha in linhas:
            print(
                f"  {linha['versao']}  (o XSD aceita Padrao {', '.join(linha['padroes_aceitos'])})"
            )
        print("Diferenças: tiss-conecta versoes --diferencas 4.01.00 4.03.00")
    return 0


def _pares(itens: list[str]) -> dict[str, str] | None:
    pares = {}
    for item in itens:
        nome, sep, valor = item.partition("=")
        if not sep or not nome.strip():
            return None
        pares[nome.strip()] = valor.strip()
    return pares


def run_converter(args: argparse.Namespace) -> int:
    from tiss_conecta import codec, versoes
    from tiss_conecta.codec import _fonte

    preencher = _pares(args.preencher)
    if preencher is None:
        return _comum.erro_de_uso("converter", "--preencher espera ELEMENTO=VALOR")
    saida = Path(args.saida)
    if saida.exists() and saida.resolve() == Path(args.entrada).resolve():
        return _comum.erro_de_uso(
            "converter", "SAIDA é o próprio arquivo de entrada: grave em outro arquivo"
        )
    resultado: dict[str, Any] = {
        "arquivo": args.entrada,
        "saida": args.saida,
        "para": args.para,
        "file": args.entrada,  # the name of 0.1, for the tools that read it
    }
    try:
        data, _ = _fonte.read_bytes(args.entrada)
        mensagem = codec.parse(data, versao=args.versao)
        resultado["de"] = _fonte.versao_declarada(_fonte.load(data).root)
        resultado["lida_como"] = models.versao_de(mensagem)
        resultado["hash_conferia"] = codec.verify_hash(data).ok
        feita = versoes.conversao(
            mensagem, args.para, preencher=preencher, descartar=args.descartar
        )
        convertido = codec.to_xml(feita.mensagem)
    except ConversaoRecusada as recusa:
        resultado.update(ok=False, campos=[c.to_dict() for c in recusa.campos])
        return _saida(args, resultado, recusa)
    except TissError as error:
        # a file that cannot be read: 2; read, but not a valid TISS message: 1
        resultado.update(ok=False, erro={"codigo": error.codigo, "mensagem": str(error)})
        return _saida(args, resultado, error, codigo=_comum.saida_do_erro(error))
    try:
        saida.write_bytes(convertido)
    except OSError as exc:
        motivo = f"não foi possível gravar {saida}: {motivo_do_sistema(exc)}"
        resultado.update(ok=False, erro={"codigo": "io.nao_gravavel", "mensagem": motivo})
        return _saida(args, resultado, TissError(motivo, codigo="io.nao_gravavel"), codigo=2)
    resultado.update(
        ok=True,
        hash=feita.mensagem.epilogo.hash,
        preenchidos=[c.to_dict() for c in feita.preenchidos],
        descartados=[c.to_dict() for c in feita.descartados],
        ignorados=list(feita.ignorados),
    )
    return _saida(args, resultado, None)


def _saida(
    args: argparse.Namespace, resultado: dict[str, Any], erro: TissError | None, codigo: int = 1
) -> int:
    codigo = 0 if erro is None else codigo
    if args.formato == "json":
        print(json.dumps(resultado, ensure_ascii=False, indent=2))
        return codigo
    de = _origem(resultado)
    if erro is None:
        print(f"{args.entrada}{de} → {args.saida} (TISS {args.para}): convertido")
        print(f"  hash {resultado['hash']}")
        if not resultado["hash_conferia"]:
            print("  aviso: o hash declarado na entrada não conferia; a saída tem o hash novo")
        for chave, rotulo in (("preenchidos", "preenchido"), ("descartados", "descartado")):
            for campo in resultado[chave]:
                print(f"  {rotulo}: {campo['xpath']} = {campo['valor']!r}")
        for nome in resultado["ignorados"]:
            print(f"  aviso: {nome} (--preencher/--descartar) não foi usado; confira o nome")
    elif isinstance(erro, ConversaoRecusada):
        print(
            f"{args.entrada}{de}: não convertido para o TISS {args.para}; "
            f"{len(erro.campos)} campo(s) não cabem:"
        )
        for campo in erro.campos:
            print(f"  {campo}")
        print("  como corrigir: " + _dica(erro))
    else:
        print(f"{args.entrada}: não convertido: {erro}", file=sys.stderr)
    return codigo


def _origem(resultado: dict[str, Any]) -> str:
    """`` (TISS 4.01.00)``, or `` (Padrao 4.00.01, lido como 4.01.00)``."""
    de, lida = resultado.get("de"), resultado.get("lida_como")
    if not lida:
        return ""
    return f" (TISS {de})" if de == lida else f" (Padrao {de}, lido como {lida})"


def _dica(recusa: ConversaoRecusada) -> str:
    """What to do, in terms of this command's options."""
    nomes: dict[str, set[str]] = {}
    for campo in recusa.campos:
        nomes.setdefault(campo.problema, set()).add(campo.xpath.rsplit("/", 1)[-1].split("[")[0])
    dicas = [f"--preencher {n}=VALOR" for n in sorted(nomes.get("exigido", ()))]
    dicas += [
        f"--descartar {n}"
        for n in sorted(nomes.get("sem_lugar", set()) | nomes.get("assinatura", set()))
    ]
    if nomes.keys() - {"exigido", "sem_lugar", "assinatura"}:
        dicas.append("corrija na origem os valores que o destino não aceita")
    return "; ".join(dicas)
