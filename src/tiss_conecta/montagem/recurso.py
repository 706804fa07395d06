"""Recurso de glosa built from the demonstrativo the operadora sent.

    >>> from tiss_conecta.montagem import recurso
    >>> glosas = recurso.glosas_recorriveis(demonstrativo)      # what can be appealed
    >>> escolha = glosas[0].escolha("Procedimento autorizado pela senha 123.")
    >>> msg = recurso.montar_recurso(demonstrativo, [escolha], numero_guia_prestador="45385",
    ...                              sequencial_transacao="7", data=dia, hora=agora)

Everything is copied from the demonstrativo (registro ANS, operadora, prestador, lote,
protocolo, guias, items, dates, procedures, values); the prestador only says what is appealed,
why, and how much. Three levels, as in ``ctm_recursoGlosa``: the whole protocolo
(:class:`EscolhaProtocolo`, ``objetoRecurso`` 1), whole guias (:class:`EscolhaGuia`) or items
(:class:`EscolhaItens`), both ``objetoRecurso`` 2. A choice that cannot become a valid
recurso raises :class:`~tiss_conecta.errors.RecursoInvalido` with a stable ``code``.

The recurso is written in the demonstrativo's TISS version (4.01.00, 4.02.00 or 4.03.00:
``Padrao`` and classes alike); in 4.03.00 an item's ``centroConsumo`` is copied too. The
limits on values are read from that version's schema facets (``valorRecursado`` of an item
is ``st_decimal8-2`` in 4.01.00, ``st_decimal10-2`` later).

A ``demonstrativoPagamentoOdonto`` gives the odontológico recurso
(``guiaRecursoGlosaOdonto``), by guia or by procedure: that demonstrativo has no glosa of the
whole protocolo to appeal.

Pure functions: the dates, the hour and the numbers come in as arguments.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import cache
from types import ModuleType
from typing import Any, TypeVar

import attrs
from xsdata.models.datatype import XmlDate, XmlTime

from tiss_conecta import formato, glosas, models
from tiss_conecta.errors import GlosaDesconhecida, RecursoInvalido
from tiss_conecta.leitura import GuiaLida, ItemLido, ProtocoloLido, demonstrativos, protocolos
from tiss_conecta.leitura import numero as normal
from tiss_conecta.leitura._valores import texto
from tiss_conecta.montagem.escolhas import (
    MAX_JUSTIFICATIVA,
    Escolha,
    EscolhaGuia,
    EscolhaItens,
    EscolhaProtocolo,
    ItemEscolhido,
    invalido,
)
from tiss_conecta.rules import TISS, Perfil
from tiss_conecta.rules.recurso import Nivel

__all__ = [
    "MAX_GUIAS",
    "MAX_JUSTIFICATIVA",
    "Escolha",
    "EscolhaGuia",
    "EscolhaItens",
    "EscolhaProtocolo",
    "GlosaRecorrivel",
    "ItemEscolhido",
    "Nivel",
    "Procedimento",
    "glosas_recorriveis",
    "montar_recurso",
    "verificar_escolhas",
]

MAX_GUIAS = 100
"""``recursoGuia`` maxOccurs in ``ctm_recursoGlosa``."""
_CENTAVO = Decimal("0.01")
_FACE = re.compile(r"[OLMVDIP]{1,5}")
_T = TypeVar("_T")


def _lidos(demonstrativo: Any) -> list[ProtocoloLido]:
    """The protocolos of the demonstrativo; refused when the message carries none."""
    if not demonstrativos(demonstrativo):
        raise RecursoInvalido(
            "a mensagem não traz demonstrativo de análise de conta nem demonstrativo "
            "odontológico: não há glosas a recorrer",
            codigo="recurso.sem_demonstrativo",
            dica="use a mensagem DEMONSTRATIVO_ANALISE_CONTA (ou DEMONSTRATIVO_ODONTOLOGIA) que "
            "a operadora enviou",
        )
    return protocolos(demonstrativo)


def _exigido(valor: _T | None, o_que: str) -> _T:
    """A value the recurso needs from the demonstrativo; refused when absent."""
    if valor is None or valor == "":
        raise invalido(
            f"o demonstrativo não traz {o_que}",
            "demonstrativo_incompleto",
            "peça à operadora o demonstrativo completo: o XSD exige esse valor",
        )
    return valor


# ---------------------------------------------------------------- what can be appealed


@attrs.frozen
class Procedimento:
    """A procedure as the demonstrativo names it (``ct_procedimentoDados``)."""

    tabela: str
    codigo: str
    descricao: str


@attrs.frozen
class GlosaRecorrivel:
    """One glosa of the demonstrativo: where it is, what it is, and its values.

    ``valor_glosa`` is what was glosado under this code at this level: the item's
    ``valorGlosa`` for the code, the guia's or protocolo's ``valorGlosa*`` (processado −
    liberado when absent). The other values are those of the item, guia or protocolo.
    """

    nivel: Nivel
    protocolo: str
    lote: str
    codigo: str
    titulo: str
    valor_informado: Decimal
    valor_processado: Decimal
    valor_liberado: Decimal
    valor_glosa: Decimal
    numero_guia: str | None = None
    numero_guia_operadora: str | None = None
    sequencial_item: int | None = None
    data_realizacao: dt.date | None = None
    procedimento: Procedimento | None = None
    odonto: bool = False

    @property
    def recorrivel(self) -> bool:
        """There is a glosado value to ask back, under a glosa code."""
        return self.valor_glosa > 0 and self.codigo != ""

    def escolha(self, justificativa: str, valor: Decimal | None = None) -> Escolha:
        """The choice that appeals this glosa (``valor``: all that was glosado if ``None``)."""
        if self.nivel is Nivel.PROTOCOLO:
            return EscolhaProtocolo(self.codigo, justificativa, valor)
        assert self.numero_guia is not None
        if self.nivel is Nivel.GUIA:
            return EscolhaGuia(self.numero_guia, self.codigo, justificativa, valor)
        assert self.sequencial_item is not None
        return EscolhaItens(
            self.numero_guia,
            (ItemEscolhido(self.sequencial_item, self.codigo, valor),),
            justificativa,
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (values as strings, dates in ISO format)."""
        dados = attrs.asdict(self, recurse=True)
        dados["nivel"] = self.nivel.value
        for chave, valor in dados.items():
            if isinstance(valor, Decimal):
                dados[chave] = f"{valor:.2f}"
            elif isinstance(valor, dt.date):
                dados[chave] = valor.isoformat()
        return dados


