"""``tiss-conecta recurso DEMONSTRATIVO.xml --listar`` or ``--escolhas E.json -o RECURSO.xml``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from tiss_conecta import formato
from tiss_conecta._sistema import motivo_do_sistema
from tiss_conecta.cli import _comum
from tiss_conecta.errors import TissError
from tiss_conecta.leitura import numero
from tiss_conecta.models import VERSOES


def register(sub: Any) -> None:
    p = sub.add_parser(
        "recurso",
        help="lista as glosas de um demonstrativo e monta o recurso de glosa",
        description="Com --listar, mostra as glosas que um demonstrativo de análise de conta "
        "(ou odontológico) traz, por protocolo, guia e item. Com --escolhas, monta a mensagem "
        "RECURSO_GLOSA com o que o arquivo JSON escolhe recorrer, na versão TISS do "
        f"demonstrativo ({', '.join(VERSOES)}). "
        "Saída 0: ok; 1: nenhuma glosa a recorrer, escolhas inválidas, ou um arquivo que não é "
        "demonstrativo TISS; 2: erro de uso ou arquivo ilegível.",
    )
    p.add_argument("demonstrativo", metavar="DEMONSTRATIVO.xml")
    acao = p.add_mutually_exclusive_group(required=True)
    acao.add_argument("--listar", action="store_true", help="lista as glosas recorríveis")
    acao.add_argument(
        "--escolhas",
        metavar="ESCOLHAS.json",
        help='o que recorrer: [{"nivel": "protocolo"|"guia"|"itens", "glosa": "1705", '
        '"guia": "...", "justificativa": "...", "valor": "300.00", "itens": [...]}]',
    )
    p.add_argument("--protocolo", help="o protocolo, quando o demonstrativo tem mais de um")
    _comum.opcao_versao(
        p,
        "lê o demonstrativo com os schemas desta versão TISS (" + ", ".join(VERSOES) + ") "
        "em vez da declarada em cabecalho/Padrao, e monta o recurso nela; por exemplo "
        "--versao 4.01.00 para um demonstrativo que declara 4.00.01",
    )
    _comum.opcao_formato(p, "saída de --listar")
    p.add_argument("--numero-guia", metavar="N", help="nº da guia de recurso do prestador")
    p.add_argument("--sequencial", metavar="N", help="sequencialTransacao do cabeçalho")
    p.add_argument("--data", type=_data, metavar="AAAA-MM-DD", help="data do recurso (hoje)")
    p.add_argument("--hora", type=_hora, metavar="HH:MM", help="hora do cabeçalho (agora)")
    p.add_argument(
        "--perfil",
        default="tiss",
        help="limites da operadora: arcelormittal, pasa, tiss (padrão), um registro ANS ou um "
        "arquivo .json/.toml com o perfil",
    )
    p.add_argument(
        "-o", "--saida", "--output", metavar="RECURSO.xml", help="onde gravar (padrão: saída)"
    )
    p.set_defaults(handler=run)


def _data(texto: str) -> dt.date:
    try:
        return dt.date.fromisoformat(texto)
    except ValueError:
        raise argparse.ArgumentTypeError(f"data inválida {texto!r}: use AAAA-MM-DD") from None


def _hora(texto: str) -> dt.time:
    try:
        return dt.time.fromisoformat(texto)
    except ValueError:
        raise argparse.ArgumentTypeError(f"hora inválida {texto!r}: use HH:MM") from None


def run(args: argparse.Namespace) -> int:
    demonstrativo, saida = _comum.ler_mensagem("recurso", args.demonstrativo, versao=args.versao)
    if saida is not None:
        return saida
    if args.listar:
        return _listar(demonstrativo, args)
    return _montar(demonstrativo, args)


def _listar(demonstrativo: Any, args: argparse.Namespace) -> int:
    from tiss_conecta.montagem import glosas_recorriveis

    try:
        glosas = glosas_recorriveis(demonstrativo)
    except TissError as error:  # a message with no demonstrativo: a finding, not usage
        _comum.erro_de_uso("recurso", str(error))
        return _comum.ACHADOS
    if args.protocolo is not None:
        escolhido = numero(args.protocolo)
        glosas = [g for g in glosas if numero(g.protocolo) == escolhido]
    if args.formato == "json":
        print(json.dumps([g.to_dict() for g in glosas], ensure_ascii=False, indent=2))
    else:
        from tiss_conecta.leitura import protocolos

        lidos = [
            p
            for p in protocolos(demonstrativo)
            if args.protocolo is None or numero(p.numero) == numero(args.protocolo)
        ]
        if lidos:
            print("\n".join(linhas(glosas, lidos)))
        elif args.protocolo is not None:
            print(f"protocolo {args.protocolo} não está no demonstrativo: nenhuma glosa a listar")
        else:
            print("nenhum protocolo no demonstrativo: nenhuma glosa a listar")
    return 0 if any(g.recorrivel for g in glosas) else 1


def _totais(p: Any) -> str:
    """A protocolo's totals and how many of its guias have glosas."""
    valores = ", ".join(
        f"{rotulo} {formato.reais(v)}"
        for rotulo, v in (
            ("informado", p.informado),
            ("processado", p.processado),
            ("liberado", p.liberado),
            ("glosado", p.glosado),
        )
        if v is not None
    )
    com_glosa = sum(1 for g in p.guias if g.glosado or g.motivos or g.codigos_dos_itens())
    return f"  {valores}; {len(p.guias)} guia(s), {com_glosa} com glosa"


