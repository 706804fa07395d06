"""The demonstrativo read into one shape: protocolos, guias and items, médico or odonto.

A ``ctm_demonstrativoAnaliseConta`` gives glosas per protocolo (``GlosaProtocolo``), guia
(``motivoGlosaGuia``) and item (``relacaoGlosa``, each with its value). The odontológico
(``cto_demonstrativoOdontologia``, a demonstrativo de pagamento) gives them per procedure
only (``codigosGlosa``), with one ``valorGlosaEstorno`` for all the codes of a procedure.

Any supported TISS version: the classes are those of the demonstrativo's own version
(:func:`tiss_conecta.models.modulo_de`), and what only some versions carry is read here once
(``centroConsumo`` of an item, 4.03.00).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

from tiss_conecta import models
from tiss_conecta.errors import RecursoInvalido

__all__ = ["GuiaLida", "ItemLido", "ProtocoloLido", "codigo", "protocolos"]


def codigo(valor: Any) -> str:
    """A glosa code as text (``DmTipoGlosa`` members, ints and strings)."""
    if isinstance(valor, Enum):
        valor = valor.value
    return str(valor)


def _lista(valor: Any) -> Sequence[Any]:
    return valor if isinstance(valor, (list, tuple)) else ()


def _data(valor: Any) -> dt.date:
    data: dt.date = valor.to_date()
    return data


def _glosado(declarado: Decimal | None, processado: Decimal, liberado: Decimal) -> Decimal:
    """The declared glosa value, else processado − liberado."""
    return declarado if declarado is not None else processado - liberado


@attrs.frozen
class ItemLido:
    """One item (procedure) of a guia with the glosas applied to it."""

    sequencial: int
    data: dt.date
    procedimento: Any
    """``ct_procedimentoDados`` of the demonstrativo's version."""
    informado: Decimal
    processado: Decimal
    liberado: Decimal
    glosado: Decimal
    glosas: tuple[tuple[str, Decimal], ...]
    """(code, value glosado under it), one entry per code in the order they appear."""
    grau_participacao: Any = None
    dente: Any = None
    regiao: Any = None
    face: str | None = None
    quantidade: int | None = None
    centro_consumo: Any = None
    """``dm_centroConsumo`` of the item (4.03.00 on), ``None`` where absent or unknown."""

    def valor_da_glosa(self, cod: str) -> Decimal | None:
        return next((v for c, v in self.glosas if c == cod), None)


@attrs.frozen
class GuiaLida:
    """One guia of a protocolo: its own glosas, values and items."""

    numero: str
    numero_operadora: str | None
    senha: str | None
    motivos: tuple[tuple[str, str | None], ...]
    """Glosas of the whole guia: (code, the operadora's description)."""
    informado: Decimal
    processado: Decimal
    liberado: Decimal
    glosado: Decimal
    itens: tuple[ItemLido, ...]

    def codigos_dos_itens(self) -> list[str]:
        vistos: dict[str, None] = {}
        for it in self.itens:
            vistos.update((c, None) for c, _ in it.glosas)
        return list(vistos)


@attrs.frozen
class ProtocoloLido:
    """One protocolo of the demonstrativo and what the recurso copies from around it."""

    odonto: bool
    numero: str
    lote: str
    glosa: tuple[str, str | None] | None
    """The glosa of the whole protocolo (code, description), if any."""
    informado: Decimal
    processado: Decimal
    liberado: Decimal
    glosado: Decimal
    guias: tuple[GuiaLida, ...]
    registro_ans: str
    nome_operadora: str
    contratado: Any
    """``ct_contratadoDados`` of the demonstrativo's version."""
    versao: str
    """The TISS version of the demonstrativo (its models), which the recurso follows."""

    def codigos_aplicados(self) -> list[str]:
        """Codes a protocolo-level recurso may appeal: the protocolo's own glosa and, as the
        portal allows (seed: 48740 appealed at lote level for an item's 1705), any applied
        to its guias or items; in order, without repeats."""
        vistos: dict[str, None] = {self.glosa[0]: None} if self.glosa else {}
        for g in self.guias:
            vistos.update((c, None) for c, _ in g.motivos)
            vistos.update((c, None) for c in g.codigos_dos_itens())
        return [c for c in vistos if c]


def protocolos(demonstrativo: Any) -> list[ProtocoloLido]:
    """Every protocolo of a demonstrativo message or object, in document order."""
    versao = models.versao_de(demonstrativo)
    if versao is not None:
        m = models.carregar(versao)
        if isinstance(demonstrativo, m.MensagemTiss):
            para_prestador = demonstrativo.operadora_para_prestador
            retorno = getattr(para_prestador, "demonstrativos_retorno", None)
            if retorno is not None and retorno.demonstrativo_analise_conta:
                return [p for d in retorno.demonstrativo_analise_conta for p in _medico(d, versao)]
            if retorno is not None and retorno.demonstrativo_pagamento_odonto is not None:
                return list(_odonto(retorno.demonstrativo_pagamento_odonto, versao))
        elif isinstance(demonstrativo, m.CtmDemonstrativoAnaliseConta):
            return list(_medico(demonstrativo, versao))
        elif isinstance(demonstrativo, m.CtoDemonstrativoOdontologia):
            return list(_odonto(demonstrativo, versao))
    raise RecursoInvalido(
        "a mensagem não traz demonstrativo de análise de conta nem demonstrativo "
        "odontológico: não há glosas a recorrer",
        codigo="recurso.sem_demonstrativo",
        dica="use a mensagem DEMONSTRATIVO_ANALISE_CONTA (ou DEMONSTRATIVO_ODONTOLOGIA) que a "
        "operadora enviou",
    )


