"""Findings are deterministic and in canonical order, whatever order the rules emit them."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from tiss_conecta.rules import Finding, Severidade, ordenar


@given(
    st.lists(
        st.builds(
            Finding,
            code=st.sampled_from(["a.x", "b.y", "c.z"]),
            severidade=st.sampled_from(list(Severidade)),
            mensagem=st.text(max_size=5),
            xpath=st.lists(st.sampled_from(["/a", "/b[2]", "/b[10]", "/c[1]"]), max_size=3).map(
                "".join
            ),
            numero_guia=st.none() | st.text(max_size=3),
            item=st.none() | st.integers(0, 20),
        ),
        max_size=12,
    ),
    st.randoms(),
)
def test_order_does_not_depend_on_input_order(achados: list[Finding], rnd: random.Random) -> None:
    embaralhados = list(achados)
    rnd.shuffle(embaralhados)
    assert ordenar(embaralhados) == ordenar(achados)


def test_order_is_by_location_numerically_then_code() -> None:
    f = [
        Finding("z", Severidade.ERRO, "m", xpath="/a/g[10]/x"),
        Finding("b", Severidade.ERRO, "m", xpath="/a/g[2]/x"),
        Finding("a", Severidade.AVISO, "m", xpath="/a/g[2]/x"),
    ]
    assert [x.code for x in ordenar(f)] == ["a", "b", "z"]
