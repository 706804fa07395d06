"""Recurso de glosa: levels, life cycle, sequence, values, and the rules on the messages.

- Allowed only while the protocolo is *Faturado* (:func:`novo_recurso`).
- Three levels (:class:`Nivel`): the whole protocolo (``objetoRecurso`` 1, one glosa code and
  a justification), a guia (``objetoRecurso`` 2, ``recursoGuiaCompleta``) or items
  (``objetoRecurso`` 2, ``itensGuia`` with ``valorRecursado``).
- At most 100 guias per recurso; justifications of at most 500 characters (profile data);
  ``valorTotalRecursado`` is the sum of what is appealed.
- Sequence 1, 2, ...: an answered recurso whose glosa was kept may be appealed again with the
  next number; a second open recurso for the same protocolo or guia is refused (glosa 2904).
- Values: liberado + glosado = informado; appealed (the portal's *recusado*) ≤ glosado;
  acatado ≤ appealed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

from tiss_conecta.errors import TissError
from tiss_conecta.rules import _formato
from tiss_conecta.rules._ciclo import Ciclo
from tiss_conecta.rules._leitura import decimal, inteiro, lista, texto
from tiss_conecta.rules.findings import Finding, Severidade
from tiss_conecta.rules.limites import GLOSA_MAX_GUIAS
from tiss_conecta.rules.perfil import Perfil
from tiss_conecta.rules.protocolo import Operacao, SituacaoProtocolo, exigir
from tiss_conecta.rules.totais import GLOSA_CONTAGEM, soma

__all__ = [
    "GLOSA_DUPLICADO",
    "GLOSA_GUIA_INVALIDA",
    "GLOSA_INVALIDO",
    "GLOSA_MANTIDA",
    "GLOSA_SEM_JUSTIFICATIVA",
    "TRANSICOES",
    "AcaoRecurso",
    "Alvo",
    "Nivel",
    "RecursoAnterior",
    "RecursoRecusado",
    "SituacaoRecurso",
    "Valores",
    "acatado_cabe",
    "aplicar",
    "contra_demonstrativo",
    "liberado_confere",
    "nivel",
    "novo_recurso",
    "proxima_sequencia",
    "recursado_cabe",
    "verificar_recebimento",
    "verificar_recurso",
    "verificar_resposta",
]

GLOSA_INVALIDO = "2901"
"""REVISÃO DE GLOSA INVÁLIDA."""
GLOSA_MANTIDA = "2902"
"""GLOSA MANTIDA."""
GLOSA_SEM_JUSTIFICATIVA = "2903"
"""PEDIDO DE REVISÃO SEM JUSTIFICATIVA."""
GLOSA_DUPLICADO = "2904"
"""MAIS DE UM RECURSO DE GLOSA PARA A MESMA GUIA/PROTOCOLO."""
GLOSA_GUIA_INVALIDA = "2906"
"""NÚMERO DA GUIA INVÁLIDO (a guia appealed is not in the protocolo)."""

RECURSO = "/mensagemTISS/prestadorParaOperadora/recursoGlosa"


class RecursoRecusado(TissError):
    """A recurso that may not be filed (e.g. another one is open for the same target)."""

    code = "recurso.recusado"

    def __init__(self, message: str, *, glosa: str | None = None, hint: str | None = None):
        self.glosa = glosa
        super().__init__(message, hint=hint)


class Nivel(Enum):
    """Nível do recurso: what is appealed."""

    PROTOCOLO = "protocolo"
    GUIA = "guia"
    ITEM = "item"


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
    :class:`~tiss_conecta.errors.TransicaoInvalida` when ``acao`` is refused."""
    return _CICLO.aplicar(situacao, acao)


