"""Parsing one file's text into a `Document` and the syntax problems found in it.

Nothing here raises on bad input: broken items become `SyntaxProblem`s and the
rest of the file is still lowered, so the rules see every valid definition.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Iterator

from xslint.diagnostics import Span, SyntaxProblem
from xslint.errors import DOCUMENT_END, FILE_END, Ending, explain, explain_unclosed
from xslint.grammar import direct_item_hook, expression_hook, grammar, item_hook, value_hook
from xslint.grammar.recovery import BRACKETS, COMMENTS, STRINGS_AND_COMMENTS
from xslint.lowering.blocks import Lowerer
from xslint.lowering.direct import Direct
from xslint.runaway_strings import blame_runaway_strings
from xslint.shared_settings import collector_paused, recursion_limit
from xslint.syntax import Comment, Definition, Document

# Deeper than any real file; deep enough text is refused before parsing,
# because the parser recurses once per level.
MAX_DEPTH = 200
_RECURSION_LIMIT = 60_000


@dataclass(frozen=True, slots=True)
class ParseResult:
    document: Document
    problems: tuple[SyntaxProblem, ...]


def parse(text: str) -> ParseResult:
    """Parse `text` (one file, BOM and CRLF allowed) into a document and its problems."""
    return _parse(text, blame_strings=True)


def _parse(text: str, blame_strings: bool) -> ParseResult:
    comments, too_deep = _scan(text)
    empty = Document((), comments, Span(0, len(text)))
    if too_deep is not None:
        return ParseResult(empty, (_nesting_problem(too_deep),))
    separators = document_separators(text)
    definitions: list[Definition] = []
    problems: list[SyntaxProblem] = []
    start = 0
    try:
        with parsing():
            for end in [s.start for s in separators] + [len(text)]:
                # each document parsed on its own, in the text up to its end, so that a block
                # left open is closed where the document ends and offsets stay the file's
                last = end == len(text)
                found, trouble = _parse_document(text if last else text[:end], start,
                                                 FILE_END if last else DOCUMENT_END)
                definitions += found
                problems += trouble
                start = end + len("---")
    except RecursionError:
        return ParseResult(empty, (_nesting_problem(0),))
    if not definitions and not problems:
        problems.append(SyntaxProblem(Span(len(text), len(text)), "expected a definition, found end of file",
                                      "a .xs file holds one definition, such as `function \"name\" { … }`"))
    problems.sort(key=lambda p: (p.span.start, p.span.end))
    if blame_strings and problems:
        problems = blame_runaway_strings(text, problems, lambda repaired: _parse(repaired, False).problems)
    if not definitions:
        problems = [_stands_for_the_file(text, problems)]
    return ParseResult(Document(tuple(definitions), comments, Span(0, len(text)), separators), tuple(problems))


def _parse_document(text: str, start: int, ending: Ending) -> tuple[tuple[Definition, ...], list[SyntaxProblem]]:
    """The definitions and problems of the document from `start` to the end of `text`
    (whose end `ending` names)."""
    lowerer = Lowerer()
    items, values = item_hook.set(lowerer.lower_item), value_hook.set(lowerer.lower_value)
    direct = _direct()
    expressions = expression_hook.set(direct)
    direct_items = direct_item_hook.set(direct.item if direct is not None else None)
    try:
        definitions = lowerer.definitions(grammar().parse(text, start))
    finally:
        item_hook.reset(items)
        value_hook.reset(values)
        expression_hook.reset(expressions)
        direct_item_hook.reset(direct_items)
    problems = lowerer.problems + _explain_skipped(text, lowerer.skipped, ending)
    # A string left open often swallows the braces after it; the block
    # it leaves unclosed at the end is the same mistake, not a new one.
    if lowerer.unclosed and not any(p.message.startswith("unterminated") for p in problems):
        problems.append(explain_unclosed(text, ending))
    return definitions, problems


# A line that is exactly `---` ends a document: Xano's CLI joins the documents of a
# bundle with it (`xano flatten` splits one into files), and Xano's marketplace runs
# are one file of a `run.job` and the function it runs, joined so. Found outside
# strings and comments only: a text block may hold a Markdown rule.
_SEPARATOR_LINE = re.compile(r"^---\r?$", re.MULTILINE)
_SEPARATOR_SCAN = re.compile(r'```[\s\S]*?(?:```|\Z)|' + STRINGS_AND_COMMENTS + r"|^---(?=\r?$)", re.MULTILINE)


def document_separators(text: str) -> tuple[Span, ...]:
    """The `---` lines that end the documents of a bundle (none in most files)."""
    if _SEPARATOR_LINE.search(text) is None:
        return ()
    return tuple(Span(match.start(), match.end()) for match in _SEPARATOR_SCAN.finditer(text)
                 if match.group() == "---")


# What Xano's VS Code extension writes in a file in place of an object it
# failed to pull (seen in a real workspace: the object's name, a rule of
# dashes, the server's message, its id and the workspace's address).
_PULL_ERROR = "Error retrieving:"


def _stands_for_the_file(text: str, problems: list[SyntaxProblem]) -> SyntaxProblem:
    """The one problem shown for a file in which nothing reads as a definition:
    each of its lines would be an error of its own, and none would help."""
    start = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    if text.startswith(_PULL_ERROR, start):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end - text.startswith("\r", end - 1)
        return SyntaxProblem(Span(start, end),
                             "this file holds an error message from Xano's VS Code extension, not XanoScript",
                             "the extension writes its message in place of an object it failed to pull: "
                             "pull the object again, or delete this file")
    first = problems[0]
    if len(problems) == 1:
        return first
    more = "the error after this one is" if len(problems) == 2 else f"the {len(problems) - 1} errors after this one are"
    hint = f"nothing in this file reads as a definition, so {more} not listed"
    return SyntaxProblem(first.span, first.message, f"{first.help}; {hint}" if first.help else hint)


def _direct() -> Direct:
    """The reader of plain expressions for one document."""
    return _direct_reader().fresh()


@cache
def _direct_reader() -> Direct:
    """The reader of plain expressions, with the compiled grammar's tokens."""
    return Direct(grammar())


