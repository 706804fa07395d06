"""parse / to_xml / validate on messages the tests build or the package ships."""

from __future__ import annotations

import copy
import datetime
import io
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

import tiss_conecta as tiss
from tiss_conecta.examples import caminho as example_path
from tiss_conecta.examples import lote_sadt

NS = "http://www.ans.gov.br/padroes/tiss/schemas"
VERSOES = tuple(tiss.models.VERSOES)


def test_to_xml_is_iso_8859_1_with_declaration_and_valid_hash() -> None:
    data = tiss.to_xml(lote_sadt(2))
    assert data.startswith(b'<?xml version="1.0" encoding="ISO-8859-1"?>')
    root = etree.fromstring(data)
    declared = root.findtext(f"{{{NS}}}epilogo/{{{NS}}}hash")
    assert declared == tiss.compute_hash(data)
    assert tiss.verify_hash(data, strict=True).ok


def test_to_xml_is_deterministic_and_does_not_mutate() -> None:
    message = lote_sadt(3)
    before = copy.deepcopy(message)
    assert tiss.to_xml(message) == tiss.to_xml(message)
    assert message == before


def test_compute_hash_of_object_equals_hash_of_its_file() -> None:
    message = lote_sadt(4)
    assert tiss.compute_hash(message) == tiss.compute_hash(tiss.to_xml(message))


def test_latin1_text_round_trips_and_hashes_latin1_bytes() -> None:
    message = lote_sadt(1)
    guia = message.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[0]
    guia.dados_solicitacao.indicacao_clinica = "AVALIAÇÃO PÓS-OPERATÓRIA Nº 2 — º"[:-4] + "ª"
    data = tiss.to_xml(message)
    assert "AVALIAÇÃO".encode("iso-8859-1") in data
    again = tiss.parse(data)
    assert (
        again.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[
            0
        ].dados_solicitacao.indicacao_clinica
        == guia.dados_solicitacao.indicacao_clinica
    )
    check = tiss.verify_hash(data)
    assert check.codificacao == "iso-8859-1"
    assert check.calculado != tiss.compute_hash(data, "utf-8")


def test_character_outside_latin1_is_a_clear_error() -> None:
    message = lote_sadt(1)
    guia = message.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[0]
    guia.dados_solicitacao.indicacao_clinica = "DOR “AGUDA”"
    with pytest.raises(tiss.TissEncodingError) as info:
        tiss.to_xml(message)
    assert "U+201C" in str(info.value)
    assert info.value.xpath is not None
    assert info.value.xpath.endswith("indicacaoClinica")


def test_missing_epilogo_is_added() -> None:
    message = lote_sadt(1)
    message.epilogo = None
    data = tiss.to_xml(message)
    assert tiss.validate(data).ok


def test_invalid_object_serializes_to_a_report_not_a_crash() -> None:
    message = lote_sadt(1)
    message.cabecalho.destino.registro_ans = "ABC"
    report = tiss.validate(tiss.to_xml(message))
    assert not report.ok
    assert report.erros[0].codigo == "xsd.formato"
    assert report.erros[0].xpath is not None
    assert report.erros[0].xpath.endswith("/destino/registroANS")


def test_to_xml_refuses_non_models() -> None:
    with pytest.raises(tiss.TissSerializationError):
        tiss.to_xml({"not": "a message"})
    from tiss_conecta.models.v4_01_00 import tiss as m

    with pytest.raises(tiss.TissSerializationError):
        tiss.to_xml(m.Epilogo(hash="x"))


@pytest.mark.parametrize("kind", ["path", "str-path", "bytes", "text", "file"])
def test_parse_accepts_every_source_kind(kind: str) -> None:
    path = example_path("lote-sadt")
    source: object = {
        "path": path,
        "str-path": str(path),
        "bytes": path.read_bytes(),
        "text": path.read_text(encoding="iso-8859-1"),
        "file": io.BytesIO(path.read_bytes()),
    }[kind]
    message = tiss.parse(source)  # type: ignore[arg-type]
    assert message.cabecalho.padrao.value == "4.01.00"
    assert len(message.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt) == 3


def test_utf8_declared_file_is_read() -> None:
    text = example_path("lote-sadt").read_text(encoding="iso-8859-1")
    utf8 = text.replace('encoding="ISO-8859-1"', 'encoding="UTF-8"').replace(
        "INVESTIGACAO", "INVESTIGAÇÃO"
    )
    message = tiss.parse(utf8.encode("utf-8"))
    guia = message.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[0]
    assert guia.dados_solicitacao.indicacao_clinica == "INVESTIGAÇÃO DIAGNOSTICA"


