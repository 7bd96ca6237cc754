"""`--format text`: what a person reads in a terminal (here from `xslint check examples/mistakes`).

    api/chat/rooms_messages_post.xs:41:17: XS201 no declared channel matches "rooms:…"
       |
    41 |       channel = "rooms:" ~ $input.room_id
       |                 ^^^^^^^^^^^^^^^^^^^^^^^^^
       = help: did you mean "room:*"? Otherwise declare the channel in realtime/channel/

A blank line follows each finding, and one summary line (`summary_line`) ends the output.
"""

from __future__ import annotations

from dataclasses import dataclass

from xslint.diagnostics import Diagnostic, Severity
from xslint.engine import LintResult
from xslint.fixes.report import label
from xslint.source import SourceFile


@dataclass(frozen=True)
class Style:
    """ANSI colours, or none; chosen by the CLI from the terminal and NO_COLOR/FORCE_COLOR."""

    color: bool = False

    def paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color and text else text


_SEVERITY_COLOR = {Severity.ERROR: "1;31", Severity.WARNING: "1;33", Severity.INFO: "1;36"}


def render(result: LintResult, style: Style = Style(), quiet: bool = False) -> str:
    blocks = [_block(d, result.sources, style) for d in result.diagnostics]
    return "".join(blocks) + ("" if quiet else summary_line(result, style))


def location(diagnostic: Diagnostic, source: SourceFile | None) -> str:
    line, column = source.position(diagnostic.span.start) if source else (1, 1)
    return f"{diagnostic.path}:{line}:{column}"


def _block(diagnostic: Diagnostic, sources: dict[str, SourceFile], style: Style) -> str:
    source = sources.get(diagnostic.path)
    code = style.paint(diagnostic.code, _SEVERITY_COLOR[diagnostic.severity])
    lines = [f"{style.paint(location(diagnostic, source), '1')}: {code} {diagnostic.message}"]
    margin = " "  # the `=` of the notes stands under the frame's `|`, past the line number
    if source is not None and source.text:
        frame = _frame(diagnostic, source, style)
        lines.extend(frame)
        margin = frame[0].removesuffix(" |")  # the frame's gutter
    if diagnostic.help:
        lines.append(f"{margin} = help: {diagnostic.help}")
    if diagnostic.fix is not None:
        lines.append(f"{margin} = {label(diagnostic)}")
    for related in diagnostic.related:
        line, column = sources[related.path].position(related.span.start) if related.path in sources else (1, 1)
        lines.append(f"{margin} = note: {related.message} ({related.path}:{line}:{column})")
    return "\n".join(lines) + "\n\n"


def _frame(diagnostic: Diagnostic, source: SourceFile, style: Style) -> list[str]:
    """The source line with a caret underline below the span's part of it."""
    line, column = source.position(diagnostic.span.start)
    end_line, end_column = source.position(diagnostic.span.end)
    text = source.line_text(line).replace("\t", " ")
    if line == 1 and text.startswith("\ufeff"):  # the BOM counts as a column but shows as nothing
        text, column, end_column = text[1:], max(column - 1, 1), max(end_column - 1, 1)
    width = (end_column - column) if end_line == line else len(text) - column + 1
    gutter = " " * len(str(line))
    marker = " " * (column - 1) + "^" * max(width, 1)
    return [f"{gutter} |", f"{line} | {text}", f"{gutter} | {style.paint(marker, _SEVERITY_COLOR[diagnostic.severity])}"]


def summary_line(result: LintResult, style: Style = Style()) -> str:
    if not result.diagnostics:
        return f"All checks passed: {result.files} file{'s' if result.files != 1 else ''} checked.\n"
    counts = {s: sum(1 for d in result.diagnostics if d.severity is s) for s in Severity}
    parts = [f"{n} {s.value}{'s' if n != 1 else ''}" for s, n in counts.items() if n]
    return f"Found {', '.join(parts)} in {result.files} file{'s' if result.files != 1 else ''}.\n"
