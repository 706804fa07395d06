"""Conciliação: what the lotes sent became in the demonstrativos — paid, paid in part,
glosado, not answered — and what was answered without having been sent.

>>> import tiss_conecta as tiss
>>> from tiss_conecta.conciliacao import conciliar
>>> c = conciliar([tiss.examples.lote_sadt(3)], [tiss.examples.demonstrativo_analise()])
>>> for g in c.guias:
...     print(g.numero_guia, g.situacao.value, g.valor_enviado, g.valor_liberado, g.glosas)
00000001 paga 155.70 155.70 ()
00000002 paga_parcial 44.20 29.20 ('1705',)
00000003 sem_retorno 11.70 0.00 ()

Each guia (:class:`GuiaConciliada`) and item (:class:`ItemConciliado`) carries its
:class:`Situacao`, the values sent, informado, liberado and glosado (``Decimal``), the glosa
codes and the divergences found (achados ``conciliacao.informado_divergente``,
``conciliacao.liberado_maior``); :class:`Conciliacao` adds the totals per situation, per
glosa code and per glosa group, its JSON form (:meth:`Conciliacao.to_dict`) and the choices
that turn the glosas into a recurso (:meth:`Conciliacao.escolhas_de_recurso`).
"""

from tiss_conecta.conciliacao._conciliar import ENTRADA, conciliar
from tiss_conecta.conciliacao._regras import INFORMADO_DIVERGENTE, LIBERADO_MAIOR
from tiss_conecta.conciliacao._resultado import (
    Conciliacao,
    GuiaConciliada,
    ItemConciliado,
    TotalGlosa,
    TotalGrupo,
    TotalSituacao,
)
from tiss_conecta.conciliacao._situacao import Situacao

__all__ = [
    "ENTRADA",
    "INFORMADO_DIVERGENTE",
    "LIBERADO_MAIOR",
    "Conciliacao",
    "GuiaConciliada",
    "ItemConciliado",
    "Situacao",
    "TotalGlosa",
    "TotalGrupo",
    "TotalSituacao",
    "conciliar",
]