def _titulo(cod: str, descricao: str | None = None) -> str:
    if not cod:  # dm_tipoGlosa enumerates "" too
        return descricao or "(glosa sem código)"
    try:
        return glosas.consultar(cod).titulo
    except GlosaDesconhecida:
        return descricao or ""


def _procedimento(p: Any) -> Procedimento | None:
    if p is None:
        return None
    return Procedimento(
        texto(p.codigo_tabela), texto(p.codigo_procedimento), texto(p.descricao_procedimento)
    )


def _recorrivel(
    p: ProtocoloLido,
    nivel: Nivel,
    codigo: str,
    titulo: str,
    de: ProtocoloLido | GuiaLida | ItemLido,
    glosado: Decimal | None,
    guia: GuiaLida | None = None,
    item: ItemLido | None = None,
) -> GlosaRecorrivel:
    """A glosa of protocolo ``p`` at ``nivel``, with the values of the level it is on (``de``)."""
    if item is not None and guia is not None:
        de_que = f"do item {item.sequencial} da guia {guia.numero}"
    else:
        de_que = f"da guia {guia.numero}" if guia is not None else f"do protocolo {p.numero}"
    return GlosaRecorrivel(
        nivel=nivel,
        protocolo=p.numero,
        lote=p.lote,
        codigo=codigo,
        titulo=titulo,
        valor_informado=_exigido(de.informado, f"o valor informado {de_que}"),
        valor_processado=_exigido(de.processado, f"o valor processado {de_que}"),
        valor_liberado=_exigido(de.liberado, f"o valor liberado {de_que}"),
        valor_glosa=_exigido(glosado, f"o valor glosado {de_que}"),
        numero_guia=guia.numero if guia is not None else None,
        numero_guia_operadora=guia.numero_operadora if guia is not None else None,
        sequencial_item=(
            _exigido(item.sequencial, f"o sequencial {de_que}") if item is not None else None
        ),
        data_realizacao=item.data if item is not None else None,
        procedimento=_procedimento(item.procedimento) if item is not None else None,
        odonto=p.odonto,
    )


