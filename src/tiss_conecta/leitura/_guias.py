"""One view of the five guia types of a lote: what the rules need from each.

The generated dataclasses differ per guia type (``dataExecucao`` here, ``dataRealizacao``
there, totals in ``valorTotal`` or ``valorTotalHonorarios``...). :func:`guias_do_lote` reads
them into :class:`Guia` and :class:`Item` values that every rule can share; each value keeps
the XPath of what it came from, so findings point into the message. Absent values are read
as ``None`` (or empty), never as an exception.

>>> import tiss_conecta as tiss
>>> msg = tiss.parse(tiss.examples.caminho("lote-sadt"))
>>> lote = msg.prestador_para_operadora.lote_guias
>>> guia = guias_do_lote(lote)[0]
>>> guia.tipo.nome, guia.numero, len(guia.itens), guia.itens[0].data
('SP/SADT', '00000001', 2, datetime.date(2025, 6, 1))
>>> tipos_no_lote(lote)
[<TipoGuia.SP_SADT: 'guiaSP-SADT'>]
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs
from xsdata.models.datatype import XmlTime

from tiss_conecta.leitura._valores import data, decimal, lista, texto

__all__ = [
    "LOTE",
    "Atendimento",
    "Guia",
    "Item",
    "TipoGuia",
    "Total",
    "guias_do_lote",
    "tipos_no_lote",
]

LOTE = "/mensagemTISS/prestadorParaOperadora/loteGuias"
"""XPath of the ``loteGuias`` of a message: where :func:`guias_do_lote` points by default."""


class TipoGuia(Enum):
    """The five guia types of a lote, with their element name in ``guiasTISS`` as value."""

    CONSULTA = "guiaConsulta"
    SP_SADT = "guiaSP-SADT"
    RESUMO_INTERNACAO = "guiaResumoInternacao"
    HONORARIOS = "guiaHonorarios"
    ODONTOLOGIA = "guiaOdonto"

    @property
    def nome(self) -> str:
        return _NOMES[self]


_NOMES = {
    TipoGuia.CONSULTA: "consulta",
    TipoGuia.SP_SADT: "SP/SADT",
    TipoGuia.RESUMO_INTERNACAO: "resumo de internação",
    TipoGuia.HONORARIOS: "honorários",
    TipoGuia.ODONTOLOGIA: "tratamento odontológico",
}

# ct_guiaValorTotal field -> (XML name, dm_outrasDespesas code of the items it sums)
_TOTAIS_DESPESAS = (
    ("valor_diarias", "valorDiarias", "05"),
    ("valor_taxas_alugueis", "valorTaxasAlugueis", "07"),
    ("valor_materiais", "valorMateriais", "03"),
    ("valor_medicamentos", "valorMedicamentos", "02"),
    ("valor_opme", "valorOPME", "08"),
    ("valor_gases_medicinais", "valorGasesMedicinais", "01"),
)


@attrs.frozen
class Atendimento:
    """A date of care a rule measures from (billing window, senha validity)."""

    data: dt.date
    xpath: str
    """Path of the date element itself."""
    item: int | None = None


@attrs.frozen
class Item:
    """One billed item: a procedure, or an outra despesa (material, medicamento, taxa...)."""

    xpath: str
    sequencial: int | None
    data: dt.date | None
    campo_data: str
    """XML name of the item's date (``dataExecucao``, ``dataRealizacao``...)."""
    tabela: str
    codigo: str
    profissionais: tuple[str, ...] = ()
    """Who performed it (conselho-número-UF), sorted; empty when the guia's executante."""
    detalhe: tuple[str, ...] = ()
    """What else tells two executions apart (start time, tooth, face)."""
    quantidade: Decimal | None = None
    valor_unitario: Decimal | None = None
    fator: Decimal | None = None
    """``reducaoAcrescimo``."""
    valor_total: Decimal | None = None
    despesa: str | None = None
    """``dm_outrasDespesas`` code for outras despesas; ``None`` for procedures."""


