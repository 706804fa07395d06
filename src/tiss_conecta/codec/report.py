"""``validate``: XSD validation plus the epilogo hash check, as a report (never raises on input)."""

from __future__ import annotations

import os
from enum import StrEnum
from html import escape

import attrs

from tiss_conecta.codec import hashing, schema, source
from tiss_conecta.errors import TissError

__all__ = ["Severidade", "ValidationIssue", "ValidationReport", "validate"]

GLOSA_HASH_INVALIDO = "5014"


class Severidade(StrEnum):
    ERRO = "erro"
    AVISO = "aviso"


@attrs.frozen
class ValidationIssue:
    """One problem found in a file: stable code, Portuguese message, location."""

    code: str
    message: str
    line: int | None = None
    column: int | None = None
    xpath: str | None = None
    severity: Severidade = Severidade.ERRO
    glosa: str | None = None
    """The glosa code an operadora applies for this problem, when there is one."""
    hint: str | None = None

    @classmethod
    def from_error(cls, error: TissError) -> ValidationIssue:
        return cls(
            code=error.code,
            message=error.message,
            line=error.line,
            column=error.column,
            xpath=error.xpath,
            hint=error.hint,
        )

    def __str__(self) -> str:
        where = ", ".join(
            part
            for part in (
                f"linha {self.line}" if self.line else "",
                f"coluna {self.column}" if self.column else "",
                self.xpath or "",
            )
            if part
        )
        glosa = f" (glosa {self.glosa})" if self.glosa else ""
        text = f"{self.severity.value.upper()} [{self.code}]{glosa} {self.message}"
        if where:
            text += f"\n    em {where}"
        if self.hint:
            text += f"\n    como corrigir: {self.hint}"
        return text

    def to_dict(self) -> dict[str, object]:
        return attrs.asdict(self)


@attrs.frozen
class ValidationReport:
    """The result of :func:`validate` for one file."""

    name: str | None
    versao: str | None
    issues: tuple[ValidationIssue, ...]
    hash: hashing.HashCheck | None = None

    @property
    def errors(self) -> tuple[ValidationIssue, ...]:
        return tuple(i for i in self.issues if i.severity is Severidade.ERRO)

    @property
    def warnings(self) -> tuple[ValidationIssue, ...]:
        return tuple(i for i in self.issues if i.severity is Severidade.AVISO)

    @property
    def ok(self) -> bool:
        return not self.errors

    def __bool__(self) -> bool:
        return self.ok

    def __str__(self) -> str:
        title = self.name or "<mensagem>"
        status = "válido" if self.ok else f"inválido ({len(self.errors)} erro(s))"
        lines = [f"{title}: {status}" + (f" — TISS {self.versao}" if self.versao else "")]
        if self.hash is not None:
            lines.append(
                f"  hash declarado {self.hash.declared or '(ausente)'}, "
                f"calculado {self.hash.computed}"
                + (
                    f", confere em {self.hash.matched_encoding}"
                    if self.hash.matched_encoding
                    else ""
                )
            )
        lines += ["  " + str(issue).replace("\n", "\n  ") for issue in self.issues]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """A table of the issues, for Jupyter."""
        title = escape(str(self).splitlines()[0])
        if not self.issues:
            return f"<p><b>{title}</b></p>"
        head = "".join(f"<th>{h}</th>" for h in ("", "código", "glosa", "onde", "mensagem"))
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td>{escape(str(cell))}</td>"
                for cell in (
                    issue.severity.value,
                    issue.code,
                    issue.glosa or "",
                    ", ".join(
                        p
                        for p in (f"linha {issue.line}" if issue.line else "", issue.xpath or "")
                        if p
                    ),
                    issue.message + (f" — como corrigir: {issue.hint}" if issue.hint else ""),
                )
            )
            + "</tr>"
            for issue in self.issues
        )
        return f"<p><b>{title}</b></p><table><tr>{head}</tr>{rows}</table>"

    def to_dict(self) -> dict[str, object]:
        return {
            "file": self.name,  # the key hash and check use too
            "ok": self.ok,
            "versao": self.versao,
            "hash": self.hash.to_dict() if self.hash else None,
            "issues": [issue.to_dict() for issue in self.issues],
        }


def _hash_issues(check: hashing.HashCheck, *, present: bool) -> list[ValidationIssue]:
    xpath = "/mensagemTISS/epilogo/hash"
    if check.matched_encoding == "utf-8":
        return [
            ValidationIssue(
                code="hash.utf8",
                message="o hash declarado foi calculado sobre bytes UTF-8; o padrão TISS usa "
                "ISO-8859-1 e operadoras podem recusar o lote",
                xpath=xpath,
                severity=Severidade.AVISO,
                glosa=GLOSA_HASH_INVALIDO,
                hint=f"grave o hash {check.computed} (ISO-8859-1), por exemplo com to_xml()",
            )
        ]
    if check.ok or not present:  # a missing hash element is already an XSD error
        return []
    return [
        ValidationIssue(
            code="hash.mismatch",
            message=f"o hash do epílogo não confere: declarado {check.declared or '(vazio)'}, "
            f"calculado {check.computed}",
            xpath=xpath,
            glosa=GLOSA_HASH_INVALIDO,
            hint="recalcule o hash depois da última alteração do arquivo (to_xml() o grava)",
        )
    ]


def validate(
    data_or_source: source.Source,
    *,
    strict_hash: bool = False,
    max_bytes: int = source.MAX_BYTES,
    versao: str | None = None,
) -> ValidationReport:
    """Check a file against the official XSD of its version and verify its epilogo hash.

    The version is the one ``cabecalho/Padrao`` declares; ``versao`` forces another.
    Problems with the input (unreadable, malformed, not TISS, unsupported version, unsafe)
    are reported as errors, not raised; an unknown ``versao`` argument raises
    :class:`~tiss_conecta.errors.TissVersionError`. ``strict_hash`` accepts ISO-8859-1
    hashes only.
    """
    if versao is not None:
        source.versao_suportada(versao)
    name = None
    if isinstance(data_or_source, os.PathLike) or (
        isinstance(data_or_source, str) and not source.is_xml_text(data_or_source)
    ):
        name = os.fspath(data_or_source)
    elif hasattr(data_or_source, "read"):
        name = getattr(data_or_source, "name", None)
    try:
        doc, versao = source.load_tiss(data_or_source, max_bytes=max_bytes, versao=versao)
    except TissError as error:
        return ValidationReport(name=name, versao=None, issues=(ValidationIssue.from_error(error),))
    issues = [
        ValidationIssue(code=code, message=message, line=line, column=column, xpath=xpath)
        for code, message, line, column, xpath in schema.schema_issues(doc.root, versao)
    ]
    check = None
    try:
        check = hashing.check_tree(doc.root, strict=strict_hash)
        issues += _hash_issues(check, present=doc.root.find(f".//{hashing.HASH}") is not None)
    except TissError as error:
        issues.append(ValidationIssue.from_error(error))
    return ValidationReport(name=name, versao=versao, issues=tuple(issues), hash=check)
