"""``python -m tiss_conecta.examples NAME`` prints the path of a shipped example file."""

import sys

from tiss_conecta.examples import EXAMPLES, path

if len(sys.argv) != 2 or sys.argv[1] not in EXAMPLES:
    sys.exit(f"usage: python -m tiss_conecta.examples {{{'|'.join(EXAMPLES)}}}")
print(path(sys.argv[1]))