@attrs.frozen
class Alvo:
    """What a recurso appeals: a protocolo, or one guia of it."""

    protocolo: str
    guia: str | None = None

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
    """
    relevantes = [r for r in anteriores if r.situacao is not SituacaoRecurso.EXCLUIDO]
    abertos = [r for r in relevantes if r.situacao.aberto and r.alvo.sobrepoe(alvo)]
    if abertos:
        r = min(abertos, key=lambda x: x.sequencia)
        raise RecursoRecusado(
            f"já existe recurso aberto (sequência {r.sequencia}, '{r.situacao.value}') "
            f"para {_descreve(r.alvo)}",
            glosa=GLOSA_DUPLICADO,
            hint="aguarde a resposta da operadora; se a glosa for mantida, recorra de novo",
        )
    mesmos = [r for r in relevantes if r.alvo == alvo]
    if not mesmos:
        return 1
    ultimo = max(mesmos, key=lambda x: x.sequencia)
    if ultimo.glosa_mantida is False:
        raise RecursoRecusado(
            f"o recurso {ultimo.sequencia} de {_descreve(alvo)} foi acatado: não há glosa "
            "mantida a recorrer",
            hint="confira o demonstrativo: um novo recurso só cabe contra glosa mantida",
        )
    return ultimo.sequencia + 1


def novo_recurso(
    situacao_protocolo: SituacaoProtocolo, anteriores: Iterable[RecursoAnterior], alvo: Alvo
) -> int:
    """Check that a recurso may be filed now and return its sequence number.

    Raises :class:`~tiss_conecta.errors.TransicaoInvalida` unless the protocolo is
    *Faturado*, and :class:`RecursoRecusado` as :func:`proxima_sequencia` does.
    """
    exigir(situacao_protocolo, Operacao.RECURSO_GLOSA)
    return proxima_sequencia(anteriores, alvo)


def _descreve(alvo: Alvo) -> str:
    if alvo.guia is None:
        return f"o protocolo {alvo.protocolo}"
    return f"a guia {alvo.guia} do protocolo {alvo.protocolo}"


def liberado_confere(informado: Decimal, glosado: Decimal, liberado: Decimal) -> bool:
    """``liberado + glosado == informado`` (when processado = informado)."""
    return liberado + glosado == informado


def recursado_cabe(recursado: Decimal, glosado: Decimal) -> bool:
    """What is appealed cannot exceed what was glosado."""
    return Decimal(0) <= recursado <= glosado


def acatado_cabe(acatado: Decimal, recursado: Decimal) -> bool:
    """What the operadora accepts cannot exceed what was appealed."""
    return Decimal(0) <= acatado <= recursado


@attrs.frozen
class Valores:
    """The values the portal shows on a recurso (Vlr. Informado, Glosado, Liberado,
    Recusado, Acatado). ``recursado`` is the portal's *recusado*: the part appealed."""

    informado: Decimal
    glosado: Decimal
    liberado: Decimal
    recursado: Decimal = Decimal(0)
    acatado: Decimal = Decimal(0)

    def problemas(self) -> list[str]:
        """The invariants these values break, in Portuguese (empty when consistent)."""
        out = []
        if not liberado_confere(self.informado, self.glosado, self.liberado):
            out.append(
                f"liberado {_formato.reais(self.liberado)} + glosado "
                f"{_formato.reais(self.glosado)} difere do informado "
                f"{_formato.reais(self.informado)}"
            )
        if not recursado_cabe(self.recursado, self.glosado):
            out.append(
                f"valor recursado {_formato.reais(self.recursado)} maior que o glosado "
                f"{_formato.reais(self.glosado)} (ou negativo)"
            )
        if not acatado_cabe(self.acatado, self.recursado):
            out.append(
                f"valor acatado {_formato.reais(self.acatado)} maior que o recursado "
                f"{_formato.reais(self.recursado)} (ou negativo)"
            )
        return out


@attrs.frozen
class _Justificativa:
    texto: Any
    xpath: str
    numero_guia: str | None = None
    item: int | None = None


@attrs.frozen
class _ItemRecursado:
    guia: str
    sequencial: int | None
    glosa: str
    valor: Decimal | None
    xpath: str


@attrs.frozen
class _GuiaRecursada:
    numero: str
    xpath: str
    glosas: tuple[str, ...]
    """Glosa codes appealed for the whole guia."""
    itens: tuple[_ItemRecursado, ...]
    justificativas: tuple[_Justificativa, ...]
    """The guia's and its items', in document order."""


@attrs.frozen
class _Recurso:
    """A ``guiaRecursoGlosa`` or ``guiaRecursoGlosaOdonto``, as the rules see it."""

    xpath: str
    protocolo: str
    objeto: str
    glosa_protocolo: str | None
    guias: tuple[_GuiaRecursada, ...]
    valor_total: Decimal | None
    justificativas: tuple[_Justificativa, ...]
    """Every justification, in document order."""


