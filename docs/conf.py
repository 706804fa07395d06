"""Sphinx configuration."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "tiss-conecta"
author = "tiss-conecta developers"
copyright = "2026, tiss-conecta developers"
language = "pt_BR"
extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "tiss_versoes",
    "tiss_codigos",
    "myst_nb",
]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
html_theme = "furo"
html_title = "tiss-conecta"
exclude_patterns = ["_build", "_gerado", "_ext", "**/.ipynb_checkpoints"]
# The notebooks are executed at each build (and by tests/test_notebooks.py): a cell that
# fails fails the build.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 120
nitpicky = False
