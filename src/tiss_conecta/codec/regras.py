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

ILEGIVEL = Regra(
    "io.ilegivel",
    S.ERRO,
    "arquivo inexistente, ilegível ou sem permissão",
    dica="confira o nome, a pasta e a permissão de leitura do arquivo",
)
MALFORMADO = Regra(
    "xml.malformado",
    S.ERRO,
    "XML malformado (linha e coluna do primeiro erro)",
    glosa=GLOSA_NAO_VALIDOU,
    dica="corrija a marcação na linha indicada (tag sem fechamento, & ou < soltos no texto) "
    "ou gere o arquivo de novo no sistema de faturamento",
)
NAO_TISS = Regra(
    "xml.nao_tiss",
    S.ERRO,
    "o elemento raiz não é mensagemTISS do namespace da ANS",
    glosa=GLOSA_FORA_DO_PADRAO,
    dica="envie o arquivo mensagemTISS que o sistema de faturamento gera para a operadora",
)
VERSAO = Regra(
    TissVersionError.codigo,
    S.ERRO,
    "versão TISS ausente, ilegível ou sem schemas na biblioteca",
    glosa="5028",
    dica="informe no Padrao do cabeçalho a versão TISS do arquivo (por exemplo 4.01.00) ou "
    "peça ao sistema de faturamento o arquivo numa versão aceita",
)
DTD = Regra(
    "xml.dtd",
    S.ERRO,
    "documento com DTD: recusado sem ler entidades",
    glosa=GLOSA_NAO_VALIDOU,
    dica="remova a declaração <!DOCTYPE> e as entidades do arquivo",
)
GRANDE_DEMAIS = Regra(
    "xml.grande_demais",
    S.ERRO,
    "entrada maior que max_bytes",
    dica="divida as guias em lotes menores, um arquivo por lote",
)
CODIFICACAO_RECUSADA = Regra(
    "xml.codificacao_recusada",
    S.ERRO,
    "arquivo em UTF-16/UTF-32 (TISS é ISO-8859-1)",
    glosa=GLOSA_NAO_VALIDOU,
    dica="salve o arquivo em ISO-8859-1 (ou UTF-8) no sistema de faturamento ou no editor",
)
FORA_DO_LATIN1 = Regra(
    "xml.fora_do_latin1",
    S.ERRO,
    "caractere fora de ISO-8859-1 (``&#8364;``, aspas curvas)",
    glosa=GLOSA_FORA_DO_PADRAO,
    dica="troque o caractere por um de ISO-8859-1 (aspas retas no lugar das curvas) e grave o "
    "hash de novo: tiss-conecta corrigir ARQUIVO -o NOVO.xml",
)
FORA_DO_MODELO = Regra(
    "xml.fora_do_modelo",
    S.ERRO,
    "conteúdo que não corresponde ao modelo da versão (parse)",
    glosa=GLOSA_FORA_DO_PADRAO,
    dica="corrija o campo conforme o XSD da versão; tiss-conecta validate ARQUIVO mostra "
    "cada campo recusado",
)

XSD = {
    tipo: Regra(codigo, S.ERRO, descricao, glosa=GLOSA_FORA_DO_PADRAO, dica=dica)
    for tipo, codigo, descricao, dica in (
        (
            "estrutura",
            "xsd.estrutura",
            "elemento fora de ordem, inesperado ou faltando",
            "ponha os campos na ordem do XSD da versão, preencha os obrigatórios que faltam "
            "e retire os que a versão não prevê",
        ),
        (
            "formato",
            "xsd.formato",
            "valor fora do padrão (pattern) exigido",
            "escreva o valor no formato que o campo exige (num código numérico, só os "
            "dígitos, sem pontos, traços nem espaços)",
        ),
        (
            "dominio",
            "xsd.dominio",
            "valor fora da tabela de domínio (enumeração)",
            "use um código da tabela de domínio TISS do campo (a tabela da versão do arquivo)",
        ),
        (
            "tamanho",
            "xsd.tamanho",
            "texto longo ou curto demais",
            "ajuste o valor ao tamanho do campo: abrevie o texto longo, complete o curto "
            "(códigos com zeros à esquerda)",
        ),
        (
            "digitos",
            "xsd.digitos",
            "número com dígitos ou casas decimais demais",
            "arredonde o valor às casas decimais do campo (2 nos valores em reais) e "
            "confira se não há dígitos a mais",
        ),
        (
            "tipo",
            "xsd.tipo",
            "valor não é do tipo exigido (data, número…)",
            "escreva o valor no tipo do campo: data AAAA-MM-DD, hora HH:MM:SS, número com "
            "ponto decimal e sem separador de milhar",
        ),
        (
            "limite",
            "xsd.limite",
            "valor abaixo do mínimo ou acima do máximo",
            "informe um valor dentro do mínimo e do máximo que o campo aceita",
        ),
        (
            "raiz",
            "xsd.raiz",
            "o elemento raiz não é declarado no schema",
            "envie uma mensagemTISS da versão declarada no Padrao, gerada pelo sistema de "
            "faturamento",
        ),
        (
            "atributo",
            "xsd.atributo",
            "atributo não permitido (ou xsi:type, xsi:nil recusados)",
            "retire o atributo do elemento: o XSD TISS não o prevê",
        ),
        (
            "conteudo",
            "xsd.conteudo",
            "texto onde só cabem elementos, ou elementos num campo simples",
            "retire o texto solto entre os campos, ou os elementos de dentro do campo simples",
        ),
    )
}
"""The XSD's kinds of error, by kind."""
XSD_OUTRO = Regra(
    "xsd.invalido",
    S.ERRO,
    "outro erro de schema",
    glosa=GLOSA_FORA_DO_PADRAO,
    dica="corrija o campo indicado conforme o XSD da versão ou gere o arquivo de novo no "
    "sistema de faturamento",
)

HASH_DIVERGENTE = Regra(
    "hash.divergente",
    S.ERRO,
    "hash do epílogo não confere ou está vazio",
    glosa=GLOSA_HASH,
    dica="grave o hash calculado depois da última alteração do arquivo: tiss-conecta "
    "corrigir ARQUIVO -o NOVO.xml",
)
HASH_UTF8 = Regra(
    "hash.utf8",
    S.AVISO,
    "o hash confere só sobre bytes UTF-8 (a operadora pode recusar)",
    glosa=GLOSA_HASH,
    dica="grave o hash calculado em ISO-8859-1: tiss-conecta corrigir ARQUIVO -o NOVO.xml",
)
HASH_REPETIDO = Regra(
    "hash.repetido",
    S.ERRO,
    "mais de um elemento hash",
    dica="deixe um único hash dentro do epílogo e grave-o de novo: tiss-conecta corrigir "
    "ARQUIVO -o NOVO.xml",
)