def _guia_medica(g: Any, xp: str) -> _GuiaRecursada:
    numero = texto(g.numero_guia_origem)
    og = g.opcao_recurso_guia
    glosas = []
    justificativas = []
    for j, c in enumerate(lista(getattr(og, "recurso_guia_completa", None)), 1):
        glosas.append(texto(c.cod_glosa_guia))
        xp_c = f"{xp}/opcaoRecursoGuia/recursoGuiaCompleta[{j}]"
        justificativas.append(
            _Justificativa(c.justificativa_guia, f"{xp_c}/justificativaGuia", numero)
        )
    itens = []
    for j, it in enumerate(lista(getattr(og, "itens_guia", None)), 1):
        item = _ItemRecursado(
            numero,
            inteiro(it.sequencial_item),
            texto(it.cod_glosa_item),
            decimal(it.valor_recursado),
            f"{xp}/opcaoRecursoGuia/itensGuia[{j}]",
        )
        itens.append(item)
        justificativas.append(
            _Justificativa(
                it.justificativa_item, f"{item.xpath}/justificativaItem", numero, item.sequencial
            )
        )
    return _GuiaRecursada(numero, xp, tuple(glosas), tuple(itens), tuple(justificativas))


def _guia_odonto(g: Any, xp: str) -> _GuiaRecursada:
    numero = texto(g.numero_guia_prestador)
    justificativas = [_Justificativa(g.justificativa_guia, f"{xp}/justificativaGuia", numero)]
    itens = []
    for j, it in enumerate(lista(g.recurso_procedimento), 1):
        item = _ItemRecursado(
            numero,
            inteiro(it.sequencial_item),
            texto(it.cod_glosa_proc),
            decimal(it.valor_recursado),
            f"{xp}/recursoProcedimento[{j}]",
        )
        itens.append(item)
        justificativas.append(
            _Justificativa(
                it.justificativa_proc, f"{item.xpath}/justificativaProc", numero, item.sequencial
            )
        )
    glosas = () if itens else (texto(g.cod_glosa_guia),)
    return _GuiaRecursada(numero, xp, glosas, tuple(itens), tuple(justificativas))


_VARIANTES: tuple[tuple[str, str, Callable[[Any, str], _GuiaRecursada]], ...] = (
    ("guia_recurso_glosa", "guiaRecursoGlosa", _guia_medica),
    ("guia_recurso_glosa_odonto", "guiaRecursoGlosaOdonto", _guia_odonto),
)
"""recursoGlosa's choice: field, element name and the reader of its guias."""


def _ler(recurso_glosa: Any) -> _Recurso | None:
    for campo, elemento, ler_guia in _VARIANTES:
        r = getattr(recurso_glosa, campo, None)
        if r is not None:
            return _ler_recurso(r, f"{RECURSO}/{elemento}", ler_guia)
    return None


def _ler_recurso(r: Any, xp: str, ler_guia: Callable[[Any, str], _GuiaRecursada]) -> _Recurso:
    opcao = r.opcao_recurso
    rp = getattr(opcao, "recurso_protocolo", None)
    guias = tuple(
        ler_guia(g, f"{xp}/opcaoRecurso/recursoGuia[{i}]")
        for i, g in enumerate(lista(getattr(opcao, "recurso_guia", None)), 1)
    )
    do_protocolo = (
        [_Justificativa(rp.justificativa_protocolo, f"{xp}/opcaoRecurso/recursoProtocolo")]
        if rp is not None
        else []
    )
    return _Recurso(
        xpath=xp,
        protocolo=texto(r.numero_protocolo),
        objeto=texto(r.objeto_recurso),
        glosa_protocolo=texto(rp.codigo_glosa_protocolo) if rp is not None else None,
        guias=guias,
        valor_total=decimal(r.valor_total_recursado),
        justificativas=(*do_protocolo, *(j for g in guias for j in g.justificativas)),
    )