@attrs.frozen
class Total:
    """A total the guia declares, and the item values it must be the sum of."""

    campo: str
    xpath: str
    declarado: Decimal | None
    parcelas: tuple[Decimal, ...]


@attrs.frozen
class Guia:
    """One guia of any type, as the rules see it."""

    tipo: TipoGuia
    xpath: str
    numero: str
    registro_ans: str
    carteira: str
    itens: tuple[Item, ...]
    atendimentos: tuple[Atendimento, ...]
    """Dates of care for the billing window (the date DOMAIN.md names per guia type)."""
    atendimentos_senha: tuple[Atendimento, ...]
    """Dates of care the senha must cover (internação: the admission, dataInicioFaturamento)."""
    data_autorizacao: dt.date | None = None
    data_validade_senha: dt.date | None = None
    xpath_autorizacao: str = ""
    totais: tuple[Total, ...] = ()
    profissional: str = ""
    """The guia's executing professional, where the guia has one (consulta, odontologia)."""
    objeto: Any = attrs.field(default=None, eq=False, repr=False)
    """The generated dataclass it was read from."""


def _profissional(conselho: Any, numero: Any, uf: Any) -> str:
    return f"{texto(conselho)}-{texto(numero)}-{texto(uf)}"


def _hora(valor: Any) -> tuple[str, ...]:
    if valor is None:
        return ()
    if type(valor) is XmlTime:  # the parser's: formatting one costs more than reading the item
        return _hora_do_xml(valor)
    return (f"hora {valor}",)


@functools.lru_cache(maxsize=4096)
def _hora_do_xml(valor: XmlTime) -> tuple[str, ...]:
    return (f"hora {valor}",)


def guias_do_lote(lote: Any, base: str = LOTE) -> list[Guia]:
    """Every guia of a ``loteGuias`` (``CtmGuiaLote``), in document order per type.

    >>> import tiss_conecta as tiss
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt", "4.03.00"))
    >>> guias = guias_do_lote(lote.prestador_para_operadora.lote_guias)
    >>> [(g.numero, len(g.itens)) for g in guias]
    [('00000001', 2), ('00000002', 2), ('00000003', 2)]
    >>> guias[0].itens[0].codigo, guias[0].itens[0].valor_total, guias[0].data_validade_senha
    ('40901114', Decimal('120.00'), datetime.date(2025, 7, 1))
    """
    guias_tiss = getattr(lote, "guias_tiss", None)
    if guias_tiss is None:
        return []
    out: list[Guia] = []
    for campo, tipo, ler in _LEITORES:
        for i, objeto in enumerate(lista(getattr(guias_tiss, campo, None)), 1):
            if objeto is not None:
                out.append(ler(objeto, f"{base}/guiasTISS/{tipo.value}[{i}]"))
    return out


def tipos_no_lote(lote: Any) -> list[TipoGuia]:
    """The guia types present in a ``loteGuias`` (more than one breaks the XSD's choice).

    >>> import tiss_conecta as tiss
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt"))
    >>> tipos_no_lote(lote.prestador_para_operadora.lote_guias)
    [<TipoGuia.SP_SADT: 'guiaSP-SADT'>]
    """
    guias_tiss = getattr(lote, "guias_tiss", None)
    return [tipo for campo, tipo, _ in _LEITORES if lista(getattr(guias_tiss, campo, None))]


def _equipe(procedimento: Any, campo: str) -> tuple[str, ...]:
    """The professionals of a procedure's team (conselho-número-UF), sorted, once each."""
    equipe = lista(getattr(procedimento, campo, None))
    if not equipe:  # most procedures: the guia's executante
        return ()
    profissionais = set()
    for membro in equipe:
        ident = getattr(membro, "identificacao_equipe", membro)
        if ident is None:
            continue
        conselho = getattr(ident, "conselho", None) or getattr(ident, "conselho_profissional", None)
        profissionais.add(
            _profissional(
                conselho,
                getattr(ident, "numero_conselho_profissional", None),
                getattr(ident, "uf", None),
            )
        )
    return tuple(sorted(profissionais))


