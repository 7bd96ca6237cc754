"""Where the shipped data lives: `rules/` (rule documents) and `schemas/` (JSON Schemas).

In an installed wheel they sit inside the package (`xslint/_data/…`); in a
source checkout or an editable install they are the folders at the top of
the repository.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The `rules` or `schemas` folder, wherever this copy of xslint keeps it."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"xslint's {name}/ folder is missing from this installation")


@cache
def schema(name: str) -> dict[str, Any]:
    """A JSON Schema by file stem: `schema("realtime_channel")`."""
    return json.loads((data_dir("schemas") / f"{name}.schema.json").read_text(encoding="utf-8"))


def rule_document(name: str) -> str:
    return (data_dir("rules") / f"{name}.md").read_text(encoding="utf-8")
