"""The operating system's refusals in Portuguese, for the messages of the codec and the CLI."""

from __future__ import annotations

import errno

__all__ = ["motivo_do_sistema"]

_POR_NOME = {
    "ENOENT": "o arquivo ou a pasta não existe",
    "EACCES": "sem permissão de acesso",
    "EPERM": "operação não permitida",
    "EISDIR": "é uma pasta, não um arquivo",
    "ENOTDIR": "parte do caminho não é uma pasta",
    "ENOSPC": "não há espaço no disco",
    "EDQUOT": "a cota de disco do usuário acabou",
    "EROFS": "o sistema de arquivos é só de leitura",
    "ENAMETOOLONG": "o nome é longo demais",
    "EEXIST": "o arquivo já existe",
    "ELOOP": "o caminho tem atalhos (links simbólicos) em ciclo",
    "EINVAL": "caminho ou argumento inválido",
    "EIO": "erro de leitura ou gravação no disco",
    "EMFILE": "arquivos abertos demais neste processo",
    "ENFILE": "arquivos abertos demais no sistema",
    "EBUSY": "o arquivo ou dispositivo está em uso",
    "ETXTBSY": "o arquivo está em uso",
    "EFBIG": "o arquivo é grande demais",
    "ENXIO": "o dispositivo não existe ou não está disponível",
    "ENODEV": "o dispositivo não existe ou não está disponível",
    "ESTALE": "a pasta de rede perdeu o arquivo (identificador expirado)",
    "EAGAIN": "recurso temporariamente indisponível; tente de novo",
    "EINTR": "operação interrompida; tente de novo",
    "ENOMEM": "memória insuficiente",
    "EXDEV": "não é possível mover entre discos diferentes",
    "ENOTEMPTY": "a pasta não está vazia",
    "EBADF": "o arquivo não está aberto para essa operação",
    "EPIPE": "a saída foi fechada por quem a lia",
    "ETIMEDOUT": "o tempo de espera acabou (disco de rede?)",
    "ECONNRESET": "a conexão foi interrompida (disco de rede?)",
    "EOVERFLOW": "o arquivo é grande demais para esta operação",
    "EILSEQ": "o nome tem caracteres inválidos",
}
_MOTIVOS = {
    getattr(errno, nome): motivo for nome, motivo in _POR_NOME.items() if hasattr(errno, nome)
}


def motivo_do_sistema(exc: OSError) -> str:
    """Why the operating system refused, in Portuguese (its own text is in English).

    >>> motivo_do_sistema(FileNotFoundError(2, "No such file or directory"))
    'o arquivo ou a pasta não existe'
    """
    if exc.errno is None:
        return "erro do sistema operacional"
    nome = errno.errorcode.get(exc.errno)
    codigo = f"{nome}, errno {exc.errno}" if nome else f"errno {exc.errno}"
    return _MOTIVOS.get(exc.errno, f"erro do sistema operacional ({codigo})")
