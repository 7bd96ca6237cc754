"""XS301 trigger-undeclared-channel: a `realtime_trigger` whose channel is not declared.

The trigger's `channel` must be a declared pattern, or a name one matches;
otherwise the trigger never fires. A channel written as Xano's Git sync writes
it, `"<channel id>|<pattern>"`, names `<pattern>`. In a workspace that declares
no channel at all, nothing is known to compare with (XS402 says so).
"""

from __future__ import annotations

import difflib
from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.triggers import listened
from xslint.workspace import Workspace
from xslint.schema_owner import Owns

RULE = BY_CODE["XS301"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    patterns = sorted({c.pattern.text for c in workspace.channels})
    if not workspace.channels:
        return
    for trigger in workspace.triggers:
        if trigger.channel is None or listened(workspace, trigger):
            continue
        close = difflib.get_close_matches(trigger.channel, patterns, n=1, cutoff=0.5)
        help = (f'did you mean "{close[0]}"?' if close
                else "declare the channel with a realtime_channel in realtime/channel/")
        yield Finding(trigger.path, trigger.span,  # type: ignore[arg-type]
                      f'the trigger listens on "{trigger.channel}", which no realtime_channel declares', help)


# The part of the JSON Schemas this rule reports (an empty channel matches nothing: this rule says so, not the schema); see schema_owner.py.
SCHEMA = Owns(("realtime_trigger",), frozenset({"minLength"}), under=("channel",), silent=True)
