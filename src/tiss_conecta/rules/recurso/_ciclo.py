"""The recurso's life cycle in the portal and its *Sequência Recurso*: only while the protocolo is
*Faturado*, never two open for the same protocolo or guia (glosa 2904), again only against a
glosa kept (2902)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

import attrs

from tiss_conecta.errors import RecursoRecusado
from tiss_conecta.leitura import numero
from tiss_conecta.rules._ciclo import Ciclo
from tiss_conecta.rules.protocolo import Operacao, SituacaoProtocolo, exigir

__all__ = [
    "GLOSA_DUPLICADO",
    "GLOSA_MANTIDA",
    "TRANSICOES",
    "AcaoRecurso",
    "Alvo",
    "RecursoAnterior",
    "SituacaoRecurso",
    "aplicar",
    "novo_recurso",
    "proxima_sequencia",
]

GLOSA_MANTIDA = "2902"
"""GLOSA MANTIDA."""
GLOSA_DUPLICADO = "2904"
"""MAIS DE UM RECURSO DE GLOSA PARA A MESMA GUIA/PROTOCOLO."""


class SituacaoRecurso(Enum):
    """The recurso's life cycle as the portal shows it."""

    EM_DIGITACAO = "Em digitação / Não enviado"
    EM_ANALISE = "Enviado / em análise"
    RESPONDIDO = "Respondido"
    EXCLUIDO = "Excluído"

    @property
    def aberto(self) -> bool:
        """Not answered yet (and not deleted): blocks another recurso for the same target."""
        return self in (SituacaoRecurso.EM_DIGITACAO, SituacaoRecurso.EM_ANALISE)


class AcaoRecurso(Enum):
    ENVIAR = "Enviar Recurso"
    EXCLUIR = "Excluir Recurso"
    RESPONDER = "responder (operadora)"


_CICLO: Ciclo[SituacaoRecurso, AcaoRecurso] = Ciclo(
    "recurso",
    {
        SituacaoRecurso.EM_DIGITACAO: {
            AcaoRecurso.ENVIAR: SituacaoRecurso.EM_ANALISE,
            AcaoRecurso.EXCLUIR: SituacaoRecurso.EXCLUIDO,
        },
        SituacaoRecurso.EM_ANALISE: {AcaoRecurso.RESPONDER: SituacaoRecurso.RESPONDIDO},
        SituacaoRecurso.RESPONDIDO: {},
        SituacaoRecurso.EXCLUIDO: {},
    },
)

TRANSICOES = _CICLO.transicoes
"""situação -> ação -> nova situação."""


def aplicar(situacao: SituacaoRecurso, acao: AcaoRecurso) -> SituacaoRecurso:
    """The recurso's situation after ``acao``; raises
    :class:`~tiss_conecta.errors.TransicaoInvalida` when ``acao`` is refused.

    >>> aplicar(SituacaoRecurso.EM_DIGITACAO, AcaoRecurso.ENVIAR)
    <SituacaoRecurso.EM_ANALISE: 'Enviado / em análise'>
    """
    return _CICLO.aplicar(situacao, acao)


def _numero_ou_nada(valor: str | None) -> str | None:
    return None if valor is None else numero(valor)


@attrs.frozen
class Alvo:
    """What a recurso appeals: a protocolo, or one guia of it (numbers compared as
    :func:`~tiss_conecta.leitura.numero` does: leading zeros aside)."""

    protocolo: str = attrs.field(converter=numero)
    guia: str | None = attrs.field(default=None, converter=_numero_ou_nada)

    def sobrepoe(self, outro: Alvo) -> bool:
        """Same protocolo, and either one is the whole protocolo or both are the same guia."""
        if self.protocolo != outro.protocolo:
            return False
        return self.guia is None or outro.guia is None or self.guia == outro.guia


@attrs.frozen
class RecursoAnterior:
    """A recurso already filed, as the prestador's history knows it."""

    alvo: Alvo
    sequencia: int
    situacao: SituacaoRecurso
    glosa_mantida: bool | None = None
    """For an answered recurso: whether (part of) the glosa was kept (``2902``)."""


def proxima_sequencia(anteriores: Iterable[RecursoAnterior], alvo: Alvo) -> int:
    """The *Sequência Recurso* of a new recurso for ``alvo``.

    1 when there is none; the next number after an answered recurso whose glosa was kept.
    Raises :class:`RecursoRecusado` (glosa 2904) when a recurso for the same protocolo or guia
    is still open, and when the last one answered reverted the whole glosa.

    >>> guia = Alvo(protocolo="48740", guia="00000002")
    >>> proxima_sequencia([], guia)
    1
    >>> respondido = RecursoAnterior(guia, 1, SituacaoRecurso.RESPONDIDO, glosa_mantida=True)
    >>> proxima_sequencia([respondido], Alvo("048740", "2"))  # leading zeros aside
    2
    >>> em_analise = RecursoAnterior(Alvo("48740"), 1, SituacaoRecurso.EM_ANALISE)
    >>> proxima_sequencia([em_analise], guia)
    Traceback (most recent call last):
    ...
    tiss_conecta.errors.RecursoRecusado: [...] já existe recurso aberto (sequência 1, \
    'Enviado / em análise') para o protocolo 48740...
    """
    relevantes = [r for r in anteriores if r.situacao is not SituacaoRecurso.EXCLUIDO]
    abertos = [r for r in relevantes if r.situacao.aberto and r.alvo.sobrepoe(alvo)]
    if abertos:
        r = min(abertos, key=lambda x: x.sequencia)
        raise RecursoRecusado(
            f"já existe recurso aberto (sequência {r.sequencia}, '{r.situacao.value}') "
            f"para {_descreve(r.alvo)}",
            glosa=GLOSA_DUPLICADO,
            dica="aguarde a resposta da operadora; se a glosa for mantida, recorra de novo",
        )
    mesmos = [r for r in relevantes if r.alvo == alvo]
    if not mesmos:
        return 1
    ultimo = max(mesmos, key=lambda x: x.sequencia)
    if ultimo.glosa_mantida is False:
        raise RecursoRecusado(
            f"o recurso {ultimo.sequencia} de {_descreve(alvo)} foi acatado: não há glosa "
            "mantida a recorrer",
            dica="confira o demonstrativo: um novo recurso só cabe contra glosa mantida",
        )
    return ultimo.sequencia + 1


def novo_recurso(
    situacao_protocolo: SituacaoProtocolo, anteriores: Iterable[RecursoAnterior], alvo: Alvo
) -> int:
    """Check that a recurso may be filed now and return its sequence number.

    Raises :class:`~tiss_conecta.errors.TransicaoInvalida` unless the protocolo is
    *Faturado*, and :class:`RecursoRecusado` as :func:`proxima_sequencia` does.

    >>> novo_recurso(SituacaoProtocolo.FATURADO, [], Alvo("48740"))
    1
    >>> novo_recurso(SituacaoProtocolo.EM_ANALISE, [], Alvo("48740"))
    Traceback (most recent call last):
    ...
    tiss_conecta.errors.TransicaoInvalida: [estado.transicao_invalida] protocolo na situação \
    'Em análise pela Operadora' não permite 'Recurso de Glosa'; ... Faturado
    """
    exigir(situacao_protocolo, Operacao.RECURSO_GLOSA)
    return proxima_sequencia(anteriores, alvo)


def _descreve(alvo: Alvo) -> str:
    if alvo.guia is None:
        return f"o protocolo {alvo.protocolo}"
    return f"a guia {alvo.guia} do protocolo {alvo.protocolo}"
