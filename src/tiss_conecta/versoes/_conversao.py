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
from tiss_conecta.codec import binding, hashing, schema
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
    ``formato`` (digits, pattern or length the target does not accept), ``xsd`` (any other
    error of the target's XSD), ``descartado`` or ``preenchido`` (on the caller's request)."""

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
    accepts to lose where ``para`` has no place for them (``["centroConsumo"]``). Anything
    else that cannot be carried raises :class:`~tiss_conecta.errors.ConversaoRecusada`
    (a :class:`~tiss_conecta.errors.TissVersionError`) listing every field. The result has
    ``Padrao`` = ``para`` and a fresh epilogo hash; the message given is not changed.

    >>> import tiss_conecta as tiss
    >>> lote = tiss.parse(tiss.examples.path("lote-sadt"))
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
    """Like :func:`converter`, and say which fields were dropped or filled in."""
    if not isinstance(mensagem, models.modulo_de(mensagem).MensagemTiss):
        raise TypeError(f"converter recebe uma MensagemTiss, não {type(mensagem).__name__}")
    de = models.versao_de(mensagem) or ""
    alvo = models.load(para)
    _exigir_valida(binding.render(mensagem), de)
    copia = _Copia(alvo, de, para, dict(preencher or {}), frozenset(descartar))
    nova = copia.valor(_sem_padrao(mensagem), "/mensagemTISS")
    if copia.recusados:
        raise ConversaoRecusada(de, para, copia.recusados)
    nova.cabecalho.padrao = alvo.DmVersao(para)
    raiz = binding.render(nova)
    binding.stamp(raiz, hashing.hash_tree(raiz))
    recusados = [
        Campo(xpath or "/mensagemTISS", _texto_em(raiz, xpath), mensagem_xsd, "xsd")
        for _code, mensagem_xsd, _linha, _coluna, xpath in schema.schema_issues(raiz, para)
    ]
    if recusados:
        raise ConversaoRecusada(de, para, recusados)
    nova.epilogo.hash = hashing.hash_tree(raiz)
    return Conversao(nova, de, para, tuple(copia.descartados), tuple(copia.preenchidos))


def _exigir_valida(raiz: Any, versao: str) -> None:
    problemas = schema.schema_issues(raiz, versao)
    if problemas:
        _code, texto, _linha, _coluna, xpath = problemas[0]
        raise TissSchemaError(
            f"a mensagem não é válida no TISS {versao}, a sua própria versão: {texto}",
            issues=problemas,
            xpath=xpath,
            hint="corrija a mensagem (tiss-conecta validate mostra cada campo) antes de "
            "convertê-la",
        )


def _sem_padrao(mensagem: Any) -> Any:
    """A shallow copy whose ``Padrao`` is left for the conversion to set."""
    cabecalho = dataclasses.replace(mensagem.cabecalho, padrao=None)
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

    def valor(self, valor: Any, xpath: str) -> Any:
        if isinstance(valor, list):
            return [self.valor(v, f"{xpath}[{i}]") for i, v in enumerate(valor, 1)]
        if isinstance(valor, Enum):
            return self._codigo(valor, xpath)
        if dataclasses.is_dataclass(valor) and not isinstance(valor, type):
            return self._objeto(valor, xpath)
        return valor

    def _codigo(self, valor: Enum, xpath: str) -> Any:
        dominio = getattr(self.alvo, type(valor).__name__, None)
        try:
            return dominio(valor.value) if dominio is not None else None
        except ValueError:
            pass
        self.recusados.append(
            Campo(
                xpath,
                str(valor.value),
                f"o código não existe nesta tabela no TISS {self.para}",
                "codigo",
            )
        )
        return None

    def _objeto(self, valor: Any, xpath: str) -> Any:
        cls = _classe(self.alvo, type(valor).__qualname__)
        if cls is None:
            self._sem_lugar(xpath, valor)
            return None
        campos_origem = {f.name: f for f in dataclasses.fields(valor)}
        argumentos = {}
        for campo in dataclasses.fields(cls):
            nome_xml = campo.metadata.get("name", campo.name)
            onde = f"{xpath}/{nome_xml}"
            if campo.name in campos_origem:
                v = getattr(valor, campo.name)
                self._facetas(v, onde, campos_origem[campo.name], campo)
                argumentos[campo.name] = self.valor(v, onde)
            elif _obrigatorio(campo):
                argumentos[campo.name] = self._preencher(cls, campo, nome_xml, onde)
        for nome, campo in campos_origem.items():
            if nome not in argumentos and not _vazio(getattr(valor, nome)):
                onde = f"{xpath}/{campo.metadata.get('name', nome)}"
                self._sem_lugar(onde, getattr(valor, nome))
        return cls(**argumentos)

    def _sem_lugar(self, xpath: str, valor: Any) -> None:
        nome = xpath.rsplit("/", 1)[-1].split("[")[0]
        if nome in self.descartar:
            self.descartados.append(
                Campo(xpath, _texto(valor), "descartado a pedido", "descartado")
            )
            return
        self.recusados.append(
            Campo(
                xpath, _texto(valor), f"o TISS {self.para} não tem o elemento {nome}", "sem_lugar"
            )
        )

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
        dado = self.preencher[nome]
        tipo = _tipo_do_campo(cls, campo.name)
        valor: Any
        try:
            if isinstance(tipo, type) and issubclass(tipo, Enum):
                valor = tipo(getattr(dado, "value", dado))
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


def _classe(modulo: ModuleType, qualname: str) -> type | None:
    alvo: Any = modulo
    for parte in qualname.split("."):
        alvo = getattr(alvo, parte, None)
        if alvo is None:
            return None
    return alvo if isinstance(alvo, type) else None


@cache
def _tipos(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _tipo_do_campo(cls: type, nome: str) -> Any:
    """The field's class (``DmCaraterAtendimento`` for ``None | DmCaraterAtendimento``)."""
    tipo = _tipos(cls)[nome]
    argumentos = [a for a in typing.get_args(tipo) if a is not type(None)]
    return argumentos[0] if argumentos else tipo


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