def _medico(d: Any, versao: str) -> Iterator[ProtocoloLido]:
    cab = d.cabecalho_demonstrativo
    for p in _lista(d.dados_conta.dados_protocolo):
        guias = []
        for g in _lista(p.relacao_guias):
            itens = []
            for it in _lista(g.detalhes_guia):
                glosas: dict[str, Decimal] = {}
                for x in _lista(it.relacao_glosa):
                    c = codigo(x.tipo_glosa)
                    glosas[c] = glosas.get(c, Decimal(0)) + x.valor_glosa
                itens.append(
                    ItemLido(
                        sequencial=it.sequencial_item,
                        data=_data(it.data_realizacao),
                        procedimento=it.procedimento,
                        grau_participacao=it.grau_participacao,
                        informado=it.valor_informado,
                        processado=it.valor_processado,
                        liberado=it.valor_liberado,
                        glosado=sum(glosas.values(), Decimal(0)),
                        glosas=tuple(glosas.items()),
                        centro_consumo=getattr(it, "centro_consumo", None),
                    )
                )
            guias.append(
                GuiaLida(
                    numero=g.numero_guia_prestador,
                    numero_operadora=g.numero_guia_operadora,
                    senha=g.senha,
                    motivos=tuple(
                        (codigo(x.codigo_glosa), x.descricao_glosa)
                        for x in _lista(g.motivo_glosa_guia)
                    ),
                    informado=g.valor_informado_guia,
                    processado=g.valor_processado_guia,
                    liberado=g.valor_liberado_guia,
                    glosado=_glosado(
                        g.valor_glosa_guia, g.valor_processado_guia, g.valor_liberado_guia
                    ),
                    itens=tuple(itens),
                )
            )
        gp = p.glosa_protocolo
        yield ProtocoloLido(
            odonto=False,
            numero=p.numero_protocolo,
            lote=p.numero_lote_prestador,
            glosa=(codigo(gp.codigo_glosa), gp.descricao_glosa) if gp is not None else None,
            informado=p.valor_informado_protocolo,
            processado=p.valor_processado_protocolo,
            liberado=p.valor_liberado_protocolo,
            glosado=_glosado(
                p.valor_glosa_protocolo, p.valor_processado_protocolo, p.valor_liberado_protocolo
            ),
            guias=tuple(guias),
            registro_ans=cab.registro_ans,
            nome_operadora=cab.nome_operadora,
            contratado=d.dados_prestador.dados_contratado,
            versao=versao,
        )


def _odonto(d: Any, versao: str) -> Iterator[ProtocoloLido]:
    cab = d.cabecalho_demonstrativo_odonto
    contratado = models.carregar(versao).CtContratadoDados(
        codigo_prestador_na_operadora=d.dados_prestador.codigo_prestador
    )
    for por_data in _lista(d.dados_pagamento_por_data):
        for p in _lista(por_data.protocolos):
            guias = []
            for g in _lista(p.dados_pagamento_guia):
                itens = []
                for it in _lista(g.dados_pagamento):
                    codigos = dict.fromkeys(codigo(c) for c in _lista(it.codigos_glosa))
                    dr = it.dente_regiao
                    itens.append(
                        ItemLido(
                            sequencial=it.sequencial_item,
                            data=_data(it.data_realizacao),
                            procedimento=it.procedimento,
                            informado=it.valor_informado,
                            processado=it.valor_processado,
                            liberado=it.valor_liberado,
                            glosado=it.valor_glosa_estorno,
                            glosas=tuple((c, it.valor_glosa_estorno) for c in codigos),
                            dente=dr.cod_dente if dr is not None else None,
                            regiao=dr.cod_regiao if dr is not None else None,
                            face=it.dente_face,
                            quantidade=it.qtd_proc,
                        )
                    )
                guias.append(
                    GuiaLida(
                        numero=g.numero_guia_prestador,
                        numero_operadora=g.numero_guia_operadora,
                        senha=None,
                        motivos=(),
                        informado=g.valor_total_informado_guia,
                        processado=g.valor_total_processado_guia,
                        liberado=g.valor_total_liberado_guia,
                        glosado=g.valor_total_glosa_guia,
                        itens=tuple(itens),
                    )
                )
            t = p.totais_por_protocolo
            yield ProtocoloLido(
                odonto=True,
                numero=p.numero_protocolo,
                lote=p.numero_lote,
                glosa=None,
                informado=t.valor_total_informado_por_protocolo,
                processado=t.valor_total_processado_por_protocolo,
                liberado=t.valor_total_liberado_por_protocolo,
                glosado=t.valor_total_glosa_por_protocolo,
                guias=tuple(guias),
                registro_ans=cab.registro_ans,
                nome_operadora=cab.nome_operadora,
                contratado=contratado,
                versao=versao,
            )