def glosas_recorriveis(demonstrativo: Any) -> list[GlosaRecorrivel]:
    """Every glosa the demonstrativo carries, by protocolo, guia and item, in its order.

    ``demonstrativo``: a ``DEMONSTRATIVO_ANALISE_CONTA`` or ``DEMONSTRATIVO_ODONTOLOGIA``
    message, or the ``ctm_demonstrativoAnaliseConta`` / ``cto_demonstrativoOdontologia``
    itself. Glosas of no value or with a blank code (``dm_tipoGlosa`` allows one) are listed
    too, with :attr:`GlosaRecorrivel.recorrivel` false.
    """
    out = []
    for p in _lidos(demonstrativo):
        if p.glosa is not None:
            out.append(_recorrivel(p, Nivel.PROTOCOLO, p.glosa[0], _titulo(*p.glosa), p, p.glosado))
        for g in p.guias:
            out.extend(
                _recorrivel(p, Nivel.GUIA, cod, _titulo(cod, descricao), g, g.glosado, g)
                for cod, descricao in g.motivos
            )
            for it in g.itens:
                out.extend(
                    _recorrivel(p, Nivel.ITEM, cod, _titulo(cod), it, valor, g, it)
                    for cod, valor in it.glosas
                )
    return out


# ---------------------------------------------------------------- planning


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
class _Plano:
    protocolo: ProtocoloLido
    completa: _Completa | None
    guias: tuple[_PlanoGuia, ...]

    @property
    def total(self) -> Decimal:
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


def _tem_campo(cls: type, campo: str) -> bool:
    return any(f.name == campo for f in dataclasses.fields(cls))


def _cabe(valor: Decimal | None, glosado: Decimal, onde: str) -> Decimal:
    """The value appealed (``glosado`` when ``None``), checked against what was glosado."""
    if glosado <= 0:
        raise invalido(
            f"{onde}: não há valor glosado a recorrer ({formato.reais(glosado)})",
            "nada_a_recorrer",
            "escolha uma glosa com valor glosado (GlosaRecorrivel.recorrivel)",
        )
    if valor is None:
        return glosado.quantize(_CENTAVO)
    if valor > glosado:
        raise invalido(
            f"{onde}: recorre {formato.reais(valor)}, mas o glosado foi {formato.reais(glosado)}",
            "valor",
            "o valor recursado não pode passar do glosado",
        )
    return valor


def _justificativa_cabe(texto: str, perfil: Perfil) -> str:
    if len(texto) > perfil.max_caracteres_justificativa:
        raise invalido(
            f"justificativa com {len(texto)} caracteres; {perfil.nome} aceita até "
            f"{perfil.max_caracteres_justificativa}",
            "justificativa",
            "resuma o texto e anexe o restante como documento",
        )
    return texto


def _escolher_protocolo(todos: list[ProtocoloLido], numero: str | None) -> ProtocoloLido:
    achados = todos if numero is None else [p for p in todos if normal(p.numero) == normal(numero)]
    numeros = ", ".join(dict.fromkeys(p.numero for p in todos)) or "nenhum"
    if not achados:
        raise invalido(
            f"o protocolo {numero} não está no demonstrativo (protocolos: {numeros})",
            "protocolo",
        )
    if len(achados) > 1:
        if numero is None:
            raise invalido(
                f"o demonstrativo tem {len(todos)} protocolos ({numeros}): diga qual recorrer",
                "protocolo",
                "passe protocolo='...' (um recurso é de um só protocolo)",
            )
        raise invalido(
            f"o protocolo {numero} aparece {len(achados)} vezes no demonstrativo",
            "protocolo",
            "peça à operadora um demonstrativo sem protocolos repetidos",
        )
    return achados[0]


def _unico(candidatos: Sequence[Any], descricao: str, code: str) -> Any:
    if not candidatos:
        raise invalido(f"{descricao} não consta do demonstrativo", code)
    if len(candidatos) > 1:
        raise invalido(
            f"{descricao} aparece {len(candidatos)} vezes no demonstrativo: não dá para saber "
            "qual recorrer",
            code,
            "peça à operadora a correção do demonstrativo",
        )
    return candidatos[0]


