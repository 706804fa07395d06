"""Rows out: a CSV file (the standard library), an Arrow table, a Parquet file, a pandas or a
polars DataFrame (the optional extra ``tabelas``).

Money stays exact everywhere: ``decimal128(18, 2)`` in Arrow and Parquet (``quantidade`` and
``fator``: ``decimal128(18, 4)``, as the XSD's ``st_decimal9-4``), ``Decimal(18, 2)`` in
polars, the same Arrow types in pandas (``decimal128(18, 2)[pyarrow]``); dates are
``date32``; never a float.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import typing
from collections.abc import Sequence
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

import attrs

from tiss_conecta import formato
from tiss_conecta.tabelas._registros import Registro, tipo_de

if TYPE_CHECKING:
    import pandas
    import polars
    import pyarrow

__all__ = [
    "DIGITOS",
    "SEPARADOR",
    "colunas",
    "para_arrow",
    "para_csv",
    "para_pandas",
    "para_parquet",
    "para_polars",
]

SEPARADOR = ";"
"""The CSV field separator: what Excel and LibreOffice in Portuguese (Brazil) expect, since
the comma is their decimal mark; DuckDB, polars and pandas detect or take it."""

DIGITOS = 18
"""Total digits of the decimal columns (``decimal128(18, 2)``): room for any TISS value."""

_ESCALAS = {"quantidade": 4, "fator": 4}
"""Decimal columns with 4 places (``st_decimal9-4``); the others are money, with 2."""

_PIP = "pip install 'tiss-conecta[tabelas]'"


def _falta(modulo: str, funcao: str) -> ImportError:
    return ImportError(
        f"{funcao} precisa de {modulo}, que não está instalado; instale com: {_PIP}",
        name=modulo,
    )


_TIPOS: dict[type[Any], tuple[tuple[str, str, int], ...]] = {}


def _tipos(classe: type[Any]) -> tuple[tuple[str, str, int], ...]:
    """(column, kind, decimal places) of a row type, in order; kind is ``texto``,
    ``inteiro``, ``decimal`` or ``data``."""
    if classe in _TIPOS:
        return _TIPOS[classe]
    dicas = typing.get_type_hints(classe)
    saida = []
    for campo in attrs.fields(classe):
        anotacao = dicas[campo.name]
        base = next(a for a in (typing.get_args(anotacao) or (anotacao,)) if a is not type(None))
        if base is Decimal:
            saida.append((campo.name, "decimal", _ESCALAS.get(campo.name, 2)))
        elif base is dt.date:
            saida.append((campo.name, "data", 0))
        elif base is int:
            saida.append((campo.name, "inteiro", 0))
        else:
            saida.append((campo.name, "texto", 0))
    _TIPOS[classe] = tuple(saida)
    return _TIPOS[classe]


def colunas(tipo: str) -> list[str]:
    """The columns of a table (``"guias"``, ``"itens"``, ``"glosas"``, ``"achados"``), in
    order.

    >>> colunas("glosas")
    ['arquivo', 'versao', 'lote', 'protocolo', 'numero_guia', 'item', 'nivel', 'codigo', ...]
    """
    return [nome for nome, _, _ in _tipos(tipo_de([], tipo))]


def _cabe(valor: Decimal, casas: int) -> bool:
    """Whether ``valor`` fits ``decimal128(DIGITOS, casas)`` exactly, however many digits it
    has (the arithmetic of :data:`tiss_conecta.formato.CONTEXTO`, never the default 28)."""
    if not valor.is_finite():
        return False
    quantizado = valor.quantize(Decimal(1).scaleb(-casas), context=formato.CONTEXTO)
    return quantizado == valor and abs(valor) < Decimal(10) ** (DIGITOS - casas)


def _conferir(registro: Registro, nome: str, valor: Decimal, casas: int) -> Decimal:
    """``valor`` if it fits the column's ``decimal128(18, casas)`` exactly; else a
    ``ValueError`` in Portuguese naming the file of the row and the column."""
    if not _cabe(valor, casas):
        arquivo = getattr(registro, "arquivo", None)
        onde = f"{arquivo}: " if arquivo else ""
        raise ValueError(
            f"{onde}coluna {nome}: o valor {valor:f} não cabe em decimal128({DIGITOS}, {casas}) "
            f"({DIGITOS} dígitos com {casas} casas decimais) sem arredondar; o CSV guarda "
            "o valor exato"
        )
    return valor


def _valores(
    linhas: Sequence[Registro], tipo: str | None, *, conferir: bool = True
) -> dict[str, tuple[str, int, list[Any]]]:
    """column -> (kind, places, values), the decimals checked against ``decimal128`` when
    ``conferir`` (Arrow, Parquet, polars, pandas; the CSV takes any value)."""
    saida = {}
    for nome, tipo_coluna, casas in _tipos(tipo_de(linhas, tipo)):
        valores = [getattr(r, nome) for r in linhas]
        if tipo_coluna == "decimal" and conferir:
            valores = [
                None if v is None else _conferir(r, nome, v, casas)
                for r, v in zip(linhas, valores, strict=True)
            ]
        saida[nome] = (tipo_coluna, casas, valores)
    return saida


def _texto_decimal(valor: Decimal, casas: int) -> str:
    """A decimal for the CSV: with a point and its ``casas`` places (``155.70``) when that
    is exact, else as it is; never rounded, never in exponent notation, any size."""
    if casas == 2 and valor.is_finite() and int(valor.as_tuple().exponent) >= -casas:
        valor = valor.quantize(Decimal(1).scaleb(-casas), context=formato.CONTEXTO)
    return format(valor, "f")


def _texto_csv(valor: Any, tipo_coluna: str, casas: int) -> str:
    if valor is None:
        return ""
    if tipo_coluna == "decimal":
        return _texto_decimal(valor, casas)
    if tipo_coluna == "data":
        return str(valor.isoformat())
    return str(valor)


def para_csv(
    registros: Sequence[Registro],
    destino: str | os.PathLike[str] | IO[str],
    *,
    tipo: str | None = None,
    separador: str = SEPARADOR,
) -> None:
    """Write the rows as CSV: a header with the column names, fields separated by
    :data:`SEPARADOR` (``;``), decimals with a point and their places (``155.70``; quantities
    as written), dates ISO (``2025-06-01``), an absent value empty. A path is written in
    UTF-8 with a BOM, so Excel shows the accents; DuckDB, polars and pandas skip the BOM.
    An open text stream (a file opened with ``newline=""``, :data:`sys.stdout`, a
    :class:`io.StringIO`) is written as it is: its encoding, no BOM. ``tipo`` names the table
    (:data:`~tiss_conecta.tabelas.TABELAS`) when ``registros`` is empty (the header is still
    written). Values are written exactly, whatever their size (a 30-digit value too, which
    Parquet's ``decimal128(18, 2)`` refuses).

    >>> import io, tiss_conecta as tiss
    >>> from tiss_conecta.tabelas import registros
    >>> saida = io.StringIO()
    >>> para_csv(registros("guias", tiss.examples.caminho("lote-sadt"))[:1], saida)
    >>> print(saida.getvalue())
    arquivo;versao;origem;lote;protocolo;numero_guia;...;valor_total;informado;...
    .../lote-sadt.xml;4.01.00;lote;1;;00000001;...;2025-06-01;2;155.70;;;;;
    """
    valores = _valores(registros, tipo, conferir=False)

    def escrever(arquivo: IO[str]) -> None:
        escritor = csv.writer(arquivo, delimiter=separador)
        escritor.writerow(valores)
        colunas = list(valores.values())
        for i in range(len(registros)):
            escritor.writerow(_texto_csv(v[i], t, c) for t, c, v in colunas)

    if isinstance(destino, (str, os.PathLike)):
        with open(destino, "w", newline="", encoding="utf-8-sig") as arquivo:
            escrever(arquivo)
    else:
        escrever(destino)


def para_arrow(registros: Sequence[Registro], *, tipo: str | None = None) -> pyarrow.Table:
    """The rows as an Arrow table (``pyarrow``), typed: ``decimal128`` money, ``date32``
    dates, ``int64`` numbers, ``string`` text. DuckDB queries it by its variable name.

    >>> import tiss_conecta as tiss
    >>> from tiss_conecta.tabelas import registros
    >>> tabela = para_arrow(registros("itens", tiss.examples.caminho("lote-sadt")))
    >>> tabela.num_rows, tabela.schema.field("valor_total").type, tabela.schema.field("data").type
    (6, Decimal128Type(decimal128(18, 2)), DataType(date32[day]))
    """
    try:
        import pyarrow as pa
    except ImportError as erro:
        raise _falta("pyarrow", "para_arrow") from erro
    campos, colunas = [], []
    for nome, (tipo_coluna, casas, valores) in _valores(registros, tipo).items():
        tipo_arrow: pyarrow.DataType
        if tipo_coluna == "decimal":
            tipo_arrow = pa.decimal128(DIGITOS, casas)
        elif tipo_coluna == "data":
            tipo_arrow = pa.date32()
        elif tipo_coluna == "inteiro":
            tipo_arrow = pa.int64()
        else:
            tipo_arrow = pa.string()
        campos.append(pa.field(nome, tipo_arrow))
        colunas.append(pa.array(valores, type=tipo_arrow))
    return pa.Table.from_arrays(colunas, schema=pa.schema(campos))


def para_parquet(
    registros: Sequence[Registro],
    destino: str | os.PathLike[str] | IO[bytes],
    *,
    tipo: str | None = None,
) -> None:
    """Write the rows as a Parquet file (``pyarrow``), with the types of :func:`para_arrow`:
    DuckDB (``SELECT * FROM 'glosas.parquet'``), polars (``pl.read_parquet``), pandas and
    Spark read it with ``Decimal`` money and real dates.

    >>> import tempfile, pathlib, pyarrow.parquet as pq, tiss_conecta as tiss
    >>> from tiss_conecta.tabelas import registros
    >>> destino = pathlib.Path(tempfile.mkdtemp()) / "guias.parquet"
    >>> para_parquet(registros("guias", tiss.examples.caminho("lote-sadt")), destino)
    >>> pq.read_table(destino).column("valor_total").to_pylist()
    [Decimal('155.70'), Decimal('44.20'), Decimal('11.70')]
    """
    tabela = para_arrow(registros, tipo=tipo)
    try:
        import pyarrow.parquet as pq
    except ImportError as erro:  # pragma: no cover - pyarrow without its parquet module
        raise _falta("pyarrow", "para_parquet") from erro
    pq.write_table(tabela, os.fspath(destino) if isinstance(destino, os.PathLike) else destino)


def para_pandas(registros: Sequence[Registro], *, tipo: str | None = None) -> pandas.DataFrame:
    """The rows as a pandas DataFrame whose columns keep the Arrow types (``pd.ArrowDtype``):
    money ``decimal128(18, 2)[pyarrow]`` (``Decimal`` values, no float), dates
    ``date32[day][pyarrow]``, numbers ``int64[pyarrow]`` with absent values as ``<NA>``.

    >>> import tiss_conecta as tiss
    >>> from tiss_conecta.tabelas import registros
    >>> df = para_pandas(registros("guias", tiss.examples.caminho("lote-sadt")))
    >>> df["valor_total"].sum(), str(df["valor_total"].dtype), str(df["data"].dtype)
    (Decimal('211.60'), 'decimal128(18, 2)[pyarrow]', 'date32[day][pyarrow]')
    """
    try:
        import pandas as pd
    except ImportError as erro:
        raise _falta("pandas", "para_pandas") from erro
    return para_arrow(registros, tipo=tipo).to_pandas(types_mapper=pd.ArrowDtype)


def para_polars(registros: Sequence[Registro], *, tipo: str | None = None) -> polars.DataFrame:
    """The rows as a polars DataFrame: money ``Decimal(18, 2)``, dates ``Date``, numbers
    ``Int64``, text ``String``.

    >>> import polars as pl, tiss_conecta as tiss
    >>> from tiss_conecta.tabelas import registros
    >>> df = para_polars(registros("itens", tiss.examples.caminho("lote-sadt")))
    >>> df.group_by("numero_guia").agg(pl.col("valor_total").sum()).sort("numero_guia").rows()
    [('00000001', Decimal('155.70')), ('00000002', Decimal('44.20')), ('00000003', ...)]
    """
    try:
        import polars as pl
    except ImportError as erro:
        raise _falta("polars", "para_polars") from erro
    tipos: dict[str, Any] = {"texto": pl.String, "inteiro": pl.Int64, "data": pl.Date}
    valores = _valores(registros, tipo)
    esquema = {
        nome: pl.Decimal(DIGITOS, casas) if t == "decimal" else tipos[t]
        for nome, (t, casas, _) in valores.items()
    }
    return pl.DataFrame({nome: v for nome, (_, _, v) in valores.items()}, schema=esquema)
