"""`statement` in one call: the shortcut for the grammar's most repeated item.

`statement = stmt_head call_arg* alias_opt block? alias_opt` costs a rule
call for the repetition of arguments, one for each argument's `Dispatch`,
two for the aliases and one for the optional block, a third of them to
find that nothing is there. `ShortStatement` does the same steps in one
function: the head token matched in place, each argument picked by its
first character as `Dispatch` picks it, an alias tried only where `as`
follows (as `Repeat` does), the block called once.

It builds the nodes the grammar's own path builds and records the failures
it would record, in the same order (tests/test_parser_engine.py compares
with parsimonious' own expressions): the head's, then the statement's, when
no statement starts; an argument's own, then `call_arg`'s, where the
arguments end; the block's own where none follows.
"""

from __future__ import annotations

import re
from typing import Callable

from parsimonious.expressions import Expression, Regex
from parsimonious.grammar import Grammar
from parsimonious.nodes import Node, RegexNode

from xslint.grammar.fused import NO_CHILDREN, FusedSequence, new, record_failure
from xslint.grammar.lookahead import Dispatch, Repeat

_SPACES = re.compile(r"[ \t]*").match


class ShortStatement(FusedSequence):
    """`statement`, its repetitions and options looped over in one call."""

    __slots__ = ()

    # Set per grammar by `install` (see shortcuts.ShortExpression).
    head: Regex
    head_match: Callable[[str, int], re.Match | None]
    arguments: Expression  # call_arg*
    call_arg: Dispatch
    alias_opt: Repeat
    block_opt: Expression  # block?
    block: Expression

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        match = self.head_match(text, pos)
        if match is None:
            if pos >= error.pos:  # the head token's failure (it is named), inlined
                error.expr = self.head
                error.pos = pos
            record_failure(self, pos, error)
            return None
        end = match.end()
        head = new(RegexNode)
        head.expr, head.full_text, head.start, head.end, head.children = self.head, text, pos, end, NO_CHILDREN
        head.match = match
        arguments = self._arguments(text, end, cache, error)
        end = arguments.end
        before = self._alias(text, end, cache, error)
        end = before.end
        found = self.block.match_core(text, end, cache, error) if end < len(text) else None
        block = new(Node)  # block?
        block.expr, block.full_text, block.start = self.block_opt, text, end
        if found is None:
            block.end, block.children = end, []
        else:
            block.end, block.children = found.end, [found]
            end = found.end
        after = self._alias(text, end, cache, error)
        node = new(Node)
        node.expr, node.full_text, node.start, node.end, node.children = (
            self, text, pos, after.end, [head, arguments, before, block, after])
        return node

    def _arguments(self, text: str, pos: int, cache: dict, error) -> Node:  # noqa: ANN001
        """`call_arg*`: each argument as `Dispatch` (call_arg) matches it."""
        call_arg, table, size = self.call_arg, self.call_arg.table, len(text)
        children: list[Node] = []
        end = pos
        while end < size:
            start = _SPACES(text, end).end()  # type: ignore[union-attr]
            value = None
            if start < size:
                for rule in table.get(text[start], ()):
                    value = rule.match_core(text, start, cache, error)
                    if value is not None:
                        break
            if value is None:
                record_failure(call_arg, end, error)
                break
            argument = new(Node)  # Node(call_arg, text, end, value.end, [value])
            argument.expr, argument.full_text, argument.start, argument.end, argument.children = (
                call_arg, text, end, value.end, [value])
            children.append(argument)
            if value.end == end:  # would loop for ever (as the repetition checks)
                break
            end = value.end
        node = new(Node)
        node.expr, node.full_text, node.start, node.end, node.children = self.arguments, text, pos, end, children
        return node

    def _alias(self, text: str, pos: int, cache: dict, error) -> Node:  # noqa: ANN001
        """`alias_opt`, as `Repeat` matches it: the alias tried only where `as` is next."""
        alias_opt = self.alias_opt
        children: list[Node] = []
        end = pos
        if alias_opt.peek(text, pos):
            found = alias_opt.rule.match_core(text, pos, cache, error)
            if found is not None:
                children.append(found)
                end = found.end
        node = new(Node)
        node.expr, node.full_text, node.start, node.end, node.children = alias_opt, text, pos, end, children
        return node


def install_statement(rules: Grammar) -> None:
    """Put `ShortStatement` in place in a compiled grammar."""
    statement = rules["statement"]
    head, arguments, before, block_opt, after = statement.members  # type: ignore[attr-defined]
    call_arg, alias_opt = rules["call_arg"], rules["alias_opt"]
    assert isinstance(head, Regex) and head.name == "stmt_head"
    assert arguments.members == (call_arg,) and (arguments.min, arguments.max) == (0, float("inf"))  # type: ignore[attr-defined]
    assert before is alias_opt and after is alias_opt and isinstance(alias_opt, Repeat) and not alias_opt.many
    assert isinstance(call_arg, Dispatch) and call_arg.is_call_arg
    assert block_opt.members == (rules["block"],) and (block_opt.min, block_opt.max) == (0, 1)  # type: ignore[attr-defined]
    statement.__class__ = type("ShortStatement", (ShortStatement,), {
        "__slots__": (), "head": head, "head_match": staticmethod(head.re.match), "arguments": arguments,
        "call_arg": call_arg, "alias_opt": alias_opt, "block_opt": block_opt, "block": rules["block"]})
