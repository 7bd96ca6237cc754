"""What one parsed file declares and sends, for the rules that look across files.

The file phase (parse, file checks) needs the whole tree; the workspace
phase only needs these facts, which are small and plain: they travel
between processes and into the result cache, and the trees can be dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, partial
from typing import TYPE_CHECKING

from xslint.channels import Pattern, Template
from xslint.diagnostics import Span
from xslint.layouts import Layout
from xslint.realtime_v2.model import RealtimeFacts
from xslint.source import SourceFile

if TYPE_CHECKING:
    from xslint.schema_check import Issue  # these modules read a FileUnit themselves
    # The syntax tree and what reads it are imported where facts are made, not by a run
    # that only reads facts back from the cache (the syntax module alone costs ~15 ms)
    from xslint.syntax import Attribute, Definition, Document, Expr, Statement
    from xslint.templates import ChannelTemplate
    from xslint.walk import Before, Visit

EVENT = "api.realtime_event"
PUBLISH = "realtime.publish"
Assignments = dict[str, list["Statement"]]  # the statements that set each variable of a definition


@dataclass
class FileUnit:
    """One parsed file: the context every file check reads. `relpath` is its path
    inside the workspace root and `layout` that workspace's layout (both None if
    it lies in no workspace). Work several checks need is a cached property,
    done at most once per file."""

    path: str
    relpath: str | None
    source: SourceFile
    document: Document
    layout: Layout | None = None

    @cached_property
    def visits(self) -> list[tuple[Definition, list[Visit]]]:
        """Each definition with every statement in it at any depth: the one walk over the
        statements that events, publishes and their variables share."""
        from xslint.walk import statements

        return [(definition, list(statements(definition.body))) for definition in self.document.definitions]

    @cached_property
    def events(self) -> list[EventSite]:
        """Every `api.realtime_event` that can run, with its channel resolved as far as it can be."""
        return [e for definition, visits in self.visits for e in events_in(self, definition, visits)]

    @cached_property
    def publishes(self) -> list[tuple[Visit, Assignments]]:
        """Every `realtime.publish`, with the variable assignments of its definition."""
        found = []
        for _, visits in self.visits:
            sent = [visit for visit in visits if visit.statement.name.text == PUBLISH]
            if sent:  # most definitions publish nothing: their variables are not gathered
                assigned = _assignments(visits)
                found += [(visit, assigned) for visit in sent]
        return found

    @cached_property
    def schema_issues(self) -> list[Issue]:
        """Every JSON Schema issue of the file; each schema-backed rule keeps those it owns."""
        from xslint.checks.shared import collect_schema_issues  # it reads events and publishes from here

        return collect_schema_issues(self)


@dataclass(frozen=True)
class ChannelDecl:
    """A `realtime_channel`: its pattern, whether it is switched on, where its name is."""

    path: str
    pattern: Pattern
    active: bool
    span: Span


@dataclass(frozen=True)
class TriggerDecl:
    """A `realtime_trigger` and the literal channel it listens on (None if not a literal)."""

    path: str
    channel: str | None
    span: Span | None


@dataclass(frozen=True)
class EventRef:
    """An `api.realtime_event` with a channel: the channel as a template, and where it is."""

    path: str
    parts: Template
    span: Span


@dataclass(frozen=True)
class FileFacts:
    channels: tuple[ChannelDecl, ...] = ()
    triggers: tuple[TriggerDecl, ...] = ()
    events: tuple[EventRef, ...] = ()
    realtime: RealtimeFacts = RealtimeFacts()  # current Realtime, a separate system


@dataclass(frozen=True)
class EventSite:
    """An event in its full context, for the rules that judge one file. (Not its
    `FileUnit`, which holds it: that cycle kept every syntax tree alive until
    the cycle collector found it.)"""

    definition: Definition
    statement: Statement
    before: Before
    channel: Attribute | None
    template: ChannelTemplate | None


def facts_of(unit: FileUnit) -> FileFacts:
    from xslint.realtime_v2.extract import realtime_facts
    from xslint.values import literal_text

    channels, triggers = [], []
    for definition in unit.document.definitions:
        if definition.kind.text == "realtime_channel":
            channels.append(_channel(unit.path, definition))
        elif definition.kind.text == "realtime_trigger":
            channel = definition.body.attribute("channel")
            text = trigger_pattern(literal_text(channel.value)) if channel else None
            triggers.append(TriggerDecl(unit.path, text, channel.value.span if channel else None))
    events = tuple(EventRef(unit.path, e.template.parts, e.channel.value.span)
                   for e in unit_events(unit) if e.template is not None and e.channel is not None)
    return FileFacts(tuple(channels), tuple(triggers), events, realtime_facts(unit))


def trigger_pattern(text: str | None) -> str | None:
    """The pattern a trigger's channel names: Xano's Git sync writes `"<channel id>|<pattern>"`
    (`"47286766384427|test1"` beside `47286766384427_test1.xs`), the id being the channel's."""
    if text is None or "|" not in text:
        return text
    channel_id, _, pattern = text.rpartition("|")
    return pattern if channel_id.isascii() and channel_id.isdigit() else text


