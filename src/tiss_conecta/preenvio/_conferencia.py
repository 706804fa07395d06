"""The pre-send check of one file: the XSD, the epilogo hash and the profile's rules, merged
into one :class:`~tiss_conecta.codec.Relatorio`, in the order of the file.

A file that does not bind to the models still gets its XSD and hash achados; the rules then
run on the guias that could be read, and an achado names the guias left out.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

import attrs
from lxml import etree

from tiss_conecta.achados import Achado, Regra, ordenar
from tiss_conecta.achados import Severidade as S
from tiss_conecta.codec import _fonte, _lugar, _modelos, regras
from tiss_conecta.codec._relatorio import Relatorio, localizar, validar
from tiss_conecta.errors import TissError
from tiss_conecta.rules import Perfil, check

__all__ = ["GUIAS_NAO_LIDAS", "REGRAS_NAO_APLICADAS", "conferir"]

GUIAS_NAO_LIDAS = Regra(
    "preenvio.guias_nao_lidas",
    S.AVISO,
    "guias que os erros de schema impedem de ler: as regras não as conferiram",
    dica="corrija os erros de schema da guia e confira o arquivo de novo: só então as regras "
    "(prazo, senha, totais, duplicidade) a julgam",
)
REGRAS_NAO_APLICADAS = Regra(
    "preenvio.regras_nao_aplicadas",
    S.AVISO,
    "erros de schema fora das guias, ou em todas elas, impedem de ler a mensagem: nenhuma "
    "regra a conferiu",
    dica="corrija os erros de schema apontados e confira o arquivo de novo: só então as regras "
    "da operadora o julgam",
)


def conferir(
    fonte: _fonte.Source,
    perfil: Perfil,
    *,
    data_envio: dt.date,
    versao: str | None = None,
    demonstrativos: Iterable[Any] = (),
    strict_hash: bool = False,
    max_bytes: int = _fonte.MAX_BYTES,
) -> Relatorio:
    """Check a file as the operadora's portal would before accepting it: the XSD of its
    version, the epilogo hash and ``perfil``'s rules on ``data_envio``, in one report.

    Every achado says where (line, XPath, guia, item), what and how to fix it, with the
    glosa the operadora would apply; ``perfil`` sets each code's severity, the codec's too.
    Problems with the input are achados, never raised (as :func:`~tiss_conecta.validate`);
    ``versao`` reads the file in another version's schemas.

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.preenvio import conferir
    >>> from tiss_conecta.rules import perfil
    >>> dados = tiss.examples.caminho("lote-sadt").read_bytes()
    >>> conferir(dados, perfil("arcelormittal"), data_envio=dt.date(2025, 6, 2)).ok
    True

    A CBOS outside the domain table in the second guia, sent in September: the guia cannot
    be read, the rules judge the other two.

    >>> segunda = dados.split(b"00000002", 1)
    >>> alterado = segunda[0] + b"00000002" + segunda[1].replace(b">225125<", b">2251<", 1)
    >>> relatorio = conferir(alterado, perfil("arcelormittal"), data_envio=dt.date(2025, 9, 2))
    >>> for a in relatorio.achados[1:5]:
    ...     print(a.linha, a.codigo, a.numero_guia, a.item)
    84 prazo.fora_da_janela 00000001 2
    101 preenvio.guias_nao_lidas 00000002 None
    126 xsd.dominio 00000002 None
    225 prazo.fora_da_janela 00000003 1
    """
    relatorio, doc, dados = validar(
        fonte, strict_hash=strict_hash, max_bytes=max_bytes, versao=versao
    )
    achados = list(relatorio.achados)
    if doc is not None and dados is not None and relatorio.versao is not None:
        achados += _das_regras(
            doc.root,
            dados,
            relatorio.versao,
            relatorio.achados,
            perfil,
            data_envio=data_envio,
            demonstrativos=demonstrativos,
        )
    return Relatorio(
        arquivo=relatorio.arquivo,
        versao=relatorio.versao,
        achados=tuple(ordenar(perfil.aplicar(achados))),
        hash=relatorio.hash,
        perfil=perfil.nome,
        data_envio=data_envio,
    )


def _das_regras(
    raiz: etree._Element,
    dados: bytes,
    versao: str,
    estruturais: Iterable[Achado],
    perfil: Perfil,
    *,
    data_envio: dt.date,
    demonstrativos: Iterable[Any],
) -> list[Achado]:
    """The rules' achados, located in the file: on the whole message where it binds, else on
    the guias that bind."""
    try:
        mensagem = _modelos.parse(dados, versao=versao)
        omitidas: list[etree._Element] = []
        indices: dict[tuple[str, str], list[int]] = {}
    except TissError:
        do_xsd = {r.codigo for r in regras.XSD.values()} | {regras.XSD_OUTRO.codigo}
        parcial = _sem_guias_com_erro(raiz, versao, [a for a in estruturais if a.codigo in do_xsd])
        if parcial is None:
            return localizar(
                raiz,
                [
                    REGRAS_NAO_APLICADAS.achado(
                        "As regras da operadora não foram aplicadas: os erros de schema apontados "
                        "impedem de ler a mensagem.",
                        xpath="/mensagemTISS",
                    )
                ],
            )
        mensagem, omitidas, indices = parcial
    das_regras = check(
        mensagem,
        perfil,
        data_envio=data_envio,
        tamanho_bytes=len(dados),
        demonstrativos=demonstrativos,
    )
    achados = [_reindexado(a, indices) for a in das_regras]
    for guia in omitidas:
        numero, _ = _lugar.guia_e_item(guia)
        achados.append(
            GUIAS_NAO_LIDAS.achado(
                f"Guia {numero or '(sem número)'}: as regras da operadora não a conferiram, "
                "porque os erros de schema apontados nela impedem de lê-la.",
                linha=guia.sourceline,
                xpath=_lugar.caminho(guia),
                numero_guia=numero,
            )
        )
    return localizar(raiz, achados)


def _sem_guias_com_erro(
    raiz: etree._Element, versao: str, estruturais: Iterable[Achado]
) -> tuple[Any, list[etree._Element], dict[tuple[str, str], list[int]]] | None:
    """The message without the guias its XSD achados fall in, bound to the models, the guias
    left out, and for each parent and tag the original positions of the guias kept; ``None``
    when an achado outside every guia (or the remaining message) keeps it from binding, or
    when no guia is left to judge."""
    copia = copy.deepcopy(raiz)
    guias: list[etree._Element] = []
    for a in estruturais:
        el = _lugar.elemento(copia, a.xpath)
        guia = _lugar.guia(el) if el is not None else None
        if guia is None:
            return None
        if guia not in guias:
            guias.append(guia)
    if not guias:
        return None
    indices: dict[tuple[str, str], list[int]] = {}
    for pai in {id(g.getparent()): g.getparent() for g in guias}.values():
        if pai is None:
            return None
        for tag in {etree.QName(g).localname for g in guias if g.getparent() is pai}:
            mesmos = [c for c in pai if isinstance(c.tag, str) and etree.QName(c).localname == tag]
            indices[(_sem_um(_lugar.caminho(pai)), tag)] = [
                i for i, c in enumerate(mesmos, 1) if c not in guias
            ]
    omitidas = [o for g in guias if (o := _lugar.elemento(raiz, _lugar.caminho(g))) is not None]
    pais = {id(g.getparent()): g.getparent() for g in guias}
    for guia in guias:
        guia.getparent().remove(guia)  # type: ignore[union-attr]
    if any(
        pai is not None and not any(isinstance(c.tag, str) for c in pai) for pai in pais.values()
    ):
        return None  # every guia left out: the rules would judge an empty lote
    try:
        mensagem = _modelos.parse(etree.tostring(copia), versao=versao)
    except TissError:
        return None
    return mensagem, omitidas, indices


_PASSO = re.compile(r"^([^\[]+)(?:\[(\d+)\])?$")


def _sem_um(xpath: str) -> str:
    """``xpath`` without its ``[1]`` steps (the rules index every list; libxml2 and
    :func:`~tiss_conecta.codec._lugar.caminho` only repeated names)."""
    return re.sub(r"\[1\](?=/|$)", "", xpath)


def _reindexado(achado: Achado, indices: dict[tuple[str, str], list[int]]) -> Achado:
    """``achado`` with its XPath pointing into the original file, where guias before its
    own were left out of the message the rules read."""
    if not indices or not achado.xpath:
        return achado
    passos = achado.xpath.strip("/").split("/")
    for n in range(1, len(passos)):
        pai = _sem_um("/" + "/".join(passos[:n]))
        m = _PASSO.match(passos[n])
        if m is None or (pai, m.group(1)) not in indices:
            continue
        mantidos = indices[(pai, m.group(1))]
        posicao = int(m.group(2) or 1)
        if posicao <= len(mantidos):
            passos[n] = f"{m.group(1)}[{mantidos[posicao - 1]}]"
            return attrs.evolve(achado, xpath="/" + "/".join(passos), linha=None)
    return achado
