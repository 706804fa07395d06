"""Properties over schema-valid messages of every supported TISS version, drawn by
tiss_conecta.strategies: check never raises, its achados are deterministic and in canonical
order, and no achado carries a glosa code the message's version cannot carry."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiss_conecta import strategies as tst
from tiss_conecta import versoes
from tiss_conecta.achados import Achado, Severidade
from tiss_conecta.rules import PERFIS, Perfil, check

DATAS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
PERFIL = st.sampled_from(sorted(PERFIS.values(), key=lambda p: p.nome))
TAMANHO = st.none() | st.integers(0, 10**9)
GRANDES = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]


@cache
def _glosas(versao: str) -> frozenset[str]:
    """``dm_tipoGlosa`` of ``versao``, as its XSD enumerates it."""
    return frozenset(versoes.esquema(versao).simples["dm_tipoGlosa"].restricao.valores)


def _ordenados(achados: list[Achado]) -> bool:
    chaves = [f.chave() for f in achados]
    return chaves == sorted(chaves)


def _cabem(achados: list[Achado], versao: str) -> bool:
    return all(f.glosa is None or f.glosa in _glosas(versao) for f in achados)


@pytest.mark.parametrize("tipo", sorted(tst.TIPOS_GUIA))
def test_check_never_raises_on_a_schema_valid_lote(versao: str, tipo: str) -> None:
    @settings(max_examples=10, suppress_health_check=GRANDES)
    @given(
        msg=tst.lote_guias(tipo, max_guias=2, versao=versao),
        perfil=PERFIL,
        envio=DATAS,
        tamanho=TAMANHO,
    )
    def propriedade(msg: Any, perfil: Perfil, envio: dt.date, tamanho: int | None) -> None:
        achados = check(msg, perfil, data_envio=envio, tamanho_bytes=tamanho)
        assert all(isinstance(f, Achado) for f in achados)
        assert _ordenados(achados)
        assert check(msg, perfil, data_envio=envio, tamanho_bytes=tamanho) == achados
        assert _cabem(achados, versao)
        for f in achados:
            assert f.mensagem
            assert f.xpath is not None
            assert f.xpath.startswith("/mensagemTISS")
            assert isinstance(f.severidade, Severidade)
            assert f.glosa is None or (len(f.glosa) == 4 and f.glosa.isdigit())
        assert ("versao.nao_aceita" in {f.codigo for f in achados}) is (
            versao not in perfil.versoes_tiss
        )

    propriedade()


def test_check_never_raises_on_any_transaction(versao: str) -> None:
    @settings(max_examples=15, suppress_health_check=GRANDES)
    @given(msg=tst.mensagem(versao=versao), perfil=PERFIL, envio=DATAS)
    def propriedade(msg: Any, perfil: Perfil, envio: dt.date) -> None:
        achados = check(msg, perfil, data_envio=envio)
        assert _ordenados(achados)
        assert _cabem(achados, versao)

    propriedade()


def test_recurso_and_demonstrativo_never_raise(versao: str) -> None:
    @settings(max_examples=10, suppress_health_check=GRANDES)
    @given(
        recurso=tst.mensagem_recurso_glosa(versao=versao),
        demonstrativos=tst.mensagem_demonstrativo_analise_conta(versao=versao),
        perfil=PERFIL,
    )
    def propriedade(recurso: Any, demonstrativos: Any, perfil: Perfil) -> None:
        envio = dt.date(2025, 6, 2)
        op = demonstrativos.operadora_para_prestador
        assert op is not None
        assert op.demonstrativos_retorno is not None
        dem = op.demonstrativos_retorno.demonstrativo_analise_conta
        achados = check(recurso, perfil, data_envio=envio, demonstrativos=dem)
        assert _ordenados(achados)
        assert _cabem(achados, versao)
        achados = check(demonstrativos, perfil, data_envio=envio)
        assert _ordenados(achados)
        assert _cabem(achados, versao)

    propriedade()
