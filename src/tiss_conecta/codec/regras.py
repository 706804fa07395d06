"""The codes the codec reports, each declared once: reading, the XSD and the epilogo hash.

Every problem ``validate`` finds is an :class:`~tiss_conecta.achados.Achado` of one of these
codes; the errors ``parse`` raises carry the same codes.
"""

from __future__ import annotations

from tiss_conecta.achados import Regra
from tiss_conecta.achados import Severidade as S
from tiss_conecta.errors import TissVersionError

__all__ = [
    "CODIFICACAO_RECUSADA",
    "DTD",
    "FORA_DO_LATIN1",
    "FORA_DO_MODELO",
    "GLOSA_FORA_DO_PADRAO",
    "GLOSA_HASH",
    "GLOSA_NAO_VALIDOU",
    "GRANDE_DEMAIS",
    "HASH_DIVERGENTE",
    "HASH_REPETIDO",
    "HASH_UTF8",
    "ILEGIVEL",
    "MALFORMADO",
    "NAO_TISS",
    "VERSAO",
    "XSD",
    "XSD_OUTRO",
]

GLOSA_HASH = "5014"
"""CÓDIGO HASH INVÁLIDO. MENSAGEM PODE ESTAR CORROMPIDA."""
GLOSA_FORA_DO_PADRAO = "5001"
"""MENSAGEM ELETRÔNICA FORA DO PADRÃO TISS: what the portal answers to a file the XSD refuses."""
GLOSA_NAO_VALIDOU = "5002"
"""NÃO FOI POSSÍVEL VALIDAR O ARQUIVO XML: a file that is not XML the portal can read."""

ILEGIVEL = Regra("io.ilegivel", S.ERRO, "arquivo inexistente, ilegível ou sem permissão")
MALFORMADO = Regra(
    "xml.malformado",
    S.ERRO,
    "XML malformado (linha e coluna do primeiro erro)",
    glosa=GLOSA_NAO_VALIDOU,
)
NAO_TISS = Regra(
    "xml.nao_tiss",
    S.ERRO,
    "o elemento raiz não é mensagemTISS do namespace da ANS",
    glosa=GLOSA_FORA_DO_PADRAO,
)
VERSAO = Regra(
    TissVersionError.codigo,
    S.ERRO,
    "versão TISS ausente, ilegível ou sem schemas na biblioteca",
    glosa="5028",
)
DTD = Regra(
    "xml.dtd", S.ERRO, "documento com DTD: recusado sem ler entidades", glosa=GLOSA_NAO_VALIDOU
)
GRANDE_DEMAIS = Regra("xml.grande_demais", S.ERRO, "entrada maior que max_bytes")
CODIFICACAO_RECUSADA = Regra(
    "xml.codificacao_recusada",
    S.ERRO,
    "arquivo em UTF-16/UTF-32 (TISS é ISO-8859-1)",
    glosa=GLOSA_NAO_VALIDOU,
)
FORA_DO_LATIN1 = Regra(
    "xml.fora_do_latin1",
    S.ERRO,
    "caractere fora de ISO-8859-1 (``&#8364;``, aspas curvas)",
    glosa=GLOSA_FORA_DO_PADRAO,
)
FORA_DO_MODELO = Regra(
    "xml.fora_do_modelo",
    S.ERRO,
    "conteúdo que não corresponde ao modelo da versão (parse)",
    glosa=GLOSA_FORA_DO_PADRAO,
)

XSD = {
    tipo: Regra(codigo, S.ERRO, descricao, glosa=GLOSA_FORA_DO_PADRAO)
    for tipo, codigo, descricao in (
        ("estrutura", "xsd.estrutura", "elemento fora de ordem, inesperado ou faltando"),
        ("formato", "xsd.formato", "valor fora do padrão (pattern) exigido"),
        ("dominio", "xsd.dominio", "valor fora da tabela de domínio (enumeração)"),
        ("tamanho", "xsd.tamanho", "texto longo ou curto demais"),
        ("digitos", "xsd.digitos", "número com dígitos ou casas decimais demais"),
        ("tipo", "xsd.tipo", "valor não é do tipo exigido (data, número…)"),
        ("limite", "xsd.limite", "valor abaixo do mínimo ou acima do máximo"),
        ("raiz", "xsd.raiz", "o elemento raiz não é declarado no schema"),
        ("atributo", "xsd.atributo", "atributo não permitido (ou xsi:type, xsi:nil recusados)"),
        (
            "conteudo",
            "xsd.conteudo",
            "texto onde só cabem elementos, ou elementos num campo simples",
        ),
    )
}
"""The XSD's kinds of error, by kind."""
XSD_OUTRO = Regra("xsd.invalido", S.ERRO, "outro erro de schema", glosa=GLOSA_FORA_DO_PADRAO)

HASH_DIVERGENTE = Regra(
    "hash.divergente", S.ERRO, "hash do epílogo não confere ou está vazio", glosa=GLOSA_HASH
)
HASH_UTF8 = Regra(
    "hash.utf8",
    S.AVISO,
    "o hash confere só sobre bytes UTF-8 (a operadora pode recusar)",
    glosa=GLOSA_HASH,
)
HASH_REPETIDO = Regra("hash.repetido", S.ERRO, "mais de um elemento hash")
