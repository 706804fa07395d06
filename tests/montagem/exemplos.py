"""Hand-built demonstrativos for the montagem tests (generated dataclasses, valid values), in
any supported TISS version: ``exemplos.em("4.03.00").seed()``.

The seed example (conecta-recurso-de-glosa.txt): ArcelorMittal (ANS 416070), lote and
protocolo 48740, one guia de consulta, glosa 1705 (valor apresentado a maior): informado
R$ 600,00, glosado R$ 300,00, liberado R$ 300,00.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache
from types import ModuleType
from typing import Any

from xsdata.models.datatype import XmlDate, XmlTime

from tiss_conecta import models
from tiss_conecta.montagem import montar_recurso

VERSOES = list(models.VERSOES)
"""Every supported version, oldest first: the ``versao`` parameter of the tests."""

REGISTRO_ANS = "416070"
CNPJ_OPERADORA = "11444777000161"  # the classic valid example CNPJ
CNPJ_PRESTADOR = "11222333000181"  # valid check digits
CNPJ_ALFANUMERICO = "12ABC34501DE35"  # the Receita Federal's example (4.03.00's st_CNPJ)
CNES = "2077485"

D = Decimal


def xd(dia: dt.date) -> XmlDate:
    return XmlDate(dia.year, dia.month, dia.day)


@cache
def em(versao: str) -> Exemplos:
    """The examples built with the models of ``versao``."""
    return Exemplos(versao)


class Exemplos:
    """Builders of demonstrativos in TISS ``versao`` (its generated models, ``self.m``)."""

    def __init__(self, versao: str) -> None:
        self.versao = versao
        self.m: ModuleType = models.carregar(versao)

    # ------------------------------------------------------------ análise de conta

    def consulta(self) -> Any:
        return self.m.CtProcedimentoDados(
            codigo_tabela=self.m.DmTabela.VALUE_22,
            codigo_procedimento="10101012",
            descricao_procedimento="CONSULTA EM CONSULTORIO (NO HORARIO NORMAL OU PREESTABELECIDO)",
        )

    def item(
        self,
        seq: int,
        informado: str,
        liberado: str,
        *glosas: tuple[str, str],
        dia: dt.date | None = None,
        centro_consumo: str | None = None,
    ) -> Any:
        """``detalhesGuia``; ``centro_consumo`` (4.03.00 on) a ``dm_centroConsumo`` code."""
        Detalhe = self.m.CtContaMedicaResumo.RelacaoGuias.DetalhesGuia
        extra = (
            {}
            if centro_consumo is None
            else {"centro_consumo": self.m.DmCentroConsumo(centro_consumo)}
        )
        return Detalhe(
            sequencial_item=seq,
            data_realizacao=xd(dia or dt.date(2023, 4, 3)),
            procedimento=self.consulta(),
            valor_informado=D(informado),
            qtd_executada=D("1.0000"),
            valor_processado=D(informado),
            valor_liberado=D(liberado),
            relacao_glosa=[
                Detalhe.RelacaoGlosa(valor_glosa=D(v), tipo_glosa=self.m.DmTipoGlosa(c))
                for c, v in glosas
            ],
            **extra,
        )

    def guia(
        self, numero: str, itens: list[Any], *motivos: str, operadora: str | None = None
    ) -> Any:
        m = self.m
        informado = sum((i.valor_informado for i in itens), D("0.00"))
        liberado = sum((i.valor_liberado for i in itens), D("0.00"))
        return m.CtContaMedicaResumo.RelacaoGuias(
            numero_guia_prestador=numero,
            numero_guia_operadora=operadora,
            senha="S48740",
            numero_carteira="0000123456789012",
            data_inicio_fat=xd(dt.date(2023, 4, 3)),
            motivo_glosa_guia=[m.CtMotivoGlosa(codigo_glosa=m.DmTipoGlosa(c)) for c in motivos],
            situacao_guia=m.DmStatusProtocolo.VALUE_3,
            detalhes_guia=itens,
            valor_informado_guia=informado,
            valor_processado_guia=informado,
            valor_liberado_guia=liberado,
            valor_glosa_guia=informado - liberado,
        )

    def protocolo(self, numero: str, guias: list[Any], glosa: str | None = None) -> Any:
        m = self.m
        informado = sum((g.valor_informado_guia for g in guias), D("0.00"))
        liberado = sum((g.valor_liberado_guia for g in guias), D("0.00"))
        return m.CtContaMedicaResumo(
            numero_lote_prestador=numero,
            numero_protocolo=numero,
            data_protocolo=xd(dt.date(2023, 4, 10)),
            glosa_protocolo=(
                m.CtMotivoGlosa(
                    codigo_glosa=m.DmTipoGlosa(glosa), descricao_glosa="VALOR APRESENTADO A MAIOR"
                )
                if glosa
                else None
            ),
            situacao_protocolo=m.DmStatusProtocolo.VALUE_3,  # liberado para pagamento: Faturado
            relacao_guias=guias,
            valor_informado_protocolo=informado,
            valor_processado_protocolo=informado,
            valor_liberado_protocolo=liberado,
            valor_glosa_protocolo=informado - liberado,
        )

    def demonstrativo(self, *protocolos: Any, cnpj_prestador: str = CNPJ_PRESTADOR) -> Any:
        m = self.m
        informado = sum((p.valor_informado_protocolo for p in protocolos), D("0.00"))
        liberado = sum((p.valor_liberado_protocolo for p in protocolos), D("0.00"))
        return m.CtmDemonstrativoAnaliseConta(
            cabecalho_demonstrativo=m.CtDemonstrativoCabecalho(
                registro_ans=REGISTRO_ANS,
                numero_demonstrativo="2023000123",
                nome_operadora="ARCELORMITTAL BRASIL S.A.",
                numero_cnpj=CNPJ_OPERADORA,
                data_emissao=xd(dt.date(2023, 4, 14)),
            ),
            dados_prestador=m.CtmDemonstrativoAnaliseConta.DadosPrestador(
                dados_contratado=m.CtContratadoDados(cnpj_contratado=cnpj_prestador), cnes=CNES
            ),
            dados_conta=m.CtmDemonstrativoAnaliseConta.DadosConta(dados_protocolo=list(protocolos)),
            valor_informado_geral=informado,
            valor_processado_geral=informado,
            valor_liberado_geral=liberado,
            valor_glosa_geral=informado - liberado,
        )

    def mensagem(self, *demonstrativos: Any) -> Any:
        m = self.m
        return m.MensagemTiss(
            cabecalho=m.CabecalhoTransacao(
                identificacao_transacao=m.CabecalhoTransacao.IdentificacaoTransacao(
                    tipo_transacao=m.DmTipoTransacao.DEMONSTRATIVO_ANALISE_CONTA,
                    sequencial_transacao="1",
                    data_registro_transacao=xd(dt.date(2023, 4, 14)),
                    hora_registro_transacao=XmlTime(10, 0, 0),
                ),
                origem=m.CabecalhoTransacao.Origem(registro_ans=REGISTRO_ANS),
                destino=m.CabecalhoTransacao.Destino(
                    identificacao_prestador=m.CtPrestadorIdentificacao(cnpj=CNPJ_PRESTADOR)
                ),
                padrao=m.DmVersao(self.versao),
            ),
            operadora_para_prestador=m.OperadoraPrestador(
                demonstrativos_retorno=m.CtDemonstrativoRetorno(
                    demonstrativo_analise_conta=list(demonstrativos)
                )
            ),
            epilogo=m.Epilogo(hash=""),
        )

    def seed(self) -> Any:
        """Protocolo 48740: informado 600, glosado 300 (1705), liberado 300."""
        item = self.item(1, "600.00", "300.00", ("1705", "300.00"))
        return self.mensagem(
            self.demonstrativo(self.protocolo("48740", [self.guia("48740", [item])], "1705"))
        )

    def varias_guias(self, n: int, numero: str = "1001") -> Any:
        """One protocolo of ``n`` guias, each with one item glosado R$ 10,00 under 1705."""
        guias = [
            self.guia(f"G{j:03d}", [self.item(1, "50.00", "40.00", ("1705", "10.00"))])
            for j in range(1, n + 1)
        ]
        return self.mensagem(self.demonstrativo(self.protocolo(numero, guias)))

    def rico(self) -> Any:
        """Two protocolos; in 1001, guia A has a glosa of its own (1702) and two glosas on item
        1 (1705 R$ 30,00 and 1714 R$ 10,00), guia B one item with a glosa of no value (1813)."""
        a = self.guia(
            "A",
            [
                self.item(1, "100.00", "60.00", ("1705", "30.00"), ("1714", "10.00")),
                self.item(2, "50.00", "50.00"),
            ],
            "1702",
            operadora="OP-A",
        )
        b = self.guia("B", [self.item(1, "80.00", "80.00", ("1813", "0.00"))])
        c = self.guia("C", [self.item(1, "70.00", "0.00", ("1426", "70.00"))])
        return self.mensagem(
            self.demonstrativo(self.protocolo("1001", [a, b]), self.protocolo("1002", [c], "1426"))
        )

    # ------------------------------------------------------------ odontológico

    def procedimento_odonto(
        self,
        seq: int,
        codigo: str,
        informado: str,
        glosa: str,
        *codigos: str,
        dente: str | None = None,
        regiao: str | None = None,
        face: str | None = None,
    ) -> Any:
        m = self.m
        Proc = m.CtoDemonstrativoOdontologia.DadosPagamentoPorData.Protocolos.DadosPagamentoGuia
        Proc = Proc.DadosPagamento
        return Proc(
            sequencial_item=seq,
            procedimento=m.CtProcedimentoDados(
                codigo_tabela=m.DmTabela.VALUE_22,
                codigo_procedimento=codigo,
                descricao_procedimento=f"PROCEDIMENTO ODONTOLOGICO {codigo}",
            ),
            dente_regiao=(
                Proc.DenteRegiao(
                    cod_dente=m.DmDente(dente) if dente else None,
                    cod_regiao=m.DmRegiao(regiao) if regiao else None,
                )
                if dente or regiao
                else None
            ),
            dente_face=face,
            data_realizacao=xd(dt.date(2023, 5, 8)),
            qtd_proc=1,
            valor_informado=D(informado),
            valor_processado=D(informado),
            valor_glosa_estorno=D(glosa),
            valor_franquia=D("0.00"),
            valor_liberado=D(informado) - D(glosa),
            codigos_glosa=[m.DmTipoGlosa(c) for c in codigos],
        )

    def guia_odonto(self, numero: str, procedimentos: list[Any]) -> Any:
        m = self.m

        def total(campo: str) -> Decimal:
            return sum((getattr(p, campo) for p in procedimentos), D("0.00"))

        Guia = m.CtoDemonstrativoOdontologia.DadosPagamentoPorData.Protocolos.DadosPagamentoGuia
        return Guia(
            numero_guia_prestador=numero,
            numero_guia_operadora=f"OP{numero}",
            recurso=m.DmSimNao.N,
            nome_executante="DRA. BEATRIZ LIMA",
            carteira_beneficiario="0000123456789012",
            dados_pagamento=procedimentos,
            valor_total_informado_guia=total("valor_informado"),
            valor_total_processado_guia=total("valor_processado"),
            valor_total_glosa_guia=total("valor_glosa_estorno"),
            valor_total_franquia_guia=D("0.00"),
            valor_total_liberado_guia=total("valor_liberado"),
        )

    def odonto(self) -> Any:
        """Protocolo 5001 of a dental clinic: guia O-1 with a restoration on tooth 11 (faces
        OM) glosada 1705 for R$ 40,00, and a procedure glosado R$ 30,00 under 1714 and 1702 at
        once; guia O-2 glosada 1813 for R$ 25,00 on the upper arch."""
        m = self.m
        Odonto = m.CtoDemonstrativoOdontologia
        PorData = Odonto.DadosPagamentoPorData
        g1 = self.guia_odonto(
            "O-1",
            [
                self.procedimento_odonto(
                    1, "85100099", "120.00", "40.00", "1705", dente="11", face="OM"
                ),
                self.procedimento_odonto(
                    2, "85300098", "90.00", "30.00", "1714", "1702", dente="21"
                ),
            ],
        )
        g2 = self.guia_odonto(
            "O-2", [self.procedimento_odonto(1, "85400106", "60.00", "25.00", "1813", regiao="AS")]
        )
        guias = [g1, g2]

        def total(campo: str) -> Decimal:
            return sum((getattr(g, campo) for g in guias), D("0.00"))

        protocolo = PorData.Protocolos(
            numero_lote="5001",
            numero_protocolo="5001",
            dados_pagamento_guia=guias,
            totais_por_protocolo=PorData.Protocolos.TotaisPorProtocolo(
                valor_total_informado_por_protocolo=total("valor_total_informado_guia"),
                valor_total_processado_por_protocolo=total("valor_total_processado_guia"),
                valor_total_glosa_por_protocolo=total("valor_total_glosa_guia"),
                valor_total_franquia_por_protocolo=D("0.00"),
                valor_total_liberado_por_protocolo=total("valor_total_liberado_guia"),
            ),
        )
        liberado = total("valor_total_liberado_guia")
        dem = Odonto(
            cabecalho_demonstrativo_odonto=Odonto.CabecalhoDemonstrativoOdonto(
                registro_ans=REGISTRO_ANS,
                numero_demonstrativo="O2023051",
                nome_operadora="ARCELORMITTAL BRASIL S.A.",
                cnpj_oper=CNPJ_OPERADORA,
                periodo_proc=Odonto.CabecalhoDemonstrativoOdonto.PeriodoProc(
                    datainicio=xd(dt.date(2023, 5, 1)), datafim=xd(dt.date(2023, 5, 31))
                ),
            ),
            dados_prestador=Odonto.DadosPrestador(
                codigo_prestador="CLIN-0042",
                cpf_cnpjcontratado=Odonto.DadosPrestador.CpfCnpjcontratado(
                    cnpj_prestador=CNPJ_PRESTADOR
                ),
            ),
            dados_pagamento_por_data=[
                PorData(
                    dados_pagamento=PorData.DadosPagamento(data_pagamento=xd(dt.date(2023, 6, 15))),
                    protocolos=[protocolo],
                    totais_por_data=PorData.TotaisPorData(
                        valor_brutonformado_por_data=total("valor_total_informado_guia"),
                        valor_bruto_processado_por_data=total("valor_total_processado_guia"),
                        valor_bruto_glosa_por_data=total("valor_total_glosa_guia"),
                        valor_bruto_franquia_por_data=D("0.00"),
                        valor_bruto_liberado_por_data=liberado,
                    ),
                    total_liquido_por_data=PorData.TotalLiquidoPorData(
                        valor_total_debitos_por_data=D("0.00"),
                        valor_total_creditos_por_data=D("0.00"),
                        valor_final_areceber_por_data=liberado,
                    ),
                )
            ],
            totais_bruto_demonstrativo=Odonto.TotaisBrutoDemonstrativo(
                valor_informado_por_demonstrativo_data=total("valor_total_informado_guia"),
                valorl_processado_por_demonstrativo=total("valor_total_processado_guia"),
                valorl_glosa_por_demonstrativo=total("valor_total_glosa_guia"),
                valo_franquia_por_demonstrativo=D("0.00"),
                valor_liberado_por_demonstrativo=liberado,
            ),
            total_debitos_demonstativo=D("0.00"),
            total_creditos_demonstrativo=D("0.00"),
            valor_recebido_demonstrativo=liberado,
        )
        msg = self.mensagem()
        msg.cabecalho.identificacao_transacao.tipo_transacao = (
            m.DmTipoTransacao.DEMONSTRATIVO_ODONTOLOGIA
        )
        msg.operadora_para_prestador.demonstrativos_retorno = m.CtDemonstrativoRetorno(
            demonstrativo_pagamento_odonto=dem
        )
        return msg


def montar(demonstrativo: Any, escolhas: list[Any], **kw: Any) -> Any:
    """``montar_recurso`` with what a test does not look at filled in (``kw`` overrides it)."""
    args: dict[str, Any] = {
        "numero_guia_prestador": "45385",
        "sequencial_transacao": "1",
        "data": dt.date(2023, 4, 19),
        "hora": dt.time(10, 0),
    }
    return montar_recurso(demonstrativo, escolhas, **(args | kw))