def _procedimentos(procedimentos: Any, base: str, equipe: str) -> Iterator[Item]:
    for i, p in enumerate(lista(procedimentos), 1):
        proc = p.procedimento
        yield Item(
            xpath=f"{base}[{i}]",
            sequencial=p.sequencial_item,
            data=data(p.data_execucao),
            campo_data="dataExecucao",
            tabela=texto(getattr(proc, "codigo_tabela", None)),
            codigo=texto(getattr(proc, "codigo_procedimento", None)),
            profissionais=_equipe(p, equipe),
            detalhe=_hora(p.hora_inicial),
            quantidade=decimal(p.quantidade_executada),
            valor_unitario=decimal(p.valor_unitario),
            fator=decimal(p.reducao_acrescimo),
            valor_total=decimal(p.valor_total),
        )


def _despesas(outras: Any, base: str) -> Iterator[Item]:
    for i, d in enumerate(lista(getattr(outras, "despesa", None)), 1):
        s = d.servicos_executados
        if s is None:
            continue
        yield Item(
            xpath=f"{base}/outrasDespesas/despesa[{i}]/servicosExecutados",
            sequencial=d.sequencial_item,
            data=data(s.data_execucao),
            campo_data="dataExecucao",
            tabela=texto(s.codigo_tabela),
            codigo=texto(s.codigo_procedimento),
            detalhe=_hora(s.hora_inicial),
            quantidade=decimal(s.quantidade_executada),
            valor_unitario=decimal(s.valor_unitario),
            fator=decimal(s.reducao_acrescimo),
            valor_total=decimal(s.valor_total),
            despesa=texto(d.codigo_despesa),
        )


def _atendimentos_dos_itens(itens: Sequence[Item]) -> tuple[Atendimento, ...]:
    return tuple(
        Atendimento(i.data, f"{i.xpath}/{i.campo_data}", i.sequencial)
        for i in itens
        if i.data is not None
    )


def _atendimento(valor: Any, xpath: str) -> tuple[Atendimento, ...]:
    """The guia's one date of care, if it has it."""
    dia = data(valor)
    return (Atendimento(dia, xpath),) if dia is not None else ()


def _soma(itens: Sequence[Item]) -> tuple[Decimal, ...]:
    return tuple(i.valor_total for i in itens if i.valor_total is not None)


def _totais_valor_total(valor_total: Any, base: str, itens: Sequence[Item]) -> tuple[Total, ...]:
    if valor_total is None:
        return ()
    xp = f"{base}/valorTotal"
    por_despesa: dict[str | None, list[Item]] = {}  # None: the procedures
    for i in itens:
        por_despesa.setdefault(i.despesa, []).append(i)
    procedimentos = por_despesa.get(None, [])
    totais = []
    declarado = decimal(valor_total.valor_procedimentos)
    if declarado is not None or procedimentos:
        totais.append(
            Total("valorProcedimentos", f"{xp}/valorProcedimentos", declarado, _soma(procedimentos))
        )
    for campo, nome, codigo in _TOTAIS_DESPESAS:
        parcelas = por_despesa.get(codigo, [])
        declarado = decimal(getattr(valor_total, campo, None))
        if declarado is not None or parcelas:
            totais.append(Total(nome, f"{xp}/{nome}", declarado, _soma(parcelas)))
    totais.append(
        Total(
            "valorTotalGeral",
            f"{xp}/valorTotalGeral",
            decimal(valor_total.valor_total_geral),
            _soma(itens),
        )
    )
    return tuple(totais)


