"""Recurso de glosa: only when Faturado; sequence and 2904; value invariants; the rules on
the recurso message and against the demonstrativo; the operadora's answer and receipt."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest

from tests.rules.build import CNES, CNPJ, REGISTRO_ANS, Construtor, xd
from tiss_conecta.errors import RecursoRecusado, TransicaoInvalida
from tiss_conecta.models import VERSOES
from tiss_conecta.rules import check, perfil
from tiss_conecta.rules.protocolo import SituacaoProtocolo
from tiss_conecta.rules.recurso import (
    AcaoRecurso,
    Alvo,
    Nivel,
    RecursoAnterior,
    SituacaoRecurso,
    Valores,
    acatado_cabe,
    aplicar,
    nivel,
    novo_recurso,
    proxima_sequencia,
    recursado_cabe,
)

ENVIO = dt.date(2025, 6, 2)
AM = attrs.evolve(perfil("arcelormittal"), versoes_tiss=tuple(VERSOES))
"""ArcelorMittal's recurso limits on a message of any version (the profile takes 4.01.00)."""


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
    b: Construtor,
    seq: int,
    valor: str,
    glosa: str = "1705",
    justificativa: str = "Valor contratado",
) -> object:
    return b.m.CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia.ItensGuia(
        sequencial_item=seq,
        data_inicio=xd(dt.date(2025, 4, 1)),
        proc_recurso=b.m.CtProcedimentoDados(
            codigo_tabela=b.m.DmTabela.VALUE_22,
            codigo_procedimento="10101012",
            descricao_procedimento="C",
        ),
        cod_glosa_item=b.m.DmTipoGlosa(glosa),
        valor_recursado=Decimal(valor),
        justificativa_item=justificativa,
    )


def _recurso(
    b: Construtor, guias: list[object], total: str, *, objeto: str = "2", protocolo: object = None
) -> Any:
    recurso = b.m.CtmRecursoGlosa(
        registro_ans=REGISTRO_ANS,
        numero_guia_rec_glosa_prestador="45385",
        nome_operadora="ARCELORMITTAL",
        objeto_recurso=b.m.DmObjetoRecurso(objeto),
        dados_contratado=b.m.CtContratadoDados(cnpj_contratado=CNPJ),
        numero_lote="48740",
        numero_protocolo=48740,
        opcao_recurso=b.m.CtmRecursoGlosa.OpcaoRecurso(
            recurso_protocolo=protocolo, recurso_guia=guias
        ),
        valor_total_recursado=Decimal(total),
        data_recurso=xd(ENVIO),
    )
    return b.mensagem(
        recurso=b.m.CtGuiaRecursoLote(guia_recurso_glosa=recurso),
        tipo=b.m.DmTipoTransacao.RECURSO_GLOSA,
    )


def _guia(b: Construtor, numero: str, itens: list[object]) -> object:
    return b.m.CtmRecursoGlosa.OpcaoRecurso.RecursoGuia(
        numero_guia_origem=numero,
        opcao_recurso_guia=b.m.CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia(
            itens_guia=itens
        ),
    )


def _codes(msg: Any, **kw: Any) -> list[tuple[str, str | None]]:
    return [(f.codigo, f.glosa) for f in check(msg, AM, data_envio=ENVIO, **kw)]


def test_a_consistent_item_recurso(b: Construtor) -> None:
    msg = _recurso(b, [_guia(b, "45385", [_item(b, 1, "300.00"), _item(b, 2, "50.00")])], "350.00")
    assert _codes(msg) == []


def test_total_must_be_the_sum_appealed(b: Construtor) -> None:
    msg = _recurso(b, [_guia(b, "45385", [_item(b, 1, "300.00"), _item(b, 2, "50.00")])], "300.00")
    assert _codes(msg) == [("recurso.valor_total", None)]


def test_justification_500_in_501_out_and_blank(b: Construtor) -> None:
    ok = _recurso(b, [_guia(b, "1", [_item(b, 1, "10.00", justificativa="x" * 500)])], "10.00")
    assert _codes(ok) == []
    longa = _recurso(b, [_guia(b, "1", [_item(b, 1, "10.00", justificativa="x" * 501)])], "10.00")
    assert _codes(longa) == [("recurso.justificativa_longa", None)]
    branca = _recurso(b, [_guia(b, "1", [_item(b, 1, "10.00", justificativa="   ")])], "10.00")
    assert _codes(branca) == [("recurso.sem_justificativa", "2903")]


