"""Examples per second of ``st.from_type(MensagemTiss)``, per message type and version.

    .venv/bin/python benchmarks/bench_strategies.py [--exemplos 200] [--versao 4.01.00 ...]

``st.from_type(MensagemTiss)`` of a version is ``strategies.mensagem(versao=...)``: a
``one_of`` with one branch per ``tipoTransacao``. Each branch runs here as a Hypothesis test
of ``--exemplos`` examples (generate phase only, no database), whose body serializes
(``to_xml``) and validates (``validate``: XSD and hash) each message and counts the invalid
ones; the whole-message ``from_type`` runs too, on ``--exemplos`` examples per version.

Columns: examples per second counting everything (Hypothesis's engine, the draw, ``to_xml``
and ``validate``), then the draw alone (the run's time minus the body's), the largest
message in bytes and the invalid count (must be 0). Not a test: the 100% validity is asserted
nowhere but reported, and ``tests/strategies/test_from_type.py`` checks 20 per type.

Then Hypothesis's default health checks and deadline (200 ms) on lotes of up to 10 guias of
each type and version: they depend on this machine's speed, so they are measured here, not
asserted in the test suite.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from typing import Any

from hypothesis import Phase, given, settings
from hypothesis import strategies as st

import tiss_conecta as tiss
from tiss_conecta import models
from tiss_conecta import strategies as tst


@dataclass
class Medida:
    exemplos: int = 0
    invalidos: int = 0
    corpo: float = 0.0
    """Seconds inside the test body (to_xml + validate)."""
    total: float = 0.0
    maior: int = 0

    @property
    def por_segundo(self) -> float:
        return self.exemplos / self.total

    @property
    def sorteio_por_segundo(self) -> float:
        return self.exemplos / max(self.total - self.corpo, 1e-9)


def medir(estrategia: st.SearchStrategy[Any], exemplos: int) -> Medida:
    medida = Medida()

    @settings(
        max_examples=exemplos,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        derandomize=True,
    )
    @given(estrategia)
    def corrida(mensagem: Any) -> None:
        inicio = time.perf_counter()
        xml = tiss.to_xml(mensagem)
        ok = tiss.validate(xml).ok
        medida.corpo += time.perf_counter() - inicio
        medida.exemplos += 1
        medida.invalidos += not ok
        medida.maior = max(medida.maior, len(xml))

    inicio = time.perf_counter()
    corrida()
    medida.total = time.perf_counter() - inicio
    return medida


def saude(estrategia: st.SearchStrategy[Any]) -> tuple[bool, float, str]:
    """Whether ``estrategia`` passes the default health checks and deadline (15 examples), how
    long it took, and the failure's first line."""

    @settings(max_examples=15, database=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
    @given(estrategia)
    def corrida(mensagem: Any) -> None:
        assert mensagem.prestador_para_operadora.lote_guias is not None

    inicio = time.perf_counter()
    try:
        corrida()
    except Exception as falha:  # a failed health check, a deadline exceeded
        primeira = (str(falha).splitlines() or [""])[0]
        return False, time.perf_counter() - inicio, f"{type(falha).__name__}: {primeira}"
    return True, time.perf_counter() - inicio, ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exemplos", type=int, default=200)
    parser.add_argument("--versao", action="append", choices=list(models.VERSOES))
    args = parser.parse_args()
    versoes = args.versao or list(models.VERSOES)
    for versao in versoes:
        mensagem = models.carregar(versao).MensagemTiss
        assert st.from_type(mensagem) is tst.mensagem(versao=versao)
        print(f"TISS {versao}: {args.exemplos} examples each, examples/s")
        print(f"  {'tipoTransacao':<30} {'all':>7} {'draw':>7} {'max bytes':>10} {'invalid':>8}")
        linhas = [(tipo, tst.mensagem(tipo, versao=versao)) for tipo in sorted(tst.TRANSACOES)]
        linhas.append(("from_type(MensagemTiss)", st.from_type(mensagem)))
        for nome, estrategia in linhas:
            m = medir(estrategia, args.exemplos)
            print(
                f"  {nome:<30} {m.por_segundo:7.1f} {m.sorteio_por_segundo:7.1f} "
                f"{m.maior:10d} {m.invalidos:8d}",
                flush=True,
            )
        print()
    print("Default health checks and 200 ms deadline, lotes of up to 10 guias (15 examples)")
    for versao in versoes:
        for tipo_guia in sorted(tst.TIPOS_GUIA):
            for nome, estrategia in (
                ("lote_guias", tst.lote_guias(tipo_guia, max_guias=10, versao=versao)),
                ("lote_valido", tst.lote_valido(tipo_guia=tipo_guia, max_guias=10, versao=versao)),
            ):
                ok, segundos, motivo = saude(estrategia)
                situacao = "ok" if ok else "FALHOU"
                print(
                    f"  {versao} {nome:<12} {tipo_guia:<18} {situacao} {segundos:6.2f} s {motivo}"
                )


if __name__ == "__main__":
    main()
