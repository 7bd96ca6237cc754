"""Statements read directly (see lowering/direct.py), as the grammar's `statement`
rule and the item hook would read and lower them: `name arg* (as $alias)?
block? (as $alias)?`, every argument a word, a variable, a string or a value in
parentheses, and every item of the block an attribute whose value is plain or a
statement read so in turn (`var $total { value = 0 }`, `foreach ($rows) { each
as $row { … } }`).

Sections in a block are read too (lowering/direct_sections.py). Anything else
(`verb=GET`, a number, an alias with filters or an index, `else if`, a broken
item) is left to the grammar, which reads
the statement as it always does and offers each item inside to the direct
reader again. So that nothing is read twice, the items read inside a statement
then left to the grammar are handed to it (`items_read`), and the items found
not to be plain are remembered (`failed_items`): nesting stays linear.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from xslint.lowering import make
from xslint.lowering.direct_literals import NotPlain
from xslint.lowering.expressions import variable_at
from xslint.lowering.lowered import LoweredItem, lowered
from xslint.syntax import Block, Expr, Identifier, Item, Variable

Matcher = Callable[[str, int], "re.Match[str] | None"]

_SPACES = re.compile(r"[ \t]*").match
# What `call_arg` tries first at a word: `key=value` (`arg_pair`), left to the grammar.
_ARG_PAIR = re.compile(r"[A-Za-z_]\w*=").match
# As `isolated_item` looks ahead for an attribute and for a section.
_ATTRIBUTE_AHEAD = re.compile(r"[A-Za-z_]\w*[ \t]*=(?!=)").match
_SECTION_AHEAD = re.compile(r"(?:input|schema|output)[ \t]*\{").match
_WORD_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_PRIMARY_ARG = frozenset("$\"'`(")
_NUMBER_ARG = frozenset("-0123456789")  # `call_arg` reads a number or a timestamp


class Statements:
    """Statements and their blocks for the direct reader, which provides the tokens."""

    statement_rule: object
    stmt_head: Matcher
    arg_word: Matcher
    open_brace: Matcher
    item_sep: Matcher
    as_kw: Matcher
    var_path: Matcher
    index_next: Matcher
    filter_head: Matcher
    items_read: dict[int, LoweredItem]  # read inside a statement left to the grammar, by offset

    if TYPE_CHECKING:  # provided by the direct reader
        def _once(self, text: str, pos: int, read: Callable[[str, int], LoweredItem]) -> LoweredItem | None: ...

        def attribute(self, text: str, pos: int) -> LoweredItem | None: ...

        def _primary(self, text: str, pos: int) -> tuple[Expr, int]: ...

        def section(self, text: str, pos: int) -> LoweredItem | None: ...

    def statement(self, text: str, pos: int) -> LoweredItem | None:
        """The statement at `pos`, lowered as the `item_hook` lowers a `statement`, or
        None when it has another shape than the one read here."""
        return self._once(text, pos, self._statement)

    def _statement(self, text: str, pos: int) -> LoweredItem:
        head = self.stmt_head(text, pos)
        if head is None:
            raise NotPlain
        name = make.Name_at(head.group(2), head.start(2), head.end(2))
        args, end = self._arguments(text, head.end())
        if name.text == "else" and args and isinstance(args[0], Identifier) and args[0].name == "if":
            raise NotPlain  # `else if`: lowering reports it
        alias, end = self._alias(text, end)
        body: Block | None = None
        opened = self.open_brace(text, end)
        if opened is not None:
            body, end = self._block(text, opened, text.index("{", end))
        after, end = self._alias(text, end)
        item = make.Statement(name, tuple(args), after or alias, body, bool(head.group(1)), make.Span(pos, end), ())
        return lowered(self.statement_rule, text, pos, end, item, None)

    def _arguments(self, text: str, pos: int) -> tuple[list[Expr], int]:
        """`call_arg*`, each a word, a variable, a string or a parenthesised value."""
        args: list[Expr] = []
        end = pos
        while True:
            start = _SPACES(text, end).end()  # type: ignore[union-attr]  # always matches
            if start >= len(text):
                return args, end
            char = text[start]
            if char in _WORD_START:
                if _ARG_PAIR(text, start) is not None:
                    raise NotPlain
                word = self.arg_word(text, start)
                if word is None:  # `as`: the arguments end, an alias follows
                    return args, end
                args.append(make.Identifier_at(word.group(), start, word.end()))
                end = word.end()
            elif char in _PRIMARY_ARG:
                value, end = self._primary(text, start)
                args.append(value)
            elif char in _NUMBER_ARG:
                raise NotPlain
            else:
                return args, end

    def _block(self, text: str, opened: re.Match[str], brace: int) -> tuple[Block, int]:
        """`(item item_sep)* rbrace` after `open_brace`, every item read directly."""
        read: dict[int, LoweredItem] = {}
        end = opened.end()
        while end < len(text) and text[end] != "}":
            found = self.item(text, end)
            if found is None:
                break
            read[end] = found
            end = self.item_sep(text, found.end).end()  # type: ignore[union-attr]  # always matches
        if end >= len(text) or text[end] != "}":  # an item not plain, or the block left open
            self.items_read.update(read)  # the grammar asks for them again: not read twice
            raise NotPlain
        items: list[Item] = [found.item for found in read.values()]  # type: ignore[misc]  # lowered items
        return make.Block_at(tuple(items), brace, end + 1), end + 1

    def item(self, text: str, pos: int) -> LoweredItem | None:
        """The item at `pos`, an attribute, a section or a statement as `isolated_item`
        picks one, read directly; None when the grammar is to read it."""
        if _ATTRIBUTE_AHEAD(text, pos):
            return self.attribute(text, pos)
        if _SECTION_AHEAD(text, pos):
            return self.section(text, pos)
        return self.statement(text, pos)

    def _alias(self, text: str, pos: int) -> tuple[Variable | None, int]:
        """`alias?`: `as $name`, with no index or filter."""
        keyword = self.as_kw(text, pos)
        if keyword is None:
            return None, pos
        path = self.var_path(text, keyword.end())
        if path is None or self.index_next(text, path.end()) or self.filter_head(text, path.end()):
            raise NotPlain
        return variable_at(text, path.start(), path.end()), path.end()  # type: ignore[return-value]