def test_100_guias_in_101_out(b: Construtor) -> None:
    def guias(n: int) -> list[object]:
        return [_guia(b, str(i), [_item(b, 1, "1.00")]) for i in range(n)]

    assert _codes(_recurso(b, guias(100), "100.00")) == []
    assert _codes(_recurso(b, guias(101), "101.00")) == [("recurso.max_guias", "5015")]


def test_the_same_guia_twice_is_2904(b: Construtor) -> None:
    msg = _recurso(
        b, [_guia(b, "1", [_item(b, 1, "1.00")]), _guia(b, "1", [_item(b, 2, "1.00")])], "2.00"
    )
    assert _codes(msg) == [("recurso.guia_repetida", "2904")]


def test_objeto_must_match_the_level(b: Construtor) -> None:
    msg = _recurso(b, [], "0.00", objeto="1")
    assert _codes(msg) == [("recurso.objeto", "2901")]
    protocolo = b.m.CtmRecursoGlosa.OpcaoRecurso.RecursoProtocolo(
        codigo_glosa_protocolo=b.m.DmTipoGlosa("1705"), justificativa_protocolo="Teste"
    )
    assert _codes(_recurso(b, [], "300.00", objeto="1", protocolo=protocolo)) == []


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


def _demonstrativo(b: Construtor, glosa: str = "300.00") -> Any:
    """The seed's protocolo 48740: one guia, one item informado 600, glosa 1705 of 300."""
    d = b.m.CtmDemonstrativoAnaliseConta
    item = b.m.CtContaMedicaResumo.RelacaoGuias.DetalhesGuia(
        sequencial_item=1,
        data_realizacao=xd(dt.date(2025, 4, 1)),
        procedimento=b.m.CtProcedimentoDados(
            codigo_tabela=b.m.DmTabela.VALUE_22,
            codigo_procedimento="10101012",
            descricao_procedimento="C",
        ),
        valor_informado=Decimal("600.00"),
        qtd_executada=Decimal(1),
        valor_processado=Decimal("600.00"),
        valor_liberado=Decimal("600.00") - Decimal(glosa),
        relacao_glosa=[
            b.m.CtContaMedicaResumo.RelacaoGuias.DetalhesGuia.RelacaoGlosa(
                valor_glosa=Decimal(glosa), tipo_glosa=b.m.DmTipoGlosa.VALUE_1705
            )
        ],
    )
    guia = b.m.CtContaMedicaResumo.RelacaoGuias(
        numero_guia_prestador="45385",
        numero_carteira="1",
        data_inicio_fat=xd(dt.date(2025, 4, 1)),
        situacao_guia=b.m.DmStatusProtocolo.VALUE_3,
        detalhes_guia=[item],
        **_valores_da_semente("guia"),
    )
    protocolo = b.m.CtContaMedicaResumo(
        numero_lote_prestador="48740",
        numero_protocolo="48740",
        data_protocolo=xd(dt.date(2025, 4, 10)),
        situacao_protocolo=b.m.DmStatusProtocolo.VALUE_3,
        relacao_guias=[guia],
        **_valores_da_semente("protocolo"),
    )
    return d(
        cabecalho_demonstrativo=b.m.CtDemonstrativoCabecalho(
            registro_ans=REGISTRO_ANS,
            numero_demonstrativo="1",
            nome_operadora="ARCELORMITTAL",
            numero_cnpj=CNPJ,
            data_emissao=xd(dt.date(2025, 5, 1)),
        ),
        dados_prestador=d.DadosPrestador(
            dados_contratado=b.m.CtContratadoDados(cnpj_contratado=CNPJ), cnes=CNES
        ),
        dados_conta=d.DadosConta(dados_protocolo=[protocolo]),
        **_valores_da_semente("geral"),
    )


