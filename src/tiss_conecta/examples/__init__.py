"""Example messages written by the project, built from the generated models.

``lote_sadt(n)`` builds a schema-valid ENVIO_LOTE_GUIAS of ``n`` SP/SADT guias in any
supported version (the demo and the benchmarks use it); ``caminho("lote-sadt", versao)`` is the
same lote of 3 guias as a file shipped with the package, one per version
(``python -m tiss_conecta.examples lote-sadt [VERSAO]`` prints that path). The operadora's
answers to that lote are shipped too: ``demonstrativo-analise`` (protocolo 48740: guia 00000001
paid, 00000002 partly glosado, 00000003 not answered yet) and ``demonstrativo-pagamento``
(what protocolo 48740 is paid, with ISS withheld).

    >>> caminho("lote-sadt", "4.03.00").parent.name
    '4.03.00'
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from xsdata.models.datatype import XmlDate, XmlTime

from tiss_conecta import models

__all__ = [
    "EXEMPLOS",
    "caminho",
    "construir",
    "demonstrativo_analise",
    "demonstrativo_pagamento",
    "lote_sadt",
]

EXEMPLOS = {
    "lote-sadt": "lote-sadt.xml",
    "demonstrativo-analise": "demonstrativo-analise.xml",
    "demonstrativo-pagamento": "demonstrativo-pagamento.xml",
}
"""Each example's name and its file, shipped in one folder per version."""
REGISTRO_ANS = "416070"  # ArcelorMittal Tubarão, one of the seed operadoras
CNPJ_OPERADORA = "11444777000161"
CNPJ_PRESTADOR = "11222333000181"
CNES = "2077485"
CENTAVOS = Decimal("0.01")

# (TUSS code, description, unit value): common SP/SADT procedures
PROCEDIMENTOS = (
    ("40301630", "HEMOGRAMA COM CONTAGEM DE PLAQUETAS", Decimal("8.50")),
    ("40302040", "GLICOSE - PESQUISA E/OU DOSAGEM", Decimal("3.20")),
    ("40901114", "ULTRASSONOGRAFIA DE ABDOME TOTAL", Decimal("120.00")),
    ("40801020", "RADIOGRAFIA DE TORAX - 2 INCIDENCIAS", Decimal("35.70")),
)


def caminho(nome: str, versao: str = models.VERSAO_PADRAO) -> Path:
    """The shipped example file called ``nome`` (see :data:`EXEMPLOS`) in ``versao``.

    >>> caminho("demonstrativo-analise", "4.02.00").name
    'demonstrativo-analise.xml'
    """
    try:
        arquivo = EXEMPLOS[nome]
    except KeyError:
        raise KeyError(
            f"exemplo desconhecido {nome!r}; conhecidos: {', '.join(EXEMPLOS)}"
        ) from None
    models.carregar(versao)  # an unknown version: TissVersionError naming the supported ones
    return Path(__file__).with_name(versao) / arquivo


def _xml_date(day: dt.date) -> XmlDate:
    return XmlDate(day.year, day.month, day.day)


