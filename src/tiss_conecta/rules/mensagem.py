"""``check``: every rule that applies to one parsed ``mensagemTISS``.

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.rules import check, perfil
    >>> msg = tiss.parse("lote.xml")
    >>> for f in check(msg, perfil("arcelormittal"), data_envio=dt.date(2025, 6, 2)):
    ...     print(f)

Lotes of the five guia types, recursos de glosa, demonstrativos de análise de conta and de
pagamento, the operadora's answers to a recurso, and envio de documentos. Missing optional
data never raises: the rule that needs it is skipped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from tiss_conecta import formato
from tiss_conecta.models import VERSIONS, versao_de
from tiss_conecta.rules import (
    anexos,
    autorizacao,
    demonstrativo,
    duplicidade,
    identificadores,
    limites,
    prazo,
    recurso,
    totais,
)
from tiss_conecta.rules._leitura import texto
from tiss_conecta.rules.findings import Finding, Severidade, ordenar
from tiss_conecta.rules.guias import LOTE, Atendimento, Guia, guias_do_lote, tipos_no_lote
from tiss_conecta.rules.perfil import Perfil

__all__ = ["check", "verificar_guia", "versao_da_mensagem"]

_CPF = frozenset({"CPF", "cpfContratado"})
_CNPJ = frozenset(
    {"CNPJ", "cnpjContratado", "cnpjLocalExecutante", "cnpjOper", "cnpjPrestador", "numeroCNPJ"}
)
_CPF_OU_CNPJ = frozenset({"cpfCNPJContratado"})
_CNES = frozenset({"CNES", "cnes", "cnesContratado", "cnesContratadoExecutante", "cnesExec"})
_REGISTRO_ANS = frozenset({"registroANS"})
_IDENTIFICADORES = _CPF | _CNPJ | _CPF_OU_CNPJ | _CNES | _REGISTRO_ANS
_NAO_PERCORRER = frozenset({"Signature", "assinaturaDigitalGuia"})


def check(
    message: Any,
    perfil: Perfil,
    *,
    data_envio: dt.date,
    tamanho_bytes: int | None = None,
    demonstrativos: Iterable[Any] = (),
) -> list[Finding]:
    """Every finding of every rule that applies to ``message``, in canonical order.

    ``data_envio`` is the day the lote is (or was) sent: the billing window counts to it.
    ``tamanho_bytes`` is the size of the XML file, when the message came from one.
    ``demonstrativos`` (``ctm_demonstrativoAnaliseConta`` values) let a recurso de glosa be
    checked against what it appeals.
    """
    if type(message).__name__ != "MensagemTiss" or not dataclasses.is_dataclass(message):
        raise TypeError(
            f"check recebe uma MensagemTiss (tiss_conecta.parse), não {type(message).__name__}; "
            "para uma guia sozinha, use as funções de cada regra (rules.prazo, rules.totais...)"
        )
    po = getattr(message, "prestador_para_operadora", None)
    lote = getattr(po, "lote_guias", None)
    guias = guias_do_lote(lote)
    return ordenar(
        itertools.chain(
            _cabecalho(message, perfil),
            _arquivo(tamanho_bytes, perfil),
            _lote(lote, guias, perfil, data_envio),
            _prestador(po, perfil, demonstrativos),
            _operadora(getattr(message, "operadora_para_prestador", None)),
            _identificadores(message, perfil, {g.xpath: g.numero for g in guias}),
        )
    )


def _arquivo(tamanho_bytes: int | None, perfil: Perfil) -> Iterator[Finding]:
    if tamanho_bytes is None or limites.tamanho_xml_aceito(tamanho_bytes, perfil):
        return
    limite = perfil.max_bytes_xml or 0
    yield Finding(
        "arquivo.tamanho",
        Severidade.ERRO,
        f"O arquivo XML tem {formato.tamanho(tamanho_bytes)}; "
        f"{perfil.nome} aceita até {formato.megabytes(limite)}. Divida as guias em mais lotes.",
        xpath="/mensagemTISS",
    )


def _prestador(po: Any, perfil: Perfil, demonstrativos: Iterable[Any]) -> Iterator[Finding]:
    """A recurso de glosa (also against the demonstrativos) and an envio de documentos."""
    if po is None:
        return
    if po.recurso_glosa is not None:
        yield from recurso.verificar_recurso(po.recurso_glosa, perfil)
        demonstrativos = tuple(demonstrativos)
        if demonstrativos:
            yield from recurso.contra_demonstrativo(po.recurso_glosa, demonstrativos)
    if po.envio_documentos is not None:
        yield from _documento(po.envio_documentos, perfil)


def _operadora(op: Any) -> Iterator[Finding]:
    """Demonstrativos, and the answer to and the receipt of a recurso."""
    if op is None:
        return
    retorno = op.demonstrativos_retorno
    if retorno is not None:
        base = demonstrativo.DEMONSTRATIVOS
        for i, dem in enumerate(retorno.demonstrativo_analise_conta or (), 1):
            yield from demonstrativo.verificar_analise(
                dem, f"{base}/demonstrativoAnaliseConta[{i}]"
            )
        if retorno.demonstrativo_pagamento is not None:
            yield from demonstrativo.verificar_pagamento(retorno.demonstrativo_pagamento)
    if op.resposta_recurso_glosa is not None:
        yield from recurso.verificar_resposta(op.resposta_recurso_glosa)
    recebimento = op.recebimento_recurso_glosa
    if recebimento is not None and recebimento.protocolo_recebimento is not None:
        yield from recurso.verificar_recebimento(recebimento.protocolo_recebimento)


def _cabecalho(message: Any, perfil: Perfil) -> Iterator[Finding]:
    cabecalho = getattr(message, "cabecalho", None)
    versao = texto(getattr(cabecalho, "padrao", None))
    if versao and not limites.versao_aceita(versao, perfil):
        yield Finding(
            "versao.nao_aceita",
            Severidade.ERRO,
            f"Mensagem na versão TISS {versao}; {perfil.nome} {_aceita(perfil.versoes_tiss)}. "
            + _como_converter(versao, versao_de(message), perfil.versoes_tiss),
            xpath="/mensagemTISS/cabecalho/Padrao",
            glosa=limites.GLOSA_VERSAO,
        )


def _aceita(versoes: tuple[str, ...]) -> str:
    if not versoes:
        return "não aceita versão alguma"
    if len(versoes) == 1:
        return f"aceita só a versão {versoes[0]}"
    return f"aceita as versões {', '.join(versoes[:-1])} e {versoes[-1]}"


def _como_converter(versao: str, lida_como: str | None, aceitas: tuple[str, ...]) -> str:
    """How to rewrite a message declaring ``versao`` (read with the models of ``lida_como``)
    in one of ``aceitas`` the library can write."""
    destinos = [v for v in aceitas if v in VERSIONS]
    if not destinos:
        return (
            "A biblioteca não escreve essas versões: peça o arquivo ao sistema de faturamento "
            "na versão aceita."
        )
    leitura = f" --versao {lida_como}" if versao not in VERSIONS and lida_como else ""
    return (
        f"Reescreva o arquivo numa versão aceita com: tiss-conecta converter ARQUIVO{leitura} "
        f"--para {destinos[-1]} -o SAIDA.xml (o comando aponta o que a versão de destino não "
        "comporta)."
    )


def versao_da_mensagem(message: Any) -> str | None:
    """The TISS version whose schema governs ``message``: its ``cabecalho/Padrao`` when the
    library has that version's schemas, else the version of its models (``None`` if neither)."""
    padrao = texto(getattr(getattr(message, "cabecalho", None), "padrao", None))
    return padrao if padrao in VERSIONS else versao_de(message)


