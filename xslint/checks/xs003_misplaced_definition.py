"""XS003 misplaced-definition: a definition in a folder where its kind does not belong.

Placement is judged only against the layout the file's workspace is in
(`layouts.py`: what `xano workspace pull`, Git sync, the VS Code extension,
... write), and only for files under one of that layout's folders: a lone
file, a test fixture or a scratch folder is not judged. Xano itself places
files by the first keyword, so this is a warning that the workspace no longer
matches what its own tool writes.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.facts import FileUnit
from xslint.placement import judge

RULE = BY_CODE["XS003"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    if unit.relpath is None or unit.layout is None:
        return
    for definition in unit.document.definitions[:1]:
        wrong = judge(unit.layout, unit.relpath, definition.kind.text)
        if wrong is not None:
            yield Finding(unit.path, definition.kind.span,
                          f"a {wrong.kind} belongs in {wrong.home}, not in {wrong.folder}",
                          f"move the file to {wrong.home} (the layout of {unit.layout.title})")
