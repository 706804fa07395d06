"""The notebooks in docs/notebooks run from top to bottom, on the examples shipped with the
package, and show what they promise (the glosa, the money in pt-BR, the situations)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

CADERNOS = sorted((Path(__file__).resolve().parents[1] / "docs" / "notebooks").glob("*.ipynb"))


def _saidas(caderno: Path) -> list[str]:
    """Each code cell's output (text and HTML), after running the notebook."""
    nb = nbformat.read(caderno, as_version=4)  # type: ignore[no-untyped-call]
    NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    saidas = []
    for celula in nb.cells:
        if celula.cell_type != "code":
            continue
        partes = []
        for saida in celula.outputs:
            assert saida.output_type != "error", "".join(saida.get("traceback", []))
            dados = saida.get("data", {})
            partes += [
                dados.get("text/plain", ""),
                dados.get("text/html", ""),
                saida.get("text", ""),
            ]
        saidas.append("\n".join(partes).replace("\xa0", " "))
    return saidas


def test_there_is_a_notebook() -> None:
    assert [c.name for c in CADERNOS] == ["do-demonstrativo-ao-dinheiro.ipynb"]


@pytest.mark.parametrize("caderno", CADERNOS, ids=lambda c: c.stem)
def test_the_notebook_runs_and_shows_the_money(caderno: Path) -> None:
    lote, demonstrativo, por_codigo, conciliacao, situacoes, pagamento, tabela, recurso = (
        _saidas(caderno)[i] for i in range(8)
    )
    assert "ENVIO_LOTE_GUIAS" in lote
    assert "3 guias" in lote
    # the example demonstrativo glosa R$ 15,00 of guia 00000002 under 1705
    assert "1705" in demonstrativo
    assert "R$ 15,00" in demonstrativo
    assert "<table" in demonstrativo
    assert "'1705': ('Valor apresentado a maior', 1, Decimal('15.00'))" in por_codigo
    assert "R$ 184,90" in conciliacao or "184.90" in conciliacao
    assert "('00000001', 'paga', '155.70', '0.00', ())" in situacoes
    assert "('00000002', 'paga_parcial', '44.20', '15.00', ('1705',))" in situacoes
    assert "'00000003', 'sem_retorno'" in situacoes
    # paid on 02/07/2025: R$ 184,90 gross, R$ 3,70 of ISS, R$ 181,20 net
    assert "R$ 181,20" in pagamento
    assert "1705" in tabela
    assert "15.00" in tabela
    assert recurso.split()[:2] == ["(True,", "MensagemTiss(RECURSO_GLOSA,"]
