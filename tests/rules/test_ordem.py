"""Achados are deterministic and in canonical order, whatever order the rules emit them."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from tiss_conecta.achados import Achado, Severidade, ordenar


@given(
    st.lists(
        st.builds(
            Achado,
            codigo=st.sampled_from(["a.x", "b.y", "c.z"]),
            severidade=st.sampled_from(list(Severidade)),
            mensagem=st.text(max_size=5),
            dica=st.none() | st.text(max_size=3),
            linha=st.none() | st.integers(0, 3),
            coluna=st.none() | st.integers(0, 3),
            xpath=st.none()
            | st.lists(st.sampled_from(["/a", "/b[2]", "/b[10]", "/c[1]"]), max_size=3).map(
                "".join
            ),
            numero_guia=st.none() | st.text(max_size=3),
            item=st.none() | st.integers(0, 20),
            glosa=st.none() | st.sampled_from(["", "1701", "5028"]),
        ),
        max_size=12,
    ),
    st.randoms(),
)
def test_order_does_not_depend_on_input_order(achados: list[Achado], rnd: random.Random) -> None:
    embaralhados = list(achados)
    rnd.shuffle(embaralhados)
    assert ordenar(embaralhados) == ordenar(achados)


def test_order_is_by_location_numerically_then_code() -> None:
    f = [
        Achado("z", Severidade.ERRO, "m", xpath="/a/g[10]/x"),
        Achado("b", Severidade.ERRO, "m", xpath="/a/g[2]/x"),
        Achado("a", Severidade.AVISO, "m", xpath="/a/g[2]/x"),
    ]
    assert [x.codigo for x in ordenar(f)] == ["a", "b", "z"]
    # the line in the file, when known (the codec's achados), comes before the XPath
    linhas = [
        Achado("a", Severidade.ERRO, "m", linha=10, xpath="/a"),
        Achado("z", Severidade.ERRO, "m", linha=2, xpath="/b"),
    ]
    assert [x.linha for x in ordenar(linhas)] == [2, 10]