def test_money_is_decimal() -> None:
    message = tiss.parse(example_path("lote-sadt"))
    guia = message.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt[0]
    assert isinstance(guia.valor_total.valor_total_geral, Decimal)


def test_strict_parse_raises_schema_error_with_all_achados() -> None:
    data = example_path("lote-sadt").read_bytes().replace(b">416070<", b">41607X<")
    assert tiss.parse(data) is not None  # lenient: the value still maps onto a str field
    with pytest.raises(tiss.TissSchemaError) as info:
        tiss.parse(data, strict=True)
    assert len(info.value.achados) == 4  # the registro ANS appears 4 times in the example
    assert info.value.linha is not None


def test_unknown_element_is_not_dropped_silently() -> None:
    original = example_path("lote-sadt").read_bytes()
    data = original.replace(
        b"<ans:CNES>", b"<ans:campoInventado>1</ans:campoInventado><ans:CNES>", 1
    )
    assert data != original
    with pytest.raises(tiss.TissParseError) as info:
        tiss.parse(data)
    assert info.value.linha is not None
    assert "campoInventado" in info.value.mensagem


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # text after the last child of an element-only element
        (b"</ans:regimeAtendimento>", b"</ans:regimeAtendimento>OBS"),
        # text before the first child
        (b"<ans:valorTotal>\n", b"<ans:valorTotal>155.70\n"),
    ],
)
def test_stray_text_in_element_only_content_is_not_dropped_silently(
    before: bytes, after: bytes
) -> None:
    original = example_path("lote-sadt").read_bytes()
    data = original.replace(before, after, 1)
    assert data != original
    with pytest.raises(tiss.TissError) as info:
        tiss.parse(data)
    assert info.value.linha is not None


@pytest.mark.parametrize("versao", VERSOES)
@pytest.mark.parametrize("nome", list(tiss.examples.EXEMPLOS))
def test_shipped_examples_are_the_builder_output(nome: str, versao: str) -> None:
    shipped = example_path(nome, versao).read_bytes()
    assert shipped == tiss.to_xml(tiss.examples.construir(nome, versao), pretty=True)
    assert f"<ans:Padrao>{versao}</ans:Padrao>".encode() in shipped
    assert tiss.validate(shipped).ok
    if nome == "lote-sadt":
        assert shipped == tiss.to_xml(lote_sadt(3, versao=versao), pretty=True)


@pytest.mark.parametrize("versao", VERSOES)
def test_example_demonstrativo_answers_the_example_lote(versao: str) -> None:
    """Guia 1 paid, guia 2 with R$ 15,00 glosados (1705) on its first item, the dearer of its
    two, guia 3 absent; no item is liberado below zero."""
    lote = tiss.parse(example_path("lote-sadt", versao))
    enviadas = lote.prestador_para_operadora.lote_guias.guias_tiss.guia_sp_sadt
    demonstrativo = tiss.parse(example_path("demonstrativo-analise", versao))
    conta = demonstrativo.operadora_para_prestador.demonstrativos_retorno
    (protocolo,) = conta.demonstrativo_analise_conta[0].dados_conta.dados_protocolo
    respondidas = {g.numero_guia_prestador: g for g in protocolo.relacao_guias}
    assert sorted(respondidas) == [g.cabecalho_guia.numero_guia_prestador for g in enviadas[:2]]
    for enviada in enviadas[:2]:
        g = respondidas[enviada.cabecalho_guia.numero_guia_prestador]
        assert g.valor_informado_guia == enviada.valor_total.valor_total_geral
        itens = enviada.procedimentos_executados.procedimento_executado
        assert [d.valor_informado for d in g.detalhes_guia] == [p.valor_total for p in itens]
    paga, glosada = respondidas["00000001"], respondidas["00000002"]
    assert paga.valor_liberado_guia == paga.valor_informado_guia
    assert glosada.valor_informado_guia - glosada.valor_liberado_guia == Decimal("15.00")
    primeiro, segundo = glosada.detalhes_guia
    (glosa,) = primeiro.relacao_glosa
    assert (glosa.tipo_glosa.value, glosa.valor_glosa) == ("1705", Decimal("15.00"))
    assert primeiro.valor_liberado == primeiro.valor_informado - Decimal("15.00") >= 0
    assert segundo.relacao_glosa == []
    assert segundo.valor_liberado == segundo.valor_informado


