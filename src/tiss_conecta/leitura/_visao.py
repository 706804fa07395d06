"""One view of any demonstrativo — de análise de conta, de pagamento or odontológico: who sent
it, its protocolos, guias and items with their glosas, what is paid and when, and its totals.

>>> import tiss_conecta as tiss
>>> d = demonstrativo(tiss.parse(tiss.examples.caminho("demonstrativo-analise")))
>>> d.tipo, d.versao, d.registro_ans, len(d.protocolos), len(d.guias())
('analise', '4.01.00', '416070', 1, 2)
>>> d.glosas_por_codigo()
{'1705': ('Valor apresentado a maior', 1, Decimal('15.00'))}
>>> d
Demonstrativo(análise de conta, TISS 4.01.00, operadora 416070, 1 protocolo, 2 guias, informado R$ 199,90, liberado R$ 184,90, glosado R$ 15,00)
"""  # noqa: E501

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal
from typing import Any

import attrs

from tiss_conecta import formato, models
from tiss_conecta.leitura._demonstrativos import (
    COLUNAS_GLOSAS,
    GuiaLida,
    ProtocoloLido,
    _com_xpath,
    _contratado_odonto,
    _curto,
    _linhas_protocolo,
    _motivos_com_valor,
    _plural,
    _reais_curto,
    _tabela_html,
    descricao_da_glosa,
    protocolos,
)
from tiss_conecta.leitura._pagamentos import (
    PagamentoLido,
    Totais,
    _html_pagamentos,
    _totais,
    pagamentos,
)
from tiss_conecta.leitura._pagamentos import (
    _com_xpath as _pagamentos_com_xpath,
)
from tiss_conecta.leitura._valores import data, decimal, texto

__all__ = ["TIPOS", "Demonstrativo", "demonstrativo"]

TIPOS = {
    "analise": "análise de conta",
    "pagamento": "pagamento",
    "odonto": "pagamento odontológico",
}
"""Each kind of demonstrativo (:attr:`Demonstrativo.tipo`) and its name for people."""


@attrs.frozen(repr=False)
class Demonstrativo:
    """A demonstrativo read whole: the operadora, the prestador, the protocolos (with guias,
    items and glosas), the payments and the totals."""

    tipo: str
    """``"analise"`` (``ctm_demonstrativoAnaliseConta``), ``"pagamento"``
    (``ctm_demonstrativoPagamento``) or ``"odonto"`` (``cto_demonstrativoOdontologia``)."""
    versao: str
    numero: str
    """``numeroDemonstrativo`` (of the first, when a message carries several análises)."""
    data_emissao: dt.date | None
    """``dataEmissao`` (odonto: the end of the period processed)."""
    registro_ans: str
    nome_operadora: str
    prestador: Any
    """``ct_contratadoDados`` of the demonstrativo's version, ``None`` when it names none."""
    protocolos: tuple[ProtocoloLido, ...]
    """The protocolos analysed, with guias and items (análise and odonto; empty for the
    médico pagamento, whose protocolos are in :attr:`pagamentos`)."""
    pagamentos: tuple[PagamentoLido, ...]
    """The payments by date (pagamento and odonto; empty for an análise)."""
    totais: Totais
    xpath: str

    def guias(self) -> list[GuiaLida]:
        """Every guia of every protocolo, in document order.

        >>> import tiss_conecta as tiss
        >>> d = demonstrativo(tiss.parse(tiss.examples.caminho("demonstrativo-analise")))
        >>> [g.numero for g in d.guias()]
        ['00000001', '00000002']
        """
        return [g for p in self.protocolos for g in p.guias]

    def glosas_por_codigo(self) -> dict[str, tuple[str | None, int, Decimal]]:
        """Each glosa code applied → (description, times applied, value glosado under it).

        Counted once per item, guia or protocolo it is applied to; the value is what the items
        glosaram under the code (:meth:`~tiss_conecta.leitura.ItemLido.parcelas`: an
        odontológico procedure's one value goes to its first code, so it counts once), plus a
        guia's (protocolo's) glosado when the code is its only one and nothing below it is
        glosado — otherwise that value is the items' already. The description is
        :func:`~tiss_conecta.leitura.descricao_da_glosa`'s. Exact for any value (the
        arithmetic of :data:`tiss_conecta.formato.CONTEXTO`).

        >>> import tiss_conecta as tiss
        >>> d = demonstrativo(tiss.parse(tiss.examples.caminho("demonstrativo-analise")))
        >>> d.glosas_por_codigo()["1705"][1:]
        (1, Decimal('15.00'))
        """
        por_codigo: dict[str, tuple[str | None, int, Decimal]] = {}

        def somar(codigo: str, descricao: str | None, valor: Decimal | None) -> None:
            anterior = por_codigo.get(codigo)
            d, n, v = anterior if anterior else (descricao, 0, Decimal(0))
            total = formato.CONTEXTO.add(v, valor or Decimal(0))
            por_codigo[codigo] = (d or descricao, n + 1, total)

        for p in self.protocolos:
            glosa = p.glosa_descrita()
            if glosa is not None:
                sozinho = not any(g.glosado or g.motivos for g in p.guias)
                somar(*glosa, p.glosado if sozinho else None)
            for g in p.guias:
                for codigo, descrita, valor in _motivos_com_valor(g):
                    somar(codigo, descrita or None, valor)
                for it in g.itens:
                    for codigo, valor in it.parcelas():
                        somar(codigo, descricao_da_glosa(codigo), valor)
        return por_codigo

    def __repr__(self) -> str:
        if self.protocolos:
            n_protocolos, guias = len(self.protocolos), len(self.guias())
        else:
            pagos = [p for pg in self.pagamentos for p in pg.protocolos]
            n_protocolos, guias = len(pagos), sum(len(p.guias) for p in pagos)
        t = self.totais
        liquido = "" if t.liquido is None else f", líquido {_reais_curto(t.liquido)}"
        dias = sorted({pg.data_pagamento for pg in self.pagamentos if pg.data_pagamento})
        datas = ""
        if len(dias) == 1:
            datas = f", pagamento em {dias[0]}"
        elif dias:
            datas = f", pagamentos de {dias[0]} a {dias[-1]}"
        return (
            f"Demonstrativo({TIPOS.get(self.tipo, self.tipo)}, TISS {self.versao}, "
            f"operadora {_curto(self.registro_ans, 8) or '-'}, "
            f"{_plural(n_protocolos, 'protocolo', 'protocolos')}, "
            f"{_plural(guias, 'guia', 'guias')}, informado {_reais_curto(t.informado)}, "
            f"liberado {_reais_curto(t.liberado)}, glosado {_reais_curto(t.glosado)}"
            f"{liquido}{datas})"
        )

    def _repr_html_(self) -> str:
        resumo = f"<p><strong>{html.escape(repr(self))}</strong></p>"
        glosas = ""
        if self.protocolos or not self.pagamentos:
            linhas = [linha for p in self.protocolos for linha in _linhas_protocolo(p)]
            glosas = _tabela_html(COLUNAS_GLOSAS, linhas)
        pagos = _html_pagamentos(self.pagamentos) if self.pagamentos else ""
        return f"<div>{resumo}{glosas}{pagos}</div>"


