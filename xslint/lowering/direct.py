"""Plain expressions parsed and lowered in one step, without parse nodes.

Most values are a few plain operands joined by operators: `$input.id`,
`$x|get:"a":null`, `$a == 1 && $b`. The grammar matches such a value with
a dozen rule calls and parse nodes, and lowering then walks those nodes to
build the typed tree: together about half of all parsing time. `Direct`
reads the same tokens with the grammar's own regular expressions, in the
order the grammar tries them, and builds the typed nodes at once.

It reads only what it can read exactly as the grammar does: operands that
are a string, a number, a timestamp, a word, a variable without an index,
or an object or array literal or a parenthesised value made of such values
(lowering/direct_literals.py), each with its filters (their arguments plain
operands too), joined by binary operators; an attribute whose value is
plain (`key = value`); an `input`, `schema` or `output` section of such
fields (lowering/direct_sections.py); and a statement whose arguments are
plain and whose block holds only such items (lowering/direct_statements.py).
`item` reads any of the three, as the grammar's `direct_item_hook`. At anything else (`!`,
`...`, an index, `between`, `?`, a filtered operand before an operator,
which lowering reports) it gives up and the grammar reads the whole value
as it always does; so the result is the same typed tree either way
(tests/test_direct.py compares values and statements,
tests/test_parser_engine.py whole files and mutations of them).
Only the parser's own parse uses it (`expression_hook` and the others):
re-parses that explain a syntax error need the grammar's failure
bookkeeping, which this skips.
"""

from __future__ import annotations

import re
from copy import copy
from typing import Callable

from parsimonious.grammar import Grammar

from xslint.lowering import make
from xslint.lowering.expressions import combine, fold, operator_at, word_at, string_at, variable_at
from xslint.lowering.direct_literals import Literals, NotPlain
from xslint.lowering.direct_sections import Sections
from xslint.lowering.direct_statements import Statements
from xslint.lowering.literals import number_literal
from xslint.lowering.lowered import LoweredItem, lowered
from xslint.syntax import Expr, Filter, Filtered

Matcher = Callable[[str, int], "re.Match[str] | None"]


_DIGITS = frozenset("0123456789")
_WORD_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")


