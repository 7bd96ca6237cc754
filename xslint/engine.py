"""Checking files: read, analyze (cached, in parallel), run the workspace rules,
apply the configuration, and order the findings.

`lint` is the library entry point; the CLI is only a front end to it. Files
are grouped by the workspace they belong to (`roots.py`); the other files of
that workspace are analyzed too (as context), so cross-file rules see every
channel even when only one file is checked, but only the checked files are
reported. A file in no workspace is grouped with the files of its own folder
only, so what it is told does not depend on which other files were named.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from xslint import suppressions
from xslint.analyze import FileResult, InternalError, analyze_bytes
from xslint.boundary import Boundary
from xslint.cache import ResultCache, cache_folder, content_key
from xslint.checks import WORKSPACE_CHECKS
from xslint.config import Config
from xslint.diagnostics import Diagnostic
from xslint.discover import absolute, discover, display_path, files_in, forget
from xslint.layouts import Layout
from xslint.pool import analyze_all
from xslint.roots import Place, RootFinder, scope_of
from xslint.source import SourceFile, decode_source, read_source
from xslint.workspace import build

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
class _Options:
    config: Config
    use_cache: bool
    jobs: int | None
    folders: frozenset[str]  # folders named on the command line, as absolute paths
    boundary: Boundary  # what may be read (no link out of the repository)
    finished: Callable[[str], None]  # told the display path of every file analyzed
    finder: RootFinder

    def place(self, path: Path) -> Place:
        full = absolute(path)
        return self.finder.place(full, scope_of(full, self.folders, absolute(".")))


@dataclass
class _Target:
    path: Path
    data: bytes | None = None  # given text (standard input), else read from disk


def lint(paths: list[Path], stdin: tuple[str, bytes] | None = None, config: Config = Config(),
         use_cache: bool = True, jobs: int | None = None, buffers: dict[str, bytes] | None = None,
         progress: Progress | None = None) -> LintResult:
    """Check the `.xs` files under `paths`; `stdin` is (path, bytes) of an unsaved buffer;
    `buffers` gives, by display path, text to check instead of what a file holds on disk;
    `progress`, if given, is told how many of the files checked are done."""
    forget()
    found = discover(paths, config.excludes, config.force_exclude) if paths else None
    targets = {display_path(p): _Target(p) for p in (found.files if found else [])}
    if stdin is not None:
        targets[stdin[0]] = _Target(Path(stdin[0]), stdin[1])
    for display, data in (buffers or {}).items():
        if display in targets:
            targets[display].data = data
    raw: list[Diagnostic] = list(found.problems) if found else []
    results: dict[str, FileResult] = {}
    errors: list[InternalError] = []
    boundary = Boundary.of(paths)
    options = _Options(config, use_cache, jobs, frozenset(absolute(p) for p in paths if p.is_dir()), boundary,
                       _counter(set(targets), progress), RootFinder())
    for place, members in _by_workspace(targets, options).items():
        found_here, errors_here = _lint_workspace(place, members, options, results)
        raw += found_here
        errors += errors_here
    diagnostics = _finish(raw, results, targets, config)
    return LintResult(len(targets), diagnostics, _sources(diagnostics, targets, boundary), errors)


def _counter(targets: set[str], progress: Progress | None) -> Callable[[str], None]:
    """Counts the checked files as they finish; the workspace's other files are context, not counted."""
    done = [0]

    def finished(display: str) -> None:
        if progress is not None and display in targets:
            done[0] += 1
            progress(done[0], len(targets))

    return finished


def _by_workspace(targets: dict[str, _Target], options: _Options) -> dict[Place, dict[str, _Target]]:
    groups: dict[Place, dict[str, _Target]] = {}
    for display, target in sorted(targets.items()):
        groups.setdefault(options.place(target.path), {})[display] = target
    return groups


