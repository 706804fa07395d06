"""Authorization (senha) validity.

ArcelorMittal (FAQ Q22): "as autorizações terão o prazo de validade de até 60 dias".
Care after ``dataAutorizacao`` + that many days gets glosa 1414 (data de validade da senha
expirada); care after an explicit ``dataValidadeSenha`` gets glosa 1405 (data de validade
da senha é anterior à data do atendimento). The explicit date is checked first.
"""

from __future__ import annotations

import datetime as dt

from tiss_conecta.rules.perfil import Perfil

__all__ = [
    "GLOSA_SENHA_EXPIRADA",
    "GLOSA_VALIDADE_ANTERIOR",
    "glosa_senha",
    "senha_valida",
    "validade_senha",
]

GLOSA_VALIDADE_ANTERIOR = "1405"
"""DATA DE VALIDADE DA SENHA É ANTERIOR A DATA DO ATENDIMENTO."""
GLOSA_SENHA_EXPIRADA = "1414"
"""DATA DE VALIDADE DA SENHA EXPIRADA."""


def validade_senha(data_autorizacao: dt.date, perfil: Perfil) -> dt.date | None:
    """The last day of care a senha authorized on ``data_autorizacao`` covers under the
    profile's rule (``None``: the profile states no validity). Saturates at ``date.max``."""
    if perfil.validade_senha_dias is None:
        return None
    try:
        return data_autorizacao + dt.timedelta(days=perfil.validade_senha_dias)
    except OverflowError:
        return dt.date.max


def glosa_senha(
    data_atendimento: dt.date,
    perfil: Perfil,
    *,
    data_autorizacao: dt.date | None = None,
    data_validade_senha: dt.date | None = None,
) -> str | None:
    """The glosa for care on ``data_atendimento`` under this authorization, or ``None``.

    ``1405`` when care is after the senha's own ``dataValidadeSenha``; ``1414`` when it is
    more than the profile's validity days after ``dataAutorizacao``.
    """
    if data_validade_senha is not None and data_atendimento > data_validade_senha:
        return GLOSA_VALIDADE_ANTERIOR
    if (
        data_autorizacao is not None
        and perfil.validade_senha_dias is not None
        and (data_atendimento - data_autorizacao).days > perfil.validade_senha_dias
    ):
        return GLOSA_SENHA_EXPIRADA
    return None


def senha_valida(
    data_atendimento: dt.date,
    perfil: Perfil,
    *,
    data_autorizacao: dt.date | None = None,
    data_validade_senha: dt.date | None = None,
) -> bool:
    """Whether the senha still covers care on ``data_atendimento`` (see :func:`glosa_senha`)."""
    return (
        glosa_senha(
            data_atendimento,
            perfil,
            data_autorizacao=data_autorizacao,
            data_validade_senha=data_validade_senha,
        )
        is None
    )
