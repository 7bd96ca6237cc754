"""Quotes left open, told from strings that run over lines.

A quoted string may run over lines (Xano's parsers take it so), so a quote
left open reads as a string up to the next quote, and the text after that
fails, often far from the mistake. `blame_runaway_strings` finds such a
quote after the parse and reports it where it is.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from xslint.diagnostics import Span, SyntaxProblem
from xslint.grammar.recovery import COMMENTS
from xslint.grammar.slips import end_of_line


def blame_runaway_strings(text: str, problems: list[SyntaxProblem],
                          reparse: Callable[[str], Sequence[SyntaxProblem]]) -> list[SyntaxProblem]:
    """`problems` (in order), or, when a quote left open is their cause, that quote's
    "unterminated string" and what remains. The first string before the first problem
    that runs over lines is closed on its first line (before any brackets that end the
    line) and the text parsed again (`reparse`): when the lines it ran over then parse,
    its quote was left open."""
    first = problems[0].span.start if problems else 0
    runaway = next((match for match in COMMENTS.finditer(text, 0, first)
                    if _runs_over_lines(match.group()) and match.end() <= first), None)
    if runaway is None:
        return problems
    opened, closed = _line(text, runaway.start()), _line(text, runaway.end())
    at = _closing_guess(text, runaway.start())
    repaired = text[:at] + text[runaway.start()] + text[at:]
    left = [(problem, _line(repaired, problem.span.start)) for problem in reparse(repaired)]
    if any(opened < line <= closed for _, line in left):
        return problems  # the string was meant to run over lines
    # what the guess got wrong on that line, and a block whose `}` it left in the string
    # (unclosed at the end), are the same mistake
    return [_unterminated(text, runaway.start()),
            *(_shifted(problem, at) for problem, line in left if line != opened and problem.span.start < len(repaired))]


def _runs_over_lines(token: str) -> bool:
    return token[0] in "\"'" and not token.startswith(('"""', "'''")) and "\n" in token


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)


# Where a string left open on its line was most likely meant to end: before the brackets,
# commas and spaces that end the line (`"name {`, `{ value = "Hello }`).
_LINE_TAIL = re.compile(r"[ \t{}()\[\],]*\r?$")


def _closing_guess(text: str, quote: int) -> int:
    line_end = end_of_line(text, quote)
    tail = _LINE_TAIL.search(text, quote + 1, line_end)
    return tail.start() if tail else line_end


def _unterminated(text: str, start: int) -> SyntaxProblem:
    return SyntaxProblem(Span(start, end_of_line(text, start)), "unterminated string",
                         f"close the string with {text[start]} before the end of the line (a string may run "
                         "over lines: read so, this one ends at the next quote, and what follows does not parse)")


def _shifted(problem: SyntaxProblem, inserted: int) -> SyntaxProblem:
    """A problem of the text with one character inserted at `inserted`, in the text without it."""
    start, end = (offset - (offset > inserted) for offset in (problem.span.start, problem.span.end))
    return SyntaxProblem(Span(start, end), problem.message, problem.help)
