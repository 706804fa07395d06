"""Tables of guias, items and glosas: flat rows of lotes and demonstrativos, one file or a
folder of thousands, out to CSV, Parquet, pandas and polars.

    >>> import tiss_conecta as tiss
    >>> from tiss_conecta import tabelas
    >>> linhas = tabelas.registros("itens", tiss.examples.caminho("demonstrativo-analise"))
    >>> [(i.numero_guia, i.sequencial, i.liberado, i.glosa) for i in linhas][2:3]
    [('00000002', 1, Decimal('20.70'), Decimal('15.00'))]

The rows and CSV need nothing beyond the package; pandas, polars and Parquet (pyarrow) come
with the optional extra: ``pip install 'tiss-conecta[tabelas]'``, imported on first use.
"""

from tiss_conecta.tabelas._exportar import (
    DIGITOS,
    SEPARADOR,
    colunas,
    para_arrow,
    para_csv,
    para_pandas,
    para_parquet,
    para_polars,
)
from tiss_conecta.tabelas._pasta import ler_pasta
from tiss_conecta.tabelas._registros import (
    TABELAS,
    TIPOS,
    Registro,
    RegistroAchado,
    RegistroConciliacao,
    RegistroGlosa,
    RegistroGuia,
    RegistroItem,
    Tipo,
    registros,
    registros_da_conciliacao,
    registros_de_achados,
)

__all__ = [
    "DIGITOS",
    "SEPARADOR",
    "TABELAS",
    "TIPOS",
    "Registro",
    "RegistroAchado",
    "RegistroConciliacao",
    "RegistroGlosa",
    "RegistroGuia",
    "RegistroItem",
    "Tipo",
    "colunas",
    "ler_pasta",
    "para_arrow",
    "para_csv",
    "para_pandas",
    "para_parquet",
    "para_polars",
    "registros",
    "registros_da_conciliacao",
    "registros_de_achados",
]
