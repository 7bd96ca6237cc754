"""The enclosing block of an error, from the bracket index built once per text:
the same answer a scan from the start of the text gives, at every offset."""

from __future__ import annotations

from pathlib import Path

from xslint.grammar import SCAN
from xslint.lowering.context import _innermost_brace
from xslint.parser import parse

FIXTURES = Path(__file__).parent / "fixtures" / "parser"


def _scanned(text: str, pos: int) -> int | None:
    """The innermost `{` open at `pos`, by scanning every bracket before it."""
    stack: list[tuple[str, int]] = []
    for match in SCAN.finditer(text, 0, pos):
        token = match.group()
        if token in ("{", "(", "["):
            stack.append((token, match.start()))
        elif token in ("}", ")", "]") and stack:
            stack.pop()
    braces = [start for kind, start in stack if kind == "{"]
    return braces[-1] if braces else None


def test_the_index_answers_as_a_scan_from_the_start_at_every_bracket_and_line() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.rglob("*.xs"))]
    texts.append('x { a = "}" ( [ { ] } ) } } { // {\n { (')  # unbalanced, strings, comments
    assert len(texts) > 40
    for text in texts:
        # where an answer can change: each bracket, each token after one, each line start
        offsets = {0, len(text)} | {m.start() for m in SCAN.finditer(text)} | {m.end() for m in SCAN.finditer(text)}
        for pos in sorted(offsets):
            assert _innermost_brace(text, pos) == _scanned(text, pos), (text[:40], pos)


def test_thousands_of_errors_in_one_file_are_each_reported() -> None:
    text = "function f {\n  stack {\n" + "    var $y { value = ) }\n" * 3000 + "  }\n}\n"
    problems = parse(text).problems
    assert len(problems) == 3000
    assert all(p.message == 'expected an expression, found ")"' for p in problems)
    lines = [text.count("\n", 0, p.span.start) + 1 for p in problems]
    assert lines == list(range(3, 3003))
