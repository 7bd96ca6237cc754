"""XS004 multiple-definitions: more than one top-level definition in one file.

Xano reads one definition per file; everything after the first is lost on push.

A bundle, documents joined by lines that are exactly `---`, is Xano's own
format for many definitions in one file: its CLI writes and splits them
(`xano flatten`), and its marketplace runs are a `run.job` and the function
it runs, joined so. Each document holds one definition, so only a second
definition within one document is reported; and a bundle inside a workspace
once, since `xano workspace push` refuses any file that holds a `---`
line (the CLI's `findMultiDocEntries`), but only when it lies in one of the
layout's folders (`function/`, `apis/`, …), where a file is certainly meant to
be pushed: a bundle elsewhere (`multidoc/`, a run's or an examples folder) is fine.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.diagnostics import Related
from xslint.facts import FileUnit
from xslint.placement import in_layout_folder
from xslint.syntax import Definition

RULE = BY_CODE["XS004"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    document = unit.document
    if document.separators and _in_layout_folder(unit):
        yield _bundle_in_workspace(unit)
    for first, *others in filter(None, document.documents()):
        for definition in others:
            yield _second(unit, definition, first, bool(document.separators))


def _second(unit: FileUnit, extra: Definition, first: Definition, bundle: bool) -> Finding:
    if bundle:
        where, advice, before = ("one document of the bundle", "put a line `---` between them, as between "
                                 "the bundle's other documents", "the document's first definition")
    else:
        where, advice, before = "one file", "move each definition into a file of its own", "the file's first definition"
    return Finding(unit.path, extra.header, f'a second definition, {extra.kind.text} "{extra.name_text}", in {where}',
                   advice, (Related(unit.path, first.header, before),))


def _in_layout_folder(unit: FileUnit) -> bool:
    """Whether the file lies under one of its workspace layout's folders (`function/`,
    `apis/`, …), where a file is certainly meant to be pushed; a bundle elsewhere in
    the tree (`multidoc/`, an examples folder) is left alone, as XS003 leaves it."""
    return unit.layout is not None and unit.relpath is not None and in_layout_folder(unit.layout, unit.relpath)


def _bundle_in_workspace(unit: FileUnit) -> Finding:
    count = len(unit.document.separators) + 1
    return Finding(unit.path, unit.document.separators[0],
                   f"a bundle of {count} documents joined by `---` lines, in a workspace folder: "
                   "`xano workspace push` refuses a file that holds more than one document",
                   "split it into one file per document with `xano flatten`, or move the bundle out of the "
                   "workspace's folders")
