"""Explaining a syntax error: what was found at the furthest point, what was expected.

parsimonious remembers one failing rule; to name everything that could have
come next, a broken item is re-parsed with `Expectations` standing in for
parsimonious' error object, collecting every named rule that failed at the
furthest offset.
"""

from __future__ import annotations

import re
from collections import defaultdict

from xslint.diagnostics import Span, SyntaxProblem
from xslint.grammar import grammar
from xslint.grammar.slips import end_of_line, recognise
from xslint.lowering.context import enclosing_kind


# What an error at the end of the text parsed found there, and how much of the file to
# underline: the parser sees one document of a bundle at a time, and a `---` line ends it.
Ending = tuple[str, int]
FILE_END: Ending = ("end of file", 0)
DOCUMENT_END: Ending = ("`---`, the end of the document", len("---"))


class Expectations:
    """Duck-types parsimonious' ParseError: `match_core` sets `expr`, then `pos`."""

    __slots__ = ("text", "_pos", "_expr", "names")

    def __init__(self, text: str) -> None:
        self.text = text
        self._pos = -1
        self._expr = None
        self.names: set[str] = set()

    @property
    def expr(self):  # noqa: ANN201 - parsimonious reads it back
        return self._expr

    @expr.setter
    def expr(self, value) -> None:  # noqa: ANN001
        self._expr = value

    @property
    def pos(self) -> int:
        return self._pos

    @pos.setter
    def pos(self, value: int) -> None:
        name = getattr(self._expr, "name", "")
        if value > self._pos:
            self._pos, self.names = value, set()
        if name:
            self.names.add(name)


# Rules whose failure means "an expression could start here".
_EXPRESSION_RULES = frozenset({"expression", "binary", "operand", "primary", "filter_arg"})
# Rules that start an expression, or may continue one; folded into the above
# or dropped, since "expected `|`" after every value would be noise.
_QUIET = frozenset({
    "group", "object", "array", "cast", "cast_type", "string", "timestamp", "number",
    "variable", "var_path", "spread", "ellipsis", "identifier", "not_op",
    "lparen", "lbracket", "index", "filter", "ternary", "junk",
    "top_junk", "_", "__", "sep", "alias", "as_kw", "call_arg",
    "arg_word", "filters_kw", "field_filters", "named_field",
    "def_arg", "field_opt",
})
_TOKENS = {
    "rbrace": "`}`", "lbrace": "`{`", "rparen": "`)`", "rbracket": "`]`",
    "assign": "`=`", "filter_spec": "filter names",
    "def_kind": "a definition keyword (`function`, `query`, `realtime_channel`, …)",
    "definition": "a definition keyword (`function`, `query`, `realtime_channel`, …)",
    "def_name": "a name", "bare_name": "a name", "value_word": "a word or a string",
    "field_name": "a field name", "field": "a field", "entry": "an object key",
    "block": "`{`", "field_block": "`{`", "section_kw": None,
    "strict_item": None, "attribute": None, "statement": None, "section": None,
}
_FOUND = re.compile(r'[A-Za-z_$][\w.$]*|\d+(?:\.\d+)?|"""|\'\'\'|"|\'|\S')
_KEY_EQUALS = re.compile(r"([A-Za-z_]\w*)[ \t]*=(?!=)")
_QUOTES = ('"', "'", '"""', "'''")


def explain(text: str, rule: str, start: int, previous: int | None = None,
            ending: Ending = FILE_END) -> SyntaxProblem:
    """Why `rule` does not match at `start`: the furthest point reached and what could come there.

    `previous` is where the item before it in the same block began: when that
    item stopped short because what followed was broken (`$a +` and then
    nothing), re-trying it reaches further and explains the error better.
    """
    pos, names = _furthest(text, rule, start)
    if previous is not None:
        before, before_names = _furthest(text, rule, previous)
        if before > pos:
            pos, names = before, before_names
    pos = _skip_spaces(text, pos)
    context = enclosing_kind(text, pos)
    expected = _describe(names, context)
    if pos == _skip_spaces(text, start) and rule == "strict_item":
        expected.append("`}`")
    if context == "an object key" and "`}`" in expected:
        expected.insert(0, "`,`")
    elif "`]`" in expected:
        expected.insert(0, "`,`")
    return _problem(text, pos, expected, ending)


def explain_unclosed(text: str, ending: Ending = FILE_END) -> SyntaxProblem:
    """A block still open at the end of the file (or of the document)."""
    return _problem(text, len(text), ["`}`", enclosing_kind(text, len(text))], ending)


def _furthest(text: str, rule: str, start: int) -> tuple[int, set[str]]:
    tracker = Expectations(text)
    grammar()[rule].match_core(text, start, defaultdict(dict), tracker)
    return max(tracker.pos, start), tracker.names


def _skip_spaces(text: str, pos: int) -> int:
    """Tokens carry the spaces before them, so a failure can sit on a space; report the next token."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _describe(names: set[str], context: str) -> list[str]:
    phrases: list[str] = []
    if names & _EXPRESSION_RULES:
        phrases.append("an expression")
        names = names - {"lbrace"}  # an object literal is one kind of expression
    for name in sorted(names - _EXPRESSION_RULES - _QUIET):
        phrase = _TOKENS.get(name, "`" + name + "`") if name in _TOKENS else None
        phrase = context if name in _TOKENS and phrase is None else phrase
        if phrase and phrase not in phrases:
            phrases.append(phrase)
    return phrases


def _problem(text: str, pos: int, expected: list[str], ending: Ending) -> SyntaxProblem:
    found, length = _found(text, pos, ending)
    if found in _QUOTES and _string_length(text, pos):
        found, length = "a string", _string_length(text, pos)
    elif found in ('"', "'"):
        return SyntaxProblem(Span(pos, end_of_line(text, pos)), "unterminated string",
                             f"close the string with {found} before the end of the line")
    if found in ('"""', "'''"):
        return SyntaxProblem(Span(pos, pos + 3), "unterminated multi-line string",
                             f"close it with {found} on a line of its own")
    equals = _KEY_EQUALS.match(text, pos)
    if equals and "an object key" in expected:
        where = equals.end() - 1
        return SyntaxProblem(Span(where, where + 1), f'expected `:` after "{equals.group(1)}", found "="',
                             "object literals use `key: value`; `=` is for clauses and attributes")
    wanted = _join(expected) if expected else "something else"
    slip = recognise(text, pos)
    if slip is not None and slip.message is not None:
        return SyntaxProblem(Span(slip.start, slip.end), slip.message, slip.help)
    return SyntaxProblem(Span(pos, pos + length), f"expected {wanted}, found {found}",
                         slip.help if slip else None)


def _found(text: str, pos: int, ending: Ending) -> tuple[str, int]:
    if pos >= len(text):
        return ending
    if text[pos] in "\r\n":
        return "end of line", 0
    if text[pos] in " \t":
        return "a space", 1
    match = _FOUND.match(text, pos)
    token = match.group() if match else text[pos]
    if token in _QUOTES:
        return token, len(token)
    return f'"{token}"', len(token)


def _string_length(text: str, pos: int) -> int:
    """Length of the string literal starting at `pos`, or 0 if none does."""
    match = grammar()["string"].re.match(text, pos)
    return match.end() - pos if match else 0


def _join(phrases: list[str]) -> str:
    if len(phrases) == 1:
        return phrases[0]
    return ", ".join(phrases[:-1]) + " or " + phrases[-1]