def test_against_the_demonstrativo(b: Construtor) -> None:
    dem = [
        _demonstrativo(
            b,
        )
    ]
    ok = _recurso(b, [_guia(b, "45385", [_item(b, 1, "300.00")])], "300.00")
    assert _codes(ok, demonstrativos=dem) == []
    demais = _recurso(b, [_guia(b, "45385", [_item(b, 1, "300.01")])], "300.01")
    assert _codes(demais, demonstrativos=dem) == [("recurso.recursado_maior", "2901")]
    outra_glosa = _recurso(b, [_guia(b, "45385", [_item(b, 1, "10.00", glosa="1702")])], "10.00")
    assert _codes(outra_glosa, demonstrativos=dem) == [("recurso.glosa_nao_aplicada", "2901")]
    outra_guia = _recurso(b, [_guia(b, "999", [_item(b, 1, "10.00")])], "10.00")
    assert _codes(outra_guia, demonstrativos=dem) == [("recurso.guia_desconhecida", "2906")]


def _recurso_do_lote(b: Construtor, glosa: str) -> Any:
    protocolo = b.m.CtmRecursoGlosa.OpcaoRecurso.RecursoProtocolo(
        codigo_glosa_protocolo=b.m.DmTipoGlosa(glosa),
        justificativa_protocolo="Valor conforme tabela contratada",
    )
    return _recurso(b, [], "300.00", objeto="1", protocolo=protocolo)


def test_lote_level_appeal_of_a_glosa_applied_inside_the_protocolo(b: Construtor) -> None:
    """Seed: protocolo 48740 is appealed at lote level for 1705, which sits on an item."""
    dem = [
        _demonstrativo(
            b,
        )
    ]
    assert _codes(_recurso_do_lote(b, "1705"), demonstrativos=dem) == []
    assert _codes(_recurso_do_lote(b, "1702"), demonstrativos=dem) == [
        ("recurso.glosa_nao_aplicada", "2901")
    ]


def test_protocolo_numbers_compare_without_leading_zeros(b: Construtor) -> None:
    dem = _demonstrativo(
        b,
    )
    dem.dados_conta.dados_protocolo[0].numero_protocolo = "0048740"
    ok = _recurso(b, [_guia(b, "45385", [_item(b, 1, "300.00")])], "300.00")
    assert _codes(ok, demonstrativos=[dem]) == []
    dem.dados_conta.dados_protocolo[0].numero_protocolo = "48741"
    assert _codes(ok, demonstrativos=[dem]) == [("recurso.protocolo_desconhecido", "2901")]


def test_guia_numbers_compare_without_leading_zeros(b: Construtor) -> None:
    # as the protocolo and rules.recurso.Alvo: "45385" and "0045385" are one guia
    dem = _demonstrativo(b)
    com_zeros = _recurso(b, [_guia(b, "0045385", [_item(b, 1, "300.00")])], "300.00")
    assert _codes(com_zeros, demonstrativos=[dem]) == []
    dem.dados_conta.dados_protocolo[0].relacao_guias[0].numero_guia_prestador = "00045385"
    sem_zeros = _recurso(b, [_guia(b, "45385", [_item(b, 1, "300.00")])], "300.00")
    assert _codes(sem_zeros, demonstrativos=[dem]) == []
    outra = _recurso(b, [_guia(b, "453850", [_item(b, 1, "300.00")])], "300.00")
    assert _codes(outra, demonstrativos=[dem]) == [("recurso.guia_desconhecida", "2906")]


def test_the_same_guia_written_two_ways_is_2904(b: Construtor) -> None:
    msg = _recurso(
        b, [_guia(b, "1", [_item(b, 1, "1.00")]), _guia(b, "001", [_item(b, 2, "1.00")])], "2.00"
    )
    assert _codes(msg) == [("recurso.guia_repetida", "2904")]


def test_demonstrativo_levels_add_up(b: Construtor) -> None:
    dem = _demonstrativo(
        b,
    )
    retorno = b.m.OperadoraPrestador(
        demonstrativos_retorno=b.m.CtDemonstrativoRetorno(demonstrativo_analise_conta=[dem])
    )
    msg = b.mensagem(operadora=retorno, tipo=b.m.DmTipoTransacao.DEMONSTRATIVO_ANALISE_CONTA)
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


