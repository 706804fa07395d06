"""The rules on the recurso de glosa the prestador sends (``recursoGlosa``), on its own and
against the demonstrativos it appeals (de análise de conta, or odontológico), read by
:mod:`tiss_conecta.leitura`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

from tiss_conecta import formato
from tiss_conecta.achados import Achado, Regra
from tiss_conecta.achados import Severidade as S
from tiss_conecta.leitura import GuiaLida, ItemLido, numero, protocolos
from tiss_conecta.leitura._valores import decimal, inteiro, lista, texto
from tiss_conecta.rules.perfil import Perfil
from tiss_conecta.rules.recurso._ciclo import GLOSA_DUPLICADO
from tiss_conecta.rules.recurso._valores import recursado_cabe
from tiss_conecta.rules.totais import soma

__all__ = [
    "GLOSA_NAO_APLICADA",
    "GUIA_DESCONHECIDA",
    "GUIA_REPETIDA",
    "ITEM_DESCONHECIDO",
    "ITEM_REPETIDO",
    "JUSTIFICATIVA_LONGA",
    "MAX_GUIAS",
    "OBJETO",
    "PROTOCOLO_DESCONHECIDO",
    "RECURSADO_MAIOR",
    "RECURSO",
    "SEM_JUSTIFICATIVA",
    "VALOR_ITEM",
    "VALOR_TOTAL",
    "Nivel",
    "achados_contra_demonstrativos",
    "achados_do_recurso",
    "nivel",
]

_INVALIDO = "2901"
"""REVISÃO DE GLOSA INVÁLIDA."""

OBJETO = Regra(
    "recurso.objeto",
    S.ERRO,
    "``objetoRecurso`` sem o nível dito",
    glosa=_INVALIDO,
    dica="recorra do protocolo inteiro (objetoRecurso 1, com o código da glosa do protocolo) "
    "ou das guias (objetoRecurso 2, com cada guia recorrida)",
)
MAX_GUIAS = Regra(
    "recurso.max_guias",
    S.ERRO,
    "mais guias que ``max_guias_recurso``",
    glosa="5015",
    dica="monte mais de um recurso do mesmo protocolo, cada um com no máximo as guias que a "
    "operadora aceita",
)
SEM_JUSTIFICATIVA = Regra(
    "recurso.sem_justificativa",
    S.ERRO,
    "justificativa em branco",
    glosa="2903",
    dica="escreva por que a glosa deve ser revista, citando a senha, o laudo ou a cláusula do "
    "contrato que ampara a cobrança",
)
JUSTIFICATIVA_LONGA = Regra(
    "recurso.justificativa_longa",
    S.ERRO,
    "justificativa maior que o limite do perfil (500)",
    dica="resuma a justificativa ao essencial e envie laudos e relatórios como anexo do recurso",
)
GUIA_REPETIDA = Regra(
    "recurso.guia_repetida",
    S.ERRO,
    "a mesma guia duas vezes no recurso",
    glosa=GLOSA_DUPLICADO,
    dica="junte todas as glosas e itens recorridos da guia num só pedido por guia",
)
ITEM_REPETIDO = Regra(
    "recurso.item_repetido",
    S.ERRO,
    "o mesmo item e glosa duas vezes no recurso",
    glosa=GLOSA_DUPLICADO,
    dica="recorra de cada item e glosa uma só vez, com o valor total que pede de volta e uma "
    "justificativa",
)
VALOR_ITEM = Regra(
    "recurso.valor_item",
    S.ERRO,
    "valor recursado zero ou negativo",
    glosa=_INVALIDO,
    dica="informe um valor maior que zero, até o glosado no item; se não vai recorrer do "
    "item, retire-o do recurso",
)
VALOR_TOTAL = Regra(
    "recurso.valor_total",
    S.ERRO,
    "``valorTotalRecursado`` ≠ soma dos itens",
    dica="grave o total igual à soma dos itens recursados: tiss-conecta corrigir ARQUIVO -o "
    "NOVO.xml (se o erro está no recibo da operadora, peça a correção a ela)",
)
PROTOCOLO_DESCONHECIDO = Regra(
    "recurso.protocolo_desconhecido",
    S.ERRO,
    "protocolo que os demonstrativos não têm",
    glosa=_INVALIDO,
    dica="use o número de protocolo (PEG) do demonstrativo de análise: tiss-conecta recurso "
    "DEMONSTRATIVO.xml --listar o mostra",
)
GLOSA_NAO_APLICADA = Regra(
    "recurso.glosa_nao_aplicada",
    S.ERRO,
    "glosa recorrida que o demonstrativo não aplica",
    glosa=_INVALIDO,
    dica="recorra com o código de glosa que o demonstrativo traz: tiss-conecta recurso "
    "DEMONSTRATIVO.xml --listar os lista",
)
GUIA_DESCONHECIDA = Regra(
    "recurso.guia_desconhecida",
    S.ERRO,
    "guia que o protocolo não tem",
    glosa="2906",
    dica="use o número da guia como o demonstrativo o traz: tiss-conecta recurso "
    "DEMONSTRATIVO.xml --listar lista as guias glosadas",
)
ITEM_DESCONHECIDO = Regra(
    "recurso.item_desconhecido",
    S.ERRO,
    "item que a guia do demonstrativo não tem",
    glosa=_INVALIDO,
    dica="use o sequencial do item como o demonstrativo o traz: tiss-conecta recurso "
    "DEMONSTRATIVO.xml --listar lista os itens glosados",
)
RECURSADO_MAIOR = Regra(
    "recurso.recursado_maior",
    S.ERRO,
    "recorre mais que o glosado",
    glosa=_INVALIDO,
    dica="recorra no máximo do valor glosado no item: tiss-conecta recurso DEMONSTRATIVO.xml "
    "--listar mostra quanto foi glosado",
)

RECURSO = "/mensagemTISS/prestadorParaOperadora/recursoGlosa"


class Nivel(Enum):
    """Nível do recurso: what is appealed."""

    PROTOCOLO = "protocolo"
    GUIA = "guia"
    ITEM = "item"


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
    justificativa: _Justificativa


@attrs.frozen
class _GuiaRecursada:
    numero: str
    xpath: str
    glosas: tuple[str, ...]
    """Glosa codes appealed for the whole guia."""
    itens: tuple[_ItemRecursado, ...]
    justificativas: tuple[_Justificativa, ...]
    """The guia's own (not its items')."""


@attrs.frozen
class _Recurso:
    """A ``guiaRecursoGlosa`` or ``guiaRecursoGlosaOdonto``, as the rules see it."""

    xpath: str
    protocolo: str
    objeto: str
    glosa_protocolo: str | None
    guias: tuple[_GuiaRecursada, ...]
    valor_total: Decimal | None
    justificativa_protocolo: _Justificativa | None

    def justificativas(self) -> Iterator[_Justificativa]:
        """Every justification, in document order."""
        if self.justificativa_protocolo is not None:
            yield self.justificativa_protocolo
        for g in self.guias:
            yield from g.justificativas
            yield from (it.justificativa for it in g.itens)


def _no_item(it: _ItemRecursado, regra: Regra, mensagem: str, *, campo: str = "") -> Achado:
    """An achado on an item appealed (``campo``: the element of the item it points at)."""
    return regra.achado(
        mensagem, xpath=f"{it.xpath}{campo}", numero_guia=it.guia, item=it.sequencial
    )


def _item_recursado(
    numero: str,
    xp: str,
    *,
    sequencial: Any,
    glosa: Any,
    valor: Any,
    justificativa: Any,
    elemento_justificativa: str,
) -> _ItemRecursado:
    seq = inteiro(sequencial)
    return _ItemRecursado(
        numero,
        seq,
        texto(glosa),
        decimal(valor),
        xp,
        _Justificativa(justificativa, f"{xp}/{elemento_justificativa}", numero, seq),
    )


def _guia_medica(g: Any, xp: str) -> _GuiaRecursada:
    numero = texto(g.numero_guia_origem)
    og = g.opcao_recurso_guia
    completas = lista(getattr(og, "recurso_guia_completa", None))
    itens = (
        _item_recursado(
            numero,
            f"{xp}/opcaoRecursoGuia/itensGuia[{j}]",
            sequencial=it.sequencial_item,
            glosa=it.cod_glosa_item,
            valor=it.valor_recursado,
            justificativa=it.justificativa_item,
            elemento_justificativa="justificativaItem",
        )
        for j, it in enumerate(lista(getattr(og, "itens_guia", None)), 1)
    )
    return _GuiaRecursada(
        numero,
        xp,
        glosas=tuple(texto(c.cod_glosa_guia) for c in completas),
        itens=tuple(itens),
        justificativas=tuple(
            _Justificativa(
                c.justificativa_guia,
                f"{xp}/opcaoRecursoGuia/recursoGuiaCompleta[{j}]/justificativaGuia",
                numero,
            )
            for j, c in enumerate(completas, 1)
        ),
    )


def _guia_odonto(g: Any, xp: str) -> _GuiaRecursada:
    numero = texto(g.numero_guia_prestador)
    itens = tuple(
        _item_recursado(
            numero,
            f"{xp}/recursoProcedimento[{j}]",
            sequencial=it.sequencial_item,
            glosa=it.cod_glosa_proc,
            valor=it.valor_recursado,
            justificativa=it.justificativa_proc,
            elemento_justificativa="justificativaProc",
        )
        for j, it in enumerate(lista(g.recurso_procedimento), 1)
    )
    return _GuiaRecursada(
        numero,
        xp,
        glosas=() if itens else (texto(g.cod_glosa_guia),),
        itens=itens,
        justificativas=(_Justificativa(g.justificativa_guia, f"{xp}/justificativaGuia", numero),),
    )


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
    return _Recurso(
        xpath=xp,
        protocolo=texto(r.numero_protocolo),
        objeto=texto(r.objeto_recurso),
        glosa_protocolo=texto(rp.codigo_glosa_protocolo) if rp is not None else None,
        guias=guias,
        valor_total=decimal(r.valor_total_recursado),
        justificativa_protocolo=(
            _Justificativa(rp.justificativa_protocolo, f"{xp}/opcaoRecurso/recursoProtocolo")
            if rp is not None
            else None
        ),
    )


def nivel(recurso_glosa: Any) -> Nivel | None:
    """The level of a ``recursoGlosa``: the whole protocolo, whole guias, or items only
    (``None`` when it carries no recurso).

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta import montagem
    >>> demonstrativo = tiss.parse(tiss.examples.caminho("demonstrativo-analise"))
    >>> (glosa,) = montagem.glosas_recorriveis(demonstrativo)
    >>> mensagem = montagem.montar_recurso(
    ...     demonstrativo, [glosa.escolha("Procedimento autorizado pela senha S0000002.")],
    ...     numero_guia_prestador="45385", sequencial_transacao="7",
    ...     data=dt.date(2025, 6, 22), hora=dt.time(9, 0))
    >>> recurso = mensagem.prestador_para_operadora.recurso_glosa
    >>> nivel(recurso)
    <Nivel.ITEM: 'item'>
    """
    r = _ler(recurso_glosa)
    if r is None:
        return None
    if r.glosa_protocolo is not None:
        return Nivel.PROTOCOLO
    if r.guias and all(g.itens and not g.glosas for g in r.guias):
        return Nivel.ITEM
    return Nivel.GUIA


def achados_do_recurso(recurso_glosa: Any, perfil: Perfil) -> Iterator[Achado]:
    """Rules on a ``recursoGlosa`` the prestador sends (``CtGuiaRecursoLote``); a guia
    written twice, even once with leading zeros, is ``GUIA_REPETIDA``.

    >>> from decimal import Decimal
    >>> from tiss_conecta.rules import perfil
    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta import montagem
    >>> demonstrativo = tiss.parse(tiss.examples.caminho("demonstrativo-analise"))
    >>> (glosa,) = montagem.glosas_recorriveis(demonstrativo)
    >>> mensagem = montagem.montar_recurso(
    ...     demonstrativo, [glosa.escolha("Procedimento autorizado pela senha S0000002.")],
    ...     numero_guia_prestador="45385", sequencial_transacao="7",
    ...     data=dt.date(2025, 6, 22), hora=dt.time(9, 0))
    >>> recurso = mensagem.prestador_para_operadora.recurso_glosa
    >>> list(achados_do_recurso(recurso, perfil("arcelormittal")))
    []
    >>> opcao = recurso.guia_recurso_glosa.opcao_recurso
    >>> item = opcao.recurso_guia[0].opcao_recurso_guia.itens_guia[0]
    >>> item.valor_recursado = Decimal("20.00")  # R$ 15,00 were glosados
    >>> [a.codigo for a in achados_do_recurso(recurso, perfil("arcelormittal"))]
    ['recurso.valor_total']
    """
    r = _ler(recurso_glosa)
    if r is None:
        return
    yield from _objeto(r)
    if len(r.guias) > perfil.max_guias_recurso:
        yield MAX_GUIAS.achado(
            f"O recurso tem {len(r.guias)} guias; {perfil.nome} aceita até "
            f"{perfil.max_guias_recurso} por recurso. Divida-o em mais recursos.",
            xpath=f"{r.xpath}/opcaoRecurso",
        )
    for j in r.justificativas():
        yield from _justificativa(j, perfil)
    vistas: set[str] = set()  # guia numbers, leading zeros aside
    for g in r.guias:
        if numero(g.numero) in vistas:
            yield GUIA_REPETIDA.achado(
                f"A guia {g.numero} aparece mais de uma vez no recurso. Reúna as glosas da "
                "guia num só recursoGuia.",
                xpath=g.xpath,
                numero_guia=g.numero,
            )
        vistas.add(numero(g.numero))
        yield from _itens(g)
    yield from _valor_total(r)


def _objeto(r: _Recurso) -> Iterator[Achado]:
    if r.objeto == "1" and r.glosa_protocolo is None:
        yield OBJETO.achado(
            "Recurso de protocolo (objetoRecurso 1) sem recursoProtocolo. Informe o código da "
            "glosa do protocolo e a justificativa, ou use objetoRecurso 2 para recorrer de guias.",
            xpath=f"{r.xpath}/objetoRecurso",
        )
    if r.objeto == "2" and not r.guias:
        yield OBJETO.achado(
            "Recurso de guia (objetoRecurso 2) sem nenhuma guia. Informe as guias recorridas, "
            "ou use objetoRecurso 1 para recorrer do protocolo inteiro.",
            xpath=f"{r.xpath}/objetoRecurso",
        )


def _justificativa(j: _Justificativa, perfil: Perfil) -> Iterator[Achado]:
    valor = texto(j.texto)
    if not valor.strip():
        yield SEM_JUSTIFICATIVA.achado(
            "Justificativa do recurso em branco. Explique por que a glosa deve ser revista.",
            xpath=j.xpath,
            numero_guia=j.numero_guia,
            item=j.item,
        )
    elif len(valor) > perfil.max_caracteres_justificativa:
        yield JUSTIFICATIVA_LONGA.achado(
            f"Justificativa com {len(valor)} caracteres; o limite é "
            f"{perfil.max_caracteres_justificativa}. Resuma o texto e anexe o restante como "
            "documento.",
            xpath=j.xpath,
            numero_guia=j.numero_guia,
            item=j.item,
        )


def _itens(g: _GuiaRecursada) -> Iterator[Achado]:
    vistos: set[tuple[int | None, str]] = set()
    for it in g.itens:
        if (it.sequencial, it.glosa) in vistos:
            yield _no_item(
                it,
                ITEM_REPETIDO,
                f"Guia {it.guia}: o item {it.sequencial} é recorrido duas vezes pela "
                f"glosa {it.glosa}. Deixe um só pedido por item e glosa.",
            )
        vistos.add((it.sequencial, it.glosa))
        if it.valor is not None and it.valor <= 0:
            yield _no_item(
                it,
                VALOR_ITEM,
                f"Guia {it.guia}, item {it.sequencial}: valor recursado "
                f"{formato.reais(it.valor)}. Informe o valor glosado que pede de volta.",
                campo="/valorRecursado",
            )


def _valor_total(r: _Recurso) -> Iterator[Achado]:
    """``valorTotalRecursado`` of a recurso of items only: the sum of the items'."""
    so_itens = r.glosa_protocolo is None and all(not g.glosas for g in r.guias)
    itens = [it for g in r.guias for it in g.itens]
    if not (so_itens and itens and r.valor_total is not None):
        return
    calculado = soma(it.valor for it in itens if it.valor is not None)
    if calculado != r.valor_total:
        yield VALOR_TOTAL.achado(
            f"valorTotalRecursado {formato.reais(r.valor_total)} difere da soma dos "
            f"valores recursados dos itens, {formato.reais(calculado)}. Corrija o total.",
            xpath=f"{r.xpath}/valorTotalRecursado",
        )