def _guia(m: Any, numero: int, atendimento: dt.date, itens: int) -> Any:
    g = m.CtmSpSadtGuia
    profissional = m.CtContratadoProfissionalDados(
        nome_profissional="ANA MARIA SOUZA",
        conselho_profissional=m.DmConselhoProfissional.VALUE_06,  # CRM
        numero_conselho_profissional="123456",
        uf=m.DmUf.VALUE_32,  # ES
        cbos=m.DmCbos.VALUE_225125,  # médico clínico
    )
    procedimentos = []
    for seq in range(1, itens + 1):
        codigo, descricao, unitario = PROCEDIMENTOS[(numero + seq) % len(PROCEDIMENTOS)]
        procedimentos.append(
            m.CtProcedimentoExecutadoSadt(
                sequencial_item=seq,
                data_execucao=_xml_date(atendimento),
                procedimento=m.CtProcedimentoDados(
                    codigo_tabela=m.DmTabela.VALUE_22,
                    codigo_procedimento=codigo,
                    descricao_procedimento=descricao,
                ),
                quantidade_executada=1,
                reducao_acrescimo=Decimal("1.00"),
                valor_unitario=unitario,
                valor_total=unitario,
            )
        )
    total = sum((p.valor_total for p in procedimentos), Decimal("0.00"))
    return g(
        cabecalho_guia=g.CabecalhoGuia(
            registro_ans=REGISTRO_ANS, numero_guia_prestador=f"{numero:08d}"
        ),
        dados_autorizacao=m.CtAutorizacaoSadt(
            numero_guia_operadora=f"9{numero:07d}",
            data_autorizacao=_xml_date(atendimento - dt.timedelta(days=2)),
            senha=f"S{numero:07d}",
            data_validade_senha=_xml_date(atendimento + dt.timedelta(days=30)),
        ),
        dados_beneficiario=m.CtBeneficiarioDados(
            numero_carteira=f"0{numero:015d}", atendimento_rn=m.DmSimNao.N
        ),
        dados_solicitante=g.DadosSolicitante(
            contratado_solicitante=m.CtContratadoDados(cnpj_contratado=CNPJ_PRESTADOR),
            nome_contratado_solicitante="CLINICA EXEMPLO LTDA",
            profissional_solicitante=profissional,
        ),
        dados_solicitacao=g.DadosSolicitacao(
            data_solicitacao=_xml_date(atendimento - dt.timedelta(days=3)),
            carater_atendimento=m.DmCaraterAtendimento.VALUE_1,
            indicacao_clinica="INVESTIGACAO DIAGNOSTICA",
        ),
        dados_executante=g.DadosExecutante(
            contratado_executante=m.CtContratadoDados(cnpj_contratado=CNPJ_PRESTADOR),
            cnes=CNES,
        ),
        dados_atendimento=m.CtmSpSadtAtendimento(
            tipo_atendimento=m.DmTipoAtendimento.VALUE_23,  # exame
            indicacao_acidente=m.DmIndicadorAcidente.VALUE_9,  # não acidente
            regime_atendimento=m.DmRegimeAtendimento.VALUE_01,  # ambulatorial
        ),
        procedimentos_executados=g.ProcedimentosExecutados(procedimento_executado=procedimentos),
        valor_total=m.CtGuiaValorTotal(
            valor_procedimentos=total, valor_total_geral=total.quantize(CENTAVOS)
        ),
    )


def lote_sadt(
    n_guias: int = 3,
    *,
    data_envio: dt.date = dt.date(2025, 6, 2),
    itens_por_guia: int = 2,
    versao: str = models.VERSAO_PADRAO,
) -> Any:
    """A schema-valid ENVIO_LOTE_GUIAS of ``n_guias`` SP/SADT guias (1..100) in ``versao``.

    Dates of care run back from ``data_envio`` one day per guia, so every item is inside
    the 90-day billing window when ``n_guias <= 90``.

    >>> lote = lote_sadt(5, versao="4.03.00")
    >>> guias = lote.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt
    >>> lote.cabecalho.padrao.value, len(guias)
    ('4.03.00', 5)
    """
    if not 1 <= n_guias <= 100:
        raise ValueError("a lote holds 1 to 100 guias")
    m = models.carregar(versao)
    guias = [
        _guia(m, numero, data_envio - dt.timedelta(days=numero), itens_por_guia)
        for numero in range(1, n_guias + 1)
    ]
    cabecalho = m.CabecalhoTransacao(
        identificacao_transacao=m.CabecalhoTransacao.IdentificacaoTransacao(
            tipo_transacao=m.DmTipoTransacao.ENVIO_LOTE_GUIAS,
            sequencial_transacao="1",
            data_registro_transacao=_xml_date(data_envio),
            hora_registro_transacao=XmlTime(9, 30, 0),
        ),
        origem=m.CabecalhoTransacao.Origem(
            identificacao_prestador=m.CtPrestadorIdentificacao(cnpj=CNPJ_PRESTADOR)
        ),
        destino=m.CabecalhoTransacao.Destino(registro_ans=REGISTRO_ANS),
        padrao=m.DmVersao(versao),
    )
    lote = m.CtmGuiaLote(
        numero_lote="1",
        guias_tiss=m.CtmGuiaLote.GuiasTiss(guia_sp_sadt=guias),
    )
    return m.MensagemTiss(
        cabecalho=cabecalho,
        prestador_para_operadora=m.PrestadorOperadora(lote_guias=lote),
        epilogo=m.Epilogo(hash=""),
    )


