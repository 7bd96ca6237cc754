"""XS004 multiple-definitions: more than one top-level definition in one file.

Xano reads one definition per file; everything after the first is lost on push.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.diagnostics import Related
from xslint.facts import FileUnit

RULE = BY_CODE["XS004"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    definitions = unit.document.definitions
    if len(definitions) < 2:
        return
    first = definitions[0]
    for extra in definitions[1:]:
        yield Finding(unit.path, extra.header,
                      f'a second definition, {extra.kind.text} "{extra.name_text}", in one file',
                      "move each definition into a file of its own",
                      (Related(unit.path, first.header, "the file's first definition"),))
