"""Recurso de glosa: only when Faturado; sequence and 2904; value invariants; the rules on
the recurso message and against the demonstrativo; the operadora's answer and receipt."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from tests.rules import build as b
from tiss_conecta.errors import TransicaoInvalida
from tiss_conecta.models.v4_01_00 import tiss as m
from tiss_conecta.rules import check, perfil
from tiss_conecta.rules.protocolo import SituacaoProtocolo
from tiss_conecta.rules.recurso import (
    AcaoRecurso,
    Alvo,
    Nivel,
    RecursoAnterior,
    RecursoRecusado,
    SituacaoRecurso,
    Valores,
    acatado_cabe,
    aplicar,
    nivel,
    novo_recurso,
    proxima_sequencia,
    recursado_cabe,
)

R = Recurso = m.CtmRecursoGlosa
ENVIO = dt.date(2025, 6, 2)
AM = perfil("arcelormittal")


def test_only_when_faturado() -> None:
    assert novo_recurso(SituacaoProtocolo.FATURADO, [], Alvo("48740")) == 1
    for situacao in SituacaoProtocolo:
        if situacao is not SituacaoProtocolo.FATURADO:
            with pytest.raises(TransicaoInvalida):
                novo_recurso(situacao, [], Alvo("48740"))


def test_sequence_after_a_kept_glosa_and_2904_while_open() -> None:
    guia = Alvo("48740", "45385")
    respondido = RecursoAnterior(guia, 1, SituacaoRecurso.RESPONDIDO, glosa_mantida=True)
    assert proxima_sequencia([respondido], guia) == 2
    assert proxima_sequencia([respondido], Alvo("48740", "999")) == 1
    aberto = RecursoAnterior(guia, 2, SituacaoRecurso.EM_ANALISE)
    with pytest.raises(RecursoRecusado) as info:
        proxima_sequencia([respondido, aberto], guia)
    assert info.value.glosa == "2904"
    # an open recurso on the whole protocolo blocks one on any of its guias, and back
    with pytest.raises(RecursoRecusado):
        proxima_sequencia([RecursoAnterior(Alvo("48740"), 1, SituacaoRecurso.EM_DIGITACAO)], guia)
    with pytest.raises(RecursoRecusado):
        proxima_sequencia([aberto], Alvo("48740"))
    # a deleted one does not count
    excluido = RecursoAnterior(guia, 3, SituacaoRecurso.EXCLUIDO)
    assert proxima_sequencia([respondido, excluido], guia) == 2
    # nothing to appeal once the glosa was reverted
    acatado = RecursoAnterior(guia, 1, SituacaoRecurso.RESPONDIDO, glosa_mantida=False)
    with pytest.raises(RecursoRecusado):
        proxima_sequencia([acatado], guia)


def test_the_protocolo_with_or_without_leading_zeros_is_one_target() -> None:
    # the demonstrativo writes 000048740, the recurso and the portal 48740
    aberto = RecursoAnterior(Alvo("000048740"), 1, SituacaoRecurso.EM_ANALISE)
    with pytest.raises(RecursoRecusado) as info:
        proxima_sequencia([aberto], Alvo("48740", "45385"))
    assert info.value.glosa == "2904"
    mantido = RecursoAnterior(Alvo("48740"), 1, SituacaoRecurso.RESPONDIDO, glosa_mantida=True)
    assert proxima_sequencia([mantido], Alvo("048740")) == 2


def test_recurso_life_cycle() -> None:
    s = aplicar(SituacaoRecurso.EM_DIGITACAO, AcaoRecurso.ENVIAR)
    assert s is SituacaoRecurso.EM_ANALISE
    assert aplicar(s, AcaoRecurso.RESPONDER) is SituacaoRecurso.RESPONDIDO
    with pytest.raises(TransicaoInvalida, match="Excluir Recurso"):
        aplicar(SituacaoRecurso.EM_DIGITACAO, AcaoRecurso.RESPONDER)
    with pytest.raises(TransicaoInvalida):
        aplicar(SituacaoRecurso.EM_ANALISE, AcaoRecurso.EXCLUIR)


def test_seed_values_protocolo_48740() -> None:
    # conecta-recurso-de-glosa.txt: informado 600, glosado 300 (1705), liberado 300;
    # after the justification: recusado (appealed) 300, acatado 0
    assert Valores(Decimal(600), Decimal(300), Decimal(300)).problemas() == []
    assert (
        Valores(Decimal(600), Decimal(300), Decimal(300), Decimal(300), Decimal(0)).problemas()
        == []
    )
    assert len(Valores(Decimal(600), Decimal(300), Decimal(200)).problemas()) == 1
    assert recursado_cabe(Decimal("300.00"), Decimal("300.00"))
    assert not recursado_cabe(Decimal("300.01"), Decimal("300.00"))
    assert acatado_cabe(Decimal("300.00"), Decimal("300.00"))
    assert not acatado_cabe(Decimal("300.01"), Decimal("300.00"))
    assert (
        len(
            Valores(
                Decimal(600), Decimal(300), Decimal(300), Decimal(301), Decimal(302)
            ).problemas()
        )
        == 2
    )


def _item(
    seq: int, valor: str, glosa: str = "1705", justificativa: str = "Valor contratado"
) -> object:
    return R.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia.ItensGuia(
        sequencial_item=seq,
        data_inicio=b.xd(dt.date(2025, 4, 1)),
        proc_recurso=m.CtProcedimentoDados(
            codigo_tabela=m.DmTabela.VALUE_22,
            codigo_procedimento="10101012",
            descricao_procedimento="C",
        ),
        cod_glosa_item=m.DmTipoGlosa(glosa),
        valor_recursado=Decimal(valor),
        justificativa_item=justificativa,
    )


def _recurso(
    guias: list[object], total: str, *, objeto: str = "2", protocolo: object = None
) -> m.MensagemTiss:
    recurso = R(
        registro_ans=b.REGISTRO_ANS,
        numero_guia_rec_glosa_prestador="45385",
        nome_operadora="ARCELORMITTAL",
        objeto_recurso=m.DmObjetoRecurso(objeto),
        dados_contratado=m.CtContratadoDados(cnpj_contratado=b.CNPJ),
        numero_lote="48740",
        numero_protocolo=48740,
        opcao_recurso=R.OpcaoRecurso(recurso_protocolo=protocolo, recurso_guia=guias),  # type: ignore[arg-type]
        valor_total_recursado=Decimal(total),
        data_recurso=b.xd(ENVIO),
    )
    return b.mensagem(
        recurso=m.CtGuiaRecursoLote(guia_recurso_glosa=recurso),
        tipo=m.DmTipoTransacao.RECURSO_GLOSA,
    )


def _guia(numero: str, itens: list[object]) -> object:
    return R.OpcaoRecurso.RecursoGuia(
        numero_guia_origem=numero,
        opcao_recurso_guia=R.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia(itens_guia=itens),  # type: ignore[arg-type]
    )


def _codes(msg: m.MensagemTiss, **kw: object) -> list[tuple[str, str | None]]:
    return [(f.code, f.glosa) for f in check(msg, AM, data_envio=ENVIO, **kw)]  # type: ignore[arg-type]


def test_a_consistent_item_recurso() -> None:
    msg = _recurso([_guia("45385", [_item(1, "300.00"), _item(2, "50.00")])], "350.00")
    assert _codes(msg) == []


def test_total_must_be_the_sum_appealed() -> None:
    msg = _recurso([_guia("45385", [_item(1, "300.00"), _item(2, "50.00")])], "300.00")
    assert _codes(msg) == [("recurso.valor_total", None)]


def test_justification_500_in_501_out_and_blank() -> None:
    ok = _recurso([_guia("1", [_item(1, "10.00", justificativa="x" * 500)])], "10.00")
    assert _codes(ok) == []
    longa = _recurso([_guia("1", [_item(1, "10.00", justificativa="x" * 501)])], "10.00")
    assert _codes(longa) == [("recurso.justificativa_longa", None)]
    branca = _recurso([_guia("1", [_item(1, "10.00", justificativa="   ")])], "10.00")
    assert _codes(branca) == [("recurso.sem_justificativa", "2903")]


def test_100_guias_in_101_out() -> None:
    def guias(n: int) -> list[object]:
        return [_guia(str(i), [_item(1, "1.00")]) for i in range(n)]

    assert _codes(_recurso(guias(100), "100.00")) == []
    assert _codes(_recurso(guias(101), "101.00")) == [("recurso.max_guias", "5015")]


def test_the_same_guia_twice_is_2904() -> None:
    msg = _recurso([_guia("1", [_item(1, "1.00")]), _guia("1", [_item(2, "1.00")])], "2.00")
    assert _codes(msg) == [("recurso.guia_repetida", "2904")]


def test_objeto_must_match_the_level() -> None:
    msg = _recurso([], "0.00", objeto="1")
    assert _codes(msg) == [("recurso.objeto", "2901")]
    protocolo = R.OpcaoRecurso.RecursoProtocolo(
        codigo_glosa_protocolo=m.DmTipoGlosa("1705"), justificativa_protocolo="Teste"
    )
    assert _codes(_recurso([], "300.00", objeto="1", protocolo=protocolo)) == []


def _valores_da_semente(nivel: str) -> dict[str, Any]:
    """Protocolo 48740's guia, protocolo and general values: informado and processado 600,
    liberado and glosa 300 (``valor_informado_guia``...)."""
    valores = {
        "informado": "600.00",
        "processado": "600.00",
        "liberado": "300.00",
        "glosa": "300.00",
    }
    return {f"valor_{campo}_{nivel}": Decimal(v) for campo, v in valores.items()}


def _demonstrativo(glosa: str = "300.00") -> m.CtmDemonstrativoAnaliseConta:
    """The seed's protocolo 48740: one guia, one item informado 600, glosa 1705 of 300."""
    d = m.CtmDemonstrativoAnaliseConta
    item = m.CtContaMedicaResumo.RelacaoGuias.DetalhesGuia(
        sequencial_item=1,
        data_realizacao=b.xd(dt.date(2025, 4, 1)),
        procedimento=m.CtProcedimentoDados(
            codigo_tabela=m.DmTabela.VALUE_22,
            codigo_procedimento="10101012",
            descricao_procedimento="C",
        ),
        valor_informado=Decimal("600.00"),
        qtd_executada=Decimal(1),
        valor_processado=Decimal("600.00"),
        valor_liberado=Decimal("600.00") - Decimal(glosa),
        relacao_glosa=[
            m.CtContaMedicaResumo.RelacaoGuias.DetalhesGuia.RelacaoGlosa(
                valor_glosa=Decimal(glosa), tipo_glosa=m.DmTipoGlosa.VALUE_1705
            )
        ],
    )
    guia = m.CtContaMedicaResumo.RelacaoGuias(
        numero_guia_prestador="45385",
        numero_carteira="1",
        data_inicio_fat=b.xd(dt.date(2025, 4, 1)),
        situacao_guia=m.DmStatusProtocolo.VALUE_3,
        detalhes_guia=[item],
        **_valores_da_semente("guia"),
    )
    protocolo = m.CtContaMedicaResumo(
        numero_lote_prestador="48740",
        numero_protocolo="48740",
        data_protocolo=b.xd(dt.date(2025, 4, 10)),
        situacao_protocolo=m.DmStatusProtocolo.VALUE_3,
        relacao_guias=[guia],
        **_valores_da_semente("protocolo"),
    )
    return d(
        cabecalho_demonstrativo=m.CtDemonstrativoCabecalho(
            registro_ans=b.REGISTRO_ANS,
            numero_demonstrativo="1",
            nome_operadora="ARCELORMITTAL",
            numero_cnpj=b.CNPJ,
            data_emissao=b.xd(dt.date(2025, 5, 1)),
        ),
        dados_prestador=d.DadosPrestador(
            dados_contratado=m.CtContratadoDados(cnpj_contratado=b.CNPJ), cnes=b.CNES
        ),
        dados_conta=d.DadosConta(dados_protocolo=[protocolo]),
        **_valores_da_semente("geral"),
    )


