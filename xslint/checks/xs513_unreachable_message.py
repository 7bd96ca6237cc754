"""XS513 unreachable-message: a `message` on a channel where no client may publish.

A message handler runs when a client publishes (`broadcast`) on its
channel. With `publish.who` absent (Xano's default is "nobody") or
"nobody", only the server publishes, and `realtime.publish` does not run
handlers, so this one never runs. That the handler is then unreachable is
an inference from Xano's documentation, not a documented fact: the rule is
a warning, and it judges only a literal `who` on a channel it can find.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.diagnostics import Related
from xslint.workspace import Workspace

RULE = BY_CODE["XS513"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    model = workspace.realtime
    for message in model.messages():
        if not (message.server and message.server.text and message.channel and message.channel.text):
            continue
        channel = model.channel(message.server.text, message.channel.text)
        if channel is None or channel.who not in (None, "nobody"):
            continue
        said = "does not set publish.who" if channel.who is None else 'has publish.who "nobody"'
        yield Finding(message.path, message.channel.span,
                      f'the channel "{channel.template}" {said}, so no client can send the message '
                      f'"{message.name}"',
                      'let clients publish with publish = {who: "authenticated"} (or "anyone") on the channel, '
                      "or remove the handler",
                      (Related(channel.path, channel.who_span or channel.header,
                               "publish.who is set here" if channel.who_span else
                               f'"{channel.template}" is declared here'),))
