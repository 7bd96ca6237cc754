"""The incremental engine: workspaces held in memory for a long-lived caller (an
editor server), re-checked file by file.

    session = Session([Path("backend")])
    session.load()                                  # every file: cache, one pool
    changed = session.update(path, text)            # only that file is parsed again
    session.findings_of(path), session.workspace(path), session.tree(path)

The same phases as `lint()`: the file phase (`filephase.py`, whose cache a
`xslint check` fills), the workspace rules (`workspace_rules.py`) and the
finish step (`finish.py`). After an edit only the edited file is analyzed
again; its workspace is rebuilt from the files' facts and its rules run
again, and what the rules worked out from the declared channels alone
(`workspace.ChannelAnswers`) is kept when the edit changed no declaration.

Paths are absolute file-system paths; text given by `update` wins over what
the file holds on disk until `close`. Every method may be called from any
thread: one lock keeps the state consistent.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from xslint.analyze import FileResult, InternalError, analyze_parsed
from xslint.boundary import Boundary
from xslint.cache import ResultCache, cache_folder, project_root
from xslint.config import Config
from xslint.diagnostics import Diagnostic
from xslint.discover import Here, discover
from xslint.filephase import FileJob, analyze_files, analyze_job
from xslint.finish import finish
from xslint.parser import parse
from xslint.roots import Place, RootFinder, scope_of
from xslint.stackroom import with_room
from xslint.syntax import Document
from xslint.workspace import Workspace, build
from xslint.workspace_rules import check_workspace

Findings = dict[str, tuple[Diagnostic, ...]]  # by path; an empty tuple for a clean file
ConfigOf = Callable[[Path], Config]  # the configuration that applies in a folder


@dataclass
class _Group:
    """One workspace (or, layout None, the files of one folder in none) and what was worked out for it."""

    place: Place
    config: Config
    results: dict[str, FileResult] = field(default_factory=dict)
    built: Workspace | None = None
    previous: Workspace | None = None  # the model before the last change: its channel answers may still hold
    finished: Findings | None = None

    def changed(self) -> None:
        self.previous = self.built or self.previous
        self.built = self.finished = None

    def workspace(self) -> Workspace:
        if self.built is None:
            self.built = build([self.results[p].facts for p in sorted(self.results)], self.previous)
        return self.built

    def findings(self, errors: list[InternalError]) -> Findings:
        if self.finished is None:
            raw = [f for result in self.results.values() for f in result.found]
            found, failed = check_workspace(self.workspace(), self.config.enabled(), "workspace", self.results)
            errors.extend(failed)
            per_file: dict[str, list[Diagnostic]] = {path: [] for path in self.results}
            suppressions = {path: result.suppressions for path, result in self.results.items()}
            for diagnostic in finish(raw + found, suppressions, self.config):
                per_file[diagnostic.path].append(diagnostic)
            self.finished = {path: tuple(found) for path, found in per_file.items()}
        return self.finished


class Session:
    def __init__(self, folders: list[Path], config_of: ConfigOf | None = None, use_cache: bool = True,
                 jobs: int | None = None) -> None:
        self.folders = [Path(os.path.abspath(f)) for f in folders]
        self.config_of: ConfigOf = config_of or (lambda folder: Config())
        self.use_cache = use_cache
        self.jobs = jobs
        self._lock = threading.RLock()
        self._groups: dict[Place, _Group] = {}
        self._place_of: dict[str, Place] = {}
        self._buffers: dict[str, str] = {}
        self._trees: dict[str, tuple[str, Document]] = {}
        self._errors: list[InternalError] = []
        self._seen_errors: set[InternalError] = set()
        self._finder = RootFinder()
        self._here = Here.now()
        self._boundary = Boundary.of(self.folders)

    # ── changes ────────────────────────────────────────────────────────────

    def load(self) -> None:
        """Read every `.xs` file under the folders (again, after the tree or an `exclude` changed)."""
        with self._lock:
            self._finder, self._here, self._boundary = RootFinder(), Here.now(), Boundary.of(self.folders)
            self._groups.clear()
            self._place_of.clear()
            paths = sorted({p for folder in self.folders for p in self._files_under(folder)})
            self._load(paths)
            for path, text in self._buffers.items():
                self._analyze(path, text)

    def update(self, path: str, text: str) -> Findings:
        """The editor's text for `path` replaces what the file holds; the new findings
        of every file of its workspace whose findings changed."""
        with self._lock:
            self._buffers[path] = text
            return self._changed(path, lambda: self._analyze(path, text))

    def close(self, path: str) -> Findings:
        """Back to what the file holds on disk."""
        with self._lock:
            self._buffers.pop(path, None)
            return self.disk_changed(path)

    def disk_changed(self, path: str) -> Findings:
        """A file was created, changed or deleted on disk (an open buffer still wins)."""
        with self._lock:
            if path in self._buffers:
                return {}
            if not os.path.isfile(path):
                return self._changed(path, lambda: self._drop(path))
            return self._changed(path, lambda: self._read(path))

    def reconfigure(self) -> None:
        """Ask `config_of` again for every workspace's configuration."""
        with self._lock:
            for group in self._groups.values():
                group.config = self.config_of(Path(group.place.root))
                group.finished = None

    # ── results ────────────────────────────────────────────────────────────

    def paths(self) -> list[str]:
        """Every file known, in every workspace."""
        with self._lock:
            return sorted(p for group in self._groups.values() for p in group.results)

    def findings(self) -> Findings:
        """The finished findings of every file."""
        with self._lock:
            found: Findings = {}
            for group in self._groups.values():
                found.update(group.findings(self._errors))
            return found

    def findings_of(self, path: str) -> tuple[Diagnostic, ...]:
        with self._lock:
            group = self._groups.get(self._place(path))
            return group.findings(self._errors).get(path, ()) if group else ()

    def workspace(self, path: str) -> Workspace | None:
        """The model of the workspace `path` belongs to: legacy channels, triggers and
        events, and `realtime` for current Realtime (None for a file not loaded)."""
        with self._lock:
            group = self._groups.get(self._place(path))
            return group.workspace() if group else None

    def workspace_root(self, path: str) -> str:
        """The root of the workspace of `path` (for a file in none, its folder)."""
        with self._lock:
            return self._place(path).root

    def config(self, path: str) -> Config:
        with self._lock:
            return self.config_of(Path(self._place(path).root))

    def text(self, path: str) -> str | None:
        with self._lock:
            if path in self._buffers:
                return self._buffers[path]
        try:
            return Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def tree(self, path: str) -> Document | None:
        """The syntax tree of the current text (recovered as far as the parser can)."""
        text = self.text(path)
        if text is None:
            return None
        with self._lock:
            cached = self._trees.get(path)
            if cached is None or cached[0] != text:
                cached = self._trees[path] = (text, parse(text).document)
            return cached[1]

    def take_errors(self) -> list[InternalError]:
        """Bugs met since the last call, each reported once."""
        with self._lock:
            fresh = [e for e in self._errors if e not in self._seen_errors]
            self._seen_errors.update(fresh)
            self._errors.clear()
            return list(dict.fromkeys(fresh))

    # ── inside ─────────────────────────────────────────────────────────────

    def _changed(self, path: str, change: Callable[[], None]) -> Findings:
        place = self._place(path)
        group = self._groups.get(place)
        before = dict(group.findings(self._errors)) if group is not None else {}
        change()
        group = self._groups.get(place)
        after = group.findings(self._errors) if group is not None else {}
        return {p: after.get(p, ()) for p in sorted(set(before) | set(after)) if before.get(p, ()) != after.get(p, ())}

    def _files_under(self, folder: Path) -> list[str]:
        if not folder.is_dir():
            return []
        found = discover([folder], self.config_of(folder).excluder(), here=self._here)
        # jobs name files by absolute path: so does what the boundary is told to trust
        self._boundary.trust({self._here.absolute(p): top for p, top in found.plain.items()})
        return [self._here.absolute(p) for p in found.files]

    def _place(self, path: str) -> Place:
        if path not in self._place_of:
            named = frozenset(str(folder) for folder in self.folders)
            self._place_of[path] = self._finder.place(path, scope_of(path, named, self._here.cwd))
        return self._place_of[path]

    def _group(self, place: Place) -> _Group:
        """The group of `place`; met for the first time, its files are loaded from disk (as context)."""
        if place not in self._groups:
            self._groups[place] = _Group(place, self.config_of(Path(place.root)))
            self._load([p for p in self._files_under(Path(place.root)) if self._place(p) == place])
        return self._groups[place]

    def _load(self, paths: list[str]) -> None:
        """The file phase over `paths`: cached results, the rest analyzed in one pool."""
        by_root: dict[Path, list[FileJob]] = {}
        for path in paths:
            place = self._place(path)
            root = project_root(self.config_of(Path(place.root)).root, place.root)
            by_root.setdefault(root, []).append(self._job(path, place))
        for root, jobs in by_root.items():
            cache = ResultCache(cache_folder(root), root) if self.use_cache else None
            for path, result in analyze_files(jobs, cache, self._boundary, self.jobs).items():
                self._put(path, result)
            if cache is not None:
                cache.save()

    def _job(self, path: str, place: Place, text: str | None = None) -> FileJob:
        data = text.encode("utf-8") if text is not None else None
        return FileJob(path, path, place, place.relpath(path), data, text is not None)

    def _analyze(self, path: str, text: str) -> None:
        """Analyze the editor's text: only this file is parsed; its tree is kept for `tree`."""
        place = self._place(path)
        self._group(place)
        job = self._job(path, place, text)
        result, parsed = with_room(analyze_parsed, text, path, job.relpath, place.layout)  # stackroom.py
        if parsed is not None:
            self._trees[path] = (text, parsed.document)
        self._put(path, result)

    def _read(self, path: str) -> None:
        place = self._place(path)
        self._group(place)
        self._put(path, analyze_job(self._job(path, place), self._boundary))

    def _put(self, path: str, result: FileResult) -> None:
        self._errors.extend(result.errors)
        place = self._place(path)
        group = self._groups.setdefault(place, _Group(place, self.config_of(Path(place.root))))
        group.results[path] = result
        group.changed()

    def _drop(self, path: str) -> None:
        group = self._groups.get(self._place(path))
        if group is not None and path in group.results:
            del group.results[path]
            group.changed()
        self._trees.pop(path, None)
