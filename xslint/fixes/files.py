"""Writing fixed files, or showing what would change.

A fixed file is written atomically (a temporary file beside it, then a
rename), so an interrupted run never leaves half a file, and keeps its
permission bits. The text is written back as it was read, BOM and line
endings included: fixes only ever replace the spans they name.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, text: str) -> None:
    data = text.encode("utf-8")
    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".xslint-tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def unified_diff(display: str, before: str, after: str) -> str:
    """A `patch -p1` compatible diff of one file (paths prefixed a/ and b/)."""
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 f"a/{display}", f"b/{display}")
    return "".join(_terminated(line) for line in lines)


def _terminated(line: str) -> str:
    # difflib leaves a last line without its newline; patch wants the marker.
    return line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
