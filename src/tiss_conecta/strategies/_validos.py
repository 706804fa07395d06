"""Business-valid messages: lotes that pass the XSD and the rules of a profile
(:func:`lote_valido`), optionally with exactly one rule broken (:data:`QUEBRAVEIS`), and
recursos de glosa consistent with a demonstrativo (:func:`recurso_valido`)."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import re
import types
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st
from stdnum.br import cnpj as _cnpj
from xsdata.models.datatype import XmlDate

from tiss_conecta import models, montagem
from tiss_conecta.errors import RecursoInvalido
from tiss_conecta.leitura import Guia, guias_do_lote, numero
from tiss_conecta.rules import Perfil
from tiss_conecta.rules import perfil as _perfil
from tiss_conecta.rules.duplicidade import chave_procedimento
from tiss_conecta.rules.identificadores import (
    _CNES,
    _CNPJS,
    _CPF_OU_CNPJ,
    _CPFS,
    _NAO_PERCORRER,
    _REGISTROS_ANS,
)
from tiss_conecta.rules.totais import valor_item
from tiss_conecta.strategies._build import construir, layout_of
from tiss_conecta.strategies._mensagens import TIPOS_GUIA, mensagem
from tiss_conecta.strategies._values import texto_latin1

__all__ = [
    "DATA_ENVIO_PADRAO",
    "INQUEBRAVEIS_NUM_LOTE",
    "QUEBRAVEIS",
    "Quebra",
    "lote_valido",
    "recurso_valido",
]

DATA_ENVIO_PADRAO = dt.date(2025, 6, 2)
"""The day of sending when none is given (a fixed date: the clock is never read)."""

_ZERO = Decimal("0.00")
_CAMPO_GUIA = {
    "consulta": "guia_consulta",
    "sp_sadt": "guia_sp_sadt",
    "resumo_internacao": "guia_resumo_internacao",
    "honorarios": "guia_honorarios",
    "odontologia": "guia_odonto",
}
_COM_SENHA = frozenset({"sp_sadt", "resumo_internacao", "odontologia"})
_COM_PROCEDIMENTOS = frozenset({"sp_sadt", "resumo_internacao", "honorarios", "odontologia"})
_COM_ARITMETICA = frozenset({"sp_sadt", "resumo_internacao", "honorarios"})
# ct_guiaValorTotal field -> dm_outrasDespesas code of the items it sums (leitura's table)
_DESPESAS = {
    "valor_gases_medicinais": "01",
    "valor_medicamentos": "02",
    "valor_materiais": "03",
    "valor_diarias": "05",
    "valor_taxas_alugueis": "07",
    "valor_opme": "08",
}
_ALFANUMERICO = "12ABC34501DE35"
_TETO = Decimal("100000")
_FATORES = ("1.00", "0.50", "0.70", "1.30", "2.00")
_DIGITOS = "0123456789"
_LETRAS_E_DIGITOS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _data(dia: dt.date) -> XmlDate:
    return XmlDate(dia.year, dia.month, dia.day)


def _dia(valor: Any) -> dt.date:
    return dt.date(valor.year, valor.month, valor.day)


def _lista(valor: Any) -> list[Any]:
    if valor is None:
        return []
    return valor if isinstance(valor, list) else [valor]


def _classe(cls: type, campo: str) -> type:
    """The generated class of the child element in field ``campo`` of ``cls``."""
    var = next(v for v in layout_of(cls).elements.values() if v.name == campo)
    assert var.clazz is not None
    return var.clazz


# --- the lote under construction ---------------------------------------------------------


@attrs.define
class _Obra:
    """A lote being made valid: the message, what it is judged against, what is taken."""

    mensagem: Any
    tipo: str
    versao: str
    perfil: Perfil
    data_envio: dt.date
    registro: str
    numeros: set[str] = attrs.Factory(set)
    consultas: set[tuple[object, ...]] = attrs.Factory(set)
    codigos: int = 0

    @property
    def lote(self) -> Any:
        return self.mensagem.prestador_para_operadora.lote_guias

    def guias(self, tipo: str | None = None) -> list[Any]:
        return list(_lista(getattr(self.lote.guias_tiss, _CAMPO_GUIA[tipo or self.tipo])))

    def alcance(self) -> int:
        """Days back from ``data_envio`` a date of care may be."""
        return self.perfil.janela_faturamento_dias or 120

    def novo_codigo(self) -> str:
        self.codigos += 1
        return f"9{self.codigos:07d}"


def _ler(tipo: str, guia: Any) -> Guia:
    """The guia as the rules read it."""
    guias_tiss = types.SimpleNamespace(**{_CAMPO_GUIA[tipo]: [guia]})
    (lida,) = guias_do_lote(types.SimpleNamespace(guias_tiss=guias_tiss))
    return lida


# --- walking the generated dataclasses ---------------------------------------------------


def _campos(obj: Any) -> Iterator[tuple[Any, dataclasses.Field[Any]]]:
    """(owner, field) of every field under ``obj``, signatures left out."""
    for f in dataclasses.fields(obj):
        if f.metadata.get("name", f.name) in _NAO_PERCORRER:
            continue
        yield obj, f
        valor = getattr(obj, f.name)
        for v in _lista(valor):
            if dataclasses.is_dataclass(v) and not isinstance(v, type):
                yield from _campos(v)


def _sem_negativos(obj: Any) -> None:
    """Every decimal under ``obj`` made non-negative (the XSD allows ``-0.01``)."""
    for dono, f in _campos(obj):
        valor = getattr(dono, f.name)
        if isinstance(valor, Decimal) and valor < 0:
            setattr(dono, f.name, -valor)


def _sem_futuro(obj: Any, data_envio: dt.date, dia: dt.date) -> None:
    """Every date under ``obj`` after ``data_envio`` brought back to ``dia``."""
    for dono, f in _campos(obj):
        valor = getattr(dono, f.name)
        if isinstance(valor, XmlDate) and _dia(valor) > data_envio:
            setattr(dono, f.name, _data(dia))


# --- identifiers -------------------------------------------------------------------------


def _cpf_valido(draw: st.DrawFn) -> str:
    base = draw(st.text(_DIGITOS, min_size=9, max_size=9))
    if len(set(base)) == 1:
        base = base[:-1] + str((int(base[-1]) + 1) % 10)
    return _com_digitos_cpf(base)


def _com_digitos_cpf(base: str) -> str:
    """The CPF of these 9 digits, with its two check digits (mod 11)."""
    for _ in range(2):
        peso = len(base) + 1
        soma = sum(int(d) * (peso - i) for i, d in enumerate(base))
        base += str(soma * 10 % 11 % 10)
    return base


def _cnpj_valido(draw: st.DrawFn, alfanumerico: bool) -> str:
    letras = alfanumerico and draw(st.booleans())
    base = draw(st.text(_LETRAS_E_DIGITOS if letras else _DIGITOS, min_size=12, max_size=12))
    if len(set(base)) == 1:  # 00000000000000 and the like are no CNPJ
        base = base[:-1] + ("1" if base[-1] != "1" else "2")
    return base + str(_cnpj.calc_check_digits(base))


def _aceita_letras(f: dataclasses.Field[Any]) -> bool:
    padrao = f.metadata.get("pattern")
    return padrao is not None and re.fullmatch(str(padrao), _ALFANUMERICO) is not None


def _identificadores(draw: st.DrawFn, obra: _Obra, obj: Any) -> None:
    """Every CPF, CNPJ, CNES and registro ANS under ``obj`` drawn valid (check digits
    computed); the registro ANS is the operadora's."""
    for dono, f in _campos(obj):
        nome = f.metadata.get("name", f.name)
        valor = getattr(dono, f.name)
        if not isinstance(valor, str):
            continue
        if nome in _REGISTROS_ANS:
            novo = obra.registro
        elif nome in _CPFS:
            novo = _cpf_valido(draw)
        elif nome in _CNPJS:
            novo = _cnpj_valido(draw, _aceita_letras(f))
        elif nome in _CPF_OU_CNPJ:
            novo = _cpf_valido(draw) if len(valor) == 11 else _cnpj_valido(draw, _aceita_letras(f))
        elif nome in _CNES:
            novo = draw(st.text(_DIGITOS, min_size=7, max_size=7))
        else:
            continue
        setattr(dono, f.name, novo)


