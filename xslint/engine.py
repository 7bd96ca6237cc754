"""Checking files: the library entry point `lint`; the CLI is only a front end to it.

One run is one file phase over every file of every workspace (read once,
looked up in one cache per project root, the rest analyzed in one pool:
`filephase.py`), then the workspace phase per workspace
(`workspace_rules.py`), then the one step that applies the configuration
and builds the diagnostics (`finish.py`).

Files are grouped by the workspace they belong to (`roots.py`); the other
files of that workspace are analyzed too (as context), so cross-file rules see
every channel even when only one file is checked, but only the checked files
are reported. A file in no workspace is grouped with the files of its own
folder only, so what it is told does not depend on which other files were named.

`lint` keeps no state between calls and changes nothing process-wide for
good, so threads may call it at once (an editor server does, for hours).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from xslint.result import FileResult, InternalError
from xslint.boundary import Boundary
from xslint.cache import ResultCache, cache_folder, project_root, workspace_key
from xslint.catalog import BY_CODE
from xslint.config import Config
from xslint.diagnostics import Diagnostic, Found
from xslint.discover import Here, discover, files_in
from xslint.filephase import FileJob, analyze_files
from xslint.finish import finish
from xslint.roots import Place, RootFinder, scope_of
from xslint.shared_settings import collector_paused
from xslint.source import SourceFile, read_source
from xslint.workspace import build
from xslint.workspace_rules import check_workspace

Progress = Callable[[int, int], None]  # (files done, files in all), told as files finish


@dataclass
class LintResult:
    """What a run found: the number of files checked, the findings in their
    total order, the text of every file they point into, and any internal
    errors (bugs) met on the way."""

    files: int
    diagnostics: list[Diagnostic]
    sources: dict[str, SourceFile] = field(default_factory=dict)
    errors: list[InternalError] = field(default_factory=list)


@dataclass(frozen=True)
class _Run:
    """What one run knows about where it stands; nothing of it outlives the run."""

    config: Config
    here: Here
    boundary: Boundary
    folders: frozenset[str]  # folders named on the command line, as absolute paths
    finder: RootFinder
    # every file below a named folder was found by walking it, exactly as a walk from
    # any folder below would (no exclusions, no links to folders): see `_members`
    walked_whole: bool = False
    _places: dict[str, Place] = field(default_factory=dict)  # by folder: a file's place depends on its folder only

    def place(self, path: str) -> Place:
        full = self.here.absolute(path)
        folder = os.path.dirname(full)
        found = self._places.get(folder)
        if found is None:
            found = self._places[folder] = self.finder.place(full, scope_of(full, self.folders, self.here.cwd))
        return found

    def relpath(self, path: str, place: Place) -> str | None:
        return place.relpath(self.here.absolute(path))


@dataclass
class _Target:
    path: str
    data: bytes | None = None  # given text (standard input), else read from disk


def lint(paths: list[Path], stdin: tuple[str, bytes] | None = None, config: Config = Config(),
         use_cache: bool = True, jobs: int | None = None, buffers: dict[str, bytes] | None = None,
         progress: Progress | None = None) -> LintResult:
    """Check the `.xs` files under `paths`; `stdin` is (path, bytes) of an unsaved buffer;
    `buffers` gives, by display path, text to check instead of what a file holds on disk;
    `progress`, if given, is told how many of the files checked are done."""
    with collector_paused():  # a run builds many objects and no cycles: see shared_settings.py
        return _lint(paths, stdin, config, use_cache, jobs, buffers, progress)


def _lint(paths: list[Path], stdin: tuple[str, bytes] | None, config: Config, use_cache: bool, jobs: int | None,
          buffers: dict[str, bytes] | None, progress: Progress | None) -> LintResult:
    here = Here.now()
    found = discover(paths, config.excluder(), config.force_exclude, here) if paths else None
    targets = {here.display(p): _Target(p) for p in (found.files if found else [])}
    if stdin is not None:
        targets[stdin[0]] = _Target(stdin[0], stdin[1])
    for display, data in (buffers or {}).items():
        if display in targets:
            targets[display].data = data
    raw: list[Found] = list(found.problems) if found else []
    boundary = Boundary.of(paths)
    named = frozenset(here.absolute(p) for p in paths if p.is_dir())
    walked_whole = found is not None and not found.linked_folders and not config.exclude
    run = _Run(config, here, boundary, named, RootFinder(), walked_whole)
    if found is not None:
        run.finder.know(found.folders)
        boundary.listed = run.finder.known
        boundary.trust(found.plain)
    groups = _by_workspace(targets, run)
    file_jobs = _jobs(groups, run)
    root = project_root(config.root, here.cwd)
    cache = ResultCache(cache_folder(root), root) if use_cache else None
    results = analyze_files([job for jobs_here in file_jobs.values() for job in jobs_here.values()], cache,
                            boundary, jobs, _counter(set(targets), progress))
    errors: list[InternalError] = []
    for place, members in groups.items():
        found_here, errors_here = _workspace_phase(place, members, file_jobs[place], results, config, cache)
        raw += found_here
        errors += errors_here
    if cache is not None:
        cache.save()
    diagnostics = finish(raw, {d: results[d].suppressions for d in targets if d in results}, config)
    read = {display: job for jobs_here in file_jobs.values() for display, job in jobs_here.items()}
    return LintResult(len(targets), diagnostics, _sources(diagnostics, read, boundary), errors)


def _counter(targets: set[str], progress: Progress | None) -> Callable[[str], None]:
    """Counts the checked files as they finish; the workspace's other files are context, not counted."""
    done = [0]

    def finished(display: str) -> None:
        if progress is not None and display in targets:
            done[0] += 1
            progress(done[0], len(targets))

    return finished


