"""The xs:choice / xs:sequence structure the strategies read from the XSD.

Expected structures below were read by hand from the 4.01.00 XSD files; the types they
describe are written the same in 4.02.00 and 4.03.00 (4.03.00 only adds ``centroConsumo``
deeper inside ``itensGuia``).
"""

from __future__ import annotations

import dataclasses
import inspect
from types import ModuleType

import pytest

from tests.strategies.conftest import ANS, VERSOES
from tiss_conecta import models
from tiss_conecta.strategies._content import CONTEXT, Element, Group, content_model

# Elements of another namespace (XML-DSig) that the strategies leave out on purpose.
SIGNATURES = {"Signature", "assinaturaDigitalGuia"}


@pytest.fixture(scope="module", params=VERSOES)
def tiss(request: pytest.FixtureRequest) -> ModuleType:
    """The generated models of each version."""
    return models.carregar(request.param)


def _all_classes(tiss: ModuleType) -> set[type]:
    found: set[type] = set()
    pending = [c for c in vars(tiss).values() if inspect.isclass(c)]
    while pending:
        cls = pending.pop()
        if cls in found or not dataclasses.is_dataclass(cls):
            continue
        found.add(cls)
        pending += [c for c in vars(cls).values() if inspect.isclass(c)]
    return found


def _is_tiss(tiss: ModuleType, cls: type) -> bool:
    """Declared in the TISS namespace (not XML-DSig), by the class's outermost parent."""
    outer = getattr(tiss, cls.__qualname__.partition(".")[0])
    meta = outer.Meta
    namespace = getattr(meta, "namespace", None) or getattr(meta, "target_namespace", None)
    return namespace == ANS and meta.name != "Signature"


def _names(particle: Element | Group) -> set[str]:
    if isinstance(particle, Element):
        return {particle.name}
    return set().union(*(_names(item) for item in particle.items))


def test_mensagem_tiss_is_cabecalho_one_direction_and_epilogo(tiss: ModuleType) -> None:
    assert content_model(tiss.MensagemTiss) == Group(
        "sequence",
        (
            Element("cabecalho"),
            Group(
                "choice",
                (
                    Element("operadoraParaPrestador", min=0),
                    Element("prestadorParaOperadora", min=0),
                ),
            ),
            Element("epilogo"),
        ),
    )


def test_guias_of_a_lote_are_a_choice_of_five_types(tiss: ModuleType) -> None:
    assert content_model(tiss.CtmGuiaLote.GuiasTiss) == Group(
        "sequence",
        (
            Group(
                "choice",
                tuple(
                    Element(name, min=1, max=100)
                    for name in (
                        "guiaSP-SADT",
                        "guiaResumoInternacao",
                        "guiaHonorarios",
                        "guiaConsulta",
                        "guiaOdonto",
                    )
                ),
            ),
        ),
    )


def test_choice_nested_in_a_sequence_inside_a_choice(tiss: ModuleType) -> None:
    recurso = content_model(tiss.CtmRecursoGlosa.OpcaoRecurso.RecursoGuia)
    assert recurso is not None
    assert [getattr(item, "name", None) for item in recurso.items] == [
        "numeroGuiaOrigem",
        "numeroGuiaOperadora",
        "senha",
        "opcaoRecursoGuia",
    ]
    assert content_model(tiss.CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia) == (
        Group(
            "sequence",
            (
                Group(
                    "choice",
                    (
                        Element("recursoGuiaCompleta", max=None),
                        Element("itensGuia", max=None),
                    ),
                ),
            ),
        )
    )


def test_extension_content_follows_its_base(tiss: ModuleType) -> None:
    # ct_solicitacaoProcedimento is an empty extension of ctm_solicitacaoLote.
    assert content_model(tiss.CtSolicitacaoProcedimento) == content_model(tiss.CtmSolicitacaoLote)


def test_every_tiss_class_has_a_content_model_covering_its_fields(tiss: ModuleType) -> None:
    mapped = 0
    for cls in _all_classes(tiss):
        model = content_model(cls)
        if not _is_tiss(tiss, cls):
            continue
        fields = {v.local_name for v in CONTEXT.build(cls).get_all_vars() if v.is_element}
        if model is None:
            assert not fields or fields <= SIGNATURES, cls.__qualname__
            continue
        mapped += 1
        assert _names(model) == fields - SIGNATURES, cls.__qualname__
    assert mapped >= 300


def test_classes_of_a_version_read_that_versions_xsd() -> None:
    def itens_guia(versao: str) -> set[str]:
        cls = models.carregar(versao).CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia
        model = content_model(cls.ItensGuia)
        assert model is not None
        return _names(model)

    # ctm_recursoGlosa/.../itensGuia gained centroConsumo in 4.03.00 only.
    assert "centroConsumo" not in itens_guia("4.01.00")
    assert "centroConsumo" not in itens_guia("4.02.00")
    assert "centroConsumo" in itens_guia("4.03.00")
