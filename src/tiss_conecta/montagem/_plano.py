"""Planning: the prestador's choices checked against the demonstrativo and the profile, and
turned into the plan of the recurso (:func:`verificar_escolhas`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import cache
from typing import Any

import attrs

from tiss_conecta import formato, models
from tiss_conecta.leitura import GuiaLida, ItemLido, ProtocoloLido
from tiss_conecta.leitura import numero as normal
from tiss_conecta.montagem._escolhas import (
    Escolha,
    EscolhaGuia,
    EscolhaItens,
    EscolhaProtocolo,
)
from tiss_conecta.montagem._listagem import exigido, lidos
from tiss_conecta.montagem._recusas import Recusa, invalido
from tiss_conecta.rules import TISS, Perfil

__all__ = ["MAX_GUIAS", "Plano", "planejar", "verificar_escolhas"]

MAX_GUIAS = 100
"""``recursoGuia`` maxOccurs in ``ctm_recursoGlosa``."""
_CENTAVO = Decimal("0.01")


@attrs.frozen
class _Completa:
    codigo: str
    justificativa: str
    valor: Decimal


@attrs.frozen
class _Item:
    item: ItemLido
    codigo: str
    justificativa: str
    valor: Decimal
    sequencial: int
    data: dt.date
    procedimento: Any


@attrs.frozen
class _PlanoGuia:
    guia: GuiaLida
    completas: tuple[_Completa, ...]
    itens: tuple[_Item, ...]
    justificativa: str
    """The justification of the guia's first choice (the odontológico needs one per guia)."""


@attrs.frozen
class Plano:
    """What the recurso carries, checked: the protocolo appealed and either its whole glosa
    (``completa``) or its guias, each whole or by items."""

    protocolo: ProtocoloLido
    completa: _Completa | None
    guias: tuple[_PlanoGuia, ...]

    @property
    def total(self) -> Decimal:
        """``valorTotalRecursado``: the sum of what is appealed."""
        if self.completa is not None:
            return self.completa.valor
        completas = sum((c.valor for g in self.guias for c in g.completas), Decimal("0.00"))
        return completas + sum((i.valor for g in self.guias for i in g.itens), Decimal("0.00"))


def _recurso(p: ProtocoloLido) -> Any:
    """The recurso class of ``p``'s version: médico or odontológico."""
    m = models.carregar(p.versao)
    return m.CtoRecursoGlosaOdonto if p.odonto else m.CtmRecursoGlosa


def _item_do_recurso(p: ProtocoloLido) -> Any:
    """The class of one appealed item in the recurso of ``p``'s version."""
    guia = _recurso(p).OpcaoRecurso.RecursoGuia
    return guia.RecursoProcedimento if p.odonto else guia.OpcaoRecursoGuia.ItensGuia


@cache
def _maximo(cls: type, campo: str) -> Decimal:
    """The largest value the XSD lets ``campo`` of ``cls`` take (``st_decimalN-2``)."""
    meta = next(f.metadata for f in dataclasses.fields(cls) if f.name == campo)
    casas: int = meta["fraction_digits"]
    inteiros: int = meta["total_digits"] - casas
    return Decimal(10) ** inteiros - Decimal(10) ** -casas


def _cabe(valor: Decimal | None, glosado: Decimal, onde: str) -> Decimal:
    """The value appealed (``glosado`` when ``None``), checked against what was glosado."""
    if glosado <= 0:
        raise invalido(
            f"{onde}: não há valor glosado a recorrer ({formato.reais(glosado)})",
            Recusa.NADA_A_RECORRER,
            "escolha uma glosa com valor glosado (GlosaRecorrivel.recorrivel)",
        )
    if valor is None:
        return glosado.quantize(_CENTAVO, context=formato.CONTEXTO)
    if valor > glosado:
        raise invalido(
            f"{onde}: recorre {formato.reais(valor)}, mas o glosado foi {formato.reais(glosado)}",
            Recusa.VALOR,
            "o valor recursado não pode passar do glosado",
        )
    return valor


def _justificativa_cabe(texto: str, perfil: Perfil) -> str:
    if len(texto) > perfil.max_caracteres_justificativa:
        raise invalido(
            f"justificativa com {len(texto)} caracteres; {perfil.nome} aceita até "
            f"{perfil.max_caracteres_justificativa}",
            Recusa.JUSTIFICATIVA,
            "resuma o texto e anexe o restante como documento",
        )
    return texto