def test_against_the_demonstrativo() -> None:
    dem = [_demonstrativo()]
    ok = _recurso([_guia("45385", [_item(1, "300.00")])], "300.00")
    assert _codes(ok, demonstrativos=dem) == []
    demais = _recurso([_guia("45385", [_item(1, "300.01")])], "300.01")
    assert _codes(demais, demonstrativos=dem) == [("recurso.recursado_maior", "2901")]
    outra_glosa = _recurso([_guia("45385", [_item(1, "10.00", glosa="1702")])], "10.00")
    assert _codes(outra_glosa, demonstrativos=dem) == [("recurso.glosa_nao_aplicada", "2901")]
    outra_guia = _recurso([_guia("999", [_item(1, "10.00")])], "10.00")
    assert _codes(outra_guia, demonstrativos=dem) == [("recurso.guia_desconhecida", "2906")]


def _recurso_do_lote(glosa: str) -> m.MensagemTiss:
    protocolo = R.OpcaoRecurso.RecursoProtocolo(
        codigo_glosa_protocolo=m.DmTipoGlosa(glosa),
        justificativa_protocolo="Valor conforme tabela contratada",
    )
    return _recurso([], "300.00", objeto="1", protocolo=protocolo)


def test_lote_level_appeal_of_a_glosa_applied_inside_the_protocolo() -> None:
    """Seed: protocolo 48740 is appealed at lote level for 1705, which sits on an item."""
    dem = [_demonstrativo()]
    assert _codes(_recurso_do_lote("1705"), demonstrativos=dem) == []
    assert _codes(_recurso_do_lote("1702"), demonstrativos=dem) == [
        ("recurso.glosa_nao_aplicada", "2901")
    ]