def test_the_operadoras_answer(b: Construtor) -> None:
    resposta = b.m.CtRespostaGlosaItemMedico(
        numero_guia_prestador="45385",
        data_realizacao=xd(dt.date(2025, 4, 1)),
        sequencial_item=1,
        proc_recurso=b.m.CtProcedimentoDados(
            codigo_tabela=b.m.DmTabela.VALUE_22,
            codigo_procedimento="10101012",
            descricao_procedimento="C",
        ),
        cod_glosa=b.m.DmTipoGlosa.VALUE_1705,
        valor_recursado=Decimal("300.00"),
        justificativa_prestador="Valor contratado",
        valor_acatadado=Decimal("300.01"),
    )
    recibo = b.m.CtGlosaRecibo(
        registro_ans=REGISTRO_ANS,
        numero_guia_rec_glosa_prestador="45385",
        nome_operadora="ARCELORMITTAL",
        objeto_recurso=b.m.DmObjetoRecurso.VALUE_2,
        codigo_prestador="1",
        numero_lote=48740,
        numero_protocolo=48740,
        opcao_recurso=b.m.CtGlosaRecibo.OpcaoRecurso(
            recurso_guia=[b.m.CtGlosaRecibo.OpcaoRecurso.RecursoGuia(resposta_guia_itens=resposta)]
        ),
        data_recurso=xd(ENVIO),
        valor_total_recursado=Decimal("300.00"),
        valor_total_acatado=Decimal("300.01"),
    )
    msg = b.mensagem(
        operadora=b.m.OperadoraPrestador(
            resposta_recurso_glosa=b.m.CtRespostaGlosa(recibo_glosa=recibo)
        ),
        tipo=b.m.DmTipoTransacao.RESPOSTA_RECURSO_GLOSA,
    )
    assert sorted(_codes(msg)) == [("recurso.acatado_maior", None), ("recurso.acatado_maior", None)]
    resposta.valor_acatadado = Decimal("0.00")
    recibo.valor_total_acatado = Decimal("0.00")
    assert _codes(msg) == []


def test_level_of_a_recurso(b: Construtor) -> None:
    itens = _recurso(b, [_guia(b, "45385", [_item(b, 1, "300.00")])], "300.00")
    assert itens.prestador_para_operadora is not None
    assert nivel(itens.prestador_para_operadora.recurso_glosa) is Nivel.ITEM
    completa = b.m.CtmRecursoGlosa.OpcaoRecurso.RecursoGuia(
        numero_guia_origem="45385",
        opcao_recurso_guia=b.m.CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia(
            recurso_guia_completa=[
                b.m.CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia.RecursoGuiaCompleta(
                    cod_glosa_guia=b.m.DmTipoGlosa.VALUE_1705, justificativa_guia="Teste"
                )
            ]
        ),
    )
    guia = _recurso(b, [completa], "0.00")
    assert guia.prestador_para_operadora is not None
    assert nivel(guia.prestador_para_operadora.recurso_glosa) is Nivel.GUIA
    protocolo = b.m.CtmRecursoGlosa.OpcaoRecurso.RecursoProtocolo(
        codigo_glosa_protocolo=b.m.DmTipoGlosa("1705"), justificativa_protocolo="Teste"
    )
    lote = _recurso(b, [], "300.00", objeto="1", protocolo=protocolo)
    assert lote.prestador_para_operadora is not None
    assert nivel(lote.prestador_para_operadora.recurso_glosa) is Nivel.PROTOCOLO
    assert nivel(b.m.CtGuiaRecursoLote()) is None


@pytest.mark.parametrize("versao", ["4.02.00", "4.03.00"])
def test_a_demonstrativo_with_status_10_is_checked(b: Construtor) -> None:
    # 4.02.00 on: a protocolo under a court block on the prestador (dm_statusProtocolo 10)
    dem = _demonstrativo(b)
    protocolo = dem.dados_conta.dados_protocolo[0]
    protocolo.situacao_protocolo = b.m.DmStatusProtocolo("10")
    protocolo.relacao_guias[0].situacao_guia = b.m.DmStatusProtocolo("10")
    retorno = b.m.OperadoraPrestador(
        demonstrativos_retorno=b.m.CtDemonstrativoRetorno(demonstrativo_analise_conta=[dem])
    )
    msg = b.mensagem(operadora=retorno, tipo="DEMONSTRATIVO_ANALISE_CONTA")
    assert _codes(msg) == []
    ok = _recurso(b, [_guia(b, "45385", [_item(b, 1, "300.00")])], "300.00")
    assert _codes(ok, demonstrativos=[dem]) == []
