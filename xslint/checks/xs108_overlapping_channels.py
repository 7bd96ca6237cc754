"""XS108 overlapping-channels: two declared patterns that can match the same name.

`room:*` and `room:lobby`, or a nested `org:*` and `org:acme:billing`: which
settings apply to `room:lobby` is ambiguous. Identical patterns are XS106.
Only valid patterns are compared: an invalid one (`org::members`) is XS105's,
and what it would match is not defined. Reported on the later of the two in
path order.
"""

from __future__ import annotations

from itertools import combinations
from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.channels import pattern_problem, patterns_overlap
from xslint.checks.base import Finding
from xslint.diagnostics import Related
from xslint.facts import ChannelDecl
from xslint.workspace import Workspace

RULE = BY_CODE["XS108"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    valid = [c for c in workspace.channels if pattern_problem(c.pattern.text) is None]
    for earlier, later in _candidate_pairs(valid):
        if earlier.pattern.text == later.pattern.text or not patterns_overlap(earlier.pattern, later.pattern):
            continue
        yield Finding(later.path, later.span,
                      f'the channel "{later.pattern.text}" overlaps "{earlier.pattern.text}"',
                      "some channel names match both patterns, so which settings apply is ambiguous; "
                      "make the patterns disjoint",
                      (Related(earlier.path, earlier.span, f'"{earlier.pattern.text}" is declared here'),))


def _candidate_pairs(channels: list[ChannelDecl]) -> list[tuple[ChannelDecl, ChannelDecl]]:
    """Pairs whose first segments could agree (equal, or one is `*`), in workspace order:
    patterns of different first segments never overlap, and most differ there."""
    order = {id(c): i for i, c in enumerate(channels)}
    groups: dict[str, list[ChannelDecl]] = {}
    for channel in channels:
        groups.setdefault(channel.pattern.segments[0], []).append(channel)
    wild = groups.get("*", [])
    pairs = [pair for members in groups.values() for pair in combinations(members, 2)]
    pairs += [(a, b) for first, members in groups.items() if first != "*" for a in members for b in wild]
    return sorted(((a, b) if order[id(a)] < order[id(b)] else (b, a) for a, b in pairs),
                  key=lambda pair: (order[id(pair[0])], order[id(pair[1])]))
