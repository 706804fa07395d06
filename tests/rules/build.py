"""Small builders of TISS messages for the rules tests (generated dataclasses, valid values)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from xsdata.models.datatype import XmlDate, XmlTime

from tiss_conecta.models.v4_01_00 import tiss as m

REGISTRO_ANS = "416070"
CNPJ = "11222333000181"  # valid check digits (computed by hand: DV 8 and 1)
CPF = "52998224725"  # valid check digits
CNES = "2077485"


def xd(dia: dt.date) -> XmlDate:
    return XmlDate(dia.year, dia.month, dia.day)


def mensagem(
    *,
    lote: Any = None,
    recurso: Any = None,
    operadora: Any = None,
    padrao: m.DmVersao = m.DmVersao.VALUE_4_01_00,
    tipo: m.DmTipoTransacao = m.DmTipoTransacao.ENVIO_LOTE_GUIAS,
) -> m.MensagemTiss:
    cabecalho = m.CabecalhoTransacao(
        identificacao_transacao=m.CabecalhoTransacao.IdentificacaoTransacao(
            tipo_transacao=tipo,
            sequencial_transacao="1",
            data_registro_transacao=xd(dt.date(2025, 6, 2)),
            hora_registro_transacao=XmlTime(9, 0, 0),
        ),
        origem=m.CabecalhoTransacao.Origem(
            identificacao_prestador=m.CtPrestadorIdentificacao(cnpj=CNPJ)
        ),
        destino=m.CabecalhoTransacao.Destino(registro_ans=REGISTRO_ANS),
        padrao=padrao,
    )
    po = None
    if lote is not None or recurso is not None:
        po = m.PrestadorOperadora(lote_guias=lote, recurso_glosa=recurso)
    return m.MensagemTiss(
        cabecalho=cabecalho,
        prestador_para_operadora=po,
        operadora_para_prestador=operadora,
        epilogo=m.Epilogo(hash=""),
    )


def lote(**guias: Sequence[Any]) -> m.CtmGuiaLote:
    """``lote(guia_sp_sadt=[...])``."""
    return m.CtmGuiaLote(
        numero_lote="1",
        guias_tiss=m.CtmGuiaLote.GuiasTiss(**{k: list(v) for k, v in guias.items()}),
    )


def _profissional(numero: str = "123456") -> m.CtContratadoProfissionalDados:
    return m.CtContratadoProfissionalDados(
        nome_profissional="ANA",
        conselho_profissional=m.DmConselhoProfissional.VALUE_06,
        numero_conselho_profissional=numero,
        uf=m.DmUf.VALUE_32,
        cbos=m.DmCbos.VALUE_225125,
    )


def _beneficiario(carteira: str = "0001") -> m.CtBeneficiarioDados:
    return m.CtBeneficiarioDados(numero_carteira=carteira, atendimento_rn=m.DmSimNao.N)


def procedimento_sadt(
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
) -> m.CtProcedimentoExecutadoSadt:
    equipe = []
    if profissional is not None:
        equipe.append(
            m.CtIdentEquipeSadt(
                cod_profissional=m.CtIdentEquipeSadt.CodProfissional(cpf_contratado=CPF),
                nome_prof="ANA",
                conselho=m.DmConselhoProfissional.VALUE_06,
                numero_conselho_profissional=profissional,
                uf=m.DmUf.VALUE_32,
                cbos=m.DmCbos.VALUE_225125,
            )
        )
    return m.CtProcedimentoExecutadoSadt(
        sequencial_item=seq,
        data_execucao=xd(data),
        hora_inicial=hora,
        procedimento=m.CtProcedimentoDados(
            codigo_tabela=m.DmTabela.VALUE_22,
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
    seq: int, data: dt.date, codigo_despesa: str = "03", valor: Decimal = Decimal("5.00")
) -> m.CtOutrasDespesas.Despesa:
    return m.CtOutrasDespesas.Despesa(
        sequencial_item=seq,
        codigo_despesa=m.DmOutrasDespesas(codigo_despesa),
        servicos_executados=m.CtProcedimentoExecutadoOutras(
            data_execucao=xd(data),
            codigo_tabela=m.DmTabela.VALUE_19,
            codigo_procedimento="90000001",
            quantidade_executada=Decimal("1"),
            unidade_medida=next(iter(m.DmUnidadeMedida)),
            reducao_acrescimo=Decimal("1.00"),
            valor_unitario=valor,
            valor_total=valor,
            descricao_procedimento="MATERIAL",
        ),
    )


def guia_sadt(
    numero: str,
    procedimentos: Sequence[m.CtProcedimentoExecutadoSadt],
    *,
    despesas: Sequence[m.CtOutrasDespesas.Despesa] = (),
    data_autorizacao: dt.date | None = None,
    validade_senha: dt.date | None = None,
    valor_total: m.CtGuiaValorTotal | None = None,
    cnpj_executante: str = CNPJ,
    cnes: str = CNES,
    registro_ans: str = REGISTRO_ANS,
) -> m.CtmSpSadtGuia:
    g = m.CtmSpSadtGuia
    soma_proc = sum((p.valor_total for p in procedimentos), Decimal("0.00"))
    soma_desp = sum((d.servicos_executados.valor_total for d in despesas), Decimal("0.00"))
    if valor_total is None:
        valor_total = m.CtGuiaValorTotal(
            valor_procedimentos=soma_proc,
            valor_materiais=soma_desp if despesas else None,
            valor_total_geral=soma_proc + soma_desp,
        )
    autorizacao = None
    if data_autorizacao is not None:
        autorizacao = m.CtAutorizacaoSadt(
            data_autorizacao=xd(data_autorizacao),
            senha="S1",
            data_validade_senha=xd(validade_senha) if validade_senha else None,
        )
    return g(
        cabecalho_guia=g.CabecalhoGuia(registro_ans=registro_ans, numero_guia_prestador=numero),
        dados_autorizacao=autorizacao,
        dados_beneficiario=_beneficiario(),
        dados_solicitante=g.DadosSolicitante(
            contratado_solicitante=m.CtContratadoDados(cnpj_contratado=CNPJ),
            nome_contratado_solicitante="CLINICA",
            profissional_solicitante=_profissional(),
        ),
        dados_solicitacao=g.DadosSolicitacao(carater_atendimento=m.DmCaraterAtendimento.VALUE_1),
        dados_executante=g.DadosExecutante(
            contratado_executante=m.CtContratadoDados(cnpj_contratado=cnpj_executante),
            cnes=cnes,
        ),
        dados_atendimento=m.CtmSpSadtAtendimento(
            tipo_atendimento=m.DmTipoAtendimento.VALUE_23,
            indicacao_acidente=m.DmIndicadorAcidente.VALUE_9,
            regime_atendimento=m.DmRegimeAtendimento.VALUE_01,
        ),
        procedimentos_executados=g.ProcedimentosExecutados(
            procedimento_executado=list(procedimentos)
        ),
        outras_despesas=m.CtOutrasDespesas(despesa=list(despesas)) if despesas else None,
        valor_total=valor_total,
    )


def guia_consulta(
    numero: str,
    data: dt.date,
    *,
    carteira: str = "0001",
    profissional: str = "123456",
    codigo: str = "10101012",
) -> m.CtmConsultaGuia:
    return m.CtmConsultaGuia(
        cabecalho_consulta=m.CtGuiaCabecalho(
            registro_ans=REGISTRO_ANS, numero_guia_prestador=numero
        ),
        dados_beneficiario=_beneficiario(carteira),
        contratado_executante=m.CtmConsultaGuia.ContratadoExecutante(
            cnpj_contratado=CNPJ, cnes=CNES
        ),
        profissional_executante=_profissional(profissional),
        indicacao_acidente=m.DmIndicadorAcidente.VALUE_9,
        dados_atendimento=m.CtmConsultaAtendimento(
            regime_atendimento=m.DmRegimeAtendimento.VALUE_01,
            data_atendimento=xd(data),
            tipo_consulta=m.DmTipoConsulta.VALUE_1,
            procedimento=m.CtmConsultaAtendimento.Procedimento(
                codigo_tabela=m.DmTabela.VALUE_22,
                codigo_procedimento=codigo,
                valor_procedimento=Decimal("100.00"),
            ),
        ),
    )


def guia_honorarios(
    numero: str, datas: Sequence[dt.date], *, total: Decimal | None = None
) -> m.CtmHonorarioIndividualGuia:
    g = m.CtmHonorarioIndividualGuia
    procs = []
    for seq, data in enumerate(datas, 1):
        procs.append(
            m.CtProcedimentoExecutadoHonorIndiv(
                sequencial_item=seq,
                data_execucao=xd(data),
                procedimento=m.CtProcedimentoDados(
                    codigo_tabela=m.DmTabela.VALUE_22,
                    codigo_procedimento=f"3010101{seq}",
                    descricao_procedimento="CIRURGIA",
                ),
                quantidade_executada=1,
                reducao_acrescimo=Decimal("1.00"),
                valor_unitario=Decimal("200.00"),
                valor_total=Decimal("200.00"),
                profissionais=[
                    m.CtProcedimentoExecutadoHonorIndiv.Profissionais(
                        grau_participacao=m.DmGrauPart.VALUE_00,
                        cod_profissional=m.CtProcedimentoExecutadoHonorIndiv.Profissionais.CodProfissional(
                            cpf_contratado=CPF
                        ),
                        nome_profissional="ANA",
                        conselho_profissional=m.DmConselhoProfissional.VALUE_06,
                        numero_conselho_profissional="123456",
                        uf=m.DmUf.VALUE_32,
                        cbo=m.DmCbos.VALUE_225125,
                    )
                ],
            )
        )
    return g(
        cabecalho_guia=m.CtGuiaCabecalho(registro_ans=REGISTRO_ANS, numero_guia_prestador=numero),
        guia_solic_internacao="123",
        beneficiario=g.Beneficiario(numero_carteira="0001", atendimento_rn=m.DmSimNao.N),
        local_contratado=g.LocalContratado(
            codigo_contratado=g.LocalContratado.CodigoContratado(cnpj_local_executante=CNPJ),
            nome_contratado="HOSPITAL",
            cnes=CNES,
        ),
        dados_contratado_executante=g.DadosContratadoExecutante(
            codigona_operadora="99", cnes_contratado_executante=CNES
        ),
        dados_internacao=g.DadosInternacao(
            data_inicio_faturamento=xd(min(datas)), data_fim_faturamento=xd(max(datas))
        ),
        procedimentos_realizados=g.ProcedimentosRealizados(procedimento_realizado=procs),
        valor_total_honorarios=Decimal("200.00") * len(datas) if total is None else total,
        data_emissao_guia=xd(max(datas)),
    )


def guia_internacao(
    numero: str,
    inicio: dt.date,
    fim: dt.date,
    *,
    data_autorizacao: dt.date | None = None,
    validade_senha: dt.date | None = None,
) -> m.CtmInternacaoResumoGuia:
    return m.CtmInternacaoResumoGuia(
        cabecalho_guia=m.CtGuiaCabecalho(registro_ans=REGISTRO_ANS, numero_guia_prestador=numero),
        numero_guia_solicitacao_internacao="123",
        dados_autorizacao=m.CtAutorizacaoInternacao(
            data_autorizacao=xd(data_autorizacao or inicio),
            senha="S1",
            data_validade_senha=xd(validade_senha) if validade_senha else None,
        ),
        dados_beneficiario=_beneficiario(),
        dados_executante=m.CtmInternacaoResumoGuia.DadosExecutante(
            contratado_executante=m.CtContratadoDados(cnpj_contratado=CNPJ), cnes=CNES
        ),
        dados_internacao=m.CtmInternacaoDados(
            carater_atendimento=m.DmCaraterAtendimento.VALUE_1,
            tipo_faturamento=m.DmTipoFaturamento.VALUE_4,
            data_inicio_faturamento=xd(inicio),
            hora_inicio_faturamento=XmlTime(8, 0, 0),
            data_final_faturamento=xd(fim),
            hora_final_faturamento=XmlTime(8, 0, 0),
            tipo_internacao=m.DmTipoInternacao.VALUE_1,
            regime_internacao=m.DmRegimeInternacao.VALUE_1,
        ),
        dados_saida_internacao=m.CtmInternacaoDadosSaida(
            indicador_acidente=m.DmIndicadorAcidente.VALUE_9,
            motivo_encerramento=m.DmMotivoSaida.VALUE_11,
        ),
        valor_total=m.CtGuiaValorTotal(valor_total_geral=Decimal("0.00")),
    )


def guia_odonto(
    numero: str,
    datas: Sequence[dt.date],
    *,
    data_autorizacao: dt.date | None = None,
    validade_senha: dt.date | None = None,
    dentes: Sequence[str] | None = None,
) -> m.CtoGuiaOdontologia:
    g = m.CtoGuiaOdontologia
    procs = []
    for seq, data in enumerate(datas, 1):
        dente = dentes[seq - 1] if dentes else None
        procs.append(
            g.ProcedimentosExecutados(
                sequencial_item=seq,
                proc_solic=m.CtProcedimentoDados(
                    codigo_tabela=m.DmTabela.VALUE_22,
                    codigo_procedimento="81000065",
                    descricao_procedimento="CONSULTA ODONTOLOGICA",
                ),
                dente_regiao=(
                    g.ProcedimentosExecutados.DenteRegiao(cod_dente=m.DmDente(dente))
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
        dados_beneficiario=_beneficiario(),
        plano_beneficiario="PLANO",
        dados_profissionais_responsaveis=g.DadosProfissionaisResponsaveis(
            codigo_prof_exec="1",
            cro_exec="1234",
            uf_exec=m.DmUf.VALUE_32,
            cnes_exec=CNES,
            cbos_exec2=m.DmCbos.VALUE_225125,
        ),
        procedimentos_executados=procs,
        tipo_atendimento=m.DmTipoAtendimentoOdonto.VALUE_1,
        tipo_faturamento=m.DmTipoFaturamentoOdonto.VALUE_4,
        valor_total_proc=Decimal("50.00") * len(datas),
    )
