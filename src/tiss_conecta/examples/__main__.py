"""``python -m tiss_conecta.examples NAME [VERSAO]`` prints the path of a shipped example."""

import sys

from tiss_conecta.examples import EXEMPLOS, caminho
from tiss_conecta.models import VERSAO_PADRAO, VERSOES

if (
    not 2 <= len(sys.argv) <= 3
    or sys.argv[1] not in EXEMPLOS
    or (sys.argv[2:] and sys.argv[2] not in VERSOES)
):
    print(
        f"uso: python -m tiss_conecta.examples {{{'|'.join(EXEMPLOS)}}} "
        f"[{'|'.join(VERSOES)}] (padrão {VERSAO_PADRAO})",
        file=sys.stderr,
    )
    sys.exit(2)
print(caminho(*sys.argv[1:]))
