from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from xsdata.models.datatype import XmlDate, XmlTime

from tiss_conecta.models._apresentacao import Apresentavel, GuiaApresentavel, MensagemApresentavel


@dataclass(repr=False, slots=True, kw_only=True)
class CtAnexoCabecalho(Apresentavel):
    class Meta:
        name = "ct_anexoCabecalho"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    numero_guia_anexo: str = field(
        metadata={
            "name": "numeroGuiaAnexo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_referenciada: str = field(
        metadata={
            "name": "numeroGuiaReferenciada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    data_solicitacao: XmlDate = field(
        metadata={
            "name": "dataSolicitacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    senha: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    data_autorizacao: None | XmlDate = field(
        default=None,
        metadata={
            "name": "dataAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtContratadoDados(Apresentavel):
    class Meta:
        name = "ct_contratadoDados"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    codigo_prestador_na_operadora: None | str = field(
        default=None,
        metadata={
            "name": "codigoPrestadorNaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 14,
        },
    )
    cpf_contratado: None | str = field(
        default=None,
        metadata={
            "name": "cpfContratado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "pattern": r"[0-9]{11}",
        },
    )
    cnpj_contratado: None | str = field(
        default=None,
        metadata={
            "name": "cnpjContratado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "pattern": r"[0-9]{14}",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtContratadoDadosNome(Apresentavel):
    class Meta:
        name = "ct_contratadoDadosNome"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    codigo_prestador_na_operadora: None | str = field(
        default=None,
        metadata={
            "name": "codigoPrestadorNaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 14,
        },
    )
    cpf_contratado: None | str = field(
        default=None,
        metadata={
            "name": "cpfContratado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "pattern": r"[0-9]{11}",
        },
    )
    cnpj_contratado: None | str = field(
        default=None,
        metadata={
            "name": "cnpjContratado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "pattern": r"[0-9]{14}",
        },
    )
    nome_contratado: str = field(
        metadata={
            "name": "nomeContratado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtCreditoOdonto(Apresentavel):
    class Meta:
        name = "ct_creditoOdonto"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    valor_credito: Decimal = field(
        metadata={
            "name": "valorCredito",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    descricao: str = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 40,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtDemonstrativoCabecalho(Apresentavel):
    class Meta:
        name = "ct_demonstrativoCabecalho"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    numero_demonstrativo: str = field(
        metadata={
            "name": "numeroDemonstrativo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    nome_operadora: str = field(
        metadata={
            "name": "nomeOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    numero_cnpj: str = field(
        metadata={
            "name": "numeroCNPJ",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "pattern": r"[0-9]{14}",
        }
    )
    data_emissao: XmlDate = field(
        metadata={
            "name": "dataEmissao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtFontePagadora(Apresentavel):
    class Meta:
        name = "ct_fontePagadora"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: None | str = field(
        default=None,
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        },
    )
    identificacao_unidade_pagadora: None | str = field(
        default=None,
        metadata={
            "name": "identificacaoUnidadePagadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "pattern": r"[0-9]{14}",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtGuiaCabecalho(Apresentavel):
    class Meta:
        name = "ct_guiaCabecalho"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    numero_guia_prestador: str = field(
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtGuiaValorTotal(Apresentavel):
    class Meta:
        name = "ct_guiaValorTotal"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    valor_procedimentos: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorProcedimentos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    valor_diarias: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorDiarias",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    valor_taxas_alugueis: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorTaxasAlugueis",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    valor_materiais: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorMateriais",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    valor_medicamentos: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorMedicamentos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    valor_opme: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorOPME",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    valor_gases_medicinais: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorGasesMedicinais",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    valor_total_geral: Decimal = field(
        metadata={
            "name": "valorTotalGeral",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtGuiaValorTotalSadt(Apresentavel):
    class Meta:
        name = "ct_guiaValorTotalSADT"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    valor_procedimentos: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorProcedimentos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    valor_taxas_alugueis: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorTaxasAlugueis",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    valor_materiais: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorMateriais",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    valor_medicamentos: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorMedicamentos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    valor_opme: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorOPME",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    valor_gases_medicinais: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorGasesMedicinais",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    valor_total_geral: Decimal = field(
        metadata={
            "name": "valorTotalGeral",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtLoginSenha(Apresentavel):
    class Meta:
        name = "ct_loginSenha"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    login_prestador: str = field(
        metadata={
            "name": "loginPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    senha_prestador: str = field(
        metadata={
            "name": "senhaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 32,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtPrestadorIdentificacao(Apresentavel):
    class Meta:
        name = "ct_prestadorIdentificacao"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cnpj: None | str = field(
        default=None,
        metadata={
            "name": "CNPJ",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "pattern": r"[0-9]{14}",
        },
    )
    cpf: None | str = field(
        default=None,
        metadata={
            "name": "CPF",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "pattern": r"[0-9]{11}",
        },
    )
    codigo_prestador_na_operadora: None | str = field(
        default=None,
        metadata={
            "name": "codigoPrestadorNaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 14,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtReciboDocumentos(Apresentavel):
    class Meta:
        name = "ct_reciboDocumentos"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_lote: None | str = field(
        default=None,
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        },
    )
    numero_protocolo: None | str = field(
        default=None,
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        },
    )
    numero_guia_prestador: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    numero_documento: str = field(
        metadata={
            "name": "numeroDocumento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    protocolo_doc: str = field(
        metadata={
            "name": "protocoloDoc",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtValorTotal(Apresentavel):
    class Meta:
        name = "ct_valorTotal"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    valor_processado: Decimal = field(
        metadata={
            "name": "valorProcessado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_glosa: Decimal = field(
        metadata={
            "name": "valorGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_liberado: Decimal = field(
        metadata={
            "name": "valorLiberado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmAnexoSolicitante(Apresentavel):
    class Meta:
        name = "ctm_anexoSolicitante"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    nome_profissional: str = field(
        metadata={
            "name": "nomeProfissional",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    telefone_profissional: str = field(
        metadata={
            "name": "telefoneProfissional",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 11,
        }
    )
    email_profissional: None | str = field(
        default=None,
        metadata={
            "name": "emailProfissional",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 60,
        },
    )


class DmCbos(Enum):
    VALUE_201115 = "201115"
    VALUE_203015 = "203015"
    VALUE_213150 = "213150"
    VALUE_225105 = "225105"
    VALUE_225110 = "225110"
    VALUE_225148 = "225148"
    VALUE_225185 = "225185"
    VALUE_225115 = "225115"
    VALUE_225120 = "225120"
    VALUE_225210 = "225210"
    VALUE_225215 = "225215"
    VALUE_225220 = "225220"
    VALUE_225225 = "225225"
    VALUE_225230 = "225230"
    VALUE_225235 = "225235"
    VALUE_225240 = "225240"
    VALUE_225305 = "225305"
    VALUE_225350 = "225350"
    VALUE_225125 = "225125"
    VALUE_225130 = "225130"
    VALUE_225135 = "225135"
    VALUE_225140 = "225140"
    VALUE_225310 = "225310"
    VALUE_225145 = "225145"
    VALUE_225150 = "225150"
    VALUE_225315 = "225315"
    VALUE_225320 = "225320"
    VALUE_225155 = "225155"
    VALUE_225160 = "225160"
    VALUE_225245 = "225245"
    VALUE_225165 = "225165"
    VALUE_225170 = "225170"
    VALUE_225175 = "225175"
    VALUE_225180 = "225180"
    VALUE_225250 = "225250"
    VALUE_225190 = "225190"
    VALUE_225195 = "225195"
    VALUE_225103 = "225103"
    VALUE_225106 = "225106"
    VALUE_225255 = "225255"
    VALUE_225109 = "225109"
    VALUE_225260 = "225260"
    VALUE_225112 = "225112"
    VALUE_225118 = "225118"
    VALUE_225265 = "225265"
    VALUE_225121 = "225121"
    VALUE_225270 = "225270"
    VALUE_225275 = "225275"
    VALUE_225325 = "225325"
    VALUE_225124 = "225124"
    VALUE_225127 = "225127"
    VALUE_225280 = "225280"
    VALUE_225133 = "225133"
    VALUE_225330 = "225330"
    VALUE_225136 = "225136"
    VALUE_225139 = "225139"
    VALUE_225285 = "225285"
    VALUE_223204 = "223204"
    VALUE_223208 = "223208"
    VALUE_223212 = "223212"
    VALUE_223216 = "223216"
    VALUE_223220 = "223220"
    VALUE_223224 = "223224"
    VALUE_223228 = "223228"
    VALUE_223232 = "223232"
    VALUE_223236 = "223236"
    VALUE_223240 = "223240"
    VALUE_223244 = "223244"
    VALUE_223248 = "223248"
    VALUE_223252 = "223252"
    VALUE_223256 = "223256"
    VALUE_223260 = "223260"
    VALUE_223264 = "223264"
    VALUE_223268 = "223268"
    VALUE_223272 = "223272"
    VALUE_223505 = "223505"
    VALUE_223605 = "223605"
    VALUE_223910 = "223910"
    VALUE_223905 = "223905"
    VALUE_223710 = "223710"
    VALUE_223810 = "223810"
    VALUE_239425 = "239425"
    VALUE_251510 = "251510"
    VALUE_251545 = "251545"
    VALUE_251550 = "251550"
    VALUE_251605 = "251605"
    VALUE_322205 = "322205"
    VALUE_322220 = "322220"
    VALUE_322225 = "322225"
    VALUE_322230 = "322230"
    VALUE_516210 = "516210"
    VALUE_223276 = "223276"
    VALUE_223280 = "223280"
    VALUE_223284 = "223284"
    VALUE_223288 = "223288"
    VALUE_223293 = "223293"
    VALUE_225122 = "225122"
    VALUE_225142 = "225142"
    VALUE_225151 = "225151"
    VALUE_225203 = "225203"
    VALUE_225290 = "225290"
    VALUE_225295 = "225295"
    VALUE_225335 = "225335"
    VALUE_225340 = "225340"
    VALUE_225345 = "225345"
    VALUE_223625 = "223625"
    VALUE_223630 = "223630"
    VALUE_223635 = "223635"
    VALUE_223640 = "223640"
    VALUE_223645 = "223645"
    VALUE_223650 = "223650"
    VALUE_223655 = "223655"
    VALUE_223660 = "223660"
    VALUE_223435 = "223435"
    VALUE_223430 = "223430"
    VALUE_223415 = "223415"
    VALUE_223405 = "223405"
    VALUE_223420 = "223420"
    VALUE_223440 = "223440"
    VALUE_223445 = "223445"
    VALUE_223425 = "223425"
    VALUE_223565 = "223565"
    VALUE_223560 = "223560"
    VALUE_223555 = "223555"
    VALUE_223550 = "223550"
    VALUE_223545 = "223545"
    VALUE_223540 = "223540"
    VALUE_223535 = "223535"
    VALUE_223530 = "223530"
    VALUE_223525 = "223525"
    VALUE_223520 = "223520"
    VALUE_223515 = "223515"
    VALUE_223510 = "223510"
    VALUE_223570 = "223570"
    VALUE_223705 = "223705"
    VALUE_223845 = "223845"
    VALUE_223830 = "223830"
    VALUE_223825 = "223825"
    VALUE_223835 = "223835"
    VALUE_223840 = "223840"
    VALUE_223820 = "223820"
    VALUE_223815 = "223815"
    VALUE_225154 = "225154"
    VALUE_221105 = "221105"
    VALUE_221205 = "221205"
    VALUE_224105 = "224105"
    VALUE_224110 = "224110"
    VALUE_224115 = "224115"
    VALUE_224120 = "224120"
    VALUE_224125 = "224125"
    VALUE_224130 = "224130"
    VALUE_224135 = "224135"
    VALUE_226305 = "226305"
    VALUE_225355 = "225355"
    VALUE_239440 = "239440"
    VALUE_239445 = "239445"
    VALUE_251555 = "251555"
    VALUE_223915 = "223915"
    VALUE_226310 = "226310"
    VALUE_226315 = "226315"
    VALUE_322120 = "322120"
    VALUE_322125 = "322125"
    VALUE_224140 = "224140"
    VALUE_131220 = "131220"
    VALUE_226105 = "226105"
    VALUE_226110 = "226110"
    VALUE_226320 = "226320"
    VALUE_322135 = "322135"
    VALUE_999999 = "999999"


class DmUf(Enum):
    VALUE_11 = "11"
    VALUE_12 = "12"
    VALUE_13 = "13"
    VALUE_14 = "14"
    VALUE_15 = "15"
    VALUE_16 = "16"
    VALUE_17 = "17"
    VALUE_21 = "21"
    VALUE_22 = "22"
    VALUE_23 = "23"
    VALUE_24 = "24"
    VALUE_25 = "25"
    VALUE_26 = "26"
    VALUE_27 = "27"
    VALUE_28 = "28"
    VALUE_29 = "29"
    VALUE_31 = "31"
    VALUE_32 = "32"
    VALUE_33 = "33"
    VALUE_35 = "35"
    VALUE_41 = "41"
    VALUE_42 = "42"
    VALUE_43 = "43"
    VALUE_50 = "50"
    VALUE_51 = "51"
    VALUE_52 = "52"
    VALUE_53 = "53"
    VALUE_98 = "98"


class DmAusenciaCodValidacao(Enum):
    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"
    VALUE_04 = "04"
    VALUE_05 = "05"
    VALUE_06 = "06"
    VALUE_07 = "07"


class DmCaraterAtendimento(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"


class DmCobEsp(Enum):
    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"


class DmCondicaoClinica(Enum):
    A = "A"
    E = "E"
    H = "H"
    C = "C"
    R = "R"


class DmConselhoProfissional(Enum):
    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"
    VALUE_04 = "04"
    VALUE_05 = "05"
    VALUE_06 = "06"
    VALUE_07 = "07"
    VALUE_08 = "08"
    VALUE_09 = "09"
    VALUE_10 = "10"
    VALUE_11 = "11"
    VALUE_12 = "12"
    VALUE_13 = "13"
    VALUE_14 = "14"
    VALUE_15 = "15"


class DmDebitoCreditoIndicador(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"


class DmDebitoCreditoTipo(Enum):
    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"
    VALUE_04 = "04"
    VALUE_05 = "05"
    VALUE_06 = "06"
    VALUE_07 = "07"
    VALUE_08 = "08"
    VALUE_09 = "09"


class DmDente(Enum):
    VALUE_11 = "11"
    VALUE_12 = "12"
    VALUE_13 = "13"
    VALUE_14 = "14"
    VALUE_15 = "15"
    VALUE_16 = "16"
    VALUE_17 = "17"
    VALUE_18 = "18"
    VALUE_19 = "19"
    VALUE_21 = "21"
    VALUE_22 = "22"
    VALUE_23 = "23"
    VALUE_24 = "24"
    VALUE_25 = "25"
    VALUE_26 = "26"
    VALUE_27 = "27"
    VALUE_28 = "28"
    VALUE_29 = "29"
    VALUE_31 = "31"
    VALUE_32 = "32"
    VALUE_33 = "33"
    VALUE_34 = "34"
    VALUE_35 = "35"
    VALUE_36 = "36"
    VALUE_37 = "37"
    VALUE_38 = "38"
    VALUE_39 = "39"
    VALUE_41 = "41"
    VALUE_42 = "42"
    VALUE_43 = "43"
    VALUE_44 = "44"
    VALUE_45 = "45"
    VALUE_46 = "46"
    VALUE_47 = "47"
    VALUE_48 = "48"
    VALUE_49 = "49"
    VALUE_51 = "51"
    VALUE_52 = "52"
    VALUE_53 = "53"
    VALUE_54 = "54"
    VALUE_55 = "55"
    VALUE_59 = "59"
    VALUE_61 = "61"
    VALUE_62 = "62"
    VALUE_63 = "63"
    VALUE_64 = "64"
    VALUE_65 = "65"
    VALUE_69 = "69"
    VALUE_71 = "71"
    VALUE_72 = "72"
    VALUE_73 = "73"
    VALUE_74 = "74"
    VALUE_75 = "75"
    VALUE_79 = "79"
    VALUE_81 = "81"
    VALUE_82 = "82"
    VALUE_83 = "83"
    VALUE_84 = "84"
    VALUE_85 = "85"
    VALUE_89 = "89"


class DmDiagnosticoImagem(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"


class DmEcog(Enum):
    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"


class DmEstadiamento(Enum):
    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"


class DmEtapasAutorizacao(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"


class DmFinalidadeTratamento(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"


class DmFormaPagamento(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"


class DmFormatoDocumento(Enum):
    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"
    VALUE_04 = "04"
    VALUE_05 = "05"
    VALUE_06 = "06"
    VALUE_07 = "07"
    VALUE_08 = "08"
    VALUE_09 = "09"


class DmGrauPart(Enum):
    VALUE_00 = "00"
    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"
    VALUE_04 = "04"
    VALUE_05 = "05"
    VALUE_06 = "06"
    VALUE_07 = "07"
    VALUE_08 = "08"
    VALUE_09 = "09"
    VALUE_10 = "10"
    VALUE_11 = "11"
    VALUE_12 = "12"
    VALUE_13 = "13"


class DmIndicadorAcidente(Enum):
    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_9 = "9"


class DmMetastase(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_8 = "8"
    VALUE_9 = "9"


class DmMotivoSaida(Enum):
    VALUE_11 = "11"
    VALUE_12 = "12"
    VALUE_14 = "14"
    VALUE_15 = "15"
    VALUE_16 = "16"
    VALUE_18 = "18"
    VALUE_19 = "19"
    VALUE_21 = "21"
    VALUE_22 = "22"
    VALUE_23 = "23"
    VALUE_24 = "24"
    VALUE_25 = "25"
    VALUE_26 = "26"
    VALUE_27 = "27"
    VALUE_28 = "28"
    VALUE_31 = "31"
    VALUE_32 = "32"
    VALUE_41 = "41"
    VALUE_42 = "42"
    VALUE_43 = "43"
    VALUE_51 = "51"
    VALUE_61 = "61"
    VALUE_62 = "62"
    VALUE_63 = "63"
    VALUE_64 = "64"
    VALUE_65 = "65"
    VALUE_66 = "66"
    VALUE_67 = "67"


class DmMotivoSaidaObito(Enum):
    VALUE_41 = "41"
    VALUE_42 = "42"
    VALUE_43 = "43"


class DmNodulo(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_8 = "8"
    VALUE_9 = "9"


class DmObjetoRecurso(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"


class DmOpcaoFabricante(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"


class DmOutrasDespesas(Enum):
    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"
    VALUE_05 = "05"
    VALUE_07 = "07"
    VALUE_08 = "08"


class DmRegiao(Enum):
    AI = "AI"
    AS = "AS"
    HASD = "HASD"
    HASE = "HASE"
    HAID = "HAID"
    HAIE = "HAIE"
    ASAI = "ASAI"
    S1 = "S1"
    S2 = "S2"
    S3 = "S3"
    S4 = "S4"
    S5 = "S5"
    S6 = "S6"
    LG = "LG"
    CL = "CL"
    AB = "AB"
    PA = "PA"
    MJ = "MJ"
    PD = "PD"
    PM = "PM"
    RM = "RM"
    MA = "MA"
    GI = "GI"
    PT = "PT"
    TP = "TP"
    RIS = "RIS"
    RCSD = "RCSD"
    RPSD = "RPSD"
    RCID = "RCID"
    RMSD = "RMSD"
    RCSE = "RCSE"
    RPSE = "RPSE"
    RMSE = "RMSE"
    RII = "RII"
    RPID = "RPID"
    RMID = "RMID"
    RCIE = "RCIE"
    RPIE = "RPIE"
    RMIE = "RMIE"
    RMD = "RMD"
    RME = "RME"
    RPD = "RPD"
    RPE = "RPE"
    RMPE = "RMPE"
    RMPD = "RMPD"
    SM = "SM"
    TU = "TU"
    SI = "SI"
    FLI = "FLI"
    FLA = "FLA"
    UV = "UV"
    PP = "PP"
    PI = "PI"
    LS = "LS"
    LI = "LI"
    RL = "RL"
    RP = "RP"
    RV = "RV"
    RSMD = "RSMD"
    RSME = "RSME"
    RSL = "RSL"


class DmRegimeAtendimento(Enum):
    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"
    VALUE_04 = "04"
    VALUE_05 = "05"


class DmRegimeInternacao(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"


class DmSaudeOcupacional(Enum):
    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"
    VALUE_04 = "04"
    VALUE_05 = "05"
    VALUE_06 = "06"


class DmSexo(Enum):
    VALUE_1 = "1"
    VALUE_3 = "3"


class DmSimNao(Enum):
    S = "S"
    N = "N"


class DmStatusCancelamento(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"


class DmStatusProtocolo(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"
    VALUE_7 = "7"
    VALUE_8 = "8"
    VALUE_9 = "9"


class DmStatusSolicitacao(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"
    VALUE_7 = "7"


class DmTabela(Enum):
    VALUE_18 = "18"
    VALUE_19 = "19"
    VALUE_20 = "20"
    VALUE_22 = "22"
    VALUE_90 = "90"
    VALUE_98 = "98"
    VALUE_00 = "00"


class DmTabelasDiagnostico(Enum):
    CID_10 = "CID-10"


class DmTecnicaUtilizada(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"


class DmTipoAcomodacao(Enum):
    VALUE_02 = "02"
    VALUE_09 = "09"
    VALUE_10 = "10"
    VALUE_11 = "11"
    VALUE_12 = "12"
    VALUE_13 = "13"
    VALUE_14 = "14"
    VALUE_15 = "15"
    VALUE_16 = "16"
    VALUE_17 = "17"
    VALUE_18 = "18"
    VALUE_19 = "19"
    VALUE_20 = "20"
    VALUE_21 = "21"
    VALUE_22 = "22"
    VALUE_25 = "25"
    VALUE_26 = "26"
    VALUE_27 = "27"
    VALUE_28 = "28"
    VALUE_29 = "29"
    VALUE_30 = "30"
    VALUE_31 = "31"
    VALUE_32 = "32"
    VALUE_33 = "33"
    VALUE_36 = "36"
    VALUE_37 = "37"
    VALUE_38 = "38"
    VALUE_39 = "39"
    VALUE_40 = "40"
    VALUE_41 = "41"
    VALUE_43 = "43"
    VALUE_44 = "44"
    VALUE_45 = "45"
    VALUE_46 = "46"
    VALUE_47 = "47"
    VALUE_48 = "48"
    VALUE_49 = "49"
    VALUE_50 = "50"
    VALUE_51 = "51"
    VALUE_52 = "52"
    VALUE_53 = "53"
    VALUE_56 = "56"
    VALUE_57 = "57"
    VALUE_58 = "58"
    VALUE_59 = "59"


class DmTipoAtendimento(Enum):
    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"
    VALUE_04 = "04"
    VALUE_08 = "08"
    VALUE_09 = "09"
    VALUE_10 = "10"
    VALUE_13 = "13"
    VALUE_23 = "23"


class DmTipoAtendimentoOdonto(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"


class DmTipoConsulta(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"


class DmTipoDemonstrativo(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"


class DmTipoDemonstrativoPagamento(Enum):
    VALUE_1 = "1"
    VALUE_3 = "3"


class DmTipoDocumento(Enum):
    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"
    VALUE_04 = "04"
    VALUE_05 = "05"
    VALUE_06 = "06"
    VALUE_07 = "07"
    VALUE_08 = "08"
    VALUE_09 = "09"
    VALUE_10 = "10"
    VALUE_11 = "11"
    VALUE_12 = "12"
    VALUE_13 = "13"
    VALUE_14 = "14"
    VALUE_15 = "15"
    VALUE_16 = "16"
    VALUE_17 = "17"


class DmTipoEvento(Enum):
    I = "I"
    A = "A"


class DmTipoFaturamento(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"


class DmTipoFaturamentoOdonto(Enum):
    VALUE_1 = "1"
    VALUE_4 = "4"


class DmTipoGlosa(Enum):
    VALUE_1001 = "1001"
    VALUE_1002 = "1002"
    VALUE_1003 = "1003"
    VALUE_1004 = "1004"
    VALUE_1005 = "1005"
    VALUE_1006 = "1006"
    VALUE_1007 = "1007"
    VALUE_1008 = "1008"
    VALUE_1009 = "1009"
    VALUE_1010 = "1010"
    VALUE_1011 = "1011"
    VALUE_1012 = "1012"
    VALUE_1013 = "1013"
    VALUE_1014 = "1014"
    VALUE_1015 = "1015"
    VALUE_1016 = "1016"
    VALUE_1017 = "1017"
    VALUE_1018 = "1018"
    VALUE_1019 = "1019"
    VALUE_1020 = "1020"
    VALUE_1021 = "1021"
    VALUE_1022 = "1022"
    VALUE_1023 = "1023"
    VALUE_1024 = "1024"
    VALUE_1025 = "1025"
    VALUE_1101 = "1101"
    VALUE_1102 = "1102"
    VALUE_1103 = "1103"
    VALUE_1104 = "1104"
    VALUE_1201 = "1201"
    VALUE_1202 = "1202"
    VALUE_1203 = "1203"
    VALUE_1204 = "1204"
    VALUE_1205 = "1205"
    VALUE_1206 = "1206"
    VALUE_1207 = "1207"
    VALUE_1208 = "1208"
    VALUE_1209 = "1209"
    VALUE_1210 = "1210"
    VALUE_1211 = "1211"
    VALUE_1212 = "1212"
    VALUE_1213 = "1213"
    VALUE_1214 = "1214"
    VALUE_1215 = "1215"
    VALUE_1216 = "1216"
    VALUE_1217 = "1217"
    VALUE_1218 = "1218"
    VALUE_1301 = "1301"
    VALUE_1302 = "1302"
    VALUE_1303 = "1303"
    VALUE_1304 = "1304"
    VALUE_1305 = "1305"
    VALUE_1306 = "1306"
    VALUE_1307 = "1307"
    VALUE_1308 = "1308"
    VALUE_1309 = "1309"
    VALUE_1310 = "1310"
    VALUE_1311 = "1311"
    VALUE_1312 = "1312"
    VALUE_1313 = "1313"
    VALUE_1314 = "1314"
    VALUE_1315 = "1315"
    VALUE_1316 = "1316"
    VALUE_1317 = "1317"
    VALUE_1318 = "1318"
    VALUE_1319 = "1319"
    VALUE_1320 = "1320"
    VALUE_1321 = "1321"
    VALUE_1322 = "1322"
    VALUE_1323 = "1323"
    VALUE_1401 = "1401"
    VALUE_1402 = "1402"
    VALUE_1403 = "1403"
    VALUE_1404 = "1404"
    VALUE_1405 = "1405"
    VALUE_1406 = "1406"
    VALUE_1407 = "1407"
    VALUE_1408 = "1408"
    VALUE_1409 = "1409"
    VALUE_1410 = "1410"
    VALUE_1411 = "1411"
    VALUE_1412 = "1412"
    VALUE_1413 = "1413"
    VALUE_1414 = "1414"
    VALUE_1415 = "1415"
    VALUE_1416 = "1416"
    VALUE_1417 = "1417"
    VALUE_1418 = "1418"
    VALUE_1419 = "1419"
    VALUE_1420 = "1420"
    VALUE_1421 = "1421"
    VALUE_1422 = "1422"
    VALUE_1423 = "1423"
    VALUE_1424 = "1424"
    VALUE_1425 = "1425"
    VALUE_1426 = "1426"
    VALUE_1427 = "1427"
    VALUE_1428 = "1428"
    VALUE_1429 = "1429"
    VALUE_1430 = "1430"
    VALUE_1431 = "1431"
    VALUE_1432 = "1432"
    VALUE_1433 = "1433"
    VALUE_1434 = "1434"
    VALUE_1435 = "1435"
    VALUE_1436 = "1436"
    VALUE_1437 = "1437"
    VALUE_1438 = "1438"
    VALUE_1501 = "1501"
    VALUE_1502 = "1502"
    VALUE_1503 = "1503"
    VALUE_1504 = "1504"
    VALUE_1505 = "1505"
    VALUE_1506 = "1506"
    VALUE_1507 = "1507"
    VALUE_1508 = "1508"
    VALUE_1509 = "1509"
    VALUE_1601 = "1601"
    VALUE_1602 = "1602"
    VALUE_1603 = "1603"
    VALUE_1604 = "1604"
    VALUE_1605 = "1605"
    VALUE_1606 = "1606"
    VALUE_1607 = "1607"
    VALUE_1608 = "1608"
    VALUE_1609 = "1609"
    VALUE_1610 = "1610"
    VALUE_1611 = "1611"
    VALUE_1612 = "1612"
    VALUE_1613 = "1613"
    VALUE_1614 = "1614"
    VALUE_1615 = "1615"
    VALUE_1701 = "1701"
    VALUE_1702 = "1702"
    VALUE_1703 = "1703"
    VALUE_1704 = "1704"
    VALUE_1705 = "1705"
    VALUE_1706 = "1706"
    VALUE_1707 = "1707"
    VALUE_1708 = "1708"
    VALUE_1709 = "1709"
    VALUE_1710 = "1710"
    VALUE_1711 = "1711"
    VALUE_1712 = "1712"
    VALUE_1713 = "1713"
    VALUE_1714 = "1714"
    VALUE_1715 = "1715"
    VALUE_1716 = "1716"
    VALUE_1717 = "1717"
    VALUE_1718 = "1718"
    VALUE_1719 = "1719"
    VALUE_1720 = "1720"
    VALUE_1721 = "1721"
    VALUE_1722 = "1722"
    VALUE_1723 = "1723"
    VALUE_1724 = "1724"
    VALUE_1725 = "1725"
    VALUE_1726 = "1726"
    VALUE_1727 = "1727"
    VALUE_1728 = "1728"
    VALUE_1729 = "1729"
    VALUE_1730 = "1730"
    VALUE_1731 = "1731"
    VALUE_1732 = "1732"
    VALUE_1733 = "1733"
    VALUE_1734 = "1734"
    VALUE_1735 = "1735"
    VALUE_1736 = "1736"
    VALUE_1737 = "1737"
    VALUE_1738 = "1738"
    VALUE_1739 = "1739"
    VALUE_1740 = "1740"
    VALUE_1741 = "1741"
    VALUE_1742 = "1742"
    VALUE_1743 = "1743"
    VALUE_1744 = "1744"
    VALUE_1745 = "1745"
    VALUE_1746 = "1746"
    VALUE_1747 = "1747"
    VALUE_1748 = "1748"
    VALUE_1749 = "1749"
    VALUE_1801 = "1801"
    VALUE_1802 = "1802"
    VALUE_1803 = "1803"
    VALUE_1804 = "1804"
    VALUE_1805 = "1805"
    VALUE_1806 = "1806"
    VALUE_1807 = "1807"
    VALUE_1808 = "1808"
    VALUE_1809 = "1809"
    VALUE_1810 = "1810"
    VALUE_1811 = "1811"
    VALUE_1812 = "1812"
    VALUE_1813 = "1813"
    VALUE_1814 = "1814"
    VALUE_1815 = "1815"
    VALUE_1816 = "1816"
    VALUE_1817 = "1817"
    VALUE_1818 = "1818"
    VALUE_1819 = "1819"
    VALUE_1820 = "1820"
    VALUE_1821 = "1821"
    VALUE_1822 = "1822"
    VALUE_1823 = "1823"
    VALUE_1824 = "1824"
    VALUE_1825 = "1825"
    VALUE_1826 = "1826"
    VALUE_1827 = "1827"
    VALUE_1828 = "1828"
    VALUE_1829 = "1829"
    VALUE_1830 = "1830"
    VALUE_1831 = "1831"
    VALUE_1832 = "1832"
    VALUE_1833 = "1833"
    VALUE_1834 = "1834"
    VALUE_1835 = "1835"
    VALUE_1836 = "1836"
    VALUE_1837 = "1837"
    VALUE_1838 = "1838"
    VALUE_1839 = "1839"
    VALUE_1840 = "1840"
    VALUE_1901 = "1901"
    VALUE_1902 = "1902"
    VALUE_1903 = "1903"
    VALUE_1904 = "1904"
    VALUE_1905 = "1905"
    VALUE_1906 = "1906"
    VALUE_1907 = "1907"
    VALUE_1908 = "1908"
    VALUE_1909 = "1909"
    VALUE_1910 = "1910"
    VALUE_1911 = "1911"
    VALUE_1912 = "1912"
    VALUE_1913 = "1913"
    VALUE_1914 = "1914"
    VALUE_1915 = "1915"
    VALUE_1916 = "1916"
    VALUE_1917 = "1917"
    VALUE_1918 = "1918"
    VALUE_2001 = "2001"
    VALUE_2002 = "2002"
    VALUE_2003 = "2003"
    VALUE_2004 = "2004"
    VALUE_2005 = "2005"
    VALUE_2006 = "2006"
    VALUE_2007 = "2007"
    VALUE_2008 = "2008"
    VALUE_2009 = "2009"
    VALUE_2010 = "2010"
    VALUE_2011 = "2011"
    VALUE_2012 = "2012"
    VALUE_2013 = "2013"
    VALUE_2014 = "2014"
    VALUE_2015 = "2015"
    VALUE_2101 = "2101"
    VALUE_2102 = "2102"
    VALUE_2103 = "2103"
    VALUE_2104 = "2104"
    VALUE_2105 = "2105"
    VALUE_2106 = "2106"
    VALUE_2107 = "2107"
    VALUE_2108 = "2108"
    VALUE_2109 = "2109"
    VALUE_2110 = "2110"
    VALUE_2111 = "2111"
    VALUE_2112 = "2112"
    VALUE_2113 = "2113"
    VALUE_2114 = "2114"
    VALUE_2115 = "2115"
    VALUE_2201 = "2201"
    VALUE_2202 = "2202"
    VALUE_2203 = "2203"
    VALUE_2204 = "2204"
    VALUE_2205 = "2205"
    VALUE_2206 = "2206"
    VALUE_2207 = "2207"
    VALUE_2208 = "2208"
    VALUE_2209 = "2209"
    VALUE_2210 = "2210"
    VALUE_2211 = "2211"
    VALUE_2212 = "2212"
    VALUE_2213 = "2213"
    VALUE_2301 = "2301"
    VALUE_2302 = "2302"
    VALUE_2303 = "2303"
    VALUE_2304 = "2304"
    VALUE_2305 = "2305"
    VALUE_2306 = "2306"
    VALUE_2307 = "2307"
    VALUE_2308 = "2308"
    VALUE_2309 = "2309"
    VALUE_2310 = "2310"
    VALUE_2401 = "2401"
    VALUE_2402 = "2402"
    VALUE_2403 = "2403"
    VALUE_2404 = "2404"
    VALUE_2405 = "2405"
    VALUE_2406 = "2406"
    VALUE_2407 = "2407"
    VALUE_2408 = "2408"
    VALUE_2409 = "2409"
    VALUE_2410 = "2410"
    VALUE_2411 = "2411"
    VALUE_2412 = "2412"
    VALUE_2413 = "2413"
    VALUE_2414 = "2414"
    VALUE_2415 = "2415"
    VALUE_2416 = "2416"
    VALUE_2417 = "2417"
    VALUE_2418 = "2418"
    VALUE_2419 = "2419"
    VALUE_2420 = "2420"
    VALUE_2421 = "2421"
    VALUE_2422 = "2422"
    VALUE_2423 = "2423"
    VALUE_2424 = "2424"
    VALUE_2501 = "2501"
    VALUE_2502 = "2502"
    VALUE_2503 = "2503"
    VALUE_2504 = "2504"
    VALUE_2505 = "2505"
    VALUE_2506 = "2506"
    VALUE_2507 = "2507"
    VALUE_2508 = "2508"
    VALUE_2509 = "2509"
    VALUE_2510 = "2510"
    VALUE_2511 = "2511"
    VALUE_2512 = "2512"
    VALUE_2513 = "2513"
    VALUE_2514 = "2514"
    VALUE_2515 = "2515"
    VALUE_2516 = "2516"
    VALUE_2601 = "2601"
    VALUE_2602 = "2602"
    VALUE_2603 = "2603"
    VALUE_2604 = "2604"
    VALUE_2605 = "2605"
    VALUE_2606 = "2606"
    VALUE_2607 = "2607"
    VALUE_2608 = "2608"
    VALUE_2609 = "2609"
    VALUE_2610 = "2610"
    VALUE_2611 = "2611"
    VALUE_2612 = "2612"
    VALUE_2613 = "2613"
    VALUE_2614 = "2614"
    VALUE_2701 = "2701"
    VALUE_2702 = "2702"
    VALUE_2703 = "2703"
    VALUE_2704 = "2704"
    VALUE_2705 = "2705"
    VALUE_2706 = "2706"
    VALUE_2707 = "2707"
    VALUE_2708 = "2708"
    VALUE_2709 = "2709"
    VALUE_2710 = "2710"
    VALUE_2711 = "2711"
    VALUE_2712 = "2712"
    VALUE_2713 = "2713"
    VALUE_2714 = "2714"
    VALUE_2715 = "2715"
    VALUE_2716 = "2716"
    VALUE_2717 = "2717"
    VALUE_2718 = "2718"
    VALUE_2801 = "2801"
    VALUE_2802 = "2802"
    VALUE_2803 = "2803"
    VALUE_2804 = "2804"
    VALUE_2805 = "2805"
    VALUE_2806 = "2806"
    VALUE_2807 = "2807"
    VALUE_2808 = "2808"
    VALUE_2809 = "2809"
    VALUE_2810 = "2810"
    VALUE_2811 = "2811"
    VALUE_2812 = "2812"
    VALUE_2813 = "2813"
    VALUE_2814 = "2814"
    VALUE_2815 = "2815"
    VALUE_2816 = "2816"
    VALUE_2817 = "2817"
    VALUE_2818 = "2818"
    VALUE_2819 = "2819"
    VALUE_2820 = "2820"
    VALUE_2821 = "2821"
    VALUE_2822 = "2822"
    VALUE_2901 = "2901"
    VALUE_2902 = "2902"
    VALUE_2903 = "2903"
    VALUE_2904 = "2904"
    VALUE_2905 = "2905"
    VALUE_2906 = "2906"
    VALUE_2907 = "2907"
    VALUE_2908 = "2908"
    VALUE_2909 = "2909"
    VALUE_3001 = "3001"
    VALUE_3002 = "3002"
    VALUE_3003 = "3003"
    VALUE_3004 = "3004"
    VALUE_3005 = "3005"
    VALUE_3006 = "3006"
    VALUE_3007 = "3007"
    VALUE_3008 = "3008"
    VALUE_3009 = "3009"
    VALUE_3010 = "3010"
    VALUE_3011 = "3011"
    VALUE_3012 = "3012"
    VALUE_3013 = "3013"
    VALUE_3014 = "3014"
    VALUE_3015 = "3015"
    VALUE_3016 = "3016"
    VALUE_3017 = "3017"
    VALUE_3018 = "3018"
    VALUE_3019 = "3019"
    VALUE_3020 = "3020"
    VALUE_3021 = "3021"
    VALUE_3022 = "3022"
    VALUE_3023 = "3023"
    VALUE_3024 = "3024"
    VALUE_3025 = "3025"
    VALUE_3026 = "3026"
    VALUE_3027 = "3027"
    VALUE_3028 = "3028"
    VALUE_3029 = "3029"
    VALUE_3030 = "3030"
    VALUE_3031 = "3031"
    VALUE_3032 = "3032"
    VALUE_3033 = "3033"
    VALUE_3034 = "3034"
    VALUE_3035 = "3035"
    VALUE_3036 = "3036"
    VALUE_3037 = "3037"
    VALUE_3038 = "3038"
    VALUE_3039 = "3039"
    VALUE_3040 = "3040"
    VALUE_3041 = "3041"
    VALUE_3042 = "3042"
    VALUE_3043 = "3043"
    VALUE_3044 = "3044"
    VALUE_3045 = "3045"
    VALUE_3046 = "3046"
    VALUE_3047 = "3047"
    VALUE_3048 = "3048"
    VALUE_3049 = "3049"
    VALUE_3050 = "3050"
    VALUE_3051 = "3051"
    VALUE_3052 = "3052"
    VALUE_3053 = "3053"
    VALUE_3054 = "3054"
    VALUE_3055 = "3055"
    VALUE_3056 = "3056"
    VALUE_3057 = "3057"
    VALUE_3058 = "3058"
    VALUE_3059 = "3059"
    VALUE_3060 = "3060"
    VALUE_3061 = "3061"
    VALUE_3062 = "3062"
    VALUE_3063 = "3063"
    VALUE_3064 = "3064"
    VALUE_3065 = "3065"
    VALUE_3066 = "3066"
    VALUE_3067 = "3067"
    VALUE_3068 = "3068"
    VALUE_3069 = "3069"
    VALUE_3070 = "3070"
    VALUE_3071 = "3071"
    VALUE_3072 = "3072"
    VALUE_3073 = "3073"
    VALUE_3074 = "3074"
    VALUE_3075 = "3075"
    VALUE_3076 = "3076"
    VALUE_3077 = "3077"
    VALUE_3078 = "3078"
    VALUE_3079 = "3079"
    VALUE_3080 = "3080"
    VALUE_3081 = "3081"
    VALUE_3082 = "3082"
    VALUE_3083 = "3083"
    VALUE_3084 = "3084"
    VALUE_3085 = "3085"
    VALUE_3086 = "3086"
    VALUE_3087 = "3087"
    VALUE_3088 = "3088"
    VALUE_3089 = "3089"
    VALUE_3090 = "3090"
    VALUE_3091 = "3091"
    VALUE_3092 = "3092"
    VALUE_3093 = "3093"
    VALUE_3094 = "3094"
    VALUE_3095 = "3095"
    VALUE_3096 = "3096"
    VALUE_3097 = "3097"
    VALUE_3098 = "3098"
    VALUE_3100 = "3100"
    VALUE_3101 = "3101"
    VALUE_3102 = "3102"
    VALUE_3103 = "3103"
    VALUE_3104 = "3104"
    VALUE_3105 = "3105"
    VALUE_3106 = "3106"
    VALUE_3107 = "3107"
    VALUE_3108 = "3108"
    VALUE_3109 = "3109"
    VALUE_3110 = "3110"
    VALUE_3111 = "3111"
    VALUE_3112 = "3112"
    VALUE_3113 = "3113"
    VALUE_3114 = "3114"
    VALUE_3115 = "3115"
    VALUE_3116 = "3116"
    VALUE_3117 = "3117"
    VALUE_3118 = "3118"
    VALUE_3119 = "3119"
    VALUE_3120 = "3120"
    VALUE_3121 = "3121"
    VALUE_3122 = "3122"
    VALUE_3123 = "3123"
    VALUE_3124 = "3124"
    VALUE_3125 = "3125"
    VALUE_3126 = "3126"
    VALUE_3127 = "3127"
    VALUE_3128 = "3128"
    VALUE_3129 = "3129"
    VALUE_3130 = "3130"
    VALUE_3131 = "3131"
    VALUE_3132 = "3132"
    VALUE_3133 = "3133"
    VALUE_3134 = "3134"
    VALUE_3135 = "3135"
    VALUE_3136 = "3136"
    VALUE_3137 = "3137"
    VALUE_3138 = "3138"
    VALUE_3139 = "3139"
    VALUE_3140 = "3140"
    VALUE_3141 = "3141"
    VALUE_3142 = "3142"
    VALUE_3143 = "3143"
    VALUE_3144 = "3144"
    VALUE_3145 = "3145"
    VALUE_3146 = "3146"
    VALUE_3147 = "3147"
    VALUE_3148 = "3148"
    VALUE_3149 = "3149"
    VALUE_3150 = "3150"
    VALUE_3151 = "3151"
    VALUE_3152 = "3152"
    VALUE_3153 = "3153"
    VALUE_3154 = "3154"
    VALUE_3155 = "3155"
    VALUE_3156 = "3156"
    VALUE_3157 = "3157"
    VALUE_3158 = "3158"
    VALUE_3159 = "3159"
    VALUE_3160 = "3160"
    VALUE_3161 = "3161"
    VALUE_3162 = "3162"
    VALUE_3163 = "3163"
    VALUE_3164 = "3164"
    VALUE_3165 = "3165"
    VALUE_3166 = "3166"
    VALUE_3167 = "3167"
    VALUE_3168 = "3168"
    VALUE_5001 = "5001"
    VALUE_5002 = "5002"
    VALUE_5003 = "5003"
    VALUE_5004 = "5004"
    VALUE_5005 = "5005"
    VALUE_5006 = "5006"
    VALUE_5007 = "5007"
    VALUE_5008 = "5008"
    VALUE_5009 = "5009"
    VALUE_5010 = "5010"
    VALUE_5011 = "5011"
    VALUE_5012 = "5012"
    VALUE_5013 = "5013"
    VALUE_5014 = "5014"
    VALUE_5015 = "5015"
    VALUE_5016 = "5016"
    VALUE_5017 = "5017"
    VALUE_5018 = "5018"
    VALUE_5019 = "5019"
    VALUE_5020 = "5020"
    VALUE_5021 = "5021"
    VALUE_5022 = "5022"
    VALUE_5023 = "5023"
    VALUE_5024 = "5024"
    VALUE_5025 = "5025"
    VALUE_5026 = "5026"
    VALUE_5027 = "5027"
    VALUE_5028 = "5028"
    VALUE_5029 = "5029"
    VALUE_5030 = "5030"
    VALUE_5031 = "5031"
    VALUE_5032 = "5032"
    VALUE_5033 = "5033"
    VALUE_5034 = "5034"
    VALUE_5035 = "5035"
    VALUE_5036 = "5036"
    VALUE_5037 = "5037"
    VALUE_5038 = "5038"
    VALUE_5039 = "5039"
    VALUE_5040 = "5040"
    VALUE_5041 = "5041"
    VALUE_5042 = "5042"
    VALUE_5043 = "5043"
    VALUE_5044 = "5044"
    VALUE_5045 = "5045"
    VALUE_5046 = "5046"
    VALUE_5047 = "5047"
    VALUE_5048 = "5048"
    VALUE_5049 = "5049"
    VALUE_5050 = "5050"
    VALUE_5051 = "5051"
    VALUE_5052 = "5052"
    VALUE_5053 = "5053"
    VALUE_5054 = "5054"
    VALUE_5055 = "5055"
    VALUE_5056 = "5056"
    VALUE_5057 = "5057"
    VALUE_5058 = "5058"
    VALUE_5059 = "5059"
    VALUE_5060 = "5060"
    VALUE_5061 = "5061"
    VALUE_5062 = "5062"
    VALUE = ""


class DmTipoGuia(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"


class DmTipoIdent(Enum):
    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"
    VALUE_04 = "04"
    VALUE_05 = "05"
    VALUE_06 = "06"
    VALUE_07 = "07"
    VALUE_08 = "08"
    VALUE_09 = "09"


class DmTipoInternacao(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"


class DmTipoLancamento(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"


class DmTipoPagamento(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"


class DmTipoQuimioterapia(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"


class DmTipoTransacao(Enum):
    ENVIO_LOTE_GUIAS = "ENVIO_LOTE_GUIAS"
    ENVIO_ANEXO = "ENVIO_ANEXO"
    SOLIC_DEMONSTRATIVO_RETORNO = "SOLIC_DEMONSTRATIVO_RETORNO"
    SOLIC_STATUS_PROTOCOLO = "SOLIC_STATUS_PROTOCOLO"
    SOLICITACAO_PROCEDIMENTOS = "SOLICITACAO_PROCEDIMENTOS"
    SOLICITA_STATUS_AUTORIZACAO = "SOLICITA_STATUS_AUTORIZACAO"
    VERIFICA_ELEGIBILIDADE = "VERIFICA_ELEGIBILIDADE"
    CANCELA_GUIA = "CANCELA_GUIA"
    COMUNICACAO_BENEFICIARIO = "COMUNICACAO_BENEFICIARIO"
    RECURSO_GLOSA = "RECURSO_GLOSA"
    SOLIC_STATUS_RECURSO_GLOSA = "SOLIC_STATUS_RECURSO_GLOSA"
    ENVIO_DOCUMENTO = "ENVIO_DOCUMENTO"
    PROTOCOLO_RECEBIMENTO = "PROTOCOLO_RECEBIMENTO"
    PROTOCOLO_RECEBIMENTO_ANEXO = "PROTOCOLO_RECEBIMENTO_ANEXO"
    RECEBIMENTO_RECURSO_GLOSA = "RECEBIMENTO_RECURSO_GLOSA"
    DEMONSTRATIVO_ANALISE_CONTA = "DEMONSTRATIVO_ANALISE_CONTA"
    DEMONSTRATIVO_PAGAMENTO = "DEMONSTRATIVO_PAGAMENTO"
    DEMONSTRATIVO_ODONTOLOGIA = "DEMONSTRATIVO_ODONTOLOGIA"
    SITUACAO_PROTOCOLO = "SITUACAO_PROTOCOLO"
    RESPOSTA_SOLICITACAO = "RESPOSTA_SOLICITACAO"
    AUTORIZACAO_ODONTOLOGIA = "AUTORIZACAO_ODONTOLOGIA"
    STATUS_AUTORIZACAO = "STATUS_AUTORIZACAO"
    SITUACAO_ELEGIBILIDADE = "SITUACAO_ELEGIBILIDADE"
    CANCELAMENTO_GUIA_RECIBO = "CANCELAMENTO_GUIA_RECIBO"
    RECIBO_COMUNICACAO = "RECIBO_COMUNICACAO"
    RESPOSTA_RECURSO_GLOSA = "RESPOSTA_RECURSO_GLOSA"
    RECEBIMENTO_DOCUMENTO = "RECEBIMENTO_DOCUMENTO"


class DmTumor(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"
    VALUE_7 = "7"
    VALUE_8 = "8"
    VALUE_9 = "9"


class DmUnidadeMedida(Enum):
    VALUE_001 = "001"
    VALUE_002 = "002"
    VALUE_003 = "003"
    VALUE_004 = "004"
    VALUE_005 = "005"
    VALUE_006 = "006"
    VALUE_007 = "007"
    VALUE_008 = "008"
    VALUE_009 = "009"
    VALUE_010 = "010"
    VALUE_011 = "011"
    VALUE_012 = "012"
    VALUE_013 = "013"
    VALUE_014 = "014"
    VALUE_015 = "015"
    VALUE_016 = "016"
    VALUE_017 = "017"
    VALUE_018 = "018"
    VALUE_019 = "019"
    VALUE_020 = "020"
    VALUE_021 = "021"
    VALUE_022 = "022"
    VALUE_023 = "023"
    VALUE_024 = "024"
    VALUE_025 = "025"
    VALUE_026 = "026"
    VALUE_027 = "027"
    VALUE_028 = "028"
    VALUE_029 = "029"
    VALUE_030 = "030"
    VALUE_031 = "031"
    VALUE_032 = "032"
    VALUE_033 = "033"
    VALUE_034 = "034"
    VALUE_035 = "035"
    VALUE_036 = "036"
    VALUE_037 = "037"
    VALUE_038 = "038"
    VALUE_039 = "039"
    VALUE_040 = "040"
    VALUE_041 = "041"
    VALUE_042 = "042"
    VALUE_043 = "043"
    VALUE_044 = "044"
    VALUE_045 = "045"
    VALUE_046 = "046"
    VALUE_047 = "047"
    VALUE_048 = "048"
    VALUE_049 = "049"
    VALUE_050 = "050"
    VALUE_051 = "051"
    VALUE_052 = "052"
    VALUE_053 = "053"
    VALUE_054 = "054"
    VALUE_055 = "055"
    VALUE_056 = "056"
    VALUE_057 = "057"
    VALUE_058 = "058"
    VALUE_059 = "059"
    VALUE_060 = "060"
    VALUE_061 = "061"


class DmUnidadeTempoCiclo(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"


class DmVersao(Enum):
    VALUE_4_00_00 = "4.00.00"
    VALUE_4_00_01 = "4.00.01"
    VALUE_4_01_00 = "4.01.00"


class DmViaAdministracao(Enum):
    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"
    VALUE_04 = "04"
    VALUE_05 = "05"
    VALUE_06 = "06"
    VALUE_07 = "07"
    VALUE_08 = "08"
    VALUE_09 = "09"
    VALUE_10 = "10"
    VALUE_11 = "11"
    VALUE_12 = "12"
    VALUE_13 = "13"
    VALUE_14 = "14"
    VALUE_15 = "15"
    VALUE_16 = "16"
    VALUE_17 = "17"
    VALUE_18 = "18"
    VALUE_19 = "19"
    VALUE_20 = "20"
    VALUE_21 = "21"
    VALUE_22 = "22"
    VALUE_23 = "23"
    VALUE_24 = "24"
    VALUE_25 = "25"
    VALUE_26 = "26"
    VALUE_27 = "27"
    VALUE_28 = "28"
    VALUE_29 = "29"
    VALUE_30 = "30"
    VALUE_31 = "31"
    VALUE_32 = "32"
    VALUE_33 = "33"
    VALUE_34 = "34"
    VALUE_35 = "35"


class DmViaDeAcesso(Enum):
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"


@dataclass(repr=False, slots=True, kw_only=True)
class Epilogo(Apresentavel):
    class Meta:
        name = "epilogo"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    hash: str = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CanonicalizationMethodType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    algorithm: str = field(
        metadata={
            "name": "Algorithm",
            "type": "Attribute",
        }
    )
    content: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
            "mixed": True,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class DsakeyValueType(Apresentavel):
    class Meta:
        name = "DSAKeyValueType"
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    p: None | bytes = field(
        default=None,
        metadata={
            "name": "P",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "format": "base64",
        },
    )
    q: None | bytes = field(
        default=None,
        metadata={
            "name": "Q",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "format": "base64",
        },
    )
    g: None | bytes = field(
        default=None,
        metadata={
            "name": "G",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "format": "base64",
        },
    )
    y: bytes = field(
        metadata={
            "name": "Y",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "format": "base64",
        }
    )
    j: None | bytes = field(
        default=None,
        metadata={
            "name": "J",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "format": "base64",
        },
    )
    seed: None | bytes = field(
        default=None,
        metadata={
            "name": "Seed",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "format": "base64",
        },
    )
    pgen_counter: None | bytes = field(
        default=None,
        metadata={
            "name": "PgenCounter",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "format": "base64",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class DigestMethodType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    algorithm: str = field(
        metadata={
            "name": "Algorithm",
            "type": "Attribute",
        }
    )
    content: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
            "mixed": True,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class DigestValue(Apresentavel):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"

    value: bytes = field(
        default=b"",
        metadata={
            "format": "base64",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class KeyName(Apresentavel):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"

    value: str = field(default="")


@dataclass(repr=False, slots=True, kw_only=True)
class MgmtData(Apresentavel):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"

    value: str = field(default="")


@dataclass(repr=False, slots=True, kw_only=True)
class ObjectType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Attribute",
        },
    )
    mime_type: None | str = field(
        default=None,
        metadata={
            "name": "MimeType",
            "type": "Attribute",
        },
    )
    encoding: None | str = field(
        default=None,
        metadata={
            "name": "Encoding",
            "type": "Attribute",
        },
    )
    content: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
            "mixed": True,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class PgpdataType(Apresentavel):
    class Meta:
        name = "PGPDataType"
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    pgpkey_id: None | bytes = field(
        default=None,
        metadata={
            "name": "PGPKeyID",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "format": "base64",
        },
    )
    pgpkey_packet: list[bytes] = field(
        default_factory=list,
        metadata={
            "name": "PGPKeyPacket",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "max_occurs": 2,
            "format": "base64",
        },
    )
    other_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##other",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class RsakeyValueType(Apresentavel):
    class Meta:
        name = "RSAKeyValueType"
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    modulus: bytes = field(
        metadata={
            "name": "Modulus",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "format": "base64",
        }
    )
    exponent: bytes = field(
        metadata={
            "name": "Exponent",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "format": "base64",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class SpkidataType(Apresentavel):
    class Meta:
        name = "SPKIDataType"
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    spkisexp: list[bytes] = field(
        default_factory=list,
        metadata={
            "name": "SPKISexp",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "min_occurs": 1,
            "sequence": 1,
            "format": "base64",
        },
    )
    other_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##other",
            "sequence": 1,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class SignatureMethodType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    algorithm: str = field(
        metadata={
            "name": "Algorithm",
            "type": "Attribute",
        }
    )
    content: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
            "mixed": True,
            "choices": (
                {
                    "name": "HMACOutputLength",
                    "type": int,
                    "namespace": "http://www.w3.org/2000/09/xmldsig#",
                },
            ),
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class SignaturePropertyType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    target: str = field(
        metadata={
            "name": "Target",
            "type": "Attribute",
        }
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Attribute",
        },
    )
    content: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
            "mixed": True,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class SignatureValueType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    value: bytes = field(
        default=b"",
        metadata={
            "format": "base64",
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Attribute",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class TransformType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    algorithm: str = field(
        metadata={
            "name": "Algorithm",
            "type": "Attribute",
        }
    )
    content: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
            "mixed": True,
            "choices": (
                {
                    "name": "XPath",
                    "type": str,
                    "namespace": "http://www.w3.org/2000/09/xmldsig#",
                },
            ),
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class X509IssuerSerialType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    x509_issuer_name: str = field(
        metadata={
            "name": "X509IssuerName",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
        }
    )
    x509_serial_number: int = field(
        metadata={
            "name": "X509SerialNumber",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CabecalhoTransacao(Apresentavel):
    class Meta:
        name = "cabecalhoTransacao"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    identificacao_transacao: CabecalhoTransacao.IdentificacaoTransacao = field(
        metadata={
            "name": "identificacaoTransacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    falha_negocio: None | DmTipoGlosa = field(
        default=None,
        metadata={
            "name": "falhaNegocio",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    origem: CabecalhoTransacao.Origem = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    destino: CabecalhoTransacao.Destino = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    padrao: DmVersao = field(
        metadata={
            "name": "Padrao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    login_senha_prestador: None | CtLoginSenha = field(
        default=None,
        metadata={
            "name": "loginSenhaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class IdentificacaoTransacao(Apresentavel):
        tipo_transacao: DmTipoTransacao = field(
            metadata={
                "name": "tipoTransacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        sequencial_transacao: str = field(
            metadata={
                "name": "sequencialTransacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 12,
            }
        )
        data_registro_transacao: XmlDate = field(
            metadata={
                "name": "dataRegistroTransacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        hora_registro_transacao: XmlTime = field(
            metadata={
                "name": "horaRegistroTransacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class Origem(Apresentavel):
        identificacao_prestador: None | CtPrestadorIdentificacao = field(
            default=None,
            metadata={
                "name": "identificacaoPrestador",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        registro_ans: None | str = field(
            default=None,
            metadata={
                "name": "registroANS",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_length": 6,
                "pattern": r"[0-9]{6}",
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class Destino(Apresentavel):
        identificacao_prestador: None | CtPrestadorIdentificacao = field(
            default=None,
            metadata={
                "name": "identificacaoPrestador",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        registro_ans: None | str = field(
            default=None,
            metadata={
                "name": "registroANS",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_length": 6,
                "pattern": r"[0-9]{6}",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtAutorizacaoDados(Apresentavel):
    class Meta:
        name = "ct_autorizacaoDados"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_guia_prestador: str = field(
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    ausencia_cod_validacao: None | DmAusenciaCodValidacao = field(
        default=None,
        metadata={
            "name": "ausenciaCodValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cod_validacao: None | str = field(
        default=None,
        metadata={
            "name": "codValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        },
    )
    data_autorizacao: None | XmlDate = field(
        default=None,
        metadata={
            "name": "dataAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    senha: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    data_validade_senha: None | XmlDate = field(
        default=None,
        metadata={
            "name": "dataValidadeSenha",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtAutorizacaoInternacao(Apresentavel):
    class Meta:
        name = "ct_autorizacaoInternacao"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    data_autorizacao: XmlDate = field(
        metadata={
            "name": "dataAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    senha: str = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    data_validade_senha: None | XmlDate = field(
        default=None,
        metadata={
            "name": "dataValidadeSenha",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    ausencia_cod_validacao: None | DmAusenciaCodValidacao = field(
        default=None,
        metadata={
            "name": "ausenciaCodValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cod_validacao: None | str = field(
        default=None,
        metadata={
            "name": "codValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtAutorizacaoSadt(Apresentavel):
    class Meta:
        name = "ct_autorizacaoSADT"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    data_autorizacao: XmlDate = field(
        metadata={
            "name": "dataAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    senha: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    data_validade_senha: None | XmlDate = field(
        default=None,
        metadata={
            "name": "dataValidadeSenha",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    ausencia_cod_validacao: None | DmAusenciaCodValidacao = field(
        default=None,
        metadata={
            "name": "ausenciaCodValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cod_validacao: None | str = field(
        default=None,
        metadata={
            "name": "codValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtBeneficiarioDados(Apresentavel):
    class Meta:
        name = "ct_beneficiarioDados"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_carteira: str = field(
        metadata={
            "name": "numeroCarteira",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    atendimento_rn: DmSimNao = field(
        metadata={
            "name": "atendimentoRN",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tipo_ident: None | DmTipoIdent = field(
        default=None,
        metadata={
            "name": "tipoIdent",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    identificador_beneficiario: None | bytes = field(
        default=None,
        metadata={
            "name": "identificadorBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "format": "base64",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtContratadoProfissionalDados(Apresentavel):
    class Meta:
        name = "ct_contratadoProfissionalDados"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    nome_profissional: None | str = field(
        default=None,
        metadata={
            "name": "nomeProfissional",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        },
    )
    conselho_profissional: DmConselhoProfissional = field(
        metadata={
            "name": "conselhoProfissional",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_conselho_profissional: str = field(
        metadata={
            "name": "numeroConselhoProfissional",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 15,
        }
    )
    uf: DmUf = field(
        metadata={
            "name": "UF",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    cbos: DmCbos = field(
        metadata={
            "name": "CBOS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtDadosComplementaresBeneficiario(Apresentavel):
    class Meta:
        name = "ct_dadosComplementaresBeneficiario"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    peso: Decimal = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 5,
            "fraction_digits": 2,
        }
    )
    altura: Decimal = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 5,
            "fraction_digits": 2,
        }
    )
    superficie_corporal: Decimal = field(
        metadata={
            "name": "superficieCorporal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 4,
            "fraction_digits": 2,
        }
    )
    idade: int = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    sexo: DmSexo = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtDadosComplementaresBeneficiarioRadio(Apresentavel):
    class Meta:
        name = "ct_dadosComplementaresBeneficiarioRadio"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    idade: int = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    sexo: DmSexo = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtDadosResumoDemonstrativo(Apresentavel):
    class Meta:
        name = "ct_dadosResumoDemonstrativo"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    data_protocolo: XmlDate = field(
        metadata={
            "name": "dataProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_protocolo: str = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    numero_lote: str = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    valor_informado: Decimal = field(
        metadata={
            "name": "valorInformado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_processado: Decimal = field(
        metadata={
            "name": "valorProcessado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_liberado: Decimal = field(
        metadata={
            "name": "valorLiberado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_glosa: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    guias_do_lote: list[CtDadosResumoDemonstrativo.GuiasDoLote] = field(
        default_factory=list,
        metadata={
            "name": "guiasDoLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_occurs": 1,
            "max_occurs": 100,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class GuiasDoLote(Apresentavel):
        numero_guia_prestador: str = field(
            metadata={
                "name": "numeroGuiaPrestador",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            }
        )
        numero_guia_operadora: None | str = field(
            default=None,
            metadata={
                "name": "numeroGuiaOperadora",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            },
        )
        senha: None | str = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            },
        )
        tipo_pagamento: DmTipoPagamento = field(
            metadata={
                "name": "tipoPagamento",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        valor_processado_guia: Decimal = field(
            metadata={
                "name": "valorProcessadoGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            }
        )
        valor_liberado_guia: Decimal = field(
            metadata={
                "name": "valorLiberadoGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            }
        )
        valor_glosa_guia: None | Decimal = field(
            default=None,
            metadata={
                "name": "valorGlosaGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtDemonstrativoSolicitacao(Apresentavel):
    """
    estrutura para solicitação de demonstrativo de pagamento.
    """

    class Meta:
        name = "ct_demonstrativoSolicitacao"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    demonstrativo_pagamento: None | CtDemonstrativoSolicitacao.DemonstrativoPagamento = field(
        default=None,
        metadata={
            "name": "demonstrativoPagamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    demonstrativo_analise: None | CtDemonstrativoSolicitacao.DemonstrativoAnalise = field(
        default=None,
        metadata={
            "name": "demonstrativoAnalise",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DemonstrativoPagamento(Apresentavel):
        dados_prestador: CtContratadoDados = field(
            metadata={
                "name": "dadosPrestador",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        data_solicitacao: XmlDate = field(
            metadata={
                "name": "dataSolicitacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        tipo_demonstrativo: DmTipoDemonstrativoPagamento = field(
            metadata={
                "name": "tipoDemonstrativo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        periodo: CtDemonstrativoSolicitacao.DemonstrativoPagamento.Periodo = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class Periodo(Apresentavel):
            data_pagamento: None | XmlDate = field(
                default=None,
                metadata={
                    "name": "dataPagamento",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
            competencia: None | str = field(
                default=None,
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "pattern": r"[0-9]{4}[0-9]{2}",
                },
            )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DemonstrativoAnalise(Apresentavel):
        dados_prestador: CtContratadoDados = field(
            metadata={
                "name": "dadosPrestador",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        data_solicitacao: XmlDate = field(
            metadata={
                "name": "dataSolicitacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        protocolos: CtDemonstrativoSolicitacao.DemonstrativoAnalise.Protocolos = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class Protocolos(Apresentavel):
            numero_protocolo: list[str] = field(
                default_factory=list,
                metadata={
                    "name": "numeroProtocolo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_occurs": 1,
                    "max_occurs": 30,
                    "min_length": 1,
                    "max_length": 12,
                },
            )


@dataclass(repr=False, slots=True, kw_only=True)
class CtDescontos(Apresentavel):
    class Meta:
        name = "ct_descontos"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    indicador: DmDebitoCreditoIndicador = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tipo_debito_credito: DmDebitoCreditoTipo = field(
        metadata={
            "name": "tipoDebitoCredito",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    descricao_db_cr: str = field(
        metadata={
            "name": "descricaoDbCr",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 40,
        }
    )
    valor_db_cr: Decimal = field(
        metadata={
            "name": "valorDbCr",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtDiagnostico(Apresentavel):
    class Meta:
        name = "ct_diagnostico"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    tabela_diagnostico: DmTabelasDiagnostico = field(
        metadata={
            "name": "tabelaDiagnostico",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    codigo_diagnostico: str = field(
        metadata={
            "name": "codigoDiagnostico",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 4,
        }
    )
    descricao_diagnostico: str = field(
        metadata={
            "name": "descricaoDiagnostico",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 150,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtDiagnosticoOncologico(Apresentavel):
    class Meta:
        name = "ct_diagnosticoOncologico"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    data_diagnostico: None | XmlDate = field(
        default=None,
        metadata={
            "name": "dataDiagnostico",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    diagnostico_cid: list[str] = field(
        default_factory=list,
        metadata={
            "name": "diagnosticoCID",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_occurs": 4,
            "min_length": 1,
            "max_length": 4,
            "pattern": r"[a-zA-Z0-9]+",
        },
    )
    estadiamento: DmEstadiamento = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    finalidade: DmFinalidadeTratamento = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    ecog: DmEcog = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    diagnostico_hispatologico: None | str = field(
        default=None,
        metadata={
            "name": "diagnosticoHispatologico",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 1000,
        },
    )
    info_relevantes: None | str = field(
        default=None,
        metadata={
            "name": "infoRelevantes",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 1000,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtElegibilidadeVerifica(Apresentavel):
    class Meta:
        name = "ct_elegibilidadeVerifica"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    dados_prestador: CtContratadoDados = field(
        metadata={
            "name": "dadosPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_carteira: str = field(
        metadata={
            "name": "numeroCarteira",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    tipo_ident: None | DmTipoIdent = field(
        default=None,
        metadata={
            "name": "tipoIdent",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    identificador_beneficiario: None | bytes = field(
        default=None,
        metadata={
            "name": "identificadorBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "format": "base64",
        },
    )
    validade_carteira: None | XmlDate = field(
        default=None,
        metadata={
            "name": "validadeCarteira",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    ausencia_cod_validacao: None | DmAusenciaCodValidacao = field(
        default=None,
        metadata={
            "name": "ausenciaCodValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cod_validacao: None | str = field(
        default=None,
        metadata={
            "name": "codValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtEnvioDocumentos(Apresentavel):
    class Meta:
        name = "ct_envioDocumentos"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_lote: None | str = field(
        default=None,
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        },
    )
    numero_protocolo: None | str = field(
        default=None,
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        },
    )
    numero_guia_prestador: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    numero_documento: str = field(
        metadata={
            "name": "numeroDocumento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    natureza_guia: DmTipoGuia = field(
        metadata={
            "name": "naturezaGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    formato_documento: DmFormatoDocumento = field(
        metadata={
            "name": "formatoDocumento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    seq_referencia_item: None | int = field(
        default=None,
        metadata={
            "name": "seqReferenciaItem",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 4,
        },
    )
    documento: bytes = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "format": "base64",
        }
    )
    tipo_documento: DmTipoDocumento = field(
        metadata={
            "name": "tipoDocumento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtGuiaCancelamento(Apresentavel):
    class Meta:
        name = "ct_guiaCancelamento"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    dados_prestador: CtContratadoDados = field(
        metadata={
            "name": "dadosPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tipo_cancelamento: CtGuiaCancelamento.TipoCancelamento = field(
        metadata={
            "name": "tipoCancelamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class TipoCancelamento(Apresentavel):
        tipo_cancelamento_lote: None | CtGuiaCancelamento.TipoCancelamento.TipoCancelamentoLote = (
            field(
                default=None,
                metadata={
                    "name": "tipoCancelamentoLote",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
        )
        tipo_cancelamento_guia: list[CtGuiaCancelamento.TipoCancelamento.TipoCancelamentoGuia] = (
            field(
                default_factory=list,
                metadata={
                    "name": "tipoCancelamentoGuia",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class TipoCancelamentoLote(Apresentavel):
            numero_lote: str = field(
                metadata={
                    "name": "numeroLote",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 12,
                }
            )
            numero_protocolo: None | str = field(
                default=None,
                metadata={
                    "name": "numeroProtocolo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 12,
                },
            )

        @dataclass(repr=False, slots=True, kw_only=True)
        class TipoCancelamentoGuia(Apresentavel):
            tipo_guia: DmTipoGuia = field(
                metadata={
                    "name": "tipoGuia",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            numero_guia_prestador: str = field(
                metadata={
                    "name": "numeroGuiaPrestador",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 20,
                }
            )
            numero_guia_operadora: None | str = field(
                default=None,
                metadata={
                    "name": "numeroGuiaOperadora",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 20,
                },
            )
            numero_protocolo: None | str = field(
                default=None,
                metadata={
                    "name": "numeroProtocolo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 12,
                },
            )


@dataclass(repr=False, slots=True, kw_only=True)
class CtGuiaCancelamentoRecibo(Apresentavel):
    class Meta:
        name = "ct_guiaCancelamentoRecibo"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    dados_prestador: CtContratadoDados = field(
        metadata={
            "name": "dadosPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    retorno_status: CtGuiaCancelamentoRecibo.RetornoStatus = field(
        metadata={
            "name": "retornoStatus",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class RetornoStatus(Apresentavel):
        lote_cancelado: None | CtGuiaCancelamentoRecibo.RetornoStatus.LoteCancelado = field(
            default=None,
            metadata={
                "name": "loteCancelado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        guias_canceladas: None | CtGuiaCancelamentoRecibo.RetornoStatus.GuiasCanceladas = field(
            default=None,
            metadata={
                "name": "guiasCanceladas",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class LoteCancelado(Apresentavel):
            numero_lote: str = field(
                metadata={
                    "name": "numeroLote",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 12,
                }
            )
            numeroprotocolo: None | str = field(
                default=None,
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 12,
                },
            )
            status_cancelamento: DmStatusCancelamento = field(
                metadata={
                    "name": "statusCancelamento",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )

        @dataclass(repr=False, slots=True, kw_only=True)
        class GuiasCanceladas(Apresentavel):
            dados_guia: list[CtGuiaCancelamentoRecibo.RetornoStatus.GuiasCanceladas.DadosGuia] = (
                field(
                    default_factory=list,
                    metadata={
                        "name": "dadosGuia",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_occurs": 1,
                    },
                )
            )

            @dataclass(repr=False, slots=True, kw_only=True)
            class DadosGuia(Apresentavel):
                tipo_guia: DmTipoGuia = field(
                    metadata={
                        "name": "tipoGuia",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    }
                )
                numero_guia_prestador: str = field(
                    metadata={
                        "name": "numeroGuiaPrestador",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_length": 1,
                        "max_length": 20,
                    }
                )
                numero_guia_operadora: None | str = field(
                    default=None,
                    metadata={
                        "name": "numeroGuiaOperadora",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_length": 1,
                        "max_length": 20,
                    },
                )
                numero_protocolo: None | str = field(
                    default=None,
                    metadata={
                        "name": "numeroProtocolo",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_length": 1,
                        "max_length": 12,
                    },
                )
                status_cancelamento: DmStatusCancelamento = field(
                    metadata={
                        "name": "statusCancelamento",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    }
                )


@dataclass(repr=False, slots=True, kw_only=True)
class CtIdentEquipe(Apresentavel):
    class Meta:
        name = "ct_identEquipe"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    grau_part: DmGrauPart = field(
        metadata={
            "name": "grauPart",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    cod_profissional: CtIdentEquipe.CodProfissional = field(
        metadata={
            "name": "codProfissional",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    nome_prof: str = field(
        metadata={
            "name": "nomeProf",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    conselho: DmConselhoProfissional = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_conselho_profissional: str = field(
        metadata={
            "name": "numeroConselhoProfissional",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 15,
        }
    )
    uf: DmUf = field(
        metadata={
            "name": "UF",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    cbos: DmCbos = field(
        metadata={
            "name": "CBOS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class CodProfissional(Apresentavel):
        codigo_prestador_na_operadora: None | str = field(
            default=None,
            metadata={
                "name": "codigoPrestadorNaOperadora",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 14,
            },
        )
        cpf_contratado: None | str = field(
            default=None,
            metadata={
                "name": "cpfContratado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "pattern": r"[0-9]{11}",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtIdentEquipeSadt(Apresentavel):
    class Meta:
        name = "ct_identEquipeSADT"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    grau_part: None | DmGrauPart = field(
        default=None,
        metadata={
            "name": "grauPart",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cod_profissional: CtIdentEquipeSadt.CodProfissional = field(
        metadata={
            "name": "codProfissional",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    nome_prof: str = field(
        metadata={
            "name": "nomeProf",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    conselho: DmConselhoProfissional = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_conselho_profissional: str = field(
        metadata={
            "name": "numeroConselhoProfissional",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 15,
        }
    )
    uf: DmUf = field(
        metadata={
            "name": "UF",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    cbos: DmCbos = field(
        metadata={
            "name": "CBOS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class CodProfissional(Apresentavel):
        codigo_prestador_na_operadora: None | str = field(
            default=None,
            metadata={
                "name": "codigoPrestadorNaOperadora",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 14,
            },
        )
        cpf_contratado: None | str = field(
            default=None,
            metadata={
                "name": "cpfContratado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "pattern": r"[0-9]{11}",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtIntervaloCiclos(Apresentavel):
    class Meta:
        name = "ct_intervaloCiclos"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    tempo: int = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 2,
        }
    )
    unidade: DmUnidadeTempoCiclo = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtMotivoGlosa(Apresentavel):
    class Meta:
        name = "ct_motivoGlosa"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    codigo_glosa: DmTipoGlosa = field(
        metadata={
            "name": "codigoGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    descricao_glosa: None | str = field(
        default=None,
        metadata={
            "name": "descricaoGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtPagamentoDados(Apresentavel):
    class Meta:
        name = "ct_pagamentoDados"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    data_pagamento: XmlDate = field(
        metadata={
            "name": "dataPagamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    forma_pagamento: DmFormaPagamento = field(
        metadata={
            "name": "formaPagamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    banco: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 4,
        },
    )
    agencia: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 7,
        },
    )
    nr_conta_cheque: None | str = field(
        default=None,
        metadata={
            "name": "nrContaCheque",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtPagamentoResumo(Apresentavel):
    class Meta:
        name = "ct_pagamentoResumo"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_fatura: None | str = field(
        default=None,
        metadata={
            "name": "numeroFatura",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        },
    )
    numero_lote: str = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    numero_protocolo: str = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    valor_total_lote: CtValorTotal = field(
        metadata={
            "name": "valorTotalLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProcedimentoDados(Apresentavel):
    class Meta:
        name = "ct_procedimentoDados"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    codigo_tabela: DmTabela = field(
        metadata={
            "name": "codigoTabela",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    codigo_procedimento: str = field(
        metadata={
            "name": "codigoProcedimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        }
    )
    descricao_procedimento: str = field(
        metadata={
            "name": "descricaoProcedimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 150,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProcedimentoExecutadoOutras(Apresentavel):
    class Meta:
        name = "ct_procedimentoExecutadoOutras"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    data_execucao: XmlDate = field(
        metadata={
            "name": "dataExecucao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    hora_inicial: None | XmlTime = field(
        default=None,
        metadata={
            "name": "horaInicial",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    hora_final: None | XmlTime = field(
        default=None,
        metadata={
            "name": "horaFinal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    codigo_tabela: DmTabela = field(
        metadata={
            "name": "codigoTabela",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    codigo_procedimento: str = field(
        metadata={
            "name": "codigoProcedimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        }
    )
    quantidade_executada: Decimal = field(
        metadata={
            "name": "quantidadeExecutada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 9,
            "fraction_digits": 4,
        }
    )
    unidade_medida: DmUnidadeMedida = field(
        metadata={
            "name": "unidadeMedida",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    reducao_acrescimo: Decimal = field(
        metadata={
            "name": "reducaoAcrescimo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
            "fraction_digits": 2,
        }
    )
    valor_unitario: Decimal = field(
        metadata={
            "name": "valorUnitario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    valor_total: Decimal = field(
        metadata={
            "name": "valorTotal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    descricao_procedimento: str = field(
        metadata={
            "name": "descricaoProcedimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 150,
        }
    )
    registro_anvisa: None | str = field(
        default=None,
        metadata={
            "name": "registroANVISA",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 15,
        },
    )
    codigo_ref_fabricante: None | str = field(
        default=None,
        metadata={
            "name": "codigoRefFabricante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 60,
        },
    )
    autorizacao_funcionamento: None | str = field(
        default=None,
        metadata={
            "name": "autorizacaoFuncionamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 30,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProtocoloSolicitacaoStatus(Apresentavel):
    class Meta:
        name = "ct_protocoloSolicitacaoStatus"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    dados_prestador: CtContratadoDados = field(
        metadata={
            "name": "dadosPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_protocolo: str = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtRespostaGlosaGuiaMedica(Apresentavel):
    class Meta:
        name = "ct_respostaGlosaGuiaMedica"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_guia_prestador: str = field(
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    senha: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    cod_glosa: DmTipoGlosa = field(
        metadata={
            "name": "codGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    justificativa_prestador: str = field(
        metadata={
            "name": "justificativaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        }
    )
    recurso_guia_acatado: DmSimNao = field(
        metadata={
            "name": "recursoGuiaAcatado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    justificativa_opsnao_acatado_guia: None | str = field(
        default=None,
        metadata={
            "name": "justificativaOPSnaoAcatadoGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtRespostaRecursoGuiaOdonto(Apresentavel):
    class Meta:
        name = "ct_respostaRecursoGuiaOdonto"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_guia_prestador: str = field(
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    senha: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    cod_glosa_guia: DmTipoGlosa = field(
        metadata={
            "name": "codGlosaGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    justificativa_guia: str = field(
        metadata={
            "name": "justificativaGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        }
    )
    recurso_acatado_guia: DmSimNao = field(
        metadata={
            "name": "recursoAcatadoGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtSituacaoClinica(Apresentavel):
    class Meta:
        name = "ct_situacaoClinica"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    dentes: list[CtSituacaoClinica.Dentes] = field(
        default_factory=list,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_occurs": 1,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class Dentes(Apresentavel):
        elemento_dentario: DmDente = field(
            metadata={
                "name": "elementoDentario",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        condicao_clinica: DmCondicaoClinica = field(
            metadata={
                "name": "condicaoClinica",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtValorCreditoDesconto(Apresentavel):
    class Meta:
        name = "ct_valorCreditoDesconto"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    tipo_lancamento: DmTipoLancamento = field(
        metadata={
            "name": "tipoLancamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    descricao: str = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 100,
        }
    )
    valor: Decimal = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmConsultaAtendimento(Apresentavel):
    class Meta:
        name = "ctm_consultaAtendimento"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cobertura_especial: None | DmCobEsp = field(
        default=None,
        metadata={
            "name": "coberturaEspecial",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    regime_atendimento: DmRegimeAtendimento = field(
        metadata={
            "name": "regimeAtendimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    saude_ocupacional: None | DmSaudeOcupacional = field(
        default=None,
        metadata={
            "name": "saudeOcupacional",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    data_atendimento: XmlDate = field(
        metadata={
            "name": "dataAtendimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tipo_consulta: DmTipoConsulta = field(
        metadata={
            "name": "tipoConsulta",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    procedimento: CtmConsultaAtendimento.Procedimento = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class Procedimento(Apresentavel):
        codigo_tabela: DmTabela = field(
            metadata={
                "name": "codigoTabela",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        codigo_procedimento: str = field(
            metadata={
                "name": "codigoProcedimento",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 10,
            }
        )
        valor_procedimento: Decimal = field(
            metadata={
                "name": "valorProcedimento",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 8,
                "fraction_digits": 2,
            }
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmInternacaoDados(Apresentavel):
    class Meta:
        name = "ctm_internacaoDados"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    carater_atendimento: DmCaraterAtendimento = field(
        metadata={
            "name": "caraterAtendimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tipo_faturamento: DmTipoFaturamento = field(
        metadata={
            "name": "tipoFaturamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    data_inicio_faturamento: XmlDate = field(
        metadata={
            "name": "dataInicioFaturamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    hora_inicio_faturamento: XmlTime = field(
        metadata={
            "name": "horaInicioFaturamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    data_final_faturamento: XmlDate = field(
        metadata={
            "name": "dataFinalFaturamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    hora_final_faturamento: XmlTime = field(
        metadata={
            "name": "horaFinalFaturamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tipo_internacao: DmTipoInternacao = field(
        metadata={
            "name": "tipoInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    regime_internacao: DmRegimeInternacao = field(
        metadata={
            "name": "regimeInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    declaracoes: list[CtmInternacaoDados.Declaracoes] = field(
        default_factory=list,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_occurs": 8,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class Declaracoes(Apresentavel):
        declaracao_nascido: None | str = field(
            default=None,
            metadata={
                "name": "declaracaoNascido",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 11,
                "pattern": r"[a-zA-Z0-9]+",
            },
        )
        diagnostico_obito: None | str = field(
            default=None,
            metadata={
                "name": "diagnosticoObito",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 4,
            },
        )
        declaracao_obito: None | str = field(
            default=None,
            metadata={
                "name": "declaracaoObito",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 11,
                "pattern": r"[a-zA-Z0-9]+",
            },
        )
        indicador_dorn: None | DmSimNao = field(
            default=None,
            metadata={
                "name": "indicadorDORN",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmInternacaoDadosSaida(Apresentavel):
    class Meta:
        name = "ctm_internacaoDadosSaida"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    diagnostico: list[str] = field(
        default_factory=list,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_occurs": 4,
            "min_length": 1,
            "max_length": 4,
        },
    )
    indicador_acidente: DmIndicadorAcidente = field(
        metadata={
            "name": "indicadorAcidente",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    motivo_encerramento: DmMotivoSaida = field(
        metadata={
            "name": "motivoEncerramento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmSpSadtAtendimento(Apresentavel):
    class Meta:
        name = "ctm_sp-sadtAtendimento"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    tipo_atendimento: DmTipoAtendimento = field(
        metadata={
            "name": "tipoAtendimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    indicacao_acidente: DmIndicadorAcidente = field(
        metadata={
            "name": "indicacaoAcidente",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tipo_consulta: None | DmTipoConsulta = field(
        default=None,
        metadata={
            "name": "tipoConsulta",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    motivo_encerramento: None | DmMotivoSaidaObito = field(
        default=None,
        metadata={
            "name": "motivoEncerramento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    regime_atendimento: DmRegimeAtendimento = field(
        metadata={
            "name": "regimeAtendimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    saude_ocupacional: None | DmSaudeOcupacional = field(
        default=None,
        metadata={
            "name": "saudeOcupacional",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CanonicalizationMethod(CanonicalizationMethodType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class DsakeyValue(DsakeyValueType):
    class Meta:
        name = "DSAKeyValue"
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class DigestMethod(DigestMethodType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class Object(ObjectType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class Pgpdata(PgpdataType):
    class Meta:
        name = "PGPData"
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class RsakeyValue(RsakeyValueType):
    class Meta:
        name = "RSAKeyValue"
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class Spkidata(SpkidataType):
    class Meta:
        name = "SPKIData"
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class SignatureMethod(SignatureMethodType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class SignatureProperty(SignaturePropertyType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class SignatureValue(SignatureValueType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class Transform(TransformType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class X509DataType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    x509_issuer_serial: list[X509IssuerSerialType] = field(
        default_factory=list,
        metadata={
            "name": "X509IssuerSerial",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "sequence": 1,
        },
    )
    x509_ski: list[bytes] = field(
        default_factory=list,
        metadata={
            "name": "X509SKI",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "sequence": 1,
            "format": "base64",
        },
    )
    x509_subject_name: list[str] = field(
        default_factory=list,
        metadata={
            "name": "X509SubjectName",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "sequence": 1,
        },
    )
    x509_certificate: list[bytes] = field(
        default_factory=list,
        metadata={
            "name": "X509Certificate",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "sequence": 1,
            "format": "base64",
        },
    )
    x509_crl: list[bytes] = field(
        default_factory=list,
        metadata={
            "name": "X509CRL",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "sequence": 1,
            "format": "base64",
        },
    )
    other_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##other",
            "sequence": 1,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtAutorizacaoSolicitaStatus(Apresentavel):
    class Meta:
        name = "ct_autorizacaoSolicitaStatus"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    identificacao_solicitacao: CtGuiaCabecalho = field(
        metadata={
            "name": "identificacaoSolicitacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_contratado: CtContratadoDados = field(
        metadata={
            "name": "dadosContratado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtContaMedicaResumo(Apresentavel):
    """
    utilizado no demonstrativo de análise de conta.
    """

    class Meta:
        name = "ct_contaMedicaResumo"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_lote_prestador: str = field(
        metadata={
            "name": "numeroLotePrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    numero_protocolo: str = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    data_protocolo: XmlDate = field(
        metadata={
            "name": "dataProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    glosa_protocolo: None | CtMotivoGlosa = field(
        default=None,
        metadata={
            "name": "GlosaProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    situacao_protocolo: DmStatusProtocolo = field(
        metadata={
            "name": "situacaoProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    relacao_guias: list[CtContaMedicaResumo.RelacaoGuias] = field(
        default_factory=list,
        metadata={
            "name": "relacaoGuias",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    valor_informado_protocolo: Decimal = field(
        metadata={
            "name": "valorInformadoProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_processado_protocolo: Decimal = field(
        metadata={
            "name": "valorProcessadoProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_liberado_protocolo: Decimal = field(
        metadata={
            "name": "valorLiberadoProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_glosa_protocolo: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorGlosaProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class RelacaoGuias(Apresentavel):
        numero_guia_prestador: str = field(
            metadata={
                "name": "numeroGuiaPrestador",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            }
        )
        numero_guia_operadora: None | str = field(
            default=None,
            metadata={
                "name": "numeroGuiaOperadora",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            },
        )
        senha: None | str = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            },
        )
        numero_carteira: str = field(
            metadata={
                "name": "numeroCarteira",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            }
        )
        data_inicio_fat: XmlDate = field(
            metadata={
                "name": "dataInicioFat",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        hora_inicio_fat: None | XmlTime = field(
            default=None,
            metadata={
                "name": "horaInicioFat",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        data_fim_fat: None | XmlDate = field(
            default=None,
            metadata={
                "name": "dataFimFat",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        hora_fim_fat: None | XmlTime = field(
            default=None,
            metadata={
                "name": "horaFimFat",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        motivo_glosa_guia: list[CtMotivoGlosa] = field(
            default_factory=list,
            metadata={
                "name": "motivoGlosaGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        situacao_guia: DmStatusProtocolo = field(
            metadata={
                "name": "situacaoGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        detalhes_guia: list[CtContaMedicaResumo.RelacaoGuias.DetalhesGuia] = field(
            default_factory=list,
            metadata={
                "name": "detalhesGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        valor_informado_guia: Decimal = field(
            metadata={
                "name": "valorInformadoGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            }
        )
        valor_processado_guia: Decimal = field(
            metadata={
                "name": "valorProcessadoGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            }
        )
        valor_liberado_guia: Decimal = field(
            metadata={
                "name": "valorLiberadoGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            }
        )
        valor_glosa_guia: None | Decimal = field(
            default=None,
            metadata={
                "name": "valorGlosaGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class DetalhesGuia(Apresentavel):
            sequencial_item: int = field(
                metadata={
                    "name": "sequencialItem",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 4,
                }
            )
            data_realizacao: XmlDate = field(
                metadata={
                    "name": "dataRealizacao",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            procedimento: CtProcedimentoDados = field(
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            grau_participacao: None | DmGrauPart = field(
                default=None,
                metadata={
                    "name": "grauParticipacao",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
            valor_informado: Decimal = field(
                metadata={
                    "name": "valorInformado",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 8,
                    "fraction_digits": 2,
                }
            )
            qtd_executada: Decimal = field(
                metadata={
                    "name": "qtdExecutada",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 9,
                    "fraction_digits": 4,
                }
            )
            valor_processado: Decimal = field(
                metadata={
                    "name": "valorProcessado",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 8,
                    "fraction_digits": 2,
                }
            )
            valor_liberado: Decimal = field(
                metadata={
                    "name": "valorLiberado",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 8,
                    "fraction_digits": 2,
                }
            )
            relacao_glosa: list[CtContaMedicaResumo.RelacaoGuias.DetalhesGuia.RelacaoGlosa] = field(
                default_factory=list,
                metadata={
                    "name": "relacaoGlosa",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )

            @dataclass(repr=False, slots=True, kw_only=True)
            class RelacaoGlosa(Apresentavel):
                valor_glosa: Decimal = field(
                    metadata={
                        "name": "valorGlosa",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 8,
                        "fraction_digits": 2,
                    }
                )
                tipo_glosa: DmTipoGlosa = field(
                    metadata={
                        "name": "tipoGlosa",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    }
                )


@dataclass(repr=False, slots=True, kw_only=True)
class CtDrogasSolicitadas(Apresentavel):
    class Meta:
        name = "ct_drogasSolicitadas"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    data_provavel: XmlDate = field(
        metadata={
            "name": "dataProvavel",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    identificacao: CtProcedimentoDados = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    qt_doses: Decimal = field(
        metadata={
            "name": "qtDoses",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 7,
            "fraction_digits": 2,
        }
    )
    unidade_medida: DmUnidadeMedida = field(
        metadata={
            "name": "unidadeMedida",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    via_administracao: DmViaAdministracao = field(
        metadata={
            "name": "viaAdministracao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    frequencia: int = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 2,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtElegibilidadeRecibo(Apresentavel):
    class Meta:
        name = "ct_elegibilidadeRecibo"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    numero_carteira: str = field(
        metadata={
            "name": "numeroCarteira",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    ausencia_cod_validacao: None | DmAusenciaCodValidacao = field(
        default=None,
        metadata={
            "name": "ausenciaCodValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cod_validacao: None | str = field(
        default=None,
        metadata={
            "name": "codValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        },
    )
    validade_carteira: None | XmlDate = field(
        default=None,
        metadata={
            "name": "validadeCarteira",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    nome_beneficiario: str = field(
        metadata={
            "name": "nomeBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    nome_social_beneficiario: None | str = field(
        default=None,
        metadata={
            "name": "nomeSocialBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        },
    )
    tipo_ident: None | DmTipoIdent = field(
        default=None,
        metadata={
            "name": "tipoIdent",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    identificador_beneficiario: None | bytes = field(
        default=None,
        metadata={
            "name": "identificadorBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "format": "base64",
        },
    )
    resposta_solicitacao: DmSimNao = field(
        metadata={
            "name": "respostaSolicitacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    motivos_negativa: None | CtElegibilidadeRecibo.MotivosNegativa = field(
        default=None,
        metadata={
            "name": "motivosNegativa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class MotivosNegativa(Apresentavel):
        motivo_negativa: list[CtMotivoGlosa] = field(
            default_factory=list,
            metadata={
                "name": "motivoNegativa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtGuiaDadosAnexo(Apresentavel):
    class Meta:
        name = "ct_guiaDadosAnexo"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_guia_prestador: str = field(
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    data_emissao_solicitacao_anexo: XmlDate = field(
        metadata={
            "name": "dataEmissao_SolicitacaoAnexo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    vl_informado_guia: CtValorTotal = field(
        metadata={
            "name": "vlInformadoGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    glosa_anexo: None | CtGuiaDadosAnexo.GlosaAnexo = field(
        default=None,
        metadata={
            "name": "glosaAnexo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    procedimentos_solicitados: None | CtGuiaDadosAnexo.ProcedimentosSolicitados = field(
        default=None,
        metadata={
            "name": "procedimentosSolicitados",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class GlosaAnexo(Apresentavel):
        motivo_glosa: list[CtMotivoGlosa] = field(
            default_factory=list,
            metadata={
                "name": "motivoGlosa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )
        vl_glosa_anexo: Decimal = field(
            metadata={
                "name": "vlGlosaAnexo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ProcedimentosSolicitados(Apresentavel):
        procedimento_solicitado: list[
            CtGuiaDadosAnexo.ProcedimentosSolicitados.ProcedimentoSolicitado
        ] = field(
            default_factory=list,
            metadata={
                "name": "procedimentoSolicitado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class ProcedimentoSolicitado(Apresentavel):
            procedimento: CtProcedimentoDados = field(
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            opcao_fabricante: None | DmOpcaoFabricante = field(
                default=None,
                metadata={
                    "name": "opcaoFabricante",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
            qtd_solicitada: Decimal = field(
                metadata={
                    "name": "qtdSolicitada",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 5,
                    "fraction_digits": 2,
                }
            )
            valor_solicitado: None | Decimal = field(
                default=None,
                metadata={
                    "name": "valorSolicitado",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 8,
                    "fraction_digits": 2,
                },
            )
            qtd_autorizada: Decimal = field(
                metadata={
                    "name": "qtdAutorizada",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 5,
                    "fraction_digits": 2,
                }
            )
            valor_autorizado: Decimal = field(
                metadata={
                    "name": "valorAutorizado",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 8,
                    "fraction_digits": 2,
                }
            )
            glosas_procedimento: CtGuiaDadosAnexo.ProcedimentosSolicitados.ProcedimentoSolicitado.GlosasProcedimento = field(
                metadata={
                    "name": "glosasProcedimento",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )

            @dataclass(repr=False, slots=True, kw_only=True)
            class GlosasProcedimento(Apresentavel):
                motivo_glosa: list[CtMotivoGlosa] = field(
                    default_factory=list,
                    metadata={
                        "name": "motivoGlosa",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_occurs": 1,
                    },
                )
                valor_glosa_procedimento: Decimal = field(
                    metadata={
                        "name": "valorGlosaProcedimento",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )


@dataclass(repr=False, slots=True, kw_only=True)
class CtGuiaRecurso(Apresentavel):
    """
    estrutura utilizada no retorno do recurso de glosa.
    """

    class Meta:
        name = "ct_guiaRecurso"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_protocolo: str = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    num_demo_analise_pagto: None | str = field(
        default=None,
        metadata={
            "name": "numDemoAnalisePagto",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        },
    )
    numero_guia_recurso: str = field(
        metadata={
            "name": "numeroGuiaRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_origem: str = field(
        metadata={
            "name": "numeroGuiaOrigem",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    motivos_glosa: list[CtMotivoGlosa] = field(
        default_factory=list,
        metadata={
            "name": "motivosGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtHipoteseDiagnostica(Apresentavel):
    class Meta:
        name = "ct_hipoteseDiagnostica"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    diagnostico: CtDiagnostico = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    indicacao_acidente: DmIndicadorAcidente = field(
        metadata={
            "name": "indicacaoAcidente",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtOpmUtilizada(Apresentavel):
    class Meta:
        name = "ct_opmUtilizada"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    opm: CtOpmUtilizada.Opm = field(
        metadata={
            "name": "OPM",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    valor_total_opm: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorTotalOPM",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class Opm(Apresentavel):
        identificacao_opm: list[CtOpmUtilizada.Opm.IdentificacaoOpm] = field(
            default_factory=list,
            metadata={
                "name": "identificacaoOPM",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class IdentificacaoOpm(Apresentavel):
            identificacao_opme: CtProcedimentoDados = field(
                metadata={
                    "name": "identificacaoOPME",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            quantidade: int = field(
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 2,
                }
            )
            codigo_barra: None | str = field(
                default=None,
                metadata={
                    "name": "codigoBarra",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 20,
                },
            )
            valor_unitario: None | Decimal = field(
                default=None,
                metadata={
                    "name": "valorUnitario",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 8,
                    "fraction_digits": 2,
                },
            )
            valor_total: None | Decimal = field(
                default=None,
                metadata={
                    "name": "valorTotal",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 8,
                    "fraction_digits": 2,
                },
            )


@dataclass(repr=False, slots=True, kw_only=True)
class CtOpmeDados(Apresentavel):
    class Meta:
        name = "ct_opmeDados"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    identificacao_opme: CtProcedimentoDados = field(
        metadata={
            "name": "identificacaoOPME",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    nome_fabricante: str = field(
        metadata={
            "name": "nomeFabricante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtOutrasDespesas(Apresentavel):
    class Meta:
        name = "ct_outrasDespesas"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    despesa: list[CtOutrasDespesas.Despesa] = field(
        default_factory=list,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_occurs": 1,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class Despesa(Apresentavel):
        sequencial_item: int = field(
            metadata={
                "name": "sequencialItem",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 4,
            }
        )
        codigo_despesa: DmOutrasDespesas = field(
            metadata={
                "name": "codigoDespesa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        servicos_executados: CtProcedimentoExecutadoOutras = field(
            metadata={
                "name": "servicosExecutados",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        item_vinculado: None | int = field(
            default=None,
            metadata={
                "name": "itemVinculado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 4,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProcedimentoAutorizado(Apresentavel):
    class Meta:
        name = "ct_procedimentoAutorizado"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    sequencial_item: int = field(
        metadata={
            "name": "sequencialItem",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 4,
        }
    )
    procedimento: CtProcedimentoDados = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    quantidade_solicitada: int = field(
        metadata={
            "name": "quantidadeSolicitada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    quantidade_autorizada: int = field(
        metadata={
            "name": "quantidadeAutorizada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    valor_solicitado: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorSolicitado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        },
    )
    valor_autorizado: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorAutorizado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        },
    )
    opcao_fabricante: None | DmOpcaoFabricante = field(
        default=None,
        metadata={
            "name": "opcaoFabricante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    registro_anvisa: None | str = field(
        default=None,
        metadata={
            "name": "registroANVISA",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 15,
        },
    )
    codigo_ref_fabricante: None | str = field(
        default=None,
        metadata={
            "name": "codigoRefFabricante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 60,
        },
    )
    autorizacao_funcionamento: None | str = field(
        default=None,
        metadata={
            "name": "autorizacaoFuncionamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 30,
        },
    )
    motivos_negativa: None | CtProcedimentoAutorizado.MotivosNegativa = field(
        default=None,
        metadata={
            "name": "motivosNegativa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class MotivosNegativa(Apresentavel):
        motivo_negativa: list[CtMotivoGlosa] = field(
            default_factory=list,
            metadata={
                "name": "motivoNegativa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProcedimentoExecutado(Apresentavel):
    class Meta:
        name = "ct_procedimentoExecutado"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    sequencial_item: int = field(
        metadata={
            "name": "sequencialItem",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 4,
        }
    )
    data_execucao: XmlDate = field(
        metadata={
            "name": "dataExecucao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    hora_inicial: None | XmlTime = field(
        default=None,
        metadata={
            "name": "horaInicial",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    hora_final: None | XmlTime = field(
        default=None,
        metadata={
            "name": "horaFinal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    procedimento: CtProcedimentoDados = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    unidade_medida: None | DmUnidadeMedida = field(
        default=None,
        metadata={
            "name": "unidadeMedida",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    quantidade_executada: Decimal = field(
        metadata={
            "name": "quantidadeExecutada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 9,
            "fraction_digits": 4,
        }
    )
    via_acesso: None | DmViaDeAcesso = field(
        default=None,
        metadata={
            "name": "viaAcesso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    tecnica_utilizada: None | DmTecnicaUtilizada = field(
        default=None,
        metadata={
            "name": "tecnicaUtilizada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    valor_unitario: Decimal = field(
        metadata={
            "name": "valorUnitario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    valor_total: Decimal = field(
        metadata={
            "name": "valorTotal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    codigo_despesa: None | DmOutrasDespesas = field(
        default=None,
        metadata={
            "name": "codigoDespesa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    fator_reducao_acrescimo: None | Decimal = field(
        default=None,
        metadata={
            "name": "fatorReducaoAcrescimo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
            "fraction_digits": 2,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProcedimentoExecutadoHonorIndiv(Apresentavel):
    class Meta:
        name = "ct_procedimentoExecutadoHonorIndiv"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    sequencial_item: int = field(
        metadata={
            "name": "sequencialItem",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 4,
        }
    )
    data_execucao: XmlDate = field(
        metadata={
            "name": "dataExecucao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    hora_inicial: None | XmlTime = field(
        default=None,
        metadata={
            "name": "horaInicial",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    hora_final: None | XmlTime = field(
        default=None,
        metadata={
            "name": "horaFinal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    procedimento: CtProcedimentoDados = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    quantidade_executada: int = field(
        metadata={
            "name": "quantidadeExecutada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    via_acesso: None | DmViaDeAcesso = field(
        default=None,
        metadata={
            "name": "viaAcesso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    tecnica_utilizada: None | DmTecnicaUtilizada = field(
        default=None,
        metadata={
            "name": "tecnicaUtilizada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    reducao_acrescimo: Decimal = field(
        metadata={
            "name": "reducaoAcrescimo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
            "fraction_digits": 2,
        }
    )
    valor_unitario: Decimal = field(
        metadata={
            "name": "valorUnitario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    valor_total: Decimal = field(
        metadata={
            "name": "valorTotal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    profissionais: list[CtProcedimentoExecutadoHonorIndiv.Profissionais] = field(
        default_factory=list,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_occurs": 1,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class Profissionais(Apresentavel):
        grau_participacao: DmGrauPart = field(
            metadata={
                "name": "grauParticipacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        cod_profissional: CtProcedimentoExecutadoHonorIndiv.Profissionais.CodProfissional = field(
            metadata={
                "name": "codProfissional",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        nome_profissional: str = field(
            metadata={
                "name": "nomeProfissional",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 70,
            }
        )
        conselho_profissional: DmConselhoProfissional = field(
            metadata={
                "name": "conselhoProfissional",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        numero_conselho_profissional: str = field(
            metadata={
                "name": "numeroConselhoProfissional",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 15,
            }
        )
        uf: DmUf = field(
            metadata={
                "name": "UF",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        cbo: DmCbos = field(
            metadata={
                "name": "CBO",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class CodProfissional(Apresentavel):
            codigo_prestador_na_operadora: None | str = field(
                default=None,
                metadata={
                    "name": "codigoPrestadorNaOperadora",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 14,
                },
            )
            cpf_contratado: None | str = field(
                default=None,
                metadata={
                    "name": "cpfContratado",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "pattern": r"[0-9]{11}",
                },
            )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProcedimentoExecutadoInt(Apresentavel):
    class Meta:
        name = "ct_procedimentoExecutadoInt"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    sequencial_item: int = field(
        metadata={
            "name": "sequencialItem",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 4,
        }
    )
    data_execucao: XmlDate = field(
        metadata={
            "name": "dataExecucao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    hora_inicial: None | XmlTime = field(
        default=None,
        metadata={
            "name": "horaInicial",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    hora_final: None | XmlTime = field(
        default=None,
        metadata={
            "name": "horaFinal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    procedimento: CtProcedimentoDados = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    quantidade_executada: int = field(
        metadata={
            "name": "quantidadeExecutada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    via_acesso: None | DmViaDeAcesso = field(
        default=None,
        metadata={
            "name": "viaAcesso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    tecnica_utilizada: None | DmTecnicaUtilizada = field(
        default=None,
        metadata={
            "name": "tecnicaUtilizada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    reducao_acrescimo: Decimal = field(
        metadata={
            "name": "reducaoAcrescimo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
            "fraction_digits": 2,
        }
    )
    valor_unitario: Decimal = field(
        metadata={
            "name": "valorUnitario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    valor_total: Decimal = field(
        metadata={
            "name": "valorTotal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    ident_equipe: list[CtProcedimentoExecutadoInt.IdentEquipe] = field(
        default_factory=list,
        metadata={
            "name": "identEquipe",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class IdentEquipe(Apresentavel):
        identificacao_equipe: CtIdentEquipe = field(
            metadata={
                "name": "identificacaoEquipe",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProcedimentoExecutadoOdonto(Apresentavel):
    class Meta:
        name = "ct_procedimentoExecutadoOdonto"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    sequencial_item: int = field(
        metadata={
            "name": "sequencialItem",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 4,
        }
    )
    procedimento: CtProcedimentoDados = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dente_regiao: None | CtProcedimentoExecutadoOdonto.DenteRegiao = field(
        default=None,
        metadata={
            "name": "denteRegiao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    dente_face: None | str = field(
        default=None,
        metadata={
            "name": "denteFace",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "pattern": r"[OLMVDIP]{1,5}",
        },
    )
    qtd_proc: None | int = field(
        default=None,
        metadata={
            "name": "qtdProc",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 2,
        },
    )
    qtd_us: None | Decimal = field(
        default=None,
        metadata={
            "name": "qtdUS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        },
    )
    valor_proc: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorProc",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        },
    )
    valor_franquia: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorFranquia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        },
    )
    autorizado: None | DmSimNao = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    data_realizacao: XmlDate = field(
        metadata={
            "name": "dataRealizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DenteRegiao(Apresentavel):
        cod_dente: None | DmDente = field(
            default=None,
            metadata={
                "name": "codDente",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        cod_regiao: None | DmRegiao = field(
            default=None,
            metadata={
                "name": "codRegiao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProcedimentoExecutadoSadt(Apresentavel):
    class Meta:
        name = "ct_procedimentoExecutadoSadt"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    sequencial_item: int = field(
        metadata={
            "name": "sequencialItem",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 4,
        }
    )
    data_execucao: XmlDate = field(
        metadata={
            "name": "dataExecucao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    hora_inicial: None | XmlTime = field(
        default=None,
        metadata={
            "name": "horaInicial",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    hora_final: None | XmlTime = field(
        default=None,
        metadata={
            "name": "horaFinal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    procedimento: CtProcedimentoDados = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    quantidade_executada: int = field(
        metadata={
            "name": "quantidadeExecutada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    via_acesso: None | DmViaDeAcesso = field(
        default=None,
        metadata={
            "name": "viaAcesso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    tecnica_utilizada: None | DmTecnicaUtilizada = field(
        default=None,
        metadata={
            "name": "tecnicaUtilizada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    reducao_acrescimo: Decimal = field(
        metadata={
            "name": "reducaoAcrescimo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
            "fraction_digits": 2,
        }
    )
    valor_unitario: Decimal = field(
        metadata={
            "name": "valorUnitario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    valor_total: Decimal = field(
        metadata={
            "name": "valorTotal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    equipe_sadt: list[CtIdentEquipeSadt] = field(
        default_factory=list,
        metadata={
            "name": "equipeSadt",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProcedimentoSolicitado(Apresentavel):
    class Meta:
        name = "ct_procedimentoSolicitado"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    procedimento: CtProcedimentoDados = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    unidade_medida: DmUnidadeMedida = field(
        metadata={
            "name": "unidadeMedida",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    quantidade_solicitada: int = field(
        metadata={
            "name": "quantidadeSolicitada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProcedimentosComplementares(Apresentavel):
    class Meta:
        name = "ct_procedimentosComplementares"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    data_provavel: XmlDate = field(
        metadata={
            "name": "dataProvavel",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    identificacao: CtProcedimentoDados = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    quantidade: Decimal = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 5,
            "fraction_digits": 2,
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtReciboCancelaGuia(Apresentavel):
    class Meta:
        name = "ct_reciboCancelaGuia"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    mensagem_erro: None | CtMotivoGlosa = field(
        default=None,
        metadata={
            "name": "mensagemErro",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    recibo_cancela_guia: None | CtGuiaCancelamentoRecibo = field(
        default=None,
        metadata={
            "name": "reciboCancelaGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtRecursoGlosaRecebimento(Apresentavel):
    class Meta:
        name = "ct_recursoGlosaRecebimento"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    nr_protocolo_recurso_glosa: str = field(
        metadata={
            "name": "nrProtocoloRecursoGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    data_envio_recurso: XmlDate = field(
        metadata={
            "name": "dataEnvioRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    data_recebimento_recurso: XmlDate = field(
        metadata={
            "name": "dataRecebimentoRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_lote: str = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    dados_prestador: CtContratadoDados = field(
        metadata={
            "name": "dadosPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    nr_protocolo_recursado: str = field(
        metadata={
            "name": "nrProtocoloRecursado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    recurso_protocolo: None | CtRecursoGlosaRecebimento.RecursoProtocolo = field(
        default=None,
        metadata={
            "name": "recursoProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    qt_guias_recurso: None | int = field(
        default=None,
        metadata={
            "name": "qtGuiasRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        },
    )
    guias_recurso: list[CtRecursoGlosaRecebimento.GuiasRecurso] = field(
        default_factory=list,
        metadata={
            "name": "guiasRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_occurs": 100,
        },
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )
    valor_total_recursado: Decimal = field(
        metadata={
            "name": "valorTotalRecursado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class RecursoProtocolo(Apresentavel):
        codigo_glosa_protocolo: DmTipoGlosa = field(
            metadata={
                "name": "codigoGlosaProtocolo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        justificativa_protocolo: str = field(
            metadata={
                "name": "justificativaProtocolo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 500,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class GuiasRecurso(Apresentavel):
        numero_guia_origem: str = field(
            metadata={
                "name": "numeroGuiaOrigem",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            }
        )
        numero_guia_operadora: None | str = field(
            default=None,
            metadata={
                "name": "numeroGuiaOperadora",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            },
        )
        senha: None | str = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            },
        )
        opcao_recurso_guia: CtRecursoGlosaRecebimento.GuiasRecurso.OpcaoRecursoGuia = field(
            metadata={
                "name": "opcaoRecursoGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class OpcaoRecursoGuia(Apresentavel):
            recurso_guia: list[
                CtRecursoGlosaRecebimento.GuiasRecurso.OpcaoRecursoGuia.RecursoGuia
            ] = field(
                default_factory=list,
                metadata={
                    "name": "recursoGuia",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
            itens_guia: list[CtRecursoGlosaRecebimento.GuiasRecurso.OpcaoRecursoGuia.ItensGuia] = (
                field(
                    default_factory=list,
                    metadata={
                        "name": "itensGuia",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    },
                )
            )

            @dataclass(repr=False, slots=True, kw_only=True)
            class RecursoGuia(Apresentavel):
                cod_glosa_guia: DmTipoGlosa = field(
                    metadata={
                        "name": "codGlosaGuia",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    }
                )
                justificativa_guia: str = field(
                    metadata={
                        "name": "justificativaGuia",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_length": 1,
                        "max_length": 150,
                    }
                )

            @dataclass(repr=False, slots=True, kw_only=True)
            class ItensGuia(Apresentavel):
                sequencial_item: int = field(
                    metadata={
                        "name": "sequencialItem",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 4,
                    }
                )
                data_inicio: XmlDate = field(
                    metadata={
                        "name": "dataInicio",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    }
                )
                data_fim: None | XmlDate = field(
                    default=None,
                    metadata={
                        "name": "dataFim",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    },
                )
                proc_recurso: CtProcedimentoDados = field(
                    metadata={
                        "name": "procRecurso",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    }
                )
                dente_regiao: (
                    None
                    | CtRecursoGlosaRecebimento.GuiasRecurso.OpcaoRecursoGuia.ItensGuia.DenteRegiao
                ) = field(
                    default=None,
                    metadata={
                        "name": "denteRegiao",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    },
                )
                dente_face: None | str = field(
                    default=None,
                    metadata={
                        "name": "denteFace",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "pattern": r"[OLMVDIP]{1,5}",
                    },
                )
                cod_glosa_item: DmTipoGlosa = field(
                    metadata={
                        "name": "codGlosaItem",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    }
                )
                valor_recursado: Decimal = field(
                    metadata={
                        "name": "valorRecursado",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 8,
                        "fraction_digits": 2,
                    }
                )
                justificativa_item: str = field(
                    metadata={
                        "name": "justificativaItem",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_length": 1,
                        "max_length": 500,
                    }
                )

                @dataclass(repr=False, slots=True, kw_only=True)
                class DenteRegiao(Apresentavel):
                    cod_dente: None | DmDente = field(
                        default=None,
                        metadata={
                            "name": "codDente",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        },
                    )
                    cod_regiao: None | DmRegiao = field(
                        default=None,
                        metadata={
                            "name": "codRegiao",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        },
                    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtRespostaGlosaItemMedico(Apresentavel):
    class Meta:
        name = "ct_respostaGlosaItemMedico"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_guia_prestador: str = field(
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    senha: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    data_realizacao: XmlDate = field(
        metadata={
            "name": "dataRealizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    data_fim: None | XmlDate = field(
        default=None,
        metadata={
            "name": "dataFim",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    sequencial_item: int = field(
        metadata={
            "name": "sequencialItem",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 4,
        }
    )
    proc_recurso: CtProcedimentoDados = field(
        metadata={
            "name": "procRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    cod_glosa: DmTipoGlosa = field(
        metadata={
            "name": "codGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    valor_recursado: Decimal = field(
        metadata={
            "name": "valorRecursado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    justificativa_prestador: str = field(
        metadata={
            "name": "justificativaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        }
    )
    valor_acatadado: Decimal = field(
        metadata={
            "name": "valorAcatadado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    justificativa_operadora: None | str = field(
        default=None,
        metadata={
            "name": "justificativaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtRespostaRecursoItemOdonto(Apresentavel):
    class Meta:
        name = "ct_respostaRecursoItemOdonto"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_guia_prestador: str = field(
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    senha: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    recurso_procedimento: list[CtRespostaRecursoItemOdonto.RecursoProcedimento] = field(
        default_factory=list,
        metadata={
            "name": "recursoProcedimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_occurs": 1,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class RecursoProcedimento(Apresentavel):
        sequencial_item: int = field(
            metadata={
                "name": "sequencialItem",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 4,
            }
        )
        data_realizacao: XmlDate = field(
            metadata={
                "name": "dataRealizacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        dente_regiao: None | CtRespostaRecursoItemOdonto.RecursoProcedimento.DenteRegiao = field(
            default=None,
            metadata={
                "name": "denteRegiao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        dente_face: None | str = field(
            default=None,
            metadata={
                "name": "denteFace",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "pattern": r"[OLMVDIP]{1,5}",
            },
        )
        quantidade: int = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 2,
            }
        )
        proc_recurso: CtProcedimentoDados = field(
            metadata={
                "name": "procRecurso",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        cod_glosa_proc: DmTipoGlosa = field(
            metadata={
                "name": "codGlosaProc",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        valor_recursado: Decimal = field(
            metadata={
                "name": "valorRecursado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 8,
                "fraction_digits": 2,
            }
        )
        justificativa_prestador: str = field(
            metadata={
                "name": "justificativaPrestador",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 500,
            }
        )
        valor_acatado: Decimal = field(
            metadata={
                "name": "valorAcatado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 8,
                "fraction_digits": 2,
            }
        )
        justificativa_operadora: None | str = field(
            default=None,
            metadata={
                "name": "justificativaOperadora",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 500,
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class DenteRegiao(Apresentavel):
            cod_dente: None | DmDente = field(
                default=None,
                metadata={
                    "name": "codDente",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
            cod_regiao: None | DmRegiao = field(
                default=None,
                metadata={
                    "name": "codRegiao",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmAnexoSolicitacaoOpme(Apresentavel):
    class Meta:
        name = "ctm_anexoSolicitacaoOPME"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cabecalho_anexo: CtAnexoCabecalho = field(
        metadata={
            "name": "cabecalhoAnexo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    profissional_solicitante: CtmAnexoSolicitante = field(
        metadata={
            "name": "profissionalSolicitante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    justificativa_tecnica: str = field(
        metadata={
            "name": "justificativaTecnica",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 1000,
        }
    )
    especificacao_material: None | str = field(
        default=None,
        metadata={
            "name": "especificacaoMaterial",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )
    opme_solicitadas: CtmAnexoSolicitacaoOpme.OpmeSolicitadas = field(
        metadata={
            "name": "opmeSolicitadas",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "name": "Observacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class OpmeSolicitadas(Apresentavel):
        opme_solicitada: list[CtmAnexoSolicitacaoOpme.OpmeSolicitadas.OpmeSolicitada] = field(
            default_factory=list,
            metadata={
                "name": "opmeSolicitada",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class OpmeSolicitada(Apresentavel):
            identificacao_opme: CtProcedimentoDados = field(
                metadata={
                    "name": "identificacaoOPME",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            opcao_fabricante: DmOpcaoFabricante = field(
                metadata={
                    "name": "opcaoFabricante",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            quantidade_solicitada: int = field(
                metadata={
                    "name": "quantidadeSolicitada",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 3,
                }
            )
            valor_solicitado: None | Decimal = field(
                default=None,
                metadata={
                    "name": "valorSolicitado",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 8,
                    "fraction_digits": 2,
                },
            )
            registro_anvisa: None | str = field(
                default=None,
                metadata={
                    "name": "registroANVISA",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 15,
                },
            )
            codigo_ref_fabricante: None | str = field(
                default=None,
                metadata={
                    "name": "codigoRefFabricante",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 60,
                },
            )
            autorizacao_funcionamento: None | str = field(
                default=None,
                metadata={
                    "name": "autorizacaoFuncionamento",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 30,
                },
            )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmAnexoSolicitacaoRadio(Apresentavel):
    class Meta:
        name = "ctm_anexoSolicitacaoRadio"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cabecalho_anexo: CtAnexoCabecalho = field(
        metadata={
            "name": "cabecalhoAnexo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_complementares_beneficiario: CtDadosComplementaresBeneficiarioRadio = field(
        metadata={
            "name": "dadosComplementaresBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    medico_solicitante: CtmAnexoSolicitante = field(
        metadata={
            "name": "medicoSolicitante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    diagnostico_oncologico_radio: CtmAnexoSolicitacaoRadio.DiagnosticoOncologicoRadio = field(
        metadata={
            "name": "diagnosticoOncologicoRadio",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tratamentos_anteriores: None | CtmAnexoSolicitacaoRadio.TratamentosAnteriores = field(
        default=None,
        metadata={
            "name": "tratamentosAnteriores",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    numero_campos: int = field(
        metadata={
            "name": "numeroCampos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    dose_campo: int = field(
        metadata={
            "name": "doseCampo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 4,
        }
    )
    dose_total: int = field(
        metadata={
            "name": "doseTotal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 4,
        }
    )
    nr_dias: int = field(
        metadata={
            "name": "nrDias",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    dt_prevista_inicio: XmlDate = field(
        metadata={
            "name": "dtPrevistaInicio",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DiagnosticoOncologicoRadio(Apresentavel):
        diag_radio: CtDiagnosticoOncologico = field(
            metadata={
                "name": "diagRadio",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        diagnostico_imagem: None | DmDiagnosticoImagem = field(
            default=None,
            metadata={
                "name": "diagnosticoImagem",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class TratamentosAnteriores(Apresentavel):
        cirurgia: None | str = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 40,
            },
        )
        datacirurgia: None | XmlDate = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        quimioterapia: None | str = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 40,
            },
        )
        data_quimioterapia: None | XmlDate = field(
            default=None,
            metadata={
                "name": "dataQuimioterapia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmAutorizacaoRadio(Apresentavel):
    class Meta:
        name = "ctm_autorizacaoRadio"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    dados_autorizacao: CtAutorizacaoDados = field(
        metadata={
            "name": "dadosAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_carteira: str = field(
        metadata={
            "name": "numeroCarteira",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    nome_beneficiario: str = field(
        metadata={
            "name": "nomeBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    nome_social_beneficiario: None | str = field(
        default=None,
        metadata={
            "name": "nomeSocialBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        },
    )
    status_solicitacao: DmStatusSolicitacao = field(
        metadata={
            "name": "statusSolicitacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_complementares_beneficiario: CtDadosComplementaresBeneficiarioRadio = field(
        metadata={
            "name": "dadosComplementaresBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    medico_solicitante: CtmAnexoSolicitante = field(
        metadata={
            "name": "medicoSolicitante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    diagnostico_oncologico_radio: CtmAutorizacaoRadio.DiagnosticoOncologicoRadio = field(
        metadata={
            "name": "diagnosticoOncologicoRadio",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tratamentos_anteriores: None | CtmAutorizacaoRadio.TratamentosAnteriores = field(
        default=None,
        metadata={
            "name": "tratamentosAnteriores",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    numero_campos: int = field(
        metadata={
            "name": "numeroCampos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    dose_campo: int = field(
        metadata={
            "name": "doseCampo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 4,
        }
    )
    dose_total: int = field(
        metadata={
            "name": "doseTotal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 4,
        }
    )
    nr_dias: int = field(
        metadata={
            "name": "nrDias",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    dt_prevista_inicio: XmlDate = field(
        metadata={
            "name": "dtPrevistaInicio",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    motivos_negativa: None | CtmAutorizacaoRadio.MotivosNegativa = field(
        default=None,
        metadata={
            "name": "motivosNegativa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DiagnosticoOncologicoRadio(Apresentavel):
        diag_radio: CtDiagnosticoOncologico = field(
            metadata={
                "name": "diagRadio",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        diagnostico_imagem: None | DmDiagnosticoImagem = field(
            default=None,
            metadata={
                "name": "diagnosticoImagem",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class TratamentosAnteriores(Apresentavel):
        cirurgia: None | str = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 40,
            },
        )
        datacirurgia: None | XmlDate = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        quimioterapia: None | str = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 40,
            },
        )
        data_quimioterapia: None | XmlDate = field(
            default=None,
            metadata={
                "name": "dataQuimioterapia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class MotivosNegativa(Apresentavel):
        motivo_negativa: list[CtMotivoGlosa] = field(
            default_factory=list,
            metadata={
                "name": "motivoNegativa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmBeneficiarioComunicacao(Apresentavel):
    class Meta:
        name = "ctm_beneficiarioComunicacao"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    data_evento: XmlDate = field(
        metadata={
            "name": "dataEvento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tipo_evento: DmTipoEvento = field(
        metadata={
            "name": "tipoEvento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_internacao: CtmBeneficiarioComunicacao.DadosInternacao = field(
        metadata={
            "name": "dadosInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosInternacao(Apresentavel):
        motivo_encerramento: None | DmMotivoSaida = field(
            default=None,
            metadata={
                "name": "motivoEncerramento",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        tipo_internacao: None | DmTipoInternacao = field(
            default=None,
            metadata={
                "name": "tipoInternacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmBeneficiarioComunicacaoRet(Apresentavel):
    class Meta:
        name = "ctm_beneficiarioComunicacaoRet"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    nome_beneficiario: str = field(
        metadata={
            "name": "nomeBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    nome_social_beneficiario: None | str = field(
        default=None,
        metadata={
            "name": "nomeSocialBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        },
    )
    tipo_evento: DmTipoEvento = field(
        metadata={
            "name": "tipoEvento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_internacao: CtmBeneficiarioComunicacaoRet.DadosInternacao = field(
        metadata={
            "name": "dadosInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosInternacao(Apresentavel):
        motivo_encerramento: None | DmMotivoSaida = field(
            default=None,
            metadata={
                "name": "motivoEncerramento",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        tipo_internacao: None | DmTipoInternacao = field(
            default=None,
            metadata={
                "name": "tipoInternacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmDemonstrativoPagamento(Apresentavel):
    class Meta:
        name = "ctm_demonstrativoPagamento"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cabecalho_demonstrativo: CtDemonstrativoCabecalho = field(
        metadata={
            "name": "cabecalhoDemonstrativo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_contratado: CtmDemonstrativoPagamento.DadosContratado = field(
        metadata={
            "name": "dadosContratado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    pagamentos: CtmDemonstrativoPagamento.Pagamentos = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    totais_demonstrativo: CtmDemonstrativoPagamento.TotaisDemonstrativo = field(
        metadata={
            "name": "totaisDemonstrativo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosContratado(Apresentavel):
        dados_prestador: CtContratadoDados = field(
            metadata={
                "name": "dadosPrestador",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        cnes: str = field(
            metadata={
                "name": "CNES",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 7,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class Pagamentos(Apresentavel):
        pagamentos_por_data: list[CtmDemonstrativoPagamento.Pagamentos.PagamentosPorData] = field(
            default_factory=list,
            metadata={
                "name": "pagamentosPorData",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class PagamentosPorData(Apresentavel):
            dados_pagamento: CtPagamentoDados = field(
                metadata={
                    "name": "dadosPagamento",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            dados_resumo: CtmDemonstrativoPagamento.Pagamentos.PagamentosPorData.DadosResumo = (
                field(
                    metadata={
                        "name": "dadosResumo",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    }
                )
            )
            totais_brutos_por_data: CtmDemonstrativoPagamento.Pagamentos.PagamentosPorData.TotaisBrutosPorData = field(
                metadata={
                    "name": "totaisBrutosPorData",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            debitos_creditos_por_data: (
                None | CtmDemonstrativoPagamento.Pagamentos.PagamentosPorData.DebitosCreditosPorData
            ) = field(
                default=None,
                metadata={
                    "name": "debitosCreditosPorData",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
            totais_liquidos_por_data: CtmDemonstrativoPagamento.Pagamentos.PagamentosPorData.TotaisLiquidosPorData = field(
                metadata={
                    "name": "totaisLiquidosPorData",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )

            @dataclass(repr=False, slots=True, kw_only=True)
            class DadosResumo(Apresentavel):
                relacao_protocolos: list[CtDadosResumoDemonstrativo] = field(
                    default_factory=list,
                    metadata={
                        "name": "relacaoProtocolos",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_occurs": 1,
                    },
                )

            @dataclass(repr=False, slots=True, kw_only=True)
            class TotaisBrutosPorData(Apresentavel):
                total_informado_por_data: Decimal = field(
                    metadata={
                        "name": "totalInformadoPorData",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )
                total_processado_por_data: Decimal = field(
                    metadata={
                        "name": "totalProcessadoPorData",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )
                tota_liberado_por_data: Decimal = field(
                    metadata={
                        "name": "totaLiberadoPorData",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )
                total_glosa_por_data: Decimal = field(
                    metadata={
                        "name": "totalGlosaPorData",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )

            @dataclass(repr=False, slots=True, kw_only=True)
            class DebitosCreditosPorData(Apresentavel):
                debitos_creditos: list[CtDescontos] = field(
                    default_factory=list,
                    metadata={
                        "name": "debitosCreditos",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_occurs": 1,
                    },
                )

            @dataclass(repr=False, slots=True, kw_only=True)
            class TotaisLiquidosPorData(Apresentavel):
                total_debitos_por_data: Decimal = field(
                    metadata={
                        "name": "totalDebitosPorData",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )
                total_creditos_por_data: Decimal = field(
                    metadata={
                        "name": "totalCreditosPorData",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )
                liquido_por_data: Decimal = field(
                    metadata={
                        "name": "liquidoPorData",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )

    @dataclass(repr=False, slots=True, kw_only=True)
    class TotaisDemonstrativo(Apresentavel):
        totais_brutos_demonstrativo: CtmDemonstrativoPagamento.TotaisDemonstrativo.TotaisBrutosDemonstrativo = field(
            metadata={
                "name": "totaisBrutosDemonstrativo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        debitos_creditos_demonstrativo: list[CtDescontos] = field(
            default_factory=list,
            metadata={
                "name": "debitosCreditosDemonstrativo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        totais_liquidos_demonstrativo: CtmDemonstrativoPagamento.TotaisDemonstrativo.TotaisLiquidosDemonstrativo = field(
            metadata={
                "name": "totaisLiquidosDemonstrativo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class TotaisBrutosDemonstrativo(Apresentavel):
            valor_informado_bruto: Decimal = field(
                metadata={
                    "name": "valorInformadoBruto",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )
            valor_processado_bruto: Decimal = field(
                metadata={
                    "name": "valorProcessadoBruto",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )
            valor_liberado_bruto: Decimal = field(
                metadata={
                    "name": "valorLiberadoBruto",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )
            valor_glosa_bruto: Decimal = field(
                metadata={
                    "name": "valorGlosaBruto",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )

        @dataclass(repr=False, slots=True, kw_only=True)
        class TotaisLiquidosDemonstrativo(Apresentavel):
            total_debitos_demonstrativo: Decimal = field(
                metadata={
                    "name": "totalDebitosDemonstrativo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )
            total_creditosdemonstrativo: Decimal = field(
                metadata={
                    "name": "totalCreditosdemonstrativo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )
            valor_liberado_demonstrativo: Decimal = field(
                metadata={
                    "name": "valorLiberadoDemonstrativo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmRecursoGlosa(Apresentavel):
    class Meta:
        name = "ctm_recursoGlosa"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    numero_guia_rec_glosa_prestador: str = field(
        metadata={
            "name": "numeroGuiaRecGlosaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    nome_operadora: str = field(
        metadata={
            "name": "nomeOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    objeto_recurso: DmObjetoRecurso = field(
        metadata={
            "name": "objetoRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_guia_rec_glosa_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaRecGlosaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    dados_contratado: CtContratadoDados = field(
        metadata={
            "name": "dadosContratado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_lote: str = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    numero_protocolo: int = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 12,
        }
    )
    opcao_recurso: CtmRecursoGlosa.OpcaoRecurso = field(
        metadata={
            "name": "opcaoRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    valor_total_recursado: Decimal = field(
        metadata={
            "name": "valorTotalRecursado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    data_recurso: XmlDate = field(
        metadata={
            "name": "dataRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class OpcaoRecurso(Apresentavel):
        recurso_protocolo: None | CtmRecursoGlosa.OpcaoRecurso.RecursoProtocolo = field(
            default=None,
            metadata={
                "name": "recursoProtocolo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        recurso_guia: list[CtmRecursoGlosa.OpcaoRecurso.RecursoGuia] = field(
            default_factory=list,
            metadata={
                "name": "recursoGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_occurs": 100,
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class RecursoProtocolo(Apresentavel):
            codigo_glosa_protocolo: DmTipoGlosa = field(
                metadata={
                    "name": "codigoGlosaProtocolo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            justificativa_protocolo: str = field(
                metadata={
                    "name": "justificativaProtocolo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 500,
                }
            )

        @dataclass(repr=False, slots=True, kw_only=True)
        class RecursoGuia(Apresentavel):
            numero_guia_origem: str = field(
                metadata={
                    "name": "numeroGuiaOrigem",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 20,
                }
            )
            numero_guia_operadora: None | str = field(
                default=None,
                metadata={
                    "name": "numeroGuiaOperadora",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 20,
                },
            )
            senha: None | str = field(
                default=None,
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 20,
                },
            )
            opcao_recurso_guia: CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia = field(
                metadata={
                    "name": "opcaoRecursoGuia",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )

            @dataclass(repr=False, slots=True, kw_only=True)
            class OpcaoRecursoGuia(Apresentavel):
                recurso_guia_completa: list[
                    CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia.RecursoGuiaCompleta
                ] = field(
                    default_factory=list,
                    metadata={
                        "name": "recursoGuiaCompleta",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    },
                )
                itens_guia: list[
                    CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia.ItensGuia
                ] = field(
                    default_factory=list,
                    metadata={
                        "name": "itensGuia",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    },
                )

                @dataclass(repr=False, slots=True, kw_only=True)
                class RecursoGuiaCompleta(Apresentavel):
                    cod_glosa_guia: DmTipoGlosa = field(
                        metadata={
                            "name": "codGlosaGuia",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        }
                    )
                    justificativa_guia: str = field(
                        metadata={
                            "name": "justificativaGuia",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            "min_length": 1,
                            "max_length": 500,
                        }
                    )

                @dataclass(repr=False, slots=True, kw_only=True)
                class ItensGuia(Apresentavel):
                    sequencial_item: int = field(
                        metadata={
                            "name": "sequencialItem",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            "total_digits": 4,
                        }
                    )
                    data_inicio: XmlDate = field(
                        metadata={
                            "name": "dataInicio",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        }
                    )
                    data_fim: None | XmlDate = field(
                        default=None,
                        metadata={
                            "name": "dataFim",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        },
                    )
                    proc_recurso: CtProcedimentoDados = field(
                        metadata={
                            "name": "procRecurso",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        }
                    )
                    grau_participacao: None | DmGrauPart = field(
                        default=None,
                        metadata={
                            "name": "grauParticipacao",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        },
                    )
                    cod_glosa_item: DmTipoGlosa = field(
                        metadata={
                            "name": "codGlosaItem",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        }
                    )
                    valor_recursado: Decimal = field(
                        metadata={
                            "name": "valorRecursado",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            "total_digits": 8,
                            "fraction_digits": 2,
                        }
                    )
                    justificativa_item: str = field(
                        metadata={
                            "name": "justificativaItem",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            "min_length": 1,
                            "max_length": 500,
                        }
                    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtoAnexoSituacaoInicial(Apresentavel):
    class Meta:
        name = "cto_anexoSituacaoInicial"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    numero_guia_anexo: str = field(
        metadata={
            "name": "numeroGuiaAnexo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_referenciada: str = field(
        metadata={
            "name": "numeroGuiaReferenciada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    numero_carteira: str = field(
        metadata={
            "name": "numeroCarteira",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    ct_situacao_inicial: CtoAnexoSituacaoInicial.CtSituacaoInicial = field(
        metadata={
            "name": "ct_situacaoInicial",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class CtSituacaoInicial(Apresentavel):
        situacao_clinica: CtSituacaoClinica = field(
            metadata={
                "name": "situacaoClinica",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        doenca_periodontal: bool = field(
            metadata={
                "name": "doencaPeriodontal",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        alteracao_tecido_mole: bool = field(
            metadata={
                "name": "alteracaoTecidoMole",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        observacao: None | str = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 500,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtoAnexoSituacaoInicialnaGto(Apresentavel):
    class Meta:
        name = "cto_anexoSituacaoInicialnaGTO"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_guia_anexo: str = field(
        metadata={
            "name": "numeroGuiaAnexo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_referenciada: str = field(
        metadata={
            "name": "numeroGuiaReferenciada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    ct_situacao_inicial: CtoAnexoSituacaoInicialnaGto.CtSituacaoInicial = field(
        metadata={
            "name": "ct_situacaoInicial",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class CtSituacaoInicial(Apresentavel):
        situacao_clinica: CtSituacaoClinica = field(
            metadata={
                "name": "situacaoClinica",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        doenca_periodontal: None | bool = field(
            default=None,
            metadata={
                "name": "doencaPeriodontal",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        alteracao_tecido_mole: None | bool = field(
            default=None,
            metadata={
                "name": "alteracaoTecidoMole",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        observacao: None | str = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 500,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtoAutorizacaoServico(Apresentavel):
    class Meta:
        name = "cto_autorizacaoServico"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    dados_autorizacao: CtAutorizacaoDados = field(
        metadata={
            "name": "dadosAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_carteira: str = field(
        metadata={
            "name": "numeroCarteira",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    nome_beneficiario: str = field(
        metadata={
            "name": "nomeBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    nome_social_beneficiario: None | str = field(
        default=None,
        metadata={
            "name": "nomeSocialBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        },
    )
    tipo_ident: None | DmTipoIdent = field(
        default=None,
        metadata={
            "name": "tipoIdent",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    identificador_beneficiario: None | bytes = field(
        default=None,
        metadata={
            "name": "identificadorBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "format": "base64",
        },
    )
    status_solicitacao: DmStatusSolicitacao = field(
        metadata={
            "name": "statusSolicitacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    prestador_autorizado: None | CtContratadoDados = field(
        default=None,
        metadata={
            "name": "prestadorAutorizado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    procedimentos_autorizados: list[CtoAutorizacaoServico.ProcedimentosAutorizados] = field(
        default_factory=list,
        metadata={
            "name": "procedimentosAutorizados",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    motivos_negativa: None | CtoAutorizacaoServico.MotivosNegativa = field(
        default=None,
        metadata={
            "name": "motivosNegativa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ProcedimentosAutorizados(Apresentavel):
        sequencial_item: int = field(
            metadata={
                "name": "sequencialItem",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 4,
            }
        )
        proc_solic: CtProcedimentoDados = field(
            metadata={
                "name": "procSolic",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        dente_regiao: None | CtoAutorizacaoServico.ProcedimentosAutorizados.DenteRegiao = field(
            default=None,
            metadata={
                "name": "denteRegiao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        dente_face: None | str = field(
            default=None,
            metadata={
                "name": "denteFace",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 5,
            },
        )
        qtd_proc: int = field(
            metadata={
                "name": "qtdProc",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 2,
            }
        )
        qtd_us: None | Decimal = field(
            default=None,
            metadata={
                "name": "qtdUS",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 8,
                "fraction_digits": 2,
            },
        )
        valor_proc: Decimal = field(
            metadata={
                "name": "valorProc",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 8,
                "fraction_digits": 2,
            }
        )
        valor_franquia: None | Decimal = field(
            default=None,
            metadata={
                "name": "valorFranquia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 8,
                "fraction_digits": 2,
            },
        )
        aut: DmSimNao = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        motivos_negativa: None | CtoAutorizacaoServico.ProcedimentosAutorizados.MotivosNegativa = (
            field(
                default=None,
                metadata={
                    "name": "motivosNegativa",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class DenteRegiao(Apresentavel):
            cod_dente: None | DmDente = field(
                default=None,
                metadata={
                    "name": "codDente",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
            cod_regiao: None | DmRegiao = field(
                default=None,
                metadata={
                    "name": "codRegiao",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )

        @dataclass(repr=False, slots=True, kw_only=True)
        class MotivosNegativa(Apresentavel):
            codigo_glosa: list[DmTipoGlosa] = field(
                default_factory=list,
                metadata={
                    "name": "codigoGlosa",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_occurs": 1,
                },
            )

    @dataclass(repr=False, slots=True, kw_only=True)
    class MotivosNegativa(Apresentavel):
        codigo_glosa: list[DmTipoGlosa] = field(
            default_factory=list,
            metadata={
                "name": "codigoGlosa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtoDemonstrativoOdontologia(Apresentavel):
    class Meta:
        name = "cto_demonstrativoOdontologia"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cabecalho_demonstrativo_odonto: CtoDemonstrativoOdontologia.CabecalhoDemonstrativoOdonto = (
        field(
            metadata={
                "name": "cabecalhoDemonstrativoOdonto",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
    )
    dados_prestador: CtoDemonstrativoOdontologia.DadosPrestador = field(
        metadata={
            "name": "dadosPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_pagamento_por_data: list[CtoDemonstrativoOdontologia.DadosPagamentoPorData] = field(
        default_factory=list,
        metadata={
            "name": "dadosPagamentoPorData",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_occurs": 1,
        },
    )
    totais_bruto_demonstrativo: CtoDemonstrativoOdontologia.TotaisBrutoDemonstrativo = field(
        metadata={
            "name": "totaisBrutoDemonstrativo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    deb_cred_demonstrativo: None | CtoDemonstrativoOdontologia.DebCredDemonstrativo = field(
        default=None,
        metadata={
            "name": "debCredDemonstrativo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    total_debitos_demonstativo: Decimal = field(
        metadata={
            "name": "totalDebitosDemonstativo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    total_creditos_demonstrativo: Decimal = field(
        metadata={
            "name": "totalCreditosDemonstrativo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_recebido_demonstrativo: Decimal = field(
        metadata={
            "name": "valorRecebidoDemonstrativo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class CabecalhoDemonstrativoOdonto(Apresentavel):
        registro_ans: str = field(
            metadata={
                "name": "registroANS",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_length": 6,
                "pattern": r"[0-9]{6}",
            }
        )
        numero_demonstrativo: str = field(
            metadata={
                "name": "numeroDemonstrativo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 12,
            }
        )
        nome_operadora: str = field(
            metadata={
                "name": "nomeOperadora",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 70,
            }
        )
        cnpj_oper: str = field(
            metadata={
                "name": "cnpjOper",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "pattern": r"[0-9]{14}",
            }
        )
        periodo_proc: CtoDemonstrativoOdontologia.CabecalhoDemonstrativoOdonto.PeriodoProc = field(
            metadata={
                "name": "periodoProc",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class PeriodoProc(Apresentavel):
            datainicio: XmlDate = field(
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            datafim: XmlDate = field(
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosPrestador(Apresentavel):
        codigo_prestador: str = field(
            metadata={
                "name": "codigoPrestador",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 14,
            }
        )
        cpf_cnpjcontratado: CtoDemonstrativoOdontologia.DadosPrestador.CpfCnpjcontratado = field(
            metadata={
                "name": "cpfCNPJContratado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class CpfCnpjcontratado(Apresentavel):
            cnpj_prestador: None | str = field(
                default=None,
                metadata={
                    "name": "cnpjPrestador",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "pattern": r"[0-9]{14}",
                },
            )
            cpf_contratado: None | str = field(
                default=None,
                metadata={
                    "name": "cpfContratado",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "pattern": r"[0-9]{11}",
                },
            )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosPagamentoPorData(Apresentavel):
        dados_pagamento: CtoDemonstrativoOdontologia.DadosPagamentoPorData.DadosPagamento = field(
            metadata={
                "name": "dadosPagamento",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        protocolos: list[CtoDemonstrativoOdontologia.DadosPagamentoPorData.Protocolos] = field(
            default_factory=list,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )
        totais_por_data: CtoDemonstrativoOdontologia.DadosPagamentoPorData.TotaisPorData = field(
            metadata={
                "name": "totaisPorData",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        deb_cred_por_data_pagamento: (
            None | CtoDemonstrativoOdontologia.DadosPagamentoPorData.DebCredPorDataPagamento
        ) = field(
            default=None,
            metadata={
                "name": "debCredPorDataPagamento",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        total_liquido_por_data: CtoDemonstrativoOdontologia.DadosPagamentoPorData.TotalLiquidoPorData = field(
            metadata={
                "name": "totalLiquidoPorData",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class DadosPagamento(Apresentavel):
            data_pagamento: XmlDate = field(
                metadata={
                    "name": "dataPagamento",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            banco: None | str = field(
                default=None,
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 4,
                },
            )
            agencia: None | str = field(
                default=None,
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 7,
                },
            )
            conta: None | str = field(
                default=None,
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 20,
                },
            )

        @dataclass(repr=False, slots=True, kw_only=True)
        class Protocolos(Apresentavel):
            numero_lote: str = field(
                metadata={
                    "name": "numeroLote",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 12,
                }
            )
            numero_protocolo: str = field(
                metadata={
                    "name": "numeroProtocolo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 12,
                }
            )
            dados_pagamento_guia: list[
                CtoDemonstrativoOdontologia.DadosPagamentoPorData.Protocolos.DadosPagamentoGuia
            ] = field(
                default_factory=list,
                metadata={
                    "name": "dadosPagamentoGuia",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_occurs": 1,
                },
            )
            totais_por_protocolo: CtoDemonstrativoOdontologia.DadosPagamentoPorData.Protocolos.TotaisPorProtocolo = field(
                metadata={
                    "name": "totaisPorProtocolo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )

            @dataclass(repr=False, slots=True, kw_only=True)
            class DadosPagamentoGuia(Apresentavel):
                numero_guia_prestador: str = field(
                    metadata={
                        "name": "numeroGuiaPrestador",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_length": 1,
                        "max_length": 20,
                    }
                )
                numero_guia_operadora: None | str = field(
                    default=None,
                    metadata={
                        "name": "numeroGuiaOperadora",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_length": 1,
                        "max_length": 20,
                    },
                )
                recurso: DmSimNao = field(
                    metadata={
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    }
                )
                nome_executante: str = field(
                    metadata={
                        "name": "nomeExecutante",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_length": 1,
                        "max_length": 70,
                    }
                )
                carteira_beneficiario: str = field(
                    metadata={
                        "name": "carteiraBeneficiario",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_length": 1,
                        "max_length": 20,
                    }
                )
                dados_pagamento: list[
                    CtoDemonstrativoOdontologia.DadosPagamentoPorData.Protocolos.DadosPagamentoGuia.DadosPagamento
                ] = field(
                    default_factory=list,
                    metadata={
                        "name": "dadosPagamento",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_occurs": 1,
                    },
                )
                observacao_guia: None | str = field(
                    default=None,
                    metadata={
                        "name": "observacaoGuia",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_length": 1,
                        "max_length": 500,
                    },
                )
                valor_total_informado_guia: Decimal = field(
                    metadata={
                        "name": "valorTotalInformadoGuia",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 8,
                        "fraction_digits": 2,
                    }
                )
                valor_total_processado_guia: Decimal = field(
                    metadata={
                        "name": "valorTotalProcessadoGuia",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 8,
                        "fraction_digits": 2,
                    }
                )
                valor_total_glosa_guia: Decimal = field(
                    metadata={
                        "name": "valorTotalGlosaGuia",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 8,
                        "fraction_digits": 2,
                    }
                )
                valor_total_franquia_guia: Decimal = field(
                    metadata={
                        "name": "valorTotalFranquiaGuia",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 8,
                        "fraction_digits": 2,
                    }
                )
                valor_total_liberado_guia: Decimal = field(
                    metadata={
                        "name": "valorTotalLiberadoGuia",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 8,
                        "fraction_digits": 2,
                    }
                )

                @dataclass(repr=False, slots=True, kw_only=True)
                class DadosPagamento(Apresentavel):
                    sequencial_item: int = field(
                        metadata={
                            "name": "sequencialItem",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            "total_digits": 4,
                        }
                    )
                    procedimento: CtProcedimentoDados = field(
                        metadata={
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        }
                    )
                    dente_regiao: (
                        None
                        | CtoDemonstrativoOdontologia.DadosPagamentoPorData.Protocolos.DadosPagamentoGuia.DadosPagamento.DenteRegiao
                    ) = field(
                        default=None,
                        metadata={
                            "name": "denteRegiao",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        },
                    )
                    dente_face: None | str = field(
                        default=None,
                        metadata={
                            "name": "denteFace",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            "min_length": 1,
                            "max_length": 5,
                        },
                    )
                    data_realizacao: XmlDate = field(
                        metadata={
                            "name": "dataRealizacao",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        }
                    )
                    qtd_proc: int = field(
                        metadata={
                            "name": "qtdProc",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            "total_digits": 2,
                        }
                    )
                    valor_informado: Decimal = field(
                        metadata={
                            "name": "valorInformado",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            "total_digits": 7,
                            "fraction_digits": 2,
                        }
                    )
                    valor_processado: Decimal = field(
                        metadata={
                            "name": "valorProcessado",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            "total_digits": 7,
                            "fraction_digits": 2,
                        }
                    )
                    valor_glosa_estorno: Decimal = field(
                        metadata={
                            "name": "valorGlosaEstorno",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            "total_digits": 7,
                            "fraction_digits": 2,
                        }
                    )
                    valor_franquia: Decimal = field(
                        metadata={
                            "name": "valorFranquia",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            "total_digits": 7,
                            "fraction_digits": 2,
                        }
                    )
                    valor_liberado: Decimal = field(
                        metadata={
                            "name": "valorLiberado",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            "total_digits": 7,
                            "fraction_digits": 2,
                        }
                    )
                    codigos_glosa: list[DmTipoGlosa] = field(
                        default_factory=list,
                        metadata={
                            "name": "codigosGlosa",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        },
                    )

                    @dataclass(repr=False, slots=True, kw_only=True)
                    class DenteRegiao(Apresentavel):
                        cod_dente: None | DmDente = field(
                            default=None,
                            metadata={
                                "name": "codDente",
                                "type": "Element",
                                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            },
                        )
                        cod_regiao: None | DmRegiao = field(
                            default=None,
                            metadata={
                                "name": "codRegiao",
                                "type": "Element",
                                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                            },
                        )

            @dataclass(repr=False, slots=True, kw_only=True)
            class TotaisPorProtocolo(Apresentavel):
                valor_total_informado_por_protocolo: Decimal = field(
                    metadata={
                        "name": "valorTotalInformadoPorProtocolo",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )
                valor_total_processado_por_protocolo: Decimal = field(
                    metadata={
                        "name": "valorTotalProcessadoPorProtocolo",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )
                valor_total_glosa_por_protocolo: Decimal = field(
                    metadata={
                        "name": "valorTotalGlosaPorProtocolo",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )
                valor_total_franquia_por_protocolo: Decimal = field(
                    metadata={
                        "name": "valorTotalFranquiaPorProtocolo",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )
                valor_total_liberado_por_protocolo: Decimal = field(
                    metadata={
                        "name": "valorTotalLiberadoPorProtocolo",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )

        @dataclass(repr=False, slots=True, kw_only=True)
        class TotaisPorData(Apresentavel):
            valor_brutonformado_por_data: Decimal = field(
                metadata={
                    "name": "valorBrutonformadoPorData",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )
            valor_bruto_processado_por_data: Decimal = field(
                metadata={
                    "name": "valorBrutoProcessadoPorData",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )
            valor_bruto_glosa_por_data: Decimal = field(
                metadata={
                    "name": "valorBrutoGlosaPorData",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )
            valor_bruto_franquia_por_data: Decimal = field(
                metadata={
                    "name": "valorBrutoFranquiaPorData",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )
            valor_bruto_liberado_por_data: Decimal = field(
                metadata={
                    "name": "valorBrutoLiberadoPorData",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )

        @dataclass(repr=False, slots=True, kw_only=True)
        class DebCredPorDataPagamento(Apresentavel):
            descontos: list[CtDescontos] = field(
                default_factory=list,
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_occurs": 1,
                },
            )

        @dataclass(repr=False, slots=True, kw_only=True)
        class TotalLiquidoPorData(Apresentavel):
            valor_total_debitos_por_data: Decimal = field(
                metadata={
                    "name": "valorTotalDebitosPorData",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )
            valor_total_creditos_por_data: Decimal = field(
                metadata={
                    "name": "valorTotalCreditosPorData",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )
            valor_final_areceber_por_data: Decimal = field(
                metadata={
                    "name": "valorFinalAReceberPorData",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "total_digits": 10,
                    "fraction_digits": 2,
                }
            )

    @dataclass(repr=False, slots=True, kw_only=True)
    class TotaisBrutoDemonstrativo(Apresentavel):
        valor_informado_por_demonstrativo_data: Decimal = field(
            metadata={
                "name": "valorInformadoPorDemonstrativoData",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            }
        )
        valorl_processado_por_demonstrativo: Decimal = field(
            metadata={
                "name": "valorlProcessadoPorDemonstrativo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            }
        )
        valorl_glosa_por_demonstrativo: Decimal = field(
            metadata={
                "name": "valorlGlosaPorDemonstrativo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            }
        )
        valo_franquia_por_demonstrativo: Decimal = field(
            metadata={
                "name": "valoFranquiaPorDemonstrativo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            }
        )
        valor_liberado_por_demonstrativo: Decimal = field(
            metadata={
                "name": "valorLiberadoPorDemonstrativo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DebCredDemonstrativo(Apresentavel):
        descontos: list[CtDescontos] = field(
            default_factory=list,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtoRecursoGlosaOdonto(Apresentavel):
    class Meta:
        name = "cto_recursoGlosaOdonto"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    numero_guia_rec_glosa_prestador: str = field(
        metadata={
            "name": "numeroGuiaRecGlosaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    nome_operadora: str = field(
        metadata={
            "name": "nomeOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    objeto_recurso: DmObjetoRecurso = field(
        metadata={
            "name": "objetoRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_guia_rec_glosa_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaRecGlosaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    dados_contratado: CtContratadoDados = field(
        metadata={
            "name": "dadosContratado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_lote: str = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    numero_protocolo: int = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 12,
        }
    )
    opcao_recurso: CtoRecursoGlosaOdonto.OpcaoRecurso = field(
        metadata={
            "name": "opcaoRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    valor_total_recursado: Decimal = field(
        metadata={
            "name": "valorTotalRecursado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    data_recurso: XmlDate = field(
        metadata={
            "name": "dataRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class OpcaoRecurso(Apresentavel):
        recurso_protocolo: None | CtoRecursoGlosaOdonto.OpcaoRecurso.RecursoProtocolo = field(
            default=None,
            metadata={
                "name": "recursoProtocolo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        recurso_guia: list[CtoRecursoGlosaOdonto.OpcaoRecurso.RecursoGuia] = field(
            default_factory=list,
            metadata={
                "name": "recursoGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_occurs": 100,
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class RecursoProtocolo(Apresentavel):
            codigo_glosa_protocolo: DmTipoGlosa = field(
                metadata={
                    "name": "codigoGlosaProtocolo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            justificativa_protocolo: str = field(
                metadata={
                    "name": "justificativaProtocolo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 500,
                }
            )

        @dataclass(repr=False, slots=True, kw_only=True)
        class RecursoGuia(Apresentavel):
            numero_guia_prestador: str = field(
                metadata={
                    "name": "numeroGuiaPrestador",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 20,
                }
            )
            numero_guia_operadora: None | str = field(
                default=None,
                metadata={
                    "name": "numeroGuiaOperadora",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 20,
                },
            )
            senha: None | str = field(
                default=None,
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 20,
                },
            )
            cod_glosa_guia: DmTipoGlosa = field(
                metadata={
                    "name": "codGlosaGuia",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            justificativa_guia: str = field(
                metadata={
                    "name": "justificativaGuia",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 500,
                }
            )
            recurso_procedimento: list[
                CtoRecursoGlosaOdonto.OpcaoRecurso.RecursoGuia.RecursoProcedimento
            ] = field(
                default_factory=list,
                metadata={
                    "name": "recursoProcedimento",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )

            @dataclass(repr=False, slots=True, kw_only=True)
            class RecursoProcedimento(Apresentavel):
                sequencial_item: int = field(
                    metadata={
                        "name": "sequencialItem",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 4,
                    }
                )
                data_realizacao: XmlDate = field(
                    metadata={
                        "name": "dataRealizacao",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    }
                )
                dente_regiao: (
                    None
                    | CtoRecursoGlosaOdonto.OpcaoRecurso.RecursoGuia.RecursoProcedimento.DenteRegiao
                ) = field(
                    default=None,
                    metadata={
                        "name": "denteRegiao",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    },
                )
                dente_face: None | str = field(
                    default=None,
                    metadata={
                        "name": "denteFace",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "pattern": r"[OLMVDIP]{1,5}",
                    },
                )
                quantidade: int = field(
                    metadata={
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 2,
                    }
                )
                proc_recurso: CtProcedimentoDados = field(
                    metadata={
                        "name": "procRecurso",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    }
                )
                cod_glosa_proc: DmTipoGlosa = field(
                    metadata={
                        "name": "codGlosaProc",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    }
                )
                justificativa_proc: str = field(
                    metadata={
                        "name": "justificativaProc",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_length": 1,
                        "max_length": 500,
                    }
                )
                valor_recursado: Decimal = field(
                    metadata={
                        "name": "valorRecursado",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 8,
                        "fraction_digits": 2,
                    }
                )

                @dataclass(repr=False, slots=True, kw_only=True)
                class DenteRegiao(Apresentavel):
                    cod_dente: None | DmDente = field(
                        default=None,
                        metadata={
                            "name": "codDente",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        },
                    )
                    cod_regiao: None | DmRegiao = field(
                        default=None,
                        metadata={
                            "name": "codRegiao",
                            "type": "Element",
                            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        },
                    )


@dataclass(repr=False, slots=True, kw_only=True)
class KeyValueType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    content: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
            "mixed": True,
            "choices": (
                {
                    "name": "DSAKeyValue",
                    "type": DsakeyValue,
                    "namespace": "http://www.w3.org/2000/09/xmldsig#",
                },
                {
                    "name": "RSAKeyValue",
                    "type": RsakeyValue,
                    "namespace": "http://www.w3.org/2000/09/xmldsig#",
                },
            ),
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class SignaturePropertiesType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    signature_property: list[SignatureProperty] = field(
        default_factory=list,
        metadata={
            "name": "SignatureProperty",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "min_occurs": 1,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Attribute",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class TransformsType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    transform: list[Transform] = field(
        default_factory=list,
        metadata={
            "name": "Transform",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "min_occurs": 1,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class X509Data(X509DataType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class CtGlosaRecibo(Apresentavel):
    """
    recibo de recurso de glosa.
    """

    class Meta:
        name = "ct_glosaRecibo"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    numero_guia_rec_glosa_prestador: str = field(
        metadata={
            "name": "numeroGuiaRecGlosaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_rec_glosa_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaRecGlosaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    nome_operadora: str = field(
        metadata={
            "name": "nomeOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    objeto_recurso: DmObjetoRecurso = field(
        metadata={
            "name": "objetoRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    codigo_prestador: str = field(
        metadata={
            "name": "codigoPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 14,
        }
    )
    numero_lote: int = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 12,
        }
    )
    numero_protocolo: int = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 12,
        }
    )
    opcao_recurso: CtGlosaRecibo.OpcaoRecurso = field(
        metadata={
            "name": "opcaoRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    data_recurso: XmlDate = field(
        metadata={
            "name": "dataRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    valor_total_recursado: Decimal = field(
        metadata={
            "name": "valorTotalRecursado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_total_acatado: Decimal = field(
        metadata={
            "name": "valorTotalAcatado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class OpcaoRecurso(Apresentavel):
        recurso_protocolo: None | CtGlosaRecibo.OpcaoRecurso.RecursoProtocolo = field(
            default=None,
            metadata={
                "name": "recursoProtocolo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        recurso_guia: list[CtGlosaRecibo.OpcaoRecurso.RecursoGuia] = field(
            default_factory=list,
            metadata={
                "name": "recursoGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class RecursoProtocolo(Apresentavel):
            codigo_glosa_protocolo: DmTipoGlosa = field(
                metadata={
                    "name": "codigoGlosaProtocolo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            justificativa_protocolo: str = field(
                metadata={
                    "name": "justificativaProtocolo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 500,
                }
            )
            recurso_acatado: DmSimNao = field(
                metadata={
                    "name": "recursoAcatado",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            justificativa_opsnao_acatado_prot: None | str = field(
                default=None,
                metadata={
                    "name": "justificativaOPSnaoAcatadoProt",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 500,
                },
            )

        @dataclass(repr=False, slots=True, kw_only=True)
        class RecursoGuia(Apresentavel):
            resposta_guia: None | CtRespostaGlosaGuiaMedica = field(
                default=None,
                metadata={
                    "name": "respostaGuia",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
            resposta_guia_itens: None | CtRespostaGlosaItemMedico = field(
                default=None,
                metadata={
                    "name": "respostaGuiaItens",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )


@dataclass(repr=False, slots=True, kw_only=True)
class CtGlosaReciboOdonto(Apresentavel):
    """
    retorno do recurso de glosa de odonto.
    """

    class Meta:
        name = "ct_glosaReciboOdonto"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    numero_guia_rec_glosa_prestador: str = field(
        metadata={
            "name": "numeroGuiaRecGlosaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    nome_operadora: str = field(
        metadata={
            "name": "nomeOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    numero_guia_rec_glosa_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaRecGlosaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    objeto_recurso: DmObjetoRecurso = field(
        metadata={
            "name": "objetoRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    codigo_prestador: str = field(
        metadata={
            "name": "codigoPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 14,
        }
    )
    numero_lote: int = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 12,
        }
    )
    numero_protocolo: int = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 12,
        }
    )
    opcao_recurso: CtGlosaReciboOdonto.OpcaoRecurso = field(
        metadata={
            "name": "opcaoRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    data_recurso: XmlDate = field(
        metadata={
            "name": "dataRecurso",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    valor_total_recursado: Decimal = field(
        metadata={
            "name": "valorTotalRecursado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_total_acatado: Decimal = field(
        metadata={
            "name": "valorTotalAcatado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class OpcaoRecurso(Apresentavel):
        recurso_protocolo: None | CtGlosaReciboOdonto.OpcaoRecurso.RecursoProtocolo = field(
            default=None,
            metadata={
                "name": "recursoProtocolo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        recurso_guia: list[CtGlosaReciboOdonto.OpcaoRecurso.RecursoGuia] = field(
            default_factory=list,
            metadata={
                "name": "recursoGuia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class RecursoProtocolo(Apresentavel):
            codigo_glosa_protocolo: DmTipoGlosa = field(
                metadata={
                    "name": "codigoGlosaProtocolo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )
            justificativa_protocolo: str = field(
                metadata={
                    "name": "justificativaProtocolo",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 500,
                }
            )
            recurso_acatado: DmSimNao = field(
                metadata={
                    "name": "recursoAcatado",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )

        @dataclass(repr=False, slots=True, kw_only=True)
        class RecursoGuia(Apresentavel):
            resposta_recurso_guia_odonto: None | CtRespostaRecursoGuiaOdonto = field(
                default=None,
                metadata={
                    "name": "respostaRecursoGuiaOdonto",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
            resposta_recurso_item_odonto: None | CtRespostaRecursoItemOdonto = field(
                default=None,
                metadata={
                    "name": "respostaRecursoItemOdonto",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )


@dataclass(repr=False, slots=True, kw_only=True)
class CtGuiaDados(Apresentavel):
    class Meta:
        name = "ct_guiaDados"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_guia_prestador: str = field(
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    ausencia_cod_validacao: None | DmAusenciaCodValidacao = field(
        default=None,
        metadata={
            "name": "ausenciaCodValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cod_validacao: None | str = field(
        default=None,
        metadata={
            "name": "codValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        },
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    data_realizacao: None | XmlDate = field(
        default=None,
        metadata={
            "name": "dataRealizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    vl_informado_guia: None | CtValorTotal = field(
        default=None,
        metadata={
            "name": "vlInformadoGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    glosa_guia: None | CtGuiaDados.GlosaGuia = field(
        default=None,
        metadata={
            "name": "glosaGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    procedimentos_realizados: None | CtGuiaDados.ProcedimentosRealizados = field(
        default=None,
        metadata={
            "name": "procedimentosRealizados",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class GlosaGuia(Apresentavel):
        motivo_glosa: list[CtMotivoGlosa] = field(
            default_factory=list,
            metadata={
                "name": "motivoGlosa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ProcedimentosRealizados(Apresentavel):
        procedimento_realizado: list[CtGuiaDados.ProcedimentosRealizados.ProcedimentoRealizado] = (
            field(
                default_factory=list,
                metadata={
                    "name": "procedimentoRealizado",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_occurs": 1,
                },
            )
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class ProcedimentoRealizado(CtProcedimentoExecutado):
            glosas_procedimento: (
                None | CtGuiaDados.ProcedimentosRealizados.ProcedimentoRealizado.GlosasProcedimento
            ) = field(
                default=None,
                metadata={
                    "name": "glosasProcedimento",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )

            @dataclass(repr=False, slots=True, kw_only=True)
            class GlosasProcedimento(Apresentavel):
                motivo_glosa: list[CtMotivoGlosa] = field(
                    default_factory=list,
                    metadata={
                        "name": "motivoGlosa",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_occurs": 1,
                    },
                )
                valor_glosa_procedimento: Decimal = field(
                    metadata={
                        "name": "valorGlosaProcedimento",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )


@dataclass(repr=False, slots=True, kw_only=True)
class CtGuiaDadosOdonto(Apresentavel):
    class Meta:
        name = "ct_guiaDadosOdonto"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_guia_prestador: str = field(
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    ausencia_cod_validacao: None | DmAusenciaCodValidacao = field(
        default=None,
        metadata={
            "name": "ausenciaCodValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cod_validacao: None | str = field(
        default=None,
        metadata={
            "name": "codValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        },
    )
    numero_carteira: str = field(
        metadata={
            "name": "numeroCarteira",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    atendimento_rn: DmSimNao = field(
        metadata={
            "name": "atendimentoRN",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tipo_ident: None | DmTipoIdent = field(
        default=None,
        metadata={
            "name": "tipoIdent",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    identificador_beneficiario: None | bytes = field(
        default=None,
        metadata={
            "name": "identificadorBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "format": "base64",
        },
    )
    vl_informado_guia: None | CtValorTotal = field(
        default=None,
        metadata={
            "name": "vlInformadoGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    glosa_guia: None | CtGuiaDadosOdonto.GlosaGuia = field(
        default=None,
        metadata={
            "name": "glosaGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    procedimentos_realizados: None | CtGuiaDadosOdonto.ProcedimentosRealizados = field(
        default=None,
        metadata={
            "name": "procedimentosRealizados",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class GlosaGuia(Apresentavel):
        motivo_glosa: list[CtMotivoGlosa] = field(
            default_factory=list,
            metadata={
                "name": "motivoGlosa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ProcedimentosRealizados(Apresentavel):
        procedimento_realizado: list[
            CtGuiaDadosOdonto.ProcedimentosRealizados.ProcedimentoRealizado
        ] = field(
            default_factory=list,
            metadata={
                "name": "procedimentoRealizado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class ProcedimentoRealizado(CtProcedimentoExecutadoOdonto):
            glosas_procedimento: (
                None
                | CtGuiaDadosOdonto.ProcedimentosRealizados.ProcedimentoRealizado.GlosasProcedimento
            ) = field(
                default=None,
                metadata={
                    "name": "glosasProcedimento",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )

            @dataclass(repr=False, slots=True, kw_only=True)
            class GlosasProcedimento(Apresentavel):
                motivo_glosa: list[CtMotivoGlosa] = field(
                    default_factory=list,
                    metadata={
                        "name": "motivoGlosa",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "min_occurs": 1,
                    },
                )
                valor_glosa_procedimento: Decimal = field(
                    metadata={
                        "name": "valorGlosaProcedimento",
                        "type": "Element",
                        "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                        "total_digits": 10,
                        "fraction_digits": 2,
                    }
                )


@dataclass(repr=False, slots=True, kw_only=True)
class CtGuiaRecursoLote(Apresentavel):
    """
    lote de recurso de glosa.
    """

    class Meta:
        name = "ct_guiaRecursoLote"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    guia_recurso_glosa_odonto: None | CtoRecursoGlosaOdonto = field(
        default=None,
        metadata={
            "name": "guiaRecursoGlosaOdonto",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    guia_recurso_glosa: None | CtmRecursoGlosa = field(
        default=None,
        metadata={
            "name": "guiaRecursoGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProtocoloDetalheAnexo(Apresentavel):
    class Meta:
        name = "ct_protocoloDetalheAnexo"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_protocolo: str = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    valor_total_protocolo: Decimal = field(
        metadata={
            "name": "valorTotalProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    glosas_protocolo: list[CtMotivoGlosa] = field(
        default_factory=list,
        metadata={
            "name": "glosasProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    vl_glosa_protocolo: None | Decimal = field(
        default=None,
        metadata={
            "name": "vlGlosaProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    dados_guias: list[CtGuiaDadosAnexo] = field(
        default_factory=list,
        metadata={
            "name": "dadosGuias",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_occurs": 1,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProtocoloRecurso(Apresentavel):
    """
    estrutura da resposta da operadora a um lote de guias de recurso de glosa de medicina e de
    odonto.
    """

    class Meta:
        name = "ct_protocoloRecurso"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_protocolo: str = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    glosa_protocolo: list[CtMotivoGlosa] = field(
        default_factory=list,
        metadata={
            "name": "glosaProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    dados_guias: list[CtGuiaRecurso] = field(
        default_factory=list,
        metadata={
            "name": "dadosGuias",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtRecebimentoRecurso(Apresentavel):
    class Meta:
        name = "ct_recebimentoRecurso"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    mensagem_erro: None | CtMotivoGlosa = field(
        default=None,
        metadata={
            "name": "mensagemErro",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    protocolo_recebimento: None | CtRecursoGlosaRecebimento = field(
        default=None,
        metadata={
            "name": "protocoloRecebimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtRespostaElegibilidade(Apresentavel):
    class Meta:
        name = "ct_respostaElegibilidade"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    codigo_glosa: None | CtMotivoGlosa = field(
        default=None,
        metadata={
            "name": "codigoGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    recibo_elegibilidade: None | CtElegibilidadeRecibo = field(
        default=None,
        metadata={
            "name": "reciboElegibilidade",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmAnexoSolicitacaoQuimio(Apresentavel):
    class Meta:
        name = "ctm_anexoSolicitacaoQuimio"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cabecalho_anexo: CtAnexoCabecalho = field(
        metadata={
            "name": "cabecalhoAnexo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_complementares_beneficiario: CtDadosComplementaresBeneficiario = field(
        metadata={
            "name": "dadosComplementaresBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    medico_solicitante: CtmAnexoSolicitante = field(
        metadata={
            "name": "medicoSolicitante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    diagnostico_oncologico_quimioterapia: CtmAnexoSolicitacaoQuimio.DiagnosticoOncologicoQuimioterapia = field(
        metadata={
            "name": "diagnosticoOncologicoQuimioterapia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    drogas_solicitadas: CtmAnexoSolicitacaoQuimio.DrogasSolicitadas = field(
        metadata={
            "name": "drogasSolicitadas",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tratamentos_anteriores: None | CtmAnexoSolicitacaoQuimio.TratamentosAnteriores = field(
        default=None,
        metadata={
            "name": "tratamentosAnteriores",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    numero_ciclos: int = field(
        metadata={
            "name": "numeroCiclos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 2,
        }
    )
    ciclo_atual: int = field(
        metadata={
            "name": "cicloAtual",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 2,
        }
    )
    dias_ciclo_atual: int = field(
        metadata={
            "name": "diasCicloAtual",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    intervalo_ciclos: int = field(
        metadata={
            "name": "intervaloCiclos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DiagnosticoOncologicoQuimioterapia(Apresentavel):
        diag_quimio: CtDiagnosticoOncologico = field(
            metadata={
                "name": "diagQuimio",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        tumor: DmTumor = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        nodulo: DmNodulo = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        metastase: DmMetastase = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        tipo_quimioterapia: DmTipoQuimioterapia = field(
            metadata={
                "name": "tipoQuimioterapia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        plano_terapeutico: str = field(
            metadata={
                "name": "planoTerapeutico",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 1000,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DrogasSolicitadas(Apresentavel):
        droga_solicitada: list[CtDrogasSolicitadas] = field(
            default_factory=list,
            metadata={
                "name": "drogaSolicitada",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class TratamentosAnteriores(Apresentavel):
        cirurgia: None | str = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 40,
            },
        )
        datacirurgia: None | XmlDate = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        area_irradiada: None | str = field(
            default=None,
            metadata={
                "name": "areaIrradiada",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 40,
            },
        )
        data_irradiacao: None | XmlDate = field(
            default=None,
            metadata={
                "name": "dataIrradiacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmAutorizacaoOpme(Apresentavel):
    class Meta:
        name = "ctm_autorizacaoOPME"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    dados_autorizacao: CtAutorizacaoDados = field(
        metadata={
            "name": "dadosAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    nomebeneficiario: str = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    nome_social_beneficiario: None | str = field(
        default=None,
        metadata={
            "name": "nomeSocialBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        },
    )
    status_solicitacao: DmStatusSolicitacao = field(
        metadata={
            "name": "statusSolicitacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    motivos_negativa: None | CtmAutorizacaoOpme.MotivosNegativa = field(
        default=None,
        metadata={
            "name": "motivosNegativa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    prestador_autorizado: None | CtContratadoDados = field(
        default=None,
        metadata={
            "name": "prestadorAutorizado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    servicos_autorizados_opme: list[CtProcedimentoAutorizado] = field(
        default_factory=list,
        metadata={
            "name": "servicosAutorizadosOPME",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class MotivosNegativa(Apresentavel):
        motivo_negativa: list[CtMotivoGlosa] = field(
            default_factory=list,
            metadata={
                "name": "motivoNegativa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmAutorizacaoQuimio(Apresentavel):
    class Meta:
        name = "ctm_autorizacaoQuimio"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    dados_autorizacao: CtAutorizacaoDados = field(
        metadata={
            "name": "dadosAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_carteira: str = field(
        metadata={
            "name": "numeroCarteira",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    status_solicitacao: DmStatusSolicitacao = field(
        metadata={
            "name": "statusSolicitacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    nome_beneficiario: str = field(
        metadata={
            "name": "nomeBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    nome_social_beneficiario: None | str = field(
        default=None,
        metadata={
            "name": "nomeSocialBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        },
    )
    dados_complementares_beneficiario: CtDadosComplementaresBeneficiario = field(
        metadata={
            "name": "dadosComplementaresBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    medico_solicitante: CtmAnexoSolicitante = field(
        metadata={
            "name": "medicoSolicitante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    diagnostico_oncologico_quimioterapia: CtmAutorizacaoQuimio.DiagnosticoOncologicoQuimioterapia = field(
        metadata={
            "name": "diagnosticoOncologicoQuimioterapia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    drogas_solicitadas: CtmAutorizacaoQuimio.DrogasSolicitadas = field(
        metadata={
            "name": "drogasSolicitadas",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tratamentos_anteriores: None | CtmAutorizacaoQuimio.TratamentosAnteriores = field(
        default=None,
        metadata={
            "name": "tratamentosAnteriores",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    numero_ciclos: int = field(
        metadata={
            "name": "numeroCiclos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 2,
        }
    )
    ciclo_atual: int = field(
        metadata={
            "name": "cicloAtual",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 2,
        }
    )
    dias_ciclo_atual: int = field(
        metadata={
            "name": "diasCicloAtual",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    intervalo_ciclos: int = field(
        metadata={
            "name": "intervaloCiclos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    motivos_negativa: None | CtmAutorizacaoQuimio.MotivosNegativa = field(
        default=None,
        metadata={
            "name": "motivosNegativa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DiagnosticoOncologicoQuimioterapia(Apresentavel):
        diag_quimio: CtDiagnosticoOncologico = field(
            metadata={
                "name": "diagQuimio",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        tumor: DmTumor = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        nodulo: DmNodulo = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        metastase: DmMetastase = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        tipo_quimioterapia: DmTipoQuimioterapia = field(
            metadata={
                "name": "tipoQuimioterapia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        plano_terapeutico: str = field(
            metadata={
                "name": "planoTerapeutico",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 1000,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DrogasSolicitadas(Apresentavel):
        droga_solicitada: list[CtDrogasSolicitadas] = field(
            default_factory=list,
            metadata={
                "name": "drogaSolicitada",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class TratamentosAnteriores(Apresentavel):
        cirurgia: None | str = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 40,
            },
        )
        datacirurgia: None | XmlDate = field(
            default=None,
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        area_irradiada: None | str = field(
            default=None,
            metadata={
                "name": "areaIrradiada",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 40,
            },
        )
        data_irradiacao: None | XmlDate = field(
            default=None,
            metadata={
                "name": "dataIrradiacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class MotivosNegativa(Apresentavel):
        motivo_negativa: list[CtMotivoGlosa] = field(
            default_factory=list,
            metadata={
                "name": "motivoNegativa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmBeneficiarioComunicacaoRecibo(Apresentavel):
    class Meta:
        name = "ctm_beneficiarioComunicacaoRecibo"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    status_comunicacao: DmSimNao = field(
        metadata={
            "name": "statusComunicacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    beneficiario_comunicacao_ret: CtmBeneficiarioComunicacaoRet = field(
        metadata={
            "name": "beneficiarioComunicacaoRet",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    codigo_glosa: None | DmTipoGlosa = field(
        default=None,
        metadata={
            "name": "codigoGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmDemonstrativoAnaliseConta(Apresentavel):
    class Meta:
        name = "ctm_demonstrativoAnaliseConta"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cabecalho_demonstrativo: CtDemonstrativoCabecalho = field(
        metadata={
            "name": "cabecalhoDemonstrativo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_prestador: CtmDemonstrativoAnaliseConta.DadosPrestador = field(
        metadata={
            "name": "dadosPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_conta: CtmDemonstrativoAnaliseConta.DadosConta = field(
        metadata={
            "name": "dadosConta",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    valor_informado_geral: Decimal = field(
        metadata={
            "name": "valorInformadoGeral",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_processado_geral: Decimal = field(
        metadata={
            "name": "valorProcessadoGeral",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_liberado_geral: Decimal = field(
        metadata={
            "name": "valorLiberadoGeral",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_glosa_geral: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorGlosaGeral",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosPrestador(Apresentavel):
        dados_contratado: CtContratadoDados = field(
            metadata={
                "name": "dadosContratado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        cnes: str = field(
            metadata={
                "name": "CNES",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 7,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosConta(Apresentavel):
        dados_protocolo: list[CtContaMedicaResumo] = field(
            default_factory=list,
            metadata={
                "name": "dadosProtocolo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtoOdontoSolicitacaoGuia(Apresentavel):
    class Meta:
        name = "cto_odontoSolicitacaoGuia"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    numero_guia_prestador: str = field(
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_principal: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaPrincipal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    ausencia_cod_validacao: None | DmAusenciaCodValidacao = field(
        default=None,
        metadata={
            "name": "ausenciaCodValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cod_validacao: None | str = field(
        default=None,
        metadata={
            "name": "codValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        },
    )
    numero_carteira: str = field(
        metadata={
            "name": "numeroCarteira",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    atendimento_rn: DmSimNao = field(
        metadata={
            "name": "atendimentoRN",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tipo_ident: None | DmTipoIdent = field(
        default=None,
        metadata={
            "name": "tipoIdent",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    identificador_beneficiario: None | bytes = field(
        default=None,
        metadata={
            "name": "identificadorBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "format": "base64",
        },
    )
    plano_beneficiario: str = field(
        metadata={
            "name": "planoBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 40,
        }
    )
    nome_empresa: None | str = field(
        default=None,
        metadata={
            "name": "nomeEmpresa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 40,
        },
    )
    dados_profissionais_responsaveis: CtoOdontoSolicitacaoGuia.DadosProfissionaisResponsaveis = (
        field(
            metadata={
                "name": "dadosProfissionaisResponsaveis",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
    )
    procedimentos_solicitados: list[CtoOdontoSolicitacaoGuia.ProcedimentosSolicitados] = field(
        default_factory=list,
        metadata={
            "name": "procedimentosSolicitados",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_occurs": 1,
        },
    )
    data_termino_trat: None | XmlDate = field(
        default=None,
        metadata={
            "name": "dataTerminoTrat",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    tipo_atendimento: DmTipoAtendimentoOdonto = field(
        metadata={
            "name": "tipoAtendimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    qtd_total_us: None | Decimal = field(
        default=None,
        metadata={
            "name": "qtdTotalUS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        },
    )
    valor_total_proc: Decimal = field(
        metadata={
            "name": "valorTotalProc",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        }
    )
    valor_total_franquia: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorTotalFranquia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        },
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )
    odonto_inicial: None | CtoAnexoSituacaoInicial = field(
        default=None,
        metadata={
            "name": "odontoInicial",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosProfissionaisResponsaveis(Apresentavel):
        nome_prof_solic: None | str = field(
            default=None,
            metadata={
                "name": "nomeProfSolic",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 70,
            },
        )
        cro_solic: None | str = field(
            default=None,
            metadata={
                "name": "croSolic",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            },
        )
        uf_solic: None | DmUf = field(
            default=None,
            metadata={
                "name": "ufSolic",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        cbos_solic: None | DmCbos = field(
            default=None,
            metadata={
                "name": "cbosSolic",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        codigo_prof_exec: str = field(
            metadata={
                "name": "codigoProfExec",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 14,
            }
        )
        cro_exec: str = field(
            metadata={
                "name": "croExec",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            }
        )
        uf_exec: DmUf = field(
            metadata={
                "name": "ufExec",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        cnes_exec: str = field(
            metadata={
                "name": "cnesExec",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 7,
            }
        )
        nome_prof_exec2: None | str = field(
            default=None,
            metadata={
                "name": "nomeProfExec2",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 70,
            },
        )
        cro_exec2: None | str = field(
            default=None,
            metadata={
                "name": "croExec2",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            },
        )
        uf_exec2: None | DmUf = field(
            default=None,
            metadata={
                "name": "ufExec2",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        cbos_exec2: DmCbos = field(
            metadata={
                "name": "cbosExec2",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ProcedimentosSolicitados(Apresentavel):
        proc_solic: CtProcedimentoDados = field(
            metadata={
                "name": "procSolic",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        dente_regiao: None | CtoOdontoSolicitacaoGuia.ProcedimentosSolicitados.DenteRegiao = field(
            default=None,
            metadata={
                "name": "denteRegiao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        dente_face: None | str = field(
            default=None,
            metadata={
                "name": "denteFace",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 5,
            },
        )
        qtd_proc: int = field(
            metadata={
                "name": "qtdProc",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 2,
            }
        )
        qtd_us: None | Decimal = field(
            default=None,
            metadata={
                "name": "qtdUS",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 7,
                "fraction_digits": 2,
            },
        )
        valor_proc: Decimal = field(
            metadata={
                "name": "valorProc",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 8,
                "fraction_digits": 2,
            }
        )
        valor_franquia: None | Decimal = field(
            default=None,
            metadata={
                "name": "valorFranquia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 8,
                "fraction_digits": 2,
            },
        )
        aut: DmSimNao = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        data_realizacao: None | XmlDate = field(
            default=None,
            metadata={
                "name": "dataRealizacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class DenteRegiao(Apresentavel):
            cod_dente: None | DmDente = field(
                default=None,
                metadata={
                    "name": "codDente",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
            cod_regiao: None | DmRegiao = field(
                default=None,
                metadata={
                    "name": "codRegiao",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )


@dataclass(repr=False, slots=True, kw_only=True)
class KeyValue(KeyValueType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class SignatureProperties(SignaturePropertiesType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class Transforms(TransformsType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class CtAnexoLote(Apresentavel):
    """
    estrutura da resposta da operadora a um lote de anexos.
    """

    class Meta:
        name = "ct_anexoLote"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_lote: str = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    anexos_guias_tiss: CtAnexoLote.AnexosGuiasTiss = field(
        metadata={
            "name": "AnexosGuiasTISS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class AnexosGuiasTiss(Apresentavel):
        anexo_situacao_inicial: list[CtoAnexoSituacaoInicial] = field(
            default_factory=list,
            metadata={
                "name": "anexoSituacaoInicial",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_occurs": 100,
            },
        )
        anexo_solicitacao_radio: None | CtmAnexoSolicitacaoRadio = field(
            default=None,
            metadata={
                "name": "anexoSolicitacaoRadio",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        anexo_solicitacao_quimio: None | CtmAnexoSolicitacaoQuimio = field(
            default=None,
            metadata={
                "name": "anexoSolicitacaoQuimio",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        anexo_solicitacao_opme: None | CtmAnexoSolicitacaoOpme = field(
            default=None,
            metadata={
                "name": "anexoSolicitacaoOPME",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtAnexoRecebimento(Apresentavel):
    """
    estrutura de recibo do recebimento de um lote de anexos dos prestadores.
    """

    class Meta:
        name = "ct_anexoRecebimento"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    nr_protocolo_recebimento: str = field(
        metadata={
            "name": "nrProtocoloRecebimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    data_envio_anexo: XmlDate = field(
        metadata={
            "name": "dataEnvioAnexo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_lote: str = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    dados_prestador: CtContratadoDados = field(
        metadata={
            "name": "dadosPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    qt_anexos_clinicos: int = field(
        metadata={
            "name": "qtAnexosClinicos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        }
    )
    anexos_clinicos: CtAnexoRecebimento.AnexosClinicos = field(
        metadata={
            "name": "anexosClinicos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class AnexosClinicos(Apresentavel):
        anexo_opme: None | CtmAutorizacaoOpme = field(
            default=None,
            metadata={
                "name": "anexoOPME",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        anexo_quimio: None | CtmAutorizacaoQuimio = field(
            default=None,
            metadata={
                "name": "anexoQuimio",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        anexo_radio: None | CtmAutorizacaoRadio = field(
            default=None,
            metadata={
                "name": "anexoRadio",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        anexo_situacao_inicial: list[CtAnexoRecebimento.AnexosClinicos.AnexoSituacaoInicial] = (
            field(
                default_factory=list,
                metadata={
                    "name": "anexoSituacaoInicial",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "max_occurs": 100,
                },
            )
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class AnexoSituacaoInicial(CtoAnexoSituacaoInicial):
            nome_beneficiario: str = field(
                metadata={
                    "name": "nomeBeneficiario",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 70,
                }
            )
            nome_social_beneficiario: None | str = field(
                default=None,
                metadata={
                    "name": "nomeSocialBeneficiario",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 70,
                },
            )


@dataclass(repr=False, slots=True, kw_only=True)
class CtDemonstrativoRetorno(Apresentavel):
    class Meta:
        name = "ct_demonstrativoRetorno"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    mensagem_erro: None | CtMotivoGlosa = field(
        default=None,
        metadata={
            "name": "mensagemErro",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    demonstrativo_analise_conta: list[CtmDemonstrativoAnaliseConta] = field(
        default_factory=list,
        metadata={
            "name": "demonstrativoAnaliseConta",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_occurs": 30,
        },
    )
    demonstrativo_pagamento: None | CtmDemonstrativoPagamento = field(
        default=None,
        metadata={
            "name": "demonstrativoPagamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    demonstrativo_pagamento_odonto: None | CtoDemonstrativoOdontologia = field(
        default=None,
        metadata={
            "name": "demonstrativoPagamentoOdonto",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    situacao_demonstrativo_retorno: None | CtDemonstrativoRetorno.SituacaoDemonstrativoRetorno = (
        field(
            default=None,
            metadata={
                "name": "situacaoDemonstrativoRetorno",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class SituacaoDemonstrativoRetorno(Apresentavel):
        identificacao_operadora: str = field(
            metadata={
                "name": "identificacaoOperadora",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_length": 6,
                "pattern": r"[0-9]{6}",
            }
        )
        dados_prestador: CtContratadoDados = field(
            metadata={
                "name": "dadosPrestador",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        numero_protocolo: str = field(
            metadata={
                "name": "numeroProtocolo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 12,
            }
        )
        protocolo_solicitacao_demonstrativo: str = field(
            metadata={
                "name": "protocoloSolicitacaoDemonstrativo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 12,
            }
        )
        tipo_demonstrativo: DmTipoDemonstrativo = field(
            metadata={
                "name": "tipoDemonstrativo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        data_situacao_demonstrativo: XmlDate = field(
            metadata={
                "name": "dataSituacaoDemonstrativo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        situacao_demonstrativo: DmStatusProtocolo = field(
            metadata={
                "name": "situacaoDemonstrativo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtLoteAnexoStatus(Apresentavel):
    """
    resposta a uma solicitação de situação de protocolo.
    """

    class Meta:
        name = "ct_loteAnexoStatus"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    status_protocolo: DmStatusProtocolo = field(
        metadata={
            "name": "statusProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_protocolo: str = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    numero_lote: str = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    data_envio_lote: XmlDate = field(
        metadata={
            "name": "dataEnvioLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    anexos_clinicos: CtLoteAnexoStatus.AnexosClinicos = field(
        metadata={
            "name": "anexosClinicos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class AnexosClinicos(Apresentavel):
        anexo_opme: None | CtmAutorizacaoOpme = field(
            default=None,
            metadata={
                "name": "anexoOPME",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        anexo_quimio: None | CtmAutorizacaoQuimio = field(
            default=None,
            metadata={
                "name": "anexoQuimio",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        anexo_radio: None | CtmAutorizacaoRadio = field(
            default=None,
            metadata={
                "name": "anexoRadio",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtLoteStatus(Apresentavel):
    """
    resposta a uma solicitação de situação de protocolo.
    """

    class Meta:
        name = "ct_loteStatus"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    status_protocolo: DmStatusProtocolo = field(
        metadata={
            "name": "statusProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_protocolo: str = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    numero_lote: str = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    data_envio_lote: XmlDate = field(
        metadata={
            "name": "dataEnvioLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    valor_total_lote: CtValorTotal = field(
        metadata={
            "name": "valorTotalLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    guias_tiss: CtLoteStatus.GuiasTiss = field(
        metadata={
            "name": "guiasTISS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class GuiasTiss(Apresentavel):
        guias_medicas: list[CtLoteStatus.GuiasTiss.GuiasMedicas] = field(
            default_factory=list,
            metadata={
                "name": "guiasMedicas",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        guias_odonto: list[CtLoteStatus.GuiasTiss.GuiasOdonto] = field(
            default_factory=list,
            metadata={
                "name": "guiasOdonto",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class GuiasMedicas(Apresentavel):
            guias: CtGuiaDados = field(
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )

        @dataclass(repr=False, slots=True, kw_only=True)
        class GuiasOdonto(Apresentavel):
            guias: CtGuiaDadosOdonto = field(
                metadata={
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                }
            )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProtocoloDetalhe(Apresentavel):
    class Meta:
        name = "ct_protocoloDetalhe"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_protocolo: str = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    valor_total_protocolo: Decimal = field(
        metadata={
            "name": "valorTotalProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    glosa_protocolo: None | CtProtocoloDetalhe.GlosaProtocolo = field(
        default=None,
        metadata={
            "name": "glosaProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    dados_guias_protocolo: CtProtocoloDetalhe.DadosGuiasProtocolo = field(
        metadata={
            "name": "dadosGuiasProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class GlosaProtocolo(Apresentavel):
        motivos_glosa: CtProtocoloDetalhe.GlosaProtocolo.MotivosGlosa = field(
            metadata={
                "name": "motivosGlosa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        vl_glosa_protocolo: Decimal = field(
            metadata={
                "name": "vlGlosaProtocolo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 10,
                "fraction_digits": 2,
            }
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class MotivosGlosa(Apresentavel):
            motivo_glosa: list[CtMotivoGlosa] = field(
                default_factory=list,
                metadata={
                    "name": "motivoGlosa",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_occurs": 1,
                },
            )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosGuiasProtocolo(Apresentavel):
        dados_guias: list[CtGuiaDados] = field(
            default_factory=list,
            metadata={
                "name": "dadosGuias",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        dados_guias_odonto: list[CtGuiaDadosOdonto] = field(
            default_factory=list,
            metadata={
                "name": "dadosGuiasOdonto",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProtocoloRecebimentoAnexo(Apresentavel):
    class Meta:
        name = "ct_protocoloRecebimentoAnexo"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_protocolo: str = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    identificacao_operadora: CtFontePagadora = field(
        metadata={
            "name": "identificacaoOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_prestador: CtContratadoDados = field(
        metadata={
            "name": "dadosPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_lote: str = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    data_envio_lote: str = field(
        metadata={
            "name": "dataEnvioLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    detalhe_protocolo: CtProtocoloDetalheAnexo = field(
        metadata={
            "name": "detalheProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProtocoloRecebimentoRecurso(Apresentavel):
    class Meta:
        name = "ct_protocoloRecebimentoRecurso"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_protocolo: str = field(
        metadata={
            "name": "numeroProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    identificacao_operadora: CtFontePagadora = field(
        metadata={
            "name": "identificacaoOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_prestador: CtContratadoDados = field(
        metadata={
            "name": "dadosPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_lote: str = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    data_envio_lote: XmlDate = field(
        metadata={
            "name": "dataEnvioLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    detalhe_protocolo: CtProtocoloRecurso = field(
        metadata={
            "name": "detalheProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtReciboComunicacao(Apresentavel):
    class Meta:
        name = "ct_reciboComunicacao"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    mensagem_erro: None | CtMotivoGlosa = field(
        default=None,
        metadata={
            "name": "mensagemErro",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    recibo_comunicacao: None | CtmBeneficiarioComunicacaoRecibo = field(
        default=None,
        metadata={
            "name": "reciboComunicacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtRespostaGlosa(Apresentavel):
    class Meta:
        name = "ct_respostaGlosa"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    recibo_glosa: None | CtGlosaRecibo = field(
        default=None,
        metadata={
            "name": "reciboGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    recibo_glosa_odonto: None | CtGlosaReciboOdonto = field(
        default=None,
        metadata={
            "name": "reciboGlosaOdonto",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    recibo_glosa_status: None | CtRespostaGlosa.ReciboGlosaStatus = field(
        default=None,
        metadata={
            "name": "reciboGlosaStatus",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    mensagem_erro: None | CtMotivoGlosa = field(
        default=None,
        metadata={
            "name": "mensagemErro",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ReciboGlosaStatus(Apresentavel):
        nr_protocolo_recurso_glosa: str = field(
            metadata={
                "name": "nrProtocoloRecursoGlosa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 12,
            }
        )
        data_envio_recurso: XmlDate = field(
            metadata={
                "name": "dataEnvioRecurso",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        data_recebimento_recurso: XmlDate = field(
            metadata={
                "name": "dataRecebimentoRecurso",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        numero_lote: str = field(
            metadata={
                "name": "numeroLote",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 12,
            }
        )
        registro_ans: str = field(
            metadata={
                "name": "registroANS",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_length": 6,
                "pattern": r"[0-9]{6}",
            }
        )
        dados_prestador: CtContratadoDados = field(
            metadata={
                "name": "dadosPrestador",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        nr_protocolo_situacao_recurso_glosa: str = field(
            metadata={
                "name": "nrProtocoloSituacaoRecursoGlosa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 12,
            }
        )
        data_situacao: XmlDate = field(
            metadata={
                "name": "dataSituacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        situacao_protocolo: DmStatusProtocolo = field(
            metadata={
                "name": "situacaoProtocolo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmAutorizacaoServico(Apresentavel):
    class Meta:
        name = "ctm_autorizacaoServico"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    dados_autorizacao: CtAutorizacaoDados = field(
        metadata={
            "name": "dadosAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tipo_etapa_autorizacao: DmEtapasAutorizacao = field(
        metadata={
            "name": "tipoEtapaAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    nome_beneficiario: str = field(
        metadata={
            "name": "nomeBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    nome_social_beneficiario: None | str = field(
        default=None,
        metadata={
            "name": "nomeSocialBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        },
    )
    prestador_autorizado: None | CtmAutorizacaoServico.PrestadorAutorizado = field(
        default=None,
        metadata={
            "name": "prestadorAutorizado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    status_solicitacao: DmStatusSolicitacao = field(
        metadata={
            "name": "statusSolicitacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    motivos_negativa: None | CtmAutorizacaoServico.MotivosNegativa = field(
        default=None,
        metadata={
            "name": "motivosNegativa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    servicos_autorizados: None | CtmAutorizacaoServico.ServicosAutorizados = field(
        default=None,
        metadata={
            "name": "servicosAutorizados",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 1000,
        },
    )
    autorizacao_quimio: None | CtmAutorizacaoQuimio = field(
        default=None,
        metadata={
            "name": "autorizacaoQuimio",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    autorizacao_radio: None | CtmAutorizacaoRadio = field(
        default=None,
        metadata={
            "name": "autorizacaoRadio",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class PrestadorAutorizado(Apresentavel):
        dados_contratado: CtContratadoDados = field(
            metadata={
                "name": "dadosContratado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        cnes_contratado: str = field(
            metadata={
                "name": "cnesContratado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 7,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class MotivosNegativa(Apresentavel):
        codigo_glosa: list[DmTipoGlosa] = field(
            default_factory=list,
            metadata={
                "name": "codigoGlosa",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ServicosAutorizados(Apresentavel):
        servico_autorizado: list[CtProcedimentoAutorizado] = field(
            default_factory=list,
            metadata={
                "name": "servicoAutorizado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmInternacaoSolicitacaoGuia(Apresentavel):
    class Meta:
        name = "ctm_internacaoSolicitacaoGuia"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    numero_guia_prestador: str = field(
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    ausencia_cod_validacao: None | DmAusenciaCodValidacao = field(
        default=None,
        metadata={
            "name": "ausenciaCodValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cod_validacao: None | str = field(
        default=None,
        metadata={
            "name": "codValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        },
    )
    tipo_etapa_autorizacao: DmEtapasAutorizacao = field(
        metadata={
            "name": "tipoEtapaAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    identificacao_solicitante: CtmInternacaoSolicitacaoGuia.IdentificacaoSolicitante = field(
        metadata={
            "name": "identificacaoSolicitante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_hospital_solicitado: CtmInternacaoSolicitacaoGuia.DadosHospitalSolicitado = field(
        metadata={
            "name": "dadosHospitalSolicitado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_internacao: CtmInternacaoSolicitacaoGuia.DadosInternacao = field(
        metadata={
            "name": "dadosInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    hipoteses_diagnosticas: CtmInternacaoSolicitacaoGuia.HipotesesDiagnosticas = field(
        metadata={
            "name": "hipotesesDiagnosticas",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    procedimentos_solicitados: list[CtmInternacaoSolicitacaoGuia.ProcedimentosSolicitados] = field(
        default_factory=list,
        metadata={
            "name": "procedimentosSolicitados",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_occurs": 1,
        },
    )
    data_solicitacao: XmlDate = field(
        metadata={
            "name": "dataSolicitacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 1000,
        },
    )
    anexo_clinico: None | CtmInternacaoSolicitacaoGuia.AnexoClinico = field(
        default=None,
        metadata={
            "name": "anexoClinico",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class IdentificacaoSolicitante(Apresentavel):
        dados_do_contratado: CtContratadoDados = field(
            metadata={
                "name": "dadosDoContratado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        dados_profissional_contratado: CtContratadoProfissionalDados = field(
            metadata={
                "name": "dadosProfissionalContratado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosHospitalSolicitado(Apresentavel):
        codigo_indicadona_operadora: str = field(
            metadata={
                "name": "codigoIndicadonaOperadora",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 14,
            }
        )
        nome_contratado_indicado: str = field(
            metadata={
                "name": "nomeContratadoIndicado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 70,
            }
        )
        data_sugerida_internacao: XmlDate = field(
            metadata={
                "name": "dataSugeridaInternacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosInternacao(Apresentavel):
        carater_atendimento: DmCaraterAtendimento = field(
            metadata={
                "name": "caraterAtendimento",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        tipo_internacao: DmTipoInternacao = field(
            metadata={
                "name": "tipoInternacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        regime_internacao: DmRegimeInternacao = field(
            metadata={
                "name": "regimeInternacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        qt_diarias_solicitadas: int = field(
            metadata={
                "name": "qtDiariasSolicitadas",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 2,
            }
        )
        indicador_opme: DmSimNao = field(
            metadata={
                "name": "indicadorOPME",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        indicador_quimio: DmSimNao = field(
            metadata={
                "name": "indicadorQuimio",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        indicacao_clinica: str = field(
            metadata={
                "name": "indicacaoClinica",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 500,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class HipotesesDiagnosticas(Apresentavel):
        diagnostico_cid: list[str] = field(
            default_factory=list,
            metadata={
                "name": "diagnosticoCID",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_occurs": 4,
                "min_length": 1,
                "max_length": 4,
            },
        )
        indicador_acidente: DmIndicadorAcidente = field(
            metadata={
                "name": "indicadorAcidente",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ProcedimentosSolicitados(Apresentavel):
        procedimento: CtProcedimentoDados = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        quantidade_solicitada: int = field(
            metadata={
                "name": "quantidadeSolicitada",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 3,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class AnexoClinico(Apresentavel):
        solicitacao_quimioterapia: None | CtmAnexoSolicitacaoQuimio = field(
            default=None,
            metadata={
                "name": "solicitacaoQuimioterapia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        solicitacao_radioterapia: None | CtmAnexoSolicitacaoRadio = field(
            default=None,
            metadata={
                "name": "solicitacaoRadioterapia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        solicitacao_opme: None | CtmAnexoSolicitacaoOpme = field(
            default=None,
            metadata={
                "name": "solicitacaoOPME",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmProrrogacaoSolicitacaoGuia(Apresentavel):
    class Meta:
        name = "ctm_prorrogacaoSolicitacaoGuia"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    numero_guia_prestador: str = field(
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    nr_guia_referenciada: str = field(
        metadata={
            "name": "nrGuiaReferenciada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    dados_beneficiario: CtmProrrogacaoSolicitacaoGuia.DadosBeneficiario = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_contratado_solicitante: CtContratadoDados = field(
        metadata={
            "name": "dadosContratadoSolicitante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    nome_contratado_solicitante: str = field(
        metadata={
            "name": "nomeContratadoSolicitante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        }
    )
    dados_profissional_solicitante: CtContratadoProfissionalDados = field(
        metadata={
            "name": "dadosProfissionalSolicitante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_internacao: CtmProrrogacaoSolicitacaoGuia.DadosInternacao = field(
        metadata={
            "name": "dadosInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    procedimentos_adicionais: list[CtmProrrogacaoSolicitacaoGuia.ProcedimentosAdicionais] = field(
        default_factory=list,
        metadata={
            "name": "procedimentosAdicionais",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    anexo_clinico_prorrogacao: None | CtmProrrogacaoSolicitacaoGuia.AnexoClinicoProrrogacao = field(
        default=None,
        metadata={
            "name": "anexoClinicoProrrogacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )
    data_solicitacao: XmlDate = field(
        metadata={
            "name": "dataSolicitacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosBeneficiario(Apresentavel):
        numero_carteira: str = field(
            metadata={
                "name": "numeroCarteira",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            }
        )
        tipo_ident: None | DmTipoIdent = field(
            default=None,
            metadata={
                "name": "tipoIdent",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        identificador_beneficiario: None | bytes = field(
            default=None,
            metadata={
                "name": "identificadorBeneficiario",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "format": "base64",
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosInternacao(Apresentavel):
        qt_diarias_adicionais: None | int = field(
            default=None,
            metadata={
                "name": "qtDiariasAdicionais",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 3,
            },
        )
        tipo_acomodacao_solicitada: None | DmTipoAcomodacao = field(
            default=None,
            metadata={
                "name": "tipoAcomodacaoSolicitada",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        indicacao_clinica: str = field(
            metadata={
                "name": "indicacaoClinica",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 500,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ProcedimentosAdicionais(Apresentavel):
        procedimento: CtProcedimentoDados = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        quantidade_solicitada: int = field(
            metadata={
                "name": "quantidadeSolicitada",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 3,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class AnexoClinicoProrrogacao(Apresentavel):
        solicitacao_quimioterapia: None | CtmAnexoSolicitacaoQuimio = field(
            default=None,
            metadata={
                "name": "solicitacaoQuimioterapia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        solicitacao_radioterapia: None | CtmAnexoSolicitacaoRadio = field(
            default=None,
            metadata={
                "name": "solicitacaoRadioterapia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        solicitacao_opme: None | CtmAnexoSolicitacaoOpme = field(
            default=None,
            metadata={
                "name": "solicitacaoOPME",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmSpSadtSolicitacaoGuia(Apresentavel):
    class Meta:
        name = "ctm_sp-sadtSolicitacaoGuia"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cabecalho_solicitacao: CtGuiaCabecalho = field(
        metadata={
            "name": "cabecalhoSolicitacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_guia_principal: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaPrincipal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    ausencia_cod_validacao: None | DmAusenciaCodValidacao = field(
        default=None,
        metadata={
            "name": "ausenciaCodValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cod_validacao: None | str = field(
        default=None,
        metadata={
            "name": "codValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        },
    )
    tipo_etapa_autorizacao: DmEtapasAutorizacao = field(
        metadata={
            "name": "tipoEtapaAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_solicitante: CtmSpSadtSolicitacaoGuia.DadosSolicitante = field(
        metadata={
            "name": "dadosSolicitante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    carater_atendimento: DmCaraterAtendimento = field(
        metadata={
            "name": "caraterAtendimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    data_solicitacao: XmlDate = field(
        metadata={
            "name": "dataSolicitacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    indicacao_clinica: None | str = field(
        default=None,
        metadata={
            "name": "indicacaoClinica",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )
    cobertura_especial: None | DmCobEsp = field(
        default=None,
        metadata={
            "name": "coberturaEspecial",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    procedimentos_solicitados: list[CtmSpSadtSolicitacaoGuia.ProcedimentosSolicitados] = field(
        default_factory=list,
        metadata={
            "name": "procedimentosSolicitados",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_occurs": 1,
        },
    )
    dados_executante: None | CtmSpSadtSolicitacaoGuia.DadosExecutante = field(
        default=None,
        metadata={
            "name": "dadosExecutante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    anexo_clinico: None | CtmSpSadtSolicitacaoGuia.AnexoClinico = field(
        default=None,
        metadata={
            "name": "anexoClinico",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosSolicitante(Apresentavel):
        contratado_solicitante: CtContratadoDados = field(
            metadata={
                "name": "contratadoSolicitante",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        nome_contratado_solicitante: str = field(
            metadata={
                "name": "nomeContratadoSolicitante",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 70,
            }
        )
        profissional_solicitante: CtContratadoProfissionalDados = field(
            metadata={
                "name": "profissionalSolicitante",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ProcedimentosSolicitados(Apresentavel):
        procedimento: CtProcedimentoDados = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        quantidade_solicitada: int = field(
            metadata={
                "name": "quantidadeSolicitada",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 3,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosExecutante(Apresentavel):
        codigona_operadora: str = field(
            metadata={
                "name": "codigonaOperadora",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 14,
            }
        )
        cnes: str = field(
            metadata={
                "name": "CNES",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 7,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class AnexoClinico(Apresentavel):
        solicitacao_quimioterapia: None | CtmAnexoSolicitacaoQuimio = field(
            default=None,
            metadata={
                "name": "solicitacaoQuimioterapia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        solicitacao_radioterapia: None | CtmAnexoSolicitacaoRadio = field(
            default=None,
            metadata={
                "name": "solicitacaoRadioterapia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        solicitacao_opme: None | CtmAnexoSolicitacaoOpme = field(
            default=None,
            metadata={
                "name": "solicitacaoOPME",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class ReferenceType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    transforms: None | Transforms = field(
        default=None,
        metadata={
            "name": "Transforms",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
        },
    )
    digest_method: DigestMethod = field(
        metadata={
            "name": "DigestMethod",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
        }
    )
    digest_value: DigestValue = field(
        metadata={
            "name": "DigestValue",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
        }
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Attribute",
        },
    )
    uri: None | str = field(
        default=None,
        metadata={
            "name": "URI",
            "type": "Attribute",
        },
    )
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Attribute",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class RetrievalMethodType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    transforms: None | Transforms = field(
        default=None,
        metadata={
            "name": "Transforms",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
        },
    )
    uri: None | str = field(
        default=None,
        metadata={
            "name": "URI",
            "type": "Attribute",
        },
    )
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Attribute",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProtocoloAnexoStatus(Apresentavel):
    """
    estrutura utilizada na resposta da operadora sobre a situação do protocolo.
    """

    class Meta:
        name = "ct_protocoloAnexoStatus"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    identificacao_operadora: str = field(
        metadata={
            "name": "identificacaoOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    dados_prestador: CtContratadoDados = field(
        metadata={
            "name": "dadosPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    lote_anexo: CtProtocoloAnexoStatus.LoteAnexo = field(
        metadata={
            "name": "loteAnexo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class LoteAnexo(Apresentavel):
        detalhe_lote_anexo: None | CtLoteAnexoStatus = field(
            default=None,
            metadata={
                "name": "detalheLoteAnexo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        mensagem_erro: None | CtMotivoGlosa = field(
            default=None,
            metadata={
                "name": "mensagemErro",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProtocoloRecebimento(Apresentavel):
    class Meta:
        name = "ct_protocoloRecebimento"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    dados_prestador: CtContratadoDados = field(
        metadata={
            "name": "dadosPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_lote: str = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    data_envio_lote: XmlDate = field(
        metadata={
            "name": "dataEnvioLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    detalhe_protocolo: CtProtocoloDetalhe = field(
        metadata={
            "name": "detalheProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtProtocoloStatus(Apresentavel):
    """
    estrutura utilizada na resposta da operadora sobre a situação do protocolo.
    """

    class Meta:
        name = "ct_protocoloStatus"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    identificacao_operadora: str = field(
        metadata={
            "name": "identificacaoOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    dados_prestador: CtContratadoDados = field(
        metadata={
            "name": "dadosPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    lote: CtProtocoloStatus.Lote = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class Lote(Apresentavel):
        detalhe_lote: None | CtLoteStatus = field(
            default=None,
            metadata={
                "name": "detalheLote",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        mensagem_erro: None | CtMotivoGlosa = field(
            default=None,
            metadata={
                "name": "mensagemErro",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmAutorizacaoInternacao(Apresentavel):
    class Meta:
        name = "ctm_autorizacaoInternacao"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    autorizacao_dos_servicos: CtmAutorizacaoServico = field(
        metadata={
            "name": "autorizacaoDosServicos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    data_provavel_admissao: None | XmlDate = field(
        default=None,
        metadata={
            "name": "dataProvavelAdmissao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    qtd_diarias_autorizadas: None | int = field(
        default=None,
        metadata={
            "name": "qtdDiariasAutorizadas",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        },
    )
    tipo_acomodacao_autorizada: None | DmTipoAcomodacao = field(
        default=None,
        metadata={
            "name": "tipoAcomodacaoAutorizada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmAutorizacaoProrrogacao(Apresentavel):
    class Meta:
        name = "ctm_autorizacaoProrrogacao"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    autorizacao_dos_servicos: CtmAutorizacaoServico = field(
        metadata={
            "name": "autorizacaoDosServicos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    nome_contratado: None | str = field(
        default=None,
        metadata={
            "name": "nomeContratado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 70,
        },
    )
    diarias_autorizadas: None | int = field(
        default=None,
        metadata={
            "name": "diariasAutorizadas",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 3,
        },
    )
    acomodacao_autorizada: None | DmTipoAcomodacao = field(
        default=None,
        metadata={
            "name": "acomodacaoAutorizada",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    justificativa_operadora: None | str = field(
        default=None,
        metadata={
            "name": "justificativaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmSolicitacaoLote(Apresentavel):
    class Meta:
        name = "ctm_solicitacaoLote"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    solicitacao_sp_sadt: None | CtmSpSadtSolicitacaoGuia = field(
        default=None,
        metadata={
            "name": "solicitacaoSP-SADT",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    solicitacao_internacao: None | CtmInternacaoSolicitacaoGuia = field(
        default=None,
        metadata={
            "name": "solicitacaoInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    solicitacao_prorrogacao: None | CtmProrrogacaoSolicitacaoGuia = field(
        default=None,
        metadata={
            "name": "solicitacaoProrrogacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    solicitacao_odontologia: None | CtoOdontoSolicitacaoGuia = field(
        default=None,
        metadata={
            "name": "solicitacaoOdontologia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class Reference(ReferenceType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class RetrievalMethod(RetrievalMethodType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class CtRecebimentoLote(Apresentavel):
    class Meta:
        name = "ct_recebimentoLote"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    mensagem_erro: None | CtMotivoGlosa = field(
        default=None,
        metadata={
            "name": "mensagemErro",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    protocolo_recebimento: None | CtProtocoloRecebimento = field(
        default=None,
        metadata={
            "name": "protocoloRecebimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtSituacaoAutorizacao(Apresentavel):
    class Meta:
        name = "ct_situacaoAutorizacao"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    mensagem_erro: None | CtMotivoGlosa = field(
        default=None,
        metadata={
            "name": "mensagemErro",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    autorizacao_internacao: None | CtmAutorizacaoInternacao = field(
        default=None,
        metadata={
            "name": "autorizacaoInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    autorizacao_servico: None | CtmAutorizacaoServico = field(
        default=None,
        metadata={
            "name": "autorizacaoServico",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    autorizacao_prorrogacao: None | CtmAutorizacaoProrrogacao = field(
        default=None,
        metadata={
            "name": "autorizacaoProrrogacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    autorizacao_servico_odonto: None | CtoAutorizacaoServico = field(
        default=None,
        metadata={
            "name": "autorizacaoServicoOdonto",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtSituacaoProtocolo(Apresentavel):
    class Meta:
        name = "ct_situacaoProtocolo"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    mensagem_erro: None | CtMotivoGlosa = field(
        default=None,
        metadata={
            "name": "mensagemErro",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    situacao_do_protocolo: None | CtProtocoloStatus = field(
        default=None,
        metadata={
            "name": "situacaoDoProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    situacao_protocolo_anexo: None | CtProtocoloAnexoStatus = field(
        default=None,
        metadata={
            "name": "situacaoProtocoloAnexo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class CtSolicitacaoProcedimento(CtmSolicitacaoLote):
    class Meta:
        name = "ct_solicitacaoProcedimento"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"


@dataclass(repr=False, slots=True, kw_only=True)
class KeyInfoType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Attribute",
        },
    )
    content: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
            "mixed": True,
            "choices": (
                {
                    "name": "KeyName",
                    "type": KeyName,
                    "namespace": "http://www.w3.org/2000/09/xmldsig#",
                },
                {
                    "name": "KeyValue",
                    "type": KeyValue,
                    "namespace": "http://www.w3.org/2000/09/xmldsig#",
                },
                {
                    "name": "RetrievalMethod",
                    "type": RetrievalMethod,
                    "namespace": "http://www.w3.org/2000/09/xmldsig#",
                },
                {
                    "name": "X509Data",
                    "type": X509Data,
                    "namespace": "http://www.w3.org/2000/09/xmldsig#",
                },
                {
                    "name": "PGPData",
                    "type": Pgpdata,
                    "namespace": "http://www.w3.org/2000/09/xmldsig#",
                },
                {
                    "name": "SPKIData",
                    "type": Spkidata,
                    "namespace": "http://www.w3.org/2000/09/xmldsig#",
                },
                {
                    "name": "MgmtData",
                    "type": MgmtData,
                    "namespace": "http://www.w3.org/2000/09/xmldsig#",
                },
            ),
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class ManifestType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    reference: list[Reference] = field(
        default_factory=list,
        metadata={
            "name": "Reference",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "min_occurs": 1,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Attribute",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class SignedInfoType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    canonicalization_method: CanonicalizationMethod = field(
        metadata={
            "name": "CanonicalizationMethod",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
        }
    )
    signature_method: SignatureMethod = field(
        metadata={
            "name": "SignatureMethod",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
        }
    )
    reference: list[Reference] = field(
        default_factory=list,
        metadata={
            "name": "Reference",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
            "min_occurs": 1,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Attribute",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class OperadoraPrestador(Apresentavel):
    class Meta:
        name = "operadoraPrestador"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    recebimento_lote: None | CtRecebimentoLote = field(
        default=None,
        metadata={
            "name": "recebimentoLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    recebimento_anexo: None | OperadoraPrestador.RecebimentoAnexo = field(
        default=None,
        metadata={
            "name": "recebimentoAnexo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    recebimento_recurso_glosa: None | CtRecebimentoRecurso = field(
        default=None,
        metadata={
            "name": "recebimentoRecursoGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    demonstrativos_retorno: None | CtDemonstrativoRetorno = field(
        default=None,
        metadata={
            "name": "demonstrativosRetorno",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    situacao_protocolo: None | CtSituacaoProtocolo = field(
        default=None,
        metadata={
            "name": "situacaoProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    autorizacao_servicos: None | CtSituacaoAutorizacao = field(
        default=None,
        metadata={
            "name": "autorizacaoServicos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    situacao_autorizacao: None | CtSituacaoAutorizacao = field(
        default=None,
        metadata={
            "name": "situacaoAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    resposta_elegibilidade: None | OperadoraPrestador.RespostaElegibilidade = field(
        default=None,
        metadata={
            "name": "respostaElegibilidade",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    recibo_cancela_guia: None | CtReciboCancelaGuia = field(
        default=None,
        metadata={
            "name": "reciboCancelaGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    recibo_comunicacao: None | CtReciboComunicacao = field(
        default=None,
        metadata={
            "name": "reciboComunicacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    resposta_recurso_glosa: None | CtRespostaGlosa = field(
        default=None,
        metadata={
            "name": "respostaRecursoGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    recebimento_documentos: None | OperadoraPrestador.RecebimentoDocumentos = field(
        default=None,
        metadata={
            "name": "recebimentoDocumentos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class RecebimentoAnexo(Apresentavel):
        mensagem_erro: None | CtMotivoGlosa = field(
            default=None,
            metadata={
                "name": "mensagemErro",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        protocolo_recebimento_anexo: None | CtAnexoRecebimento = field(
            default=None,
            metadata={
                "name": "protocoloRecebimentoAnexo",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class RespostaElegibilidade(Apresentavel):
        mensagem_erro: None | CtMotivoGlosa = field(
            default=None,
            metadata={
                "name": "mensagemErro",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        recibo_elegibilidade: None | CtElegibilidadeRecibo = field(
            default=None,
            metadata={
                "name": "reciboElegibilidade",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class RecebimentoDocumentos(Apresentavel):
        mensagem_erro: None | CtMotivoGlosa = field(
            default=None,
            metadata={
                "name": "mensagemErro",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        recibo_documento: None | CtReciboDocumentos = field(
            default=None,
            metadata={
                "name": "reciboDocumento",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class KeyInfo(KeyInfoType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class Manifest(ManifestType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class SignedInfo(SignedInfoType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class SignatureType(Apresentavel):
    class Meta:
        target_namespace = "http://www.w3.org/2000/09/xmldsig#"

    signed_info: SignedInfo = field(
        metadata={
            "name": "SignedInfo",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
        }
    )
    signature_value: SignatureValue = field(
        metadata={
            "name": "SignatureValue",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
        }
    )
    key_info: None | KeyInfo = field(
        default=None,
        metadata={
            "name": "KeyInfo",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
        },
    )
    object_value: list[Object] = field(
        default_factory=list,
        metadata={
            "name": "Object",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Attribute",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class Signature1(SignatureType):
    class Meta:
        name = "Signature"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"


@dataclass(repr=False, slots=True, kw_only=True)
class Signature(SignatureType):
    class Meta:
        namespace = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(repr=False, slots=True, kw_only=True)
class CtmConsultaGuia(GuiaApresentavel):
    class Meta:
        name = "ctm_consultaGuia"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cabecalho_consulta: CtGuiaCabecalho = field(
        metadata={
            "name": "cabecalhoConsulta",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    ausencia_cod_validacao: None | DmAusenciaCodValidacao = field(
        default=None,
        metadata={
            "name": "ausenciaCodValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cod_validacao: None | str = field(
        default=None,
        metadata={
            "name": "codValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        },
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    contratado_executante: CtmConsultaGuia.ContratadoExecutante = field(
        metadata={
            "name": "contratadoExecutante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    profissional_executante: CtContratadoProfissionalDados = field(
        metadata={
            "name": "profissionalExecutante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    indicacao_acidente: DmIndicadorAcidente = field(
        metadata={
            "name": "indicacaoAcidente",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_atendimento: CtmConsultaAtendimento = field(
        metadata={
            "name": "dadosAtendimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )
    assinatura_digital_guia: None | Signature1 = field(
        default=None,
        metadata={
            "name": "assinaturaDigitalGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ContratadoExecutante(CtContratadoDados):
        cnes: str = field(
            metadata={
                "name": "CNES",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 7,
            }
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmHonorarioIndividualGuia(GuiaApresentavel):
    class Meta:
        name = "ctm_honorarioIndividualGuia"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cabecalho_guia: CtGuiaCabecalho = field(
        metadata={
            "name": "cabecalhoGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    guia_solic_internacao: str = field(
        metadata={
            "name": "guiaSolicInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    senha: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    beneficiario: CtmHonorarioIndividualGuia.Beneficiario = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    local_contratado: CtmHonorarioIndividualGuia.LocalContratado = field(
        metadata={
            "name": "localContratado",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_contratado_executante: CtmHonorarioIndividualGuia.DadosContratadoExecutante = field(
        metadata={
            "name": "dadosContratadoExecutante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_internacao: CtmHonorarioIndividualGuia.DadosInternacao = field(
        metadata={
            "name": "dadosInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    procedimentos_realizados: CtmHonorarioIndividualGuia.ProcedimentosRealizados = field(
        metadata={
            "name": "procedimentosRealizados",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )
    valor_total_honorarios: Decimal = field(
        metadata={
            "name": "valorTotalHonorarios",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    data_emissao_guia: XmlDate = field(
        metadata={
            "name": "dataEmissaoGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    assinatura_digital_guia: None | Signature1 = field(
        default=None,
        metadata={
            "name": "assinaturaDigitalGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class Beneficiario(Apresentavel):
        numero_carteira: str = field(
            metadata={
                "name": "numeroCarteira",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            }
        )
        atendimento_rn: DmSimNao = field(
            metadata={
                "name": "atendimentoRN",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class LocalContratado(Apresentavel):
        codigo_contratado: CtmHonorarioIndividualGuia.LocalContratado.CodigoContratado = field(
            metadata={
                "name": "codigoContratado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        nome_contratado: str = field(
            metadata={
                "name": "nomeContratado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 70,
            }
        )
        cnes: str = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 7,
            }
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class CodigoContratado(Apresentavel):
            codigo_na_operadora: None | str = field(
                default=None,
                metadata={
                    "name": "codigoNaOperadora",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "min_length": 1,
                    "max_length": 14,
                },
            )
            cnpj_local_executante: None | str = field(
                default=None,
                metadata={
                    "name": "cnpjLocalExecutante",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                    "pattern": r"[0-9]{14}",
                },
            )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosContratadoExecutante(Apresentavel):
        codigona_operadora: str = field(
            metadata={
                "name": "codigonaOperadora",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 14,
            }
        )
        cnes_contratado_executante: str = field(
            metadata={
                "name": "cnesContratadoExecutante",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 7,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosInternacao(Apresentavel):
        data_inicio_faturamento: XmlDate = field(
            metadata={
                "name": "dataInicioFaturamento",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        data_fim_faturamento: XmlDate = field(
            metadata={
                "name": "dataFimFaturamento",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ProcedimentosRealizados(Apresentavel):
        procedimento_realizado: list[CtProcedimentoExecutadoHonorIndiv] = field(
            default_factory=list,
            metadata={
                "name": "procedimentoRealizado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmInternacaoResumoGuia(GuiaApresentavel):
    class Meta:
        name = "ctm_internacaoResumoGuia"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cabecalho_guia: CtGuiaCabecalho = field(
        metadata={
            "name": "cabecalhoGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    numero_guia_solicitacao_internacao: str = field(
        metadata={
            "name": "numeroGuiaSolicitacaoInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    dados_autorizacao: CtAutorizacaoInternacao = field(
        metadata={
            "name": "dadosAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_executante: CtmInternacaoResumoGuia.DadosExecutante = field(
        metadata={
            "name": "dadosExecutante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_internacao: CtmInternacaoDados = field(
        metadata={
            "name": "dadosInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_saida_internacao: CtmInternacaoDadosSaida = field(
        metadata={
            "name": "dadosSaidaInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    procedimentos_executados: None | CtmInternacaoResumoGuia.ProcedimentosExecutados = field(
        default=None,
        metadata={
            "name": "procedimentosExecutados",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    valor_total: CtGuiaValorTotal = field(
        metadata={
            "name": "valorTotal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    outras_despesas: None | CtOutrasDespesas = field(
        default=None,
        metadata={
            "name": "outrasDespesas",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )
    assinatura_digital_guia: None | Signature1 = field(
        default=None,
        metadata={
            "name": "assinaturaDigitalGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosExecutante(Apresentavel):
        contratado_executante: CtContratadoDados = field(
            metadata={
                "name": "contratadoExecutante",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        cnes: str = field(
            metadata={
                "name": "CNES",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 7,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ProcedimentosExecutados(Apresentavel):
        procedimento_executado: list[CtProcedimentoExecutadoInt] = field(
            default_factory=list,
            metadata={
                "name": "procedimentoExecutado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmSpSadtGuia(GuiaApresentavel):
    class Meta:
        name = "ctm_sp-sadtGuia"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cabecalho_guia: CtmSpSadtGuia.CabecalhoGuia = field(
        metadata={
            "name": "cabecalhoGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_autorizacao: None | CtAutorizacaoSadt = field(
        default=None,
        metadata={
            "name": "dadosAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_solicitante: CtmSpSadtGuia.DadosSolicitante = field(
        metadata={
            "name": "dadosSolicitante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_solicitacao: CtmSpSadtGuia.DadosSolicitacao = field(
        metadata={
            "name": "dadosSolicitacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_executante: CtmSpSadtGuia.DadosExecutante = field(
        metadata={
            "name": "dadosExecutante",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    dados_atendimento: CtmSpSadtAtendimento = field(
        metadata={
            "name": "dadosAtendimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    procedimentos_executados: None | CtmSpSadtGuia.ProcedimentosExecutados = field(
        default=None,
        metadata={
            "name": "procedimentosExecutados",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    outras_despesas: None | CtOutrasDespesas = field(
        default=None,
        metadata={
            "name": "outrasDespesas",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )
    valor_total: CtGuiaValorTotal = field(
        metadata={
            "name": "valorTotal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    assinatura_digital_guia: None | Signature1 = field(
        default=None,
        metadata={
            "name": "assinaturaDigitalGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class CabecalhoGuia(CtGuiaCabecalho):
        guia_principal: None | str = field(
            default=None,
            metadata={
                "name": "guiaPrincipal",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 20,
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosSolicitante(Apresentavel):
        contratado_solicitante: CtContratadoDados = field(
            metadata={
                "name": "contratadoSolicitante",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        nome_contratado_solicitante: str = field(
            metadata={
                "name": "nomeContratadoSolicitante",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 70,
            }
        )
        profissional_solicitante: CtContratadoProfissionalDados = field(
            metadata={
                "name": "profissionalSolicitante",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosSolicitacao(Apresentavel):
        data_solicitacao: None | XmlDate = field(
            default=None,
            metadata={
                "name": "dataSolicitacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        carater_atendimento: DmCaraterAtendimento = field(
            metadata={
                "name": "caraterAtendimento",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        indicacao_clinica: None | str = field(
            default=None,
            metadata={
                "name": "indicacaoClinica",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 500,
            },
        )
        ind_cob_especial: None | DmCobEsp = field(
            default=None,
            metadata={
                "name": "indCobEspecial",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosExecutante(Apresentavel):
        contratado_executante: CtContratadoDados = field(
            metadata={
                "name": "contratadoExecutante",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        cnes: str = field(
            metadata={
                "name": "CNES",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 7,
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ProcedimentosExecutados(Apresentavel):
        procedimento_executado: list[CtProcedimentoExecutadoSadt] = field(
            default_factory=list,
            metadata={
                "name": "procedimentoExecutado",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_occurs": 1,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class CtoGuiaOdontologia(GuiaApresentavel):
    class Meta:
        name = "cto_guiaOdontologia"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    registro_ans: str = field(
        metadata={
            "name": "registroANS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "max_length": 6,
            "pattern": r"[0-9]{6}",
        }
    )
    numero_guia_prestador: str = field(
        metadata={
            "name": "numeroGuiaPrestador",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        }
    )
    numero_guia_principal: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaPrincipal",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    data_autorizacao: None | XmlDate = field(
        default=None,
        metadata={
            "name": "dataAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    senha_autorizacao: None | str = field(
        default=None,
        metadata={
            "name": "senhaAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    validade_senha: None | XmlDate = field(
        default=None,
        metadata={
            "name": "validadeSenha",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    numero_guia_operadora: None | str = field(
        default=None,
        metadata={
            "name": "numeroGuiaOperadora",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 20,
        },
    )
    ausencia_cod_validacao: None | DmAusenciaCodValidacao = field(
        default=None,
        metadata={
            "name": "ausenciaCodValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cod_validacao: None | str = field(
        default=None,
        metadata={
            "name": "codValidacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 10,
        },
    )
    dados_beneficiario: CtBeneficiarioDados = field(
        metadata={
            "name": "dadosBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    plano_beneficiario: str = field(
        metadata={
            "name": "planoBeneficiario",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 40,
        }
    )
    nome_empresa: None | str = field(
        default=None,
        metadata={
            "name": "nomeEmpresa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 40,
        },
    )
    dados_profissionais_responsaveis: CtoGuiaOdontologia.DadosProfissionaisResponsaveis = field(
        metadata={
            "name": "dadosProfissionaisResponsaveis",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    procedimentos_executados: list[CtoGuiaOdontologia.ProcedimentosExecutados] = field(
        default_factory=list,
        metadata={
            "name": "procedimentosExecutados",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_occurs": 1,
        },
    )
    data_termino_trat: None | XmlDate = field(
        default=None,
        metadata={
            "name": "dataTerminoTrat",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    tipo_atendimento: DmTipoAtendimentoOdonto = field(
        metadata={
            "name": "tipoAtendimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    tipo_faturamento: DmTipoFaturamentoOdonto = field(
        metadata={
            "name": "tipoFaturamento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )
    qtd_total_us: None | Decimal = field(
        default=None,
        metadata={
            "name": "qtdTotalUS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 8,
            "fraction_digits": 2,
        },
    )
    valor_total_proc: Decimal = field(
        metadata={
            "name": "valorTotalProc",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        }
    )
    valor_total_franquia: None | Decimal = field(
        default=None,
        metadata={
            "name": "valorTotalFranquia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "total_digits": 10,
            "fraction_digits": 2,
        },
    )
    observacao: None | str = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 500,
        },
    )
    odonto_inicial: None | CtoAnexoSituacaoInicialnaGto = field(
        default=None,
        metadata={
            "name": "odontoInicial",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    assinatura_digital_guia: None | Signature1 = field(
        default=None,
        metadata={
            "name": "assinaturaDigitalGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class DadosProfissionaisResponsaveis(Apresentavel):
        nome_prof_solic: None | str = field(
            default=None,
            metadata={
                "name": "nomeProfSolic",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 70,
            },
        )
        cro_solic: None | str = field(
            default=None,
            metadata={
                "name": "croSolic",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 15,
            },
        )
        uf_solic: None | DmUf = field(
            default=None,
            metadata={
                "name": "ufSolic",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        cbos_solic: None | DmCbos = field(
            default=None,
            metadata={
                "name": "cbosSolic",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        codigo_prof_exec: str = field(
            metadata={
                "name": "codigoProfExec",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 14,
            }
        )
        cro_exec: str = field(
            metadata={
                "name": "croExec",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 15,
            }
        )
        uf_exec: DmUf = field(
            metadata={
                "name": "ufExec",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        cnes_exec: str = field(
            metadata={
                "name": "cnesExec",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 7,
            }
        )
        nome_prof_exec2: None | str = field(
            default=None,
            metadata={
                "name": "nomeProfExec2",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 70,
            },
        )
        cro_exec2: None | str = field(
            default=None,
            metadata={
                "name": "croExec2",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 15,
            },
        )
        uf_exec2: None | DmUf = field(
            default=None,
            metadata={
                "name": "ufExec2",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        cbos_exec2: DmCbos = field(
            metadata={
                "name": "cbosExec2",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

    @dataclass(repr=False, slots=True, kw_only=True)
    class ProcedimentosExecutados(Apresentavel):
        sequencial_item: int = field(
            metadata={
                "name": "sequencialItem",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 4,
            }
        )
        proc_solic: CtProcedimentoDados = field(
            metadata={
                "name": "procSolic",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        dente_regiao: None | CtoGuiaOdontologia.ProcedimentosExecutados.DenteRegiao = field(
            default=None,
            metadata={
                "name": "denteRegiao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            },
        )
        dente_face: None | str = field(
            default=None,
            metadata={
                "name": "denteFace",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "min_length": 1,
                "max_length": 5,
            },
        )
        qtd_proc: int = field(
            metadata={
                "name": "qtdProc",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 2,
            }
        )
        qtd_us: None | Decimal = field(
            default=None,
            metadata={
                "name": "qtdUS",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 8,
                "fraction_digits": 2,
            },
        )
        valor_proc: Decimal = field(
            metadata={
                "name": "valorProc",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 8,
                "fraction_digits": 2,
            }
        )
        valor_franquia: None | Decimal = field(
            default=None,
            metadata={
                "name": "valorFranquia",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "total_digits": 8,
                "fraction_digits": 2,
            },
        )
        autorizado: bool = field(
            metadata={
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )
        data_realizacao: XmlDate = field(
            metadata={
                "name": "dataRealizacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            }
        )

        @dataclass(repr=False, slots=True, kw_only=True)
        class DenteRegiao(Apresentavel):
            cod_dente: None | DmDente = field(
                default=None,
                metadata={
                    "name": "codDente",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )
            cod_regiao: None | DmRegiao = field(
                default=None,
                metadata={
                    "name": "codRegiao",
                    "type": "Element",
                    "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                },
            )


@dataclass(repr=False, slots=True, kw_only=True)
class CtmGuiaLote(Apresentavel):
    class Meta:
        name = "ctm_guiaLote"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    numero_lote: str = field(
        metadata={
            "name": "numeroLote",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
            "min_length": 1,
            "max_length": 12,
        }
    )
    guias_tiss: CtmGuiaLote.GuiasTiss = field(
        metadata={
            "name": "guiasTISS",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        }
    )

    @dataclass(repr=False, slots=True, kw_only=True)
    class GuiasTiss(Apresentavel):
        guia_sp_sadt: list[CtmSpSadtGuia] = field(
            default_factory=list,
            metadata={
                "name": "guiaSP-SADT",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_occurs": 100,
            },
        )
        guia_resumo_internacao: list[CtmInternacaoResumoGuia] = field(
            default_factory=list,
            metadata={
                "name": "guiaResumoInternacao",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_occurs": 100,
            },
        )
        guia_honorarios: list[CtmHonorarioIndividualGuia] = field(
            default_factory=list,
            metadata={
                "name": "guiaHonorarios",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_occurs": 100,
            },
        )
        guia_consulta: list[CtmConsultaGuia] = field(
            default_factory=list,
            metadata={
                "name": "guiaConsulta",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_occurs": 100,
            },
        )
        guia_odonto: list[CtoGuiaOdontologia] = field(
            default_factory=list,
            metadata={
                "name": "guiaOdonto",
                "type": "Element",
                "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
                "max_occurs": 100,
            },
        )


@dataclass(repr=False, slots=True, kw_only=True)
class PrestadorOperadora(Apresentavel):
    class Meta:
        name = "prestadorOperadora"
        target_namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    lote_guias: None | CtmGuiaLote = field(
        default=None,
        metadata={
            "name": "loteGuias",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    lote_anexos: None | CtAnexoLote = field(
        default=None,
        metadata={
            "name": "loteAnexos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    solicitacao_demonstrativo_retorno: None | CtDemonstrativoSolicitacao = field(
        default=None,
        metadata={
            "name": "solicitacaoDemonstrativoRetorno",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    solicitacao_status_protocolo: None | CtProtocoloSolicitacaoStatus = field(
        default=None,
        metadata={
            "name": "solicitacaoStatusProtocolo",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    solicitacao_procedimento: None | CtSolicitacaoProcedimento = field(
        default=None,
        metadata={
            "name": "solicitacaoProcedimento",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    solicita_status_autorizacao: None | CtAutorizacaoSolicitaStatus = field(
        default=None,
        metadata={
            "name": "solicitaStatusAutorizacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    verifica_elegibilidade: None | CtElegibilidadeVerifica = field(
        default=None,
        metadata={
            "name": "verificaElegibilidade",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    cancela_guia: None | CtGuiaCancelamento = field(
        default=None,
        metadata={
            "name": "cancelaGuia",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    comunicacao_internacao: None | CtmBeneficiarioComunicacao = field(
        default=None,
        metadata={
            "name": "comunicacaoInternacao",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    recurso_glosa: None | CtGuiaRecursoLote = field(
        default=None,
        metadata={
            "name": "recursoGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    solicitacao_status_recurso_glosa: None | CtProtocoloSolicitacaoStatus = field(
        default=None,
        metadata={
            "name": "solicitacaoStatusRecursoGlosa",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )
    envio_documentos: None | CtEnvioDocumentos = field(
        default=None,
        metadata={
            "name": "envioDocumentos",
            "type": "Element",
            "namespace": "http://www.ans.gov.br/padroes/tiss/schemas",
        },
    )


@dataclass(repr=False, slots=True, kw_only=True)
class MensagemTiss(MensagemApresentavel):
    class Meta:
        name = "mensagemTISS"
        namespace = "http://www.ans.gov.br/padroes/tiss/schemas"

    cabecalho: CabecalhoTransacao = field(
        metadata={
            "type": "Element",
        }
    )
    operadora_para_prestador: None | OperadoraPrestador = field(
        default=None,
        metadata={
            "name": "operadoraParaPrestador",
            "type": "Element",
        },
    )
    prestador_para_operadora: None | PrestadorOperadora = field(
        default=None,
        metadata={
            "name": "prestadorParaOperadora",
            "type": "Element",
        },
    )
    epilogo: Epilogo = field(
        metadata={
            "type": "Element",
        }
    )
    signature: None | Signature = field(
        default=None,
        metadata={
            "name": "Signature",
            "type": "Element",
            "namespace": "http://www.w3.org/2000/09/xmldsig#",
        },
    )
