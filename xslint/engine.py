"""Checking files: read, parse, run the checks, apply the configuration, order the findings.

`lint` is the library entry point; the CLI is only a front end to it. Files
are grouped by the workspace they belong to; the other files of that
workspace are read too (as context), so cross-file rules see every channel
even when only one file is checked, but only the checked files are reported.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from xslint import suppressions
from xslint.checks import FILE_CHECKS, WORKSPACE_CHECKS
from xslint.config import Config
from xslint.diagnostics import Diagnostic, Severity
from xslint.discover import discover, display_path, workspace_root
from xslint.parser import parse
from xslint.source import SourceFile, decode_source, read_source
from xslint.workspace import FileUnit, build


@dataclass
class LintResult:
    """What a run found: the number of files checked, the findings in their
    total order, and each file's text for rendering."""

    files: int
    diagnostics: list[Diagnostic]
    sources: dict[str, SourceFile] = field(default_factory=dict)


@dataclass
class _Run:
    """What the workspaces of one run collect for the final pass."""

    sources: dict[str, SourceFile] = field(default_factory=dict)
    suppressions: dict[str, list[suppressions.Suppression]] = field(default_factory=dict)


@dataclass
class _Loaded:
    unit: FileUnit | None
    source: SourceFile
    problems: list[Diagnostic]


def lint(paths: list[Path], stdin: tuple[str, bytes] | None = None, config: Config = Config()) -> LintResult:
    """Check the `.xs` files under `paths`; `stdin` is (path, bytes) of an unsaved buffer."""
    found = discover(paths, config.excludes, config.force_exclude) if paths else None
    targets = {display_path(p): p for p in (found.files if found else [])}
    if stdin is not None:
        targets[stdin[0]] = Path(stdin[0])
    raw: list[Diagnostic] = list(found.problems) if found else []
    run = _Run()
    for root, members in _by_workspace(targets).items():
        raw += _lint_workspace(root, members, stdin, config, run)
    return LintResult(len(targets), _finish(raw, run, config), run.sources)


def _by_workspace(targets: dict[str, Path]) -> dict[Path | None, dict[str, Path]]:
    groups: dict[Path | None, dict[str, Path]] = {}
    for display, path in targets.items():
        groups.setdefault(workspace_root(path), {})[display] = path
    return groups


def _lint_workspace(root: Path | None, targets: dict[str, Path], stdin: tuple[str, bytes] | None,
                    config: Config, run: _Run) -> list[Diagnostic]:
    base = root or _common_folder(list(targets.values()))
    context = {display_path(p): p for p in discover([root], config.excludes).files} if root else {}
    diagnostics: list[Diagnostic] = []
    units: list[FileUnit] = []
    for display, path in sorted({**context, **targets}.items()):
        data = stdin[1] if stdin is not None and display == stdin[0] else None
        loaded = _load(path, display, base, data)
        run.sources[display] = loaded.source  # context files too: related locations point there
        if display in targets:
            diagnostics += loaded.problems
        if loaded.unit is not None:
            units.append(loaded.unit)
            if display in targets:
                run.suppressions[display] = suppressions.find(loaded.source, loaded.unit.document)
    checked = [u for u in units if u.path in targets]
    diagnostics += _run_checks(checked, build(root, units), config)
    return [d for d in diagnostics if d.path in targets]


def _load(path: Path, display: str, base: Path, data: bytes | None) -> _Loaded:
    source, unreadable = decode_source(data, display) if data is not None else read_source(path, display)
    if unreadable is not None:
        return _Loaded(None, source, [unreadable])
    result = parse(source.text)
    problems = [Diagnostic(display, "XS001", p.message, p.span, Severity.ERROR, p.help) for p in result.problems]
    unit = FileUnit(display, _relative(path, base), source, result.document)
    return _Loaded(unit, source, problems)


def _run_checks(checked: list[FileUnit], workspace, config: Config) -> list[Diagnostic]:  # noqa: ANN001
    enabled = config.enabled()
    found: list[Diagnostic] = []
    for check in FILE_CHECKS:
        if check.RULE.code in enabled:
            for unit in checked:
                found += _diagnostics(check.RULE.code, check.check_file(unit))
    for check in WORKSPACE_CHECKS:
        if check.RULE.code in enabled:
            found += _diagnostics(check.RULE.code, check.check_workspace(workspace))
    return found


def _diagnostics(code: str, findings) -> list[Diagnostic]:  # noqa: ANN001
    return [Diagnostic(f.path, code, f.message, f.span, Severity.ERROR, f.help, f.related) for f in findings]


def _finish(raw: list[Diagnostic], run: _Run, config: Config) -> list[Diagnostic]:
    """Selection, per-file ignores, suppressions (and XS005), severities, order."""
    enabled = config.enabled()
    kept = [d for d in raw if d.code in enabled and not config.ignored_in(d.path, d.code)]
    kept = suppressions.apply(kept, run.suppressions)
    if "XS005" in enabled:
        unused = suppressions.unused(run.suppressions, enabled)
        kept += suppressions.apply([d for d in unused if not config.ignored_in(d.path, d.code)], run.suppressions)
    final = [Diagnostic(d.path, d.code, d.message, d.span, config.severity_of(d.code), d.help, d.related)
             for d in kept]
    return sorted(set(final), key=Diagnostic.sort_key)


def _relative(path: Path, base: Path) -> str | None:
    try:
        return Path(os.path.abspath(path)).relative_to(base).as_posix()
    except ValueError:
        return None


def _common_folder(paths: list[Path]) -> Path:
    folders = [os.path.dirname(os.path.abspath(p)) for p in paths]
    return Path(os.path.commonpath(folders)) if folders else Path.cwd()