class Direct(Literals, Statements, Sections):
    """Reads a plain expression at an offset with the tokens of one compiled grammar;
    `fresh()` gives the reader of one document (see `Literals`)."""

    def __init__(self, rules: Grammar) -> None:
        def token(name: str) -> Matcher:
            return rules[name].re.match  # type: ignore[attr-defined, no-any-return]

        self.expression = rules["expression"]
        self.string, self.number, self.timestamp = token("string"), token("number"), token("timestamp")
        self.var_path, self.identifier = token("var_path"), token("identifier")
        self.index_next: Matcher = rules["indexes"].peek  # type: ignore[attr-defined]
        self.filter_head, self.arg_colon, self.arg_op = token("filter_head"), token("arg_colon"), token("arg_op")
        self.binop, self.between, self.question = token("ws_binop"), token("ws_between"), token("ws_question")
        self.continues: Matcher = rules["expression"].continues.match  # type: ignore[attr-defined]
        self.lbrace, self.lbracket, self.lparen = token("lbrace"), token("lbracket"), token("lparen")
        self.layout = token("__")
        self.entry_head, self.sep, self.bare_words = token("entry_head"), token("sep"), token("bare_words")
        self.var_members = token("var_members")
        self.failed: set[int] = set()
        self.items_read: dict[int, LoweredItem] = {}
        self.failed_items: set[int] = set()
        self.attribute_rule, self.attr_head = rules["attribute"], token("attr_head")
        self.statement_rule, self.stmt_head, self.arg_word = rules["statement"], token("stmt_head"), token("arg_word")
        self.open_brace, self.item_sep, self.as_kw = token("open_brace"), token("item_sep"), token("as_kw")
        self.section_rule, self.section_kw = rules["section"], token("section_kw")
        self.field_head, self.field_name = token("field_head"), token("field_name")
        self.bare_default = token("bare_default")
        self.filters_kw, self.filter_spec = token("filters_kw"), token("filter_spec")

    def fresh(self) -> Direct:
        """A reader for one document: the same tokens, no literal known to fail yet."""
        reader = copy(self)
        reader.failed, reader.items_read, reader.failed_items = set(), {}, set()
        return reader

    def __call__(self, text: str, pos: int) -> LoweredItem | None:
        """The value at `pos` as a lowered stand-in for its `expression` node, or
        None when it is not plain (or not a value): then the grammar reads it."""
        try:
            value, end = self._value(text, pos)
        except NotPlain as stop:
            self.failed.update(stop.literals)
            return None
        return lowered(self.expression, text, pos, end, value, None)

    def attribute(self, text: str, pos: int) -> LoweredItem | None:
        """`key = value` at `pos`, lowered as the `item_hook` lowers an `attribute`,
        or None when the value is not plain."""
        return self._once(text, pos, self._attribute)

    def _attribute(self, text: str, pos: int) -> LoweredItem:
        head = self.attr_head(text, pos)
        if head is None:
            raise NotPlain
        value, end = self._value(text, head.end())
        key = make.Name_at(head.group(1), pos, head.end(1))
        return lowered(self.attribute_rule, text, pos, end, make.Attribute_at(key, value, pos, end), None)

    def _once(self, text: str, pos: int, read: Callable[[str, int], LoweredItem]) -> LoweredItem | None:
        """The item `read` reads at `pos`, or None when it is not plain; an offset is read at
        most once a document: an item read inside a statement then left to the grammar is
        handed over when the grammar asks for it, and one found not plain is not tried again."""
        known = self.items_read.pop(pos, None)
        if known is not None or pos in self.failed_items:
            return known
        try:
            return read(text, pos)
        except NotPlain as stop:
            self.failed.update(stop.literals)
            self.failed_items.add(pos)
            return None

    def _value(self, text: str, pos: int) -> tuple[Expr, int]:
        """`binary`, with no ternary after it: the value of an `expression`."""
        value, end = self._operand(text, pos)
        if self.continues(text, end) is not None:
            value, end = self._binary(text, value, end)
        return value, end

    def _binary(self, text: str, first: Expr, end: int) -> tuple[Expr, int]:
        """`first` and the operators and operands after it, up to where the value
        ends (`binary ternary?`, with no ternary)."""
        operands, operators = [first], []
        while True:
            match = self.binop(text, end)
            if match is None:
                if self.between(text, end) is not None:
                    raise NotPlain
                break
            if isinstance(operands[-1], Filtered):  # lowering reports it: the grammar's path does
                raise NotPlain
            operators.append(operator_at(match))
            value, end = self._operand(text, match.end())
            operands.append(value)
        if self.question(text, end) is not None:
            raise NotPlain
        if len(operators) == 1:
            return combine(operators[0], operands[0], operands[1]), end
        return (fold(operands, operators) if operators else first), end

    def _operand(self, text: str, pos: int) -> tuple[Expr, int]:
        """`primary filter*`."""
        value, end = self._primary(text, pos)
        head = self.filter_head(text, end)
        if head is None:
            return value, end
        filters: list[Filter] = []
        while head is not None:
            item, end = self._filter(text, head)
            filters.append(item)
            head = self.filter_head(text, end)
        return make.Filtered_at(value, tuple(filters), value.span.start, end), end

    def _filter(self, text: str, head: re.Match[str]) -> tuple[Filter, int]:
        """`filter_head filter_arg*`, where `filter_arg = arg_colon primary (arg_op primary)*`."""
        end = head.end()
        arguments: list[Expr] = []
        size = len(text)
        while end < size and (colon := self.arg_colon(text, end)) is not None:
            value, end = self._primary(text, colon.end())
            operands, operators = [value], []
            while (op := self.arg_op(text, end)) is not None:
                operators.append(operator_at(op))
                value, end = self._primary(text, op.end())
                operands.append(value)
            arguments.append(fold(operands, operators) if operators else operands[0])
        name = make.Name_at(head.group(2), head.start(2), head.end(2))
        pipe = text.rindex("|", head.start(), head.start(1))  # spaces may follow it
        return make.Filter_at(name, tuple(arguments), bool(head.group(1)), pipe, end), end

    def _primary(self, text: str, pos: int) -> tuple[Expr, int]:
        """A plain primary, chosen by its first character as `primary` chooses."""
        if pos >= len(text):
            raise NotPlain
        char = text[pos]
        if char == "$":
            match = self.var_path(text, pos)
            if match is None or self.index_next(text, match.end()) is not None:
                raise NotPlain
            return variable_at(text, pos, match.end()), match.end()
        if char in "\"'`":
            match = self.string(text, pos)
            if match is None:
                raise NotPlain
            return string_at(text, pos, match.end()), match.end()
        if char in _DIGITS:
            match = self.timestamp(text, pos)
            if match is not None:
                return make.TimestampLit_at(match.group(), pos, match.end()), match.end()
            return self._number(text, pos)
        if char == "-":
            return self._number(text, pos)
        if char in "{[(":
            return self._bracketed(text, pos)
        if char in _WORD_START:
            match = self.identifier(text, pos)
            if match is None:
                raise NotPlain
            return word_at(text, pos, match.end()), match.end()
        raise NotPlain

    def _number(self, text: str, pos: int) -> tuple[Expr, int]:
        match = self.number(text, pos)
        if match is None:
            raise NotPlain
        return number_literal(match.group(), make.Span(pos, match.end())), match.end()
