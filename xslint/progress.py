"""Progress on a terminal: `xslint: 1,234 of 5,000 files checked`, rewritten in place on stderr.

The CLI shows it only when stderr is a terminal and `--quiet` is not given,
so piped and machine-readable output never carries it (it never goes to
stdout at all). It is redrawn at most about a hundred times a run, and wiped
before anything else is printed.
"""

from __future__ import annotations

from typing import TextIO

FROM_FILES = 200  # fewer files are checked faster than a line is worth reading


class ProgressLine:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        """Told as each file is done; redraws on every hundredth of the run and at its end."""
        if total < FROM_FILES or (done % max(1, total // 100) and done != total):
            return
        self.stream.write(f"\rxslint: {done:,} of {total:,} files checked")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Wipe the line, so what comes next (findings, a message) starts at column one."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False
