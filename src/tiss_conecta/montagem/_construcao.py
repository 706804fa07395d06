"""Building: the plan of the recurso written as a ``mensagemTISS`` of the demonstrativo's
version (:func:`montar_recurso`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from types import ModuleType
from typing import Any

from xsdata.models.datatype import XmlDate, XmlTime

from tiss_conecta import models
from tiss_conecta.leitura import ItemLido
from tiss_conecta.montagem._escolhas import Escolha
from tiss_conecta.montagem._plano import Plano, planejar
from tiss_conecta.montagem._recusas import Recusa, invalido
from tiss_conecta.rules import TISS, Perfil

__all__ = ["montar_recurso"]

_FACE = re.compile(r"[OLMVDIP]{1,5}")


def _tem_campo(cls: type, campo: str) -> bool:
    return any(f.name == campo for f in dataclasses.fields(cls))


def _texto(valor: object, nome: str, maximo: int) -> str:
    if not isinstance(valor, str) or not 1 <= len(valor) <= maximo or not valor.strip():
        raise invalido(
            f"{nome} {valor!r} inválido: texto de 1 a {maximo} caracteres", Recusa.ARGUMENTO
        )
    try:
        valor.encode("iso-8859-1")
    except UnicodeEncodeError:
        raise invalido(
            f"{nome} {valor!r} com caractere fora do ISO-8859-1", Recusa.ARGUMENTO
        ) from None
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


def _medico(m: ModuleType, plano: Plano, **cabecalho: Any) -> Any:
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


def _odonto(m: ModuleType, plano: Plano, **cabecalho: Any) -> Any:
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

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.montagem import glosas_recorriveis
    >>> demonstrativo = tiss.parse(tiss.examples.caminho("demonstrativo-analise", "4.03.00"))
    >>> escolhas = [g.escolha("Valor contratado.") for g in glosas_recorriveis(demonstrativo)]
    >>> mensagem = montar_recurso(demonstrativo, escolhas, numero_guia_prestador="45385",
    ...                           sequencial_transacao="7", data=dt.date(2025, 6, 22),
    ...                           hora=dt.time(9, 0))
    >>> mensagem.cabecalho.padrao.value, tiss.validate(tiss.to_xml(mensagem)).ok
    ('4.03.00', True)
    >>> mensagem.prestador_para_operadora.recurso_glosa.guia_recurso_glosa.valor_total_recursado
    Decimal('15.00')
    """
    numero_guia_prestador = _texto(numero_guia_prestador, "numero_guia_prestador", 20)
    sequencial_transacao = _texto(sequencial_transacao, "sequencial_transacao", 12)
    numero_guia_operadora = _opcional(numero_guia_operadora, "numero_guia_operadora", 20)
    numero_lote = _opcional(numero_lote, "numero_lote", 12)
    if not isinstance(data, dt.date) or isinstance(data, dt.datetime):
        raise invalido(f"data {data!r} inválida: use datetime.date", Recusa.ARGUMENTO)
    if not isinstance(hora, dt.time):
        raise invalido(f"hora {hora!r} inválida: use datetime.time", Recusa.ARGUMENTO)
    plano = planejar(demonstrativo, escolhas, protocolo, perfil)
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