def _channel(path: str, definition: Definition) -> ChannelDecl:
    from xslint.syntax import BoolLit, ObjectLit

    active = definition.body.attribute("active")
    settings = definition.body.attribute("settings")
    nested = False
    if settings is not None and isinstance(settings.value, ObjectLit):
        entry = settings.value.get("nested_channels")
        nested = entry is not None and isinstance(entry.value, BoolLit) and entry.value.value
    inactive = active is not None and isinstance(active.value, BoolLit) and not active.value.value
    return ChannelDecl(path, Pattern(definition.name_text, nested), not inactive, definition.name.span)


def unit_events(unit: FileUnit) -> list[EventSite]:
    """Every event in a file (computed once per file)."""
    return unit.events


def events_in(unit: FileUnit, definition: Definition, visits: list[Visit]) -> list[EventSite]:
    """The events among a definition's statements (`visits`) that can run: one disabled
    with `!` (or inside a disabled statement, or with `disabled = true`) never does, so
    no rule judges it."""
    if not any(visit.statement.name.text == EVENT for visit in visits):
        return []  # most definitions send no event: nothing more to work out
    from xslint.disabled import never_run
    from xslint.templates import evaluate

    assigned = _assignments(visits)
    disabled = never_run(visits)
    found = []
    for visit in visits:
        if visit.statement.name.text != EVENT or id(visit.statement) in disabled:
            continue
        channel = visit.statement.body.attribute("channel") if visit.statement.body else None
        resolved = None
        if channel is not None:
            resolved = evaluate(channel.value, partial(_followed, visit=visit, assigned=assigned))
        found.append(EventSite(definition, visit.statement, visit.before, channel, resolved))
    return found


def _assignments(visits: list[Visit]) -> Assignments:
    """Statements that set each variable: `var $x`, `var.update $x…`, `math.add $x`, `… as $x`."""
    from xslint.syntax import Variable

    assigned: dict[str, list[Statement]] = {}
    for visit in visits:
        statement = visit.statement
        targets = [statement.alias] if statement.alias else []
        if statement.args and isinstance(statement.args[0], Variable):
            targets.append(statement.args[0])
        for target in targets:
            assigned.setdefault(target.root, []).append(statement)
    return assigned


def _followed(root: str, visit: Visit, assigned: dict[str, list[Statement]]) -> Expr | None:
    """The value of `root` if it is set exactly once, by a `var` earlier in the same stack."""
    from xslint.syntax import Variable

    setters = assigned.get(root, [])
    if len(setters) != 1 or setters[0].name.text != "var" or not any(s is setters[0] for s in visit.before):
        return None
    target = setters[0].args[0]
    if not isinstance(target, Variable) or target.accessors or setters[0].body is None:
        return None
    value = setters[0].body.attribute("value")
    return value.value if value else None
