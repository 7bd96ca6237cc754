"""Work that several checks need, done once per file or workspace and remembered.

The JSON Schema results of a file's channels, triggers and events (each
schema-backed rule keeps the issues with its own code), and each event's
verdict against the declared channels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from xslint.channels import UNKNOWN, Template, can_match, is_unresolved, split
from xslint.checks.base import Finding
from xslint.diagnostics import Fix
from xslint.schema_check import Issue, validate
from xslint.values import EXPRESSION, STATIC_ONLY, Lowered, from_block
from xslint.facts import ChannelDecl, EventRef, FileUnit, unit_events
from xslint.realtime_v2.schema import realtime_issues
from xslint.workspace import Workspace

_SCHEMA_FOR = {"realtime_channel": "realtime_channel", "realtime_trigger": "realtime_trigger"}


def schema_issues(unit: FileUnit) -> list[Issue]:
    """Every schema issue in the file (worked out once per file)."""
    return unit.schema_issues


def collect_schema_issues(unit: FileUnit) -> list[Issue]:
    """Every schema issue in the file: channel and trigger definitions, and events."""
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
    issues += realtime_issues(unit)  # current Realtime (XS102/XS103 and XS507-XS511)
    return issues


Fixer = Callable[[FileUnit, Issue], "Fix | None"]


def schema_findings(unit: FileUnit, code: str, fixer: Fixer | None = None) -> Iterator[Finding]:
    """The file's schema issues of one rule, each with the fix `fixer` makes of it."""
    for issue in schema_issues(unit):
        if issue.code == code:
            fix = fixer(unit, issue) if fixer is not None else None
            yield Finding(unit.path, issue.span, issue.message, issue.help, fix=fix)


@dataclass(frozen=True)
class Verdict:
    """How an event's channel fares against the declared patterns.

    `kind`: "unresolved" (XS207), "empty" (the name `""`, XS201), "unknown"
    (the workspace declares no channel at all, XS402), "undeclared" (XS201),
    "nested" (XS203, with `channels` the patterns it would match with
    nesting), or "ok" (with `channels` the patterns it can match).
    """

    kind: str
    channels: tuple[ChannelDecl, ...] = ()


def verdict(workspace: Workspace, event: EventRef) -> Verdict:
    """Events with the same template share one verdict, worked out once per workspace."""
    cache = workspace.answers.verdicts
    if event.parts not in cache:
        cache[event.parts] = _judge(workspace, event.parts)
    return cache[event.parts]


def _judge(workspace: Workspace, parts: Template) -> Verdict:
    if not parts:
        return Verdict("empty")
    if is_unresolved(parts):
        return Verdict("unresolved")
    if not workspace.channels:
        return Verdict("unknown")
    candidates = _candidates(workspace, parts)
    matching = tuple(c for c in candidates if can_match(parts, c.pattern))
    if matching:
        return Verdict("ok", matching)
    nested = tuple(c for c in candidates if not c.pattern.nested and can_match(parts, c.pattern, True))
    return Verdict("nested", nested) if nested else Verdict("undeclared")


def _candidates(workspace: Workspace, parts: Template) -> list[ChannelDecl]:
    """The channels whose first segment could fit the template's known beginning
    (a cheap filter before the exact test)."""
    if parts[0] is UNKNOWN:
        return workspace.channels
    by_first = workspace.answers.by_first
    if by_first is None:
        by_first = workspace.answers.by_first = {}
        for channel in workspace.channels:
            by_first.setdefault(channel.pattern.segments[0], []).append(channel)
    head = parts[0]
    first = split(head)[0]
    whole = first != head or len(parts) == 1  # the first segment ends within the known text
    fitting = [c for segment, channels in by_first.items()
               if segment == "*" or (segment == first if whole else segment.startswith(first))
               for c in channels]
    return sorted(fitting, key=lambda c: (c.path, c.span.start))
