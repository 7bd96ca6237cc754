"""Showing what fixing would change, as a unified diff that `patch -p1` applies.

(Fixed files themselves are written with `xslint.atomic`, back as they were
read, BOM and line endings included: fixes only replace the spans they name.)
"""

from __future__ import annotations

import difflib


def unified_diff(display: str, before: str, after: str) -> str:
    """A `patch -p1` compatible diff of one file (paths prefixed a/ and b/)."""
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 f"a/{display}", f"b/{display}")
    return "".join(_terminated(line) for line in lines)


def _terminated(line: str) -> str:
    # difflib leaves a last line without its newline; patch wants the marker.
    return line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
