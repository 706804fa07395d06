"""Sphinx extension: writes the tables of codes from their declarations, never by hand.

Each achado code is declared once, as a :class:`tiss_conecta.achados.Regra`, with its
severity, its glosa, a one-line description and how to fix it (``dica``, shown in the "como
corrigir" column, the commands of the CLI in it as literals); :func:`tiss_conecta.achados.regras`
lists them all. Each code the montagem refuses a recurso with is declared once too, as a member of
:class:`tiss_conecta.montagem.Recusa` with when it is raised. At each build this extension
writes ``_gerado/codigos_codec.rst`` (the codes declared in :mod:`tiss_conecta.codec.regras`:
reading, the XSD, the epilogo hash), ``_gerado/codigos_preenvio.rst`` (those of
:mod:`tiss_conecta.preenvio`), ``_gerado/codigos_conciliacao.rst`` (those of
:mod:`tiss_conecta.conciliacao`, included by ``conciliacao.rst``),
``_gerado/codigos_regras.rst`` (every other achado code: the operadoras' rules) and
``_gerado/codigos_recurso.rst`` (the montagem's refusals, in declaration order), which
``codec.rst``, ``regras.rst`` and ``recurso.rst`` include, so the pages cannot drift from the
code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

CABECALHO = ["código", "severidade", "glosa", "descrição", "como corrigir"]
ARQUIVOS = {
    "codec": "codigos_codec.rst",
    "regras": "codigos_regras.rst",
    "preenvio": "codigos_preenvio.rst",
    "recurso": "codigos_recurso.rst",
    "conciliacao": "codigos_conciliacao.rst",
}
"""Which table goes to which file under ``_gerado``."""


def codigos_do_codec() -> frozenset[str]:
    """The codes :mod:`tiss_conecta.codec.regras` declares (the XSD's kinds in a dict)."""
    from tiss_conecta.achados import Regra
    from tiss_conecta.codec import regras

    declaradas: list[Regra] = []
    for valor in vars(regras).values():
        if isinstance(valor, Regra):
            declaradas.append(valor)
        elif isinstance(valor, dict):
            declaradas += [r for r in valor.values() if isinstance(r, Regra)]
    return frozenset(r.codigo for r in declaradas)


def _codigos_do_pacote(nome: str) -> frozenset[str]:
    """The codes the modules of the package ``nome`` declare."""
    import importlib
    import pkgutil

    from tiss_conecta.achados import Regra

    pacote = importlib.import_module(nome)
    codigos = set()
    for info in pkgutil.iter_modules(pacote.__path__, prefix=f"{nome}."):
        modulo = importlib.import_module(info.name)
        codigos |= {v.codigo for v in vars(modulo).values() if isinstance(v, Regra)}
    return frozenset(codigos)


def codigos_do_preenvio() -> frozenset[str]:
    """The codes the modules of :mod:`tiss_conecta.preenvio` declare."""
    return _codigos_do_pacote("tiss_conecta.preenvio")


def codigos_da_conciliacao() -> frozenset[str]:
    """The codes the modules of :mod:`tiss_conecta.conciliacao` declare."""
    return _codigos_do_pacote("tiss_conecta.conciliacao")


COMANDO = re.compile(r"tiss-conecta [a-z]+(?: (?:--?[a-z][a-z-]*|[A-Z][A-Z0-9]*(?:\.xml)?))*")
"""A command of the CLI as a hint names it (``tiss-conecta corrigir ARQUIVO -o NOVO.xml``):
the subcommand, then options and UPPERCASE placeholders."""


def como_corrigir(dica: str | None) -> str:
    """A declared hint as the table shows it: the commands as literals (so that ``--para``
    keeps its two hyphens), ``—`` when there is none."""
    if not dica:
        return "—"
    return COMANDO.sub(lambda m: f"``{m.group(0)}``", dica)


def _tabela(regras: Iterable[Any]) -> str:
    saida = [".. list-table::", "   :header-rows: 1", "   :widths: 22 8 6 30 34", ""]
    linhas = [CABECALHO] + [
        [
            f"``{r.codigo}``",
            r.severidade.value,
            r.glosa or "—",
            r.descricao,
            como_corrigir(r.dica),
        ]
        for r in regras
    ]
    for linha in linhas:
        saida.append(f"   * - {linha[0]}")
        saida += [f"     - {c}" for c in linha[1:]]
    return "\n".join(saida) + "\n"


def _tabela_recurso() -> str:
    """The montagem's refusals: ``codigo`` and when, as :class:`~tiss_conecta.montagem.Recusa`
    declares them."""
    from tiss_conecta.montagem import Recusa

    saida = [".. list-table::", "   :header-rows: 1", "   :widths: 28 72", ""]
    for codigo, quando in [("``codigo``", "quando")] + [
        (f"``{r.codigo}``", r.quando) for r in Recusa
    ]:
        saida += [f"   * - {codigo}", f"     - {quando}"]
    return "\n".join(saida) + "\n"


def gerar(qual: str) -> str:
    """The table of ``qual``: ``"codec"``, ``"preenvio"``, ``"conciliacao"`` or ``"regras"`` in
    code order,
    ``"recurso"`` in the order :class:`~tiss_conecta.montagem.Recusa` declares."""
    from tiss_conecta.achados import regras

    if qual == "recurso":
        return _tabela_recurso()
    codec, preenvio = codigos_do_codec(), codigos_do_preenvio()
    conciliacao = codigos_da_conciliacao()
    todas = regras().values()
    if qual == "codec":
        return _tabela(r for r in todas if r.codigo in codec)
    if qual == "preenvio":
        return _tabela(r for r in todas if r.codigo in preenvio)
    if qual == "conciliacao":
        return _tabela(r for r in todas if r.codigo in conciliacao)
    if qual == "regras":
        return _tabela(r for r in todas if r.codigo not in codec | preenvio | conciliacao)
    raise ValueError(f"tabela desconhecida: {qual!r} (use {', '.join(ARQUIVOS)})")


def _escrever(app: Any) -> None:
    pasta = Path(app.srcdir) / "_gerado"
    pasta.mkdir(exist_ok=True)
    for qual, nome in ARQUIVOS.items():
        destino = pasta / nome
        texto = gerar(qual)
        if not destino.exists() or destino.read_text(encoding="utf-8") != texto:
            destino.write_text(texto, encoding="utf-8")


def setup(app: Any) -> dict[str, Any]:
    app.connect("builder-inited", _escrever)
    return {"parallel_read_safe": True}