def _lint_workspace(place: Place, targets: dict[str, _Target], options: _Options,
                    results: dict[str, FileResult]) -> tuple[list[Diagnostic], list[InternalError]]:
    config = options.config
    root = Path(place.root)
    files = {display_path(p): _Target(p) for p in _members(place, options)} | targets
    cache = ResultCache(cache_folder(root), root) if options.use_cache and place.layout is not None else None
    analyzed = _analyze(files, place, cache, options)
    if cache is not None:
        cache.save()
    results.update({display: analyzed[display] for display in targets})
    workspace = build([analyzed[display].facts for display in sorted(analyzed)])
    found = [d for display in targets for d in analyzed[display].diagnostics]
    errors = [e for display in targets for e in analyzed[display].errors]
    for check in WORKSPACE_CHECKS:
        if check.RULE.code not in config.enabled():
            continue
        try:
            found += [Diagnostic(f.path, check.RULE.code, f.message, f.span, check.RULE.severity, f.help,
                                 f.related, f.fix) for f in check.check_workspace(workspace) if f.path in targets]
        except Exception as error:  # noqa: BLE001 - contained: the other rules still run
            errors.append(InternalError(check.RULE.code, place.root, f"{type(error).__name__}: {error}"))
    return found, errors


def _members(place: Place, options: _Options) -> list[Path]:
    """The other files of a workspace (or, for files in none, of their folder), for context."""
    root = Path(place.root)
    if place.layout is None:
        candidates = files_in(root, options.config.excludes)
    elif place.root in options.folders:
        return []  # every file under it is a target already
    else:
        candidates = discover([root], options.config.excludes).files
    return [path for path in candidates if options.place(path) == place]


def _analyze(files: dict[str, _Target], place: Place, cache: ResultCache | None,
             options: _Options) -> dict[str, FileResult]:
    """Each file's result: from the cache when its bytes are unchanged, else analyzed."""
    done: dict[str, FileResult] = {}
    pending: list[tuple[str, Path, str | None, Layout | None, str | None]] = []
    layout = place.layout
    root = Path(place.root) if layout is not None else None
    for display, target in files.items():
        relpath = _relative(target.path, Path(place.root)) if layout is not None else None
        refused = options.boundary.refusal(target.path, display, root) if target.data is None else None
        if refused is not None:  # a link out of the repository: never read, never cached
            done[display] = FileResult(display, (refused,))
        elif target.data is not None:  # an unsaved buffer is never cached
            done[display] = analyze_bytes(target.data, display, relpath, layout)
        else:
            key = _key(target.path, f"{layout.fingerprint}/{relpath}") if cache is not None and layout else None
            cached = cache.get(key, display) if cache is not None and key is not None else None
            if cached is None:
                pending.append((display, target.path, relpath, layout, key))
                continue
            done[display] = cached
        options.finished(display)
    tasks = [p[:4] for p in pending]
    for (display, _, _, _, key), result in zip(pending, analyze_all(tasks, options.jobs, options.finished)):
        done[display] = result
        if cache is not None and key is not None:
            cache.put(key, result)
    return done


def _key(path: Path, name: str) -> str | None:
    try:
        return content_key(name, path.read_bytes())
    except OSError:
        return None  # unreadable: analysis will say so (XS002), and that is not cached


def _finish(raw: list[Diagnostic], results: dict[str, FileResult], targets: dict[str, _Target],
            config: Config) -> list[Diagnostic]:
    """Selection, per-file ignores, suppressions (and XS005), severities, order."""
    enabled = config.enabled()
    found = {display: results[display].suppressions for display in targets if display in results}
    used: suppressions.Used = set()
    kept = [d for d in raw if d.code in enabled and not config.ignored_in(d.path, d.code)]
    kept = suppressions.apply(kept, found, used)
    if "XS005" in enabled:
        unused = suppressions.unused(found, used, enabled)
        kept += suppressions.apply([d for d in unused if not config.ignored_in(d.path, d.code)], found, set())
    final = {dataclasses.replace(d, severity=config.severity_of(d.code)) for d in kept}
    return sorted(final, key=Diagnostic.sort_key)


def _sources(diagnostics: list[Diagnostic], targets: dict[str, _Target],
             boundary: Boundary) -> dict[str, SourceFile]:
    """The text of every file a finding points into, for showing lines and columns."""
    wanted = {d.path for d in diagnostics} | {r.path for d in diagnostics for r in d.related}
    sources = {}
    for display in sorted(wanted):
        target = targets.get(display)
        if target is not None and target.data is not None:
            sources[display] = decode_source(target.data, display)[0]
        elif display in boundary.refused:
            sources[display] = SourceFile(display, "")  # shown without its lines: they are not ours to print
        else:
            sources[display] = read_source(Path(display), display)[0]
    return sources


def _relative(path: Path, base: Path) -> str | None:
    full, prefix = absolute(path), str(base) + os.sep
    return full[len(prefix):].replace(os.sep, "/") if full.startswith(prefix) else None

