"""The one door between the language server and the linting engine.

The LSP features ask this adapter for a document's text and syntax tree, the
findings per file, and each workspace's realtime model; they never call the
engine themselves. The work is the incremental engine's
(`xslint.session.Session`: a keystroke analyzes only the changed file, then
its workspace's rules, and the same finish step as `xslint check`); what is
left here is the server's own: the configuration files it watches, and the
realtime model as the editor features read it.

Paths are absolute file-system paths; texts given by the editor win over
what the files hold on disk until they are closed.
"""

from __future__ import annotations

import gc
from pathlib import Path

from xslint.analyze import InternalError
from xslint.channels import UNKNOWN, Template
from xslint.checks.shared import verdict
from xslint.checks.triggers import listened
from xslint.config import Config
from xslint.diagnostics import Diagnostic
from xslint.server.configs import Configs
from xslint.server.model import Channel, RealtimeModel, Use
from xslint.session import Session
from xslint.syntax import Document
from xslint.workspace import Workspace


class Backend:
    def __init__(self, folders: list[Path], use_cache: bool = True, jobs: int | None = None) -> None:
        self.configs = Configs()
        self.session = Session(folders, self.configs.of, use_cache, jobs)
        self.folders = self.session.folders
        self._models: dict[str, tuple[Workspace, RealtimeModel]] = {}  # by root; rebuilt when its workspace is
        self._errors: list[InternalError] = []
        self._seen_errors: set[InternalError] = set()

    # ── documents ──────────────────────────────────────────────────────────

    def load(self) -> None:
        """Read every `.xs` file under the folders (again, after a configuration change)."""
        self._models.clear()
        self.session.load()
        # What the load built (every file's facts, its workspace) lives as long as the server:
        # kept out of the collector's generations, a full collection no longer walks it, which
        # took a keystroke's p95 from about 50 to 30 ms at 5,000 files (benchmarks/bench_server.py).
        gc.freeze()

    def open(self, path: str, text: str) -> None:
        self.change(path, text)

    def change(self, path: str, text: str) -> None:
        """The editor's text for `path` replaces what the file holds."""
        self.session.update(path, text)

    def close(self, path: str) -> None:
        """Back to what the file holds on disk."""
        self.session.close(path)

    def disk_changed(self, path: str) -> None:
        """A file was created, changed or deleted on disk (an open buffer still wins)."""
        self.session.disk_changed(path)

    def text(self, path: str) -> str | None:
        return self.session.text(path)

    def tree(self, path: str) -> Document | None:
        """The syntax tree of the current text (recovered as far as the parser can)."""
        return self.session.tree(path)

    # ── results ────────────────────────────────────────────────────────────

    def paths(self) -> list[str]:
        """Every file known, in every workspace."""
        return self.session.paths()

    def findings(self) -> dict[str, tuple[Diagnostic, ...]]:
        """The findings of every file (an empty tuple for a clean one)."""
        return self.session.findings()

    def findings_of(self, path: str) -> tuple[Diagnostic, ...]:
        return self.session.findings_of(path)

    def model(self, path: str) -> RealtimeModel:
        """The realtime model of the workspace `path` belongs to."""
        workspace = self.session.workspace(path)
        if workspace is None:
            return RealtimeModel()
        root = self.session.workspace_root(path)
        known = self._models.get(root)
        if known is None or known[0] is not workspace:
            try:
                model = _model(workspace)
            except Exception as error:  # noqa: BLE001 - a bug here costs navigation, not the server
                self._errors.append(InternalError("realtime model", "", f"{type(error).__name__}: {error}"))
                model = RealtimeModel()
            known = self._models[root] = (workspace, model)
        return known[1]

    def config(self, path: str) -> Config:
        return self.session.config(path)

    def reload_config(self) -> None:
        """Read the configuration files again; rediscover the files if `exclude` changed."""
        roots = [Path(p) for p in {self.session.workspace_root(path) for path in self.session.paths()}]
        before = {root: self.configs.of(root).exclude for root in roots}
        self.configs.forget()
        if any(self.configs.of(root).exclude != exclude for root, exclude in before.items()):
            self.load()
            return
        self.session.reconfigure()

    def take_errors(self) -> list[InternalError]:
        """Bugs met since the last call, each reported once."""
        model_errors, self._errors = [e for e in self._errors if e not in self._seen_errors], []
        self._seen_errors.update(model_errors)
        return list(dict.fromkeys(self.session.take_errors() + model_errors))


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
