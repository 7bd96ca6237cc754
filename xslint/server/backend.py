"""The one door between the language server and the linting engine.

The LSP features ask this adapter for a document's text and syntax tree,
the findings per file, and each workspace's realtime model; they never call
the engine themselves. Today it is built from the engine's public pieces:
file results (`analyze_text`, cached here per file, so a keystroke analyzes
only the changed file), the workspace model (`workspace.build`), the
workspace rules and the channel verdicts. The incremental engine of issue 10
will replace the inside of this class, not its interface.

Paths are absolute file-system paths; texts given by the editor win over
what the files hold on disk until they are closed.
"""

from __future__ import annotations

import os
from pathlib import Path

from xslint.analyze import FileResult, InternalError, analyze_path, analyze_text
from xslint.config import Config
from xslint.diagnostics import Diagnostic
from xslint.discover import forget
from xslint.parser import parse
from xslint.roots import Place, RootFinder, scope_of
from xslint.server.configs import Configs
from xslint.server.group import Group
from xslint.server.loading import analyze_files, relpath, xs_files
from xslint.server.model import RealtimeModel
from xslint.syntax import Document

Root = Place  # a workspace root and its layout, or (layout None) the folder of files in none


class Backend:
    def __init__(self, folders: list[Path], use_cache: bool = True, jobs: int | None = None) -> None:
        self.folders = [Path(os.path.abspath(f)) for f in folders]
        self.use_cache = use_cache
        self.jobs = jobs
        self.configs = Configs()
        self._groups: dict[Root, Group] = {}
        self._root_of: dict[str, Root] = {}
        self._buffers: dict[str, str] = {}
        self._trees: dict[str, tuple[str, Document]] = {}
        self._errors: list[InternalError] = []
        self._seen_errors: set[InternalError] = set()
        self._finder = RootFinder()

    # ── documents ──────────────────────────────────────────────────────────

    def load(self) -> None:
        """Read every `.xs` file under the folders (again, after a configuration change)."""
        forget()
        self._finder = RootFinder()  # the tree may have changed since the last load
        self._groups.clear()
        self._root_of.clear()
        by_root: dict[Root, list[str]] = {}
        for folder in self.folders:
            for path in xs_files([folder], self.configs.of(folder)):
                by_root.setdefault(self._root(path), []).append(path)
        for root, paths in sorted(by_root.items(), key=lambda item: item[0].root):
            self._load_group(root, sorted(set(paths)))
        for path, text in self._buffers.items():
            root = self._root(path)
            self._put(path, lambda p=path, t=text, r=root: analyze_text(t, p, relpath(p, r), r.layout))

    def open(self, path: str, text: str) -> None:
        self.change(path, text)

    def change(self, path: str, text: str) -> None:
        """The editor's text for `path` replaces what the file holds."""
        self._buffers[path] = text
        root = self._root(path)
        if root not in self._groups:
            self._load_group(root, [p for p in xs_files([Path(root.root)], self.configs.of(Path(root.root)))
                                    if self._root(p) == root])
        self._put(path, lambda: analyze_text(text, path, relpath(path, root), root.layout))

    def close(self, path: str) -> None:
        """Back to what the file holds on disk."""
        self._buffers.pop(path, None)
        self.disk_changed(path)

    def disk_changed(self, path: str) -> None:
        """A file was created, changed or deleted on disk (an open buffer still wins)."""
        if path in self._buffers:
            return
        if not os.path.isfile(path):
            self._drop(path)
            return
        root = self._root(path)
        self._put(path, lambda: analyze_path(Path(path), path, relpath(path, root), root.layout))

    def text(self, path: str) -> str | None:
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
        cached = self._trees.get(path)
        if cached is None or cached[0] != text:
            cached = self._trees[path] = (text, parse(text).document)
        return cached[1]

    # ── results ────────────────────────────────────────────────────────────

    def paths(self) -> list[str]:
        """Every file known, in every workspace."""
        return sorted(p for group in self._groups.values() for p in group.results)

    def findings(self) -> dict[str, tuple[Diagnostic, ...]]:
        """The findings of every file (an empty tuple for a clean one)."""
        found: dict[str, tuple[Diagnostic, ...]] = {}
        for group in self._groups.values():
            found.update(group.findings(self._errors))
        return found

    def findings_of(self, path: str) -> tuple[Diagnostic, ...]:
        group = self._groups.get(self._root_of.get(path, self._root(path)))
        return group.findings(self._errors).get(path, ()) if group else ()

    def model(self, path: str) -> RealtimeModel:
        """The realtime model of the workspace `path` belongs to."""
        group = self._groups.get(self._root_of.get(path, self._root(path)))
        return group.model(self._errors) if group else RealtimeModel()

    def config(self, path: str) -> Config:
        return self._config_for(self._root(path))

    def reload_config(self) -> None:
        """Read the configuration files again; rediscover the files if `exclude` changed."""
        before = {root: group.config.exclude for root, group in self._groups.items()}
        self.configs.forget()
        if any(self._config_for(root).exclude != exclude for root, exclude in before.items()):
            self.load()
            return
        for root, group in self._groups.items():
            group.configure(self._config_for(root))

    def take_errors(self) -> list[InternalError]:
        """Bugs met since the last call, each reported once."""
        fresh = [e for e in self._errors if e not in self._seen_errors]
        self._seen_errors.update(fresh)
        self._errors.clear()
        return list(dict.fromkeys(fresh))

    # ── inside ─────────────────────────────────────────────────────────────

    def _root(self, path: str) -> Root:
        if path not in self._root_of:
            named = frozenset(str(folder) for folder in self.folders)
            self._root_of[path] = self._finder.place(path, scope_of(path, named, os.getcwd()))
        return self._root_of[path]

    def _group(self, root: Root) -> Group:
        if root not in self._groups:
            self._groups[root] = Group(self._config_for(root))
        return self._groups[root]

    def _config_for(self, root: Root) -> Config:
        return self.configs.of(Path(root.root))

    def _load_group(self, root: Root, paths: list[str]) -> None:
        results = analyze_files(paths, root, self.use_cache, self.jobs)
        group = self._group(root)
        for path, result in results.items():
            self._root_of[path] = root
            group.put(path, result)
            self._errors.extend(result.errors)

    def _put(self, path: str, analysis) -> None:  # noqa: ANN001 - a thunk giving a FileResult
        result: FileResult = analysis()
        self._errors.extend(result.errors)
        self._group(self._root(path)).put(path, result)

    def _drop(self, path: str) -> None:
        root = self._root_of.get(path)
        group = self._groups.get(root) if root is not None else None
        if group is not None:
            group.drop(path)
        self._trees.pop(path, None)