def _by_workspace(targets: dict[str, _Target], run: _Run) -> dict[Place, dict[str, _Target]]:
    groups: dict[Place, dict[str, _Target]] = {}
    for display, target in sorted(targets.items()):
        groups.setdefault(run.place(target.path), {})[display] = target
    return groups


def _jobs(groups: dict[Place, dict[str, _Target]], run: _Run) -> dict[Place, dict[str, FileJob]]:
    """Every file each workspace needs, the checked ones and the others (context)."""
    found: dict[Place, dict[str, FileJob]] = {}
    for place, targets in groups.items():
        files = {run.here.display(p): _Target(p) for p in _members(place, run)} | targets
        found[place] = {display: FileJob(display, target.path, place, run.relpath(target.path, place),
                                         target.data, target.data is not None)
                        for display, target in files.items()}
    return found


def _members(place: Place, run: _Run) -> list[str]:
    """The other files of a workspace (or, for files in none, of their folder), for context."""
    if place.layout is None:
        candidates = files_in(place.root, run.config.excluder())
    elif place.root in run.folders or (run.walked_whole and any(_below(place.root, f) for f in run.folders)):
        return []  # every file under it is a target already
    else:
        found = discover([Path(place.root)], run.config.excluder(), here=run.here)
        run.boundary.trust(found.plain)
        candidates = found.files
    return [path for path in candidates if run.place(path) == place]


def _below(folder: str, top: str) -> bool:
    return folder.startswith(top.rstrip(os.sep) + os.sep)


def _workspace_phase(place: Place, targets: dict[str, _Target], files: dict[str, FileJob],
                     results: dict[str, FileResult], config: Config,
                     cache: ResultCache | None) -> tuple[list[Found], list[InternalError]]:
    found = [f for display in targets for f in results[display].found]
    errors = [e for display in targets for e in results[display].errors]
    found_here, errors_here = _workspace_findings(place, files, results, config, cache)
    return found + [f for f in found_here if f.path in targets], errors + errors_here


def _workspace_findings(place: Place, files: dict[str, FileJob], results: dict[str, FileResult], config: Config,
                        cache: ResultCache | None) -> tuple[list[Found] | tuple[Found, ...], list[InternalError]]:
    """The workspace rules' findings in every file of the workspace. With a cache, and every
    file of the workspace keyed, every rule runs (the configuration is applied afterwards)
    and its findings are kept for the next run, which reuses them if no file changed."""
    keys = [(display, job.key) for display, job in files.items() if job.key is not None]
    if cache is None or place.layout is None or len(keys) != len(files):
        return check_workspace(build([results[d].facts for d in sorted(files)]), config.enabled(), place.root)
    key, owner = workspace_key(keys), cache.owner(place.root)
    stored = cache.workspace_get(key, owner)
    if stored is not None:
        return stored, []
    found, errors = check_workspace(build([results[d].facts for d in sorted(files)]), BY_CODE, place.root)
    if not errors:  # findings next to a bug are not worth keeping
        cache.workspace_put(key, found, owner)
    enabled = config.enabled()
    return found, [e for e in errors if e.rule in enabled]


def _sources(diagnostics: list[Diagnostic], read: dict[str, FileJob], boundary: Boundary) -> dict[str, SourceFile]:
    """The text of every file a finding points into, for showing lines and columns: the
    bytes the run analyzed, never read again."""
    wanted = {d.path for d in diagnostics} | {r.path for d in diagnostics for r in d.related}
    sources = {}
    for display in sorted(wanted):
        job = read.get(display)
        source = job.source() if job is not None else None
        if source is not None:
            sources[display] = source
        elif display in boundary.refused:
            sources[display] = SourceFile(display, "")  # shown without its lines: they are not ours to print
        else:  # not a file the run read (a folder it could not list, a file it could not open)
            sources[display] = read_source(Path(display), display)[0]
    return sources
