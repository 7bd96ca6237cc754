"""parsimonious' expressions with `match_core` in one piece and without the memo, for speed.

parsimonious splits every match into `match_core` (the packrat memo and the
failure bookkeeping) and `_uncached_match` (the matching), two Python calls
per rule tried; the grammar tries over a million rules per megabyte. The
classes here do both in one call, and swap in for the originals in a
compiled grammar (`fuse`), which is sound because they add no slots and
match exactly as their base classes do.

They also skip the packrat memo. A memo entry pays only when a rule is
tried twice at one offset, and in this grammar only one choice backtracks
over more than a token: in a group, `(c ? a : b)` failing as a ternary is
read again as `(c ? a)`, the expression after `?` included. That
expression's `primary` keeps its memo (grammar/lookahead.py), which keeps
nested groups linear. Every other choice decides on its first token
(`tail`, `entry`, `field`, the alternatives `Dispatch` picks, …), so no
rule is matched again at an offset where another alternative matched it.
Measured on generated and real workspaces: no other rule ever found its
offset in the memo.

The failure bookkeeping of `Expression.match_core` is kept as is: the
furthest failing named expression is what syntax errors are explained from.
"""

from __future__ import annotations

from parsimonious.expressions import Expression, Literal, OneOf, Quantifier, Regex, Sequence
from parsimonious.nodes import Node, RegexNode

# The hot paths build nodes field by field (`new(Node)`, then its five
# slots, as Node.__init__ sets them) rather than by `Node(…)`: the grammar
# builds about half a million nodes per megabyte, and Node.__init__ is one
# more Python call for each. A token's node has no children: an empty tuple
# stands for them, shared.
new = object.__new__
NO_CHILDREN: tuple[Node, ...] = ()


def record_failure(expression: Expression, pos: int, error) -> None:  # noqa: ANN001
    # As in Expression.match_core: unnamed expressions are reported only
    # while nothing named has failed that far.
    if pos >= error.pos and (expression.name or getattr(error.expr, "name", None) is None):
        error.expr = expression
        error.pos = pos


class Token(Regex):
    """A regex token."""

    __slots__ = ()

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        match = self.re.match(text, pos)
        if match is None:
            # record_failure, inlined: a token fails at most offsets it is tried at.
            if pos >= error.pos and (self.name or getattr(error.expr, "name", None) is None):
                error.expr = self
                error.pos = pos
            return None
        node = new(RegexNode)
        node.expr, node.full_text, node.start, node.end, node.children = self, text, pos, match.end(), NO_CHILDREN
        node.match = match
        return node


class Keyword(Literal):
    """A literal token."""

    __slots__ = ()

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        if text.startswith(self.literal, pos):
            return Node(self, text, pos, pos + len(self.literal))
        record_failure(self, pos, error)
        return None


class FusedSequence(Sequence):
    """`a b c`: every member in turn."""

    __slots__ = ()

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        children: list[Node] = []
        end = pos
        for member in self.members:
            child = member.match_core(text, end, cache, error)
            if child is None:
                record_failure(self, pos, error)
                return None
            children.append(child)
            end = child.end  # every child starts where it was asked to
        node = new(Node)
        node.expr, node.full_text, node.start, node.end, node.children = self, text, pos, end, children
        return node


class FusedOneOf(OneOf):
    """`a / b / c`: the first member that matches."""

    __slots__ = ()

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        for member in self.members:
            child = member.match_core(text, pos, cache, error)
            if child is not None:
                node = new(Node)
                node.expr, node.full_text, node.start, node.end, node.children = self, text, pos, child.end, [child]
                return node
        record_failure(self, pos, error)
        return None


class FusedQuantifier(Quantifier):
    """`a*`, `a+`, `a?`: as many members as match, within the bounds."""

    __slots__ = ()

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        children: list[Node] = []
        end, size, member, most = pos, len(text), self.members[0], self.max
        while end < size and len(children) < most:
            child = member.match_core(text, end, cache, error)
            if child is None:
                break
            children.append(child)
            if child.end == end and len(children) >= self.min:  # would loop for ever
                break
            end = child.end
        if len(children) >= self.min:
            node = new(Node)
            node.expr, node.full_text, node.start, node.end, node.children = self, text, pos, end, children
            return node
        record_failure(self, pos, error)
        return None


_FUSED = {Regex: Token, Literal: Keyword, Sequence: FusedSequence, OneOf: FusedOneOf,
          Quantifier: FusedQuantifier}


def fuse(expression: Expression) -> None:
    """Swap an expression of a compiled grammar for its one-call twin (in place)."""
    fused = _FUSED.get(type(expression))
    if fused is not None:
        expression.__class__ = fused
