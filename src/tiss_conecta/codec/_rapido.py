"""Readers and writers generated from the xsdata metadata: the hot path of parse and to_xml.

For each generated class of a version, Python source is written from xsdata's metadata
(:class:`~xsdata.formats.dataclass.context.XmlContext`) and compiled at the first use of the
class: a reader ``r{i}`` going from an lxml element to the dataclass by a table of tags
``T{i}``, and a writer ``w{i}`` going from the dataclass to text by direct attribute access,
each with its converters chosen in advance (``C{i}`` is the class, ``E{i}_{j}`` and
``K{i}_{j}`` the enum of field ``j``, ``V{i}_{j}`` and ``F{i}_{j}`` its other converter and
format). They do what xsdata's reflective walk does on the files TISS systems exchange.
Anything else raises :class:`Desvio` and the caller takes xsdata's own path, whose result
(object or error) is the reference: an element the class does not know, a repeated
element, stray text, a value xsdata converts otherwise or not at all, ``xsi:type``/
``xsi:nil``, a ``ds:Signature`` (wildcards and attributes), a control character, a list
field holding something else than a list. ``tests/codec/test_rapido.py`` compares the two
paths.

:func:`fonte` shows the generated source of a class, for reading.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import re
import threading
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Any

from lxml import etree
from xsdata.formats.converter import converter
from xsdata.formats.dataclass.context import XmlContext
from xsdata.formats.dataclass.models.elements import XmlVar
from xsdata.models.datatype import XmlDate, XmlTime

from tiss_conecta import models

__all__ = ["Desvio", "escrever", "fonte", "ler"]

_ANS = "{" + models.NAMESPACE + "}"
_DSIG = "http://www.w3.org/2000/09/xmldsig#"
_RAIZ = f'<ans:mensagemTISS xmlns:ans="{models.NAMESPACE}" xmlns:ds="{_DSIG}">'
_MAX_CACHE = 4096
_MAX_CHAVE = 40
"""Texts longer than this (no date or time is) are converted without being remembered."""

_ESPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Characters lxml escapes (``&<>`` and CR) or treats specially; found once over all text."""
_INCOMUM = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Of those, the ones left to xsdata's path (lxml refuses or escapes them its own way)."""


class Desvio(Exception):
    """The input is outside what the generated code handles: take xsdata's path."""


_lock = threading.Lock()
"""Held while a version's generator is made and while a class's code is generated."""


@cache
def contexto() -> XmlContext:
    """The codec's one cache of xsdata metadata (its parser and serializer use it too)."""
    return XmlContext()


