"""Channel patterns, channel-name templates, and whether one can match the other (SPEC §2).

A pattern is segments separated by `/` or `:`, each literal text or `*` (one
non-empty segment). Both separators count: `/` is what Xano's editor and real
apps use for sub-channels (`auctionSession/42`, `chat/*`), `:` is the
`type:id` convention of the founding doc (`room:*`). A separator in a pattern
is literal: `room:*` matches `room:7`, not `room/7`. With nesting, a name may
extend a match with further segments, after either separator; and because
Xano's editor stores a nested channel `chat` as `chat/*`, a nested pattern
ending in `/*` also matches the parent name itself (`chat`).

A template is what an event's channel expression is statically known to be:
known text and unknown parts, each unknown part standing for any non-empty
text (separators included, since a variable may hold `a:b`). `can_match` asks
whether *some* value of the unknown parts gives a name the pattern matches;
xslint reports only when none does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

UNKNOWN = None  # a template part whose text is not known statically
Template = tuple[str | None, ...]
SEPARATORS = "/:"

_WHITESPACE = re.compile(r"\s")
_SEGMENTS = re.compile(r"[/:]")


@dataclass(frozen=True, slots=True)
class Pattern:
    text: str
    nested: bool

    @property
    def segments(self) -> tuple[str, ...]:
        return split(self.text)


def pattern_problem(text: str) -> str | None:
    """Why `text` is not a valid channel pattern, or None if it is."""
    if not text:
        return "the channel pattern is empty"
    if _WHITESPACE.search(text):
        return f'the channel pattern "{text}" contains whitespace'
    for segment in split(text):
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
    """Some part, but no known text at all: nothing can be checked. (No part at all is
    the empty name, which is known.)"""
    return bool(parts) and all(part is UNKNOWN for part in parts)


def can_match(parts: Template, pattern: Pattern, nested: bool | None = None) -> bool:
    """Whether some value of the unknown parts yields a name `pattern` matches
    (with nesting as `nested`, by default the pattern's own setting)."""
    machine = _machine(pattern.text, pattern.nested if nested is None else nested)
    head = parts[0] if parts else UNKNOWN
    if isinstance(head, str):
        # The automaton reads the pattern's characters before its first `*` one by one, so
        # a known beginning that disagrees with them cannot match (the common case: a cheap no).
        shared = min(len(head), len(machine.prefix))
        if head[:shared] != machine.prefix[:shared]:
            return False
    states = frozenset({0})
    for part in parts:
        states = machine.any_text(states) if part is UNKNOWN else machine.read(states, part)
        if not states:
            return False
    return machine.accepts(states)


def patterns_overlap(a: Pattern, b: Pattern) -> bool:
    """Whether some channel name matches both patterns (the two automata run side by side)."""
    first, second = _machine(a.text, a.nested), _machine(b.text, b.nested)
    alphabet = sorted(set(a.text + b.text + SEPARATORS) - {"*"}) + [_OTHER]
    start = (frozenset({0}), frozenset({0}))
    seen, pending = {start}, [start]
    while pending:
        left, right = pending.pop()
        if first.accepts(left) and second.accepts(right):
            return True
        for char in alphabet:
            following = (first.read(left, char), second.read(right, char))
            if following[0] and following[1] and following not in seen:
                seen.add(following)
                pending.append(following)
    return False


@lru_cache(maxsize=4096)
def split(text: str) -> tuple[str, ...]:
    """The segments of a pattern or name, whichever separator stands between them."""
    return tuple(_SEGMENTS.split(text))


# ── the automaton behind can_match ──────────────────────────────────────────
#
# States are positions in a list of steps: a literal character, or a `*`
# segment (one or more characters that are not separators). A `*` step has two
# states: "need one more character" (2i) and "have at least one" (2i+1). After
# the last step, a nested pattern may read a separator and another segment, any
# number of times.

_ANY = None  # move on any character that is not a separator
_SEP = ""  # move on any separator (only in a nested extension)
_OTHER = "\ue000"  # stands for every character that no pattern names


@dataclass(frozen=True)
class _Machine:
    steps: tuple[str | None, ...]  # a character, or None for a `*` segment
    nested: bool
    parent_end: int | None  # where a nested `…/*` pattern also accepts (the parent name)
    prefix: str = ""  # the characters of the steps before the first `*` segment

    @property
    def end(self) -> int:
        return 2 * len(self.steps)

    def _moves(self, state: int) -> list[tuple[str | None, int]]:
        """(character, _ANY or _SEP, next state) from `state`."""
        end = self.end
        if state == end:
            return [(_SEP, end + 1)] if self.nested else []
        if state == end + 1:
            return [(_ANY, end + 2)]
        if state == end + 2:
            return [(_ANY, end + 2), (_SEP, end + 1)]
        index = state // 2
        step = self.steps[index]
        return [(_ANY, 2 * index + 1)] if step is None else [(step, 2 * index + 2)]

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
            separator = char in SEPARATORS
            following = set()
            for state in states:
                for expected, target in self._moves(state):
                    if expected == char or (expected is _ANY and not separator) \
                            or (expected == _SEP and separator):
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
        return end in states or (self.nested and end + 2 in states) \
            or (self.parent_end is not None and self.parent_end in states)


@lru_cache(maxsize=4096)
def _machine(text: str, nested: bool) -> _Machine:
    steps: list[str | None] = []
    for segment, separator in zip(split(text), list(_SEGMENTS.findall(text)) + [""]):
        steps.extend([None] if segment == "*" else list(segment))
        steps.extend(separator)
    parent = 2 * (len(steps) - 2) if nested and len(steps) >= 2 and text.endswith("/*") else None
    literal = steps.index(None) if None in steps else len(steps)
    return _Machine(tuple(steps), nested, parent, "".join(steps[:literal]))  # type: ignore[arg-type]