def _planejar(
    demonstrativo: Any, escolhas: Iterable[Escolha], protocolo: str | None, perfil: Perfil
) -> _Plano:
    escolhas = list(escolhas)
    for e in escolhas:
        if not isinstance(e, (EscolhaProtocolo, EscolhaGuia, EscolhaItens)):
            raise invalido(
                f"escolha de tipo {type(e).__name__}: use EscolhaProtocolo, EscolhaGuia ou "
                "EscolhaItens",
                "escolha",
            )
    if not escolhas:
        raise invalido("nenhuma glosa escolhida para recorrer", "vazio")
    p = _escolher_protocolo(_lidos(demonstrativo), protocolo)
    if not p.numero.isascii() or not p.numero.isdigit():
        raise invalido(
            f"o protocolo {p.numero!r} não é numérico: o recurso (numeroProtocolo, "
            "st_numerico12) só aceita dígitos",
            "protocolo",
            "peça à operadora o número numérico do protocolo",
        )
    _exigido(p.registro_ans, "o registro ANS da operadora")
    _exigido(p.nome_operadora, "o nome da operadora")
    _exigido(p.contratado, "os dados do prestador")
    de_protocolo = [e for e in escolhas if isinstance(e, EscolhaProtocolo)]
    if de_protocolo:
        plano = _Plano(p, _plano_protocolo(p, de_protocolo, escolhas, perfil), ())
    else:
        por_guia: dict[str, list[EscolhaGuia | EscolhaItens]] = {}
        for e in escolhas:
            assert not isinstance(e, EscolhaProtocolo)
            por_guia.setdefault(e.guia, []).append(e)
        limite = min(perfil.max_guias_recurso, MAX_GUIAS)
        if len(por_guia) > limite:
            raise invalido(
                f"o recurso tem {len(por_guia)} guias; {perfil.nome} aceita até {limite} por "
                "recurso",
                "max_guias",
                "divida as guias em mais recursos",
            )
        planos = tuple(_plano_guia(p, numero, es, perfil) for numero, es in por_guia.items())
        plano = _Plano(p, None, planos)
    maximo = _maximo(_recurso(p), "valor_total_recursado")
    if plano.total > maximo:
        raise invalido(
            f"valor total recursado {formato.reais(plano.total)} passa do máximo do TISS "
            f"{p.versao} ({formato.reais(maximo)}, valorTotalRecursado)",
            "max_total",
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
            "niveis",
            "recorra do protocolo inteiro, ou das guias e itens em seu lugar",
        )
    e = de_protocolo[0]
    if p.odonto:
        raise invalido(
            "o demonstrativo odontológico não traz glosa do protocolo inteiro: recorra das "
            "guias ou dos procedimentos",
            "niveis",
        )
    aplicadas = p.codigos_aplicados()
    if e.glosa not in aplicadas:
        tem = f"glosas aplicadas: {', '.join(aplicadas)}" if aplicadas else "nenhuma glosa"
        raise invalido(
            f"o protocolo {p.numero} não tem a glosa {e.glosa} ({tem})",
            "alvo",
            "recorra do protocolo por uma glosa que o demonstrativo aplica nele, ou das guias",
        )
    glosado = _exigido(p.glosado, f"o valor glosado do protocolo {p.numero}")
    valor = _cabe(e.valor, glosado, f"protocolo {p.numero}, glosa {e.glosa}")
    return _Completa(e.glosa, _justificativa_cabe(e.justificativa, perfil), valor)