def _escolher_protocolo(todos: list[ProtocoloLido], numero: str | None) -> ProtocoloLido:
    achados = todos if numero is None else [p for p in todos if normal(p.numero) == normal(numero)]
    numeros = ", ".join(dict.fromkeys(p.numero for p in todos)) or "nenhum"
    if not achados:
        raise invalido(
            f"o protocolo {numero} não está no demonstrativo (protocolos: {numeros})",
            Recusa.PROTOCOLO,
        )
    if len(achados) > 1:
        if numero is None:
            raise invalido(
                f"o demonstrativo tem {len(todos)} protocolos ({numeros}): diga qual recorrer",
                Recusa.PROTOCOLO,
                "passe protocolo='...' (um recurso é de um só protocolo)",
            )
        raise invalido(
            f"o protocolo {numero} aparece {len(achados)} vezes no demonstrativo",
            Recusa.PROTOCOLO,
            "peça à operadora um demonstrativo sem protocolos repetidos",
        )
    return achados[0]


def _unico(candidatos: Sequence[Any], descricao: str) -> Any:
    """The one target the demonstrativo has for ``descricao``; refused when it has none or
    more than one (:attr:`Recusa.ALVO`)."""
    if not candidatos:
        raise invalido(f"{descricao} não consta do demonstrativo", Recusa.ALVO)
    if len(candidatos) > 1:
        raise invalido(
            f"{descricao} aparece {len(candidatos)} vezes no demonstrativo: não dá para saber "
            "qual recorrer",
            Recusa.ALVO,
            "peça à operadora a correção do demonstrativo",
        )
    return candidatos[0]


def planejar(
    demonstrativo: Any, escolhas: Iterable[Escolha], protocolo: str | None, perfil: Perfil
) -> Plano:
    """The plan of the recurso of ``escolhas``; refused as :func:`verificar_escolhas` says."""
    escolhas = list(escolhas)
    for e in escolhas:
        if not isinstance(e, (EscolhaProtocolo, EscolhaGuia, EscolhaItens)):
            raise invalido(
                f"escolha de tipo {type(e).__name__}: use EscolhaProtocolo, EscolhaGuia ou "
                "EscolhaItens",
                Recusa.ESCOLHA,
            )
    if not escolhas:
        raise invalido("nenhuma glosa escolhida para recorrer", Recusa.VAZIO)
    p = _escolher_protocolo(lidos(demonstrativo), protocolo)
    if not p.numero.isascii() or not p.numero.isdigit():
        raise invalido(
            f"o protocolo {p.numero!r} não é numérico: o recurso (numeroProtocolo, "
            "st_numerico12) só aceita dígitos",
            Recusa.PROTOCOLO,
            "peça à operadora o número numérico do protocolo",
        )
    exigido(p.registro_ans, "o registro ANS da operadora")
    exigido(p.nome_operadora, "o nome da operadora")
    exigido(p.contratado, "os dados do prestador")
    de_protocolo = [e for e in escolhas if isinstance(e, EscolhaProtocolo)]
    if de_protocolo:
        plano = Plano(p, _plano_protocolo(p, de_protocolo, escolhas, perfil), ())
    else:
        # by guia, leading zeros aside: "2" and "00000002" are one guia, named as first written
        por_guia: dict[str, list[EscolhaGuia | EscolhaItens]] = {}
        for e in escolhas:
            assert not isinstance(e, EscolhaProtocolo)
            por_guia.setdefault(normal(e.guia), []).append(e)
        limite = min(perfil.max_guias_recurso, MAX_GUIAS)
        if len(por_guia) > limite:
            raise invalido(
                f"o recurso tem {len(por_guia)} guias; {perfil.nome} aceita até {limite} por "
                "recurso",
                Recusa.MAX_GUIAS,
                "divida as guias em mais recursos",
            )
        planos = tuple(_plano_guia(p, es[0].guia, es, perfil) for es in por_guia.values())
        plano = Plano(p, None, planos)
    maximo = _maximo(_recurso(p), "valor_total_recursado")
    if plano.total > maximo:
        raise invalido(
            f"valor total recursado {formato.reais(plano.total)} passa do máximo do TISS "
            f"{p.versao} ({formato.reais(maximo)}, valorTotalRecursado)",
            Recusa.MAX_TOTAL,
            "divida as guias em mais recursos",
        )
    return plano


