"""XS514 server-without-canonical: a `realtime_server` without `canonical`.

The canonical is the server's address (`wss://<host>/ws/<canonical>`). Xano
generates one when a server is created without it; pushing a file that
omits it later can give the server a new address, and clients still using
the old one get "Unknown connection hash".
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.facts import FileUnit

RULE = BY_CODE["XS514"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    for definition in unit.document.definitions:
        if definition.kind.text == "realtime_server" and definition.body.attribute("canonical") is None:
            yield Finding(unit.path, definition.header,
                          f'realtime_server "{definition.name_text}" has no canonical',
                          'pull the workspace and keep the canonical Xano generated: canonical = "…"; '
                          "without it a push may change the server's address")