def _lote(lote: Any, guias: list[Guia], perfil: Perfil, data_envio: dt.date) -> Iterator[Finding]:
    if lote is None:
        return
    xp = f"{LOTE}/guiasTISS"
    if not guias:
        yield Finding(
            "lote.vazio",
            Severidade.ERRO,
            "O lote não tem nenhuma guia. Inclua as guias a cobrar.",
            xpath=xp,
        )
    if not limites.guias_aceitas(len(guias), perfil):
        yield Finding(
            "lote.max_guias",
            Severidade.ERRO,
            f"O lote tem {len(guias)} guias; {perfil.nome} aceita até {perfil.max_guias_lote} "
            "guias por lote (PEG). Divida as guias em mais lotes.",
            xpath=xp,
            glosa=limites.GLOSA_MAX_GUIAS,
        )
    tipos = tipos_no_lote(lote)
    if len(tipos) > 1:
        yield Finding(
            "lote.tipos_de_guia",
            Severidade.ERRO,
            f"O lote mistura guias de {', '.join(t.nome for t in tipos)}; um lote tem guias de "
            "um só tipo. Separe-as em um lote por tipo de guia.",
            xpath=xp,
            glosa=limites.GLOSA_TIPO_GUIA,
        )
    for guia in guias:
        yield from verificar_guia(guia, perfil, data_envio=data_envio)
    yield from duplicidade.verificar_lote(guias)