def nivel(recurso_glosa: Any) -> Nivel | None:
    """The level of a ``recursoGlosa``: the whole protocolo, whole guias, or items only
    (``None`` when it carries no recurso)."""
    r = _ler(recurso_glosa)
    if r is None:
        return None
    if r.glosa_protocolo is not None:
        return Nivel.PROTOCOLO
    if r.guias and all(g.itens and not g.glosas for g in r.guias):
        return Nivel.ITEM
    return Nivel.GUIA


def verificar_recurso(recurso_glosa: Any, perfil: Perfil) -> Iterator[Finding]:
    """Rules on a ``recursoGlosa`` the prestador sends (``CtGuiaRecursoLote``)."""
    r = _ler(recurso_glosa)
    if r is None:
        return
    yield from _objeto(r)
    if len(r.guias) > perfil.max_guias_recurso:
        yield Finding(
            "recurso.max_guias",
            Severidade.ERRO,
            f"O recurso tem {len(r.guias)} guias; {perfil.nome} aceita até "
            f"{perfil.max_guias_recurso} por recurso. Divida-o em mais recursos.",
            xpath=f"{r.xpath}/opcaoRecurso",
            glosa=GLOSA_MAX_GUIAS,
        )
    for j in r.justificativas:
        yield from _justificativa(j, perfil)
    vistas: set[str] = set()
    for g in r.guias:
        if g.numero in vistas:
            yield Finding(
                "recurso.guia_repetida",
                Severidade.ERRO,
                f"A guia {g.numero} aparece mais de uma vez no recurso. Reúna as glosas da "
                "guia num só recursoGuia.",
                xpath=g.xpath,
                numero_guia=g.numero,
                glosa=GLOSA_DUPLICADO,
            )
        vistas.add(g.numero)
        yield from _itens(g)
    yield from _valor_total(r)


def _objeto(r: _Recurso) -> Iterator[Finding]:
    if r.objeto == "1" and r.glosa_protocolo is None:
        yield Finding(
            "recurso.objeto",
            Severidade.ERRO,
            "Recurso de protocolo (objetoRecurso 1) sem recursoProtocolo. Informe o código da "
            "glosa do protocolo e a justificativa, ou use objetoRecurso 2 para recorrer de guias.",
            xpath=f"{r.xpath}/objetoRecurso",
            glosa=GLOSA_INVALIDO,
        )
    if r.objeto == "2" and not r.guias:
        yield Finding(
            "recurso.objeto",
            Severidade.ERRO,
            "Recurso de guia (objetoRecurso 2) sem nenhuma guia. Informe as guias recorridas, "
            "ou use objetoRecurso 1 para recorrer do protocolo inteiro.",
            xpath=f"{r.xpath}/objetoRecurso",
            glosa=GLOSA_INVALIDO,
        )


def _justificativa(j: _Justificativa, perfil: Perfil) -> Iterator[Finding]:
    valor = texto(j.texto)
    if not valor.strip():
        yield Finding(
            "recurso.sem_justificativa",
            Severidade.ERRO,
            "Justificativa do recurso em branco. Explique por que a glosa deve ser revista.",
            xpath=j.xpath,
            numero_guia=j.numero_guia,
            item=j.item,
            glosa=GLOSA_SEM_JUSTIFICATIVA,
        )
    elif len(valor) > perfil.max_caracteres_justificativa:
        yield Finding(
            "recurso.justificativa_longa",
            Severidade.ERRO,
            f"Justificativa com {len(valor)} caracteres; o limite é "
            f"{perfil.max_caracteres_justificativa}. Resuma o texto e anexe o restante como "
            "documento.",
            xpath=j.xpath,
            numero_guia=j.numero_guia,
            item=j.item,
        )


def _itens(g: _GuiaRecursada) -> Iterator[Finding]:
    vistos: set[tuple[int | None, str]] = set()
    for it in g.itens:
        if (it.sequencial, it.glosa) in vistos:
            yield Finding(
                "recurso.item_repetido",
                Severidade.ERRO,
                f"Guia {g.numero}: o item {it.sequencial} é recorrido duas vezes pela "
                f"glosa {it.glosa}. Deixe um só pedido por item e glosa.",
                xpath=it.xpath,
                numero_guia=g.numero,
                item=it.sequencial,
                glosa=GLOSA_DUPLICADO,
            )
        vistos.add((it.sequencial, it.glosa))
        if it.valor is not None and it.valor <= 0:
            yield Finding(
                "recurso.valor_item",
                Severidade.ERRO,
                f"Guia {g.numero}, item {it.sequencial}: valor recursado "
                f"{_formato.reais(it.valor)}. Informe o valor glosado que pede de volta.",
                xpath=f"{it.xpath}/valorRecursado",
                numero_guia=g.numero,
                item=it.sequencial,
                glosa=GLOSA_INVALIDO,
            )


