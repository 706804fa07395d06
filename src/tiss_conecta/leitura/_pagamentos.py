"""The demonstrativo de pagamento read into plain objects: per payment date, its protocolos,
gross, deductions and credits, net.

A ``ctm_demonstrativoPagamento`` (médico) pays by date (``pagamentosPorData``): the payment
(``dadosPagamento``: date, form, bank), the protocolos paid then (``relacaoProtocolos``, each
with its guias), the gross totals, the débitos and créditos (``ct_descontos``: ISS, IRRF, an
adjustment…) and the net (``liquidoPorData``); then the totals of the whole demonstrativo. The
odontológico (``cto_demonstrativoOdontologia``) has the same shape with a franquia besides,
and its protocolos in detail (those :func:`~tiss_conecta.leitura.protocolos` reads). Deductions
are per date, not per protocolo: the XSD has no net per protocolo.

The XSD is the same in every supported version. Lenient like the rest of
:mod:`tiss_conecta.leitura`: absent is ``None`` (or empty), never an exception.

>>> import tiss_conecta as tiss
>>> (pago,) = pagamentos(tiss.parse(tiss.examples.caminho("demonstrativo-pagamento")))
>>> pago.data_pagamento, pago.bruto, pago.liquido, [p.numero for p in pago.protocolos]
(datetime.date(2025, 7, 2), Decimal('184.90'), Decimal('181.20'), ['48740'])
>>> (iss,) = pago.descontos
>>> iss.tipo, iss.tipo_descrito(), iss.descricao, iss.valor, iss.debito
('02', 'ISS', 'ISS RETIDO 2%', Decimal('3.70'), True)
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs

from tiss_conecta import models
from tiss_conecta.leitura._demonstrativos import (
    DEMONSTRATIVOS,
    _curto,
    _opcional,
    _plural,
    _reais,
    _reais_curto,
    _tabela_html,
)
from tiss_conecta.leitura._valores import data, decimal, lista, texto

__all__ = [
    "COLUNAS_PAGAMENTOS",
    "Desconto",
    "GuiaPaga",
    "PagamentoLido",
    "ProtocoloPago",
    "Totais",
    "pagamentos",
]

PAGAMENTO = f"{DEMONSTRATIVOS}/demonstrativoPagamento"
PAGAMENTO_ODONTO = f"{DEMONSTRATIVOS}/demonstrativoPagamentoOdonto"

TIPOS_DEBITO_CREDITO = {
    "01": "IRRF",
    "02": "ISS",
    "03": "INSS",
    "04": "PIS",
    "05": "COFINS",
    "06": "CSLL",
    "07": "Descontos financeiros",
    "08": "Ajuste de pagamento anterior",
    "09": "Determinação judicial",
}
"""``dm_debitoCreditoTipo``: each code and its meaning (the XSD comments, the same in every
supported version)."""

COLUNAS_PAGAMENTOS = (
    "Data de pagamento",
    "Protocolo",
    "Lote",
    "Informado",
    "Liberado",
    "Glosa",
)
"""The columns of the table of what is paid that the ``_repr_html_`` show."""

COLUNAS_DESCONTOS = ("Data de pagamento", "Tipo", "Descrição", "Débito/crédito", "Valor")


@attrs.frozen(repr=False)
class Desconto:
    """One débito or crédito (``ct_descontos``): ISS withheld, a financial discount…"""

    tipo: str
    """``tipoDebitoCredito`` (``dm_debitoCreditoTipo``: ``"02"`` is ISS)."""
    descricao: str
    """``descricaoDbCr``, as the operadora wrote it."""
    valor: Decimal | None
    debito: bool | None
    """``True`` for a débito (``indicador`` 1), ``False`` for a crédito (2), else ``None``."""
    xpath: str

    def tipo_descrito(self) -> str | None:
        """What :attr:`tipo` means (``"ISS"``), ``None`` for an unknown code.

        >>> Desconto("01", "IR", Decimal("1.50"), True, "/x").tipo_descrito()
        'IRRF'
        """
        return TIPOS_DEBITO_CREDITO.get(self.tipo)

    def _natureza(self) -> str:
        return {True: "débito", False: "crédito", None: "?"}[self.debito]

    def __repr__(self) -> str:
        return (
            f"Desconto({_curto(self.tipo_descrito() or self.tipo, 30)}, {self._natureza()}, "
            f"{_reais_curto(self.valor)}, {_curto(self.descricao, 40)!r})"
        )


@attrs.frozen(repr=False)
class GuiaPaga:
    """One guia of a paid protocolo: what was processed, liberado and glosado."""

    numero: str
    numero_operadora: str | None
    senha: str | None
    tipo_pagamento: str | None
    """``dm_tipoPagamento``: ``"1"`` inicial, ``"2"`` recurso (médico; ``None`` odonto)."""
    informado: Decimal | None
    """Odonto only (the médico demonstrativo de pagamento gives no informado per guia)."""
    processado: Decimal | None
    liberado: Decimal | None
    glosado: Decimal | None
    xpath: str

    def __repr__(self) -> str:
        return (
            f"GuiaPaga({_curto(self.numero)}, liberado {_reais_curto(self.liberado)}, "
            f"glosado {_reais_curto(self.glosado)})"
        )


@attrs.frozen(repr=False)
class ProtocoloPago:
    """One protocolo paid on a date: its gross values and guias."""

    numero: str
    lote: str
    data_protocolo: dt.date | None
    """``dataProtocolo`` (médico; ``None`` odonto)."""
    data_pagamento: dt.date | None
    """The date of the payment it is part of."""
    informado: Decimal | None
    processado: Decimal | None
    liberado: Decimal | None
    """What the protocolo contributes to the gross of its date."""
    glosado: Decimal | None
    franquia: Decimal | None
    """Odonto only."""
    guias: tuple[GuiaPaga, ...]
    xpath: str

    @property
    def bruto(self) -> Decimal | None:
        """What is paid for the protocolo before the date's deductions: :attr:`liberado`.

        >>> import tiss_conecta as tiss
        >>> (pago,) = pagamentos(tiss.parse(tiss.examples.caminho("demonstrativo-pagamento")))
        >>> pago.protocolos[0].bruto
        Decimal('184.90')
        """
        return self.liberado

    def _linha(self) -> tuple[str, ...]:
        from tiss_conecta import formato

        return (
            formato.data(self.data_pagamento),
            self.numero,
            self.lote,
            _reais(self.informado),
            _reais(self.liberado),
            _reais(self.glosado),
        )

    def __repr__(self) -> str:
        return (
            f"ProtocoloPago({_curto(self.numero)}, lote {_curto(self.lote)}, "
            f"{_plural(len(self.guias), 'guia', 'guias')}, "
            f"informado {_reais_curto(self.informado)}, liberado {_reais_curto(self.liberado)}, "
            f"glosado {_reais_curto(self.glosado)})"
        )


@attrs.frozen(repr=False)
class PagamentoLido:
    """One payment date of a demonstrativo de pagamento: the protocolos it pays, the gross,
    the débitos and créditos, and the net."""

    odonto: bool
    data_pagamento: dt.date | None
    forma_pagamento: str | None
    """``dm_formaPagamento`` (``"1"`` depósito/transferência; médico only)."""
    banco: str | None
    agencia: str | None
    conta: str | None
    protocolos: tuple[ProtocoloPago, ...]
    informado: Decimal | None
    processado: Decimal | None
    glosado: Decimal | None
    franquia: Decimal | None
    """Odonto only."""
    bruto: Decimal | None
    """What was liberado for the date, before deductions."""
    descontos: tuple[Desconto, ...]
    debitos: Decimal | None
    creditos: Decimal | None
    liquido: Decimal | None
    """What the prestador receives on the date."""
    xpath: str
    """``.../pagamentosPorData[i]`` (médico), ``.../dadosPagamentoPorData[i]`` (odonto)."""

    @property
    def liberado(self) -> Decimal | None:
        """The same as :attr:`bruto`.

        >>> import tiss_conecta as tiss
        >>> (pago,) = pagamentos(tiss.parse(tiss.examples.caminho("demonstrativo-pagamento")))
        >>> pago.liberado == pago.bruto
        True
        """
        return self.bruto

    def __repr__(self) -> str:
        return (
            f"PagamentoLido({self.data_pagamento or 'sem data'}, "
            f"{_plural(len(self.protocolos), 'protocolo', 'protocolos')}, "
            f"bruto {_reais_curto(self.bruto)}, débitos {_reais_curto(self.debitos)}, "
            f"créditos {_reais_curto(self.creditos)}, líquido {_reais_curto(self.liquido)})"
        )

    def _repr_html_(self) -> str:
        return (
            f"<div><p><strong>{html.escape(repr(self))}</strong></p>"
            + _html_pagamentos((self,))
            + "</div>"
        )


@attrs.frozen(repr=False)
class Totais:
    """The totals of a whole demonstrativo (for the análise, the ``...Geral`` values; for a
    pagamento, also the débitos, créditos and net)."""

    informado: Decimal | None
    processado: Decimal | None
    liberado: Decimal | None
    """Gross: before deductions."""
    glosado: Decimal | None
    franquia: Decimal | None = None
    descontos: tuple[Desconto, ...] = ()
    """The débitos and créditos of the whole demonstrativo (besides those per date)."""
    debitos: Decimal | None = None
    creditos: Decimal | None = None
    liquido: Decimal | None = None
    """What is received: ``valorLiberadoDemonstrativo`` (médico),
    ``valorRecebidoDemonstrativo`` (odonto); ``None`` for an análise."""

    def __repr__(self) -> str:
        liquido = "" if self.liquido is None else f", líquido {_reais_curto(self.liquido)}"
        return (
            f"Totais(informado {_reais_curto(self.informado)}, "
            f"liberado {_reais_curto(self.liberado)}, glosado {_reais_curto(self.glosado)}"
            f"{liquido})"
        )


def _html_pagamentos(lidos: tuple[PagamentoLido, ...]) -> str:
    """The tables of what is paid (per date and protocolo) and of the deductions."""
    from tiss_conecta import formato

    protocolos = _tabela_html(
        COLUNAS_PAGAMENTOS,
        (p._linha() for pg in lidos for p in pg.protocolos),
        vazia="Nenhum protocolo pago.",
    )
    descontos = _tabela_html(
        COLUNAS_DESCONTOS,
        (
            (
                formato.data(pg.data_pagamento),
                d.tipo_descrito() or d.tipo,
                d.descricao,
                d._natureza(),
                _reais(d.valor),
            )
            for pg in lidos
            for d in pg.descontos
        ),
        vazia="Sem débitos nem créditos.",
    )
    liquidos = "".join(
        f"<li>{html.escape(formato.data(pg.data_pagamento))}: bruto {html.escape(_reais(pg.bruto))}"
        f", débitos {html.escape(_reais(pg.debitos))}, créditos "
        f"{html.escape(_reais(pg.creditos))}, líquido {html.escape(_reais(pg.liquido))}</li>"
        for pg in lidos
    )
    return f"{protocolos}{descontos}<ul>{liquidos}</ul>"


def _descontos(valores: Any, xpath: str) -> tuple[Desconto, ...]:
    lidos = []
    for i, d in enumerate(lista(valores), 1):
        indicador = texto(getattr(d, "indicador", None))
        lidos.append(
            Desconto(
                tipo=texto(getattr(d, "tipo_debito_credito", None)),
                descricao=texto(getattr(d, "descricao_db_cr", None)),
                valor=decimal(getattr(d, "valor_db_cr", None)),
                debito={"1": True, "2": False}.get(indicador),
                xpath=f"{xpath}[{i}]",
            )
        )
    return tuple(lidos)


def _com_xpath(mensagem: Any, xpath: str | None = None) -> list[tuple[Any, str]]:
    """The demonstrativo de pagamento (médico or odonto) a message carries, or the message if
    it is one, with its xpath (``xpath`` for one given by itself); empty for anything else."""
    versao = models.versao_de(mensagem)
    if versao is None:
        return []
    m = models.carregar(versao)
    if isinstance(mensagem, m.CtmDemonstrativoPagamento):
        return [(mensagem, PAGAMENTO if xpath is None else xpath)]
    if isinstance(mensagem, m.CtoDemonstrativoOdontologia):
        return [(mensagem, PAGAMENTO_ODONTO if xpath is None else xpath)]
    if not isinstance(mensagem, m.MensagemTiss):
        return []
    retorno = getattr(mensagem.operadora_para_prestador, "demonstrativos_retorno", None)
    achados = []
    medico = getattr(retorno, "demonstrativo_pagamento", None)
    if medico is not None:
        achados.append((medico, PAGAMENTO))
    odonto = getattr(retorno, "demonstrativo_pagamento_odonto", None)
    if odonto is not None:
        achados.append((odonto, PAGAMENTO_ODONTO))
    return achados


def pagamentos(demonstrativo: Any, *, xpath: str | None = None) -> list[PagamentoLido]:
    """Every payment date of a demonstrativo de pagamento, médico or odontológico (a message
    or the object), in document order; empty for anything else. A demonstrativo given by
    itself is placed at ``xpath`` (by default where a ``mensagemTISS`` has it).

    >>> import tiss_conecta as tiss
    >>> mensagem = tiss.parse(tiss.examples.caminho("demonstrativo-pagamento", "4.03.00"))
    >>> (pago,) = pagamentos(mensagem)
    >>> pago.forma_pagamento, pago.debitos, pago.creditos, pago.xpath
    ('1', Decimal('3.70'), Decimal('0.00'), '/mensagemTISS/.../pagamentos/pagamentosPorData[1]')
    >>> pagamentos(tiss.parse(tiss.examples.caminho("demonstrativo-analise")))
    []
    """
    versao = models.versao_de(demonstrativo)
    if versao is None:
        return []
    odonto = models.carregar(versao).CtoDemonstrativoOdontologia
    return [
        pg
        for d, xp in _com_xpath(demonstrativo, xpath)
        for pg in (_odonto(d, xp) if isinstance(d, odonto) else _medico(d, xp))
    ]


def _medico(d: Any, xpath: str) -> Iterator[PagamentoLido]:
    por_datas = lista(getattr(getattr(d, "pagamentos", None), "pagamentos_por_data", None))
    for i, pd in enumerate(por_datas, 1):
        xd = f"{xpath}/pagamentos/pagamentosPorData[{i}]"
        dados = getattr(pd, "dados_pagamento", None)
        dia = data(getattr(dados, "data_pagamento", None))
        protocolos = []
        relacao = lista(getattr(getattr(pd, "dados_resumo", None), "relacao_protocolos", None))
        for j, p in enumerate(relacao, 1):
            xp = f"{xd}/dadosResumo/relacaoProtocolos[{j}]"
            protocolos.append(
                ProtocoloPago(
                    numero=texto(getattr(p, "numero_protocolo", None)),
                    lote=texto(getattr(p, "numero_lote", None)),
                    data_protocolo=data(getattr(p, "data_protocolo", None)),
                    data_pagamento=dia,
                    informado=decimal(getattr(p, "valor_informado", None)),
                    processado=decimal(getattr(p, "valor_processado", None)),
                    liberado=decimal(getattr(p, "valor_liberado", None)),
                    glosado=decimal(getattr(p, "valor_glosa", None)),
                    franquia=None,
                    guias=tuple(
                        GuiaPaga(
                            numero=texto(getattr(g, "numero_guia_prestador", None)),
                            numero_operadora=_opcional(getattr(g, "numero_guia_operadora", None)),
                            senha=_opcional(getattr(g, "senha", None)),
                            tipo_pagamento=_opcional(getattr(g, "tipo_pagamento", None)),
                            informado=None,
                            processado=decimal(getattr(g, "valor_processado_guia", None)),
                            liberado=decimal(getattr(g, "valor_liberado_guia", None)),
                            glosado=decimal(getattr(g, "valor_glosa_guia", None)),
                            xpath=f"{xp}/guiasDoLote[{k}]",
                        )
                        for k, g in enumerate(lista(getattr(p, "guias_do_lote", None)), 1)
                    ),
                    xpath=xp,
                )
            )
        brutos = getattr(pd, "totais_brutos_por_data", None)
        liquidos = getattr(pd, "totais_liquidos_por_data", None)
        yield PagamentoLido(
            odonto=False,
            data_pagamento=dia,
            forma_pagamento=_opcional(getattr(dados, "forma_pagamento", None)),
            banco=_opcional(getattr(dados, "banco", None)),
            agencia=_opcional(getattr(dados, "agencia", None)),
            conta=_opcional(getattr(dados, "nr_conta_cheque", None)),
            protocolos=tuple(protocolos),
            informado=decimal(getattr(brutos, "total_informado_por_data", None)),
            processado=decimal(getattr(brutos, "total_processado_por_data", None)),
            glosado=decimal(getattr(brutos, "total_glosa_por_data", None)),
            franquia=None,
            bruto=decimal(getattr(brutos, "tota_liberado_por_data", None)),
            descontos=_descontos(
                getattr(getattr(pd, "debitos_creditos_por_data", None), "debitos_creditos", None),
                f"{xd}/debitosCreditosPorData/debitosCreditos",
            ),
            debitos=decimal(getattr(liquidos, "total_debitos_por_data", None)),
            creditos=decimal(getattr(liquidos, "total_creditos_por_data", None)),
            liquido=decimal(getattr(liquidos, "liquido_por_data", None)),
            xpath=xd,
        )


def _odonto(d: Any, xpath: str) -> Iterator[PagamentoLido]:
    for i, pd in enumerate(lista(getattr(d, "dados_pagamento_por_data", None)), 1):
        xd = f"{xpath}/dadosPagamentoPorData[{i}]"
        dados = getattr(pd, "dados_pagamento", None)
        dia = data(getattr(dados, "data_pagamento", None))
        protocolos = []
        for j, p in enumerate(lista(getattr(pd, "protocolos", None)), 1):
            xp = f"{xd}/protocolos[{j}]"
            t = getattr(p, "totais_por_protocolo", None)
            protocolos.append(
                ProtocoloPago(
                    numero=texto(getattr(p, "numero_protocolo", None)),
                    lote=texto(getattr(p, "numero_lote", None)),
                    data_protocolo=None,
                    data_pagamento=dia,
                    informado=decimal(getattr(t, "valor_total_informado_por_protocolo", None)),
                    processado=decimal(getattr(t, "valor_total_processado_por_protocolo", None)),
                    liberado=decimal(getattr(t, "valor_total_liberado_por_protocolo", None)),
                    glosado=decimal(getattr(t, "valor_total_glosa_por_protocolo", None)),
                    franquia=decimal(getattr(t, "valor_total_franquia_por_protocolo", None)),
                    guias=tuple(
                        GuiaPaga(
                            numero=texto(getattr(g, "numero_guia_prestador", None)),
                            numero_operadora=_opcional(getattr(g, "numero_guia_operadora", None)),
                            senha=None,
                            tipo_pagamento=None,
                            informado=decimal(getattr(g, "valor_total_informado_guia", None)),
                            processado=decimal(getattr(g, "valor_total_processado_guia", None)),
                            liberado=decimal(getattr(g, "valor_total_liberado_guia", None)),
                            glosado=decimal(getattr(g, "valor_total_glosa_guia", None)),
                            xpath=f"{xp}/dadosPagamentoGuia[{k}]",
                        )
                        for k, g in enumerate(lista(getattr(p, "dados_pagamento_guia", None)), 1)
                    ),
                    xpath=xp,
                )
            )
        brutos = getattr(pd, "totais_por_data", None)
        liquidos = getattr(pd, "total_liquido_por_data", None)
        yield PagamentoLido(
            odonto=True,
            data_pagamento=dia,
            forma_pagamento=None,
            banco=_opcional(getattr(dados, "banco", None)),
            agencia=_opcional(getattr(dados, "agencia", None)),
            conta=_opcional(getattr(dados, "conta", None)),
            protocolos=tuple(protocolos),
            informado=decimal(getattr(brutos, "valor_brutonformado_por_data", None)),
            processado=decimal(getattr(brutos, "valor_bruto_processado_por_data", None)),
            glosado=decimal(getattr(brutos, "valor_bruto_glosa_por_data", None)),
            franquia=decimal(getattr(brutos, "valor_bruto_franquia_por_data", None)),
            bruto=decimal(getattr(brutos, "valor_bruto_liberado_por_data", None)),
            descontos=_descontos(
                getattr(getattr(pd, "deb_cred_por_data_pagamento", None), "descontos", None),
                f"{xd}/debCredPorDataPagamento/descontos",
            ),
            debitos=decimal(getattr(liquidos, "valor_total_debitos_por_data", None)),
            creditos=decimal(getattr(liquidos, "valor_total_creditos_por_data", None)),
            liquido=decimal(getattr(liquidos, "valor_final_areceber_por_data", None)),
            xpath=xd,
        )


def _totais(d: Any, xpath: str) -> Totais:
    """The totals of a demonstrativo de pagamento object, médico or odonto (``xpath`` is
    where it is, for its deductions)."""
    if hasattr(d, "dados_pagamento_por_data"):
        t = getattr(d, "totais_bruto_demonstrativo", None)
        return Totais(
            informado=decimal(getattr(t, "valor_informado_por_demonstrativo_data", None)),
            processado=decimal(getattr(t, "valorl_processado_por_demonstrativo", None)),
            liberado=decimal(getattr(t, "valor_liberado_por_demonstrativo", None)),
            glosado=decimal(getattr(t, "valorl_glosa_por_demonstrativo", None)),
            franquia=decimal(getattr(t, "valo_franquia_por_demonstrativo", None)),
            descontos=_descontos(
                getattr(getattr(d, "deb_cred_demonstrativo", None), "descontos", None),
                f"{xpath}/debCredDemonstrativo/descontos",
            ),
            debitos=decimal(getattr(d, "total_debitos_demonstativo", None)),
            creditos=decimal(getattr(d, "total_creditos_demonstrativo", None)),
            liquido=decimal(getattr(d, "valor_recebido_demonstrativo", None)),
        )
    t = getattr(d, "totais_demonstrativo", None)
    brutos = getattr(t, "totais_brutos_demonstrativo", None)
    liquidos = getattr(t, "totais_liquidos_demonstrativo", None)
    return Totais(
        informado=decimal(getattr(brutos, "valor_informado_bruto", None)),
        processado=decimal(getattr(brutos, "valor_processado_bruto", None)),
        liberado=decimal(getattr(brutos, "valor_liberado_bruto", None)),
        glosado=decimal(getattr(brutos, "valor_glosa_bruto", None)),
        descontos=_descontos(
            getattr(t, "debitos_creditos_demonstrativo", None),
            f"{xpath}/totaisDemonstrativo/debitosCreditosDemonstrativo",
        ),
        debitos=decimal(getattr(liquidos, "total_debitos_demonstrativo", None)),
        creditos=decimal(getattr(liquidos, "total_creditosdemonstrativo", None)),
        liquido=decimal(getattr(liquidos, "valor_liberado_demonstrativo", None)),
    )