def _executados(g: Any, xp: str, equipe: str) -> tuple[Item, ...]:
    """Procedures and outras despesas of a SP/SADT or a resumo de internação."""
    return (
        *_procedimentos(
            getattr(g.procedimentos_executados, "procedimento_executado", None),
            f"{xp}/procedimentosExecutados/procedimentoExecutado",
            equipe,
        ),
        *_despesas(g.outras_despesas, xp),
    )


def _com_valor_total(
    tipo: TipoGuia,
    g: Any,
    xp: str,
    itens: tuple[Item, ...],
    atendimentos: tuple[Atendimento, ...],
    atendimentos_senha: tuple[Atendimento, ...],
) -> Guia:
    """A SP/SADT or a resumo de internação: cabecalhoGuia, dadosAutorizacao, valorTotal."""
    aut = g.dados_autorizacao
    return Guia(
        tipo=tipo,
        xpath=xp,
        numero=texto(getattr(g.cabecalho_guia, "numero_guia_prestador", None)).strip(),
        registro_ans=texto(getattr(g.cabecalho_guia, "registro_ans", None)),
        carteira=texto(getattr(g.dados_beneficiario, "numero_carteira", None)),
        itens=itens,
        atendimentos=atendimentos,
        atendimentos_senha=atendimentos_senha,
        data_autorizacao=data(getattr(aut, "data_autorizacao", None)),
        data_validade_senha=data(getattr(aut, "data_validade_senha", None)),
        xpath_autorizacao=f"{xp}/dadosAutorizacao",
        totais=_totais_valor_total(g.valor_total, xp, itens),
        objeto=g,
    )


def _sadt(g: Any, xp: str) -> Guia:
    itens = _executados(g, xp, "equipe_sadt")
    atendimentos = _atendimentos_dos_itens(itens)
    return _com_valor_total(TipoGuia.SP_SADT, g, xp, itens, atendimentos, atendimentos)


def _internacao(g: Any, xp: str) -> Guia:
    internacao = g.dados_internacao
    return _com_valor_total(
        TipoGuia.RESUMO_INTERNACAO,
        g,
        xp,
        _executados(g, xp, "ident_equipe"),
        atendimentos=_atendimento(
            getattr(internacao, "data_final_faturamento", None),
            f"{xp}/dadosInternacao/dataFinalFaturamento",
        ),
        atendimentos_senha=_atendimento(
            getattr(internacao, "data_inicio_faturamento", None),
            f"{xp}/dadosInternacao/dataInicioFaturamento",
        ),
    )


def _honorarios(g: Any, xp: str) -> Guia:
    itens = tuple(
        _procedimentos(
            getattr(g.procedimentos_realizados, "procedimento_realizado", None),
            f"{xp}/procedimentosRealizados/procedimentoRealizado",
            "profissionais",
        )
    )
    return Guia(
        tipo=TipoGuia.HONORARIOS,
        xpath=xp,
        numero=texto(getattr(g.cabecalho_guia, "numero_guia_prestador", None)).strip(),
        registro_ans=texto(getattr(g.cabecalho_guia, "registro_ans", None)),
        carteira=texto(getattr(g.beneficiario, "numero_carteira", None)),
        itens=itens,
        atendimentos=_atendimentos_dos_itens(itens),
        atendimentos_senha=(),
        totais=(
            Total(
                "valorTotalHonorarios",
                f"{xp}/valorTotalHonorarios",
                decimal(g.valor_total_honorarios),
                _soma(itens),
            ),
        ),
        objeto=g,
    )


