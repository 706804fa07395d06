"""The round trip of the issue: ``parse(to_xml(m)) == m`` but for the epilogo hash.

For lotes of each of the five guia types, the demonstrativo de análise de conta and the
recurso de glosa, each inside a whole ``mensagemTISS``.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from lxml import etree

import tiss_conecta
from tests.strategies.conftest import assert_valid
from tiss_conecta import strategies as tst
from tiss_conecta.models.v4_01_00 import tiss

CASOS = {
    **{f"lote_guias_{tipo}": tst.lote_guias(tipo, max_guias=2) for tipo in tst.TIPOS_GUIA},
    "demonstrativo_analise_conta": tst.mensagem_demonstrativo_analise_conta(),
    "recurso_glosa": tst.mensagem_recurso_glosa(),
}


@pytest.mark.parametrize("caso", CASOS)
def test_round_trip(caso: str, xsd: etree.XMLSchema) -> None:
    @settings(max_examples=30)
    @given(CASOS[caso])
    def check(mensagem: tiss.MensagemTiss) -> None:
        data = tiss_conecta.to_xml(mensagem)
        assert_valid(xsd, data)
        relida = tiss_conecta.parse(data)
        assert relida == dataclasses.replace(mensagem, epilogo=relida.epilogo)
        hash_ = tiss_conecta.verify_hash(data, strict=True)
        assert hash_.ok
        assert hash_.declared == relida.epilogo.hash == tiss_conecta.compute_hash(mensagem)
        assert tiss_conecta.validate(data).ok
        assert tiss_conecta.to_xml(relida) == data

    check()
