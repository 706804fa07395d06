"""The long fuzz run (``make fuzz``): ``python -m tests.fuzz.longo [--minutos N | --exemplos N]``.

Draws inputs from :func:`tests.fuzz.harness.entradas` in batches of fresh random Hypothesis
runs, runs :func:`~tests.fuzz.harness.exercitar` on each, and prints, per entry point, the
inputs, ``ok``, ``TissError`` by code, skipped and unexpected. Every distinct unexpected
exception (entry point, type, the library line it came from) is kept with the smallest
input that raised it, minimised by deleting chunks while it still raises the same, and
saved under ``build/fuzz/``. Exits 1 when there was any.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict

from hypothesis import HealthCheck, Phase, given, settings

from tests.fuzz import harness
from tiss_conecta import rules

SAIDA = harness.RAIZ / "build" / "fuzz"
LOTE = 50
"""Examples per Hypothesis run (each run draws with a fresh random seed)."""

_LINHA = re.compile(r'File "([^"]*tiss_conecta[^"]*)", line (\d+)')


def assinatura(entrada: str, desfecho: str, rastro: str) -> tuple[str, str, str]:
    """(entry point, exception type, last library frame) of an unexpected exception."""
    tipo = desfecho.removeprefix(harness.INESPERADO).strip().split(":", 1)[0]
    linhas = _LINHA.findall(rastro)
    onde = ""
    if linhas:
        arquivo, linha = linhas[-1]
        onde = f"{arquivo.split('tiss_conecta/', 1)[-1]}:{linha}"
    return entrada, tipo, onde


def _reproduz(dados: bytes, alvo: tuple[str, str, str], perfil: str) -> bool:
    r = harness.exercitar(dados, perfil=rules.perfil(perfil))
    entrada = alvo[0]
    if entrada not in r.rastros:
        return False
    return assinatura(entrada, r.desfechos[entrada], r.rastros[entrada]) == alvo


def minimizar(
    dados: bytes, alvo: tuple[str, str, str], perfil: str, *, segundos: float = 30
) -> bytes:
    """Delete chunks of ``dados`` (halving their size) while it still raises ``alvo`` under
    the profile ``perfil``."""
    fim = time.monotonic() + segundos
    pedaco = max(1, len(dados) // 2)
    while pedaco >= 1 and time.monotonic() < fim:
        i = 0
        mudou = False
        while i < len(dados) and time.monotonic() < fim:
            candidato = dados[:i] + dados[i + pedaco :]
            if candidato and _reproduz(candidato, alvo, perfil):
                dados = candidato
                mudou = True
            else:
                i += pedaco
        if not mudou:
            pedaco //= 2
    return dados


class Contagem:
    """The counts of a run."""

    def __init__(self) -> None:
        self.entradas = 0
        self.por_ponto: dict[str, Counter[str]] = defaultdict(Counter)
        self.achados: dict[tuple[str, str, str], tuple[bytes, str, str, str]] = {}

    def registrar(self, dados: bytes) -> None:
        perfil = harness.chave_perfil(dados)
        r = harness.exercitar(dados, perfil=rules.perfil(perfil))
        self.entradas += 1
        for ponto, desfecho in r.desfechos.items():
            chave = harness.INESPERADO if desfecho.startswith(harness.INESPERADO) else desfecho
            self.por_ponto[ponto][chave] += 1
        for ponto, rastro in r.rastros.items():
            alvo = assinatura(ponto, r.desfechos[ponto], rastro)
            anterior = self.achados.get(alvo)
            if anterior is None or len(dados) < len(anterior[0]):
                self.achados[alvo] = (dados, r.desfechos[ponto], rastro, perfil)

    def imprimir(self) -> None:
        print(f"entradas: {self.entradas}")
        for ponto in harness.ENTRADAS:
            c = self.por_ponto[ponto]
            erros = {k: v for k, v in c.items() if k.startswith("TissError")}
            rodou = sum(c.values()) - c[harness.PULADO]
            print(
                f"  {ponto:<10} entradas {rodou:>7}  ok {c[harness.OK]:>7}  "
                f"TissError {sum(erros.values()):>7}  pulado {c[harness.PULADO]:>7}  "
                f"inesperado {c[harness.INESPERADO]:>3}"
            )
            for codigo, n in sorted(erros.items(), key=lambda kv: -kv[1]):
                print(f"      {n:>7}  {codigo}")


def rodar(contagem: Contagem, exemplos: int) -> None:
    """One Hypothesis run of ``exemplos`` inputs (generation only: the minimising is ours)."""

    @settings(
        max_examples=exemplos,
        deadline=None,
        database=None,
        derandomize=False,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(harness.entradas())
    def alvo(dados: bytes) -> None:
        contagem.registrar(dados)

    alvo()


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    limite = args.add_mutually_exclusive_group()
    limite.add_argument("--minutos", type=float, default=None, help="duration (default 10)")
    limite.add_argument("--exemplos", type=int, default=None, help="number of inputs instead")
    opcoes = args.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    minutos = 10.0 if opcoes.minutos is None and opcoes.exemplos is None else opcoes.minutos
    contagem = Contagem()
    inicio = time.monotonic()
    fim = inicio + minutos * 60 if minutos is not None else None
    while True:
        if fim is not None and time.monotonic() >= fim:
            break
        falta = LOTE if opcoes.exemplos is None else opcoes.exemplos - contagem.entradas
        if falta <= 0:
            break
        rodar(contagem, min(LOTE, falta))
    duracao = time.monotonic() - inicio
    print(f"fuzz: {duracao:.0f} s, {contagem.entradas / max(duracao, 1e-9):.1f} entradas/s")
    contagem.imprimir()
    if not contagem.achados:
        print("inesperados: nenhum (só TissError)")
        return 0
    SAIDA.mkdir(parents=True, exist_ok=True)
    print(f"inesperados: {len(contagem.achados)} distintos")
    achados = sorted(contagem.achados.items())
    for n, (alvo, (dados, desfecho, rastro, perfil)) in enumerate(achados, 1):
        minimo = minimizar(dados, alvo, perfil)
        arquivo = SAIDA / f"inesperado-{n}-{alvo[0]}.xml"
        arquivo.write_bytes(minimo)
        print(f"--- {n}. {alvo[0]}: {desfecho}")
        print(f"    em {alvo[2]}, perfil {perfil}; entrada mínima ({len(minimo)} bytes): {arquivo}")
        print(f"    {minimo!r}"[:2000])
        print("\n".join("    " + linha for linha in rastro.rstrip().splitlines()[-8:]))
    return 1


if __name__ == "__main__":
    sys.exit(main())