def _consulta(g: Any, xp: str) -> Guia:
    atendimento = g.dados_atendimento
    proc = getattr(atendimento, "procedimento", None)
    quando = data(getattr(atendimento, "data_atendimento", None))
    prof = g.profissional_executante
    profissional = (
        _profissional(prof.conselho_profissional, prof.numero_conselho_profissional, prof.uf)
        if prof is not None
        else ""
    )
    itens: tuple[Item, ...] = ()
    if proc is not None:
        itens = (
            Item(
                xpath=f"{xp}/dadosAtendimento/procedimento",
                sequencial=None,
                data=quando,
                campo_data="dataAtendimento",
                tabela=texto(proc.codigo_tabela),
                codigo=texto(proc.codigo_procedimento),
                profissionais=(profissional,) if profissional else (),
                valor_total=decimal(proc.valor_procedimento),
            ),
        )
    return Guia(
        tipo=TipoGuia.CONSULTA,
        xpath=xp,
        numero=texto(getattr(g.cabecalho_consulta, "numero_guia_prestador", None)).strip(),
        registro_ans=texto(getattr(g.cabecalho_consulta, "registro_ans", None)),
        carteira=texto(getattr(g.dados_beneficiario, "numero_carteira", None)),
        itens=itens,
        atendimentos=_atendimento(quando, f"{xp}/dadosAtendimento/dataAtendimento"),
        atendimentos_senha=(),
        profissional=profissional,
        objeto=g,
    )


def _odonto(g: Any, xp: str) -> Guia:
    resp = g.dados_profissionais_responsaveis
    profissional = _profissional("CRO", resp.cro_exec, resp.uf_exec) if resp is not None else ""
    procedimentos = lista(g.procedimentos_executados)
    itens = tuple(
        Item(
            xpath=f"{xp}/procedimentosExecutados[{i}]",
            sequencial=p.sequencial_item,
            data=data(p.data_realizacao),
            campo_data="dataRealizacao",
            tabela=texto(getattr(p.proc_solic, "codigo_tabela", None)),
            codigo=texto(getattr(p.proc_solic, "codigo_procedimento", None)),
            profissionais=(profissional,) if profissional else (),
            detalhe=(
                f"dente {texto(getattr(p.dente_regiao, 'cod_dente', None))}",
                f"região {texto(getattr(p.dente_regiao, 'cod_regiao', None))}",
                f"face {texto(p.dente_face)}",
            ),
            quantidade=decimal(p.qtd_proc),
            valor_total=decimal(p.valor_proc),
        )
        for i, p in enumerate(procedimentos, 1)
    )
    totais = [
        Total("valorTotalProc", f"{xp}/valorTotalProc", decimal(g.valor_total_proc), _soma(itens))
    ]
    franquias = tuple(v for p in procedimentos if (v := decimal(p.valor_franquia)) is not None)
    franquia = decimal(g.valor_total_franquia)
    if franquia is not None or franquias:
        totais.append(Total("valorTotalFranquia", f"{xp}/valorTotalFranquia", franquia, franquias))
    atendimentos = _atendimentos_dos_itens(itens)
    return Guia(
        tipo=TipoGuia.ODONTOLOGIA,
        xpath=xp,
        numero=texto(g.numero_guia_prestador).strip(),
        registro_ans=texto(g.registro_ans),
        carteira=texto(getattr(g.dados_beneficiario, "numero_carteira", None)),
        itens=itens,
        atendimentos=atendimentos,
        atendimentos_senha=atendimentos,
        data_autorizacao=data(g.data_autorizacao),
        data_validade_senha=data(g.validade_senha),
        xpath_autorizacao=xp,
        totais=tuple(totais),
        profissional=profissional,
        objeto=g,
    )


_LEITORES: tuple[tuple[str, TipoGuia, Callable[[Any, str], Guia]], ...] = (
    ("guia_sp_sadt", TipoGuia.SP_SADT, _sadt),
    ("guia_resumo_internacao", TipoGuia.RESUMO_INTERNACAO, _internacao),
    ("guia_honorarios", TipoGuia.HONORARIOS, _honorarios),
    ("guia_consulta", TipoGuia.CONSULTA, _consulta),
    ("guia_odonto", TipoGuia.ODONTOLOGIA, _odonto),
)
"""guiasTISS field, its guia type and its reader, in the XSD's order."""
