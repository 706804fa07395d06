"""Reading messages into plain views that the rules, the recurso builder and users share.

>>> from tiss_conecta.leitura import numero
>>> numero("000048740") == numero("48740")
True
"""

from tiss_conecta.leitura._numeros import numero

__all__ = ["numero"]