def _cacheado(converte: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``converte`` remembering up to ``_MAX_CACHE`` results, but none of a long text (dates
    repeat in every guia)."""
    memo: dict[Any, Any] = {}

    def convertido(valor: Any) -> Any:
        try:
            return memo[valor]
        except (KeyError, TypeError):
            pass
        resultado = converte(valor)
        if isinstance(valor, str) and len(valor) > _MAX_CHAVE:
            return resultado
        if len(memo) >= _MAX_CACHE:
            memo.clear()
        memo[valor] = resultado
        return resultado

    return convertido


_TIPOS_DE_TEXTO = (int, bool, Decimal, XmlDate, XmlTime, bytes, float)


def _texto_xsdata(valor: Any, formato: str | None) -> str:
    """A value as xsdata's serializer writes it (``encode_primitive``), for the types the
    models use; other types: Desvio."""
    if isinstance(valor, str):  # a str subclass too: lxml writes its characters
        return str.__str__(valor)
    if isinstance(valor, enum.Enum):
        return _texto_xsdata(valor.value, formato)
    if not isinstance(valor, _TIPOS_DE_TEXTO):
        raise Desvio(f"tipo {type(valor).__name__}")
    texto = converter.serialize(valor, format=formato)
    if not isinstance(texto, str):
        raise Desvio(f"tipo {type(valor).__name__}")
    return str.__str__(texto)


_texto_de_data = _cacheado(str)
_DATAS = {XmlDate: _cacheado(XmlDate.from_string), XmlTime: _cacheado(XmlTime.from_string)}
"""One cache per type for every field, so memory stays bounded however many fields."""


def _escapar(texto: str) -> str:
    """Text as lxml writes it in element content."""
    return (
        texto.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def _variaveis(cls: type) -> list[XmlVar]:
    """The fields of ``cls``; the message's ``ds:Signature`` is left to xsdata."""
    variaveis = contexto().build(cls).get_all_vars()
    if cls.__name__ == "MensagemTiss":
        return [var for var in variaveis if var.name != "signature"]
    return list(variaveis)


def _suportada(cls: type) -> bool:
    """Whether every field of ``cls`` is a plain element in the TISS namespace, required,
    optional (``None``) or a list."""
    meta = contexto().build(cls)
    if meta.nillable or meta.mixed_content:
        return False
    padroes = {f.name: f.default for f in dataclasses.fields(cls)}
    for var in _variaveis(cls):
        if padroes[var.name] not in (None, dataclasses.MISSING):
            return False
        if not var.is_element or var.is_elements or var.is_wildcard:
            return False
        if len(var.types) != 1 or var.nillable or var.tokens or not var.init:
            return False
        if var.is_clazz_union or var.any_type or not var.qname.startswith(_ANS):
            return False
    return True


class _Gerador:
    """The readers ``r{i}`` and writers ``w{i}`` of one version's classes, each written
    and compiled when first called (a lote touches a few dozen of the ~290 classes)."""

    def __init__(self, mensagem: type, epilogo: type) -> None:
        self.mensagem = mensagem
        self.epilogo = epilogo
        self.indice: dict[type, int] = {}
        self.linhas: dict[type, list[str]] = {}
        self.nomes: dict[str, Any] = {
            "Desvio": Desvio,
            "ESPACO": " \t\r\n",
            "Decimal": Decimal,
            "XmlDate": XmlDate,
            "XmlTime": XmlTime,
            "_texto_xsdata": _texto_xsdata,
            "_texto_de_data": _texto_de_data,
            "_escapar": _escapar,
        }
        self.classe(mensagem)

    def classe(self, cls: type) -> int:
        """The index of ``cls``'s functions; until first called they are stand-ins that
        generate them."""
        i = self.indice.get(cls)
        if i is None:
            i = self.indice[cls] = len(self.indice)
            self.nomes[f"C{i}"] = cls
            for nome in (f"r{i}", f"w{i}"):
                self.nomes[nome] = self._adiado(cls, nome)
        return i

    def _adiado(self, cls: type, nome: str) -> Callable[..., Any]:
        def gera_e_chama(*args: Any) -> Any:
            self.gerar(cls)
            return self.nomes[nome](*args)

        return gera_e_chama

    def gerar(self, cls: type) -> list[str]:
        """Write and compile ``cls``'s reader and writer (once); their source lines."""
        with _lock:
            if cls not in self.linhas:
                i = self.classe(cls)
                if not _suportada(cls):
                    linhas = [
                        f"def r{i}(el):",
                        f"    raise Desvio({cls.__qualname__!r})",
                        f"def w{i}(o, out, tx, x):",
                        f"    raise Desvio({cls.__qualname__!r})",
                    ]
                elif cls is self.mensagem:  # its writer stops before the epilogo (stamped)
                    variaveis = _variaveis(cls)
                    nomes = [var.name for var in variaveis]
                    if nomes[-1] != "epilogo":
                        raise RuntimeError(f"MensagemTiss: campos inesperados {nomes}")
                    sem_assinatura = (
                        "    if o.signature is not None: raise Desvio('ds:Signature')",
                    )
                    linhas = self._leitor(i, variaveis) + self._escritor(
                        i, variaveis[:-1], sem_assinatura
                    )
                else:
                    variaveis = _variaveis(cls)
                    linhas = self._leitor(i, variaveis) + self._escritor(i, variaveis)
                codigo = compile("\n".join(linhas), f"<{cls.__qualname__} gerado>", "exec")
                exec(codigo, self.nomes)
                self.linhas[cls] = linhas
            return self.linhas[cls]

    # -- reading ---------------------------------------------------------------------------

    def _leitor(self, i: int, variaveis: list[XmlVar]) -> list[str]:
        """``r{i}``: one local per field, filled from the children by a table of tags."""
        self.nomes[f"T{i}"] = {var.qname: j for j, var in enumerate(variaveis)}
        campos = {f.name: f for f in dataclasses.fields(self.nomes[f"C{i}"])}
        locais = " = ".join(f"f{j}" for j in range(len(variaveis)))
        linhas = [
            f"def r{i}(el):",
            "    if el.text is not None and el.text.strip(ESPACO): raise Desvio('texto solto')",
            f"    {locais} = None" if variaveis else "    pass",
            "    for c in el:",
            "        if c.tail is not None and c.tail.strip(ESPACO): raise Desvio('texto solto')",
            f"        k = T{i}[c.tag]",
        ]
        argumentos, obrigatorios = [], []
        for j, var in enumerate(variaveis):
            tipo = var.types[0]
            linhas.append(f"        {'if' if j == 0 else 'elif'} k == {j}:")
            if dataclasses.is_dataclass(tipo):
                valor = f"r{self.classe(tipo)}(c)"
            else:
                linhas.append("            if len(c): raise Desvio('elemento dentro de um valor')")
                valor = self._conversor(i, j, var, tipo)
            if var.list_element:
                linhas += [
                    f"            if f{j} is None: f{j} = [{valor}]",
                    f"            else: f{j}.append({valor})",
                ]
            else:
                linhas += [
                    f"            if f{j} is not None: raise Desvio('elemento repetido')",
                    f"            f{j} = {valor}",
                ]
            if var.list_element:
                argumentos.append(f"{var.name}=f{j} or []")
            else:
                argumentos.append(f"{var.name}=f{j}")
                if campos[var.name].default is dataclasses.MISSING:
                    obrigatorios.append(f"f{j} is None")
        if obrigatorios:
            linhas.append(
                f"    if {' or '.join(obrigatorios)}: raise Desvio('obrigatório ausente')"
            )
        linhas.append(f"    return C{i}({', '.join(argumentos)})")
        return linhas

    def _conversor(self, i: int, j: int, var: XmlVar, tipo: type) -> str:
        """The expression converting ``c.text`` as xsdata does (or raising)."""
        if tipo is str:  # an empty element: "" (xsdata's default for a str is None)
            return "(t if (t := c.text) is not None else '')"
        if tipo is Decimal:
            return "Decimal(c.text)"
        if tipo is int:
            return "int(c.text)"
        if isinstance(tipo, type) and issubclass(tipo, enum.Enum):
            self.nomes[f"E{i}_{j}"] = {m.value: m for m in tipo if isinstance(m.value, str)}
            return f"E{i}_{j}[c.text]"
        if tipo in _DATAS:
            self.nomes[f"V{i}_{j}"] = _DATAS[tipo]
        else:
            tipos, formato = tuple(var.types), var.format
            self.nomes[f"V{i}_{j}"] = lambda t: converter.deserialize(t, tipos, format=formato)
        return f"V{i}_{j}(c.text)"

    # -- writing ---------------------------------------------------------------------------

    def _escritor(self, i: int, variaveis: list[XmlVar], antes: tuple[str, ...] = ()) -> list[str]:
        """``w{i}(o, out, tx, x)``: appends the elements of ``o``'s fields to ``out`` and
        the text of each value to ``tx``; ``x``: escape the text (a second pass, needed when
        some text has ``&<>`` or CR). ``antes``: statements run first."""
        linhas = [f"def w{i}(o, out, tx, x):", *antes, "    a = out.append", "    t = tx.append"]
        for j, var in enumerate(variaveis):
            tag = "ans:" + var.qname[len(_ANS) :]
            tipo = var.types[0]
            if var.list_element:
                linhas += [
                    f"    l = o.{var.name}",
                    "    if l.__class__ is not list and l.__class__ is not tuple:",
                    "        raise Desvio('campo repetido sem lista')",
                    "    for v in l:",
                ]
            else:
                linhas += [f"    v = o.{var.name}", "    if v is not None:"]
            if dataclasses.is_dataclass(tipo):
                k = self.classe(tipo)
                corpo = [
                    f"if v.__class__ is not C{k}: raise Desvio('classe derivada')",
                    f"n = len(out); a('<{tag}>'); w{k}(v, out, tx, x)",
                    f"if len(out) == n + 1: out[n] = '<{tag}/>'",
                    f"else: a('</{tag}>')",
                ]
            else:
                corpo = [
                    *self._em_texto(i, j, var, tipo),
                    f"a(f'<{tag}>{{s}}</{tag}>' if s else '<{tag}/>')",
                ]
            linhas += ["        " + linha for linha in corpo]
        return linhas

    def _em_texto(self, i: int, j: int, var: XmlVar, tipo: type) -> list[str]:
        """Statements setting ``s`` to the value's text, noting it, and escaping it when
        ``x``."""
        self.nomes[f"F{i}_{j}"] = var.format
        outro = f"_texto_xsdata(v, F{i}_{j})"
        if tipo is str:
            texto = f"v if v.__class__ is str else {outro}"
        elif tipo is Decimal:
            texto = f"f'{{v:f}}' if v.__class__ is Decimal and v.is_finite() else {outro}"
        elif tipo is int:
            texto = f"str(v) if v.__class__ is int else {outro}"
        elif tipo in (XmlDate, XmlTime):
            texto = f"_texto_de_data(v) if v.__class__ is {tipo.__name__} else {outro}"
        elif isinstance(tipo, type) and issubclass(tipo, enum.Enum):
            self.nomes[f"K{i}_{j}"] = tipo
            texto = f"v.value if v.__class__ is K{i}_{j} else {outro}"
        else:
            texto = outro
        return [f"s = {texto}", "t(s)", "if x: s = _escapar(s)"]


@cache
def _gerador(versao: str) -> _Gerador:
    with _lock:
        modelos = models.carregar(versao)
        return _Gerador(modelos.MensagemTiss, modelos.Epilogo)


def ler(raiz: etree._Element, versao: str) -> Any:
    """The ``MensagemTiss`` of ``versao`` read from ``raiz``; :class:`Desvio` (or any other
    exception) when xsdata's path must decide."""
    return _gerador(versao).nomes["r0"](raiz)


def escrever(mensagem: Any) -> tuple[str, str]:
    """The message's XML (from the root element on) and its epilogo hash, computed from the
    text gathered while writing; a second pass escapes the text when some has ``&<>`` or CR.

    Raises :class:`Desvio` (or any other exception) when xsdata's path must decide.
    """
    versao = models.versao_de(mensagem)
    if versao is None:
        raise Desvio("não é um modelo gerado")
    gerador = _gerador(versao)
    if mensagem.__class__ is not gerador.mensagem:
        raise Desvio("não é um MensagemTiss")
    epilogo = getattr(mensagem, "epilogo", None)
    if epilogo is not None and type(epilogo) is not gerador.epilogo:
        raise Desvio("epilogo de outra classe")
    escreve = gerador.nomes["w0"]
    out: list[str] = [_RAIZ]
    tx: list[str] = []
    escreve(mensagem, out, tx, False)
    texto = "".join(tx)
    if _ESPECIAL.search(texto):
        if _INCOMUM.search(texto):
            raise Desvio("caractere de controle")
        out, tx = [_RAIZ], []
        escreve(mensagem, out, tx, True)
    resumo = hashlib.md5(texto.encode("iso-8859-1"), usedforsecurity=False).hexdigest()
    out.append(f"<ans:epilogo><ans:hash>{resumo}</ans:hash></ans:epilogo></ans:mensagemTISS>")
    return "".join(out), resumo


def fonte(cls: type) -> str:
    """The generated reader and writer of ``cls``, a class of the generated models.

    >>> from tiss_conecta import models
    >>> print(fonte(models.carregar("4.03.00").Epilogo))  # doctest: +ELLIPSIS
    def r...(el):
        if el.text is not None and el.text.strip(ESPACO): raise Desvio('texto solto')
        f0 = None
        for c in el:
            if c.tail is not None and c.tail.strip(ESPACO): raise Desvio('texto solto')
            k = T...[c.tag]
            if k == 0:
                if len(c): raise Desvio('elemento dentro de um valor')
                if f0 is not None: raise Desvio('elemento repetido')
                f0 = (t if (t := c.text) is not None else '')
        if f0 is None: raise Desvio('obrigatório ausente')
        return C...(hash=f0)
    def w...(o, out, tx, x):
        a = out.append
        t = tx.append
        v = o.hash
        if v is not None:
            s = v if v.__class__ is str else _texto_xsdata(v, F..._0)
            t(s)
            if x: s = _escapar(s)
            a(f'<ans:hash>{s}</ans:hash>' if s else '<ans:hash/>')
    """
    versao = models.versao_de(cls)
    if versao is None:
        raise ValueError(f"{cls!r} não é um modelo gerado")
    return "\n".join(_gerador(versao).gerar(cls))