def verificar_guia(guia: Guia, perfil: Perfil, *, data_envio: dt.date) -> Iterator[Finding]:
    """Billing window, senha validity and totals of one guia."""
    yield from _prazo(guia, perfil, data_envio)
    yield from _senha(guia, perfil)
    yield from totais.verificar_guia(guia)


def _no_atendimento(guia: Guia, a: Atendimento, code: str, descricao: str, glosa: str) -> Finding:
    onde = f"Guia {guia.numero}" + (f", item {a.item}" if a.item is not None else "")
    return Finding(
        code,
        Severidade.ERRO,
        f"{onde}: {descricao}",
        xpath=a.xpath,
        numero_guia=guia.numero,
        item=a.item,
        glosa=glosa,
    )


def _prazo(guia: Guia, perfil: Perfil, data_envio: dt.date) -> Iterator[Finding]:
    for a in guia.atendimentos:
        dias = prazo.dias_decorridos(a.data, data_envio)
        if dias < 0:
            yield _no_atendimento(
                guia,
                a,
                "prazo.data_futura",
                f"atendimento em {formato.data(a.data)}, depois do envio "
                f"({formato.data(data_envio)}). Corrija a data do atendimento.",
                prazo.GLOSA_DATA_FUTURA,
            )
        elif not prazo.dentro_do_prazo(a.data, data_envio, perfil):
            yield _no_atendimento(
                guia,
                a,
                "prazo.fora_da_janela",
                f"atendimento em {formato.data(a.data)}, {dias} dias antes do envio; "
                f"{perfil.nome} aceita cobrança até {perfil.janela_faturamento_dias} dias após "
                "o atendimento (último dia: "
                f"{formato.data(prazo.ultimo_dia_envio(a.data, perfil))}). "
                "O item será glosado: retire-o do lote ou negocie com a operadora.",
                prazo.GLOSA,
            )


