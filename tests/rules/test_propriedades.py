"""Properties over schema-valid messages from tiss_conecta.strategies: check never raises,
and its findings are deterministic and in canonical order."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiss_conecta import strategies as tst
from tiss_conecta.models.v4_01_00 import tiss as m
from tiss_conecta.rules import PERFIS, Finding, Perfil, Severidade, check

DATAS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
PERFIL = st.sampled_from(sorted(PERFIS.values(), key=lambda p: p.nome))
TAMANHO = st.none() | st.integers(0, 10**9)
GRANDES = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]


def _ordenados(achados: list[Finding]) -> bool:
    chaves = [f.sort_key() for f in achados]
    return chaves == sorted(chaves)


@pytest.mark.parametrize("tipo", sorted(tst.TIPOS_GUIA))
def test_check_never_raises_on_a_schema_valid_lote(tipo: str) -> None:
    @settings(max_examples=25, suppress_health_check=GRANDES)
    @given(
        msg=tst.lote_guias(tipo, max_guias=2),
        perfil=PERFIL,
        envio=DATAS,
        tamanho=TAMANHO,
    )
    def propriedade(
        msg: m.MensagemTiss, perfil: Perfil, envio: dt.date, tamanho: int | None
    ) -> None:
        achados = check(msg, perfil, data_envio=envio, tamanho_bytes=tamanho)
        assert all(isinstance(f, Finding) for f in achados)
        assert _ordenados(achados)
        assert check(msg, perfil, data_envio=envio, tamanho_bytes=tamanho) == achados
        for f in achados:
            assert f.mensagem
            assert f.xpath.startswith("/mensagemTISS")
            assert isinstance(f.severidade, Severidade)
            assert f.glosa is None or (len(f.glosa) == 4 and f.glosa.isdigit())

    propriedade()


@settings(max_examples=40, suppress_health_check=GRANDES)
@given(msg=tst.mensagem(), perfil=PERFIL, envio=DATAS)
def test_check_never_raises_on_any_transaction(
    msg: m.MensagemTiss, perfil: object, envio: dt.date
) -> None:
    achados = check(msg, perfil, data_envio=envio)  # type: ignore[arg-type]
    assert _ordenados(achados)


@settings(max_examples=30, suppress_health_check=GRANDES)
@given(
    recurso=tst.mensagem_recurso_glosa(),
    demonstrativos=tst.mensagem_demonstrativo_analise_conta(),
    perfil=PERFIL,
)
def test_recurso_and_demonstrativo_never_raise(
    recurso: m.MensagemTiss, demonstrativos: m.MensagemTiss, perfil: object
) -> None:
    envio = dt.date(2025, 6, 2)
    op = demonstrativos.operadora_para_prestador
    assert op is not None
    assert op.demonstrativos_retorno is not None
    dem = op.demonstrativos_retorno.demonstrativo_analise_conta
    achados = check(recurso, perfil, data_envio=envio, demonstrativos=dem)  # type: ignore[arg-type]
    assert _ordenados(achados)
    assert _ordenados(check(demonstrativos, perfil, data_envio=envio))  # type: ignore[arg-type]
