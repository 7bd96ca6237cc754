"""Channel path templates of current Realtime: `/` segments, `{param}` segments.

A channel's name is a template (`rooms/{room_id}/typing`): each segment is
literal text or, when it is wholly `{name}`, a parameter standing for one
non-empty segment. Clients join and servers publish resolved paths
(`rooms/42/typing`). There is no wildcard and no nesting, and joining a path
no channel declares is rejected, so a path matches a template only segment
for segment.

A publish's channel is known only as a template of known text and unknown
parts (xslint/templates.py); an unknown part may be any non-empty text,
slashes included. `can_reach` asks whether some value of the unknown parts
gives a path the channel template matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from xslint.channels import UNKNOWN, Template

_PARAM = re.compile(r"\{([^{}/]*)\}")
_SLASH = "/"


def param_name(segment: str) -> str | None:
    """`room_id` for the segment `{room_id}`, else None."""
    match = _PARAM.fullmatch(segment)
    return match.group(1) if match else None


def params(path: str) -> tuple[str, ...]:
    """The parameter names of a template, in order."""
    return tuple(name for segment in path.split(_SLASH) if (name := param_name(segment)))


def path_problems(path: str) -> list[str]:
    """What is malformed in a template: empty segments, stray braces, repeated parameters."""
    if not path:
        return ["the channel path is empty"]
    problems, seen = [], set()
    for segment in path.split(_SLASH):
        name = param_name(segment)
        if not segment:
            problems.append(f'the channel path "{path}" has an empty segment')
        elif name == "" or (name is None and ("{" in segment or "}" in segment)):
            problems.append(f'in the channel path "{path}", "{segment}" is not a whole '
                            "{parameter} segment")
        elif name is not None and name in seen:
            problems.append(f'the channel path "{path}" names the parameter "{name}" twice')
        if name:
            seen.add(name)
    return list(dict.fromkeys(problems))


def placeholder(parts: Template) -> str | None:
    """The first `{name}` left in the known text of a publish's channel."""
    for part in parts:
        if part is not UNKNOWN and (match := _PARAM.search(part)):
            return match.group(0)
    return None


def can_reach(parts: Template, path: str) -> bool:
    """Whether some value of the unknown parts gives a path that `path` matches."""
    machine = _machine(path)
    states = machine.closure({0})
    for part in parts:
        states = machine.any_text(states) if part is UNKNOWN else machine.read(states, part)
        if not states:
            return False
    return machine.end in states


# States: at step i with nothing read for it (2i), or inside the parameter
# of step i with at least one character read (2i+1); the end is 2·len(steps).


@dataclass(frozen=True)
class _Machine:
    steps: tuple[str | None, ...]  # a literal character, or None for a parameter segment

    @property
    def end(self) -> int:
        return 2 * len(self.steps)

    def moves(self, state: int) -> list[tuple[str | None, int]]:
        if state >= self.end:
            return []
        index = state // 2
        step = self.steps[index]
        return [(step, 2 * index + 2)] if step is not None else [(None, 2 * index + 1)]

    def closure(self, states: set[int]) -> frozenset[int]:
        """A parameter that has its one character may also stand finished."""
        result = set(states)
        for state in states:
            index, has_one = divmod(state, 2)
            if has_one and state < self.end and self.steps[index] is None:
                result.add(2 * index + 2)
        return frozenset(result)

    def read(self, states: frozenset[int], text: str) -> frozenset[int]:
        for char in text:
            states = self.closure({target for state in states for expected, target in self.moves(state)
                                   if expected == char or (expected is None and char != _SLASH)})
            if not states:
                break
        return states

    def any_text(self, states: frozenset[int]) -> frozenset[int]:
        """Every state reachable by reading one or more characters of any kind."""
        reached: set[int] = set()
        frontier = set(states)
        while frontier:
            following = set(self.closure({target for state in frontier for _, target in self.moves(state)}))
            frontier = following - reached
            reached |= following
        return frozenset(reached)


@lru_cache(maxsize=4096)
def _machine(path: str) -> _Machine:
    steps: list[str | None] = []
    for i, segment in enumerate(path.split(_SLASH)):
        if i:
            steps.append(_SLASH)
        steps.extend([None] if param_name(segment) else list(segment))
    return _Machine(tuple(steps))
