"""``python -m tiss_conecta.examples NAME [VERSAO]`` prints the path of a shipped example."""

import sys

from tiss_conecta.examples import EXAMPLES, path
from tiss_conecta.models import DEFAULT_VERSION, VERSIONS

if (
    not 2 <= len(sys.argv) <= 3
    or sys.argv[1] not in EXAMPLES
    or (sys.argv[2:] and sys.argv[2] not in VERSIONS)
):
    print(
        f"uso: python -m tiss_conecta.examples {{{'|'.join(EXAMPLES)}}} "
        f"[{'|'.join(VERSIONS)}] (padrão {DEFAULT_VERSION})",
        file=sys.stderr,
    )
    sys.exit(2)
print(path(*sys.argv[1:]))
