"""One workspace in the server: its files' results, and the workspace phase
(cross-file rules, configuration, the realtime model) recomputed after a change.
"""

from __future__ import annotations

from xslint.analyze import FileResult, InternalError
from xslint.channels import UNKNOWN, Template
from xslint.checks import WORKSPACE_CHECKS
from xslint.checks.shared import verdict
from xslint.checks.triggers import listened
from xslint.config import Config
from xslint.diagnostics import Diagnostic
from xslint.server.finish import finish
from xslint.server.model import Channel, RealtimeModel, Use
from xslint.workspace import Workspace, build


class Group:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.results: dict[str, FileResult] = {}
        self._workspace: Workspace | None = None
        self._findings: dict[str, tuple[Diagnostic, ...]] | None = None
        self._model: RealtimeModel | None = None
        self._previous: Workspace | None = None  # the last model built, whose memo may still hold

    def put(self, path: str, result: FileResult) -> None:
        self.results[path] = result
        self._stale()

    def drop(self, path: str) -> None:
        self.results.pop(path, None)
        self._stale()

    def configure(self, config: Config) -> None:
        self.config = config
        self._findings = None

    def findings(self, errors: list[InternalError]) -> dict[str, tuple[Diagnostic, ...]]:
        if self._findings is None:
            self._findings = self._compute(errors)
        return self._findings

    def model(self, errors: list[InternalError]) -> RealtimeModel:
        if self._model is None:
            try:
                self._model = _model(self._built())
            except Exception as error:  # noqa: BLE001 - a bug here costs navigation, not the server
                errors.append(InternalError("realtime model", "", f"{type(error).__name__}: {error}"))
                self._model = RealtimeModel()
        return self._model

    def _stale(self) -> None:
        self._previous = self._workspace or self._previous
        self._workspace = self._findings = self._model = None

    def _built(self) -> Workspace:
        if self._workspace is None:
            workspace = build([self.results[p].facts for p in sorted(self.results)])
            self._workspace = _carry_over(self._previous, workspace)
        return self._workspace

    def _compute(self, errors: list[InternalError]) -> dict[str, tuple[Diagnostic, ...]]:
        raw = [d for result in self.results.values() for d in result.diagnostics]
        workspace = self._built()
        enabled = self.config.enabled()
        for check in WORKSPACE_CHECKS:
            if check.RULE.code not in enabled:
                continue
            try:
                raw += [Diagnostic(f.path, check.RULE.code, f.message, f.span, check.RULE.severity, f.help,
                                   f.related, f.fix) for f in check.check_workspace(workspace)]
            except Exception as error:  # noqa: BLE001 - contained: the other rules still run
                errors.append(InternalError(check.RULE.code, "workspace", f"{type(error).__name__}: {error}"))
        found = {path: result.suppressions for path, result in self.results.items()}
        per_file: dict[str, list[Diagnostic]] = {path: [] for path in self.results}
        for diagnostic in finish([d for d in raw if d.path in per_file], found, self.config):
            per_file[diagnostic.path].append(diagnostic)
        return {path: tuple(found) for path, found in per_file.items()}


def _carry_over(previous: Workspace | None, workspace: Workspace) -> Workspace:
    """Keep what the rules worked out (channel verdicts) when no channel declaration changed.

    The workspace rules memoise, per workspace, answers that depend only on
    the declared channels (each template's verdict, each trigger's channels);
    most keystrokes change no declaration, so those answers still hold. The
    previous declarations are reused as objects too, since the rules compare
    them by identity. The incremental engine (issue 10) is to formalise this
    as invalidation by dependency.
    """
    if previous is None or previous.channels != workspace.channels:
        return workspace
    workspace.channels = previous.channels
    workspace.memo = previous.memo
    return workspace


def _model(workspace: Workspace) -> RealtimeModel:
    channels = {id(c): Channel(c.path, c.pattern.text, c.pattern.nested, c.active, c.span)
                for c in workspace.channels}
    uses = []
    for event in workspace.events:
        judged = verdict(workspace, event)
        matched = tuple(channels[id(c)] for c in judged.channels)
        uses.append(Use("event", event.path, event.span, show(event.parts), judged.kind, matched))
    for trigger in workspace.triggers:
        if trigger.span is None or trigger.channel is None:
            continue
        matched = tuple(channels[id(c)] for c in listened(workspace, trigger))
        uses.append(Use("trigger", trigger.path, trigger.span, trigger.channel,
                        "ok" if matched else "undeclared", matched))
    return RealtimeModel(tuple(channels.values()), tuple(uses))


def show(parts: Template) -> str:
    """A channel template as text, with `…` for each part known only at run time."""
    return "".join("…" if part is UNKNOWN else part for part in parts)