def _plano_protocolo(
    p: ProtocoloLido, de_protocolo: list[EscolhaProtocolo], escolhas: list[Escolha], perfil: Perfil
) -> _Completa:
    if len(escolhas) > 1:
        raise invalido(
            "o recurso do protocolo inteiro (objetoRecurso 1) é único: não se junta a outro "
            "recurso de protocolo, de guia ou de itens",
            Recusa.NIVEIS,
            "recorra do protocolo inteiro, ou das guias e itens em seu lugar",
        )
    e = de_protocolo[0]
    if p.odonto:
        raise invalido(
            "o demonstrativo odontológico não traz glosa do protocolo inteiro: recorra das "
            "guias ou dos procedimentos",
            Recusa.NIVEIS,
        )
    aplicadas = p.codigos_aplicados()
    if e.glosa not in aplicadas:
        tem = f"glosas aplicadas: {', '.join(aplicadas)}" if aplicadas else "nenhuma glosa"
        raise invalido(
            f"o protocolo {p.numero} não tem a glosa {e.glosa} ({tem})",
            Recusa.ALVO,
            "recorra do protocolo por uma glosa que o demonstrativo aplica nele, ou das guias",
        )
    glosado = exigido(p.glosado, f"o valor glosado do protocolo {p.numero}")
    valor = _cabe(e.valor, glosado, f"protocolo {p.numero}, glosa {e.glosa}")
    return _Completa(e.glosa, _justificativa_cabe(e.justificativa, perfil), valor)


def _plano_guia(
    p: ProtocoloLido, numero: str, escolhas: list[EscolhaGuia | EscolhaItens], perfil: Perfil
) -> _PlanoGuia:
    g: GuiaLida = _unico(
        [x for x in p.guias if normal(x.numero) == normal(numero)],
        f"a guia {numero} do protocolo {p.numero}",
    )
    inteiras = [e for e in escolhas if isinstance(e, EscolhaGuia)]
    de_itens = [e for e in escolhas if isinstance(e, EscolhaItens)]
    if inteiras and de_itens:
        raise invalido(
            f"guia {numero}: recorre-se da guia inteira ou de itens dela, não dos dois "
            "(o XSD tem recursoGuiaCompleta ou itensGuia)",
            Recusa.NIVEIS,
            "recorra dos itens, ou só da guia inteira",
        )
    if p.odonto and len(inteiras) > 1:
        raise invalido(
            f"guia {numero}: o recurso odontológico tem um só código de glosa por guia "
            f"(codGlosaGuia), e foram escolhidos {len(inteiras)}",
            Recusa.NIVEIS,
            "recorra dos procedimentos, cada um com sua glosa",
        )
    completas = []
    vistos: set[str] = set()
    for e in inteiras:
        if e.glosa in vistos:
            raise invalido(
                f"guia {numero}: a glosa {e.glosa} foi escolhida duas vezes", Recusa.REPETIDA
            )
        vistos.add(e.glosa)
        if e.glosa in {c for c, _ in g.motivos}:
            glosado = exigido(g.glosado, f"o valor glosado da guia {numero}")
        elif e.glosa in g.codigos_dos_itens():
            glosado = sum(
                (
                    exigido(v, f"o valor da glosa {c} do item {it.sequencial} da guia {numero}")
                    for it in g.itens
                    for c, v in it.glosas
                    if c == e.glosa
                ),
                Decimal("0.00"),
            )
        else:
            raise invalido(
                f"a guia {numero} não tem a glosa {e.glosa} no demonstrativo",
                Recusa.ALVO,
                "recorra das glosas que constam nele: tiss-conecta recurso DEMONSTRATIVO.xml "
                "--listar as mostra (em Python, glosas_recorriveis)",
            )
        valor = _cabe(e.valor, glosado, f"guia {numero}, glosa {e.glosa}")
        completas.append(_Completa(e.glosa, _justificativa_cabe(e.justificativa, perfil), valor))
    total = sum((c.valor for c in completas), Decimal(0))
    if completas:
        da_guia = exigido(g.glosado, f"o valor glosado da guia {numero}")
        if total > da_guia:
            raise invalido(
                f"guia {numero}: recorre {formato.reais(total)} ao todo, mas a guia teve "
                f"{formato.reais(da_guia)} glosados",
                Recusa.VALOR,
                "informe o valor de cada glosa, somando no máximo o glosado da guia",
            )
    itens = []
    pares: set[tuple[int, str]] = set()
    por_item: dict[int, Decimal] = {}
    maximo = _maximo(_item_do_recurso(p), "valor_recursado")
    for ei in de_itens:
        _justificativa_cabe(ei.justificativa, perfil)
        for escolhido in ei.itens:
            onde = f"guia {numero}, item {escolhido.sequencial}"
            if (escolhido.sequencial, escolhido.glosa) in pares:
                raise invalido(
                    f"{onde}: a glosa {escolhido.glosa} foi escolhida duas vezes", Recusa.REPETIDA
                )
            pares.add((escolhido.sequencial, escolhido.glosa))
            item: ItemLido = _unico(
                [x for x in g.itens if x.sequencial == escolhido.sequencial],
                f"o item {escolhido.sequencial} da guia {numero}",
            )
            if escolhido.glosa not in item.codigos():
                raise invalido(
                    f"{onde}: o demonstrativo não aplica a glosa {escolhido.glosa} a este item",
                    Recusa.ALVO,
                    "recorra das glosas que constam nele: tiss-conecta recurso DEMONSTRATIVO.xml "
                    "--listar as mostra (em Python, glosas_recorriveis)",
                )
            do_item = exigido(
                item.valor_da_glosa(escolhido.glosa),
                f"o valor da glosa {escolhido.glosa} do item {escolhido.sequencial} da guia "
                f"{numero}",
            )
            recursado = _cabe(escolhido.valor, do_item, f"{onde}, glosa {escolhido.glosa}")
            if recursado > maximo:
                raise invalido(
                    f"{onde}, glosa {escolhido.glosa}: recorre {formato.reais(recursado)}, mais "
                    f"que o TISS {p.versao} aceita num item ({formato.reais(maximo)}, "
                    "valorRecursado)",
                    Recusa.VALOR,
                    f"informe um valor de até {formato.reais(maximo)} para este item, ou recorra "
                    "da guia inteira (EscolhaGuia), que não leva valor por item",
                )
            seq = escolhido.sequencial
            por_item[seq] = por_item.get(seq, Decimal(0)) + recursado
            do_todo = exigido(item.glosado, f"o valor glosado do item {seq} da guia {numero}")
            if por_item[seq] > do_todo:
                raise invalido(
                    f"{onde}: recorre {formato.reais(por_item[seq])} ao todo, "
                    f"mas o item teve {formato.reais(do_todo)} glosados",
                    Recusa.VALOR,
                    "no odontológico, as glosas de um procedimento dividem o mesmo valor: "
                    "informe o valor de cada uma",
                )
            justificativa = escolhido.justificativa or ei.justificativa
            itens.append(
                _Item(
                    item,
                    escolhido.glosa,
                    _justificativa_cabe(justificativa, perfil),
                    recursado,
                    seq,
                    exigido(item.data, f"a data de realização do item {seq} da guia {numero}"),
                    exigido(item.procedimento, f"o procedimento do item {seq} da guia {numero}"),
                )
            )
    return _PlanoGuia(g, tuple(completas), tuple(itens), escolhas[0].justificativa)


