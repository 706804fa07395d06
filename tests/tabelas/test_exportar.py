"""Parquet, Arrow, pandas and polars keep Decimal money and real dates; a folder read on one
process or two gives the same rows, and a file that cannot be read is named, not lost."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import warnings
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tiss_conecta as tiss
from tiss_conecta import strategies as tst
from tiss_conecta.examples import caminho
from tiss_conecta.models import VERSOES as _VERSOES
from tiss_conecta.tabelas import (
    TABELAS,
    Registro,
    Tipo,
    colunas,
    ler_pasta,
    para_arrow,
    para_csv,
    para_pandas,
    para_parquet,
    para_polars,
    registros,
    registros_da_conciliacao,
)

D = Decimal
VERSOES = tuple(_VERSOES)


def _exemplos() -> list[tuple[str, list[Registro]]]:
    saida: list[tuple[str, list[Registro]]] = []
    for tipo in ("guias", "itens", "glosas"):
        linhas: list[Registro] = []
        for v in VERSOES:
            linhas += registros(tipo, caminho("lote-sadt", v))
            linhas += registros(tipo, caminho("demonstrativo-analise", v))
        saida.append((tipo, linhas))
    c = tiss.conciliacao.conciliar(
        [tiss.examples.lote_sadt(3)], [tiss.examples.demonstrativo_analise()]
    )
    saida.append(("conciliacao", list(registros_da_conciliacao(c))))
    return saida


def _de_volta(tabela: pa.Table, tipo: str) -> list[Any]:
    return [TABELAS[tipo](**d) for d in tabela.to_pylist()]


@pytest.mark.parametrize(("tipo", "linhas"), _exemplos())
def test_parquet_gives_back_the_same_rows(
    tipo: str, linhas: list[Registro], tmp_path: Path
) -> None:
    destino = tmp_path / f"{tipo}.parquet"
    para_parquet(linhas, destino)
    tabela = pq.read_table(destino)
    assert tabela.column_names == colunas(tipo)
    assert _de_volta(tabela, tipo) == linhas
    tipos = {str(t) for t in tabela.schema.types}
    assert not any("float" in t or "double" in t for t in tipos)


def test_the_arrow_types_are_decimal_date_int_and_string() -> None:
    esquema = para_arrow(registros("itens", caminho("lote-sadt"))).schema
    assert esquema.field("valor_total").type == pa.decimal128(18, 2)
    assert esquema.field("quantidade").type == pa.decimal128(18, 4)
    assert esquema.field("data").type == pa.date32()
    assert esquema.field("sequencial").type == pa.int64()
    assert esquema.field("codigo").type == pa.string()


@settings(max_examples=30)
@given(
    st.sampled_from(VERSOES).flatmap(
        lambda v: st.sampled_from(sorted(tst.TIPOS_GUIA)).flatmap(
            lambda t: tst.lote_guias(t, max_guias=3, versao=v)
        )
    )
)
def test_drawn_items_come_back_from_parquet_exactly(mensagem: Any) -> None:
    import io

    linhas = registros("itens", mensagem)
    saida = io.BytesIO()
    para_parquet(linhas, saida, tipo="itens")
    saida.seek(0)
    assert _de_volta(pq.read_table(saida), "itens") == linhas


def test_pandas_keeps_decimal_and_dates() -> None:
    df = para_pandas(registros("guias", caminho("demonstrativo-analise")))
    assert str(df["liberado"].dtype) == "decimal128(18, 2)[pyarrow]"
    assert str(df["data"].dtype) == "date32[day][pyarrow]"
    assert str(df["quantidade_itens"].dtype) == "int64[pyarrow]"
    assert not any("float" in str(t) for t in df.dtypes)
    assert df["glosa"].sum() == D("15.00")
    assert df["data"].tolist() == [dt.date(2025, 6, 1), dt.date(2025, 5, 31)]
    assert df["valor_total"].isna().all()
    assert isinstance(df, pd.DataFrame)


def test_polars_keeps_decimal_and_dates() -> None:
    df = para_polars(registros("itens", caminho("lote-sadt")))
    assert df.schema["valor_total"] == pl.Decimal(18, 2)
    assert df.schema["quantidade"] == pl.Decimal(18, 4)
    assert df.schema["data"] == pl.Date
    assert df.schema["sequencial"] == pl.Int64
    assert df["valor_total"].sum() == D("211.60")
    assert not any(t in (pl.Float32, pl.Float64) for t in df.schema.values())


def test_an_empty_table_needs_its_kind(tmp_path: Path) -> None:
    para_csv([], tmp_path / "vazia.csv", tipo="glosas")
    assert (tmp_path / "vazia.csv").read_text("utf-8-sig").strip() == ";".join(colunas("glosas"))
    para_parquet([], tmp_path / "vazia.parquet", tipo="glosas")
    assert pq.read_table(tmp_path / "vazia.parquet").num_rows == 0
    assert para_polars([], tipo="guias").columns == colunas("guias")
    with pytest.raises(ValueError, match="tipo="):
        para_csv([], tmp_path / "x.csv")
    with pytest.raises(ValueError, match="tabela desconhecida"):
        colunas("guia")


def test_mixed_rows_or_the_wrong_kind_are_refused(tmp_path: Path) -> None:
    guias = registros("guias", caminho("lote-sadt"))
    itens = registros("itens", caminho("lote-sadt"))
    with pytest.raises(ValueError, match="tipos diferentes"):
        para_arrow([*guias, *itens])
    with pytest.raises(ValueError, match="não da tabela"):
        para_arrow(guias, tipo="itens")


def test_a_value_that_does_not_fit_is_refused_not_rounded() -> None:
    import attrs

    (g, *_) = registros("guias", caminho("lote-sadt"))
    with pytest.raises(ValueError, match=r"valor_total: o valor 1\.005"):
        para_arrow([attrs.evolve(g, valor_total=D("1.005"))])
    with pytest.raises(ValueError, match="18 dígitos"):
        para_polars([attrs.evolve(g, valor_total=D("1E+20"))])


@pytest.mark.parametrize(
    ("modulo", "funcao"),
    [("pyarrow", para_parquet), ("pandas", para_pandas), ("polars", para_polars)],
)
def test_a_missing_library_says_how_to_install_it(
    modulo: str, funcao: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, modulo, None)
    linhas = registros("guias", caminho("lote-sadt"))
    argumentos = (linhas, tmp_path / "x.parquet") if funcao is para_parquet else (linhas,)
    with pytest.raises(ImportError, match=r"pip install 'tiss-conecta\[tabelas\]'") as erro:
        funcao(*argumentos)
    assert erro.value.name == modulo
    assert "não está instalado" in str(erro.value)


@pytest.fixture(scope="module")
def pasta(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two lotes and two demonstrativos of each version, one malformed XML, one XML that is
    not TISS, a text file and a sub-folder: 14 .xml, enough for two processes."""
    pasta = tmp_path_factory.mktemp("pasta")
    for v in VERSOES:
        for nome in ("lote-sadt", "demonstrativo-analise"):
            shutil.copy(caminho(nome, v), pasta / f"{v}-{nome}.xml")
            (pasta / "sub").mkdir(exist_ok=True)
            shutil.copy(caminho(nome, v), pasta / "sub" / f"{v}-{nome}.XML")
    (pasta / "b-quebrado.xml").write_bytes(caminho("lote-sadt").read_bytes()[:500])
    (pasta / "c-nao-tiss.xml").write_text("<planilha><linha/></planilha>")
    (pasta / "leia-me.txt").write_text("não é XML")
    return pasta