def _explain_skipped(text: str, skipped: list[tuple[str, int, int | None]],
                     ending: Ending) -> list[SyntaxProblem]:
    """One problem per broken item, except that a run of adjacent items broken the
    same way (five SQL `column` lines) is one mistake, reported at its first line."""
    problems: list[SyntaxProblem] = []
    last: tuple[int, str] | None = None
    for rule, start, previous in skipped:
        problem = explain(text, rule, start, previous, ending)
        if last is None or last != (previous, problem.message):
            problems.append(problem)
        last = (start, problem.message)
    return problems


def _scan(text: str) -> tuple[tuple[Comment, ...], int | None]:
    """Comments, and the offset of the first bracket nested deeper than MAX_DEPTH."""
    if text.count("{") + text.count("(") + text.count("[") <= MAX_DEPTH:
        # Too few brackets to nest too deep: only comments to find, if any.
        if "//" not in text:
            return (), None
        return tuple(Comment(match.group()[2:], Span(match.start(), match.end()))
                     for match in COMMENTS.finditer(text) if match.group().startswith("//")), None
    comments: list[Comment] = []
    depth = 0
    for match in BRACKETS.finditer(text):
        token = match.group()
        if token in "{([":
            depth += 1
            if depth > MAX_DEPTH:
                return tuple(comments), match.start()
        elif token in "})]":
            depth = max(depth - 1, 0)
        elif token.startswith("//"):
            comments.append(Comment(token[2:], Span(match.start(), match.end())))
    return tuple(comments), None


def _nesting_problem(offset: int) -> SyntaxProblem:
    return SyntaxProblem(
        Span(offset, offset + 1),
        f"nesting too deep: more than {MAX_DEPTH} levels of brackets",
        "split the deeply nested value or block into smaller pieces",
    )


_ROOM = recursion_limit(_RECURSION_LIMIT)  # the packrat parser recurses a few dozen frames per level


@contextmanager
def parsing() -> Iterator[None]:
    """The settings `parse` needs, held around more than one parse: for a caller
    that drops the syntax tree before they end, so that the cycle collector,
    when it resumes, does not scan every node of the tree once more. Parsing
    allocates millions of short-lived nodes and no cycles, so the collector is
    paused for it (`shared_settings.py`)."""
    with collector_paused(), _ROOM.held():
        yield