def verificar_escolhas(
    demonstrativo: Any,
    escolhas: Iterable[Escolha],
    *,
    protocolo: str | None = None,
    perfil: Perfil = TISS,
) -> Decimal:
    """Check the choices against the demonstrativo and ``perfil``; the total appealed.

    Raises :class:`~tiss_conecta.errors.RecursoInvalido` (``codigo`` ``recurso.*``) when a
    choice names what the demonstrativo does not have, asks more than was glosado, mixes
    levels the XSD does not allow together, or passes the profile's limits.
    ``protocolo`` is needed when the demonstrativo has more than one.

    >>> import tiss_conecta as tiss
    >>> from decimal import Decimal
    >>> from tiss_conecta.montagem import glosas_recorriveis
    >>> demonstrativo = tiss.parse(tiss.examples.caminho("demonstrativo-analise"))
    >>> (glosa,) = glosas_recorriveis(demonstrativo)
    >>> verificar_escolhas(demonstrativo, [glosa.escolha("Valor contratado.", Decimal("10.00"))])
    Decimal('10.00')
    >>> verificar_escolhas(demonstrativo, [glosa.escolha("Valor contratado.", Decimal("20.00"))])
    Traceback (most recent call last):
    ...
    tiss_conecta.errors.RecursoInvalido: [recurso.valor] guia 00000002, item 1, glosa 1705: \
    recorre R$...20,00, mas o glosado foi R$...15,00. Como corrigir: ...
    """
    return planejar(demonstrativo, escolhas, protocolo, perfil).total