PROTOCOLO = "48740"
"""The protocolo (PEG) the operadora gave the example lote."""
GLOSADO = Decimal("15.00")
"""What the operadora cut from the second guia's first (dearest) item (glosa 1705)."""


def demonstrativo_analise(
    *, data_envio: dt.date = dt.date(2025, 6, 2), versao: str = models.VERSAO_PADRAO
) -> Any:
    """The DEMONSTRATIVO_ANALISE_CONTA of protocolo 48740 for ``lote_sadt(3)``: guia
    00000001 paid in full, 00000002 with R$ 15,00 of its first item (R$ 35,70) glosados
    (1705, valor apresentado a maior), 00000003 absent (not answered yet), in ``versao``.

    >>> d = demonstrativo_analise()
    >>> conta = d.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta[0]
    >>> protocolo = conta.dados_conta.dados_protocolo[0]
    >>> [g.numero_guia_prestador for g in protocolo.relacao_guias]
    ['00000001', '00000002']
    >>> protocolo.valor_glosa_protocolo
    Decimal('15.00')
    """
    m = models.carregar(versao)
    lote = lote_sadt(3, data_envio=data_envio, versao=versao)
    sadts = lote.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt
    guias = [_guia_analisada(m, sadts[0], Decimal(0)), _guia_analisada(m, sadts[1], GLOSADO)]
    emissao = data_envio + dt.timedelta(days=20)
    informado = sum((g.valor_informado_guia for g in guias), Decimal("0.00"))
    liberado = sum((g.valor_liberado_guia for g in guias), Decimal("0.00"))
    Conta = m.CtmDemonstrativoAnaliseConta
    protocolo = m.CtContaMedicaResumo(
        numero_lote_prestador="1",
        numero_protocolo=PROTOCOLO,
        data_protocolo=_xml_date(data_envio),
        situacao_protocolo=m.DmStatusProtocolo.VALUE_5,  # analisado: liberado para faturamento
        relacao_guias=guias,
        valor_informado_protocolo=informado,
        valor_processado_protocolo=informado,
        valor_liberado_protocolo=liberado,
        valor_glosa_protocolo=informado - liberado,
    )
    conta = Conta(
        cabecalho_demonstrativo=m.CtDemonstrativoCabecalho(
            registro_ans=REGISTRO_ANS,
            numero_demonstrativo="2025000001",
            nome_operadora="ARCELORMITTAL TUBARAO",
            numero_cnpj=CNPJ_OPERADORA,
            data_emissao=_xml_date(emissao),
        ),
        dados_prestador=Conta.DadosPrestador(
            dados_contratado=m.CtContratadoDados(cnpj_contratado=CNPJ_PRESTADOR), cnes=CNES
        ),
        dados_conta=Conta.DadosConta(dados_protocolo=[protocolo]),
        valor_informado_geral=informado,
        valor_processado_geral=informado,
        valor_liberado_geral=liberado,
        valor_glosa_geral=informado - liberado,
    )
    return _da_operadora(
        m,
        versao,
        m.DmTipoTransacao.DEMONSTRATIVO_ANALISE_CONTA,
        emissao,
        m.CtDemonstrativoRetorno(demonstrativo_analise_conta=[conta]),
    )


def _da_operadora(m: Any, versao: str, tipo: Any, emissao: dt.date, retorno: Any) -> Any:
    """The message the operadora sends the example prestador with ``retorno`` in it."""
    return m.MensagemTiss(
        cabecalho=m.CabecalhoTransacao(
            identificacao_transacao=m.CabecalhoTransacao.IdentificacaoTransacao(
                tipo_transacao=tipo,
                sequencial_transacao="1",
                data_registro_transacao=_xml_date(emissao),
                hora_registro_transacao=XmlTime(10, 0, 0),
            ),
            origem=m.CabecalhoTransacao.Origem(registro_ans=REGISTRO_ANS),
            destino=m.CabecalhoTransacao.Destino(
                identificacao_prestador=m.CtPrestadorIdentificacao(cnpj=CNPJ_PRESTADOR)
            ),
            padrao=m.DmVersao(versao),
        ),
        operadora_para_prestador=m.OperadoraPrestador(demonstrativos_retorno=retorno),
        epilogo=m.Epilogo(hash=""),
    )


