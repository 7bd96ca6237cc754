"""`xslint server`: a language server (LSP over stdio) on pygls.

`backend.py` is the only module that talks to the linting engine; the LSP
features (`app.py` and the modules it wires up) ask it for texts, findings
and the workspace's realtime model, so the engine can be replaced by an
incremental one without touching them.
"""
