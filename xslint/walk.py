"""Walking statements at any depth, knowing what ran before each one.

`before` holds the statements that run earlier on the way to a statement:
its earlier siblings, and the earlier siblings of every block around it.
Iterative, so a pathologically deep file cannot exhaust the stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from xslint.syntax import Block, Statement


@dataclass(frozen=True, slots=True)
class Visit:
    statement: Statement
    before: tuple[Statement, ...]


def statements(block: Block) -> Iterator[Visit]:
    """Every statement in `block` and in the blocks nested in it, in source order."""
    stack: list[tuple[Iterator[Statement], tuple[Statement, ...], list[Statement]]] = [
        (block.statements(), (), [])]
    while stack:
        remaining, before, earlier = stack[-1]
        statement = next(remaining, None)
        if statement is None:
            stack.pop()
            continue
        seen = before + tuple(earlier)
        yield Visit(statement, seen)
        earlier.append(statement)
        if statement.body is not None:
            stack.append((statement.body.statements(), seen, []))
