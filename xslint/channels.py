"""Channel patterns, channel-name templates, and whether one can match the other (SPEC §2).

A pattern is `:`-separated segments, each literal text or `*` (one non-empty
segment). With nesting, a name may extend a match with further segments.

A template is what an event's channel expression is statically known to be:
known text and unknown parts, each unknown part standing for any non-empty
text (colons included, since a variable may hold `a:b`). `can_match` asks
whether *some* value of the unknown parts gives a name the pattern matches;
xslint reports only when none does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

UNKNOWN = None  # a template part whose text is not known statically
Template = tuple[str | None, ...]

_WHITESPACE = re.compile(r"\s")


@dataclass(frozen=True, slots=True)
class Pattern:
    text: str
    nested: bool

    @property
    def segments(self) -> tuple[str, ...]:
        return _split(self.text)


def pattern_problem(text: str) -> str | None:
    """Why `text` is not a valid channel pattern, or None if it is."""
    if not text:
        return "the channel pattern is empty"
    if _WHITESPACE.search(text):
        return f'the channel pattern "{text}" contains whitespace'
    for segment in text.split(":"):
        if not segment:
            return f'the channel pattern "{text}" has an empty segment'
        if "*" in segment and segment != "*":
            return f'in the channel pattern "{text}", "*" is not a whole segment ("{segment}")'
    return None


def template(*parts: str | None) -> Template:
    """A normalised template: adjacent known parts joined, adjacent unknowns merged, no empty text."""
    result: list[str | None] = []
    for part in parts:
        if part == "":
            continue
        if result and part is not UNKNOWN and result[-1] is not UNKNOWN:
            result[-1] = result[-1] + part  # type: ignore[operator]
        elif not (part is UNKNOWN and result and result[-1] is UNKNOWN):
            result.append(part)
    return tuple(result)


def is_unresolved(parts: Template) -> bool:
    """No known text at all: nothing can be checked."""
    return all(part is UNKNOWN for part in parts)


def can_match(parts: Template, pattern: Pattern, nested: bool | None = None) -> bool:
    """Whether some value of the unknown parts yields a name `pattern` matches
    (with nesting as `nested`, by default the pattern's own setting)."""
    machine = _machine(pattern.text, pattern.nested if nested is None else nested)
    states = frozenset({0})
    for part in parts:
        states = machine.any_text(states) if part is UNKNOWN else machine.read(states, part)
        if not states:
            return False
    return machine.accepts(states)


def patterns_overlap(a: Pattern, b: Pattern) -> bool:
    """Whether some channel name matches both patterns."""
    first, second = _split(a.text), _split(b.text)
    if len(first) != len(second):
        shorter = a if len(first) < len(second) else b
        if not shorter.nested:
            return False
    return all(x == y or x == "*" or y == "*" for x, y in zip(first, second))


@lru_cache(maxsize=4096)
def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split(":"))


# ── the automaton behind can_match ──────────────────────────────────────────
#
# States are positions in a list of steps: a literal character, or a `*`
# segment (one or more non-colon characters). A `*` step has two states: "need
# one more character" (2i) and "have at least one" (2i+1). After the last
# step, a nested pattern may read ":" and another segment, any number of times.

_COLON = ":"


@dataclass(frozen=True)
class _Machine:
    steps: tuple[str | None, ...]  # a character, or None for a `*` segment
    nested: bool

    @property
    def end(self) -> int:
        return 2 * len(self.steps)

    def _moves(self, state: int) -> list[tuple[str | None, int]]:
        """(character or None for "any non-colon", next state) from `state`."""
        end = self.end
        if state == end:
            return [(_COLON, end + 1)] if self.nested else []
        if state in (end + 1, end + 2):  # inside a nested sub-segment
            moves: list[tuple[str | None, int]] = [(None, end + 2)]
            return moves + ([(_COLON, end + 1)] if state == end + 2 else [])
        index = state // 2
        step = self.steps[index]
        if step is not None:
            return [(step, 2 * index + 2)]
        return [(None, 2 * index + 1)]

    def _closure(self, states: set[int]) -> frozenset[int]:
        """A `*` state that has its one character may also stand after the segment."""
        result = set(states)
        for state in states:
            index, has_one = divmod(state, 2)
            if state < self.end and has_one and self.steps[index] is None:
                result.add(2 * index + 2)
        return frozenset(result)

    def read(self, states: frozenset[int], text: str) -> frozenset[int]:
        for char in text:
            following = set()
            for state in states:
                for expected, target in self._moves(state):
                    if expected == char or (expected is None and char != _COLON):
                        following.add(target)
            states = self._closure(following)
            if not states:
                break
        return states

    def any_text(self, states: frozenset[int]) -> frozenset[int]:
        """Every state reachable by reading one or more arbitrary characters."""
        reached: set[int] = set()
        frontier = set(states)
        while frontier:
            following = {target for state in frontier for _, target in self._moves(state)}
            following = set(self._closure(following))
            frontier = following - reached
            reached |= following
        return frozenset(reached)

    def accepts(self, states: frozenset[int]) -> bool:
        end = self.end
        return end in states or (self.nested and end + 2 in states)


@lru_cache(maxsize=4096)
def _machine(text: str, nested: bool) -> _Machine:
    steps: list[str | None] = []
    for i, segment in enumerate(text.split(":")):
        if i:
            steps.append(_COLON)
        steps.extend([None] if segment == "*" else list(segment))
    return _Machine(tuple(steps), nested)
