"""Hypothesis strategies for TISS messages of every supported version, for property-based tests.

Needs the optional extra: ``pip install tiss-conecta[strategies]``.

    >>> from hypothesis import given
    >>> from tiss_conecta import strategies as tst
    >>> @given(tst.lote_guias("sp_sadt"))
    ... def test_lote(mensagem): ...
    >>> @given(tst.mensagem("RECURSO_GLOSA", versao="4.03.00"))
    ... def test_recurso(mensagem): ...

Every strategy takes ``versao=`` (one of :data:`tiss_conecta.models.VERSOES`, default
:data:`~tiss_conecta.models.VERSAO_PADRAO`) and draws that version's classes, with
``cabecalho/Padrao`` set to it; an unknown version raises
:class:`~tiss_conecta.errors.TissVersionError`. :func:`construir` takes the class itself, of
any version (``tiss_conecta.models.carregar(versao).CtmGuiaLote``).

Every instance is valid against the official XSD of its version: occurrences,
``xs:choice`` alternatives and value restrictions are read from the schema bundled with the
package. Text is printable ISO-8859-1 without leading or trailing blanks; enumerations never
take an empty code. XML-DSig signatures (``Signature``, ``assinaturaDigitalGuia``) are never
filled.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Hypothesis first: importing it runs its entry points, ours among them, which import
# ``_registro``; imported the other way round, the hook would find ``_registro`` half-done.
import hypothesis  # noqa: F401  # isort: skip

from tiss_conecta.strategies._registro import registrar

if TYPE_CHECKING:
    from tiss_conecta.strategies._build import construir
    from tiss_conecta.strategies._conciliacao import (
        RESPOSTAS,
        demonstrativo_do_lote,
        lote_e_demonstrativo,
    )
    from tiss_conecta.strategies._mensagens import (
        TIPOS_GUIA,
        TRANSACOES,
        demonstrativo_analise_conta,
        guia,
        guia_consulta,
        guia_honorarios,
        guia_odontologia,
        guia_resumo_internacao,
        guia_sp_sadt,
        hash_epilogo,
        lote_guias,
        mensagem,
        mensagem_demonstrativo_analise_conta,
        mensagem_recurso_glosa,
        recurso_glosa,
    )
    from tiss_conecta.strategies._validos import (
        DATA_ENVIO_PADRAO,
        INQUEBRAVEIS_NUM_LOTE,
        QUEBRAVEIS,
        Quebra,
        lote_valido,
        recurso_valido,
    )
    from tiss_conecta.strategies._values import LATIN1, texto_latin1

__all__ = [
    "DATA_ENVIO_PADRAO",
    "INQUEBRAVEIS_NUM_LOTE",
    "LATIN1",
    "QUEBRAVEIS",
    "RESPOSTAS",
    "TIPOS_GUIA",
    "TRANSACOES",
    "Quebra",
    "construir",
    "demonstrativo_analise_conta",
    "demonstrativo_do_lote",
    "guia",
    "guia_consulta",
    "guia_honorarios",
    "guia_odontologia",
    "guia_resumo_internacao",
    "guia_sp_sadt",
    "hash_epilogo",
    "lote_e_demonstrativo",
    "lote_guias",
    "lote_valido",
    "mensagem",
    "mensagem_demonstrativo_analise_conta",
    "mensagem_recurso_glosa",
    "recurso_glosa",
    "recurso_valido",
    "registrar",
    "texto_latin1",
]

_ONDE = {
    "construir": "_build",
    **dict.fromkeys(("RESPOSTAS", "demonstrativo_do_lote", "lote_e_demonstrativo"), "_conciliacao"),
    **dict.fromkeys(("LATIN1", "texto_latin1"), "_values"),
    **dict.fromkeys(
        (
            "DATA_ENVIO_PADRAO",
            "INQUEBRAVEIS_NUM_LOTE",
            "QUEBRAVEIS",
            "Quebra",
            "lote_valido",
            "recurso_valido",
        ),
        "_validos",
    ),
}
"""The submodule of each name; the rest come from ``_mensagens``."""


def __getattr__(nome: str) -> Any:
    # The submodules load on first use: the Hypothesis entry point imports this package in
    # every test session, and it needs only ``registrar``.
    if nome not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {nome!r}")
    modulo = importlib.import_module(f"{__name__}.{_ONDE.get(nome, '_mensagens')}")
    valor = getattr(modulo, nome)
    globals()[nome] = valor
    return valor


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


registrar()
