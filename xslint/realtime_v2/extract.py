"""Reading current-Realtime facts from one file's syntax tree.

Definitions give servers, channels, messages and triggers; `realtime.publish`
statements are found at any depth in any stack, and their channel is
evaluated into a template the way legacy events are (SPEC §2): literals are
known text, `~` joins, a variable set once earlier by `var` is followed.
Disabled statements are kept, as for legacy events: they may be switched on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xslint.realtime_v2.model import (
    CHANNEL_TRIGGER, MESSAGE, SERVER_TRIGGER, Channel, Handler, Publish, RealtimeFacts, Ref, Server,
)
from xslint.syntax import Block, Definition, ObjectLit, StringLit
from xslint.templates import evaluate
from xslint.values import EXPRESSION, literal_text
from xslint.walk import Visit

if TYPE_CHECKING:
    from xslint.facts import FileUnit

PUBLISH = "realtime.publish"
HANDLER_KINDS = frozenset({MESSAGE, CHANNEL_TRIGGER, SERVER_TRIGGER})


def realtime_facts(unit: FileUnit) -> RealtimeFacts:
    servers, channels, handlers = [], [], []
    for definition in unit.document.definitions:
        kind = definition.kind.text
        if kind == "realtime_server":
            canonical = definition.body.attribute("canonical")
            address = None if canonical is None else literal_text(canonical.value) or ""
            servers.append(Server(unit.path, definition.name_text, definition.name.span, definition.header, address))
        elif kind == "channel":
            channels.append(_channel(unit.path, definition))
        elif kind in HANDLER_KINDS:
            channel = ref(definition.body, "channel") if kind != SERVER_TRIGGER else None
            handlers.append(Handler(unit.path, kind, definition.name_text, definition.name.span,
                                    definition.header, ref(definition.body, "realtime_server"), channel))
    publishes = [_publish(unit.path, visit, assigned) for visit, assigned in _publishes(unit)]
    return RealtimeFacts(tuple(servers), tuple(channels), tuple(handlers), tuple(publishes))


def ref(block: Block | None, key: str) -> Ref | None:
    """The reference `key = "…"` of a block: None when absent, text None when computed."""
    attribute = block.attribute(key) if block is not None else None
    if attribute is None:
        return None
    return Ref(literal_text(attribute.value), attribute.value.span)


def _channel(path: str, definition: Definition) -> Channel:
    publish = definition.body.attribute("publish")
    entry = publish.value.get("who") if publish is not None and isinstance(publish.value, ObjectLit) else None
    who = None
    if entry is not None:
        who = entry.value.value if isinstance(entry.value, StringLit) else EXPRESSION
    return Channel(path, definition.name_text, definition.name.span, definition.header,
                   ref(definition.body, "realtime_server"), who, entry.value.span if entry else None)


def publish_visits(unit: FileUnit) -> list[Visit]:
    """Every `realtime.publish` of the file, at any depth."""
    return [visit for visit, _ in _publishes(unit)]


def _publishes(unit: FileUnit) -> list[tuple[Visit, dict]]:
    """Each publish with the variable assignments of its definition (computed once per file)."""
    return unit.publishes


def _publish(path: str, visit: Visit, assigned: dict) -> Publish:
    from xslint.facts import _followed  # facts imports this module

    statement = visit.statement
    channel = statement.body.attribute("channel") if statement.body else None
    parts = None
    if channel is not None:
        parts = evaluate(channel.value, lambda root: _followed(root, visit, assigned)).parts
    return Publish(path, statement.name.span, ref(statement.body, "realtime_server"), parts,
                   channel.value.span if channel else None)
