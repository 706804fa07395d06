"""The codes of what the reconciliation flags, declared once."""

from __future__ import annotations

from tiss_conecta.achados import Regra, Severidade

__all__ = ["INFORMADO_DIVERGENTE", "LIBERADO_MAIOR"]

INFORMADO_DIVERGENTE = Regra(
    "conciliacao.informado_divergente",
    Severidade.AVISO,
    "O valor informado no demonstrativo difere do valor enviado no lote (guia ou item).",
    dica="compare o lote enviado com o demonstrativo: a operadora pode ter lido outro valor, "
    "ou o lote enviado não é o que foi conciliado",
)
LIBERADO_MAIOR = Regra(
    "conciliacao.liberado_maior",
    Severidade.AVISO,
    "O valor liberado no demonstrativo é maior que o valor enviado no lote (guia ou item).",
    dica="avise a operadora: o valor pago a mais costuma ser estornado num demonstrativo seguinte",
)