@pytest.mark.parametrize("versao", VERSOES)
def test_example_pagamento_pays_what_the_demonstrativo_liberou(versao: str) -> None:
    """Protocolo 48740 paid as analysed (R$ 184,90 of R$ 199,90, guias 1 and 2), after the
    análise was issued, less 2 % ISS (R$ 3,70): R$ 181,20, by date and in total."""
    analise = tiss.parse(example_path("demonstrativo-analise", versao))
    conta = analise.operadora_para_prestador.demonstrativos_retorno.demonstrativo_analise_conta[0]
    (analisado,) = conta.dados_conta.dados_protocolo
    mensagem = tiss.parse(example_path("demonstrativo-pagamento", versao))
    pago = mensagem.operadora_para_prestador.demonstrativos_retorno.demonstrativo_pagamento
    (por_data,) = pago.pagamentos.pagamentos_por_data
    (protocolo,) = por_data.dados_resumo.relacao_protocolos
    assert (protocolo.numero_protocolo, protocolo.numero_lote) == ("48740", "1")
    assert (protocolo.valor_informado, protocolo.valor_liberado, protocolo.valor_glosa) == (
        analisado.valor_informado_protocolo,
        analisado.valor_liberado_protocolo,
        analisado.valor_glosa_protocolo,
    )
    assert protocolo.valor_liberado == Decimal("184.90")
    assert [(g.numero_guia_prestador, g.valor_liberado_guia) for g in protocolo.guias_do_lote] == [
        (g.numero_guia_prestador, g.valor_liberado_guia) for g in analisado.relacao_guias
    ]
    pagamento = por_data.dados_pagamento.data_pagamento.to_date()
    assert pagamento > conta.cabecalho_demonstrativo.data_emissao.to_date()
    (iss,) = por_data.debitos_creditos_por_data.debitos_creditos
    assert (iss.indicador.value, iss.tipo_debito_credito.value, iss.valor_db_cr) == (
        "1",
        "02",
        Decimal("3.70"),
    )
    liquidos = por_data.totais_liquidos_por_data
    assert (
        liquidos.liquido_por_data == Decimal("181.20") == protocolo.valor_liberado - iss.valor_db_cr
    )
    totais = pago.totais_demonstrativo.totais_liquidos_demonstrativo
    assert totais.valor_liberado_demonstrativo == liquidos.liquido_por_data


@pytest.mark.parametrize("versao", VERSOES)
def test_full_lote_of_100_guias_is_valid(versao: str) -> None:
    report = tiss.validate(tiss.to_xml(lote_sadt(100, versao=versao)))
    assert report.ok, str(report)
    assert report.versao == versao