# --- one guia ----------------------------------------------------------------------------


def _procedimentos(tipo: str, g: Any) -> list[Any]:
    if tipo in ("sp_sadt", "resumo_internacao"):
        return _lista(getattr(g.procedimentos_executados, "procedimento_executado", None))
    if tipo == "honorarios":
        return _lista(getattr(g.procedimentos_realizados, "procedimento_realizado", None))
    if tipo == "odontologia":
        return _lista(g.procedimentos_executados)
    return []


def _despesas(tipo: str, g: Any) -> list[Any]:
    if tipo in ("sp_sadt", "resumo_internacao"):
        despesas = _lista(getattr(g.outras_despesas, "despesa", None))
        return [d for d in despesas if d.servicos_executados is not None]
    return []


def _codigo_de(tipo: str, p: Any) -> Any:
    return p.proc_solic if tipo == "odontologia" else p.procedimento


def _set_data_item(tipo: str, p: Any, dia: dt.date) -> None:
    if tipo == "odontologia":
        p.data_realizacao = _data(dia)
    else:
        p.data_execucao = _data(dia)


def _autorizacao(tipo: str, g: Any) -> Any:
    """Where the guia keeps ``dataAutorizacao``/validade (``None``: it has none)."""
    if tipo == "odontologia":
        return g
    if tipo in ("sp_sadt", "resumo_internacao"):
        return g.dados_autorizacao
    return None


def _set_validade(tipo: str, onde: Any, dia: dt.date | None) -> None:
    campo = "validade_senha" if tipo == "odontologia" else "data_validade_senha"
    setattr(onde, campo, None if dia is None else _data(dia))


def _get_validade(tipo: str, onde: Any) -> dt.date | None:
    campo = "validade_senha" if tipo == "odontologia" else "data_validade_senha"
    valor = getattr(onde, campo)
    return None if valor is None else _dia(valor)


def _valor(draw: st.DrawFn, minimo: str, maximo: str, casas: int) -> Decimal:
    return draw(st.decimals(Decimal(minimo), Decimal(maximo), places=casas))


def _aritmetica(draw: st.DrawFn, item: Any, quantidade_decimal: bool) -> None:
    """quantity × unit × factor = total, within the XSD's digits."""
    if quantidade_decimal:
        item.quantidade_executada = _valor(draw, "0.0001", "10.0000", 4)
    else:
        item.quantidade_executada = draw(st.integers(1, 10))
    item.valor_unitario = _valor(draw, "0.00", "1000.00", 2)
    item.reducao_acrescimo = Decimal(draw(st.sampled_from(_FATORES)))
    item.valor_total = valor_item(
        Decimal(item.quantidade_executada), item.valor_unitario, item.reducao_acrescimo
    )


def _soma(valores: list[Decimal]) -> Decimal:
    return sum(valores, _ZERO)


def _totalizar(tipo: str, g: Any) -> None:
    """The guia's declared totals made equal to the sums of its items."""
    procs = _procedimentos(tipo, g)
    if tipo in ("sp_sadt", "resumo_internacao"):
        despesas = _despesas(tipo, g)
        vt = g.valor_total
        valores = [p.valor_total for p in procs]
        vt.valor_procedimentos = _soma(valores) if procs else None
        for campo, codigo in _DESPESAS.items():
            parcelas = [
                d.servicos_executados.valor_total
                for d in despesas
                if getattr(d.codigo_despesa, "value", d.codigo_despesa) == codigo
            ]
            setattr(vt, campo, _soma(parcelas) if parcelas else None)
        todas = valores + [d.servicos_executados.valor_total for d in despesas]
        vt.valor_total_geral = _soma(todas)
    elif tipo == "honorarios":
        g.valor_total_honorarios = _soma([p.valor_total for p in procs])
    elif tipo == "odontologia":
        g.valor_total_proc = _soma([p.valor_proc for p in procs])
        franquias = [p.valor_franquia for p in procs if p.valor_franquia is not None]
        g.valor_total_franquia = _soma(franquias) if franquias else None


