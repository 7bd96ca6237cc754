"""Statements read directly (see lowering/direct.py), as the grammar's `statement`
rule and the item hook would read and lower them, when they have the most common
shape: `name arg* { key = value … } as $alias?`, every argument a word, a
variable, a string or a value in parentheses, and every item of the block an
attribute whose value is plain (`var $total { value = 0 }`, `db.get user { … }`).

Anything else (a statement without a block, a nested statement, `verb=GET`, an
alias before the block or with filters, `else if`) is left to the grammar, which
reads the statement as it always does and offers each item inside to the direct
reader again.
"""

from __future__ import annotations

import re
from typing import Callable

from xslint.lowering import make
from xslint.lowering.direct_literals import NotPlain
from xslint.lowering.expressions import variable_at
from xslint.lowering.lowered import LoweredItem, lowered
from xslint.syntax import Attribute, Block, Expr, Variable

Matcher = Callable[[str, int], "re.Match[str] | None"]

_SPACES = re.compile(r"[ \t]*").match
# What `call_arg` tries first at a word: `key=value` (`arg_pair`), left to the grammar.
_ARG_PAIR = re.compile(r"[A-Za-z_]\w*=").match
# As `isolated_item` looks ahead for an attribute.
_ATTRIBUTE_AHEAD = re.compile(r"[A-Za-z_]\w*[ \t]*=(?!=)").match
_WORD_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")


class Statements:
    """`name arg* { attributes } as $alias?` for the direct reader, which provides the tokens."""

    statement_rule: object
    stmt_head: Matcher
    arg_word: Matcher
    open_brace: Matcher
    item_sep: Matcher
    as_kw: Matcher
    var_path: Matcher
    index_next: Matcher
    filter_head: Matcher
    failed: set[int]
    attributes_read: dict[int, LoweredItem]  # read in a statement left to the grammar, by offset

    def attribute(self, text: str, pos: int) -> LoweredItem | None:
        raise NotImplementedError

    def _primary(self, text: str, pos: int) -> tuple[Expr, int]:
        raise NotImplementedError

    def statement(self, text: str, pos: int) -> LoweredItem | None:
        """The statement at `pos`, lowered as the `item_hook` lowers a `statement`, or
        None when it has another shape than the one read here."""
        head = self.stmt_head(text, pos)
        if head is None or head.group(2) == "else":  # `else if`: lowering reports it
            return None
        try:
            args, end = self._arguments(text, head.end())
            body, end = self._attribute_block(text, end)
            alias, end = self._alias(text, end)
        except NotPlain as stop:
            self.failed.update(stop.literals)
            return None
        name = make.Name_at(head.group(2), head.start(2), head.end(2))
        item = make.Statement(name, tuple(args), alias, body, bool(head.group(1)), make.Span(pos, end), ())
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
                if word is None:  # `as`: an alias before the block
                    raise NotPlain
                args.append(make.Identifier_at(word.group(), start, word.end()))
                end = word.end()
            elif char in "$\"'`(":
                value, end = self._primary(text, start)
                args.append(value)
            else:
                return args, end

    def _attribute_block(self, text: str, pos: int) -> tuple[Block, int]:
        """`open_brace (item item_sep)* rbrace`, every item an attribute with a plain value."""
        opened = self.open_brace(text, pos)
        if opened is None:
            raise NotPlain
        read: dict[int, LoweredItem] = {}
        end = opened.end()
        while end < len(text) and text[end] != "}":
            found = self.attribute(text, end) if _ATTRIBUTE_AHEAD(text, end) else None
            if found is None:
                self.attributes_read.update(read)  # the grammar asks for them again: not read twice
                raise NotPlain
            read[end] = found
            end = self.item_sep(text, found.end).end()  # type: ignore[union-attr]  # always matches
        if end >= len(text):  # left open: the grammar reports it
            raise NotPlain
        items: list[Attribute] = [found.item for found in read.values()]  # type: ignore[misc]  # Attributes
        brace = text.index("{", pos)  # after the spaces `open_brace` starts with
        return make.Block_at(tuple(items), brace, end + 1), end + 1

    def _alias(self, text: str, pos: int) -> tuple[Variable | None, int]:
        """`alias?` after the block: `as $name`, with no index or filter."""
        keyword = self.as_kw(text, pos)
        if keyword is None:
            return None, pos
        path = self.var_path(text, keyword.end())
        if path is None or self.index_next(text, path.end()) or self.filter_head(text, path.end()):
            raise NotPlain
        return variable_at(text, path.start(), path.end()), path.end()  # type: ignore[return-value]
