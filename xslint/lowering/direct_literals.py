"""Object and array literals, and values in parentheses, read directly (see
lowering/direct.py) as the grammar's `object`, `array` and `group` rules would
read them, when every entry, item or value inside is plain.

A literal that holds anything else (a spread, a section, a ternary, an index, a
member read after the closing bracket) is left to the grammar, whole. The grammar
then reads its entries one by one, and for each value asks the direct reader
again; a literal inside that one which failed before would fail again, so the
offsets of the literals a failure left are remembered for the document
(`failed`), and deep nesting stays linear.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from xslint.lowering import make
from xslint.lowering.literals import string_literal
from xslint.syntax import Expr, ObjectEntry

Matcher = Callable[[str, int], "re.Match[str] | None"]


class NotPlain(Exception):
    """Raised to give up: the grammar reads the value instead. `literals` gathers the
    offsets of the object and array literals it left: reading them again would fail again."""

    def __init__(self) -> None:
        super().__init__()
        self.literals: list[int] = []


class Literals:
    """`{key: value, …}` and `[item, …]` for the direct reader, which provides the tokens."""

    lbrace: Matcher
    lbracket: Matcher
    lparen: Matcher
    question: Matcher
    layout: Matcher
    entry_head: Matcher
    sep: Matcher
    bare_words: Matcher
    var_members: Matcher
    index_next: Matcher
    failed: set[int]  # literals of this document known not to be plain
    _READERS: dict[str, Callable[[Literals, str, int], tuple[Expr, int]]]

    if TYPE_CHECKING:  # provided by the direct reader
        def _value(self, text: str, pos: int) -> tuple[Expr, int]: ...

    def _bracketed(self, text: str, pos: int) -> tuple[Expr, int]:
        """The object, array or parenthesised value at `pos` (its first character says which)."""
        if pos in self.failed:
            raise NotPlain
        try:
            return self._READERS[text[pos]](self, text, pos)
        except NotPlain as stop:
            stop.literals.append(pos)
            raise

    def _group(self, text: str, pos: int) -> tuple[Expr, int]:
        """`lparen group_value half_ternary_opt __ rparen`, the value plain, with no `?` after it."""
        value, end = self._value(text, self.lparen(text, pos).end())  # type: ignore[union-attr]  # `(` is there
        if self.question(text, end) is not None:
            raise NotPlain
        end = self._closed(text, end, ")")
        return make.Group_at(value, pos, end), end

    def _object(self, text: str, pos: int) -> tuple[Expr, int]:
        """`lbrace (entry (sep entry)* sep?)? __ rbrace`, every entry `key: plain value`."""
        end = self.lbrace(text, pos).end()  # type: ignore[union-attr]  # `{` is there
        entries: list[ObjectEntry] = []
        head = self.entry_head(text, end)
        while head is not None:
            value, end = self._value(text, head.end())
            raw = head.group(2)
            key_span = make.Span(head.start(2), head.end(2))
            key = string_literal(raw, key_span) if raw[0] in "\"'" else make.Identifier(raw, key_span)
            entries.append(make.ObjectEntry(key, value, make.Span(head.start(), end), bool(head.group(1))))
            separator = self.sep(text, end)
            if separator is None:
                break
            end = separator.end()
            head = self.entry_head(text, end)
        end = self._closed(text, end, "}")
        return make.ObjectLit_at(tuple(entries), pos, end), end

    def _array(self, text: str, pos: int) -> tuple[Expr, int]:
        """`lbracket (array_item (sep array_item)* sep?)? __ rbracket`, every item plain."""
        end = self.lbracket(text, pos).end()  # type: ignore[union-attr]  # `[` is there
        items: list[Expr] = []
        while end < len(text) and text[end] != "]":
            words = self.bare_words(text, end)  # `array_item = bare_words / isolated_value`
            if words is not None:
                item, end = make.Identifier_at(words.group(), end, words.end()), words.end()
            else:
                item, end = self._value(text, end)
            items.append(item)
            separator = self.sep(text, end)
            if separator is None:
                break
            end = separator.end()
        end = self._closed(text, end, "]")
        return make.ArrayLit_at(tuple(items), pos, end), end

    def _closed(self, text: str, end: int, bracket: str) -> int:
        """The end of `__ bracket` at `end`, when no member or index is read after it."""
        end = self.layout(text, end).end()  # type: ignore[union-attr]  # `__` always matches
        if not text.startswith(bracket, end):
            raise NotPlain
        end += 1
        if self.var_members(text, end) is not None or self.index_next(text, end) is not None:
            raise NotPlain
        return end


Literals._READERS = {"{": Literals._object, "[": Literals._array, "(": Literals._group}
