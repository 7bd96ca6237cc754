"""parsimonious' expressions with `match_core` in one piece, for speed.

parsimonious splits every match into `match_core` (the packrat memo and the
failure bookkeeping) and `_uncached_match` (the matching), two Python calls
per rule tried; the grammar tries over a million rules per megabyte. The
classes here do both in one call, and swap in for the originals in a
compiled grammar (`fuse`), which is sound because they add no slots and
match exactly as their base classes do.

Tokens (`Regex`, `Literal`) and the anonymous parts of rules (the `(a b)*`
inside a rule: `Plain*`) also skip the memo: on real files under 1% of
token tries are repeats, and a repeat costs one regex match, no more than
the memo's upkeep. Linearity holds because named rules stay memoised: each
retry of a token comes from a different rule, and a rule calls its
anonymous parts once per offset.

The failure bookkeeping of `Expression.match_core` is kept as is: the
furthest failing named expression is what syntax errors are explained from.
"""

from __future__ import annotations

from parsimonious.exceptions import LeftRecursionError
from parsimonious.expressions import Expression, Literal, OneOf, Quantifier, Regex, Sequence
from parsimonious.nodes import Node, RegexNode

MISSING = object()
IN_PROGRESS = object()


def record_failure(expression: Expression, pos: int, error) -> None:  # noqa: ANN001
    # As in Expression.match_core: unnamed expressions are reported only
    # while nothing named has failed that far.
    if pos >= error.pos and (expression.name or getattr(error.expr, "name", None) is None):
        error.expr = expression
        error.pos = pos


class Token(Regex):
    """A regex token, matched without the memo."""

    __slots__ = ()

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        match = self.re.match(text, pos)
        if match is None:
            # record_failure, inlined: a token fails at most offsets it is tried at.
            if pos >= error.pos and (self.name or getattr(error.expr, "name", None) is None):
                error.expr = self
                error.pos = pos
            return None
        node = RegexNode(self, text, pos, match.end())
        node.match = match
        return node


class Keyword(Literal):
    """A literal token, matched without the memo."""

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
        memo = cache[id(self)]
        node = memo.get(pos, MISSING)
        if node is MISSING:
            memo[pos] = IN_PROGRESS
            children: list[Node] = []
            end = pos
            for member in self.members:
                child = member.match_core(text, end, cache, error)
                if child is None:
                    break
                children.append(child)
                end += child.end - child.start
            else:
                node = Node(self, text, pos, end, children)
            if node is MISSING:
                node = None
            memo[pos] = node
        elif node is IN_PROGRESS:
            raise LeftRecursionError(text, pos=-1, expr=self)
        if node is None:
            record_failure(self, pos, error)
        return node


class FusedOneOf(OneOf):
    """`a / b / c`: the first member that matches."""

    __slots__ = ()

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        memo = cache[id(self)]
        node = memo.get(pos, MISSING)
        if node is MISSING:
            memo[pos] = IN_PROGRESS
            node = None
            for member in self.members:
                child = member.match_core(text, pos, cache, error)
                if child is not None:
                    node = Node(self, text, pos, child.end, [child])
                    break
            memo[pos] = node
        elif node is IN_PROGRESS:
            raise LeftRecursionError(text, pos=-1, expr=self)
        if node is None:
            record_failure(self, pos, error)
        return node


class FusedQuantifier(Quantifier):
    """`a*`, `a+`, `a?`: as many members as match, within the bounds."""

    __slots__ = ()

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        memo = cache[id(self)]
        node = memo.get(pos, MISSING)
        if node is MISSING:
            memo[pos] = IN_PROGRESS
            children: list[Node] = []
            end, size, member, most = pos, len(text), self.members[0], self.max
            while end < size and len(children) < most:
                child = member.match_core(text, end, cache, error)
                if child is None:
                    break
                children.append(child)
                length = child.end - child.start
                if length == 0 and len(children) >= self.min:  # would loop for ever
                    break
                end += length
            node = memo[pos] = Node(self, text, pos, end, children) if len(children) >= self.min else None
        elif node is IN_PROGRESS:
            raise LeftRecursionError(text, pos=-1, expr=self)
        if node is None:
            record_failure(self, pos, error)
        return node


class PlainSequence(FusedSequence):
    """A sequence matched without the memo (see `fuse`)."""

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
            end += child.end - child.start
        return Node(self, text, pos, end, children)


class PlainOneOf(FusedOneOf):
    """A choice matched without the memo (see `fuse`)."""

    __slots__ = ()

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        for member in self.members:
            child = member.match_core(text, pos, cache, error)
            if child is not None:
                return Node(self, text, pos, child.end, [child])
        record_failure(self, pos, error)
        return None


class PlainQuantifier(FusedQuantifier):
    """A repetition matched without the memo (see `fuse`)."""

    __slots__ = ()

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        children: list[Node] = []
        end, size, member, most = pos, len(text), self.members[0], self.max
        while end < size and len(children) < most:
            child = member.match_core(text, end, cache, error)
            if child is None:
                break
            children.append(child)
            length = child.end - child.start
            if length == 0 and len(children) >= self.min:  # would loop for ever
                break
            end += length
        if len(children) >= self.min:
            return Node(self, text, pos, end, children)
        record_failure(self, pos, error)
        return None


_FUSED = {Regex: Token, Literal: Keyword, Sequence: FusedSequence, OneOf: FusedOneOf,
          Quantifier: FusedQuantifier}


_PLAIN = {FusedSequence: PlainSequence, FusedOneOf: PlainOneOf, FusedQuantifier: PlainQuantifier}


def fuse(expression: Expression) -> None:
    """Swap an expression of a compiled grammar for its one-call twin (in place).

    Anonymous compounds (the `(a b)*` inside a rule) also drop the memo: only
    their rule invokes them, once per offset, and the rule itself is memoised.
    """
    fused = _FUSED.get(type(expression))
    if fused is not None:
        expression.__class__ = fused
        if not expression.name and fused in _PLAIN:
            expression.__class__ = _PLAIN[fused]