def _senha(guia: Guia, perfil: Perfil) -> Iterator[Finding]:
    autorizada = guia.data_autorizacao
    for a in guia.atendimentos_senha:
        glosa = autorizacao.glosa_senha(
            a.data,
            perfil,
            data_autorizacao=autorizada,
            data_validade_senha=guia.data_validade_senha,
        )
        if glosa == autorizacao.GLOSA_VALIDADE_ANTERIOR:
            yield _no_atendimento(
                guia,
                a,
                "autorizacao.senha_vencida",
                f"atendimento em {formato.data(a.data)}, depois da validade da senha "
                f"({formato.data(guia.data_validade_senha)}). Solicite nova autorização.",
                glosa,
            )
        elif glosa == autorizacao.GLOSA_SENHA_EXPIRADA and autorizada is not None:
            yield _no_atendimento(
                guia,
                a,
                "autorizacao.senha_expirada",
                f"atendimento em {formato.data(a.data)}; a senha autorizada em "
                f"{formato.data(autorizada)} vale {perfil.validade_senha_dias} dias (até "
                f"{formato.data(autorizacao.validade_senha(autorizada, perfil))}). "
                "Solicite nova autorização.",
                glosa,
            )


def _documento(doc: Any, perfil: Perfil) -> Iterator[Finding]:
    xp = "/mensagemTISS/prestadorParaOperadora/envioDocumentos"
    codigo_formato = texto(doc.formato_documento)
    extensoes = anexos.EXTENSOES_TISS.get(codigo_formato, ())
    nome = f"documento {texto(doc.numero_documento)}"
    if perfil.anexo_formatos is not None and extensoes:
        aceitos = {f.upper() for f in perfil.anexo_formatos}
        if not aceitos.intersection(extensoes):
            yield Finding(
                "anexo.formato",
                Severidade.ERRO,
                f"O {nome} está em {'/'.join(extensoes)} (formatoDocumento {codigo_formato}); "
                f"{perfil.nome} aceita {', '.join(perfil.anexo_formatos)}. Converta o documento.",
                xpath=f"{xp}/formatoDocumento",
            )
    conteudo = doc.documento
    if isinstance(conteudo, (bytes, bytearray)):
        yield from (
            f
            for f in anexos.verificar_anexo(nome, len(conteudo), perfil, xpath=f"{xp}/documento")
            if f.code == "anexo.tamanho"
        )


_Campos = tuple[tuple[str, str], ...]
"""(attribute, element name) of the fields of a generated dataclass that the walk enters."""


def _campos(tipo: type, conhecidos: dict[type, _Campos]) -> _Campos:
    campos = conhecidos.get(tipo)
    if campos is None:
        nomes = ((c.name, c.metadata.get("name", c.name)) for c in dataclasses.fields(tipo))
        campos = conhecidos[tipo] = tuple((a, n) for a, n in nomes if n not in _NAO_PERCORRER)
    return campos


def _percorrer(
    obj: Any, xpath: str, conhecidos: dict[type, _Campos]
) -> Iterator[tuple[str, str, str]]:
    """(xpath, element name, text) of every identifier element under ``obj``."""
    for atributo, nome in _campos(type(obj), conhecidos):
        valor = getattr(obj, atributo)
        if valor is None:
            continue
        if isinstance(valor, str):
            if nome in _IDENTIFICADORES:
                yield f"{xpath}/{nome}", nome, valor
        elif isinstance(valor, list):
            for i, v in enumerate(valor, 1):
                if dataclasses.is_dataclass(v):
                    yield from _percorrer(v, f"{xpath}/{nome}[{i}]", conhecidos)
                elif isinstance(v, str) and nome in _IDENTIFICADORES:
                    yield f"{xpath}/{nome}[{i}]", nome, v
        elif dataclasses.is_dataclass(valor):
            yield from _percorrer(valor, f"{xpath}/{nome}", conhecidos)


def _guia_de(xpath: str, numeros: dict[str, str]) -> str | None:
    if "/guiasTISS/" not in xpath:
        return None
    inicio, _, resto = xpath.partition("/guiasTISS/")
    return numeros.get(f"{inicio}/guiasTISS/{resto.split('/', 1)[0]}")


