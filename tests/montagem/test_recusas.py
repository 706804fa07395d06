"""Every code :class:`~tiss_conecta.montagem.Recusa` declares is raised, in every TISS
version, and the montagem raises no other: each refusal goes through ``invalido(mensagem,
Recusa.X)``, so a code cannot be used without being declared (and documented)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import tiss_conecta.montagem
from tiss_conecta import examples
from tiss_conecta.errors import RecursoInvalido
from tiss_conecta.montagem import (
    EscolhaGuia,
    EscolhaItens,
    EscolhaProtocolo,
    ItemEscolhido,
    Recusa,
    glosas_recorriveis,
    verificar_escolhas,
)
from tiss_conecta.rules import Perfil

from . import exemplos
from .exemplos import VERSOES

D = Decimal


def _sem_data(versao: str) -> None:
    msg = exemplos.em(versao).seed()
    retorno = msg.operadora_para_prestador.demonstrativos_retorno
    guia = retorno.demonstrativo_analise_conta[0].dados_conta.dados_protocolo[0].relacao_guias[0]
    guia.detalhes_guia[0].data_realizacao = None
    verificar_escolhas(msg, [EscolhaItens("48740", [ItemEscolhido(1, "1705")], "j")])


def _total_demais(versao: str) -> None:
    ex = exemplos.em(versao)
    guias = [ex.guia(f"G{j}", [ex.item(1, "10.00", "10.00")], "1705") for j in (1, 2)]
    for g in guias:
        g.valor_glosa_guia = D("60000000.00")
    dem = ex.mensagem(ex.demonstrativo(ex.protocolo("5", guias)))
    verificar_escolhas(dem, [EscolhaGuia(f"G{j}", "1705", "j") for j in (1, 2)])


def _seed(versao: str, escolhas: list[Any], **kw: Any) -> None:
    verificar_escolhas(exemplos.em(versao).seed(), escolhas, **kw)


GATILHOS: dict[Recusa, Callable[[str], object]] = {
    Recusa.JUSTIFICATIVA: lambda v: EscolhaProtocolo("1705", "   "),
    Recusa.VALOR: lambda v: _seed(v, [EscolhaProtocolo("1705", "j", D("300.01"))]),
    Recusa.NADA_A_RECORRER: lambda v: verificar_escolhas(
        exemplos.em(v).rico(),
        [EscolhaItens("B", [ItemEscolhido(1, "1813")], "j")],
        protocolo="1001",
    ),
    Recusa.NIVEIS: lambda v: _seed(
        v, [EscolhaProtocolo("1705", "p"), EscolhaGuia("48740", "1705", "g")]
    ),
    Recusa.ALVO: lambda v: _seed(v, [EscolhaGuia("48741", "1705", "j")]),
    Recusa.REPETIDA: lambda v: _seed(
        v, [EscolhaGuia("48740", "1705", "j"), EscolhaGuia("48740", "1705", "k")]
    ),
    Recusa.MAX_GUIAS: lambda v: verificar_escolhas(
        exemplos.em(v).varias_guias(2),
        [EscolhaGuia(g, "1705", "j") for g in ("G001", "G002")],
        perfil=Perfil(nome="Operadora Y", max_guias_recurso=1),
    ),
    Recusa.MAX_TOTAL: _total_demais,
    Recusa.PROTOCOLO: lambda v: _seed(v, [EscolhaProtocolo("1705", "j")], protocolo="9"),
    Recusa.GLOSA: lambda v: EscolhaGuia("48740", "17", "j"),
    Recusa.GUIA: lambda v: EscolhaGuia(" ", "1705", "j"),
    Recusa.ITEM: lambda v: EscolhaItens("48740", [], "j"),
    Recusa.ESCOLHA: lambda v: _seed(v, ["1705"]),
    Recusa.VAZIO: lambda v: _seed(v, []),
    Recusa.ARGUMENTO: lambda v: exemplos.montar(
        exemplos.em(v).seed(), [EscolhaProtocolo("1705", "j")], data=dt.datetime(2023, 4, 19)
    ),
    Recusa.SEM_DEMONSTRATIVO: lambda v: glosas_recorriveis(examples.lote_sadt(1, versao=v)),
    Recusa.DEMONSTRATIVO_INCOMPLETO: _sem_data,
}
"""One way to get each refusal."""


def test_every_declared_refusal_has_a_trigger() -> None:
    assert set(GATILHOS) == set(Recusa)


@pytest.mark.parametrize("versao", VERSOES)
@pytest.mark.parametrize("recusa", list(Recusa), ids=lambda r: r.codigo)
def test_every_declared_refusal_is_raised(recusa: Recusa, versao: str) -> None:
    with pytest.raises(RecursoInvalido) as erro:
        GATILHOS[recusa](versao)
    assert erro.value.codigo == recusa.codigo
    assert erro.value.mensagem


FONTES = Path(tiss_conecta.montagem.__file__).parent


def test_the_montagem_refuses_only_through_a_declared_recusa() -> None:
    usados: set[str] = set()
    for fonte in sorted(FONTES.glob("*.py")):
        texto = fonte.read_text(encoding="utf-8")
        if fonte.name != "_recusas.py":
            assert "RecursoInvalido(" not in texto, fonte.name
            assert '"recurso.' not in texto, fonte.name
        usados |= set(re.findall(r"\bRecusa\.([A-Z_]+)\b", texto))
    assert usados >= {r.name for r in Recusa}
