"""Loading: a cheap import, one index, and clear errors for a damaged table."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tiss_conecta.errors import TissReferenceError
from tiss_conecta.glosas._indice import carregar

_PESADOS = ("lxml", "tiss_conecta.models.v", "xsdata", "babel")  # the registry is light


def _modulos_depois(codigo: str) -> list[str]:
    script = (
        "import json, sys\n"
        f"{codigo}\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({_PESADOS!r}))))"
    )
    saida = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    carregados: list[str] = json.loads(saida)
    return carregados


def test_import_loads_neither_models_nor_lxml() -> None:
    assert _modulos_depois("import tiss_conecta.glosas") == []


def test_lookups_and_search_need_neither() -> None:
    codigo = (
        "from tiss_conecta import glosas\n"
        "assert glosas.consultar(1705).orientacao is not None\n"
        "assert glosas.buscar('duplicidade')\n"
        "assert glosas.catalogo(versao='4.01.00')"
    )
    assert _modulos_depois(codigo) == []


def _copia(shared: Path, destino: Path) -> Path:
    alvo = destino / "tabela38.csv"
    shutil.copy(shared / "tiss" / "tabelas" / "tabela38.csv", alvo)
    return alvo


def test_loader_reads_the_shared_table(shared: Path, tmp_path: Path) -> None:
    indice = carregar(_copia(shared, tmp_path), {})
    assert len(indice.glosas) == 792
    assert indice.por_codigo["1705"].orientacao is None


def test_missing_column(shared: Path, tmp_path: Path) -> None:
    alvo = _copia(shared, tmp_path)
    linhas = alvo.read_text(encoding="utf-8").splitlines()
    linhas[0] = linhas[0].replace("vigencia_fim", "fim")
    alvo.write_text("\n".join(linhas), encoding="utf-8")
    with pytest.raises(TissReferenceError, match="vigencia_fim"):
        carregar(alvo, {})


def test_bad_date_names_the_line(shared: Path, tmp_path: Path) -> None:
    alvo = _copia(shared, tmp_path)
    linhas = alvo.read_text(encoding="utf-8").splitlines()
    linhas[3] = linhas[3].replace("2006-11-16", "16/11/2006", 1)
    alvo.write_text("\n".join(linhas), encoding="utf-8")
    with pytest.raises(TissReferenceError, match="linha 4"):
        carregar(alvo, {})


def test_repeated_code(shared: Path, tmp_path: Path) -> None:
    alvo = _copia(shared, tmp_path)
    linhas = alvo.read_text(encoding="utf-8").splitlines()
    alvo.write_text("\n".join([*linhas, linhas[1]]), encoding="utf-8")
    with pytest.raises(TissReferenceError, match="repetido: 1001"):
        carregar(alvo, {})
