"""Finding the `.xs` files to check (the workspace each belongs to is `roots.py`'s).

Directories are walked without following a symbolic link into a directory
already visited, so link loops end; every path is shown relative to the
current directory when it lies under it, with forward slashes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from xslint.diagnostics import Diagnostic, Severity, Span


class UsageError(Exception):
    """A path or option the user gave that cannot be used (exit code 2)."""


@dataclass
class Discovery:
    """The files to check, in a stable order, and problems met while looking."""

    files: list[Path] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)


_CWD: list[str] = []  # the current folder, asked once per run (see `forget`)


def absolute(path: Path | str) -> str:
    """Like os.path.abspath, without asking the system for the current folder every time."""
    if not _CWD:
        _CWD.append(os.getcwd())
    return os.path.normpath(os.path.join(_CWD[0], path))


def display_path(path: Path | str) -> str:
    """`path` relative to the current directory when under it, with forward slashes."""
    absolute_path = absolute(path)
    base = absolute(".")
    if absolute_path.startswith(base + os.sep):
        absolute_path = absolute_path[len(base) + 1:]
    elif absolute_path == base:
        absolute_path = "."
    return absolute_path.replace(os.sep, "/")


Excluded = Callable[[Path], bool]


def _nothing(path: Path) -> bool:
    return False


def discover(paths: list[Path], excluded: Excluded = _nothing, force_exclude: bool = False) -> Discovery:
    """Every `.xs` file under `paths`; files named directly are taken as they are
    unless `force_exclude` (what pre-commit needs: it names every file)."""
    found = Discovery()
    seen: set[str] = set()
    for path in paths:
        if not os.path.lexists(path):
            raise UsageError(f'path "{path}" does not exist')
        if path.is_dir():
            _walk(path, excluded, found)
        elif not (force_exclude and excluded(path)):
            found.files.append(path)
    unique = []
    for file in found.files:
        key = absolute(file)
        if key not in seen:
            seen.add(key)
            unique.append(file)
    found.files = sorted(unique, key=display_path)
    return found


def files_in(folder: Path, excluded: Excluded = _nothing) -> list[Path]:
    """The `.xs` files directly in `folder` (not below it), in name order."""
    try:
        names = sorted(e.name for e in os.scandir(folder) if e.name.endswith(".xs") and e.is_file())
    except OSError:
        return []
    return [folder / name for name in names if not excluded(folder / name)]


def _walk(top: Path, excluded: Excluded, found: Discovery) -> None:
    visited: set[tuple[int, int]] = set()
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            info = folder.stat()
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            found.problems.append(_unreadable(folder, error))
            continue
        if (info.st_dev, info.st_ino) in visited:
            found.problems.append(_link_loop(folder))
            continue
        visited.add((info.st_dev, info.st_ino))
        for entry in entries:
            _visit(Path(entry.path), entry, excluded, found, pending)


def _visit(path: Path, entry: os.DirEntry, excluded: Excluded, found: Discovery,
           pending: list[Path]) -> None:
    if excluded(path):
        return
    try:
        is_dir = entry.is_dir()
    except OSError as error:
        found.problems.append(_unreadable(path, error))
        return
    if is_dir:
        pending.append(path)
    elif entry.name.endswith(".xs"):
        found.files.append(path)


def forget() -> None:
    """Ask for the current folder again (a new run may start elsewhere); workspace
    roots are found afresh by each run's `roots.RootFinder`."""
    _CWD.clear()


def _unreadable(path: Path, error: OSError) -> Diagnostic:
    reason = error.strerror or type(error).__name__
    return Diagnostic(display_path(path), "XS002", f"cannot read the folder: {reason}",
                      Span(0, 0), Severity.ERROR)


def _link_loop(path: Path) -> Diagnostic:
    return Diagnostic(display_path(path), "XS002",
                      "this folder was already visited through a symbolic link, so it is not followed again",
                      Span(0, 0), Severity.ERROR, "remove the symbolic link loop")
