"""Reading `.xs` files: decoding, and turning offsets into lines and columns.

A file that cannot be read or decoded is not an exception but an XS002
finding, so one bad file never stops the others from being checked.
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass, field
from pathlib import Path

from xslint.diagnostics import Found, Span

# Far above any real definition (the largest files Xano writes are tens of
# kilobytes); a bigger file is reported instead of taking minutes and
# gigabytes to parse.
MAX_BYTES = 4_000_000
# Below this offset a position is found by scanning the text, not by indexing its lines.
_SCAN_LIMIT = 65_536


@dataclass(frozen=True)
class SourceFile:
    """One file's text (BOM kept, so offsets are true code-point offsets) and its display path."""

    path: str
    text: str
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    # the last position scanned to, (offset, line, offset of its line's start): findings are
    # asked for in order, so each scan goes on from the one before (one tuple, replaced whole,
    # so that threads asking at once each see a consistent one)
    _scanned: list[tuple[int, int, int]] = field(default_factory=lambda: [(0, 1, 0)], repr=False, compare=False)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset; columns count code points."""
        if not self._line_starts and offset <= _SCAN_LIMIT:
            # Most files are shown at a few offsets near the top: counting the line breaks
            # before them is cheaper than indexing every line of the file.
            base, line, start = self._scanned[0]
            if offset < base:
                base, line, start = 0, 1, 0
            line += self.text.count("\n", base, offset)
            start = max(start, self.text.rfind("\n", base, offset) + 1)
            self._scanned[0] = (offset, line, start)
            return line, offset - start + 1
        starts = self._starts()
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break."""
        starts = self._starts()
        begin = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return self.text[begin:end].rstrip("\r")

    def _starts(self) -> list[int]:
        if not self._line_starts:
            starts = [0]
            find = self.text.find
            index = find("\n")
            while index >= 0:
                starts.append(index + 1)
                index = find("\n", index + 1)
            self._line_starts[:] = starts  # one assignment: a thread that built it too writes the same
        return self._line_starts


def read_source(path: Path, display: str) -> tuple[SourceFile, Found | None]:
    """The file's text and, if it cannot be checked, the XS002 finding that says why.

    Undecodable text is still returned (with replacement characters) so the
    finding can be shown at its line and column.
    """
    try:
        data = file_bytes(os.fspath(path))
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return SourceFile(display, ""), unreadable(display, f"cannot read the file: {reason}")
    return decode_source(data, display)


def file_bytes(path: str) -> bytes:
    """A file's bytes, read without a buffered file object: a warm run reads thousands
    of small files, and building one per file cost half the time of reading them."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        wanted = os.fstat(handle).st_size + 1
        chunks = [os.read(handle, wanted)]
        if len(chunks[0]) == wanted:  # it grew since, or reports no size (a pipe, a /proc file)
            while chunks[-1]:
                chunks.append(os.read(handle, 1 << 16))
    finally:
        os.close(handle)
    return b"".join(chunks)


def decode_source(data: bytes, display: str) -> tuple[SourceFile, Found | None]:
    """Bytes as a source file: UTF-8 (a BOM is fine), no NUL bytes, at most MAX_BYTES."""
    if len(data) > MAX_BYTES:
        return SourceFile(display, ""), unreadable(
            display, f"the file is {len(data) / 1e6:.1f} MB, more than the {MAX_BYTES / 1e6:.0f} MB xslint checks",
            help="a XanoScript file this large is almost certainly generated or not XanoScript; "
                 "exclude it, or split the definition")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        offset = len(data[:error.start].decode("utf-8", errors="replace"))
        return SourceFile(display, text), unreadable(
            display, f"the file is not valid UTF-8 (byte 0x{data[error.start]:02x} at byte offset {error.start})",
            help="save the file as UTF-8", offset=offset)
    nul = text.find("\0")
    if nul >= 0:
        return SourceFile(display, text), unreadable(
            display, "the file holds NUL bytes, so it is binary data, not XanoScript",
            help="only text files belong in a XanoScript workspace", offset=nul)
    return SourceFile(display, text), None


def unreadable(display: str, message: str, help: str | None = None, offset: int = 0) -> Found:
    return Found(display, "XS002", message, Span(offset, offset), help)