def _guia_analisada(m: Any, sadt: Any, glosado: Decimal) -> Any:
    """A guia of the lote as the operadora answers it; ``glosado`` comes off its dearest item
    (the first of them), so no item is cut by more than it is worth."""
    Guia = m.CtContaMedicaResumo.RelacaoGuias
    executados = sadt.procedimentos_executados.procedimento_executado
    mais_caro = max(executados, key=lambda p: p.valor_total)
    if glosado > mais_caro.valor_total:
        raise ValueError(f"glosa de {glosado} maior que o item mais caro da guia")
    itens = []
    for p in executados:
        corte = glosado if p is mais_caro else Decimal("0.00")
        glosas = (
            [Guia.DetalhesGuia.RelacaoGlosa(valor_glosa=corte, tipo_glosa=m.DmTipoGlosa("1705"))]
            if corte
            else []
        )
        itens.append(
            Guia.DetalhesGuia(
                sequencial_item=p.sequencial_item,
                data_realizacao=p.data_execucao,
                procedimento=p.procedimento,
                valor_informado=p.valor_total,
                qtd_executada=Decimal(p.quantidade_executada),
                valor_processado=p.valor_total,
                valor_liberado=p.valor_total - corte,
                relacao_glosa=glosas,
            )
        )
    informado = sum((i.valor_informado for i in itens), Decimal("0.00"))
    return Guia(
        numero_guia_prestador=sadt.cabecalho_guia.numero_guia_prestador,
        numero_guia_operadora=sadt.dados_autorizacao.numero_guia_operadora,
        senha=sadt.dados_autorizacao.senha,
        numero_carteira=sadt.dados_beneficiario.numero_carteira,
        data_inicio_fat=executados[0].data_execucao,
        situacao_guia=m.DmStatusProtocolo.VALUE_5,
        detalhes_guia=itens,
        valor_informado_guia=informado,
        valor_processado_guia=informado,
        valor_liberado_guia=informado - glosado,
        valor_glosa_guia=glosado,
    )


ISS = Decimal("0.02")
"""The ISS the example operadora withholds from what it pays (2 %)."""