def _valor_total(r: _Recurso) -> Iterator[Finding]:
    """``valorTotalRecursado`` of a recurso of items only: the sum of the items'."""
    so_itens = r.glosa_protocolo is None and all(not g.glosas for g in r.guias)
    itens = [it for g in r.guias for it in g.itens]
    if not (so_itens and itens and r.valor_total is not None):
        return
    calculado = soma(it.valor for it in itens if it.valor is not None)
    if calculado != r.valor_total:
        yield Finding(
            "recurso.valor_total",
            Severidade.ERRO,
            f"valorTotalRecursado {_formato.reais(r.valor_total)} difere da soma dos "
            f"valores recursados dos itens, {_formato.reais(calculado)}. Corrija o total.",
            xpath=f"{r.xpath}/valorTotalRecursado",
        )


def contra_demonstrativo(recurso_glosa: Any, demonstrativos: Iterable[Any]) -> Iterator[Finding]:
    """A recurso against the demonstrativos de análise de conta it appeals: the protocolo
    exists, each glosa appealed was applied there, and no item appeals more than its glosa."""
    r = _ler(recurso_glosa)
    if r is None:
        return
    protocolos = {
        texto(p.numero_protocolo): p
        for d in demonstrativos
        for p in lista(getattr(getattr(d, "dados_conta", None), "dados_protocolo", None))
    }
    p = protocolos.get(r.protocolo)
    if p is None:
        yield Finding(
            "recurso.protocolo_desconhecido",
            Severidade.ERRO,
            f"O protocolo {r.protocolo} não está nos demonstrativos de análise informados. "
            "Confira o número do protocolo recorrido.",
            xpath=f"{r.xpath}/numeroProtocolo",
            glosa=GLOSA_INVALIDO,
        )
        return
    glosa_p = texto(getattr(getattr(p, "glosa_protocolo", None), "codigo_glosa", None))
    if r.glosa_protocolo is not None and r.glosa_protocolo != glosa_p:
        yield Finding(
            "recurso.glosa_nao_aplicada",
            Severidade.ERRO,
            f"O protocolo {r.protocolo} não tem a glosa {r.glosa_protocolo} "
            f"({'sem glosa de protocolo' if not glosa_p else 'a glosa é ' + glosa_p}). "
            "Recorra da glosa que consta no demonstrativo.",
            xpath=f"{r.xpath}/opcaoRecurso/recursoProtocolo/codigoGlosaProtocolo",
            glosa=GLOSA_INVALIDO,
        )
    guias = {texto(g.numero_guia_prestador): g for g in lista(p.relacao_guias)}
    for g in r.guias:
        dg = guias.get(g.numero)
        if dg is None:
            yield Finding(
                "recurso.guia_desconhecida",
                Severidade.ERRO,
                f"A guia {g.numero} não consta do protocolo {r.protocolo}. Confira o número "
                "da guia recorrida.",
                xpath=g.xpath,
                numero_guia=g.numero,
                glosa=GLOSA_GUIA_INVALIDA,
            )
        else:
            yield from _guia_contra_demonstrativo(g, dg)


