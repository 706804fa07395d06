"""The profile's limits on a whole message: the TISS version, the XML file's size, and the
lote (not empty, at most the profile's guias, one guia type).

An operadora refuses a message in a version it does not accept (glosa 5028) and a lote of
more guias than a PEG holds (5015, 100 in Conecta); a lote mixing guia types breaks the
XSD's choice (1301).
"""

from __future__ import annotations

from collections.abc import Iterator

from tiss_conecta import formato
from tiss_conecta.achados import Achado, Regra
from tiss_conecta.achados import Severidade as S
from tiss_conecta.leitura import LOTE, tipos_no_lote
from tiss_conecta.leitura._valores import texto
from tiss_conecta.models import VERSOES, versao_de
from tiss_conecta.rules._contexto import Contexto
from tiss_conecta.rules.perfil import Perfil

__all__ = [
    "ARQUIVO_TAMANHO",
    "LOTE_MAX_GUIAS",
    "LOTE_TIPOS_DE_GUIA",
    "LOTE_VAZIO",
    "VERSAO_NAO_ACEITA",
    "achados",
    "guias_aceitas",
    "tamanho_xml_aceito",
    "versao_aceita",
]

VERSAO_NAO_ACEITA = Regra(
    "versao.nao_aceita",
    S.ERRO,
    "``Padrao`` fora de ``versoes_tiss`` do perfil",
    glosa="5028",
    dica="gere o arquivo na versão que a operadora aceita, ou reescreva-o: tiss-conecta "
    "converter ARQUIVO --para VERSAO -o SAIDA.xml",
)
ARQUIVO_TAMANHO = Regra(
    "arquivo.tamanho",
    S.ERRO,
    "arquivo maior que ``max_bytes_xml``",
    dica="gere lotes com menos guias, um arquivo XML por lote, cada um dentro do limite da "
    "operadora",
)
LOTE_VAZIO = Regra(
    "lote.vazio",
    S.ERRO,
    "lote sem guias",
    dica="gere o lote de novo com as guias a cobrar, ou não envie o arquivo",
)
LOTE_MAX_GUIAS = Regra(
    "lote.max_guias",
    S.ERRO,
    "mais guias que ``max_guias_lote``",
    glosa="5015",
    dica="gere mais de um lote, cada um com no máximo as guias que a operadora aceita por "
    "PEG (100 no portal Conecta), um arquivo por lote",
)
LOTE_TIPOS_DE_GUIA = Regra(
    "lote.tipos_de_guia",
    S.ERRO,
    "guias de mais de um tipo no lote",
    glosa="1301",
    dica="gere um lote para cada tipo de guia (consulta, SP/SADT, internação, honorários, "
    "odontologia), um arquivo por lote",
)


def versao_aceita(versao: str, perfil: Perfil) -> bool:
    """Whether the operadora accepts messages of TISS ``versao`` (``Padrao``).

    >>> from tiss_conecta.rules import ARCELORMITTAL, TISS
    >>> versao_aceita("4.03.00", ARCELORMITTAL), versao_aceita("4.03.00", TISS)
    (False, True)
    """
    return versao in perfil.versoes_tiss


def guias_aceitas(quantidade: int, perfil: Perfil) -> bool:
    """Whether a lote (PEG) of ``quantidade`` guias is within the profile's limit.

    >>> from tiss_conecta.rules import ARCELORMITTAL
    >>> guias_aceitas(100, ARCELORMITTAL), guias_aceitas(101, ARCELORMITTAL)
    (True, False)
    """
    return quantidade <= perfil.max_guias_lote


def tamanho_xml_aceito(tamanho_bytes: int, perfil: Perfil) -> bool:
    """Whether an XML file of ``tamanho_bytes`` may be uploaded (any size if not stated).

    >>> from tiss_conecta.rules import ARCELORMITTAL
    >>> [tamanho_xml_aceito(n, ARCELORMITTAL) for n in (15 * 2**20, 15 * 2**20 + 1)]
    [True, False]
    """
    return perfil.max_bytes_xml is None or tamanho_bytes <= perfil.max_bytes_xml


def achados(ctx: Contexto) -> Iterator[Achado]:
    """The version, the file's size and the lote against the profile.

    >>> import datetime as dt, tiss_conecta as tiss
    >>> from tiss_conecta.rules import Contexto, perfil
    >>> lote = tiss.parse(tiss.examples.caminho("lote-sadt", "4.03.00"))
    >>> achado, = achados(Contexto.de(lote, perfil("arcelormittal"), dt.date(2025, 6, 2)))
    >>> achado.codigo, achado.glosa, achado.xpath
    ('versao.nao_aceita', '5028', '/mensagemTISS/cabecalho/Padrao')
    """
    yield from _versao(ctx)
    yield from _arquivo(ctx)
    yield from _lote(ctx)


def _versao(ctx: Contexto) -> Iterator[Achado]:
    perfil = ctx.perfil
    versao = texto(getattr(getattr(ctx.mensagem, "cabecalho", None), "padrao", None))
    if versao and not versao_aceita(versao, perfil):
        yield VERSAO_NAO_ACEITA.achado(
            f"Mensagem na versão TISS {versao}; {perfil.nome} {_aceita(perfil.versoes_tiss)}. "
            + _como_converter(versao, versao_de(ctx.mensagem), perfil.versoes_tiss),
            xpath="/mensagemTISS/cabecalho/Padrao",
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
    destinos = [v for v in aceitas if v in VERSOES]
    if not destinos:
        return (
            "A biblioteca não escreve essas versões: peça o arquivo ao sistema de faturamento "
            "na versão aceita."
        )
    leitura = f" --versao {lida_como}" if versao not in VERSOES and lida_como else ""
    return (
        f"Reescreva o arquivo numa versão aceita com: tiss-conecta converter ARQUIVO{leitura} "
        f"--para {destinos[-1]} -o SAIDA.xml (o comando aponta o que a versão de destino não "
        "comporta)."
    )


def _arquivo(ctx: Contexto) -> Iterator[Achado]:
    tamanho, perfil = ctx.tamanho_bytes, ctx.perfil
    if tamanho is None or tamanho_xml_aceito(tamanho, perfil):
        return
    yield ARQUIVO_TAMANHO.achado(
        f"O arquivo XML tem {formato.tamanho(tamanho)}; "
        f"{perfil.nome} aceita até {formato.megabytes(perfil.max_bytes_xml or 0)}. "
        "Divida as guias em mais lotes.",
        xpath="/mensagemTISS",
    )


def _lote(ctx: Contexto) -> Iterator[Achado]:
    if ctx.lote is None:
        return
    xp, guias, perfil = f"{LOTE}/guiasTISS", ctx.guias, ctx.perfil
    if not guias:
        yield LOTE_VAZIO.achado("O lote não tem nenhuma guia. Inclua as guias a cobrar.", xpath=xp)
    if not guias_aceitas(len(guias), perfil):
        yield LOTE_MAX_GUIAS.achado(
            f"O lote tem {len(guias)} guias; {perfil.nome} aceita até {perfil.max_guias_lote} "
            "guias por lote (PEG). Divida as guias em mais lotes.",
            xpath=xp,
        )
    tipos = tipos_no_lote(ctx.lote)
    if len(tipos) > 1:
        yield LOTE_TIPOS_DE_GUIA.achado(
            f"O lote mistura guias de {', '.join(t.nome for t in tipos)}; um lote tem guias de "
            "um só tipo. Separe-as em um lote por tipo de guia.",
            xpath=xp,
        )
