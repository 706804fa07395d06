"""A message of one TISS version rewritten in another, or refused naming every field.

The versions share class and field names, so the message is copied field by field into the
target version's classes. What the target cannot carry (an element it lacks, a code its
domain lacks, a value wider than its digits or outside its pattern) and what it requires but
the message lacks are collected, each with its XPath and value, and refused together. The
result is then checked against the target's XSD, so nothing invalid leaves.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from types import ModuleType
from typing import Any

import attrs

from tiss_conecta import models
from tiss_conecta.codec import _hash, _modelos, _xsd
from tiss_conecta.errors import ConversaoRecusada, TissSchemaError

__all__ = ["Campo", "Conversao", "conversao", "converter"]

_PADRAO = "/mensagemTISS/cabecalho/Padrao"
_FACETAS = ("total_digits", "fraction_digits", "pattern", "length", "min_length", "max_length")


@attrs.frozen
class Campo:
    """A field a conversion refused, dropped or filled in."""

    xpath: str
    valor: str | None
    """The value in the message, as text (``None``: absent)."""
    motivo: str
    problema: str
    """Stable kind: ``exigido`` (the target requires it, the message lacks it), ``sem_lugar``
    (the target has no such element), ``codigo`` (a code the target's table lacks),
    ``formato`` (digits, pattern or length the target does not accept), ``assinatura`` (an
    XML-DSig signature, which would no longer match), ``xsd`` (any other error of the
    target's XSD), ``descartado`` or ``preenchido`` (on the caller's request)."""

    def __str__(self) -> str:
        valor = "ausente" if self.valor is None else repr(self.valor)
        return f"{self.xpath} = {valor}: {self.motivo}"

    def to_dict(self) -> dict[str, str | None]:
        return attrs.asdict(self)


@attrs.frozen
class Conversao:
    """A converted message and what the caller explicitly chose to drop or fill in."""

    mensagem: Any
    de: str
    para: str
    descartados: tuple[Campo, ...] = ()
    preenchidos: tuple[Campo, ...] = ()
    ignorados: tuple[str, ...] = ()
    """Names given to ``preencher`` or ``descartar`` that the conversion never needed (a
    misspelt name shows here)."""


def converter(
    mensagem: Any,
    para: str,
    *,
    preencher: Mapping[str, object] | None = None,
    descartar: Iterable[str] = (),
) -> Any:
    """``mensagem`` (a ``MensagemTiss`` of any version) rewritten in version ``para``.

    ``preencher`` gives values for elements ``para`` requires and the message lacks, by
    element name (``{"caraterAtendimento": "1"}``); ``descartar`` names elements the caller
    accepts to lose where ``para`` has no place for them (``["centroConsumo"]``), and the
    XML-DSig signatures (``Signature``, ``assinaturaDigitalGuia``), which would no longer
    match the converted content. Anything
    else that cannot be carried raises :class:`~tiss_conecta.errors.ConversaoRecusada`
    (a :class:`~tiss_conecta.errors.TissVersionError`) listing every field. The result has
    ``Padrao`` = ``para`` and a fresh epilogo hash; the message given is not changed.

    >>> import tiss_conecta as tiss
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt"))
    >>> converter(lote, "4.03.00").cabecalho.padrao.value
    '4.03.00'
    """
    return conversao(mensagem, para, preencher=preencher, descartar=descartar).mensagem


def conversao(
    mensagem: Any,
    para: str,
    *,
    preencher: Mapping[str, object] | None = None,
    descartar: Iterable[str] = (),
) -> Conversao:
    """Like :func:`converter`, and say which fields were dropped or filled in.

    >>> import tiss_conecta as tiss
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt", "4.03.00"))
    >>> feita = conversao(lote, "4.01.00", descartar=["centroConsumo"])
    >>> feita.de, feita.para, feita.descartados, feita.ignorados
    ('4.03.00', '4.01.00', (), ('centroConsumo',))
    """
    if not isinstance(mensagem, models.modulo_de(mensagem).MensagemTiss):
        raise TypeError(f"converter recebe uma MensagemTiss, não {type(mensagem).__name__}")
    de = models.versao_de(mensagem) or ""
    alvo = models.carregar(para)
    _exigir_valida(_modelos.render(mensagem), de)
    nomes = frozenset([descartar] if isinstance(descartar, str) else descartar)
    copia = _Copia(alvo, de, para, dict(preencher or {}), nomes)
    origem = _com_padrao(mensagem, alvo.DmVersao(para))
    nova = copia.valor(origem, "/mensagemTISS", alvo.MensagemTiss)
    if copia.recusados:
        raise ConversaoRecusada(de, para, copia.recusados)
    raiz = _modelos.render(nova)
    _modelos.stamp(raiz, _hash.hash_tree(raiz))
    recusados = [
        Campo(a.xpath or "/mensagemTISS", _texto_em(raiz, a.xpath), a.mensagem, "xsd")
        for a in _xsd.achados_xsd(raiz, para)
    ]
    if recusados:
        raise ConversaoRecusada(de, para, recusados)
    nova.epilogo.hash = _hash.hash_tree(raiz)
    ignorados = sorted((set(preencher or {}) | nomes) - copia.usados)
    return Conversao(
        nova, de, para, tuple(copia.descartados), tuple(copia.preenchidos), tuple(ignorados)
    )


def _exigir_valida(raiz: Any, versao: str) -> None:
    # the message is in memory: the lines of its rendering would point at no file
    problemas = [attrs.evolve(a, linha=None, coluna=None) for a in _xsd.achados_xsd(raiz, versao)]
    if problemas:
        raise TissSchemaError(
            f"a mensagem não é válida no TISS {versao}, a sua própria versão: "
            f"{problemas[0].mensagem}",
            achados=problemas,
            xpath=problemas[0].xpath,
            dica="corrija a mensagem (tiss-conecta validate mostra cada campo) antes de "
            "convertê-la",
        )


def _com_padrao(mensagem: Any, padrao: Enum) -> Any:
    """A shallow copy that declares the target's ``Padrao``."""
    cabecalho = dataclasses.replace(mensagem.cabecalho, padrao=padrao)
    return dataclasses.replace(mensagem, cabecalho=cabecalho)


def _texto_em(raiz: Any, xpath: str | None) -> str | None:
    if not xpath:
        return None
    passos = "/".join(
        f"*[local-name()='{p.split('[')[0]}']" + _indice(p) for p in xpath[1:].split("/")
    )
    achados = raiz.getroottree().xpath("/" + passos)
    return achados[0].text if achados and len(achados[0]) == 0 else None


def _indice(passo: str) -> str:
    return passo[passo.index("[") :] if "[" in passo else ""


_ASSINATURAS = frozenset({"Signature", "assinaturaDigitalGuia"})
"""XML-DSig signatures: they sign the content as it was, so they cannot follow a conversion."""


class _Copia:
    """One conversion's walk: builds the target objects and collects what cannot go."""

    def __init__(
        self,
        alvo: ModuleType,
        de: str,
        para: str,
        preencher: dict[str, object],
        descartar: frozenset[str],
    ) -> None:
        self.alvo, self.de, self.para = alvo, de, para
        self.preencher, self.descartar = preencher, descartar
        self.recusados: list[Campo] = []
        self.descartados: list[Campo] = []
        self.preenchidos: list[Campo] = []
        self.usados: set[str] = set()

    def valor(self, valor: Any, xpath: str, tipo: Any) -> Any:
        """``valor`` as the target's ``tipo`` (the class its field holds there)."""
        if isinstance(valor, list):
            return [self.valor(v, f"{xpath}[{i}]", tipo) for i, v in enumerate(valor, 1)]
        if isinstance(valor, Enum):
            return self._codigo(valor, xpath, tipo)
        if dataclasses.is_dataclass(valor) and not isinstance(valor, type):
            return self._objeto(valor, xpath, tipo)
        return valor

    def _codigo(self, valor: Enum, xpath: str, dominio: Any) -> Any:
        if isinstance(dominio, type) and issubclass(dominio, Enum):
            try:
                return dominio(valor.value)
            except ValueError:
                motivo = f"o código não existe nesta tabela no TISS {self.para}"
        else:
            motivo = f"o campo deixa de ser um código de tabela no TISS {self.para}"
        self.recusados.append(Campo(xpath, str(valor.value), motivo, "codigo"))
        return None

    def _objeto(self, valor: Any, xpath: str, cls: Any) -> Any:
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
            self.recusados.append(
                Campo(
                    xpath,
                    _texto(valor),
                    f"o elemento tem outra estrutura no TISS {self.para}",
                    "xsd",
                )
            )
            return None
        campos_origem = {f.name: f for f in dataclasses.fields(valor)}
        argumentos = {}
        for campo in dataclasses.fields(cls):
            nome_xml = campo.metadata.get("name", campo.name)
            onde = f"{xpath}/{nome_xml}"
            v = getattr(valor, campo.name, None)
            if campo.name not in campos_origem or v is None:
                if _obrigatorio(campo):
                    argumentos[campo.name] = self._preencher(cls, campo, nome_xml, onde)
                continue
            if nome_xml in _ASSINATURAS and self.de != self.para and not _vazio(v):
                self._assinatura(onde, v, nome_xml)
                continue
            self._facetas(v, onde, campos_origem[campo.name], campo)
            argumentos[campo.name] = self.valor(v, onde, _tipo_do_campo(cls, campo.name))
        for nome, campo in campos_origem.items():
            if not any(f.name == nome for f in dataclasses.fields(cls)):
                v = getattr(valor, nome)
                if not _vazio(v):
                    self._sem_lugar(f"{xpath}/{campo.metadata.get('name', nome)}", v)
        return cls(**argumentos)

    def _sem_lugar(self, xpath: str, valor: Any) -> None:
        nome = xpath.rsplit("/", 1)[-1].split("[")[0]
        if self._descartado(nome, xpath, valor):
            return
        self.recusados.append(
            Campo(
                xpath, _texto(valor), f"o TISS {self.para} não tem o elemento {nome}", "sem_lugar"
            )
        )

    def _assinatura(self, xpath: str, valor: Any, nome: str) -> None:
        if self._descartado(nome, xpath, "(assinatura digital)"):
            return
        self.recusados.append(
            Campo(
                xpath,
                "(assinatura digital)",
                f"a assinatura digital cobre o conteúdo no TISS {self.de} e deixaria de conferir "
                f"no TISS {self.para}: descarte-a e assine o arquivo convertido de novo",
                "assinatura",
            )
        )

    def _descartado(self, nome: str, xpath: str, valor: Any) -> bool:
        if nome not in self.descartar:
            return False
        self.usados.add(nome)
        self.descartados.append(Campo(xpath, _texto(valor), "descartado a pedido", "descartado"))
        return True

    def _preencher(self, cls: type, campo: dataclasses.Field[Any], nome: str, xpath: str) -> Any:
        if nome not in self.preencher:
            self.recusados.append(
                Campo(
                    xpath,
                    None,
                    f"o TISS {self.para} exige {nome}, que a mensagem no TISS {self.de} não tem",
                    "exigido",
                )
            )
            return None
        self.usados.add(nome)
        dado = self.preencher[nome]
        tipo = _tipo_do_campo(cls, campo.name)
        valor: Any
        try:
            if isinstance(tipo, type) and issubclass(tipo, Enum):
                valor = tipo(str(getattr(dado, "value", dado)))
            else:
                valor = tipo(dado) if isinstance(tipo, type) else dado
        except (ValueError, TypeError, InvalidOperation):
            aceitos = (
                [e.value for e in tipo] if isinstance(tipo, type) and issubclass(tipo, Enum) else []
            )
            self.recusados.append(
                Campo(
                    xpath,
                    str(dado),
                    f"valor informado para {nome} não é aceito"
                    + (f"; use um de: {', '.join(v for v in aceitos if v)}" if aceitos else ""),
                    "exigido",
                )
            )
            return None
        self.preenchidos.append(Campo(xpath, _texto(valor), "preenchido a pedido", "preenchido"))
        return valor

    def _facetas(
        self,
        valor: Any,
        xpath: str,
        antes: dataclasses.Field[Any],
        depois: dataclasses.Field[Any],
    ) -> None:
        """Check ``valor`` against the target's facets where they differ from the source's."""
        restricoes = {k: depois.metadata[k] for k in _FACETAS if k in depois.metadata}
        if all(antes.metadata.get(k) == v for k, v in restricoes.items()):
            return
        valores = valor if isinstance(valor, list) else [valor]
        for i, v in enumerate(valores, 1):
            onde = f"{xpath}[{i}]" if isinstance(valor, list) else xpath
            motivo = _fora_das_facetas(v, restricoes)
            if motivo:
                self.recusados.append(
                    Campo(onde, _texto(v), f"{motivo} no TISS {self.para}", "formato")
                )


def _fora_das_facetas(valor: Any, facetas: Mapping[str, Any]) -> str | None:
    if valor is None or isinstance(valor, Enum):
        return None
    if isinstance(valor, Decimal) and "total_digits" in facetas:
        digitos = _digitos(valor)
        total, casas = facetas["total_digits"], facetas.get("fraction_digits", 0)
        if digitos > total:
            return f"{digitos} dígitos; cabem {total} (decimal {total}-{casas})"
    texto = str(valor)
    padrao = facetas.get("pattern")
    if isinstance(valor, str) and padrao and not re.fullmatch(padrao, texto):
        return f"fora do formato {padrao}"
    maximo = facetas.get("max_length", facetas.get("length"))
    if isinstance(valor, str) and maximo is not None and len(texto) > maximo:
        return f"{len(texto)} caracteres; cabem {maximo}"
    return None


def _digitos(valor: Decimal) -> int:
    """Significant digits as XSD ``totalDigits`` counts them (no leading or trailing zeros)."""
    inteiro, _, fracao = format(abs(valor), "f").partition(".")
    return len(inteiro.lstrip("0")) + len(fracao.rstrip("0"))


def _obrigatorio(campo: dataclasses.Field[Any]) -> bool:
    return campo.default is dataclasses.MISSING and campo.default_factory is dataclasses.MISSING


def _vazio(valor: Any) -> bool:
    return valor is None or (isinstance(valor, list) and not valor)


@cache
def _tipos(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _tipo_do_campo(cls: type, nome: str) -> Any:
    """The class a field holds (``DmCaraterAtendimento`` for ``None | DmCaraterAtendimento``,
    ``CtProcedimentoDados`` for ``list[CtProcedimentoDados]``)."""
    tipo = _tipos(cls)[nome]
    while typing.get_args(tipo):
        argumentos = [a for a in typing.get_args(tipo) if a is not type(None)]
        tipo = argumentos[0]
    return tipo


def _texto(valor: Any) -> str | None:
    """A value as the text a person would read in the file (subtrees: their leaf text)."""
    if valor is None:
        return None
    if isinstance(valor, Enum):
        return str(valor.value)
    if isinstance(valor, list):
        return "; ".join(t for t in (_texto(v) for v in valor) if t)
    if dataclasses.is_dataclass(valor) and not isinstance(valor, type):
        partes = (_texto(getattr(valor, f.name)) for f in dataclasses.fields(valor))
        texto = " ".join(p for p in partes if p)
        return texto if len(texto) <= 80 else texto[:77] + "..."
    return str(valor)