def _datas(draw: st.DrawFn, obra: _Obra, tipo: str, g: Any) -> None:
    """Dates of care inside the window before ``data_envio``; the senha covering them."""
    alcance = obra.alcance()
    validade = obra.perfil.validade_senha_dias
    largura = min(15, alcance, validade // 3 if validade else 15)
    folga = min(10, validade - largura if validade else 10)
    fim = obra.data_envio - dt.timedelta(days=draw(st.integers(0, alcance - largura)))
    inicio = fim - dt.timedelta(days=draw(st.integers(0, largura)))
    _sem_futuro(g, obra.data_envio, inicio)

    def entre() -> dt.date:
        return inicio + dt.timedelta(days=draw(st.integers(0, (fim - inicio).days)))

    for p in _procedimentos(tipo, g):
        _set_data_item(tipo, p, entre())
    for d in _despesas(tipo, g):
        d.servicos_executados.data_execucao = _data(entre())
    if tipo == "consulta":
        g.dados_atendimento.data_atendimento = _data(fim)
    elif tipo == "resumo_internacao":
        g.dados_internacao.data_inicio_faturamento = _data(inicio)
        g.dados_internacao.data_final_faturamento = _data(fim)
    elif tipo == "honorarios":
        g.dados_internacao.data_inicio_faturamento = _data(inicio)
        g.dados_internacao.data_fim_faturamento = _data(fim)
        g.data_emissao_guia = _data(fim)
    onde = _autorizacao(tipo, g)
    if onde is not None:
        autorizada = inicio - dt.timedelta(days=draw(st.integers(0, folga)))
        if onde.data_autorizacao is not None or tipo != "odontologia":
            onde.data_autorizacao = _data(autorizada)
        if _get_validade(tipo, onde) is not None:
            _set_validade(tipo, onde, fim + dt.timedelta(days=draw(st.integers(0, 30))))


def _valores(draw: st.DrawFn, tipo: str, g: Any) -> None:
    _sem_negativos(g)
    if tipo in _COM_ARITMETICA:
        for p in _procedimentos(tipo, g):
            _aritmetica(draw, p, quantidade_decimal=False)
    for d in _despesas(tipo, g):
        _aritmetica(draw, d.servicos_executados, quantidade_decimal=True)
    if tipo == "odontologia":  # the sums must fit the totals' st_decimal10-2
        for p in _procedimentos(tipo, g):
            p.valor_proc %= _TETO
            if p.valor_franquia is not None:
                p.valor_franquia %= _TETO
    _totalizar(tipo, g)


def _numero_guia(tipo: str, g: Any) -> tuple[Any, str]:
    if tipo == "consulta":
        return g.cabecalho_consulta, "numero_guia_prestador"
    if tipo == "odontologia":
        return g, "numero_guia_prestador"
    return g.cabecalho_guia, "numero_guia_prestador"


def _numerar(obra: _Obra, tipo: str, g: Any) -> None:
    """A ``numeroGuiaPrestador`` no other guia of the lote has (leading zeros aside)."""
    dono, campo = _numero_guia(tipo, g)
    valor = getattr(dono, campo)
    k = len(obra.numeros)
    while not valor.strip() or numero(valor) in obra.numeros:
        k += 1
        valor = f"{k:08d}"
    setattr(dono, campo, valor)
    obra.numeros.add(numero(valor))


def _sem_repeticoes(obra: _Obra, tipo: str, g: Any) -> None:
    """No procedure repeated on the guia; no consulta repeating another of the lote."""
    lida = _ler(tipo, g)
    if tipo == "consulta":
        if lida.itens and lida.itens[0].data is not None:
            chave = (lida.carteira, *chave_procedimento(lida.itens[0]))
            if chave in obra.consultas:
                g.dados_beneficiario.numero_carteira = obra.novo_codigo()
                lida = _ler(tipo, g)
                chave = (lida.carteira, *chave_procedimento(lida.itens[0]))
            obra.consultas.add(chave)
        return
    procs = _procedimentos(tipo, g)
    vistas: set[tuple[object, ...]] = set()
    for item, p in zip([i for i in lida.itens if i.despesa is None], procs, strict=True):
        chave = chave_procedimento(item)
        if chave in vistas:
            _codigo_de(tipo, p).codigo_procedimento = obra.novo_codigo()
            chave = (*chave, "novo", obra.codigos)
        vistas.add(chave)


def _corrigir_guia(draw: st.DrawFn, obra: _Obra, tipo: str, g: Any) -> None:
    _identificadores(draw, obra, g)
    _numerar(obra, tipo, g)
    _datas(draw, obra, tipo, g)
    _valores(draw, tipo, g)
    _sem_repeticoes(obra, tipo, g)


def _guia(tipo: str, versao: str) -> st.SearchStrategy[Any]:
    """Schema-valid guias of ``tipo``; SP/SADT and internação with procedures."""
    m = models.carregar(versao)
    guias = m.CtmGuiaLote.GuiasTiss
    cls = _classe(guias, _CAMPO_GUIA[tipo])
    if tipo in ("sp_sadt", "resumo_internacao"):
        container = _classe(cls, "procedimentos_executados")
        return construir(cls, procedimentos_executados=construir(container))
    return construir(cls)


# --- the breakable rules, as data --------------------------------------------------------


Mutacao = Callable[[st.DrawFn, _Obra], None]


@attrs.frozen
class Quebra:
    """How one rule is broken in a valid lote."""

    codigo: str
    mutacao: str
    """What is changed, in Portuguese."""
    aplicar: Mutacao = attrs.field(repr=False)
    tipos: frozenset[str] = frozenset(TIPOS_GUIA)
    """Guia types in which the rule can be broken."""
    exige: Callable[[Perfil, str], str | None] = attrs.field(
        default=lambda perfil, versao: None, repr=False
    )
    """Why the rule cannot be broken under this profile and version (``None``: it can)."""
    min_guias: int = 1
    invalida_xsd: Callable[[Perfil], bool] = attrs.field(default=lambda perfil: False, repr=False)
    """Whether the broken lote is no longer schema-valid (the rule is an XSD matter)."""


def _alvo(draw: st.DrawFn, obra: _Obra, tipo: str | None = None) -> Any:
    guias = obra.guias(tipo)
    return guias[draw(st.integers(0, len(guias) - 1))]


def _atendimento_alvo(draw: st.DrawFn, obra: _Obra) -> tuple[Any, Callable[[dt.date], None]]:
    """A guia and a setter of one of its dates of care (window dates)."""
    tipo = obra.tipo
    g = _alvo(draw, obra)
    if tipo == "consulta":

        def consulta(dia: dt.date) -> None:
            g.dados_atendimento.data_atendimento = _data(dia)

        return g, consulta
    if tipo == "resumo_internacao":

        def internacao(dia: dt.date) -> None:
            d = g.dados_internacao
            d.data_final_faturamento = _data(dia)
            if _dia(d.data_inicio_faturamento) > dia:
                d.data_inicio_faturamento = _data(dia)

        return g, internacao
    procs = _procedimentos(tipo, g)
    p = procs[draw(st.integers(0, len(procs) - 1))]
    return g, lambda dia: _set_data_item(tipo, p, dia)


def _fora_da_janela(draw: st.DrawFn, obra: _Obra) -> None:
    janela = obra.perfil.janela_faturamento_dias
    assert janela is not None
    _, definir = _atendimento_alvo(draw, obra)
    definir(obra.data_envio - dt.timedelta(days=janela + 1 + draw(st.integers(0, 30))))


def _data_futura(draw: st.DrawFn, obra: _Obra) -> None:
    g, definir = _atendimento_alvo(draw, obra)
    dia = obra.data_envio + dt.timedelta(days=draw(st.integers(1, 30)))
    definir(dia)
    onde = _autorizacao(obra.tipo, g)
    if onde is not None and obra.tipo != "resumo_internacao":
        validade = _get_validade(obra.tipo, onde)
        if validade is not None and validade < dia:
            _set_validade(obra.tipo, onde, dia)
        if onde.data_autorizacao is not None:
            dias = obra.perfil.validade_senha_dias
            if dias is not None and (dia - _dia(onde.data_autorizacao)).days > dias:
                onde.data_autorizacao = _data(dia)


def _com_autorizacao(draw: st.DrawFn, obra: _Obra) -> tuple[Any, Any, list[dt.date]]:
    """A guia with a senha (its dados de autorização drawn if absent) and the dates of care
    the senha covers."""
    tipo = obra.tipo
    g = _alvo(draw, obra)
    if tipo in ("sp_sadt", "resumo_internacao") and g.dados_autorizacao is None:
        cls = _classe(type(g), "dados_autorizacao")
        g.dados_autorizacao = draw(construir(cls))
        g.dados_autorizacao.data_validade_senha = None
    onde = _autorizacao(tipo, g)
    datas = [a.data for a in _ler(tipo, g).atendimentos_senha]
    if onde.data_autorizacao is None:
        onde.data_autorizacao = _data(min(datas))
    return g, onde, datas


def _senha_vencida(draw: st.DrawFn, obra: _Obra) -> None:
    _, onde, datas = _com_autorizacao(draw, obra)
    _set_validade(obra.tipo, onde, max(datas) - dt.timedelta(days=draw(st.integers(1, 30))))
    autorizada = _dia(onde.data_autorizacao)
    onde.data_autorizacao = _data(min(autorizada, max(datas) - dt.timedelta(days=31)))
    if obra.perfil.validade_senha_dias is not None:
        # only the explicit validity is broken: the profile's days still cover the care
        onde.data_autorizacao = _data(max(datas))


def _senha_expirada(draw: st.DrawFn, obra: _Obra) -> None:
    dias = obra.perfil.validade_senha_dias
    assert dias is not None
    _, onde, datas = _com_autorizacao(draw, obra)
    recuo = dias + 1 + draw(st.integers(0, 30))
    onde.data_autorizacao = _data(max(datas) - dt.timedelta(days=recuo))
    if _get_validade(obra.tipo, onde) is not None:
        _set_validade(obra.tipo, onde, max(datas))


def _total_da_guia(draw: st.DrawFn, obra: _Obra) -> None:
    g = _alvo(draw, obra)
    delta = Decimal("0.01") * draw(st.integers(1, 100))
    if obra.tipo == "honorarios":
        g.valor_total_honorarios += delta
    elif obra.tipo == "odontologia":
        g.valor_total_proc += delta
    else:
        g.valor_total.valor_total_geral += delta


def _total_do_item(draw: st.DrawFn, obra: _Obra) -> None:
    g = _alvo(draw, obra)
    procs = _procedimentos(obra.tipo, g)
    p = procs[draw(st.integers(0, len(procs) - 1))]
    p.valor_total += Decimal("0.01") * draw(st.integers(2, 100))
    _totalizar(obra.tipo, g)


def _guia_repetida(draw: st.DrawFn, obra: _Obra) -> None:
    guias = obra.guias()
    i, j = draw(st.lists(st.integers(0, len(guias) - 1), min_size=2, max_size=2, unique=True))
    origem, campo = _numero_guia(obra.tipo, guias[i])
    destino, _ = _numero_guia(obra.tipo, guias[j])
    setattr(destino, campo, getattr(origem, campo))


def _procedimento_repetido(draw: st.DrawFn, obra: _Obra) -> None:
    g = _alvo(draw, obra)
    procs = _procedimentos(obra.tipo, g)
    copia = copy.deepcopy(procs[draw(st.integers(0, len(procs) - 1))])
    copia.sequencial_item = min(9999, max(p.sequencial_item for p in procs) + 1)
    procs.append(copia)
    _totalizar(obra.tipo, g)


def _consulta_repetida(draw: st.DrawFn, obra: _Obra) -> None:
    guias = obra.guias()
    i, j = draw(st.lists(st.integers(0, len(guias) - 1), min_size=2, max_size=2, unique=True))
    a, b = guias[i], guias[j]
    b.dados_beneficiario.numero_carteira = a.dados_beneficiario.numero_carteira
    b.dados_atendimento.data_atendimento = a.dados_atendimento.data_atendimento
    b.dados_atendimento.procedimento.codigo_tabela = a.dados_atendimento.procedimento.codigo_tabela
    b.dados_atendimento.procedimento.codigo_procedimento = (
        a.dados_atendimento.procedimento.codigo_procedimento
    )
    b.profissional_executante = copy.deepcopy(a.profissional_executante)


def _identificacao_prestador(obra: _Obra) -> Any:
    return obra.mensagem.cabecalho.origem.identificacao_prestador


def _errado(valido: str) -> str:
    return valido[:-1] + str((int(valido[-1]) + 1) % 10)


def _cpf_invalido(draw: st.DrawFn, obra: _Obra) -> None:
    ident = _identificacao_prestador(obra)
    ident.cnpj = ident.codigo_prestador_na_operadora = None
    ident.cpf = _errado(_cpf_valido(draw))


def _cnpj_invalido(draw: st.DrawFn, obra: _Obra) -> None:
    ident = _identificacao_prestador(obra)
    ident.cpf = ident.codigo_prestador_na_operadora = None
    ident.cnpj = _errado(_cnpj_valido(draw, alfanumerico=False))


def _cnpj_alfanumerico(draw: st.DrawFn, obra: _Obra) -> None:
    ident = _identificacao_prestador(obra)
    ident.cpf = ident.codigo_prestador_na_operadora = None
    base = draw(st.text(_LETRAS_E_DIGITOS, min_size=11, max_size=11))
    base += draw(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    ident.cnpj = base + str(_cnpj.calc_check_digits(base))


def _cnes_curto(draw: st.DrawFn, obra: _Obra) -> None:
    g = _alvo(draw, obra)
    campos = [
        (dono, f)
        for dono, f in _campos(g)
        if f.metadata.get("name", f.name) in _CNES and isinstance(getattr(dono, f.name), str)
    ]
    dono, f = campos[draw(st.integers(0, len(campos) - 1))]
    setattr(dono, f.name, draw(st.text(_DIGITOS, min_size=1, max_size=6)))


def _registro_invalido(draw: st.DrawFn, obra: _Obra) -> None:
    obra.mensagem.cabecalho.destino.registro_ans = draw(st.text(_DIGITOS, min_size=1, max_size=5))


def _outra_operadora(draw: st.DrawFn, obra: _Obra) -> None:
    outro = draw(st.text(_DIGITOS, min_size=6, max_size=6).filter(lambda r: r != obra.registro))
    obra.mensagem.cabecalho.destino.registro_ans = outro


def _versao_nao_aceita(draw: st.DrawFn, obra: _Obra) -> None:
    m = models.carregar(obra.versao)
    fora = [v for v in m.DmVersao if v.value not in obra.perfil.versoes_tiss]
    obra.mensagem.cabecalho.padrao = draw(st.sampled_from(fora))


def _versoes_fora(perfil: Perfil, versao: str) -> str | None:
    if all(v.value in perfil.versoes_tiss for v in models.carregar(versao).DmVersao):
        return f"{perfil.nome} aceita todas as versões que o Padrao {versao} pode declarar"
    return None


def _lote_vazio(draw: st.DrawFn, obra: _Obra) -> None:
    setattr(obra.lote.guias_tiss, _CAMPO_GUIA[obra.tipo], [])


def _demais_guias(draw: st.DrawFn, obra: _Obra) -> None:
    guias = obra.guias()
    while len(guias) <= obra.perfil.max_guias_lote:
        nova = copy.deepcopy(guias[len(guias) % len(obra.guias())])
        _numerar(obra, obra.tipo, nova)
        if obra.tipo == "consulta":
            nova.dados_beneficiario.numero_carteira = obra.novo_codigo()
        guias.append(nova)
    setattr(obra.lote.guias_tiss, _CAMPO_GUIA[obra.tipo], guias)


def _dois_tipos(draw: st.DrawFn, obra: _Obra) -> None:
    outro = draw(st.sampled_from(sorted(set(TIPOS_GUIA) - {obra.tipo})))
    g = draw(_guia(outro, obra.versao))
    _corrigir_guia(draw, obra, outro, g)
    setattr(obra.lote.guias_tiss, _CAMPO_GUIA[outro], [g])
    guias = obra.guias()  # the guia added must not break the limit of guias too
    del guias[max(1, obra.perfil.max_guias_lote - 1) :]
    setattr(obra.lote.guias_tiss, _CAMPO_GUIA[obra.tipo], guias)


def _exige_duas_guias(perfil: Perfil, versao: str) -> str | None:
    if perfil.max_guias_lote < 2:
        return f"{perfil.nome} aceita uma guia por lote: duas de tipos diferentes já são demais"
    return None


def _exige_janela(perfil: Perfil, versao: str) -> str | None:
    if perfil.janela_faturamento_dias is None:
        return f"{perfil.nome} não tem janela de faturamento"
    return None


def _exige_validade(perfil: Perfil, versao: str) -> str | None:
    if perfil.validade_senha_dias is None:
        return f"{perfil.nome} não tem validade de senha"
    return None


def _exige_operadora(perfil: Perfil, versao: str) -> str | None:
    if perfil.registro_ans is None:
        return f"{perfil.nome} não é de uma operadora (sem registro ANS)"
    return None


def _exige_cnpj_numerico(perfil: Perfil, versao: str) -> str | None:
    if versao in _versoes_alfanumericas():
        return f"a versão {versao} aceita CNPJ alfanumérico"
    return None


def _versoes_alfanumericas() -> tuple[str, ...]:
    from tiss_conecta.rules.identificadores import versoes_cnpj_alfanumerico

    return versoes_cnpj_alfanumerico()


def _sempre(perfil: Perfil) -> bool:
    return True


_QUEBRAS = (
    Quebra(
        "versao.nao_aceita",
        "cabecalho/Padrao: uma versão do dm_versao que o perfil não aceita (validate: "
        "xml.versao, sem esquema na biblioteca)",
        _versao_nao_aceita,
        exige=_versoes_fora,
        invalida_xsd=_sempre,
    ),
    Quebra(
        "lote.vazio",
        "guiasTISS sem nenhuma guia (fora do XSD)",
        _lote_vazio,
        invalida_xsd=_sempre,
    ),
    Quebra(
        "lote.max_guias",
        "cópias renumeradas de guias até max_guias_lote + 1 (fora do XSD se passar de 100)",
        _demais_guias,
        invalida_xsd=lambda perfil: perfil.max_guias_lote >= 100,
    ),
    Quebra(
        "lote.tipos_de_guia",
        "uma guia válida de outro tipo em guiasTISS (fora do xs:choice do XSD)",
        _dois_tipos,
        exige=_exige_duas_guias,
        invalida_xsd=_sempre,
    ),
    Quebra(
        "prazo.fora_da_janela",
        "uma data de atendimento janela + 1 a 31 dias antes do envio",
        _fora_da_janela,
        exige=_exige_janela,
    ),
    Quebra(
        "prazo.data_futura",
        "uma data de atendimento 1 a 30 dias depois do envio (a senha ainda a cobre)",
        _data_futura,
    ),
    Quebra(
        "autorizacao.senha_vencida",
        "dataValidadeSenha (validadeSenha) antes de um atendimento coberto pela senha",
        _senha_vencida,
        tipos=_COM_SENHA,
    ),
    Quebra(
        "autorizacao.senha_expirada",
        "dataAutorizacao validade_senha_dias + 1 a 31 dias antes de um atendimento",
        _senha_expirada,
        tipos=_COM_SENHA,
        exige=_exige_validade,
    ),
    Quebra(
        "totais.guia",
        "o total da guia (valorTotalGeral, valorTotalHonorarios, valorTotalProc) + 0,01 a 1,00",
        _total_da_guia,
        tipos=_COM_PROCEDIMENTOS,
    ),
    Quebra(
        "totais.item",
        "o valorTotal de um procedimento + 0,02 a 1,00 (os totais da guia acompanham)",
        _total_do_item,
        tipos=_COM_ARITMETICA,
    ),
    Quebra(
        "duplicidade.guia",
        "o numeroGuiaPrestador de uma guia repetido noutra",
        _guia_repetida,
        min_guias=2,
    ),
    Quebra(
        "duplicidade.procedimento",
        "um procedimento da guia repetido (mesmo código, data, profissional e detalhe)",
        _procedimento_repetido,
        tipos=_COM_PROCEDIMENTOS,
    ),
    Quebra(
        "duplicidade.consulta",
        "carteira, procedimento, data e profissional de uma consulta copiados noutra",
        _consulta_repetida,
        tipos=frozenset({"consulta"}),
        min_guias=2,
    ),
    Quebra(
        "identificador.cpf",
        "o prestador de origem identificado por um CPF de dígito verificador errado",
        _cpf_invalido,
    ),
    Quebra(
        "identificador.cnpj",
        "o prestador de origem identificado por um CNPJ de dígito verificador errado",
        _cnpj_invalido,
    ),
    Quebra(
        "identificador.cnpj_alfanumerico",
        "o prestador de origem com um CNPJ alfanumérico válido (fora do XSD antes da 4.03.00)",
        _cnpj_alfanumerico,
        exige=_exige_cnpj_numerico,
        invalida_xsd=_sempre,
    ),
    Quebra(
        "identificador.cnes",
        "um CNES da guia com 1 a 6 dígitos",
        _cnes_curto,
    ),
    Quebra(
        "identificador.registro_ans",
        "o registroANS do destino com 1 a 5 dígitos (fora do XSD)",
        _registro_invalido,
        invalida_xsd=_sempre,
    ),
    Quebra(
        "operadora.registro_ans",
        "o registroANS do destino de outra operadora",
        _outra_operadora,
        exige=_exige_operadora,
    ),
)

QUEBRAVEIS: Mapping[str, Quebra] = {q.codigo: q for q in _QUEBRAS}
"""Each rule :func:`lote_valido` can break (``quebrando=``), and how."""

INQUEBRAVEIS_NUM_LOTE: Mapping[str, str] = {
    "arquivo.tamanho": "julga o tamanho_bytes que quem chama check informa, não a mensagem; "
    "um lote de até 100 guias dentro do XSD não chega a 15 MB",
    "anexo.formato": "julga o envio de documentos (ENVIO_DOCUMENTO) e os anexos do recurso",
    "anexo.tamanho": "julga o envio de documentos (ENVIO_DOCUMENTO) e os anexos do recurso",
    "anexo.tipo_documento": "julga anexos do recurso no portal (achados_do_anexo), não lotes",
    **dict.fromkeys(
        (
            "demonstrativo.item",
            "demonstrativo.guia",
            "demonstrativo.protocolo",
            "demonstrativo.geral",
            "demonstrativo.pagamento.protocolo",
            "demonstrativo.pagamento.data",
            "demonstrativo.pagamento.liquido",
        ),
        "regra do demonstrativo (de análise de conta ou de pagamento), não do lote",
    ),
    **dict.fromkeys(
        (
            "recurso.objeto",
            "recurso.max_guias",
            "recurso.sem_justificativa",
            "recurso.justificativa_longa",
            "recurso.guia_repetida",
            "recurso.item_repetido",
            "recurso.valor_item",
            "recurso.valor_total",
            "recurso.protocolo_desconhecido",
            "recurso.glosa_nao_aplicada",
            "recurso.guia_desconhecida",
            "recurso.item_desconhecido",
            "recurso.recursado_maior",
            "recurso.acatado_maior",
            "recurso.resposta_total",
            "recurso.quantidade_guias",
        ),
        "regra do recurso de glosa (ou da resposta da operadora a ele), não do lote",
    ),
}
"""The codes of the rules that a lote cannot break, and why."""


# --- the strategies ----------------------------------------------------------------------


def _validar(
    perfil: Perfil, versao: str, tipo_guia: str | None, quebrando: str | None, max_guias: int
) -> tuple[str, ...]:
    """The guia types to draw from; ValueError for what cannot be drawn."""
    models.carregar(versao)
    if versao not in perfil.versoes_tiss:
        raise ValueError(
            f"{perfil.nome} não aceita a versão {versao} (aceita {', '.join(perfil.versoes_tiss)})"
        )
    if tipo_guia is not None and tipo_guia not in TIPOS_GUIA:
        raise ValueError(f"tipo de guia desconhecido: {tipo_guia!r} (use um de {list(TIPOS_GUIA)})")
    if not 1 <= max_guias <= min(100, perfil.max_guias_lote):
        raise ValueError(
            f"max_guias deve ir de 1 a {min(100, perfil.max_guias_lote)} "
            f"(max_guias_lote de {perfil.nome}), não {max_guias}"
        )
    tipos = tuple(TIPOS_GUIA) if tipo_guia is None else (tipo_guia,)
    if quebrando is None:
        return tipos
    if quebrando not in QUEBRAVEIS:
        motivo = INQUEBRAVEIS_NUM_LOTE.get(quebrando, "código desconhecido")
        raise ValueError(f"não sei quebrar {quebrando!r} num lote: {motivo}")
    q = QUEBRAVEIS[quebrando]
    motivo_perfil = q.exige(perfil, versao)
    if motivo_perfil is not None:
        raise ValueError(f"não dá para quebrar {quebrando!r}: {motivo_perfil}")
    if perfil.max_guias_lote < q.min_guias:
        raise ValueError(f"{quebrando!r} precisa de {q.min_guias} guias num lote")
    tipos = tuple(t for t in tipos if t in q.tipos)
    if not tipos:
        raise ValueError(f"{quebrando!r} não se quebra em guias de {tipo_guia}")
    return tipos


def lote_valido(
    *,
    perfil: Perfil | None = None,
    data_envio: dt.date | None = None,
    tipo_guia: str | None = None,
    versao: str = models.VERSAO_PADRAO,
    quebrando: str | None = None,
    max_guias: int | None = None,
) -> st.SearchStrategy[Any]:
    """ENVIO_LOTE_GUIAS messages that pass the XSD and ``rules.check(msg, perfil,
    data_envio=data_envio)`` with no erro nor aviso; with ``quebrando=code`` (a key of
    :data:`QUEBRAVEIS`), exactly that code is reported.

    ``perfil`` defaults to ``rules.perfil("tiss")``, ``data_envio`` to
    :data:`DATA_ENVIO_PADRAO`, ``tipo_guia`` to any of :data:`TIPOS_GUIA` and ``max_guias``
    to 3 (at most the profile's ``max_guias_lote``). CPF and CNPJ with computed check digits
    (alphanumeric CNPJ where the version's pattern allows), 7-digit CNES, the profile's
    registro ANS, dates of care inside the window before ``data_envio`` and covered by the
    senha, item totals = quantity × unit × factor, guia totals = sums of items, no
    repetitions, no negative value. A version the profile does not accept, or a code it
    cannot break, raises ValueError.

    >>> import tiss_conecta as tiss
    >>> from tiss_conecta import rules
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(lote_valido(perfil=rules.perfil("arcelormittal"), tipo_guia="sp_sadt"))
    ... def test_lote(m):
    ...     assert tiss.validate(tiss.to_xml(m)).ok
    ...     perfil = rules.perfil("arcelormittal")
    ...     assert not rules.check(m, perfil, data_envio=DATA_ENVIO_PADRAO)
    >>> test_lote()
    """
    perfil = _perfil("tiss") if perfil is None else perfil
    envio = DATA_ENVIO_PADRAO if data_envio is None else data_envio
    maximo = min(3, perfil.max_guias_lote) if max_guias is None else max_guias
    tipos = _validar(perfil, versao, tipo_guia, quebrando, maximo)
    quebra = None if quebrando is None else QUEBRAVEIS[quebrando]
    minimo = 1 if quebra is None else quebra.min_guias
    return st.sampled_from(tipos).flatmap(
        lambda tipo: _lote(tipo, perfil, envio, versao, quebra, minimo, max(minimo, maximo))
    )


def _lote(
    tipo: str,
    perfil: Perfil,
    data_envio: dt.date,
    versao: str,
    quebra: Quebra | None,
    minimo: int,
    maximo: int,
) -> st.SearchStrategy[Any]:
    m = models.carregar(versao)
    lote = m.CtmGuiaLote
    guias = st.lists(_guia(tipo, versao), min_size=minimo, max_size=maximo)
    bruta = mensagem(
        "ENVIO_LOTE_GUIAS",
        construir(lote, guias_tiss=construir(lote.GuiasTiss, **{_CAMPO_GUIA[tipo]: guias})),
        versao=versao,
    )
    registro = (
        st.just(perfil.registro_ans)
        if perfil.registro_ans is not None
        else st.text(_DIGITOS, min_size=6, max_size=6)
    )

    @st.composite
    def valida(draw: st.DrawFn) -> Any:
        msg = draw(bruta)
        obra = _Obra(msg, tipo, versao, perfil, data_envio, draw(registro))
        msg.cabecalho.identificacao_transacao.data_registro_transacao = _data(data_envio)
        _identificadores(draw, obra, msg.cabecalho)
        for g in obra.guias():
            _corrigir_guia(draw, obra, tipo, g)
        if quebra is not None:
            quebra.aplicar(draw, obra)
        return msg

    return valida()


def _justificativa(perfil: Perfil) -> st.SearchStrategy[str]:
    return texto_latin1(min_size=1, max_size=min(60, perfil.max_caracteres_justificativa))


@st.composite
def recurso_valido(
    draw: st.DrawFn,
    demonstrativo: Any,
    *,
    perfil: Perfil | None = None,
    data_envio: dt.date | None = None,
) -> Any:
    """RECURSO_GLOSA messages appealing glosas of ``demonstrativo`` (de análise de conta or
    odontológico) that ``rules.check(recurso, perfil, data_envio=..., demonstrativos=
    [demonstrativo])`` accepts with no erro: a drawn choice among
    :func:`~tiss_conecta.montagem.glosas_recorriveis` (at most the profile's guias, one code
    per item), drawn justifications and values up to what was glosado, built by
    :func:`~tiss_conecta.montagem.montar_recurso`. A demonstrativo with nothing to appeal
    raises ValueError when drawn from.

    >>> import tiss_conecta as tiss
    >>> from tiss_conecta import rules
    >>> from hypothesis import given, settings
    >>> d = tiss.examples.demonstrativo_analise()
    >>> @settings(max_examples=5, deadline=None)
    ... @given(recurso_valido(d))
    ... def test_recurso(r):
    ...     assert tiss.validate(tiss.to_xml(r)).ok
    ...     assert not rules.check(r, rules.perfil("tiss"), data_envio=DATA_ENVIO_PADRAO,
    ...                            demonstrativos=[d])
    >>> test_recurso()
    """
    perfil = _perfil("tiss") if perfil is None else perfil
    data = DATA_ENVIO_PADRAO if data_envio is None else data_envio
    recorriveis = [g for g in montagem.glosas_recorriveis(demonstrativo) if g.recorrivel]
    if not recorriveis:
        raise ValueError("recurso_valido: o demonstrativo não tem glosa a recorrer")
    protocolos = sorted({g.protocolo for g in recorriveis})
    protocolo = draw(st.sampled_from(protocolos))
    doprotocolo = [g for g in recorriveis if g.protocolo == protocolo]
    escolhas: list[Any] = []
    protocolares = [g for g in doprotocolo if g.nivel is montagem.Nivel.PROTOCOLO]
    do_protocolo = bool(protocolares) and draw(st.booleans())
    if do_protocolo:
        g = draw(st.sampled_from(protocolares))
        escolhas.append(g.escolha(draw(_justificativa(perfil)), _parte(draw, g.valor_glosa)))
    else:
        por_guia: dict[str, list[Any]] = {}
        for g in doprotocolo:
            if g.nivel is not montagem.Nivel.PROTOCOLO and g.numero_guia is not None:
                por_guia.setdefault(numero(g.numero_guia), []).append(g)
        numeros = sorted(por_guia)
        if not numeros:
            g = protocolares[0]
            escolhas.append(g.escolha(draw(_justificativa(perfil)), _parte(draw, g.valor_glosa)))
        else:
            limite = min(len(numeros), perfil.max_guias_recurso)
            escolhidas = draw(
                st.lists(st.sampled_from(numeros), min_size=1, max_size=limite, unique=True)
            )
            for n in escolhidas:
                escolhas.append(_escolha_da_guia(draw, por_guia[n], perfil))
    montar = functools.partial(
        montagem.montar_recurso,
        numero_guia_prestador=draw(st.text(_DIGITOS, min_size=1, max_size=20)),
        sequencial_transacao=str(draw(st.integers(1, 10**6))),
        data=data,
        hora=dt.time(draw(st.integers(0, 23)), draw(st.integers(0, 59))),
        protocolo=protocolo,
        perfil=perfil,
    )
    try:
        return montar(demonstrativo, escolhas)
    except RecursoInvalido:  # pragma: no cover - the choices above are valid by construction
        return montar(demonstrativo, [doprotocolo[0].escolha("Recurso.")])


def _parte(draw: st.DrawFn, glosado: Decimal) -> Decimal:
    return draw(st.decimals(Decimal("0.01"), glosado, places=2))


def _escolha_da_guia(draw: st.DrawFn, glosas: list[Any], perfil: Perfil) -> Any:
    da_guia = [g for g in glosas if g.nivel is montagem.Nivel.GUIA]
    itens = [g for g in glosas if g.nivel is montagem.Nivel.ITEM and g.sequencial_item is not None]
    if da_guia and (not itens or draw(st.booleans())):
        g = draw(st.sampled_from(da_guia))
        return g.escolha(draw(_justificativa(perfil)), _parte(draw, g.valor_glosa))
    por_item: dict[int, list[Any]] = {}
    for g in itens:
        por_item.setdefault(g.sequencial_item, []).append(g)
    sequenciais = draw(
        st.lists(st.sampled_from(sorted(por_item)), min_size=1, max_size=len(por_item), unique=True)
    )
    escolhidos = []
    for s in sequenciais:
        g = draw(st.sampled_from(por_item[s]))
        escolhidos.append(montagem.ItemEscolhido(s, g.codigo, _parte(draw, g.valor_glosa)))
    return montagem.EscolhaItens(
        itens[0].numero_guia, tuple(escolhidos), draw(_justificativa(perfil))
    )
