"""Sphinx configuration."""

project = "tiss-conecta"
author = "tiss-conecta developers"
copyright = "2026, tiss-conecta developers"
language = "pt_BR"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.viewcode"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
html_theme = "furo"
html_title = "tiss-conecta"
exclude_patterns = ["_build"]
nitpicky = False