def _plano_guia(
    p: ProtocoloLido, numero: str, escolhas: list[EscolhaGuia | EscolhaItens], perfil: Perfil
) -> _PlanoGuia:
    g: GuiaLida = _unico(
        [x for x in p.guias if x.numero == numero],
        f"a guia {numero} do protocolo {p.numero}",
        "alvo",
    )
    inteiras = [e for e in escolhas if isinstance(e, EscolhaGuia)]
    de_itens = [e for e in escolhas if isinstance(e, EscolhaItens)]
    if inteiras and de_itens:
        raise invalido(
            f"guia {numero}: recorre-se da guia inteira ou de itens dela, não dos dois "
            "(o XSD tem recursoGuiaCompleta ou itensGuia)",
            "niveis",
            "recorra dos itens, ou só da guia inteira",
        )
    if p.odonto and len(inteiras) > 1:
        raise invalido(
            f"guia {numero}: o recurso odontológico tem um só código de glosa por guia "
            f"(codGlosaGuia), e foram escolhidos {len(inteiras)}",
            "niveis",
            "recorra dos procedimentos, cada um com sua glosa",
        )
    completas = []
    vistos: set[str] = set()
    for e in inteiras:
        if e.glosa in vistos:
            raise invalido(f"guia {numero}: a glosa {e.glosa} foi escolhida duas vezes", "repetida")
        vistos.add(e.glosa)
        if e.glosa in {c for c, _ in g.motivos}:
            glosado = _exigido(g.glosado, f"o valor glosado da guia {numero}")
        elif e.glosa in g.codigos_dos_itens():
            glosado = sum(
                (
                    _exigido(v, f"o valor da glosa {c} do item {it.sequencial} da guia {numero}")
                    for it in g.itens
                    for c, v in it.glosas
                    if c == e.glosa
                ),
                Decimal("0.00"),
            )
        else:
            raise invalido(
                f"a guia {numero} não tem a glosa {e.glosa} no demonstrativo",
                "alvo",
                "recorra das glosas que constam nele (glosas_recorriveis)",
            )
        valor = _cabe(e.valor, glosado, f"guia {numero}, glosa {e.glosa}")
        completas.append(_Completa(e.glosa, _justificativa_cabe(e.justificativa, perfil), valor))
    total = sum((c.valor for c in completas), Decimal(0))
    if completas:
        da_guia = _exigido(g.glosado, f"o valor glosado da guia {numero}")
        if total > da_guia:
            raise invalido(
                f"guia {numero}: recorre {formato.reais(total)} ao todo, mas a guia teve "
                f"{formato.reais(da_guia)} glosados",
                "valor",
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
                    f"{onde}: a glosa {escolhido.glosa} foi escolhida duas vezes", "repetida"
                )
            pares.add((escolhido.sequencial, escolhido.glosa))
            item: ItemLido = _unico(
                [x for x in g.itens if x.sequencial == escolhido.sequencial],
                f"o item {escolhido.sequencial} da guia {numero}",
                "alvo",
            )
            if escolhido.glosa not in item.codigos():
                raise invalido(
                    f"{onde}: o demonstrativo não aplica a glosa {escolhido.glosa} a este item",
                    "alvo",
                    "recorra das glosas que constam nele (glosas_recorriveis)",
                )
            do_item = _exigido(
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
                    "valor",
                    f"informe um valor de até {formato.reais(maximo)} para este item, ou recorra "
                    "da guia inteira (EscolhaGuia), que não leva valor por item",
                )
            seq = escolhido.sequencial
            por_item[seq] = por_item.get(seq, Decimal(0)) + recursado
            do_todo = _exigido(item.glosado, f"o valor glosado do item {seq} da guia {numero}")
            if por_item[seq] > do_todo:
                raise invalido(
                    f"{onde}: recorre {formato.reais(por_item[seq])} ao todo, "
                    f"mas o item teve {formato.reais(do_todo)} glosados",
                    "valor",
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
                    _exigido(item.data, f"a data de realização do item {seq} da guia {numero}"),
                    _exigido(item.procedimento, f"o procedimento do item {seq} da guia {numero}"),
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

    Raises :class:`~tiss_conecta.errors.RecursoInvalido` (``code`` ``recurso.*``) when a
    choice names what the demonstrativo does not have, asks more than was glosado, mixes
    levels the XSD does not allow together, or passes the profile's limits.
    ``protocolo`` is needed when the demonstrativo has more than one.
    """
    return _planejar(demonstrativo, escolhas, protocolo, perfil).total


# ---------------------------------------------------------------- building


def _texto(valor: object, nome: str, maximo: int) -> str:
    if not isinstance(valor, str) or not 1 <= len(valor) <= maximo or not valor.strip():
        raise invalido(f"{nome} {valor!r} inválido: texto de 1 a {maximo} caracteres", "argumento")
    try:
        valor.encode("iso-8859-1")
    except UnicodeEncodeError:
        raise invalido(f"{nome} {valor!r} com caractere fora do ISO-8859-1", "argumento") from None
    return valor


def _opcional(valor: object, nome: str, maximo: int) -> str | None:
    return None if valor is None else _texto(valor, nome, maximo)


def _identificacao(m: ModuleType, c: Any) -> Any:
    return m.CtPrestadorIdentificacao(
        cnpj=c.cnpj_contratado,
        cpf=c.cpf_contratado,
        codigo_prestador_na_operadora=c.codigo_prestador_na_operadora,
    )


def _centro_consumo(cls: type, item: ItemLido) -> dict[str, Any]:
    """The item's ``centroConsumo`` for a recurso item class that has the element (4.03.00)."""
    if item.centro_consumo is None or not _tem_campo(cls, "centro_consumo"):
        return {}
    return {"centro_consumo": item.centro_consumo}


def _medico(m: ModuleType, plano: _Plano, **cabecalho: Any) -> Any:
    R = m.CtmRecursoGlosa
    G = R.OpcaoRecurso.RecursoGuia
    Item = G.OpcaoRecursoGuia.ItensGuia
    if plano.completa is not None:
        opcao = R.OpcaoRecurso(
            recurso_protocolo=R.OpcaoRecurso.RecursoProtocolo(
                codigo_glosa_protocolo=m.DmTipoGlosa(plano.completa.codigo),
                justificativa_protocolo=plano.completa.justificativa,
            )
        )
    else:
        opcao = R.OpcaoRecurso(
            recurso_guia=[
                G(
                    numero_guia_origem=pg.guia.numero,
                    numero_guia_operadora=pg.guia.numero_operadora,
                    senha=pg.guia.senha,
                    opcao_recurso_guia=G.OpcaoRecursoGuia(
                        recurso_guia_completa=[
                            G.OpcaoRecursoGuia.RecursoGuiaCompleta(
                                cod_glosa_guia=m.DmTipoGlosa(c.codigo),
                                justificativa_guia=c.justificativa,
                            )
                            for c in pg.completas
                        ],
                        itens_guia=[
                            Item(
                                sequencial_item=x.sequencial,
                                data_inicio=XmlDate.from_date(x.data),
                                proc_recurso=dataclasses.replace(x.procedimento),
                                grau_participacao=x.item.grau_participacao,
                                cod_glosa_item=m.DmTipoGlosa(x.codigo),
                                valor_recursado=x.valor,
                                justificativa_item=x.justificativa,
                                **_centro_consumo(Item, x.item),
                            )
                            for x in pg.itens
                        ],
                    ),
                )
                for pg in plano.guias
            ]
        )
    return R(opcao_recurso=opcao, **cabecalho)


def _odonto(m: ModuleType, plano: _Plano, **cabecalho: Any) -> Any:
    R = m.CtoRecursoGlosaOdonto
    G = R.OpcaoRecurso.RecursoGuia
    guias = []
    for pg in plano.guias:
        primeira = pg.completas[0].codigo if pg.completas else pg.itens[0].codigo
        guias.append(
            G(
                numero_guia_prestador=pg.guia.numero,
                numero_guia_operadora=pg.guia.numero_operadora,
                senha=pg.guia.senha,
                cod_glosa_guia=m.DmTipoGlosa(primeira),
                justificativa_guia=pg.justificativa,
                recurso_procedimento=[
                    G.RecursoProcedimento(
                        sequencial_item=x.sequencial,
                        data_realizacao=XmlDate.from_date(x.data),
                        dente_regiao=(
                            G.RecursoProcedimento.DenteRegiao(
                                cod_dente=x.item.dente, cod_regiao=x.item.regiao
                            )
                            if x.item.dente is not None or x.item.regiao is not None
                            else None
                        ),
                        dente_face=(
                            x.item.face
                            if x.item.face is not None and _FACE.fullmatch(x.item.face)
                            else None
                        ),
                        quantidade=x.item.quantidade if x.item.quantidade is not None else 1,
                        proc_recurso=dataclasses.replace(x.procedimento),
                        cod_glosa_proc=m.DmTipoGlosa(x.codigo),
                        justificativa_proc=x.justificativa,
                        valor_recursado=x.valor,
                    )
                    for x in pg.itens
                ],
            )
        )
    return R(opcao_recurso=R.OpcaoRecurso(recurso_guia=guias), **cabecalho)


def montar_recurso(
    demonstrativo: Any,
    escolhas: Iterable[Escolha],
    *,
    numero_guia_prestador: str,
    sequencial_transacao: str,
    data: dt.date,
    hora: dt.time,
    protocolo: str | None = None,
    numero_guia_operadora: str | None = None,
    numero_lote: str | None = None,
    perfil: Perfil = TISS,
) -> Any:
    """A ``mensagemTISS`` of type ``RECURSO_GLOSA`` appealing ``escolhas``.

    The message is in the demonstrativo's TISS version (its classes and ``Padrao``).

    ``numero_guia_prestador``: the prestador's number for this recurso
    (``numeroGuiaRecGlosaPrestador``, *Nº Guia Prestador* on the portal);
    ``sequencial_transacao``, ``data`` and ``hora`` go in the cabecalho, ``data`` is also
    ``dataRecurso``. ``numero_lote`` defaults to the lote of the protocolo appealed;
    ``numero_guia_operadora`` (``numeroGuiaRecGlosaOperadora``) is left out when ``None``.
    ``valorTotalRecursado`` is the sum of the values appealed. The epilogo hash is
    filled in by :func:`tiss_conecta.to_xml`.

    Raises :class:`~tiss_conecta.errors.RecursoInvalido` as :func:`verificar_escolhas` does.
    """
    numero_guia_prestador = _texto(numero_guia_prestador, "numero_guia_prestador", 20)
    sequencial_transacao = _texto(sequencial_transacao, "sequencial_transacao", 12)
    numero_guia_operadora = _opcional(numero_guia_operadora, "numero_guia_operadora", 20)
    numero_lote = _opcional(numero_lote, "numero_lote", 12)
    if not isinstance(data, dt.date) or isinstance(data, dt.datetime):
        raise invalido(f"data {data!r} inválida: use datetime.date", "argumento")
    if not isinstance(hora, dt.time):
        raise invalido(f"hora {hora!r} inválida: use datetime.time", "argumento")
    plano = _planejar(demonstrativo, escolhas, protocolo, perfil)
    p = plano.protocolo
    m = models.carregar(p.versao)
    campos = {
        "registro_ans": p.registro_ans,
        "numero_guia_rec_glosa_prestador": numero_guia_prestador,
        "nome_operadora": p.nome_operadora,
        "objeto_recurso": m.DmObjetoRecurso.VALUE_1
        if plano.completa is not None
        else m.DmObjetoRecurso.VALUE_2,
        "numero_guia_rec_glosa_operadora": numero_guia_operadora,
        "dados_contratado": dataclasses.replace(p.contratado),
        "numero_lote": numero_lote or p.lote,
        "numero_protocolo": int(p.numero),
        "valor_total_recursado": plano.total,
        "data_recurso": XmlDate.from_date(data),
    }
    if p.odonto:
        lote = m.CtGuiaRecursoLote(guia_recurso_glosa_odonto=_odonto(m, plano, **campos))
    else:
        lote = m.CtGuiaRecursoLote(guia_recurso_glosa=_medico(m, plano, **campos))
    cabecalho = m.CabecalhoTransacao(
        identificacao_transacao=m.CabecalhoTransacao.IdentificacaoTransacao(
            tipo_transacao=m.DmTipoTransacao.RECURSO_GLOSA,
            sequencial_transacao=sequencial_transacao,
            data_registro_transacao=XmlDate.from_date(data),
            hora_registro_transacao=XmlTime(hora.hour, hora.minute, hora.second),
        ),
        origem=m.CabecalhoTransacao.Origem(identificacao_prestador=_identificacao(m, p.contratado)),
        destino=m.CabecalhoTransacao.Destino(registro_ans=p.registro_ans),
        padrao=m.DmVersao(p.versao),
    )
    return m.MensagemTiss(
        cabecalho=cabecalho,
        prestador_para_operadora=m.PrestadorOperadora(recurso_glosa=lote),
        epilogo=m.Epilogo(hash=""),
    )
