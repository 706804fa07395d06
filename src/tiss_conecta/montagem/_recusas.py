"""Why the montagem refuses: every code a :class:`~tiss_conecta.errors.RecursoInvalido` of
the montagem carries, declared once (:class:`Recusa`), and the one way to raise it
(:func:`invalido`)."""

from __future__ import annotations

from enum import Enum

from tiss_conecta.achados import Regra
from tiss_conecta.errors import RecursoInvalido
from tiss_conecta.rules.recurso import MAX_GUIAS as _MAX_GUIAS

__all__ = ["Recusa", "invalido"]


class Recusa(Enum):
    """Why a choice cannot become a recurso: the stable ``codigo`` of the
    :class:`~tiss_conecta.errors.RecursoInvalido` and, in Portuguese, ``quando`` it is raised.

    These are exception codes, not achados: they are not in the registry of
    :func:`tiss_conecta.achados.regras`. Where the montagem refuses exactly a fact a rule
    finds in a recurso already built (more guias than the profile allows, ``MAX_GUIAS``),
    the member keeps the rule's code, and ``regra`` names that rule.

    >>> import tiss_conecta as tiss
    >>> from tiss_conecta.montagem import EscolhaProtocolo, Recusa
    >>> try:
    ...     EscolhaProtocolo("17", "Valor contratado.")
    ... except tiss.RecursoInvalido as erro:
    ...     print(erro.codigo, erro.codigo == Recusa.GLOSA.codigo)
    recurso.glosa True
    >>> Recusa.GLOSA.quando
    'código de glosa que não tem 4 dígitos (como 1705)'
    >>> Recusa.MAX_GUIAS.codigo, Recusa.MAX_GUIAS.regra.glosa, Recusa.VALOR.regra
    ('recurso.max_guias', '5015', None)
    """

    _value_: str
    quando: str
    """When it is raised: one line in Portuguese (the table of ``docs/recurso.rst``)."""
    regra: Regra | None
    """The rule that finds the same fact in a recurso already built, whose code this is."""

    JUSTIFICATIVA = (
        "recurso.justificativa",
        "justificativa em branco, com mais de 500 caracteres (o ``st_texto500`` do XSD) ou "
        "mais que o ``max_caracteres_justificativa`` do perfil, ou com caractere fora do "
        "ISO-8859-1 (aspas curvas, travessão, emoji)",
    )
    VALOR = (
        "recurso.valor",
        "valor zero, negativo, com mais de 2 casas ou que não é ``Decimal``; maior que o "
        "glosado do alvo; guia inteira recorrida por mais que o glosado da guia; item "
        "recorrido por mais que o ``valorRecursado`` da versão aceita (R$ 999.999,99 no "
        "4.01.00)",
    )
    NADA_A_RECORRER = ("recurso.nada_a_recorrer", "a glosa escolhida não tem valor glosado")
    NIVEIS = (
        "recurso.niveis",
        "protocolo inteiro junto com outra escolha; guia inteira e itens da mesma guia (o XSD "
        "tem ``recursoGuiaCompleta`` *ou* ``itensGuia``); no odontológico, protocolo inteiro "
        "ou dois códigos para a guia inteira",
    )
    ALVO = (
        "recurso.alvo",
        "guia, item ou glosa que o demonstrativo não tem (ou repete e torna ambíguo); o "
        "número da guia se compara sem os zeros à esquerda",
    )
    REPETIDA = (
        "recurso.repetida",
        "a mesma glosa escolhida duas vezes para a mesma guia ou item",
    )
    MAX_GUIAS = (
        _MAX_GUIAS,
        "mais guias que o ``max_guias_recurso`` do perfil (o XSD aceita até 100): o mesmo fato "
        "e o mesmo código da regra :data:`~tiss_conecta.rules.recurso.MAX_GUIAS`",
    )
    MAX_TOTAL = (
        "recurso.max_total",
        "total acima de R$ 99.999.999,99 (o ``valorTotalRecursado`` é ``st_decimal10-2``)",
    )
    PROTOCOLO = (
        "recurso.protocolo",
        "o demonstrativo tem vários protocolos e ``protocolo=`` não diz qual; protocolo que o "
        "demonstrativo não tem ou repete; número não numérico (o ``numeroProtocolo`` do "
        "recurso é ``st_numerico12``)",
    )
    GLOSA = ("recurso.glosa", "código de glosa que não tem 4 dígitos (como 1705)")
    GUIA = ("recurso.guia", "número da guia do prestador em branco, ou que não é texto")
    ITEM = (
        "recurso.item",
        "sequencial de item que não é um número de até 4 dígitos; escolha de itens sem item, "
        "ou com o que não é ``ItemEscolhido``",
    )
    ESCOLHA = (
        "recurso.escolha",
        "escolha que não é ``EscolhaProtocolo``, ``EscolhaGuia`` nem ``EscolhaItens``",
    )
    VAZIO = ("recurso.vazio", "nenhuma escolha")
    ARGUMENTO = (
        "recurso.argumento",
        "argumento de ``montar_recurso`` inválido (números e sequencial de texto fora do "
        "tamanho ou do ISO-8859-1, data que não é ``datetime.date``, hora que não é "
        "``datetime.time``)",
    )
    SEM_DEMONSTRATIVO = (
        "recurso.sem_demonstrativo",
        "a mensagem não traz demonstrativo de análise de conta nem odontológico",
    )
    DEMONSTRATIVO_INCOMPLETO = (
        "recurso.demonstrativo_incompleto",
        "falta no demonstrativo um valor que o XSD exige e de que a lista ou o recurso "
        "precisam (valores do nível listado ou recorrido, sequencial, data ou procedimento do "
        "item, registro ANS e nome da operadora, dados do prestador)",
    )

    def __new__(cls, codigo: str | Regra, quando: str) -> Recusa:
        recusa = object.__new__(cls)
        recusa.regra = codigo if isinstance(codigo, Regra) else None
        recusa._value_ = codigo.codigo if isinstance(codigo, Regra) else codigo
        recusa.quando = quando
        return recusa

    @property
    def codigo(self) -> str:
        """The ``codigo`` of the :class:`~tiss_conecta.errors.RecursoInvalido`, a stable
        contract: ``recurso.<name>``."""
        return self._value_


def invalido(mensagem: str, recusa: Recusa, dica: str | None = None) -> RecursoInvalido:
    """The :class:`RecursoInvalido` of ``recusa``, to raise.

    >>> raise invalido("nenhuma glosa escolhida para recorrer", Recusa.VAZIO)
    Traceback (most recent call last):
    ...
    tiss_conecta.errors.RecursoInvalido: [recurso.vazio] nenhuma glosa escolhida para recorrer
    """
    return RecursoInvalido(mensagem, codigo=recusa.codigo, dica=dica)
