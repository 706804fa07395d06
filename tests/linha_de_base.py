"""Record what the library answers, to show a refactor changes nothing a user sees.

    python -m tests.linha_de_base --sortear ENTRADAS.json          # draw the inputs, once
    python -m tests.linha_de_base ANTES.json --entradas ENTRADAS.json   # before the refactor
    python -m tests.linha_de_base DEPOIS.json --entradas ENTRADAS.json  # after it
    python -m tests.linha_de_base --comparar ANTES.json DEPOIS.json [--codigos MAPA.json]

Recorded: ``validate`` and ``rules.check`` (three profiles) on every corpus file and every
shipped example; ``rules.check`` on 510 lotes drawn from ``tiss_conecta.strategies`` (the
five guia types in each version); ``glosas_recorriveis``, the recurso built from drawn
choices and ``check`` of that recurso against its demonstrativo, on 60 drawn
demonstrativos. The drawn inputs are kept as XML in ENTRADAS (Hypothesis also draws
constants it finds in the source, so a redraw after a refactor would not give the same
lotes). Findings are read by either vocabulary (``code``/``codigo``...), so the two records
compare across a renaming; ``--codigos`` maps renamed codes (old -> new).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import tiss_conecta as tiss
from tests.conftest import CORPUS
from tests.montagem import estrategias
from tiss_conecta import examples, models, montagem, rules
from tiss_conecta import strategies as tst

ENVIO = dt.date(2025, 6, 2)
PERFIS = ("tiss", "arcelormittal", "pasa")
LOTES_POR_TIPO = 34
DEMONSTRATIVOS_POR_VERSAO = 20


def _campo(objeto: Any, *nomes: str) -> Any:
    for nome in nomes:
        if hasattr(objeto, nome):
            valor = getattr(objeto, nome)
            return getattr(valor, "value", valor)
    return None


def achado(f: Any) -> dict[str, Any]:
    """A finding or a validation issue, in one shape whatever the library calls its fields."""
    return {
        "codigo": _campo(f, "codigo", "code"),
        "severidade": _campo(f, "severidade", "severity"),
        "mensagem": _campo(f, "mensagem", "message"),
        "dica": _campo(f, "dica", "hint"),
        "linha": _campo(f, "linha", "line"),
        "xpath": _campo(f, "xpath"),
        "numero_guia": _campo(f, "numero_guia"),
        "item": _campo(f, "item"),
        "glosa": _campo(f, "glosa"),
    }


def _relatorio(r: Any) -> dict[str, Any]:
    itens = _campo(r, "achados", "issues")
    return {"ok": r.ok, "versao": r.versao, "achados": [achado(i) for i in itens]}


def _checks(mensagem: Any, demonstrativos: Iterable[Any] = ()) -> dict[str, Any]:
    return {
        nome: [
            achado(f)
            for f in rules.check(
                mensagem, rules.perfil(nome), data_envio=ENVIO, demonstrativos=demonstrativos
            )
        ]
        for nome in PERFIS
    }


def _md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def arquivos() -> dict[str, Any]:
    """Corpus files and shipped examples: validate, and check when they parse."""
    caminhos = sorted((CORPUS / "files").glob("*.xml")) + [
        examples.caminho(nome, v) for nome in examples.EXEMPLOS for v in models.VERSOES
    ]
    saida: dict[str, Any] = {}
    for caminho in caminhos:
        chave = f"{caminho.parent.name}/{caminho.name}"
        registro: dict[str, Any] = {"validate": _relatorio(tiss.validate(caminho))}
        try:
            mensagem = tiss.parse(caminho)
        except tiss.TissError as erro:
            registro["parse"] = _campo(erro, "codigo", "code")
        else:
            registro["check"] = _checks(mensagem)
            try:
                recorriveis = montagem.glosas_recorriveis(mensagem)
            except tiss.TissError as erro:
                registro["recorriveis"] = _campo(erro, "codigo", "code")
            else:
                registro["recorriveis"] = [g.to_dict() for g in recorriveis]
        saida[chave] = registro
    return saida


def _coletar(estrategia: st.SearchStrategy[Any], n: int, registrar: Callable[[Any], None]) -> None:
    @settings(
        max_examples=n,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(estrategia)
    def coletar(valor: Any) -> None:
        registrar(valor)

    coletar()


def sortear(destino: Path) -> None:
    """Draw the lotes and the demonstrativos with choices, and keep them as text."""
    lotes: list[dict[str, str]] = []
    for versao in models.VERSOES:
        for tipo in tst.TIPOS_GUIA:

            def guardar(m: Any, versao: str = versao, tipo: str = tipo) -> None:
                xml = tiss.to_xml(m).decode("iso-8859-1")
                lotes.append({"versao": versao, "tipo": tipo, "xml": xml})

            _coletar(tst.lote_guias(tipo, versao=versao), LOTES_POR_TIPO, guardar)
    recursos: list[dict[str, Any]] = []
    for versao in models.VERSOES:

        def guardar_recurso(sorteio: tuple[Any, Any, list[Any]], versao: str = versao) -> None:
            demonstrativo, protocolo, escolhas = sorteio
            recursos.append(
                {
                    "versao": versao,
                    "xml": tiss.to_xml(demonstrativo).decode("iso-8859-1"),
                    "protocolo": protocolo,
                    "escolhas": [_escolha_em_dados(e) for e in escolhas],
                }
            )

        _coletar(_demonstrativo_e_escolhas(versao), DEMONSTRATIVOS_POR_VERSAO, guardar_recurso)
    destino.write_text(json.dumps({"lotes": lotes, "recursos": recursos}), "utf-8")
    print(f"{destino}: {len(lotes)} lotes, {len(recursos)} demonstrativos")


def _escolha_em_dados(escolha: Any) -> dict[str, Any]:
    dados = attrs.asdict(
        escolha,
        value_serializer=lambda _i, _a, v: (
            str(v) if v is not None and not isinstance(v, (str, int, list, tuple, dict)) else v
        ),
    )
    return {"tipo": type(escolha).__name__, **dados}


def _escolha_dos_dados(dados: dict[str, Any]) -> Any:
    campos = {k: v for k, v in dados.items() if k != "tipo"}
    if "valor" in campos and campos["valor"] is not None:
        campos["valor"] = Decimal(campos["valor"])
    if "itens" in campos:
        campos["itens"] = [
            _escolha_dos_dados({"tipo": "ItemEscolhido", **i}) for i in campos["itens"]
        ]
    return getattr(montagem, dados["tipo"])(**campos)


def lotes(entradas: list[dict[str, str]]) -> list[Any]:
    saida: list[Any] = []
    for entrada in entradas:
        m = tiss.parse(entrada["xml"])
        saida.append(
            {
                "versao": entrada["versao"],
                "tipo": entrada["tipo"],
                "xml": _md5(tiss.to_xml(m)),
                **_checks(m),
            }
        )
    return saida


@st.composite
def _demonstrativo_e_escolhas(draw: st.DrawFn, versao: str) -> tuple[Any, Any, list[Any]]:
    msg = draw(estrategias.apelavel(versao))
    protocolo = draw(st.sampled_from(estrategias.protocolos(msg)))
    escolhidas, _total = draw(estrategias.escolhas(protocolo))
    return msg, protocolo.numero_protocolo, escolhidas


def recursos(entradas: list[dict[str, Any]]) -> list[Any]:
    saida: list[Any] = []
    for entrada in entradas:
        demonstrativo = tiss.parse(entrada["xml"])
        escolhas = [_escolha_dos_dados(e) for e in entrada["escolhas"]]
        registro: dict[str, Any] = {
            "versao": entrada["versao"],
            "recorriveis": [g.to_dict() for g in montagem.glosas_recorriveis(demonstrativo)],
        }
        try:
            recurso = montagem.montar_recurso(
                demonstrativo,
                escolhas,
                numero_guia_prestador="1",
                sequencial_transacao="1",
                data=ENVIO,
                hora=dt.time(9, 0),
                protocolo=entrada["protocolo"],
            )
        except tiss.TissError as erro:
            registro["erro"] = [_campo(erro, "codigo", "code"), _campo(erro, "mensagem", "message")]
        else:
            registro["recurso"] = _md5(tiss.to_xml(recurso))
            analises = estrategias.analises(demonstrativo)
            registro["check"] = _checks(recurso, analises)
        saida.append(registro)
    return saida


def registrar(destino: Path, entradas: Path) -> None:
    sorteados = json.loads(entradas.read_text("utf-8"))
    dados = {
        "arquivos": arquivos(),
        "lotes": lotes(sorteados["lotes"]),
        "recursos": recursos(sorteados["recursos"]),
    }
    destino.write_text(json.dumps(dados, ensure_ascii=False, indent=1, default=str), "utf-8")
    contagem = {k: len(v) for k, v in dados.items()}
    print(f"{destino}: {contagem}")


def _renomear(dados: Any, codigos: dict[str, str]) -> Any:
    if isinstance(dados, dict):
        return {k: _renomear_campo(k, v, codigos) for k, v in dados.items()}
    if isinstance(dados, list):
        return [_renomear(v, codigos) for v in dados]
    return dados


def _renomear_campo(chave: str, valor: Any, codigos: dict[str, str]) -> Any:
    """An achado's ``codigo``, and the code of a raised error: ``parse`` and ``recorriveis``
    (when a text) and the first of ``erro``."""
    if chave == "codigo" or (chave in ("parse", "recorriveis") and isinstance(valor, str)):
        return codigos.get(valor, valor)
    if chave == "erro" and isinstance(valor, list) and valor:
        return [codigos.get(valor[0], valor[0]), *valor[1:]]
    return _renomear(valor, codigos)


def comparar(antes: Path, depois: Path, codigos: dict[str, str]) -> int:
    a = _renomear(json.loads(antes.read_text("utf-8")), codigos)
    d = json.loads(depois.read_text("utf-8"))
    diferencas = 0
    for parte in ("arquivos", "lotes", "recursos"):
        if a[parte] == d[parte]:
            print(f"{parte}: {len(a[parte])} registros iguais")
            continue
        chaves = a[parte].keys() if isinstance(a[parte], dict) else range(len(a[parte]))
        antes_diferencas = diferencas
        for chave in chaves:
            x, y = (
                a[parte][chave],
                d[parte].get(chave)
                if isinstance(d[parte], dict)
                else (d[parte][chave] if chave < len(d[parte]) else None),
            )
            if x != y:
                diferencas += 1
                print(f"{parte}[{chave}] difere:\n  antes  {x}\n  depois {y}"[:2000])
        novos = len(d[parte]) - len(a[parte])
        if diferencas == antes_diferencas:
            print(f"{parte}: {len(a[parte])} registros de antes iguais, {novos} novos")
    return 1 if diferencas else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("arquivo", nargs="?", type=Path)
    parser.add_argument("--sortear", type=Path, metavar="ENTRADAS")
    parser.add_argument("--entradas", type=Path, metavar="ENTRADAS")
    parser.add_argument("--comparar", nargs=2, type=Path, metavar=("ANTES", "DEPOIS"))
    parser.add_argument("--codigos", type=Path, help="JSON {código antigo: novo}")
    args = parser.parse_args(argv)
    if args.comparar:
        codigos = json.loads(args.codigos.read_text("utf-8")) if args.codigos else {}
        antes, depois = args.comparar
        return comparar(antes, depois, codigos)
    if args.sortear:
        sortear(args.sortear)
        return 0
    registrar(args.arquivo, args.entradas)
    return 0


if __name__ == "__main__":
    sys.exit(main())