def demonstrativo_pagamento(
    *, data_envio: dt.date = dt.date(2025, 6, 2), versao: str = models.VERSAO_PADRAO
) -> Any:
    """The DEMONSTRATIVO_PAGAMENTO of protocolo 48740 after :func:`demonstrativo_analise`: what
    was liberado (R$ 184,90 of R$ 199,90 informados, guias 00000001 and 00000002) paid by bank
    deposit 30 days after ``data_envio``, less 2 % ISS withheld (R$ 3,70), net R$ 181,20.

    >>> d = demonstrativo_pagamento(versao="4.03.00")
    >>> pago = d.operadora_para_prestador.demonstrativos_retorno.demonstrativo_pagamento
    >>> por_data = pago.pagamentos.pagamentos_por_data[0]
    >>> por_data.dados_pagamento.data_pagamento
    XmlDate(2025, 7, 2)
    >>> protocolo = por_data.dados_resumo.relacao_protocolos[0]
    >>> protocolo.numero_protocolo, protocolo.valor_liberado
    ('48740', Decimal('184.90'))
    >>> por_data.totais_liquidos_por_data.liquido_por_data
    Decimal('181.20')
    """
    m = models.carregar(versao)
    analise = demonstrativo_analise(data_envio=data_envio, versao=versao)
    conta = analise.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta[0]
    analisado = conta.dados_conta.dados_protocolo[0]
    pagamento = data_envio + dt.timedelta(days=30)
    emissao = pagamento - dt.timedelta(days=2)
    Resumo = m.CtDadosResumoDemonstrativo
    protocolo = Resumo(
        data_protocolo=analisado.data_protocolo,
        numero_protocolo=analisado.numero_protocolo,
        numero_lote=analisado.numero_lote_prestador,
        valor_informado=analisado.valor_informado_protocolo,
        valor_processado=analisado.valor_processado_protocolo,
        valor_liberado=analisado.valor_liberado_protocolo,
        valor_glosa=analisado.valor_glosa_protocolo,
        guias_do_lote=[
            Resumo.GuiasDoLote(
                numero_guia_prestador=g.numero_guia_prestador,
                numero_guia_operadora=g.numero_guia_operadora,
                senha=g.senha,
                tipo_pagamento=m.DmTipoPagamento.VALUE_1,  # inicial
                valor_processado_guia=g.valor_processado_guia,
                valor_liberado_guia=g.valor_liberado_guia,
                valor_glosa_guia=g.valor_glosa_guia,
            )
            for g in analisado.relacao_guias
        ],
    )
    bruto = protocolo.valor_liberado
    iss = (bruto * ISS).quantize(CENTAVOS)
    liquido = bruto - iss
    descontos = [
        m.CtDescontos(
            indicador=m.DmDebitoCreditoIndicador.VALUE_1,  # débito
            tipo_debito_credito=m.DmDebitoCreditoTipo.VALUE_02,  # ISS
            descricao_db_cr="ISS RETIDO 2%",
            valor_db_cr=iss,
        )
    ]
    Pago = m.CtmDemonstrativoPagamento
    PorData = Pago.Pagamentos.PagamentosPorData
    Totais = Pago.TotaisDemonstrativo
    zero = Decimal("0.00")
    pago = Pago(
        cabecalho_demonstrativo=m.CtDemonstrativoCabecalho(
            registro_ans=REGISTRO_ANS,
            numero_demonstrativo="2025000002",
            nome_operadora="ARCELORMITTAL TUBARAO",
            numero_cnpj=CNPJ_OPERADORA,
            data_emissao=_xml_date(emissao),
        ),
        dados_contratado=Pago.DadosContratado(
            dados_prestador=m.CtContratadoDados(cnpj_contratado=CNPJ_PRESTADOR), cnes=CNES
        ),
        pagamentos=Pago.Pagamentos(
            pagamentos_por_data=[
                PorData(
                    dados_pagamento=m.CtPagamentoDados(
                        data_pagamento=_xml_date(pagamento),
                        forma_pagamento=m.DmFormaPagamento.VALUE_1,  # depósito
                        banco="001",
                        agencia="1234",
                        nr_conta_cheque="56789-0",
                    ),
                    dados_resumo=PorData.DadosResumo(relacao_protocolos=[protocolo]),
                    totais_brutos_por_data=PorData.TotaisBrutosPorData(
                        total_informado_por_data=protocolo.valor_informado,
                        total_processado_por_data=protocolo.valor_processado,
                        tota_liberado_por_data=bruto,
                        total_glosa_por_data=protocolo.valor_glosa,
                    ),
                    debitos_creditos_por_data=PorData.DebitosCreditosPorData(
                        debitos_creditos=descontos
                    ),
                    totais_liquidos_por_data=PorData.TotaisLiquidosPorData(
                        total_debitos_por_data=iss,
                        total_creditos_por_data=zero,
                        liquido_por_data=liquido,
                    ),
                )
            ]
        ),
        totais_demonstrativo=Totais(
            totais_brutos_demonstrativo=Totais.TotaisBrutosDemonstrativo(
                valor_informado_bruto=protocolo.valor_informado,
                valor_processado_bruto=protocolo.valor_processado,
                valor_liberado_bruto=bruto,
                valor_glosa_bruto=protocolo.valor_glosa,
            ),
            debitos_creditos_demonstrativo=descontos,
            totais_liquidos_demonstrativo=Totais.TotaisLiquidosDemonstrativo(
                total_debitos_demonstrativo=iss,
                total_creditosdemonstrativo=zero,
                valor_liberado_demonstrativo=liquido,
            ),
        ),
    )
    return _da_operadora(
        m,
        versao,
        m.DmTipoTransacao.DEMONSTRATIVO_PAGAMENTO,
        emissao,
        m.CtDemonstrativoRetorno(demonstrativo_pagamento=pago),
    )


_CONSTRUTORES = {
    "lote-sadt": lote_sadt,
    "demonstrativo-analise": demonstrativo_analise,
    "demonstrativo-pagamento": demonstrativo_pagamento,
}


def construir(nome: str, versao: str = models.VERSAO_PADRAO) -> Any:
    """The message the shipped example ``nome`` holds, built again in ``versao``.

    >>> import tiss_conecta as tiss
    >>> tiss.to_xml(construir("demonstrativo-analise"), pretty=True) == (
    ...     caminho("demonstrativo-analise").read_bytes()
    ... )
    True
    """
    return _CONSTRUTORES[nome](versao=versao)