def linhas(glosas: Sequence[Any], lidos: Sequence[Any] = ()) -> list[str]:
    """The glosas for people, grouped by protocolo; with the protocolos read
    (:func:`tiss_conecta.leitura.protocolos`), each with its totals, those without glosas
    too."""
    out: list[str] = []
    protocolo = None
    cabecalhos = {numero(p.numero): p for p in lidos}
    for p in lidos:
        if not any(numero(g.protocolo) == numero(p.numero) for g in glosas):
            tipo = " (odontológico)" if p.odonto else ""
            out += [f"Protocolo {p.numero}, lote {p.lote}{tipo}", _totais(p), "  nenhuma glosa"]
    for g in glosas:
        if g.protocolo != protocolo:
            protocolo = g.protocolo
            tipo = " (odontológico)" if g.odonto else ""
            out.append(f"Protocolo {g.protocolo}, lote {g.lote}{tipo}")
            if (lido := cabecalhos.get(numero(g.protocolo))) is not None:
                out.append(_totais(lido))
        if g.nivel.value == "protocolo":
            onde = "protocolo inteiro"
        elif g.nivel.value == "guia":
            onde = f"guia {g.numero_guia}"
        else:
            dia = formato.data(g.data_realizacao)
            proc = g.procedimento.codigo if g.procedimento else ""
            onde = f"guia {g.numero_guia}, item {g.sequencial_item} ({proc}, {dia})"
        nada = "" if g.recorrivel else "  [sem valor a recorrer]"
        out.append(f"  {onde}: glosa {g.codigo} – {g.titulo}{nada}")
        out.append(
            f"      informado {formato.reais(g.valor_informado)}, "
            f"liberado {formato.reais(g.valor_liberado)}, glosado {formato.reais(g.valor_glosa)}"
        )
    return out


def _decimal(valor: Any) -> Decimal | None:
    if valor is None:
        return None
    try:
        return Decimal(str(valor))
    except InvalidOperation:
        raise ValueError(f"valor {valor!r} não é um número") from None


_CHAVES = {
    "protocolo": {"nivel", "glosa", "justificativa", "valor"},
    "guia": {"nivel", "guia", "glosa", "justificativa", "valor"},
    "itens": {"nivel", "guia", "justificativa", "itens"},
}
_CHAVES_ITEM = {"sequencial", "glosa", "valor", "justificativa"}


def _objeto(dados: Any, chaves: set[str], onde: str) -> dict[str, Any]:
    if not isinstance(dados, dict):
        raise ValueError(f"{onde}: esperado um objeto JSON")
    if sobra := sorted(set(dados) - chaves):  # a misspelt "valor" must not appeal everything
        raise ValueError(f"{onde}: chave(s) desconhecida(s) {sobra}; use {sorted(chaves)}")
    return dados


