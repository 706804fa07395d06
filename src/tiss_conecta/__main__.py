import sys

from tiss_conecta.cli import main

sys.exit(main())
