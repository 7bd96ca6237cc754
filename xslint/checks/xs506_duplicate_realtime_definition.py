"""XS506 duplicate-realtime-definition: two current-Realtime definitions with one name in one scope.

Server names are unique in a workspace, channel paths within their server,
message names within their channel. Xano keeps one of each; which one wins
depends on the order of the push. Reported on the later file in path order.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.diagnostics import Related, Span
from xslint.workspace import Workspace

RULE = BY_CODE["XS506"]
Entry = tuple[tuple, str, str, Span]  # scope key, what is named, path, span


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    model = workspace.realtime
    entries: list[Entry] = [(("server", s.name), f'realtime_server "{s.name}"', s.path, s.span) for s in model.servers]
    entries += [(("channel", c.server.text, c.template), f'channel "{c.template}" on the realtime_server '
                 f'"{c.server.text}"', c.path, c.span) for c in model.channels if c.server and c.server.text]
    entries += [(("message", m.server.text, m.channel.text, m.name), f'message "{m.name}" on the channel '
                 f'"{m.channel.text}"', m.path, m.span) for m in model.messages()
                if m.server and m.server.text and m.channel and m.channel.text]
    yield from _duplicates(entries)


def _duplicates(entries: Iterable[Entry]) -> Iterator[Finding]:
    first: dict[tuple, Entry] = {}
    for entry in sorted(entries, key=lambda e: (e[2], e[3].start)):
        key, what, path, span = entry
        if key not in first:
            first[key] = entry
            continue
        other = first[key]
        yield Finding(path, span, f"the {what} is already declared",
                      "remove one definition, or rename it; Xano keeps only one",
                      (Related(other[2], other[3], f"{what} is first declared here"),))