def test_protocolo_numbers_compare_without_leading_zeros() -> None:
    dem = _demonstrativo()
    dem.dados_conta.dados_protocolo[0].numero_protocolo = "0048740"
    ok = _recurso([_guia("45385", [_item(1, "300.00")])], "300.00")
    assert _codes(ok, demonstrativos=[dem]) == []
    dem.dados_conta.dados_protocolo[0].numero_protocolo = "48741"
    assert _codes(ok, demonstrativos=[dem]) == [("recurso.protocolo_desconhecido", "2901")]


def test_demonstrativo_levels_add_up() -> None:
    dem = _demonstrativo()
    retorno = m.OperadoraPrestador(
        demonstrativos_retorno=m.CtDemonstrativoRetorno(demonstrativo_analise_conta=[dem])
    )
    msg = b.mensagem(operadora=retorno, tipo=m.DmTipoTransacao.DEMONSTRATIVO_ANALISE_CONTA)
    assert _codes(msg) == []
    protocolo = dem.dados_conta.dados_protocolo[0]
    protocolo.valor_informado_protocolo = Decimal("600.01")
    protocolo.relacao_guias[0].detalhes_guia[0].valor_liberado = Decimal("310.00")
    dem.valor_glosa_geral = Decimal("0.00")
    assert sorted(_codes(msg)) == [
        ("demonstrativo.geral", None),  # glosa geral 0 vs 300 of the protocolos
        ("demonstrativo.geral", None),  # informado geral 600 vs 600,01 of the protocolo
        ("demonstrativo.guia", None),  # liberado da guia 300 vs item 310
        ("demonstrativo.item", None),  # 310 + 300 != 600
        ("demonstrativo.protocolo", "1104"),  # informado 600,01 vs guias 600
    ]