def _guia_contra_demonstrativo(g: _GuiaRecursada, dg: Any) -> Iterator[Finding]:
    detalhes = {d.sequencial_item: d for d in lista(dg.detalhes_guia)}
    aplicadas = {texto(m.codigo_glosa) for m in lista(dg.motivo_glosa_guia)} | {
        texto(x.tipo_glosa) for d in detalhes.values() for x in lista(d.relacao_glosa)
    }
    for codigo in g.glosas:
        if codigo not in aplicadas:
            yield Finding(
                "recurso.glosa_nao_aplicada",
                Severidade.ERRO,
                f"A guia {g.numero} não tem a glosa {codigo} no demonstrativo. Recorra "
                "das glosas que constam nele.",
                xpath=g.xpath,
                numero_guia=g.numero,
                glosa=GLOSA_INVALIDO,
            )
    for it in g.itens:
        d = detalhes.get(it.sequencial)
        if d is None:
            yield Finding(
                "recurso.item_desconhecido",
                Severidade.ERRO,
                f"Guia {g.numero}: o item {it.sequencial} não consta do demonstrativo. "
                "Confira o sequencialItem.",
                xpath=it.xpath,
                numero_guia=g.numero,
                item=it.sequencial,
                glosa=GLOSA_INVALIDO,
            )
        else:
            yield from _item_contra_demonstrativo(g, it, d)


def _item_contra_demonstrativo(g: _GuiaRecursada, it: _ItemRecursado, d: Any) -> Iterator[Finding]:
    aplicadas = [x for x in lista(d.relacao_glosa) if texto(x.tipo_glosa) == it.glosa]
    if not aplicadas:
        yield Finding(
            "recurso.glosa_nao_aplicada",
            Severidade.ERRO,
            f"Guia {g.numero}, item {it.sequencial}: o demonstrativo não aplica a "
            f"glosa {it.glosa} a este item. Recorra da glosa que consta nele.",
            xpath=it.xpath,
            numero_guia=g.numero,
            item=it.sequencial,
            glosa=GLOSA_INVALIDO,
        )
        return
    glosado = soma(v for x in aplicadas if (v := decimal(x.valor_glosa)) is not None)
    if it.valor is not None and not recursado_cabe(it.valor, glosado):
        yield Finding(
            "recurso.recursado_maior",
            Severidade.ERRO,
            f"Guia {g.numero}, item {it.sequencial}: recorre "
            f"{_formato.reais(it.valor)}, mas a glosa {it.glosa} foi de "
            f"{_formato.reais(glosado)}. O valor recursado não pode passar do glosado.",
            xpath=f"{it.xpath}/valorRecursado",
            numero_guia=g.numero,
            item=it.sequencial,
            glosa=GLOSA_INVALIDO,
        )


RESPOSTA = "/mensagemTISS/operadoraParaPrestador/respostaRecursoGlosa"


@attrs.frozen
class _ItemRespondido:
    guia: str
    sequencial: int | None
    recursado: Decimal | None
    acatado: Decimal | None
    xpath: str


def _respondidos_medico(rg: Any, xp: str) -> Iterator[_ItemRespondido]:
    it = rg.resposta_guia_itens
    if it is not None:
        yield _ItemRespondido(
            texto(it.numero_guia_prestador),
            inteiro(it.sequencial_item),
            decimal(it.valor_recursado),
            decimal(it.valor_acatadado),
            f"{xp}/respostaGuiaItens",
        )


def _respondidos_odonto(rg: Any, xp: str) -> Iterator[_ItemRespondido]:
    ri = rg.resposta_recurso_item_odonto
    if ri is None:
        return
    for j, p in enumerate(lista(ri.recurso_procedimento), 1):
        yield _ItemRespondido(
            texto(ri.numero_guia_prestador),
            inteiro(p.sequencial_item),
            decimal(p.valor_recursado),
            decimal(p.valor_acatado),
            f"{xp}/respostaRecursoItemOdonto/recursoProcedimento[{j}]",
        )


_RECIBOS: tuple[tuple[str, str, Callable[[Any, str], Iterator[_ItemRespondido]]], ...] = (
    ("recibo_glosa", "reciboGlosa", _respondidos_medico),
    ("recibo_glosa_odonto", "reciboGlosaOdonto", _respondidos_odonto),
)
"""respostaRecursoGlosa's choice: field, element name and the reader of its items."""


def verificar_resposta(resposta: Any) -> Iterator[Finding]:
    """The operadora's answer (``respostaRecursoGlosa``): acatado ≤ recursado per item,
    and the totals are the sums of the items."""
    for campo, elemento, respondidos in _RECIBOS:
        recibo = getattr(resposta, campo, None)
        if recibo is not None:
            yield from _recibo(recibo, f"{RESPOSTA}/{elemento}", respondidos)
            return


