"""Attachments: formats, 15 MB in and one byte more out, document types, and their messages."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from tests.rules import build as b
from tiss_conecta.rules import check, perfil
from tiss_conecta.rules.anexos import (
    achados_do_anexo,
    extensao,
    formato_aceito,
    tamanho_aceito,
    tipo_documento_aceito,
)

AM = perfil("arcelormittal")
MB15 = 15 * 1024 * 1024  # "≤ 15 MB each" (DOMAIN.md, recurso seed)


def _codes(nome: str, tamanho: int, **kw: str) -> list[str]:
    return [f.codigo for f in achados_do_anexo(nome, tamanho, AM, **kw)]


@pytest.mark.parametrize(
    "nome", ["laudo.pdf", "LAUDO.PDF", "a.b.docx", "foto.jpeg", "foto.JPG", "x.zip", "x.rar"]
)
def test_the_seed_formats_in_any_case(nome: str) -> None:
    assert formato_aceito(nome, AM)
    assert _codes(nome, 1) == []


@pytest.mark.parametrize("nome", ["laudo", "laudo.tar.gz", "planilha.xlsx", "a.exe", ".pdf"])
def test_other_formats_are_refused(nome: str) -> None:
    assert _codes(nome, 1) == ["anexo.formato"]


def test_extension() -> None:
    assert extensao("Laudo.final.PDF") == "PDF"
    assert extensao("sem-extensao") == ""


def test_15_mb_in_one_byte_more_out() -> None:
    assert tamanho_aceito(MB15, AM)
    assert not tamanho_aceito(MB15 + 1, AM)
    assert _codes("a.pdf", MB15) == []
    assert _codes("a.pdf", MB15 + 1) == ["anexo.tamanho"]
    assert tamanho_aceito(10**12, perfil("tiss"))  # the standard states no limit


def test_document_types_on_the_30_characters_the_portal_shows() -> None:
    assert tipo_documento_aceito("justificativa", AM)
    assert tipo_documento_aceito("CARTA DE SOLICITAÇÃO DE CREDENCIAMENTO", AM)
    assert not tipo_documento_aceito("RECEITA", AM)
    assert tipo_documento_aceito("Carta de solicitacao de credenciamento", AM)  # no accents
    assert _codes("a.pdf", 1, tipo_documento="RECEITA") == ["anexo.tipo_documento"]


def test_size_messages_say_the_limit_of_a_custom_profile_in_pt_br() -> None:
    # 1,5 MB (1 572 864 bytes) must not read "até 2 MB", nor 500 KB "até 0 MB"
    p = attrs.evolve(AM, max_bytes_anexo=1_572_864, max_bytes_xml=512_000)
    (anexo,) = achados_do_anexo("a.pdf", 1_572_865, p)
    assert "até 1,5 MB" in anexo.mensagem
    assert "1.572.865 bytes" in anexo.mensagem
    msg = b.mensagem(lote=b.lote(guia_consulta=[b.guia_consulta("1", dt.date(2025, 6, 1))]))
    (arquivo,) = check(msg, p, data_envio=dt.date(2025, 6, 2), tamanho_bytes=512_001)
    assert arquivo.codigo == "arquivo.tamanho"
    assert "até 0,49 MB" in arquivo.mensagem
    assert "512.001 bytes" in arquivo.mensagem
