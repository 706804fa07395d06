"""Small builders of TISS messages for the rules tests (generated dataclasses, valid values),
in any supported version: ``para("4.03.00").guia_sadt(...)``; the module-level functions build
in the default version (4.01.00)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from xsdata.models.datatype import XmlDate, XmlTime

from tiss_conecta import models

REGISTRO_ANS = "416070"
CNPJ = "11222333000181"  # valid check digits (computed by hand: DV 8 and 1)
CPF = "52998224725"  # valid check digits
CNES = "2077485"


def xd(dia: dt.date) -> XmlDate:
    return XmlDate(dia.year, dia.month, dia.day)


class Construtor:
    """The builders over one version's generated models (``self.m``)."""

    def __init__(self, versao: str = models.VERSAO_PADRAO) -> None:
        self.versao = versao
        self.m: Any = models.carregar(versao)

    def __repr__(self) -> str:
        return f"Construtor({self.versao!r})"

    def mensagem(
        self,
        *,
        lote: Any = None,
        recurso: Any = None,
        operadora: Any = None,
        padrao: Any = None,
        tipo: Any = "ENVIO_LOTE_GUIAS",
    ) -> Any:
        """A ``mensagemTISS``; ``padrao`` and ``tipo`` as text or as any version's enum."""
        padrao = self.versao if padrao is None else getattr(padrao, "value", padrao)
        cabecalho = self.m.CabecalhoTransacao(
            identificacao_transacao=self.m.CabecalhoTransacao.IdentificacaoTransacao(
                tipo_transacao=self.m.DmTipoTransacao(getattr(tipo, "value", tipo)),
                sequencial_transacao="1",
                data_registro_transacao=xd(dt.date(2025, 6, 2)),
                hora_registro_transacao=XmlTime(9, 0, 0),
            ),
            origem=self.m.CabecalhoTransacao.Origem(
                identificacao_prestador=self.m.CtPrestadorIdentificacao(cnpj=CNPJ)
            ),
            destino=self.m.CabecalhoTransacao.Destino(registro_ans=REGISTRO_ANS),
            padrao=self.m.DmVersao(padrao),
        )
        po = None
        if lote is not None or recurso is not None:
            po = self.m.PrestadorOperadora(lote_guias=lote, recurso_glosa=recurso)
        return self.m.MensagemTiss(
            cabecalho=cabecalho,
            prestador_para_operadora=po,
            operadora_para_prestador=operadora,
            epilogo=self.m.Epilogo(hash=""),
        )

    def lote(self, **guias: Sequence[Any]) -> Any:
        """``lote(guia_sp_sadt=[...])``."""
        return self.m.CtmGuiaLote(
            numero_lote="1",
            guias_tiss=self.m.CtmGuiaLote.GuiasTiss(**{k: list(v) for k, v in guias.items()}),
        )

    def _profissional(self, numero: str = "123456") -> Any:
        return self.m.CtContratadoProfissionalDados(
            nome_profissional="ANA",
            conselho_profissional=self.m.DmConselhoProfissional.VALUE_06,
            numero_conselho_profissional=numero,
            uf=self.m.DmUf.VALUE_32,
            cbos=self.m.DmCbos.VALUE_225125,
        )

    def _beneficiario(self, carteira: str = "0001") -> Any:
        return self.m.CtBeneficiarioDados(
            numero_carteira=carteira, atendimento_rn=self.m.DmSimNao.N
        )

    def procedimento_sadt(
        self,
        seq: int,
        data: dt.date,
        *,
        codigo: str = "40301630",
        valor: Decimal = Decimal("10.00"),
        quantidade: int = 1,
        fator: Decimal = Decimal("1.00"),
        total: Decimal | None = None,
        profissional: str | None = None,
        hora: XmlTime | None = None,
    ) -> Any:
        equipe = []
        if profissional is not None:
            equipe.append(
                self.m.CtIdentEquipeSadt(
                    cod_profissional=self.m.CtIdentEquipeSadt.CodProfissional(cpf_contratado=CPF),
                    nome_prof="ANA",
                    conselho=self.m.DmConselhoProfissional.VALUE_06,
                    numero_conselho_profissional=profissional,
                    uf=self.m.DmUf.VALUE_32,
                    cbos=self.m.DmCbos.VALUE_225125,
                )
            )
        return self.m.CtProcedimentoExecutadoSadt(
            sequencial_item=seq,
            data_execucao=xd(data),
            hora_inicial=hora,
            procedimento=self.m.CtProcedimentoDados(
                codigo_tabela=self.m.DmTabela.VALUE_22,
                codigo_procedimento=codigo,
                descricao_procedimento="PROCEDIMENTO",
            ),
            quantidade_executada=quantidade,
            reducao_acrescimo=fator,
            valor_unitario=valor,
            valor_total=valor * quantidade * fator if total is None else total,
            equipe_sadt=equipe,
        )

    def despesa(
        self, seq: int, data: dt.date, codigo_despesa: str = "03", valor: Decimal = Decimal("5.00")
    ) -> Any:
        return self.m.CtOutrasDespesas.Despesa(
            sequencial_item=seq,
            codigo_despesa=self.m.DmOutrasDespesas(codigo_despesa),
            servicos_executados=self.m.CtProcedimentoExecutadoOutras(
                data_execucao=xd(data),
                codigo_tabela=self.m.DmTabela.VALUE_19,
                codigo_procedimento="90000001",
                quantidade_executada=Decimal("1"),
                unidade_medida=next(iter(self.m.DmUnidadeMedida)),
                reducao_acrescimo=Decimal("1.00"),
                valor_unitario=valor,
                valor_total=valor,
                descricao_procedimento="MATERIAL",
            ),
        )

    def guia_sadt(
        self,
        numero: str,
        procedimentos: Sequence[Any],
        *,
        despesas: Sequence[Any] = (),
        data_autorizacao: dt.date | None = None,
        validade_senha: dt.date | None = None,
        valor_total: Any = None,
        cnpj_executante: str = CNPJ,
        cnes: str = CNES,
        registro_ans: str = REGISTRO_ANS,
    ) -> Any:
        g = self.m.CtmSpSadtGuia
        soma_proc = sum((p.valor_total for p in procedimentos), Decimal("0.00"))
        soma_desp = sum((d.servicos_executados.valor_total for d in despesas), Decimal("0.00"))
        if valor_total is None:
            valor_total = self.m.CtGuiaValorTotal(
                valor_procedimentos=soma_proc,
                valor_materiais=soma_desp if despesas else None,
                valor_total_geral=soma_proc + soma_desp,
            )
        autorizacao = None
        if data_autorizacao is not None:
            autorizacao = self.m.CtAutorizacaoSadt(
                data_autorizacao=xd(data_autorizacao),
                senha="S1",
                data_validade_senha=xd(validade_senha) if validade_senha else None,
            )
        return g(
            cabecalho_guia=g.CabecalhoGuia(registro_ans=registro_ans, numero_guia_prestador=numero),
            dados_autorizacao=autorizacao,
            dados_beneficiario=self._beneficiario(),
            dados_solicitante=g.DadosSolicitante(
                contratado_solicitante=self.m.CtContratadoDados(cnpj_contratado=CNPJ),
                nome_contratado_solicitante="CLINICA",
                profissional_solicitante=self._profissional(),
            ),
            dados_solicitacao=g.DadosSolicitacao(
                carater_atendimento=self.m.DmCaraterAtendimento.VALUE_1
            ),
            dados_executante=g.DadosExecutante(
                contratado_executante=self.m.CtContratadoDados(cnpj_contratado=cnpj_executante),
                cnes=cnes,
            ),
            dados_atendimento=self.m.CtmSpSadtAtendimento(
                tipo_atendimento=self.m.DmTipoAtendimento.VALUE_23,
                indicacao_acidente=self.m.DmIndicadorAcidente.VALUE_9,
                regime_atendimento=self.m.DmRegimeAtendimento.VALUE_01,
            ),
            procedimentos_executados=g.ProcedimentosExecutados(
                procedimento_executado=list(procedimentos)
            ),
            outras_despesas=self.m.CtOutrasDespesas(despesa=list(despesas)) if despesas else None,
            valor_total=valor_total,
        )

    def guia_consulta(
        self,
        numero: str,
        data: dt.date,
        *,
        carteira: str = "0001",
        profissional: str = "123456",
        codigo: str = "10101012",
    ) -> Any:
        return self.m.CtmConsultaGuia(
            cabecalho_consulta=self.m.CtGuiaCabecalho(
                registro_ans=REGISTRO_ANS, numero_guia_prestador=numero
            ),
            dados_beneficiario=self._beneficiario(carteira),
            contratado_executante=self.m.CtmConsultaGuia.ContratadoExecutante(
                cnpj_contratado=CNPJ, cnes=CNES
            ),
            profissional_executante=self._profissional(profissional),
            indicacao_acidente=self.m.DmIndicadorAcidente.VALUE_9,
            dados_atendimento=self.m.CtmConsultaAtendimento(
                regime_atendimento=self.m.DmRegimeAtendimento.VALUE_01,
                data_atendimento=xd(data),
                tipo_consulta=self.m.DmTipoConsulta.VALUE_1,
                procedimento=self.m.CtmConsultaAtendimento.Procedimento(
                    codigo_tabela=self.m.DmTabela.VALUE_22,
                    codigo_procedimento=codigo,
                    valor_procedimento=Decimal("100.00"),
                ),
            ),
        )

    def guia_honorarios(
        self, numero: str, datas: Sequence[dt.date], *, total: Decimal | None = None
    ) -> Any:
        g = self.m.CtmHonorarioIndividualGuia
        procs = []
        for seq, data in enumerate(datas, 1):
            procs.append(
                self.m.CtProcedimentoExecutadoHonorIndiv(
                    sequencial_item=seq,
                    data_execucao=xd(data),
                    procedimento=self.m.CtProcedimentoDados(
                        codigo_tabela=self.m.DmTabela.VALUE_22,
                        codigo_procedimento=f"3010101{seq}",
                        descricao_procedimento="CIRURGIA",
                    ),
                    quantidade_executada=1,
                    reducao_acrescimo=Decimal("1.00"),
                    valor_unitario=Decimal("200.00"),
                    valor_total=Decimal("200.00"),
                    profissionais=[
                        self.m.CtProcedimentoExecutadoHonorIndiv.Profissionais(
                            grau_participacao=self.m.DmGrauPart.VALUE_00,
                            cod_profissional=self.m.CtProcedimentoExecutadoHonorIndiv.Profissionais.CodProfissional(
                                cpf_contratado=CPF
                            ),
                            nome_profissional="ANA",
                            conselho_profissional=self.m.DmConselhoProfissional.VALUE_06,
                            numero_conselho_profissional="123456",
                            uf=self.m.DmUf.VALUE_32,
                            cbo=self.m.DmCbos.VALUE_225125,
                        )
                    ],
                )
            )
        return g(
            cabecalho_guia=self.m.CtGuiaCabecalho(
                registro_ans=REGISTRO_ANS, numero_guia_prestador=numero
            ),
            guia_solic_internacao="123",
            beneficiario=g.Beneficiario(numero_carteira="0001", atendimento_rn=self.m.DmSimNao.N),
            local_contratado=g.LocalContratado(
                codigo_contratado=g.LocalContratado.CodigoContratado(cnpj_local_executante=CNPJ),
                nome_contratado="HOSPITAL",
                cnes=CNES,
            ),
            dados_contratado_executante=g.DadosContratadoExecutante(
                codigona_operadora="99", cnes_contratado_executante=CNES
            ),
            dados_internacao=g.DadosInternacao(
                data_inicio_faturamento=xd(min(datas)),
                data_fim_faturamento=xd(max(datas)),
                **self._carater_honorarios(),
            ),
            procedimentos_realizados=g.ProcedimentosRealizados(procedimento_realizado=procs),
            valor_total_honorarios=Decimal("200.00") * len(datas) if total is None else total,
            data_emissao_guia=xd(max(datas)),
        )

    def guia_internacao(
        self,
        numero: str,
        inicio: dt.date,
        fim: dt.date,
        *,
        data_autorizacao: dt.date | None = None,
        validade_senha: dt.date | None = None,
    ) -> Any:
        return self.m.CtmInternacaoResumoGuia(
            cabecalho_guia=self.m.CtGuiaCabecalho(
                registro_ans=REGISTRO_ANS, numero_guia_prestador=numero
            ),
            numero_guia_solicitacao_internacao="123",
            dados_autorizacao=self.m.CtAutorizacaoInternacao(
                data_autorizacao=xd(data_autorizacao or inicio),
                senha="S1",
                data_validade_senha=xd(validade_senha) if validade_senha else None,
            ),
            dados_beneficiario=self._beneficiario(),
            dados_executante=self.m.CtmInternacaoResumoGuia.DadosExecutante(
                contratado_executante=self.m.CtContratadoDados(cnpj_contratado=CNPJ), cnes=CNES
            ),
            dados_internacao=self.m.CtmInternacaoDados(
                carater_atendimento=self.m.DmCaraterAtendimento.VALUE_1,
                tipo_faturamento=self.m.DmTipoFaturamento.VALUE_4,
                data_inicio_faturamento=xd(inicio),
                hora_inicio_faturamento=XmlTime(8, 0, 0),
                data_final_faturamento=xd(fim),
                hora_final_faturamento=XmlTime(8, 0, 0),
                tipo_internacao=self.m.DmTipoInternacao.VALUE_1,
                regime_internacao=self.m.DmRegimeInternacao.VALUE_1,
            ),
            dados_saida_internacao=self.m.CtmInternacaoDadosSaida(
                indicador_acidente=self.m.DmIndicadorAcidente.VALUE_9,
                motivo_encerramento=self.m.DmMotivoSaida.VALUE_11,
            ),
            valor_total=self.m.CtGuiaValorTotal(valor_total_geral=Decimal("0.00")),
        )

    def guia_odonto(
        self,
        numero: str,
        datas: Sequence[dt.date],
        *,
        data_autorizacao: dt.date | None = None,
        validade_senha: dt.date | None = None,
        dentes: Sequence[str] | None = None,
    ) -> Any:
        g = self.m.CtoGuiaOdontologia
        procs = []
        for seq, data in enumerate(datas, 1):
            dente = dentes[seq - 1] if dentes else None
            procs.append(
                g.ProcedimentosExecutados(
                    sequencial_item=seq,
                    proc_solic=self.m.CtProcedimentoDados(
                        codigo_tabela=self.m.DmTabela.VALUE_22,
                        codigo_procedimento="81000065",
                        descricao_procedimento="CONSULTA ODONTOLOGICA",
                    ),
                    dente_regiao=(
                        g.ProcedimentosExecutados.DenteRegiao(cod_dente=self.m.DmDente(dente))
                        if dente
                        else None
                    ),
                    qtd_proc=1,
                    valor_proc=Decimal("50.00"),
                    autorizado=True,
                    data_realizacao=xd(data),
                )
            )
        return g(
            registro_ans=REGISTRO_ANS,
            numero_guia_prestador=numero,
            data_autorizacao=xd(data_autorizacao) if data_autorizacao else None,
            senha_autorizacao="S1" if data_autorizacao else None,
            validade_senha=xd(validade_senha) if validade_senha else None,
            dados_beneficiario=self._beneficiario(),
            plano_beneficiario="PLANO",
            dados_profissionais_responsaveis=g.DadosProfissionaisResponsaveis(
                codigo_prof_exec="1",
                cro_exec="1234",
                uf_exec=self.m.DmUf.VALUE_32,
                cnes_exec=CNES,
                cbos_exec2=self.m.DmCbos.VALUE_225125,
            ),
            procedimentos_executados=procs,
            tipo_atendimento=self.m.DmTipoAtendimentoOdonto.VALUE_1,
            tipo_faturamento=self.m.DmTipoFaturamentoOdonto.VALUE_4,
            valor_total_proc=Decimal("50.00") * len(datas),
        )

    def _carater_honorarios(self) -> dict[str, Any]:
        """``caraterAtendimento`` of the guia de honorários: required from 4.03.00 on."""
        campos = {
            f.name for f in dataclasses.fields(self.m.CtmHonorarioIndividualGuia.DadosInternacao)
        }
        if "carater_atendimento" not in campos:
            return {}
        return {"carater_atendimento": self.m.DmCaraterAtendimento.VALUE_1}


@functools.cache
def para(versao: str) -> Construtor:
    """The builders of ``versao``."""
    return Construtor(versao)


_PADRAO = para(models.VERSAO_PADRAO)
m: Any = _PADRAO.m
mensagem = _PADRAO.mensagem
lote = _PADRAO.lote
procedimento_sadt = _PADRAO.procedimento_sadt
despesa = _PADRAO.despesa
guia_sadt = _PADRAO.guia_sadt
guia_consulta = _PADRAO.guia_consulta
guia_honorarios = _PADRAO.guia_honorarios
guia_internacao = _PADRAO.guia_internacao
guia_odonto = _PADRAO.guia_odonto
