"""A downstream test suite, as a hospital's billing system would write it.

``docs/propriedades.rst`` shows this file: it is what a user of tiss-conecta writes to
property-test their own code — here, ``enviar_ao_portal`` and ``a_receber``, stand-ins for
the system's gate before upload and its receivables — with ``st.from_type``,
``lote_valido`` and ``quebrando``. It runs in ``make test``, so the page cannot rot.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import tiss_conecta as tiss
from tiss_conecta import models, rules
from tiss_conecta import strategies as tst
from tiss_conecta.conciliacao import conciliar
from tiss_conecta.leitura import guias_do_lote, numero

ENVIO = dt.date(2025, 6, 2)
ARCELORMITTAL = rules.perfil("arcelormittal")
SpSadt = models.carregar("4.01.00").CtmSpSadtGuia


# -- the system under test: the hospital's own code ------------------------------------------


def numero_da_guia(guia: Any) -> str:
    """How the hospital's system files a guia: by the prestador's number, without the
    leading zeros (the operadora's demonstrativos drop them)."""
    return str(guia.cabecalho_guia.numero_guia_prestador).strip().lstrip("0") or "0"


def enviar_ao_portal(lote: Any) -> tuple[bool, list[str]]:
    """The gate before upload: refuse the lote with the glosas the operadora would apply."""
    achados = rules.check(lote, ARCELORMITTAL, data_envio=ENVIO)
    return not any(a.erro for a in achados), sorted({a.glosa or a.codigo for a in achados})


def a_receber(lote: Any, demonstrativo: Any) -> Decimal:
    """What the hospital still expects to receive: liberado, plus what was never answered."""
    c = conciliar(lote, demonstrativo)
    sem_retorno = sum((g.valor_enviado for g in c.na_situacao("sem_retorno")), Decimal(0))
    return c.valor_liberado + sem_retorno


# -- its properties ---------------------------------------------------------------------------


@given(st.from_type(SpSadt), st.integers(0, 6))
def test_a_guia_is_filed_as_the_operadora_will_name_it(guia: Any, zeros: int) -> None:
    # st.from_type knows the generated models: schema-valid guias, nothing to register.
    # The operadora answers with the number as leitura.numero reads it, zeros or not.
    escrito = str(guia.cabecalho_guia.numero_guia_prestador)
    arquivada = numero_da_guia(guia)
    if escrito.isascii() and escrito.isdigit():
        assert arquivada == numero(escrito)
    guia.cabecalho_guia.numero_guia_prestador = "0" * zeros + escrito
    assert numero_da_guia(guia) == arquivada


@settings(max_examples=30, deadline=None)
@given(tst.lote_valido(perfil=ARCELORMITTAL, data_envio=ENVIO))
def test_a_business_valid_lote_passes_the_gate(lote: Any) -> None:
    assert tiss.validate(tiss.to_xml(lote)).ok
    assert enviar_ao_portal(lote) == (True, [])
    totais = [t.declarado for g in guias_do_lote(lote.prestador_para_operadora.lote_guias)
              for t in g.totais if t.declarado is not None]  # fmt: skip
    assert all(t >= 0 for t in totais)


@settings(max_examples=20, deadline=None)
@given(tst.lote_valido(perfil=ARCELORMITTAL, data_envio=ENVIO, quebrando="prazo.fora_da_janela"))
def test_a_lote_past_the_window_is_refused_with_glosa_1701(lote: Any) -> None:
    # quebrando breaks exactly one rule: the gate must say which glosa is coming
    assert enviar_ao_portal(lote) == (False, ["1701"])


LOTE_E_RESPOSTA = tst.lote_valido(perfil=ARCELORMITTAL, data_envio=ENVIO).flatmap(
    lambda lote: tst.demonstrativo_do_lote(lote).map(lambda resposta: (lote, resposta))
)
"""A business-valid lote (no negative money) and the operadora's answer to it."""


@settings(max_examples=20, deadline=None)
@given(LOTE_E_RESPOSTA)
def test_receivables_never_exceed_what_was_sent_and_liberado(par: tuple[Any, Any]) -> None:
    lote, demonstrativo = par
    c = conciliar(lote, demonstrativo)
    assert c.valor_liberado <= a_receber(lote, demonstrativo) <= c.valor_enviado + c.valor_liberado