def _somar(valores: list[Decimal | None]) -> Decimal | None:
    """The sum, ``None`` if any value is absent (a partial sum would mislead)."""
    if not valores or any(v is None for v in valores):
        return None
    return sum((v for v in valores if v is not None), Decimal(0))


def _cabecalho(cab: Any) -> tuple[str, str, str, dt.date | None]:
    return (
        texto(getattr(cab, "numero_demonstrativo", None)),
        texto(getattr(cab, "registro_ans", None)),
        texto(getattr(cab, "nome_operadora", None)),
        data(getattr(cab, "data_emissao", None)),
    )


def demonstrativo(mensagem: Any) -> Demonstrativo | None:
    """The demonstrativo a message carries (or the demonstrativo object itself) read whole;
    ``None`` when it carries none. The análises of one message (up to 30) are read as one.

    >>> import tiss_conecta as tiss
    >>> d = demonstrativo(tiss.parse(tiss.examples.caminho("demonstrativo-pagamento")))
    >>> d.tipo, d.numero, d.data_emissao, [pg.data_pagamento for pg in d.pagamentos]
    ('pagamento', '2025000002', datetime.date(2025, 6, 30), [datetime.date(2025, 7, 2)])
    >>> d.totais.liberado, d.totais.debitos, d.totais.liquido
    (Decimal('184.90'), Decimal('3.70'), Decimal('181.20'))
    >>> demonstrativo(tiss.parse(tiss.examples.caminho("lote-sadt"))) is None
    True
    """
    versao = models.versao_de(mensagem)
    if versao is None:
        return None
    m = models.carregar(versao)
    analises = _com_xpath(mensagem)
    pagos = _pagamentos_com_xpath(mensagem)
    if pagos:
        d, xpath = pagos[0]
        odonto = isinstance(d, m.CtoDemonstrativoOdontologia)
        if odonto:
            cab = getattr(d, "cabecalho_demonstrativo_odonto", None)
            numero, registro, nome, _ = _cabecalho(cab)
            emissao = data(
                getattr(getattr(cab, "periodo_proc", None), "datafim", None),
            )
            lidos = protocolos(d, xpath=xpath)
            prestador = _contratado_odonto(d, versao)
        else:
            numero, registro, nome, emissao = _cabecalho(
                getattr(d, "cabecalho_demonstrativo", None)
            )
            lidos = []
            prestador = getattr(getattr(d, "dados_contratado", None), "dados_prestador", None)
        return Demonstrativo(
            tipo="odonto" if odonto else "pagamento",
            versao=versao,
            numero=numero,
            data_emissao=emissao,
            registro_ans=registro,
            nome_operadora=nome,
            prestador=prestador,
            protocolos=tuple(lidos),
            pagamentos=tuple(pagamentos(d, xpath=xpath)),
            totais=_totais(d, xpath),
            xpath=xpath,
        )
    if not analises:
        return None
    primeiro, xpath = analises[0]
    numero, registro, nome, emissao = _cabecalho(getattr(primeiro, "cabecalho_demonstrativo", None))
    contas = [d for d, _ in analises]

    def geral(campo: str) -> Decimal | None:
        return _somar([decimal(getattr(d, campo, None)) for d in contas])

    return Demonstrativo(
        tipo="analise",
        versao=versao,
        numero=numero,
        data_emissao=emissao,
        registro_ans=registro,
        nome_operadora=nome,
        prestador=getattr(getattr(primeiro, "dados_prestador", None), "dados_contratado", None),
        protocolos=tuple(p for d, xp in analises for p in protocolos(d, xpath=xp)),
        pagamentos=(),
        totais=Totais(
            informado=geral("valor_informado_geral"),
            processado=geral("valor_processado_geral"),
            liberado=geral("valor_liberado_geral"),
            glosado=geral("valor_glosa_geral"),
        ),
        xpath=xpath,
    )
