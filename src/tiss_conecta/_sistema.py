"""The operating system's refusals in Portuguese, for the messages of the codec and the CLI."""

from __future__ import annotations

import errno

__all__ = ["motivo_do_sistema"]

_MOTIVOS = {
    errno.ENOENT: "o arquivo ou a pasta não existe",
    errno.EACCES: "sem permissão de acesso",
    errno.EPERM: "operação não permitida",
    errno.EISDIR: "é uma pasta, não um arquivo",
    errno.ENOTDIR: "parte do caminho não é uma pasta",
    errno.ENOSPC: "não há espaço no disco",
    errno.EROFS: "o sistema de arquivos é só de leitura",
    errno.ENAMETOOLONG: "o nome é longo demais",
    errno.EEXIST: "o arquivo já existe",
}


def motivo_do_sistema(exc: OSError) -> str:
    """Why the operating system refused, in Portuguese (its own text is in English).

    >>> motivo_do_sistema(FileNotFoundError(2, "No such file or directory"))
    'o arquivo ou a pasta não existe'
    """
    return _MOTIVOS.get(exc.errno or 0, f"erro do sistema operacional (errno {exc.errno})")
