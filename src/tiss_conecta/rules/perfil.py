"""Operadora profiles: the limits one operadora applies, as data.

    >>> from tiss_conecta.rules import perfil
    >>> perfil("arcelormittal").janela_faturamento_dias
    90
    >>> import attrs
    >>> meu = attrs.evolve(perfil("tiss"), nome="Minha operadora", registro_ans="123456")

``None`` in a limit means the operadora does not state it: the rule is not applied.
:meth:`Perfil.to_dict` / :meth:`Perfil.from_dict` keep a profile in JSON or TOML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from tiss_conecta.achados import Achado, Severidade
from tiss_conecta.errors import PerfilDesconhecido, PerfilInvalido
from tiss_conecta.models import VERSOES

__all__ = [
    "ARCELORMITTAL",
    "DESLIGADO",
    "MB",
    "PASA",
    "PERFIS",
    "TISS",
    "Perfil",
    "perfil",
]

MB = 1024 * 1024
"""The portal's megabyte (15 MB = 15 728 640 bytes)."""

_REGISTRO_ANS = re.compile(r"[0-9]{6}")


def _tupla(valores: Iterable[str]) -> tuple[str, ...]:
    """A list becomes a tuple; a bare text or a number is left for :func:`_textos` to refuse
    (``tuple("4.01.00")`` would be its characters)."""
    if isinstance(valores, str) or not isinstance(valores, Iterable):
        return valores  # type: ignore[return-value]
    return tuple(valores)


def _tupla_ou_none(valores: Iterable[str] | None) -> tuple[str, ...] | None:
    return None if valores is None else _tupla(valores)


