"""The operadoras' billing rules: profiles, findings, the rules and the state machines.

Pure functions of their arguments: no I/O, no clock (``data_envio`` comes from the caller).
"""