def test_the_operadoras_answer() -> None:
    resposta = m.CtRespostaGlosaItemMedico(
        numero_guia_prestador="45385",
        data_realizacao=b.xd(dt.date(2025, 4, 1)),
        sequencial_item=1,
        proc_recurso=m.CtProcedimentoDados(
            codigo_tabela=m.DmTabela.VALUE_22,
            codigo_procedimento="10101012",
            descricao_procedimento="C",
        ),
        cod_glosa=m.DmTipoGlosa.VALUE_1705,
        valor_recursado=Decimal("300.00"),
        justificativa_prestador="Valor contratado",
        valor_acatadado=Decimal("300.01"),
    )
    recibo = m.CtGlosaRecibo(
        registro_ans=b.REGISTRO_ANS,
        numero_guia_rec_glosa_prestador="45385",
        nome_operadora="ARCELORMITTAL",
        objeto_recurso=m.DmObjetoRecurso.VALUE_2,
        codigo_prestador="1",
        numero_lote=48740,
        numero_protocolo=48740,
        opcao_recurso=m.CtGlosaRecibo.OpcaoRecurso(
            recurso_guia=[m.CtGlosaRecibo.OpcaoRecurso.RecursoGuia(resposta_guia_itens=resposta)]
        ),
        data_recurso=b.xd(ENVIO),
        valor_total_recursado=Decimal("300.00"),
        valor_total_acatado=Decimal("300.01"),
    )
    msg = b.mensagem(
        operadora=m.OperadoraPrestador(
            resposta_recurso_glosa=m.CtRespostaGlosa(recibo_glosa=recibo)
        ),
        tipo=m.DmTipoTransacao.RESPOSTA_RECURSO_GLOSA,
    )
    assert sorted(_codes(msg)) == [("recurso.acatado_maior", None), ("recurso.acatado_maior", None)]
    resposta.valor_acatadado = Decimal("0.00")
    recibo.valor_total_acatado = Decimal("0.00")
    assert _codes(msg) == []


def test_level_of_a_recurso() -> None:
    itens = _recurso([_guia("45385", [_item(1, "300.00")])], "300.00")
    assert itens.prestador_para_operadora is not None
    assert nivel(itens.prestador_para_operadora.recurso_glosa) is Nivel.ITEM
    completa = R.OpcaoRecurso.RecursoGuia(
        numero_guia_origem="45385",
        opcao_recurso_guia=R.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia(
            recurso_guia_completa=[
                R.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia.RecursoGuiaCompleta(
                    cod_glosa_guia=m.DmTipoGlosa.VALUE_1705, justificativa_guia="Teste"
                )
            ]
        ),
    )
    guia = _recurso([completa], "0.00")
    assert guia.prestador_para_operadora is not None
    assert nivel(guia.prestador_para_operadora.recurso_glosa) is Nivel.GUIA
    protocolo = R.OpcaoRecurso.RecursoProtocolo(
        codigo_glosa_protocolo=m.DmTipoGlosa("1705"), justificativa_protocolo="Teste"
    )
    lote = _recurso([], "300.00", objeto="1", protocolo=protocolo)
    assert lote.prestador_para_operadora is not None
    assert nivel(lote.prestador_para_operadora.recurso_glosa) is Nivel.PROTOCOLO
    assert nivel(m.CtGuiaRecursoLote()) is None
