"""Guidance for billing staff, written by the project for the codes seen most often.

Sources: the article ``seeds/tabela-de-glosas-artigo.txt`` (its 13 most frequent codes) and
``DOMAIN.md`` (the codes the rules layer emits, and the recurso de glosa). Operadora-specific
figures (90-day billing window, 60-day senha) are ArcelorMittal Tubarão's, from the Conecta FAQ.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from tiss_conecta.glosas._glosa import Orientacao

__all__ = ["ORIENTACOES"]

_SEM_RECURSO = "Em geral não cabe recurso: corrija o arquivo e reenvie o lote."

ORIENTACOES: Mapping[str, Orientacao] = MappingProxyType(
    {
        # --- Elegibilidade e prestador -------------------------------------------------
        "1002": Orientacao(
            significado=(
                "O número do Cartão Nacional de Saúde (CNS) do beneficiário não é um CNS "
                "válido ou não pertence a ele."
            ),
            exemplo=(
                "O campo numeroCNS é preenchido com o número da carteira do plano, ou com "
                "14 dos 15 dígitos do cartão."
            ),
            como_evitar=(
                "Confira os 15 dígitos e o dígito de controle do CNS: números iniciados por "
                "1 ou 2 são definitivos; por 7, 8 ou 9, provisórios.",
                "Não confunda o CNS com a carteira do plano (numeroCarteira).",
                "O numeroCNS é opcional no XSD 4.01.00: sem o número certo, deixe-o vazio "
                "em vez de preenchê-lo errado.",
            ),
            anexos_recurso=(
                _SEM_RECURSO,
                "Se o número estava certo, anexe a cópia do cartão ou a consulta ao "
                "cadastro do CNS.",
            ),
        ),
        "1206": Orientacao(
            significado=(
                "O CPF ou o CNPJ informado (em geral o do prestador) tem dígitos "
                "verificadores errados ou não corresponde ao cadastro na operadora."
            ),
            exemplo=(
                "O CNPJ do hospital é digitado com dois algarismos trocados e o portal "
                "recusa o arquivo com a crítica 1206 antes de gerar o protocolo."
            ),
            como_evitar=(
                "Valide os dígitos verificadores antes de gerar o arquivo.",
                "Use exatamente o CPF ou CNPJ com que o prestador está cadastrado na operadora.",
                "Prepare o sistema para o CNPJ alfanumérico (emitido a partir de julho de "
                "2026): letras nas 12 primeiras posições, dígitos verificadores numéricos.",
            ),
            anexos_recurso=(
                _SEM_RECURSO,
                "Se o número estava certo, anexe o comprovante de inscrição (cartão CNPJ "
                "ou situação cadastral do CPF).",
            ),
        ),
        # --- Protocolo -----------------------------------------------------------------
        "1101": Orientacao(
            significado=(
                "A quantidade de guias declarada para o lote ou protocolo não é a "
                "quantidade de guias que a operadora recebeu."
            ),
            exemplo=(
                "A capa do lote declara 50 guias, mas uma foi excluída depois e o arquivo "
                "chega com 49."
            ),
            como_evitar=(
                "Conte as guias a partir do próprio arquivo, nunca num campo digitado à parte.",
                "Ao incluir ou excluir guias de um lote aberto, feche-o de novo para "
                "refazer a contagem.",
                "Respeite o limite de 100 guias por lote: divida lotes maiores antes do envio.",
            ),
            anexos_recurso=(
                _SEM_RECURSO,
                "Se a contagem da operadora estiver errada, anexe o XML enviado e o "
                "comprovante de recebimento do protocolo.",
            ),
        ),
        "1104": Orientacao(
            significado=(
                "O valor total informado para o lote ou protocolo é diferente da soma dos "
                "valores totais das guias dele."
            ),
            exemplo=(
                "Um item de R$ 120,50 é corrigido para R$ 102,50 depois de calculado o "
                "total do lote, que fica R$ 18,00 acima da soma das guias."
            ),
            como_evitar=(
                "Calcule os totais a partir dos itens, em decimais de duas casas (nunca em "
                "ponto flutuante).",
                "Recalcule o total da guia e o do lote sempre que um item mudar.",
                "Confira também se o total de cada guia é a soma dos seus itens.",
            ),
            anexos_recurso=(
                _SEM_RECURSO,
                "Se os totais estavam certos, anexe a memória de cálculo guia a guia.",
            ),
        ),
        # --- Autorização / senha -------------------------------------------------------
        "1402": Orientacao(
            significado=(
                "Não há autorização válida para o procedimento cobrado: ela não foi pedida "
                "ou a operadora a negou."
            ),
            exemplo=(
                "Uma cirurgia eletiva é feita enquanto o pedido de autorização ainda estava "
                "em análise e acaba negado; o procedimento inteiro é glosado."
            ),
            como_evitar=(
                "Agende procedimentos eletivos só depois de receber a senha.",
                "Confira se o que foi autorizado (código e quantidade) é o que será "
                "realizado e cobrado.",
                "Registre a senha na guia e guarde o comprovante da autorização com o atendimento.",
            ),
            anexos_recurso=(
                "Comprovante da autorização (senha, data, procedimentos liberados) ou o "
                "protocolo do pedido.",
                "Em urgência ou emergência, relatório médico que caracterize o caráter de "
                "urgência.",
                "Se houve negativa, a documentação clínica que sustenta a indicação.",
            ),
        ),
        "1403": Orientacao(
            significado=(
                "O procedimento exige senha de autorização, mas a guia ou o protocolo "
                "chegou sem o número dela."
            ),
            exemplo=(
                "A autorização foi dada por telefone, mas ninguém lançou a senha na guia: "
                "a glosa vem pela falta do número, embora a autorização exista."
            ),
            como_evitar=(
                "Preencha o campo senha com o número exato fornecido pela operadora.",
                "Confira se a senha é do mesmo beneficiário, procedimento e período do "
                "atendimento.",
                "Faça o sistema impedir o envio de guias sem senha quando o procedimento a exige.",
            ),
            anexos_recurso=(
                "Comprovante da autorização com o número da senha (tela do portal, e-mail "
                "ou protocolo do atendimento telefônico).",
                "Na justificativa, informe a senha que faltou e quando foi emitida.",
            ),
        ),
        "1405": Orientacao(
            significado=(
                "A senha tinha data de validade (dataValidadeSenha) e o atendimento "
                "aconteceu depois dela."
            ),
            exemplo=(
                "Senha válida até 10/03/2025; o procedimento, remarcado, é feito em "
                "15/03/2025 sem prorrogação."
            ),
            como_evitar=(
                "Confira a validade da senha ao agendar e de novo na véspera.",
                "Se o atendimento for remarcado, peça prorrogação ou nova senha antes de "
                "realizá-lo.",
                "Informe a data de validade na guia exatamente como a operadora a emitiu.",
            ),
            anexos_recurso=(
                "Comprovante da prorrogação ou da nova senha, válida na data do atendimento.",
                "Se a data estava errada na guia, o comprovante da autorização com a data correta.",
            ),
        ),
        "1414": Orientacao(
            significado=(
                "A senha já estava vencida na data do atendimento. Sem data de validade "
                "explícita, vale o prazo da operadora contado da data da autorização: "
                "60 dias na ArcelorMittal Tubarão."
            ),
            exemplo=(
                "Autorização em 02/01/2025 e atendimento em 10/03/2025: 67 dias depois, "
                "fora do prazo de 60 dias."
            ),
            como_evitar=(
                "Conheça o prazo de validade das senhas de cada operadora e atenda dentro dele.",
                "Ao remarcar, confira se a senha continuará válida; se não, peça nova autorização.",
            ),
            anexos_recurso=(
                "Comprovante da prorrogação ou de nova autorização válida na data do atendimento.",
                "Se a senha ainda valia, o comprovante com a data da autorização e a conta "
                "dos dias.",
            ),
        ),
        "1426": Orientacao(
            significado=(
                "A auditoria (médica ou administrativa) da operadora analisou o caso e "
                "concluiu que ele não atende aos critérios para autorização."
            ),
            exemplo=(
                "Um pedido de internação é avaliado pela auditoria como fora dos protocolos "
                "clínicos adotados e volta como não autorizado pela auditoria."
            ),
            como_evitar=(
                "Siga as diretrizes clínicas e, quando houver, a diretriz de utilização "
                "(DUT) do Rol da ANS para o procedimento.",
                "Mande com o pedido o histórico, os laudos, os exames prévios e a "
                "justificativa do médico assistente.",
                "Responda logo aos pedidos de informação complementar da auditoria.",
            ),
            anexos_recurso=(
                "Relatório do médico assistente com a justificativa técnica da indicação.",
                "Laudos e exames que a sustentam e a diretriz clínica ou DUT atendida.",
            ),
        ),
        # --- Regra de valorização ------------------------------------------------------
        "1701": Orientacao(
            significado=(
                "A cobrança chegou depois do prazo que a operadora aceita, contado da data "
                "do atendimento: na ArcelorMittal Tubarão, 90 dias corridos até o envio."
            ),
            exemplo=(
                "Atendimento em 01/01/2025: o último dia de envio é 01/04/2025, e a guia "
                "enviada em 02/04/2025 é glosada."
            ),
            como_evitar=(
                "Fature continuamente, sem acumular guias para o fim do prazo.",
                "Conte o prazo pela data de cada item (em SP/SADT e honorários, a data de "
                "execução de cada procedimento), não só pela data da guia.",
                "Acompanhe os itens que estão perto de vencer o prazo de cada operadora.",
            ),
            anexos_recurso=(
                "Comprovante de envio dentro do prazo (protocolo ou recibo do portal), se a "
                "operadora registrou a data errada.",
                "Documento que comprove um motivo aceito pela operadora para o atraso, como "
                "a indisponibilidade do portal.",
            ),
        ),
        "1702": Orientacao(
            significado=(
                "O mesmo procedimento foi cobrado mais de uma vez, na mesma guia ou em "
                "guias diferentes, em geral na mesma data e pelo mesmo profissional; a "
                "operadora paga uma cobrança e glosa a duplicidade."
            ),
            exemplo=(
                "Duas guias SP/SADT trazem o mesmo exame, na mesma data e com o mesmo "
                "executante, sem horários distintos nem justificativa."
            ),
            como_evitar=(
                "Informe data e hora de cada execução: repetições legítimas precisam de "
                "horários diferentes.",
                "Em procedimentos bilaterais, indique a lateralidade.",
                "Antes do envio, procure no lote o mesmo número de guia do prestador "
                "repetido e, em cada guia, o mesmo procedimento, data e profissional.",
                "Se a repetição é clínica, explique-a na própria guia.",
            ),
            anexos_recurso=(
                "Prontuário ou registro de enfermagem com o horário de cada execução.",
                "Laudos ou resultados distintos de cada realização e a prescrição que "
                "pediu a repetição.",
                "Em procedimentos bilaterais, a descrição cirúrgica ou o laudo dos dois lados.",
            ),
        ),
        "1705": Orientacao(
            significado=(
                "O valor cobrado ficou acima do que a operadora aceita para o item pelo "
                "contrato, pacote ou tabela aplicada; ela libera o valor aceito e glosa a "
                "diferença."
            ),
            exemplo=(
                "A guia cobra R$ 600,00 por um item que o contrato remunera com R$ 300,00: "
                "são liberados R$ 300,00 e glosados R$ 300,00."
            ),
            como_evitar=(
                "Confira quantidades, valores unitários, multiplicadores e casas decimais "
                "antes do envio.",
                "Compare os valores com a tabela ou o pacote vigente no contrato com "
                "aquela operadora.",
                "Configure o sistema para alertar quando o valor cobrado diferir do contratado.",
            ),
            anexos_recurso=(
                "Contrato, aditivo ou tabela negociada vigente na data do atendimento que "
                "sustenta o valor.",
                "Memória de cálculo: quantidade, valor unitário e acréscimos aplicados.",
                "Se houve negociação pontual, o registro do acordo com a operadora.",
            ),
        ),
        "1707": Orientacao(
            significado=(
                "A operadora não consegue valorar o item: a tabela de referência (TUSS, "
                "tabela própria negociada, etc.) não foi informada ou não está prevista no "
                "contrato do prestador."
            ),
            exemplo=(
                "O item vem com um código de tabela que não consta do contrato; sem saber "
                "que preço aplicar, a operadora glosa."
            ),
            como_evitar=(
                "Informe em cada item o codigoTabela previsto no contrato.",
                "Combine com o setor comercial qual tabela vale para cada contrato e "
                "parametrize o faturamento de acordo.",
                "Revise o cadastro do contrato sempre que a operadora mudar a tabela de "
                "referência.",
            ),
            anexos_recurso=(
                "Cláusula do contrato ou aditivo que define a tabela de valoração.",
                "Na justificativa, a tabela correta de cada item glosado.",
            ),
        ),
        "1714": Orientacao(
            significado=(
                "O valor unitário cobrado é maior que o valor da tabela de referência "
                "acordada para aquele serviço."
            ),
            exemplo=(
                "Uma sessão é cobrada a R$ 150,00 quando a tabela acordada prevê R$ 100,00; "
                "os R$ 50,00 de diferença são glosados."
            ),
            como_evitar=(
                "Mantenha a tabela do sistema igual à tabela vigente do contrato.",
                "Confira o código do procedimento e a unidade de cobrança (sessão, dia, unidade).",
                "Se houve valor diferenciado negociado, registre o acordo e cite-o.",
            ),
            anexos_recurso=(
                "Tabela vigente ou acordo de valor diferenciado aceito pela operadora.",
                "Memória de cálculo do valor unitário cobrado.",
            ),
        ),
        # --- Procedimento --------------------------------------------------------------
        "1813": Orientacao(
            significado=(
                "A operadora entende que a necessidade do procedimento não foi demonstrada: "
                "faltou justificativa clínica ou a enviada não basta."
            ),
            exemplo=(
                "Uma ressonância magnética é cobrada sem relatório médico, hipótese "
                "diagnóstica ou exames anteriores que expliquem a indicação."
            ),
            como_evitar=(
                "Registre a indicação clínica e a hipótese diagnóstica (com o CID, quando couber).",
                "Junte relatório médico, laudos e exames prévios.",
                "Em casos fora do habitual, anexe um parecer detalhado do médico assistente.",
            ),
            anexos_recurso=(
                "Relatório do médico assistente com a indicação e o quadro clínico.",
                "Laudos e exames anteriores que fundamentam o pedido.",
            ),
        ),
        "1816": Orientacao(
            significado=(
                "A quantidade cobrada (sessões, diárias, unidades) não condiz com o "
                "procedimento feito ou com a evolução registrada no prontuário."
            ),
            exemplo=(
                "São cobradas 12 sessões de fonoaudiologia, mas a evolução e o controle de "
                "frequência registram 5; as outras 7 são glosadas."
            ),
            como_evitar=(
                "Compare a quantidade com a prescrição, o plano terapêutico e a evolução "
                "antes de faturar.",
                "Em tratamentos seriados, mantenha controle de frequência assinado pelo "
                "beneficiário.",
                "Peça nova autorização quando o tratamento precisar de mais sessões que as "
                "liberadas.",
            ),
            anexos_recurso=(
                "Evolução clínica e prescrição que justificam a quantidade.",
                "Controle de frequência assinado, com a data de cada sessão.",
            ),
        ),
        "1817": Orientacao(
            significado=(
                "Um item foi cobrado à parte, mas já está incluído no procedimento "
                "principal ou no pacote, segundo a tabela ou o contrato."
            ),
            exemplo=(
                "Um material é cobrado separadamente embora já esteja incluído na taxa de "
                "sala do porte cirúrgico autorizado."
            ),
            como_evitar=(
                "Conheça a composição dos procedimentos e pacotes negociados e configure o "
                "sistema para não cobrar o que já está incluso.",
                "Revise as contas com pacote antes do envio.",
                "Se um item fora do pacote foi necessário, registre a justificativa.",
            ),
            anexos_recurso=(
                "Trecho do contrato ou a composição do pacote que mostre que o item não "
                "está incluso.",
                "Justificativa clínica do uso adicional, quando houver.",
            ),
        ),
        "1818": Orientacao(
            significado=(
                "O procedimento está entre os que a operadora só aceita com autorização "
                "prévia, e foi feito e cobrado sem ela."
            ),
            exemplo=(
                "Uma endoscopia eletiva é feita e cobrada sem senha, embora a operadora "
                "exija autorização prévia para ela."
            ),
            como_evitar=(
                "Mantenha atualizada, por operadora, a lista de procedimentos que exigem "
                "autorização prévia.",
                "Não agende eletivos dessa lista sem senha.",
                "Informe a senha na guia e arquive o comprovante.",
            ),
            anexos_recurso=(
                "Comprovante da autorização obtida (senha e data).",
                "Se foi urgência ou emergência, o relatório médico que a caracterize.",
            ),
        ),
        # --- Procedimentos em série ----------------------------------------------------
        "2514": Orientacao(
            significado=(
                "O serviço cobrado não está entre os que o contrato do prestador com a "
                "operadora prevê."
            ),
            exemplo=(
                "Uma clínica credenciada para fisioterapia cobra sessões de hidroterapia, "
                "que não constam do seu contrato."
            ),
            como_evitar=(
                "Confira o contrato e a lista de serviços credenciados antes de atender e "
                "de faturar.",
                "Peça a inclusão do serviço no contrato antes de oferecê-lo aos "
                "beneficiários da operadora.",
            ),
            anexos_recurso=(
                "Contrato, aditivo ou comunicado de credenciamento que inclua o serviço.",
                "Autorização específica da operadora para o caso, se houve.",
            ),
        ),
        # --- Revisão de glosa (recurso) ------------------------------------------------
        "2901": Orientacao(
            significado=(
                "A operadora recusou o pedido de revisão por um problema no próprio "
                "recurso: dados que não correspondem à glosa original, nível errado "
                "(protocolo, guia ou item) ou valores inconsistentes."
            ),
            exemplo=(
                "O recurso contesta um código de glosa que não foi aplicado àquele item, ou "
                "pede mais do que foi glosado."
            ),
            como_evitar=(
                "Monte o recurso a partir do demonstrativo de análise de conta, sem "
                "redigitar protocolo, guia, item e código de glosa.",
                "Não recorra de mais do que o valor glosado em cada item, guia ou protocolo.",
                "Recorra só de protocolos na situação Faturado.",
            ),
            anexos_recurso=(
                "Refaça o recurso com os dados corretos e anexe o demonstrativo de análise "
                "de conta em que se baseou.",
            ),
        ),
        "2902": Orientacao(
            significado=(
                "A operadora analisou o recurso e manteve a glosa, no todo ou em parte: o "
                "recurso não foi acatado."
            ),
            exemplo=(
                "Protocolo com glosa 1705 de R$ 300,00: após o recurso, o valor acatado é "
                "R$ 0,00 e a glosa fica mantida."
            ),
            como_evitar=(
                "Fundamente o recurso com documentos, não só com texto.",
                "Cite a cláusula do contrato, a tabela ou o relatório clínico que sustenta "
                "o valor.",
            ),
            anexos_recurso=(
                "Cabe novo recurso, com o próximo número de sequência, se houver fatos ou "
                "documentos novos.",
                "Anexe o que a análise anterior apontou como faltante e responda ponto a "
                "ponto à justificativa da operadora.",
            ),
        ),
        "2903": Orientacao(
            significado=(
                "O recurso foi enviado sem justificativa, ou com uma que não explica por "
                "que a glosa é indevida."
            ),
            exemplo=(
                "Um recurso por item informa o procedimento e o valor recursado, mas deixa "
                "a justificativa em branco."
            ),
            como_evitar=(
                "Escreva a justificativa em cada nível contestado (protocolo, guia ou "
                "item), com até 500 caracteres.",
                "Diga por que a glosa é indevida e quais documentos foram anexados.",
            ),
            anexos_recurso=(
                "Reenvie o recurso com a justificativa preenchida e os documentos que a apoiam.",
            ),
        ),
        "2904": Orientacao(
            significado=(
                "Já existe um recurso em aberto para a mesma guia ou protocolo, e a "
                "operadora não aceita dois ao mesmo tempo."
            ),
            exemplo=(
                "O prestador recorre de uma guia e, antes da resposta, envia outro recurso "
                "da mesma guia com documentos adicionais."
            ),
            como_evitar=(
                "Reúna num único recurso todos os itens e documentos de uma guia ou protocolo.",
                "Espere a resposta antes de recorrer de novo: o novo recurso leva o próximo "
                "número de sequência.",
            ),
            anexos_recurso=(
                "Nada a anexar: aguarde a resposta do recurso em aberto antes de enviar outro.",
            ),
        ),
        "2905": Orientacao(
            significado=(
                "A operadora não reconheceu o que recebeu como pedido de revisão de glosa: "
                "a guia indicada não é uma guia em revisão."
            ),
            exemplo=(
                "Em vez de um recurso de glosa, o prestador reapresenta a guia glosada num "
                "lote de cobrança comum."
            ),
            como_evitar=(
                "Conteste glosas pelo recurso de glosa (no portal ou na mensagem TISS "
                "RECURSO_GLOSA), não reenviando a guia num lote.",
                "Confira se a guia do recurso é a que recebeu a glosa no demonstrativo.",
            ),
            anexos_recurso=(
                "Envie o pedido como recurso de glosa, citando o protocolo e a guia do "
                "demonstrativo.",
            ),
        ),
        "2906": Orientacao(
            significado=(
                "O número de guia informado no recurso não corresponde a nenhuma guia do "
                "protocolo contestado."
            ),
            exemplo=(
                "O recurso traz o número da guia com um dígito trocado, ou o de uma guia de "
                "outro protocolo."
            ),
            como_evitar=(
                "Copie os números de guia do demonstrativo de análise de conta em vez de "
                "digitá-los.",
                "Confira se a guia pertence ao protocolo indicado no recurso.",
            ),
            anexos_recurso=(
                "Refaça o recurso com o número correto; se o erro foi da operadora, anexe o "
                "demonstrativo em que a guia aparece.",
            ),
        ),
        # --- Odontologia ---------------------------------------------------------------
        "3052": Orientacao(
            significado=(
                "Faltam documentos exigidos para comprovar o atendimento, ou os enviados "
                "estão incompletos ou incorretos."
            ),
            exemplo=(
                "Um tratamento odontológico é cobrado sem as radiografias inicial e final "
                "que a operadora exige."
            ),
            como_evitar=(
                "Mantenha uma lista dos documentos exigidos por tipo de atendimento e por "
                "operadora.",
                "Revise a documentação de cada guia antes de fechar o lote.",
                "Guarde os documentos assinados digitalizados junto da guia.",
            ),
            anexos_recurso=(
                "Os documentos que faltaram, ou a versão corrigida deles.",
                "Na justificativa, a lista do que foi enviado e de a que guia ou item se refere.",
            ),
        ),
        # --- Mensagens de sistema ------------------------------------------------------
        "5014": Orientacao(
            significado=(
                "O hash do epílogo não confere com o conteúdo da mensagem: o arquivo mudou "
                "depois do cálculo, ou o hash foi calculado de outro modo."
            ),
            exemplo=(
                "O sistema gera o XML e alguém corrige um valor num editor de texto sem "
                "recalcular o hash; a operadora rejeita o arquivo inteiro."
            ),
            como_evitar=(
                "Recalcule o hash sempre que o arquivo mudar: é o MD5 do texto dos "
                "elementos, fora o epílogo, em bytes ISO-8859-1.",
                "Não converta o arquivo para UTF-8 nem apare espaços depois de calcular o "
                "hash: com acentos, o valor muda.",
                "Confira o arquivo antes do envio (tiss-conecta validate).",
            ),
            anexos_recurso=(
                "Não cabe recurso: gere o arquivo de novo, com o hash recalculado, e reenvie.",
            ),
        ),
    }
)