def _recibo(
    recibo: Any, xp: str, respondidos: Callable[[Any, str], Iterator[_ItemRespondido]]
) -> Iterator[Finding]:
    guias = lista(getattr(recibo.opcao_recurso, "recurso_guia", None))
    itens = [
        it
        for i, rg in enumerate(guias, 1)
        for it in respondidos(rg, f"{xp}/opcaoRecurso/recursoGuia[{i}]")
    ]
    for it in itens:
        if it.recursado is None or it.acatado is None:
            continue
        if not acatado_cabe(it.acatado, it.recursado):
            yield Finding(
                "recurso.acatado_maior",
                Severidade.ERRO,
                f"Guia {it.guia}, item {it.sequencial}: valor acatado "
                f"{_formato.reais(it.acatado)} maior que o recursado "
                f"{_formato.reais(it.recursado)} (ou negativo). Peça à operadora a correção "
                "da resposta.",
                xpath=it.xpath,
                numero_guia=it.guia,
                item=it.sequencial,
            )
    total_recursado = decimal(recibo.valor_total_recursado)
    total_acatado = decimal(recibo.valor_total_acatado)
    if (
        total_recursado is not None
        and total_acatado is not None
        and not acatado_cabe(total_acatado, total_recursado)
    ):
        yield Finding(
            "recurso.acatado_maior",
            Severidade.ERRO,
            f"Total acatado {_formato.reais(total_acatado)} maior que o total recursado "
            f"{_formato.reais(total_recursado)}. Peça à operadora a correção da resposta.",
            xpath=f"{xp}/valorTotalAcatado",
        )
    so_itens = getattr(recibo.opcao_recurso, "recurso_protocolo", None) is None and all(
        getattr(rg, "resposta_guia", None) is None
        and getattr(rg, "resposta_recurso_guia_odonto", None) is None
        for rg in guias
    )
    if not (so_itens and itens):
        return
    for nome, total, valores in (
        ("valorTotalAcatado", total_acatado, [it.acatado for it in itens]),
        ("valorTotalRecursado", total_recursado, [it.recursado for it in itens]),
    ):
        calculado = soma(v for v in valores if v is not None)
        if total is not None and total != calculado:
            yield Finding(
                "recurso.resposta_total",
                Severidade.ERRO,
                f"{nome} {_formato.reais(total)} difere da soma dos itens, "
                f"{_formato.reais(calculado)}. Peça à operadora a correção da resposta.",
                xpath=f"{xp}/{nome}",
            )


RECEBIMENTO = "/mensagemTISS/operadoraParaPrestador/recebimentoRecursoGlosa/protocoloRecebimento"


def verificar_recebimento(recebimento: Any) -> Iterator[Finding]:
    """The operadora's receipt of a recurso (``ct_recursoGlosaRecebimento``): the count of
    guias declared (glosa 1101) and the total appealed."""
    guias = lista(recebimento.guias_recurso)
    qt = recebimento.qt_guias_recurso
    if isinstance(qt, int) and qt != len(guias):
        yield Finding(
            "recurso.quantidade_guias",
            Severidade.ERRO,
            f"qtGuiasRecurso informa {qt} guias, mas o recibo lista {len(guias)}. Confira o "
            "recibo com a operadora.",
            xpath=f"{RECEBIMENTO}/qtGuiasRecurso",
            glosa=GLOSA_CONTAGEM,
        )
    if recebimento.recurso_protocolo is not None:
        return
    valores: list[Decimal] = []
    for g in guias:
        og = g.opcao_recurso_guia
        if og is None or lista(og.recurso_guia):
            return
        valores.extend(
            v for it in lista(og.itens_guia) if (v := decimal(it.valor_recursado)) is not None
        )
    total = decimal(recebimento.valor_total_recursado)
    calculado = soma(valores)
    if valores and total is not None and total != calculado:
        yield Finding(
            "recurso.valor_total",
            Severidade.ERRO,
            f"valorTotalRecursado {_formato.reais(total)} difere da soma dos itens, "
            f"{_formato.reais(calculado)}. Confira o recibo com a operadora.",
            xpath=f"{RECEBIMENTO}/valorTotalRecursado",
        )
