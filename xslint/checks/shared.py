"""Work that several checks need, done once per file or workspace and remembered.

The JSON Schema results of a file's channels, triggers and events (each
schema-backed rule keeps the issues with its own code), and each event's
verdict against the declared channels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from xslint.channels import can_match, is_unresolved
from xslint.checks.base import Finding
from xslint.schema_check import Issue, validate
from xslint.values import EXPRESSION, STATIC_ONLY, Lowered, from_block
from xslint.facts import ChannelDecl, EventRef, FileUnit, unit_events
from xslint.workspace import Workspace

_SCHEMA_FOR = {"realtime_channel": "realtime_channel", "realtime_trigger": "realtime_trigger"}


def schema_issues(unit: FileUnit) -> list[Issue]:
    """Every schema issue in the file: channel and trigger definitions, and events."""
    if "schema" not in unit.memo:
        issues: list[Issue] = []
        for definition in unit.document.definitions:
            name = _SCHEMA_FOR.get(definition.kind.text)
            if name:
                subject = f'{definition.kind.text} "{definition.name_text}"'
                issues += validate(name, from_block(definition.body, STATIC_ONLY), subject, definition.header)
        for event in unit_events(unit):
            header = event.statement.name.span
            body = event.statement.body
            values = from_block(body, EXPRESSION) if body else Lowered({})
            issues += validate("realtime_event", values, "api.realtime_event", header)
        unit.memo["schema"] = issues
    return unit.memo["schema"]


def schema_findings(unit: FileUnit, code: str) -> Iterator[Finding]:
    for issue in schema_issues(unit):
        if issue.code == code:
            yield Finding(unit.path, issue.span, issue.message, issue.help)


@dataclass(frozen=True)
class Verdict:
    """How an event's channel fares against the declared patterns.

    `kind`: "unresolved" (XS207), "undeclared" (XS201), "nested" (XS203, with
    `channels` the patterns it would match with nesting), or "ok" (with
    `channels` the patterns it can match).
    """

    kind: str
    channels: tuple[ChannelDecl, ...] = ()


def verdict(workspace: Workspace, event: EventRef) -> Verdict:
    cache = workspace.memo.setdefault("verdicts", {})
    if id(event) not in cache:
        cache[id(event)] = _judge(workspace, event)
    return cache[id(event)]


def _judge(workspace: Workspace, event: EventRef) -> Verdict:
    parts = event.parts
    if is_unresolved(parts):
        return Verdict("unresolved")
    matching = tuple(c for c in workspace.channels if can_match(parts, c.pattern))
    if matching:
        return Verdict("ok", matching)
    nested = tuple(c for c in workspace.channels if not c.pattern.nested and can_match(parts, c.pattern, True))
    return Verdict("nested", nested) if nested else Verdict("undeclared")
