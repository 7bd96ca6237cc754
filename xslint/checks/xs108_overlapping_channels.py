"""XS108 overlapping-channels: two declared patterns that can match the same name.

`room:*` and `room:lobby`, or a nested `org:*` and `org:acme:billing`: which
settings apply to `room:lobby` is ambiguous. Identical patterns are XS106.
Reported on the later of the two in path order.
"""

from __future__ import annotations

from itertools import combinations
from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.channels import patterns_overlap
from xslint.checks.base import Finding
from xslint.diagnostics import Related
from xslint.workspace import Workspace

RULE = BY_CODE["XS108"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    for earlier, later in combinations(workspace.channels, 2):
        if earlier.pattern.text == later.pattern.text or not patterns_overlap(earlier.pattern, later.pattern):
            continue
        yield Finding(later.path, later.span,
                      f'the channel "{later.pattern.text}" overlaps "{earlier.pattern.text}"',
                      "some channel names match both patterns, so which settings apply is ambiguous; "
                      "make the patterns disjoint",
                      (Related(earlier.path, earlier.span, f'"{earlier.pattern.text}" is declared here'),))
