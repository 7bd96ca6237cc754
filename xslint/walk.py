"""Walking statements at any depth, knowing what ran before each one.

`before` is what runs earlier on the way to a statement: its earlier
siblings, and the earlier siblings of every block around it. It is a view
over lists shared by all statements of a block, so a stack of thousands of
statements costs memory in proportion to its length, not its square.
Iterative, so a pathologically deep file cannot exhaust the stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from xslint.syntax import Block, Statement


@dataclass(frozen=True, slots=True)
class Before:
    """The first `count` statements of `siblings`, after everything `outer` holds."""

    siblings: list[Statement]
    count: int
    outer: Before | None

    def __iter__(self) -> Iterator[Statement]:
        chain: list[Before] = []
        current: Before | None = self
        while current is not None:
            chain.append(current)
            current = current.outer
        for link in reversed(chain):
            yield from link.siblings[:link.count]


@dataclass(frozen=True, slots=True)
class Visit:
    statement: Statement
    before: Before


def statements(block: Block) -> Iterator[Visit]:
    """Every statement in `block` and in the blocks nested in it, in source order."""
    stack: list[tuple[Iterator[Statement], Before | None, list[Statement]]] = [(block.statements(), None, [])]
    while stack:
        remaining, outer, earlier = stack[-1]
        statement = next(remaining, None)
        if statement is None:
            stack.pop()
            continue
        before = Before(earlier, len(earlier), outer)
        yield Visit(statement, before)
        earlier.append(statement)
        if statement.body is not None:
            stack.append((statement.body.statements(), before, []))
