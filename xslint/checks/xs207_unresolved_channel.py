"""XS207 unresolved-channel: a channel expression with no known part.

`channel = $input.channel` could be anything, so it cannot be checked; the
finding says so rather than staying silent. A channel with any literal text
in it (`"room/"|concat:$id`, `"room:" ~ $id`) is not this rule's: its known
part is checked.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import verdict
from xslint.workspace import Workspace

RULE = BY_CODE["XS207"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    for event in workspace.events:
        judged = verdict(workspace, event)
        if judged.kind == "unresolved":
            yield Finding(event.path, event.span,
                          "no part of the channel name is known before run time, so it cannot be checked",
                          'start it with literal text, such as "room:" ~ $input.room_id')