@pytest.mark.parametrize("tipo", ["guias", "itens", "glosas"])
def test_a_folder_gives_the_same_rows_on_one_process_or_two(pasta: Path, tipo: Tipo) -> None:
    with pytest.warns(UserWarning, match="ficou fora da tabela") as avisos:
        um: list[Any] = ler_pasta(pasta, tipo, processos=1)
    with warnings.catch_warnings(record=True) as avisos_dois:
        warnings.simplefilter("always")
        dois = ler_pasta([pasta], tipo, processos=2)
    assert um == dois
    por_arquivo = Counter(str(Path(r.arquivo).relative_to(pasta)) for r in um)
    no_lote, no_demonstrativo = {"guias": (3, 2), "itens": (6, 4), "glosas": (0, 1)}[tipo]
    esperado = {
        f"{sub}{v}-{nome}.{ext}": no_lote if nome == "lote-sadt" else no_demonstrativo
        for v in VERSOES
        for nome in ("lote-sadt", "demonstrativo-analise")
        for sub, ext in (("", "xml"), ("sub/", "XML"))
    }
    assert por_arquivo == {k: n for k, n in esperado.items() if n}
    textos = sorted(str(a.message) for a in avisos)
    assert len(textos) == 2
    assert "b-quebrado.xml ficou fora da tabela: [xml.malformado]" in textos[0]
    assert "c-nao-tiss.xml ficou fora da tabela: [xml.nao_tiss]" in textos[1]
    assert sorted(str(a.message) for a in avisos_dois) == textos


def test_a_folder_keeps_the_order_of_the_files(pasta: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        linhas = ler_pasta(pasta, "guias", processos=2)
    arquivos = list(dict.fromkeys(r.arquivo for r in linhas))
    esperados = [
        str(p)
        for p in tiss.preenvio.arquivos_xml([pasta])
        if "quebrado" not in p.name and "nao-tiss" not in p.name
    ]
    assert arquivos == esperados
    assert len(linhas) == 6 * 3 + 6 * 2


def test_the_examples_of_the_docs_page_run() -> None:
    import doctest

    from tests.conftest import ROOT

    resultado = doctest.testfile(
        str(ROOT / "docs" / "tabelas.rst"),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert resultado.attempted > 10
    assert resultado.failed == 0