def escolhas_de(dados: Any) -> list[Any]:
    """The choices of an ESCOLHAS.json document (see ``--help``)."""
    from tiss_conecta.montagem import EscolhaGuia, EscolhaItens, EscolhaProtocolo, ItemEscolhido

    if not isinstance(dados, list):
        raise ValueError("o arquivo de escolhas é uma lista JSON de escolhas")
    out: list[Any] = []
    for i, e in enumerate(dados, 1):
        if not isinstance(e, dict):
            raise ValueError(f"escolha {i}: esperado um objeto JSON")
        try:
            nivel = e["nivel"]
            if nivel in _CHAVES:
                _objeto(e, _CHAVES[nivel], f"escolha {i}")
            if nivel == "protocolo":
                out.append(
                    EscolhaProtocolo(e["glosa"], e["justificativa"], _decimal(e.get("valor")))
                )
            elif nivel == "guia":
                out.append(
                    EscolhaGuia(e["guia"], e["glosa"], e["justificativa"], _decimal(e.get("valor")))
                )
            elif nivel == "itens":
                if not isinstance(e["itens"], list):
                    raise ValueError(f"escolha {i}: 'itens' é uma lista de objetos JSON")
                itens = []
                for j, dado in enumerate(e["itens"], 1):
                    it = _objeto(dado, _CHAVES_ITEM, f"escolha {i}, item {j}")
                    itens.append(
                        ItemEscolhido(
                            it["sequencial"],
                            it["glosa"],
                            _decimal(it.get("valor")),
                            it.get("justificativa"),
                        )
                    )
                out.append(EscolhaItens(e["guia"], itens, e["justificativa"]))
            else:
                raise ValueError(f"escolha {i}: nivel {nivel!r}: use protocolo, guia ou itens")
        except KeyError as falta:
            raise ValueError(f"escolha {i}: falta {falta}") from None
    return out


def _montar(demonstrativo: Any, args: argparse.Namespace) -> int:
    from tiss_conecta import to_xml
    from tiss_conecta.montagem import montar_recurso

    if args.numero_guia is None or args.sequencial is None:
        return _comum.erro_de_uso("recurso", "--escolhas exige --numero-guia e --sequencial")
    try:
        regras = _comum.perfil(args.perfil)
    except (OSError, ValueError, TissError) as error:
        return _comum.erro_de_uso("recurso", f"perfil {args.perfil!r}: {error}")
    try:
        dados = json.loads(Path(args.escolhas).read_text(encoding="utf-8"))
        escolhas = escolhas_de(dados)
    except OSError as error:
        return _comum.erro_de_uso(
            "recurso", f"não foi possível ler {args.escolhas}: {motivo_do_sistema(error)}"
        )
    except ValueError as error:  # JSONDecodeError too
        return _comum.erro_de_uso("recurso", f"{args.escolhas}: {error}")
    except TissError as error:
        print(f"tiss-conecta recurso: {error}", file=sys.stderr)
        return 1
    agora = dt.datetime.now()
    try:
        msg = montar_recurso(
            demonstrativo,
            escolhas,
            numero_guia_prestador=args.numero_guia,
            sequencial_transacao=args.sequencial,
            data=args.data or agora.date(),
            hora=args.hora or agora.time().replace(microsecond=0),
            protocolo=args.protocolo,
            perfil=regras,
        )
    except TissError as error:
        print(f"tiss-conecta recurso: {error}", file=sys.stderr)
        return 1
    xml = to_xml(msg, pretty=True)
    if args.saida:
        try:
            Path(args.saida).write_bytes(xml)
        except OSError as error:
            return _comum.erro_de_uso(
                "recurso", f"não foi possível gravar {args.saida}: {motivo_do_sistema(error)}"
            )
        recurso: Any = msg.prestador_para_operadora
        guia = (
            recurso.recurso_glosa.guia_recurso_glosa
            or recurso.recurso_glosa.guia_recurso_glosa_odonto
        )
        valor = formato.reais(guia.valor_total_recursado)
        versao = msg.cabecalho.padrao.value
        print(f"{args.saida}: recurso de {valor} (TISS {versao}) gravado")
    else:
        sys.stdout.buffer.write(xml)
    return 0