def test_examples_command_prints_each_version_path() -> None:
    for versao in VERSOES:
        out = subprocess.run(
            [sys.executable, "-m", "tiss_conecta.examples", "lote-sadt", versao],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert Path(out) == example_path("lote-sadt", versao)
    for nome in tiss.examples.EXEMPLOS:
        out = subprocess.run(
            [sys.executable, "-m", "tiss_conecta.examples", nome],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert Path(out) == example_path(nome)
        assert Path(out).is_file()
    wrong = subprocess.run(
        [sys.executable, "-m", "tiss_conecta.examples", "lote-sadt", "3.05.00"],
        capture_output=True,
        text=True,
    )
    assert wrong.returncode == 2
    assert "4.03.00" in wrong.stderr


def test_import_is_lazy_and_each_version_loads_on_first_use() -> None:
    code = (
        "import sys\n"
        "import tiss_conecta\n"
        'modelos = [f\'tiss_conecta.models.v{v.replace(".", "_")}.tiss\' '
        "for v in tiss_conecta.models.VERSOES]\n"
        "pesados = ('lxml.etree', 'xsdata', 'tiss_conecta.versoes', *modelos)\n"
        "print([m for m in pesados if m in sys.modules])\n"
        "tiss_conecta.parse(tiss_conecta.examples.caminho('lote-sadt', '4.02.00'))\n"
        "print([m for m in modelos if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    antes, depois = out.stdout.splitlines()
    assert antes == "[]"
    assert depois == "['tiss_conecta.models.v4_02_00.tiss']"


def test_errors_share_one_root() -> None:
    import inspect

    import tiss_conecta.errors as errors

    classes = [
        c for _, c in inspect.getmembers(errors, inspect.isclass) if c.__module__ == errors.__name__
    ]
    assert len(classes) >= 10
    assert all(issubclass(c, tiss.TissError) for c in classes)
    assert {c.__name__ for c in classes} <= set(tiss.__all__)  # all reachable from the top
    assert issubclass(tiss.GlosaDesconhecida, KeyError)


def test_validate_names_the_file(tmp_path: Path) -> None:
    target = tmp_path / "lote.xml"
    target.write_bytes(example_path("lote-sadt").read_bytes())
    report = tiss.validate(target)
    assert report.arquivo == str(target)
    assert report.to_dict()["ok"] is True


def test_report_renders_in_jupyter() -> None:
    data = example_path("lote-sadt").read_bytes().replace(b">416070<", b">4160<", 1)
    html = tiss.validate(data)._repr_html_()
    assert html.count("<tr>") == 3  # header, the XSD error, the hash mismatch
    assert "xsd.formato" in html
    assert "5014" in html
    assert "<b>" in tiss.validate(example_path("lote-sadt"))._repr_html_()


@pytest.mark.parametrize("empty", [b"<ans:hash></ans:hash>", b"<ans:hash/>"])
def test_empty_hash_is_reported_with_glosa_5014(empty: bytes) -> None:
    original = example_path("lote-sadt").read_bytes()
    declared = tiss.verify_hash(original).declarado
    assert declared is not None
    data = original.replace(f"<ans:hash>{declared}</ans:hash>".encode(), empty)
    assert data != original
    report = tiss.validate(data)  # the XSD types hash as xs:string: empty passes the schema
    assert not report.ok
    assert [(e.codigo, e.glosa) for e in report.erros] == [("hash.divergente", "5014")]


@pytest.mark.parametrize("prefix", ["\ufeff", ""])
def test_xml_text_is_not_taken_for_a_file_name(prefix: str) -> None:
    text = prefix + example_path("lote-sadt").read_text(encoding="iso-8859-1")
    report = tiss.validate(text)
    assert report.ok, str(report)
    assert report.arquivo is None
    assert tiss.validate(prefix + "<ans:mensagemTISS").arquivo is None


def test_every_code_validate_reports_is_declared_in_the_codec() -> None:
    """Declared in codec.regras, hence in the docs table generated from the registry."""
    from tiss_conecta.achados import regras
    from tiss_conecta.codec import regras as do_codec

    documented = {c for c, r in regras().items() if r in vars(do_codec).values()}
    documented |= {r.codigo for r in do_codec.XSD.values()}
    original = example_path("lote-sadt").read_bytes()
    declared = tiss.verify_hash(original).declarado
    assert declared is not None
    inputs = [
        original.replace(b"INVESTIGACAO", b"CUSTO &#8364;", 1),  # outside ISO-8859-1
        original.replace(b">416070<", b">4160<", 1),
        original.replace(
            b"</ans:epilogo>", f"<ans:hash>{declared}</ans:hash></ans:epilogo>".encode()
        ),
        b"<a/>",
        b"<a>",
        original.replace(b">4.01.00<", b">9.99.99<", 1),
    ]
    reported = {a.codigo for data in inputs for a in tiss.validate(data).achados}
    assert len(reported) >= 7
    assert reported <= documented, reported - documented


@pytest.mark.parametrize(
    ("campo", "valor", "tipo"),
    [
        ("data_registro_transacao", datetime.date(2025, 6, 2), "XmlDate"),
        ("hora_registro_transacao", datetime.time(9, 30), "XmlTime"),
    ],
)
def test_stdlib_date_or_time_in_a_model_is_a_clear_error(
    campo: str, valor: object, tipo: str
) -> None:
    message = lote_sadt(1)
    setattr(message.cabecalho.identificacao_transacao, campo, valor)
    with pytest.raises(tiss.TissSerializationError) as info:
        tiss.to_xml(message)
    assert f"cabecalho.identificacao_transacao.{campo}" in info.value.mensagem
    assert info.value.dica is not None
    assert f"{tipo}.from_" in info.value.dica


@pytest.mark.parametrize(
    "declaration",
    [
        b"",
        b'<?xml version="1.0" encoding="UTF-8"?>\n',
        b'\xef\xbb\xbf<?xml version="1.0" encoding="ISO-8859-1"?>\n',  # the BOM wins
    ],
)
def test_latin1_bytes_read_as_utf8_say_which_encoding_to_declare(declaration: bytes) -> None:
    body = example_path("lote-sadt").read_bytes().split(b"\n", 1)[1]
    data = declaration + body.replace(b"INVESTIGACAO", "INVESTIGAÇÃO".encode("iso-8859-1"))
    with pytest.raises(tiss.TissParseError) as info:
        tiss.parse(data)
    line = data[: data.index(b"INVESTIGA")].count(b"\n") + 1
    assert (info.value.codigo, info.value.linha) == ("xml.malformado", line)
    assert "UTF-8" in info.value.mensagem
    assert info.value.dica is not None
    assert 'encoding="ISO-8859-1"' in info.value.dica
