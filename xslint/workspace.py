"""The workspace model: what all files checked together declare and send.

Channels declared (`realtime_channel`), triggers listening (`realtime_trigger`)
and every `api.realtime_event` wherever it sits, at any depth of any
definition, with its channel evaluated into a template.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from xslint.channels import Pattern
from xslint.diagnostics import Span
from xslint.source import SourceFile
from xslint.syntax import Attribute, BoolLit, Definition, Document, ObjectLit, Statement, Variable
from xslint.templates import ChannelTemplate, evaluate
from xslint.values import literal_text
from xslint.walk import Visit, statements

EVENT = "api.realtime_event"


@dataclass
class FileUnit:
    """One parsed file. `relpath` is its path inside the workspace root (None if
    it lies outside one); `memo` lets checks share work on the same file."""

    path: str
    relpath: str | None
    source: SourceFile
    document: Document
    memo: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ChannelDecl:
    unit: FileUnit
    definition: Definition
    pattern: Pattern
    active: bool

    @property
    def span(self) -> Span:
        return self.definition.name.span


@dataclass(frozen=True)
class TriggerDecl:
    unit: FileUnit
    definition: Definition
    channel: str | None
    channel_span: Span | None


@dataclass(frozen=True)
class EventSite:
    unit: FileUnit
    definition: Definition
    statement: Statement
    before: tuple[Statement, ...]
    channel: Attribute | None
    template: ChannelTemplate | None


@dataclass
class Workspace:
    root: Path | None
    units: list[FileUnit]
    channels: list[ChannelDecl] = field(default_factory=list)
    triggers: list[TriggerDecl] = field(default_factory=list)
    events: list[EventSite] = field(default_factory=list)
    memo: dict = field(default_factory=dict)


def build(root: Path | None, units: list[FileUnit]) -> Workspace:
    workspace = Workspace(root, sorted(units, key=lambda u: u.path))
    for unit in workspace.units:
        for definition in unit.document.definitions:
            _add(workspace, unit, definition)
        workspace.events.extend(unit_events(unit))
    return workspace


def _add(workspace: Workspace, unit: FileUnit, definition: Definition) -> None:
    kind = definition.kind.text
    if kind == "realtime_channel":
        workspace.channels.append(_channel(unit, definition))
    elif kind == "realtime_trigger":
        channel = definition.body.attribute("channel")
        text = literal_text(channel.value) if channel else None
        workspace.triggers.append(TriggerDecl(unit, definition, text, channel.value.span if channel else None))


def _channel(unit: FileUnit, definition: Definition) -> ChannelDecl:
    active = definition.body.attribute("active")
    settings = definition.body.attribute("settings")
    nested = False
    if settings is not None and isinstance(settings.value, ObjectLit):
        entry = settings.value.get("nested_channels")
        nested = entry is not None and isinstance(entry.value, BoolLit) and entry.value.value
    inactive = active is not None and isinstance(active.value, BoolLit) and not active.value.value
    return ChannelDecl(unit, definition, Pattern(definition.name_text, nested), not inactive)


def unit_events(unit: FileUnit) -> list[EventSite]:
    """Every event in a file (computed once per file)."""
    if "events" not in unit.memo:
        unit.memo["events"] = [e for d in unit.document.definitions for e in events_in(unit, d)]
    return unit.memo["events"]


def events_in(unit: FileUnit, definition: Definition) -> list[EventSite]:
    visits = list(statements(definition.body))
    assigned = _assignments(visits)
    found = []
    for visit in visits:
        if visit.statement.name.text != EVENT:
            continue
        channel = visit.statement.body.attribute("channel") if visit.statement.body else None
        resolved = None
        if channel is not None:
            resolved = evaluate(channel.value, lambda root, v=visit: _followed(root, v, assigned))
        found.append(EventSite(unit, definition, visit.statement, visit.before, channel, resolved))
    return found


def _assignments(visits: list[Visit]) -> dict[str, list[Statement]]:
    """Statements that set each variable: `var $x`, `var.update $x…`, `math.add $x`, `… as $x`."""
    assigned: dict[str, list[Statement]] = {}
    for visit in visits:
        statement = visit.statement
        targets = [statement.alias] if statement.alias else []
        if statement.args and isinstance(statement.args[0], Variable):
            targets.append(statement.args[0])
        for target in targets:
            assigned.setdefault(target.root, []).append(statement)
    return assigned


def _followed(root: str, visit: Visit, assigned: dict[str, list[Statement]]):  # noqa: ANN202
    """The value of `root` if it is set exactly once, by a `var` earlier in the same stack."""
    setters = assigned.get(root, [])
    if len(setters) != 1 or setters[0].name.text != "var" or not any(s is setters[0] for s in visit.before):
        return None
    target = setters[0].args[0]
    if not isinstance(target, Variable) or target.accessors or setters[0].body is None:
        return None
    value = setters[0].body.attribute("value")
    return value.value if value else None

