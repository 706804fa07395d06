"""The registry of codes (:func:`tiss_conecta.achados.regras`) and the shape of the rule
modules: every module ``check`` runs has ``achados(contexto)``; every achado a rule emits — on
the corpus, the shipped examples and messages drawn by :mod:`tiss_conecta.strategies` in every
version, through ``check`` and through the command line — has a registered code, at the
severity it is declared with unless the profile sets another, and the glosa it is declared
with (or none). A code is declared once."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import importlib
import inspect
import json
import pkgutil
import re
import subprocess
import sys
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tiss_conecta as tiss
import tiss_conecta.conciliacao
import tiss_conecta.rules
from tests.conftest import CORPUS
from tests.rules.build import Construtor
from tiss_conecta import achados, examples
from tiss_conecta import strategies as tst
from tiss_conecta.achados import Achado, Regra, Severidade, regra, regras
from tiss_conecta.cli import build_parser, main
from tiss_conecta.codec import regras as regras_do_codec
from tiss_conecta.errors import TissError, TissLookupError, TissVersionError
from tiss_conecta.examples import lote_sadt
from tiss_conecta.models import VERSOES, versao_de
from tiss_conecta.preenvio import conferir
from tiss_conecta.rules import PERFIS, REGRAS, TISS, Perfil, check, limites, prazo
from tiss_conecta.rules._contexto import Contexto
from tiss_conecta.rules.perfil import DESLIGADO

ENVIO = dt.date(2025, 6, 2)
DATAS = [ENVIO, dt.date(2031, 1, 1), dt.date(2000, 1, 1)]
"""On time, years late (every date of care past any window), and before the care."""


def _codigos_do_codec() -> frozenset[str]:
    """The codes :mod:`tiss_conecta.codec.regras` declares (the XSD's in a dict)."""
    declaradas: list[Regra] = []
    for valor in vars(regras_do_codec).values():
        if isinstance(valor, Regra):
            declaradas.append(valor)
        elif isinstance(valor, dict):
            declaradas += [r for r in valor.values() if isinstance(r, Regra)]
    return frozenset(r.codigo for r in declaradas)


def _trocado() -> Perfil:
    """The standard's limits, with every registered code at another severity than the one it
    is declared with, and one in three switched off."""
    niveis = {Severidade.ERRO: "aviso", Severidade.AVISO: "erro", Severidade.INFO: "erro"}
    return attrs.evolve(
        TISS,
        nome="Severidades trocadas",
        severidades={
            c: DESLIGADO if i % 3 == 0 else niveis[r.severidade]
            for i, (c, r) in enumerate(regras().items())
        },
    )


TROCADO = _trocado()
TODOS_OS_PERFIS = [*PERFIS.values(), TROCADO]


def irregulares(lista: Iterable[Achado], perfil: Perfil | None = None) -> list[str]:
    """What is wrong with ``lista``, as ``check`` returned it under ``perfil`` (``None``: as
    the codec reports, at the declared severities): a code not registered, a code the profile
    switches off, a severity other than the declared one or the profile's, a glosa other than
    the declared one (or none). Empty when all is well."""
    todas = regras()
    problemas = []
    for a in lista:
        declarada = todas.get(a.codigo)
        if declarada is None:
            problemas.append(f"{a.codigo}: código não registrado ({a.mensagem})")
            continue
        esperada = (
            declarada.severidade
            if perfil is None
            else perfil.severidade(a.codigo, declarada.severidade)
        )
        if esperada is None:
            problemas.append(f"{a.codigo}: desligado no perfil, mas veio")
        elif a.severidade is not esperada:
            problemas.append(f"{a.codigo}: severidade {a.severidade}, esperada {esperada}")
        if a.glosa is not None and a.glosa != declarada.glosa:
            problemas.append(f"{a.codigo}: glosa {a.glosa}, declarada {declarada.glosa}")
    return problemas


# The shape of the rule modules


def test_regras_lists_the_documented_modules_in_order() -> None:
    assert [m.__name__.rsplit(".", 1)[-1] for m in REGRAS] == [
        "limites",
        "prazo",
        "autorizacao",
        "totais",
        "duplicidade",
        "identificadores",
        "anexos",
        "recurso",
        "demonstrativo",
    ]


@pytest.mark.parametrize("modulo", REGRAS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_every_rule_module_has_achados_of_a_contexto(modulo: Any) -> None:
    assert "achados" in modulo.__all__
    funcao = modulo.achados
    parametros = list(inspect.signature(funcao).parameters.values())
    assert len(parametros) == 1
    assert parametros[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    dicas = typing.get_type_hints(funcao)
    assert dicas[parametros[0].name] is Contexto
    assert dicas["return"] == Iterator[Achado]
    # and it is one: on a message with nothing of its concern it yields nothing
    vazia = Construtor().mensagem()
    assert list(funcao(Contexto.de(vazia, TISS, ENVIO))) == []


def _declaradas_nas_regras(pacote: Any = tiss_conecta.rules) -> dict[str, list[str]]:
    """Where each :class:`Regra` of ``pacote`` (the rules) is a module-level name."""
    onde: dict[str, list[str]] = {}
    for info in pkgutil.walk_packages(pacote.__path__, prefix=f"{pacote.__name__}."):
        modulo = importlib.import_module(info.name)
        for nome, valor in vars(modulo).items():
            # a module exports the codes it declares; one it imports is not in its __all__
            if isinstance(valor, Regra) and nome in getattr(modulo, "__all__", ()):
                onde.setdefault(valor.codigo, []).append(f"{info.name}.{nome}")
    return onde


def test_every_registered_code_is_declared_in_a_rule_module_the_codec_or_the_preenvio() -> None:
    codec = _codigos_do_codec()
    nas_regras = set(_declaradas_nas_regras())
    no_preenvio = set(_declaradas_nas_regras(tiss_conecta.preenvio))
    na_conciliacao = set(_declaradas_nas_regras(tiss_conecta.conciliacao))
    assert codec.isdisjoint(nas_regras)
    assert nas_regras.isdisjoint(no_preenvio)
    assert na_conciliacao.isdisjoint(codec | nas_regras | no_preenvio)
    assert codec | nas_regras | no_preenvio | na_conciliacao == set(regras())
    assert na_conciliacao == {"conciliacao.informado_divergente", "conciliacao.liberado_maior"}
    assert {"preenvio.guias_nao_lidas", "preenvio.regras_nao_aplicadas"} <= no_preenvio
    assert {"xml.malformado", "hash.divergente", "xsd.estrutura"} <= codec
    assert {"prazo.fora_da_janela", "arquivo.tamanho", "recurso.acatado_maior"} <= nas_regras


def test_every_rule_module_declares_its_codes() -> None:
    onde = _declaradas_nas_regras()
    modulos = {m.__name__ for m in REGRAS}
    declarantes = {lugar.rsplit(".", 1)[0] for lugares in onde.values() for lugar in lugares}
    for nome in modulos:
        assert any(d == nome or d.startswith(f"{nome}.") for d in declarantes), nome


def test_the_registry_is_well_formed() -> None:
    todas = regras()
    assert list(todas) == sorted(todas)
    assert len(todas) >= 60
    for codigo, r in todas.items():
        assert r.codigo == codigo
        assert codigo == codigo.lower()
        assert "." in codigo
        assert " " not in codigo
        assert isinstance(r.severidade, Severidade)
        assert r.descricao.strip(), codigo
        assert "\n" not in r.descricao, codigo
        assert r.glosa is None or (len(r.glosa) == 4 and r.glosa.isdigit()), codigo
    assert regra("totais.item") is todas["totais.item"]
    assert todas["totais.item"].severidade is Severidade.AVISO
    with pytest.raises(TissLookupError, match=r"nao\.existe"):
        regra("nao.existe")


def test_an_achado_of_a_regra_carries_its_declaration() -> None:
    a = prazo.FORA_DA_JANELA.achado("m", xpath="/mensagemTISS", numero_guia="1", item=2)
    assert (a.codigo, a.severidade, a.glosa) == ("prazo.fora_da_janela", Severidade.ERRO, "1701")
    assert (a.xpath, a.numero_guia, a.item) == ("/mensagemTISS", "1", 2)
    assert (a.dica, a.linha, a.coluna) == (prazo.FORA_DA_JANELA.dica, None, None)
    assert prazo.FORA_DA_JANELA.achado("m", glosa=None).glosa is None
    assert irregulares([a]) == []


# A code is declared once


@pytest.fixture
def registro_de_teste(monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of the registry for this test only: what it declares is gone afterwards."""
    monkeypatch.setattr(achados, "_REGISTRO", dict(achados._REGISTRO))


@pytest.mark.usefixtures("registro_de_teste")
def test_declaring_a_code_twice_raises() -> None:
    primeira = Regra("teste.duas_vezes", Severidade.AVISO, "primeira")
    with pytest.raises(ValueError, match=r"teste\.duas_vezes"):
        Regra("teste.duas_vezes", Severidade.ERRO, "segunda")
    with pytest.raises(ValueError, match=r"prazo\.fora_da_janela"):
        Regra("prazo.fora_da_janela", Severidade.AVISO, "outra janela", glosa="1701")
    # the first declarations stand
    assert regras()["teste.duas_vezes"] is primeira
    assert regras()["prazo.fora_da_janela"] is prazo.FORA_DA_JANELA


def test_reloading_a_rule_module_declares_its_codes_again() -> None:
    """Jupyter's autoreload (``importlib.reload``) runs a module's declarations again; in a
    process of its own, so the other tests keep the module as imported."""
    codigo = (
        "import importlib\n"
        "from tiss_conecta.achados import regras\n"
        "from tiss_conecta.rules import prazo\n"
        "antes = prazo.FORA_DA_JANELA\n"
        "prazo = importlib.reload(prazo)\n"
        "assert prazo.FORA_DA_JANELA == antes\n"
        "assert regras()['prazo.fora_da_janela'] is prazo.FORA_DA_JANELA\n"
    )
    resultado = subprocess.run([sys.executable, "-c", codigo], capture_output=True, text=True)
    assert resultado.returncode == 0, resultado.stderr


# Every code a rule emits is registered


def test_a_rule_emitting_an_unregistered_code_is_caught(
    monkeypatch: pytest.MonkeyPatch, b: Construtor
) -> None:
    original = limites.achados
    intrusa = Achado("limites.nao_registrado", Severidade.ERRO, "Código que ninguém declarou.")

    def com_intrusa(ctx: Contexto) -> Iterator[Achado]:
        yield from original(ctx)
        yield intrusa

    msg = b.mensagem(lote=b.lote(guia_consulta=[b.guia_consulta("1", ENVIO)]))
    assert irregulares(check(msg, TISS, data_envio=ENVIO), TISS) == []
    monkeypatch.setattr(limites, "achados", com_intrusa)
    resultado = check(msg, TISS, data_envio=ENVIO)
    assert intrusa in resultado  # check itself passes it on; the tests catch it
    assert irregulares(resultado, TISS) == [
        "limites.nao_registrado: código não registrado (Código que ninguém declarou.)"
    ]
    # a registered code at a severity nobody set, or with another glosa, is caught too
    fora = [
        attrs.evolve(prazo.FORA_DA_JANELA.achado("m"), severidade=Severidade.INFO),
        prazo.FORA_DA_JANELA.achado("m", glosa="1702"),
    ]
    assert len(irregulares(fora, TISS)) == 2
    desligado = attrs.evolve(TISS, severidades={"prazo.fora_da_janela": DESLIGADO})
    assert irregulares([prazo.FORA_DA_JANELA.achado("m")], desligado) != []


def _corpus() -> list[Path]:
    return sorted((CORPUS / "files").glob("*.xml"))


def _ler(arquivo: Path) -> Any | None:
    """The message, read as ``check`` reads it (a 4.00.01 file with the 4.01.00 schemas, as
    ``--versao 4.01.00`` does); ``None`` when it is not a readable TISS message."""
    try:
        return tiss.parse(arquivo)
    except TissVersionError:
        try:
            return tiss.parse(arquivo, versao="4.01.00")
        except TissError:
            return None
    except TissError:
        return None


def _demonstrativos(mensagens: Iterable[Any]) -> list[Any]:
    retornos = (
        getattr(getattr(m, "operadora_para_prestador", None), "demonstrativos_retorno", None)
        for m in mensagens
    )
    return [d for r in retornos if r is not None for d in r.demonstrativo_analise_conta or ()]


def test_every_code_emitted_on_the_corpus_is_registered(shared: Path) -> None:
    arquivos = _corpus()
    assert len(arquivos) >= 25
    lidas = {a: m for a in arquivos if (m := _ler(a)) is not None}
    assert len(lidas) >= 8
    demonstrativos = _demonstrativos(lidas.values())
    vistos: set[str] = set()
    for arquivo, msg in lidas.items():
        for p in TODOS_OS_PERFIS:
            for envio in DATAS:
                resultado = check(
                    msg,
                    p,
                    data_envio=envio,
                    tamanho_bytes=arquivo.stat().st_size,
                    demonstrativos=demonstrativos,
                )
                assert irregulares(resultado, p) == [], arquivo.name
                vistos |= {a.codigo for a in resultado}
    # the corpus is not silent: these codes come out of it
    assert {"prazo.fora_da_janela", "prazo.data_futura", "identificador.cnpj"} <= vistos
    # and what the codec reports on it, at the declared severities
    for arquivo in arquivos:
        relatorio = tiss.validate(arquivo)
        assert irregulares(relatorio.achados) == [], arquivo.name


def _achados_do_json(saida: dict[str, Any]) -> list[Achado]:
    return [
        Achado(
            d["codigo"],
            Severidade(d["severidade"]),
            d["mensagem"],
            xpath=d["xpath"],
            numero_guia=d["numero_guia"],
            item=d["item"],
            glosa=d["glosa"],
        )
        for d in saida["achados"]
    ]


def _toml(perfil: Perfil) -> str:
    """``perfil`` as a TOML file (JSON scalars and arrays are TOML; the table is written as
    docs/regras.rst shows it)."""
    dados = perfil.to_dict()
    severidades = dados.pop("severidades", {})
    linhas = [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in dados.items()]
    if severidades:
        linhas += ["", "[severidades]"]
        linhas += [f'"{c}" = "{n}"' for c, n in severidades.items()]
    return "\n".join(linhas) + "\n"


def test_every_code_the_command_line_reports_on_the_corpus_is_registered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the command line checks the XSD and the hash too, and reports a file it cannot read
    # with the codec's codes (xml.versao, 5028; xml.malformado): a profile sets those too
    perfis = {nome: PERFIS[nome] for nome in PERFIS}
    trocado = tmp_path / "trocado.toml"
    trocado.write_text(_toml(TROCADO), encoding="utf-8")
    perfis[str(trocado)] = TROCADO
    assert {nivel for c, nivel in TROCADO.severidades if c in {"xml.versao", "xml.malformado"}} <= {
        "aviso",
        DESLIGADO,
    }
    vistos: set[str] = set()
    for arquivo in _corpus():
        for nome, p in perfis.items():
            args = ["check", str(arquivo), "--perfil", nome, "--data-envio", "2031-01-01"]
            codigo = main([*args, "--formato", "json"])
            [saida] = json.loads(capsys.readouterr().out)
            lista = _achados_do_json(saida)
            assert irregulares(lista, p) == [], (arquivo.name, nome)
            assert codigo == (1 if any(a.erro for a in lista) else 0)
            assert saida["ok"] is (codigo == 0)
            if p is not TROCADO:
                vistos |= {a.codigo for a in lista}
    assert {"xml.versao", "xml.malformado", "hash.divergente", "prazo.fora_da_janela"} <= vistos


@pytest.mark.parametrize("versao", list(VERSOES))
def test_every_code_emitted_on_the_examples_is_registered(versao: str) -> None:
    lidos = [tiss.parse(examples.caminho(nome, versao)) for nome in examples.EXEMPLOS]
    construidos = [lote_sadt(n, data_envio=ENVIO, versao=versao) for n in (1, 100)]
    vistos: set[str] = set()
    for msg in [*lidos, *construidos]:
        for p in TODOS_OS_PERFIS:
            for envio in DATAS:
                resultado = check(msg, p, data_envio=envio, tamanho_bytes=20 * 1024 * 1024)
                assert irregulares(resultado, p) == []
                vistos |= {a.codigo for a in resultado}
    assert {"prazo.fora_da_janela", "prazo.data_futura", "arquivo.tamanho"} <= vistos


_GRANDES = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
_TRANSACOES = [
    "ENVIO_DOCUMENTO",
    "RECURSO_GLOSA",
    "RESPOSTA_RECURSO_GLOSA",
    "RECEBIMENTO_RECURSO_GLOSA",
    "DEMONSTRATIVO_ANALISE_CONTA",
    "DEMONSTRATIVO_PAGAMENTO",
]


def _desenhadas(versao: str) -> st.SearchStrategy[Any]:
    """Lotes of each guia type, the transactions the rules judge, and any transaction."""
    return st.one_of(
        *(tst.lote_guias(tipo, max_guias=2, versao=versao) for tipo in sorted(tst.TIPOS_GUIA)),
        *(tst.mensagem(t, versao=versao) for t in _TRANSACOES),
        tst.mensagem(versao=versao),
    )


@pytest.mark.parametrize("versao", list(VERSOES))
def test_every_code_emitted_on_drawn_messages_is_registered(versao: str) -> None:
    @settings(max_examples=25, suppress_health_check=_GRANDES)
    @given(
        msg=_desenhadas(versao),
        demonstrativos=tst.mensagem_demonstrativo_analise_conta(versao=versao),
        perfil=st.sampled_from(TODOS_OS_PERFIS),
        envio=st.sampled_from(DATAS),
        tamanho=st.none() | st.integers(0, 10**9),
    )
    def propriedade(
        msg: Any, demonstrativos: Any, perfil: Perfil, envio: dt.date, tamanho: int | None
    ) -> None:
        dem = _demonstrativos([demonstrativos])
        resultado = check(msg, perfil, data_envio=envio, tamanho_bytes=tamanho, demonstrativos=dem)
        assert irregulares(resultado, perfil) == []
        assert irregulares(check(demonstrativos, perfil, data_envio=envio), perfil) == []

    propriedade()


def test_a_drawn_recurso_against_drawn_demonstrativos(versao: str) -> None:
    @settings(max_examples=10, suppress_health_check=_GRANDES)
    @given(
        recurso=tst.mensagem_recurso_glosa(versao=versao),
        demonstrativos=tst.mensagem_demonstrativo_analise_conta(versao=versao),
        perfil=st.sampled_from(TODOS_OS_PERFIS),
    )
    def propriedade(recurso: Any, demonstrativos: Any, perfil: Perfil) -> None:
        dem = _demonstrativos([demonstrativos])
        resultado = check(recurso, perfil, data_envio=ENVIO, demonstrativos=dem)
        assert irregulares(resultado, perfil) == []

    propriedade()


def test_drawn_messages_are_dataclasses_of_the_version(versao: str) -> None:
    # guard for the tests above: the strategies draw messages check accepts
    @settings(max_examples=3, suppress_health_check=_GRANDES)
    @given(msg=_desenhadas(versao))
    def propriedade(msg: Any) -> None:
        assert dataclasses.is_dataclass(msg)
        assert versao_de(msg) == versao

    propriedade()


# Every code says how to fix it: a dica declared once, carried by every achado

_INGLES = re.compile(
    r"\b(the|is|are|should|must|and|with|of|to|from|this|please|fix|file|value)\b", re.I
)
"""English words a hint in Portuguese has no business with."""


def _subcomandos() -> frozenset[str]:
    """The commands of the CLI (``tiss-conecta COMANDO``)."""
    parser = build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return frozenset(sub.choices)


def test_every_registered_code_declares_a_dica_in_portuguese() -> None:
    comandos = _subcomandos()
    assert {"corrigir", "converter", "recurso"} <= comandos
    for codigo, r in regras().items():
        dica = r.dica
        assert isinstance(dica, str), codigo
        assert dica.strip() == dica != "", codigo
        assert "\n" not in dica, codigo
        # it follows "como corrigir:" in a report: a lowercase clause, no final period
        assert dica[0].islower(), codigo
        assert not dica.endswith("."), codigo
        assert dica != r.descricao, codigo
        assert _INGLES.search(dica) is None, (codigo, dica)
        # a command it names is one the CLI has
        for comando in re.findall(r"tiss-conecta (\S+)", dica):
            assert comando in comandos, (codigo, comando)


def test_the_hints_name_the_commands_that_do_the_fix() -> None:
    todas = regras()
    corrigir, converter = "tiss-conecta corrigir ARQUIVO -o NOVO.xml", "tiss-conecta converter"
    listar = "tiss-conecta recurso DEMONSTRATIVO.xml --listar"
    for codigo in ("hash.divergente", "hash.utf8", "totais.guia", "recurso.valor_total"):
        assert corrigir in str(todas[codigo].dica), codigo
    for codigo in ("versao.nao_aceita", "identificador.cnpj_alfanumerico"):
        assert converter in str(todas[codigo].dica), codigo
    for codigo in ("recurso.glosa_nao_aplicada", "recurso.recursado_maior"):
        assert listar in str(todas[codigo].dica), codigo
    assert "1701" in str(todas["prazo.fora_da_janela"].dica)


def test_an_achado_takes_the_declared_dica_unless_it_brings_its_own() -> None:
    regra = prazo.FORA_DA_JANELA
    assert regra.dica
    assert regra.achado("m").dica == regra.dica
    assert regra.achado("m", dica=None).dica == regra.dica
    assert regra.achado("m", dica="").dica == regra.dica
    assert regra.achado("m", dica="retire o item 2").dica == "retire o item 2"
    assert regra.achado("m").to_dict()["dica"] == regra.dica


@pytest.mark.usefixtures("registro_de_teste")
def test_a_dica_is_part_of_the_declaration() -> None:
    primeira = Regra("teste.dica", Severidade.AVISO, "d", dica="faça isto")
    assert primeira.dica == "faça isto"
    assert Regra("teste.dica", Severidade.AVISO, "d", dica="faça isto") == primeira
    with pytest.raises(ValueError, match=r"teste\.dica"):
        Regra("teste.dica", Severidade.AVISO, "d", dica="faça aquilo")
    with pytest.raises(ValueError, match=r"teste\.dica"):
        Regra("teste.dica", Severidade.AVISO, "d")
    assert regras()["teste.dica"].dica == "faça isto"
    with pytest.raises(TypeError):
        Regra("teste.posicional", Severidade.AVISO, "d", None, "dica")  # type: ignore[call-arg]
    sem = Regra("teste.sem_dica", Severidade.INFO, "d")
    assert sem.dica is None
    assert sem.achado("m").dica is None


def _sem_dica(lista: Iterable[Achado]) -> list[str]:
    return [f"{a.codigo}: {a.mensagem}" for a in lista if not (a.dica and a.dica.strip())]


@pytest.mark.parametrize("versao", list(VERSOES))
def test_every_achado_on_the_examples_has_a_dica(versao: str) -> None:
    arquivos = [examples.caminho(nome, versao) for nome in examples.EXEMPLOS]
    lidos = [tiss.parse(a) for a in arquivos]
    construidos = [lote_sadt(n, data_envio=ENVIO, versao=versao) for n in (1, 100)]
    demonstrativos = _demonstrativos(lidos)
    vistos: set[str] = set()
    for p in PERFIS.values():
        for envio in DATAS:
            for msg in [*lidos, *construidos]:
                resultado = check(
                    msg,
                    p,
                    data_envio=envio,
                    tamanho_bytes=20 * 1024 * 1024,
                    demonstrativos=demonstrativos,
                )
                assert _sem_dica(resultado) == []
                vistos |= {a.codigo for a in resultado}
            for arquivo in arquivos:
                relatorio = conferir(arquivo, p, data_envio=envio)
                assert _sem_dica(relatorio.achados) == [], arquivo.name
                vistos |= {a.codigo for a in relatorio.achados}
    # not silent: the rules and the pre-send check say something here
    assert {"prazo.fora_da_janela", "prazo.data_futura", "arquivo.tamanho"} <= vistos


def test_every_achado_on_the_corpus_has_a_dica(shared: Path) -> None:
    arquivos = _corpus()
    assert len(arquivos) >= 25
    lidas = {a: m for a in arquivos if (m := _ler(a)) is not None}
    demonstrativos = _demonstrativos(lidas.values())
    vistos: set[str] = set()
    for p in PERFIS.values():
        for envio in DATAS:
            for arquivo, msg in lidas.items():
                resultado = check(
                    msg,
                    p,
                    data_envio=envio,
                    tamanho_bytes=arquivo.stat().st_size,
                    demonstrativos=demonstrativos,
                )
                assert _sem_dica(resultado) == [], arquivo.name
                vistos |= {a.codigo for a in resultado}
            for arquivo in arquivos:
                relatorio = conferir(arquivo, p, data_envio=envio)
                assert _sem_dica(relatorio.achados) == [], arquivo.name
                vistos |= {a.codigo for a in relatorio.achados}
    # the rules, the XSD, the hash and reading all speak on the corpus
    assert {"prazo.fora_da_janela", "identificador.cnpj", "hash.divergente"} <= vistos
    assert {"xml.malformado", "xml.versao"} <= vistos
    assert any(c.startswith("xsd.") for c in vistos)
