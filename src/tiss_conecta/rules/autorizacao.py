"""Authorization (senha) validity.

ArcelorMittal (FAQ Q22): "as autorizações terão o prazo de validade de até 60 dias".
Care after ``dataAutorizacao`` + that many days gets glosa 1414 (data de validade da senha
expirada); care after an explicit ``dataValidadeSenha`` gets glosa 1405 (data de validade
da senha é anterior à data do atendimento). The explicit date is checked first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tiss_conecta.achados import Achado, Regra
from tiss_conecta.achados import Severidade as S
from tiss_conecta.rules._comum import data, no_atendimento
from tiss_conecta.rules._contexto import Contexto
from tiss_conecta.rules.perfil import Perfil

__all__ = [
    "SENHA_EXPIRADA",
    "SENHA_VENCIDA",
    "achados",
    "glosa_senha",
    "senha_valida",
    "validade_senha",
]

SENHA_VENCIDA = Regra(
    "autorizacao.senha_vencida",
    S.ERRO,
    "atendimento após ``dataValidadeSenha``",
    glosa="1405",
    dica="peça nova senha à operadora ou confira a data de validade da senha e a do "
    "atendimento na guia",
)
SENHA_EXPIRADA = Regra(
    "autorizacao.senha_expirada",
    S.ERRO,
    "atendimento após a validade do perfil",
    glosa="1414",
    dica="peça nova senha à operadora ou confira a data de autorização",
)


def validade_senha(data_autorizacao: dt.date, perfil: Perfil) -> dt.date | None:
    """The last day of care a senha authorized on ``data_autorizacao`` covers under the
    profile's rule (``None``: the profile states no validity). Saturates at ``date.max``.

    >>> import datetime as dt
    >>> from tiss_conecta.rules import ARCELORMITTAL
    >>> validade_senha(dt.date(2025, 5, 30), ARCELORMITTAL)
    datetime.date(2025, 7, 29)
    """
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

    >>> import datetime as dt
    >>> from tiss_conecta.rules import ARCELORMITTAL
    >>> glosa_senha(dt.date(2025, 8, 1), ARCELORMITTAL, data_autorizacao=dt.date(2025, 5, 30))
    '1414'
    >>> glosa_senha(dt.date(2025, 7, 2), ARCELORMITTAL, data_validade_senha=dt.date(2025, 7, 1))
    '1405'
    """
    if data_validade_senha is not None and data_atendimento > data_validade_senha:
        return SENHA_VENCIDA.glosa
    if (
        data_autorizacao is not None
        and perfil.validade_senha_dias is not None
        and (data_atendimento - data_autorizacao).days > perfil.validade_senha_dias
    ):
        return SENHA_EXPIRADA.glosa
    return None


def senha_valida(
    data_atendimento: dt.date,
    perfil: Perfil,
    *,
    data_autorizacao: dt.date | None = None,
    data_validade_senha: dt.date | None = None,
) -> bool:
    """Whether the senha still covers care on ``data_atendimento`` (see :func:`glosa_senha`).

    >>> import datetime as dt
    >>> from tiss_conecta.rules import ARCELORMITTAL
    >>> senha_valida(dt.date(2025, 6, 1), ARCELORMITTAL, data_autorizacao=dt.date(2025, 5, 30))
    True
    """
    return (
        glosa_senha(
            data_atendimento,
            perfil,
            data_autorizacao=data_autorizacao,
            data_validade_senha=data_validade_senha,
        )
        is None
    )


def achados(ctx: Contexto) -> Iterator[Achado]:
    """Each date of care a guia's senha must cover, against its validity.

    The example lote's senhas were given on 2025-05-30 for care on 2025-06-01; under a
    profile whose senhas last one day, every item is glosado:

    >>> import attrs
    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.rules import Contexto, perfil
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt"))
    >>> um_dia = attrs.evolve(perfil("tiss"), validade_senha_dias=1)
    >>> ctx = Contexto.de(lote, um_dia, dt.date(2025, 6, 2))
    >>> [(a.glosa, a.numero_guia, a.item) for a in achados(ctx)][:2]
    [('1414', '00000001', 1), ('1414', '00000001', 2)]
    """
    perfil = ctx.perfil
    for guia in ctx.guias:
        autorizada = guia.data_autorizacao
        for a in guia.atendimentos_senha:
            glosa = glosa_senha(
                a.data,
                perfil,
                data_autorizacao=autorizada,
                data_validade_senha=guia.data_validade_senha,
            )
            if glosa == SENHA_VENCIDA.glosa:
                yield no_atendimento(
                    SENHA_VENCIDA,
                    guia,
                    a,
                    f"atendimento em {data(a.data)}, depois da validade da senha "
                    f"({data(guia.data_validade_senha)}). Solicite nova autorização.",
                )
            elif glosa == SENHA_EXPIRADA.glosa and autorizada is not None:
                yield no_atendimento(
                    SENHA_EXPIRADA,
                    guia,
                    a,
                    f"atendimento em {data(a.data)}; a senha autorizada em "
                    f"{data(autorizada)} vale {perfil.validade_senha_dias} dias (até "
                    f"{data(validade_senha(autorizada, perfil))}). "
                    "Solicite nova autorização.",
                )
