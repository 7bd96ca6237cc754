"""Offsets (code points, as xslint keeps them) to LSP positions and back.

LSP counts characters in the encoding negotiated at start-up: UTF-16 code
units unless the client offers UTF-32 or UTF-8. Only lines with characters
outside the Basic Multilingual Plane (or non-ASCII for UTF-8) differ.
"""

from __future__ import annotations

import bisect

from lsprotocol import types

from xslint.diagnostics import Span


class Lines:
    """One text's line starts, for converting in both directions."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        before = self.text[self.starts[line]:offset]
        return types.Position(line=line, character=self._units(before))

    def range(self, span: Span) -> types.Range:
        return types.Range(start=self.position(span.start), end=self.position(span.end))

    def offset(self, position: types.Position) -> int:
        """The code-point offset of an LSP position (clamped to its line)."""
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        end = self.starts[position.line + 1] - 1 if position.line + 1 < len(self.starts) else len(self.text)
        line = self.text[start:end]
        units = 0
        for index, char in enumerate(line):
            if units >= position.character:
                return start + index
            units += self._units(char)
        return end

    def _units(self, text: str) -> int:
        if self.encoding == "utf-32" or text.isascii():
            return len(text)
        if self.encoding == "utf-8":
            return len(text.encode("utf-8"))
        return len(text.encode("utf-16-le")) // 2