def _positivo(_: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise PerfilInvalido(
            f"{attribute.name} deve ser um inteiro positivo, não {value!r}",
            dica=f"informe {attribute.name} como número inteiro maior que zero",
        )


def _registro(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not _REGISTRO_ANS.fullmatch(value)):
        raise PerfilInvalido(
            f"registro_ans deve ter 6 dígitos, não {value!r}",
            dica="use o registro da operadora na ANS, por exemplo '416070'",
        )


def _textos(_: object, attribute: attrs.Attribute[Any], value: tuple[str, ...] | None) -> None:
    if value is not None and (
        not isinstance(value, tuple) or not all(isinstance(v, str) and v for v in value)
    ):
        raise PerfilInvalido(
            f"{attribute.name} deve ser uma lista de textos, não {value!r}",
            dica=f"informe {attribute.name} como lista de textos não vazios",
        )


def _nao_vazia(_: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    if not value:
        raise PerfilInvalido(
            f"{attribute.name} não pode ser vazia: uma operadora aceita alguma versão",
            dica=f"informe em {attribute.name} ao menos uma versão, por exemplo ['4.01.00']",
        )


DESLIGADO = "desligado"
"""The severity that switches a code off in :attr:`Perfil.severidades`."""


def _pares(valores: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """``{"totais.item": "erro"}`` (or pairs) as sorted pairs; anything else is left for
    :func:`_severidades` to refuse."""
    if isinstance(valores, Mapping):
        return tuple(sorted((str(k), v) for k, v in valores.items()))
    if isinstance(valores, (list, tuple)) and all(
        isinstance(p, (list, tuple)) and len(p) == 2 for p in valores
    ):
        return tuple(sorted((str(k), v) for k, v in valores))
    return valores  # type: ignore[return-value]


def _severidades(
    _: object, attribute: attrs.Attribute[Any], value: tuple[tuple[str, str], ...]
) -> None:
    niveis = (*(s.value for s in Severidade), DESLIGADO)
    if not isinstance(value, tuple):
        raise PerfilInvalido(
            f"severidades deve ser um dicionário código -> nível, não {value!r}",
            dica='escreva por exemplo severidades = {"totais.item" = "erro"}',
        )
    ruins = [f"{c}: {n!r}" for c, n in value if n not in niveis]
    if ruins:
        raise PerfilInvalido(
            f"nível de severidade desconhecido em {', '.join(ruins)}",
            dica=f"use um destes: {', '.join(niveis)}",
        )
    if value:
        from tiss_conecta.achados import regras

        conhecidos = regras()
        desconhecidos = [c for c, _ in value if c not in conhecidos]
        if desconhecidos:
            raise PerfilInvalido(
                f"código(s) desconhecido(s) em severidades: {', '.join(desconhecidos)}",
                dica="veja a tabela de códigos na documentação (páginas Codec e Regras; em Python, "
                "tiss_conecta.achados.regras())",
            )


def _texto(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise PerfilInvalido(
            f"{attribute.name} deve ser um texto não vazio, não {value!r}",
            dica="dê um nome ao perfil",
        )


@attrs.frozen(kw_only=True)
class Perfil:
    """The rules one operadora applies to what a prestador sends it."""

    nome: str = attrs.field(validator=_texto)
    registro_ans: str | None = attrs.field(default=None, validator=_registro)
    """The operadora's registro ANS (6 digits); ``None`` for a profile of no operadora."""
    versoes_tiss: tuple[str, ...] = attrs.field(
        default=tuple(VERSOES), converter=_tupla, validator=[_textos, _nao_vazia]
    )
    """TISS versions (``Padrao``) the operadora accepts; unstated, every version the library
    reads (:data:`tiss_conecta.models.VERSOES`)."""
    max_guias_lote: int = attrs.field(default=100, validator=_positivo)
    """Guias per lote (PEG); the XSD's own limit is 100."""
    xml_por_lote: int = attrs.field(default=1, validator=_positivo)
    """XML files per lote de pagamento."""
    max_bytes_xml: int | None = attrs.field(default=None, validator=_positivo)
    """Largest XML file the operadora accepts, in bytes."""
    janela_faturamento_dias: int | None = attrs.field(default=None, validator=_positivo)
    """Calendar days from the date of care to the last day the item may be sent."""
    validade_senha_dias: int | None = attrs.field(default=None, validator=_positivo)
    """Days an authorization (senha) is valid after its ``dataAutorizacao``."""
    anexo_formatos: tuple[str, ...] | None = attrs.field(
        default=None, converter=_tupla_ou_none, validator=_textos
    )
    """File extensions accepted for attachments (upper case, no dot)."""
    max_bytes_anexo: int | None = attrs.field(default=None, validator=_positivo)
    anexo_tipos_documento: tuple[str, ...] | None = attrs.field(
        default=None, converter=_tupla_ou_none, validator=_textos
    )
    """Document types an attachment can be filed under, as the portal lists them."""
    max_guias_recurso: int = attrs.field(default=100, validator=_positivo)
    """Guias per recurso de glosa; the XSD's own limit is 100."""
    max_caracteres_justificativa: int = attrs.field(default=500, validator=_positivo)
    """Characters in one justification of a recurso; the XSD's own limit is 500."""
    severidades: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=_pares, validator=_severidades
    )
    """Codes whose severity this operadora sets otherwise, as code -> ``erro``, ``aviso``,
    ``info`` or ``desligado`` (``{"totais.item": "erro"}``); kept sorted as pairs. The other
    codes keep the severity they are declared with (:func:`tiss_conecta.achados.regras`).
    :func:`~tiss_conecta.rules.check` applies them to the rules' achados; :meth:`aplicar` to
    any others, such as the XSD and hash achados of a :func:`~tiss_conecta.validate` report."""

    def severidade(self, codigo: str, padrao: Severidade) -> Severidade | None:
        """The severity of ``codigo`` under this profile (``None``: switched off)."""
        for c, nivel in self.severidades:
            if c == codigo:
                return None if nivel == DESLIGADO else Severidade(nivel)
        return padrao

    def aplicar(self, achados: Iterable[Achado]) -> list[Achado]:
        """``achados`` at the severity this profile sets for their codes, without those it
        switches off.

        >>> import tiss_conecta as tiss
        >>> from tiss_conecta.rules import TISS
        >>> relatorio = tiss.validate(b"<ans:mensagemTISS")
        >>> [(a.codigo, a.severidade.value) for a in relatorio.achados]
        [('xml.malformado', 'erro')]
        >>> brando = attrs.evolve(TISS, severidades={"xml.malformado": "aviso"})
        >>> [(a.codigo, a.severidade.value) for a in brando.aplicar(relatorio.achados)]
        [('xml.malformado', 'aviso')]
        """
        aplicados = []
        for a in achados:
            severidade = self.severidade(a.codigo, a.severidade)
            if severidade is not None:
                aplicados.append(
                    a if severidade is a.severidade else attrs.evolve(a, severidade=severidade)
                )
        return aplicados

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Perfil:
        """A profile from plain data (as :meth:`to_dict` writes it, or read from JSON/TOML).

        Missing keys take their defaults; an unknown key or a bad value raises
        :class:`PerfilInvalido`.
        """
        if not isinstance(data, Mapping):
            raise PerfilInvalido(
                f"um perfil é um dicionário de chaves e valores, não {type(data).__name__}"
            )
        campos = {a.name: a for a in attrs.fields(cls)}
        desconhecidas = sorted(str(k) for k in data if k not in campos)
        if desconhecidas:
            raise PerfilInvalido(
                f"chave(s) desconhecida(s) no perfil: {', '.join(desconhecidas)}",
                dica="chaves aceitas: " + ", ".join(campos),
            )
        valores: dict[str, Any] = {}
        for nome, valor in data.items():
            if isinstance(valor, str) and nome in _LISTAS:
                raise PerfilInvalido(
                    f"{nome} deve ser uma lista de textos, não o texto {valor!r}",
                    dica=f'escreva {nome} = ["{valor}"]',
                )
            if isinstance(valor, (list, tuple)) and nome not in _LISTAS | {"severidades"}:
                raise PerfilInvalido(f"{nome} não aceita lista: {valor!r}")
            valores[nome] = valor
        try:
            return cls(**valores)
        except PerfilInvalido:
            raise
        except (TypeError, ValueError) as exc:
            raise PerfilInvalido(f"perfil inválido: {exc}") from exc

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON or TOML: lists for tuples, limits not stated left out."""
        out: dict[str, Any] = {}
        for a in attrs.fields(type(self)):
            valor = getattr(self, a.name)
            if valor is None or (a.name == "severidades" and not valor):
                continue
            if a.name == "severidades":
                out[a.name] = dict(valor)
            else:
                out[a.name] = list(valor) if isinstance(valor, tuple) else valor
        return out


_LISTAS = frozenset({"versoes_tiss", "anexo_formatos", "anexo_tipos_documento"})

TISS = Perfil(nome="TISS (limites do padrão)", versoes_tiss=tuple(VERSOES))
"""Only the standard's own limits: 100 guias per lote and per recurso, 500-character
justifications, every version the library reads (4.01.00, 4.02.00, 4.03.00); no billing
window, senha validity or size limit."""

_FORMATOS_CONECTA = ("DOC", "DOCX", "XLS", "PDF", "JPEG", "PNG", "JPG", "ZIP", "RAR")

# As the Conecta portal lists them (it shows at most 30 characters of each name).
_TIPOS_DOCUMENTO_CONECTA = (
    "JUSTIFICATIVA",
    "ALVARÁ DE FUNCIONAMENTO",
    "ALVARÁ VIGILÂNCIA SANITÁRIA",
    "ATESTADO DE CAPACIDADE TÉCNICA",
    "ATUALIZACAO CADASTRAL PRESTADO",
    "BOLETO BANCÁRIO",
    "CARTA DE SOLICITAÇÃO DE CREDEN",
    "CARTÃO DE IDENTIFICAÇÃO DE PES",
    "CARTÃO DE IDENTIFICAÇÃO DO CON",
    "CERTIFICADO DE RESIDÊNCIA MÉDI",
    "CERTIFICADO/CURSOS DE ESPECIAL",
    "COMPROVANTE DE CONTA BANCÁRIA",
    "COMPROVANTE DE INSCRIÇÃO DE CO",
    "COMPROVANTE DE INSCRIÇÃO INSS",
    "COMPROVANTE DE INSCRIÇÃO ISS",
    "COMPROVANTE DE REGISTRO CNES",
    "COMUNICAÇÃO DE ACIDENTE DE TRA",
    "CONTRATO SOCIAL/ ESTATUTO SOCI",
    "CONTRATUALIZAÇÃO",
    "COTAÇÃO DE OPME",
)

ARCELORMITTAL = Perfil(
    nome="ArcelorMittal Tubarão",
    registro_ans="416070",
    versoes_tiss=("4.01.00",),
    max_guias_lote=100,
    max_bytes_xml=15 * MB,
    janela_faturamento_dias=90,
    validade_senha_dias=60,
    anexo_formatos=_FORMATOS_CONECTA,
    max_bytes_anexo=15 * MB,
    anexo_tipos_documento=_TIPOS_DOCUMENTO_CONECTA,
)
"""ArcelorMittal Tubarão (ANS 416070) on Benner Conecta: TISS 4.01.00 only, 100 guias per
PEG, 15 MB per XML, 90-day billing window, 60-day senha, recurso attachments as listed."""

PASA = Perfil(
    nome="PASA - Plano de Assistência à Saúde do Aposentado da Vale",
    registro_ans="331988",
    versoes_tiss=("4.00.01", "4.01.00"),
    max_guias_lote=100,
    max_bytes_xml=15 * MB,
)
"""PASA (ANS 331988) on Benner Conecta: 100 guias per lote, 15 MB per XML. A 2023 capa do
lote shows TISS 4.00.01; 4.01.00, the version in force, is accepted too. No billing window
or senha validity is stated."""

PERFIS: Mapping[str, Perfil] = {
    "arcelormittal": ARCELORMITTAL,
    "pasa": PASA,
    "tiss": TISS,
}
"""The built-in profiles by short name."""


def perfil(nome: str) -> Perfil:
    """A built-in profile by short name (``"arcelormittal"``, ``"pasa"``, ``"tiss"``)
    or by the operadora's registro ANS (``"416070"``).

    >>> perfil("416070") is perfil("ArcelorMittal") is ARCELORMITTAL
    True
    >>> perfil("unimed")
    Traceback (most recent call last):
    ...
    tiss_conecta.errors.PerfilDesconhecido: [...] perfil desconhecido: 'unimed'. Como corrigir: \
    use arcelormittal, pasa, tiss ou o registro ANS de uma dessas operadoras
    """
    chave = nome.strip().casefold()
    if chave in PERFIS:
        return PERFIS[chave]
    for p in PERFIS.values():
        if p.registro_ans is not None and p.registro_ans == chave:
            return p
    raise PerfilDesconhecido(
        f"perfil desconhecido: {nome!r}",
        dica="use " + ", ".join(PERFIS) + " ou o registro ANS de uma dessas operadoras",
    )
