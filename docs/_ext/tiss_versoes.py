"""Sphinx extension: writes ``_gerado/versoes.rst`` from the library, never by hand.

The tables of ``versoes.rst`` (what each XSD accepts as Padrao, the profiles' versions, the
glosa codes per version and every difference between consecutive versions) are computed at
each build from :mod:`tiss_conecta.versoes`, :mod:`tiss_conecta.glosas` and
:mod:`tiss_conecta.rules`, so the page cannot drift from the schemas.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any


def _tabela(cabecalho: list[str], linhas: list[list[str]]) -> list[str]:
    saida = [".. list-table::", "   :header-rows: 1", ""]
    for linha in [cabecalho, *linhas]:
        saida.append(f"   * - {linha[0] or ' '}")
        saida += [f"     - {c or ' '}" for c in linha[1:]]
    return [*saida, ""]


def _literal(texto: str) -> str:
    return f"``{texto}``" if texto else ""


def gerar() -> str:
    from tiss_conecta import glosas, rules, versoes

    suportadas = versoes.SUPORTADAS
    linhas = ["Versões suportadas", "^^^^^^^^^^^^^^^^^^", ""]
    linhas += _tabela(
        ["versão", "Padrao aceito pelo XSD", "códigos de glosa (dm_tipoGlosa)"],
        [
            [
                v,
                ", ".join(versoes.padroes_aceitos(v)),
                str(
                    sum(
                        bool(c)
                        for c in versoes.esquema(v).simples["dm_tipoGlosa"].restricao.valores
                    )
                ),
            ]
            for v in suportadas
        ],
    )
    linhas += ["Perfis de operadora", "^^^^^^^^^^^^^^^^^^^", ""]
    linhas += _tabela(
        ["perfil", "registro ANS", "versões aceitas"],
        [[p.nome, p.registro_ans or "—", ", ".join(p.versoes_tiss)] for p in rules.PERFIS.values()],
    )
    total = len(glosas.catalogo())
    linhas += [
        f"O catálogo de glosas tem {total} códigos; "
        + "; ".join(f"{len(glosas.catalogo(v))} cabem no XSD {v}" for v in suportadas)
        + ".",
        "",
    ]
    for de, para in itertools.pairwise(suportadas):
        d = versoes.diferencas(de, para)
        titulo = f"De {de} para {para}"
        linhas += [titulo, "^" * len(titulo), ""]
        linhas += [
            f"{len(d.tipos_alterados)} tipo(s) alterado(s) "
            f"(``tiss-conecta versoes --diferencas {de} {para}``).",
            "",
        ]
        linhas += _tabela(
            ["tipo", "elemento", "mudança"],
            [
                [_literal(m.tipo), _literal(m.elemento or ""), str(m).replace("*", r"\*")]
                for m in d.mudancas
            ],
        )
    return "\n".join(linhas) + "\n"


def _escrever(app: Any) -> None:
    destino = Path(app.srcdir) / "_gerado" / "versoes.rst"
    destino.parent.mkdir(exist_ok=True)
    texto = gerar()
    if not destino.exists() or destino.read_text(encoding="utf-8") != texto:
        destino.write_text(texto, encoding="utf-8")


def setup(app: Any) -> dict[str, Any]:
    app.connect("builder-inited", _escrever)
    return {"parallel_read_safe": True}