def _identificadores(message: Any, perfil: Perfil, numeros: dict[str, str]) -> Iterator[Finding]:
    if not dataclasses.is_dataclass(message):
        return
    versao = versao_da_mensagem(message)
    # A lote repeats the same CNPJ, CNES and registro ANS in every guia: judge each value once.
    julgados: dict[tuple[str, str], Finding | None] = {}
    for xpath, nome, valor in _percorrer(message, "/mensagemTISS", {}):
        if (nome, valor) not in julgados:
            julgados[nome, valor] = _identificador(nome, valor, perfil, versao)
        achado = julgados[nome, valor]
        if achado is not None:
            yield attrs.evolve(achado, xpath=xpath, numero_guia=_guia_de(xpath, numeros))


def _identificador(nome: str, valor: str, perfil: Perfil, versao: str | None) -> Finding | None:
    """The finding on the identifier element ``nome`` holding ``valor`` in a message of TISS
    ``versao``, without its place."""
    if nome in _REGISTRO_ANS:
        if not identificadores.registro_ans_valido(valor):
            return Finding(
                "identificador.registro_ans",
                Severidade.ERRO,
                f"Registro ANS {valor!r} inválido: deve ter 6 dígitos. Use o registro da "
                "operadora na ANS.",
                glosa=identificadores.GLOSA_REGISTRO_ANS,
            )
        if perfil.registro_ans is not None and valor != perfil.registro_ans:
            return Finding(
                "operadora.registro_ans",
                Severidade.ERRO,
                f"Registro ANS {valor} não é o de {perfil.nome} ({perfil.registro_ans}). "
                "Confira a operadora da guia ou o perfil usado.",
                glosa=identificadores.GLOSA_REGISTRO_ANS,
            )
        return None
    if nome in _CNES:
        if identificadores.cnes_valido(valor):
            return None
        return Finding(
            "identificador.cnes",
            Severidade.ERRO,
            f"CNES {valor!r} inválido: deve ter 7 dígitos (use "
            f"{identificadores.CNES_SEM_CADASTRO} se o estabelecimento não tem CNES).",
            glosa=identificadores.GLOSA_CNES,
        )
    if nome in _CNPJ | _CPF_OU_CNPJ and not identificadores.cnpj_cabe_na_versao(valor, versao):
        return _cnpj_fora_da_versao(nome, valor, versao or "")
    if nome in _CPF:
        tipo, valido = "CPF", identificadores.cpf_valido(valor)
    elif nome in _CNPJ:
        tipo, valido = "CNPJ", identificadores.cnpj_valido(valor)
    else:
        tipo, valido = "CPF/CNPJ", identificadores.cpf_ou_cnpj_valido(valor)
    if valido:
        return None
    return Finding(
        f"identificador.{'cpf' if tipo == 'CPF' else 'cnpj'}",
        Severidade.ERRO,
        f"{tipo} {valor!r} inválido (dígitos verificadores não conferem). "
        f"Corrija o {tipo} informado em {nome}.",
        glosa=identificadores.GLOSA_CPF_CNPJ,
    )


def _cnpj_fora_da_versao(nome: str, valor: str, versao: str) -> Finding:
    aceitam = identificadores.versoes_cnpj_alfanumerico()
    digitos = (
        ""
        if identificadores.cnpj_valido(valor)
        else " Além disso, os dígitos verificadores não conferem."
    )
    como = "Informe o CNPJ numérico."
    if aceitam:
        como = (
            f"O CNPJ com letras cabe na versão {', '.join(aceitam)}: se a operadora aceitar essa "
            "versão, reescreva o arquivo com: tiss-conecta converter ARQUIVO --para "
            f"{aceitam[-1]} -o SAIDA.xml; senão, informe o CNPJ numérico."
        )
    return Finding(
        "identificador.cnpj_alfanumerico",
        Severidade.ERRO,
        f"CNPJ alfanumérico {valor!r} em {nome}: a versão TISS {versao} só leva CNPJ de 14 "
        f"dígitos.{digitos} {como}",
        glosa=identificadores.GLOSA_CPF_CNPJ,
    )
