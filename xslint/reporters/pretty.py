"""The JSON the machine-readable formats print: indented by two spaces, non-ASCII as is.

Exactly what `json.dumps(document, ensure_ascii=False, indent=2)` writes,
but the standard library encodes in pure Python once asked to indent
(60 ms for 4,000 findings, more than the rest of a cached run's output),
while msgspec, already used by the cache, encodes and indents in C.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

_ENCODER = msgspec.json.Encoder()


def dumps(document: Any) -> str:
    """`document` as indented JSON, with a final line end."""
    try:
        encoded = _ENCODER.encode(document)
    except UnicodeEncodeError:
        # A lone surrogate (from a file name that is not UTF-8) has no UTF-8
        # encoding; the standard library passes it through as Python text.
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return msgspec.json.format(encoded, indent=2).decode("utf-8") + "\n"