def achados_contra_demonstrativos(
    recurso_glosa: Any, demonstrativos: Iterable[Any]
) -> Iterator[Achado]:
    """A recurso against the demonstrativos it appeals — de análise de conta or odontológicos,
    as messages or as the demonstrativos themselves: the protocolo exists, each glosa appealed
    was applied there, and no item appeals more than its glosa. Protocolo and guia numbers
    are compared as :func:`~tiss_conecta.leitura.numero` does (leading zeros aside).

    >>> from decimal import Decimal
    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta import montagem
    >>> demonstrativo = tiss.parse(tiss.examples.caminho("demonstrativo-analise"))
    >>> (glosa,) = montagem.glosas_recorriveis(demonstrativo)
    >>> mensagem = montagem.montar_recurso(
    ...     demonstrativo, [glosa.escolha("Procedimento autorizado pela senha S0000002.")],
    ...     numero_guia_prestador="45385", sequencial_transacao="7",
    ...     data=dt.date(2025, 6, 22), hora=dt.time(9, 0))
    >>> recurso = mensagem.prestador_para_operadora.recurso_glosa
    >>> opcao = recurso.guia_recurso_glosa.opcao_recurso
    >>> item = opcao.recurso_guia[0].opcao_recurso_guia.itens_guia[0]
    >>> item.valor_recursado = Decimal("20.00")  # R$ 15,00 were glosados
    >>> [(a.codigo, a.glosa) for a in achados_contra_demonstrativos(recurso, [demonstrativo])]
    [('recurso.recursado_maior', '2901')]
    """
    r = _ler(recurso_glosa)
    if r is None:
        return
    lidos = {numero(p.numero): p for d in demonstrativos for p in protocolos(d)}
    p = lidos.get(numero(r.protocolo))
    if p is None:
        yield PROTOCOLO_DESCONHECIDO.achado(
            f"O protocolo {r.protocolo} não está nos demonstrativos de análise informados. "
            "Confira o número do protocolo recorrido.",
            xpath=f"{r.xpath}/numeroProtocolo",
        )
        return
    aplicadas = set(p.codigos_aplicados())
    if r.glosa_protocolo is not None and r.glosa_protocolo not in aplicadas:
        yield GLOSA_NAO_APLICADA.achado(
            f"O protocolo {r.protocolo} não tem a glosa {r.glosa_protocolo} "
            f"({'nenhuma glosa' if not aplicadas else 'glosas: ' + ', '.join(sorted(aplicadas))}). "
            "Recorra de uma glosa que consta no demonstrativo.",
            xpath=f"{r.xpath}/opcaoRecurso/recursoProtocolo/codigoGlosaProtocolo",
        )
    guias = {numero(g.numero): g for g in p.guias}
    for g in r.guias:
        dg = guias.get(numero(g.numero))
        if dg is None:
            yield GUIA_DESCONHECIDA.achado(
                f"A guia {g.numero} não consta do protocolo {r.protocolo}. Confira o número "
                "da guia recorrida.",
                xpath=g.xpath,
                numero_guia=g.numero,
            )
        else:
            yield from _guia_contra_demonstrativo(g, dg)


def _glosas_da_guia(dg: GuiaLida) -> set[str]:
    """Codes applied to a demonstrativo's guia, on the guia itself or on any of its items."""
    return {c for c in [*(c for c, _ in dg.motivos), *dg.codigos_dos_itens()] if c}


def _guia_contra_demonstrativo(g: _GuiaRecursada, dg: GuiaLida) -> Iterator[Achado]:
    itens = {it.sequencial: it for it in dg.itens}
    aplicadas = _glosas_da_guia(dg)
    for codigo in g.glosas:
        if codigo not in aplicadas:
            yield GLOSA_NAO_APLICADA.achado(
                f"A guia {g.numero} não tem a glosa {codigo} no demonstrativo. Recorra "
                "das glosas que constam nele.",
                xpath=g.xpath,
                numero_guia=g.numero,
            )
    for it in g.itens:
        d = itens.get(it.sequencial)
        if d is None:
            yield _no_item(
                it,
                ITEM_DESCONHECIDO,
                f"Guia {it.guia}: o item {it.sequencial} não consta do demonstrativo. "
                "Confira o sequencialItem.",
            )
        else:
            yield from _item_contra_demonstrativo(it, d)


def _item_contra_demonstrativo(it: _ItemRecursado, d: ItemLido) -> Iterator[Achado]:
    if it.glosa not in d.codigos():
        yield _no_item(
            it,
            GLOSA_NAO_APLICADA,
            f"Guia {it.guia}, item {it.sequencial}: o demonstrativo não aplica a "
            f"glosa {it.glosa} a este item. Recorra da glosa que consta nele.",
        )
        return
    glosado = soma(v for c, v in d.glosas if c == it.glosa and v is not None)
    if it.valor is not None and not recursado_cabe(it.valor, glosado):
        yield _no_item(
            it,
            RECURSADO_MAIOR,
            f"Guia {it.guia}, item {it.sequencial}: recorre "
            f"{formato.reais(it.valor)}, mas a glosa {it.glosa} foi de "
            f"{formato.reais(glosado)}. O valor recursado não pode passar do glosado.",
            campo="/valorRecursado",
        )
