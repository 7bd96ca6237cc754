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

from xslint.diagnostics import Found, Span
from xslint.layout_detect import Folder


class UsageError(Exception):
    """A path or option the user gave that cannot be used (exit code 2)."""


@dataclass
class Discovery:
    """The files to check, in a stable order, and problems met while looking."""

    files: list[str] = field(default_factory=list)  # as named, or as the walk met them
    problems: list[Found] = field(default_factory=list)
    # whether a walk met a link to a folder: then a walk from a folder below may
    # visit other folders than this one did (link loops are cut where first met)
    linked_folders: bool = False
    # every folder walked, by absolute path: finding workspaces reads them again otherwise
    folders: dict[str, Folder] = field(default_factory=dict)
    # files reached by walking down from a folder named, through no symbolic link (neither the
    # file nor a folder on the way is one), by that folder: the link boundary needs to look at
    # the folder only (boundary.py)
    plain: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Here:
    """The current folder of one run, asked once: the system is not asked again for
    every path, and a run started in another thread elsewhere does not share it."""

    cwd: str
    # a run asks about each path several times (grouping, placing, keying, showing);
    # answers depend on the path alone, so each is worked out once
    _absolute: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _display: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def now(cls) -> Here:
        return cls(os.getcwd())

    def absolute(self, path: Path | str) -> str:
        """Like os.path.abspath, against this run's current folder."""
        name = os.fspath(path)
        found = self._absolute.get(name)
        if found is None:
            found = self._absolute[name] = os.path.normpath(os.path.join(self.cwd, name))
        return found

    def remember(self, name: str, absolute_path: str) -> None:
        """What `absolute(name)` is, known already (a walk builds it from the folder's)."""
        self._absolute.setdefault(name, absolute_path)

    def display(self, path: Path | str) -> str:
        """`path` relative to the current folder when under it, with forward slashes."""
        name = os.fspath(path)
        found = self._display.get(name)
        if found is None:
            found = self._display[name] = self._displayed(self.absolute(name))
        return found

    def _displayed(self, absolute_path: str) -> str:
        base = os.path.normpath(self.cwd)
        if absolute_path.startswith(base + os.sep):
            absolute_path = absolute_path[len(base) + 1:]
        elif absolute_path == base:
            absolute_path = "."
        return absolute_path.replace(os.sep, "/")


def absolute(path: Path | str) -> str:
    return Here.now().absolute(path)


def display_path(path: Path | str) -> str:
    """`path` relative to the current directory when under it, with forward slashes."""
    return Here.now().display(path)


Excluded = Callable[[Path], bool]  # None where nothing is excluded


def discover(paths: list[Path], excluded: Excluded | None = None, force_exclude: bool = False,
             here: Here | None = None) -> Discovery:
    """Every `.xs` file under `paths`; files named directly are taken as they are
    unless `force_exclude` (what pre-commit needs: it names every file)."""
    here = here or Here.now()
    found = Discovery()
    seen: set[str] = set()
    for path in paths:
        if not os.path.lexists(path):
            raise UsageError(f'path "{path}" does not exist')
        if path.is_dir():
            _walk(os.fspath(path), excluded, found, here)
        elif not (force_exclude and excluded is not None and excluded(path)):
            found.files.append(os.fspath(path))
    unique = []
    for file in found.files:
        key = here.absolute(file)
        if key not in seen:
            seen.add(key)
            unique.append(file)
    found.files = sorted(unique, key=here.display)
    return found


def files_in(folder: str, excluded: Excluded | None = None) -> list[str]:
    """The `.xs` files directly in `folder` (not below it), in name order."""
    try:
        names = sorted(e.name for e in os.scandir(folder) if e.name.endswith(".xs") and e.is_file())
    except OSError:
        return []
    return [os.path.join(folder, name) for name in names if excluded is None or not excluded(Path(folder, name))]


# A folder's identity, (device, inode), to know it again when a link leads back to it.
_Identity = tuple[int, int]
_Pending = tuple[str, str, bool, "_Identity | None"]  # folder, its absolute path, linked, identity


def _walk(top: str, excluded: Excluded | None, found: Discovery, here: Here) -> None:
    """Depth first, by strings (a path object per entry costs more than listing it):
    each folder's absolute path is its parent's and its name, no normalizing again;
    a path object is made only for `excluded` to look at, when something may be."""
    visited: set[_Identity] = set()
    pending: list[_Pending] = [(top, here.absolute(top), False, None)]
    while pending:
        folder, location, linked, identity = pending.pop()
        try:
            if identity is None:
                info = os.stat(folder)
                identity = (info.st_dev, info.st_ino)
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=_name)
        except OSError as error:
            found.problems.append(_unreadable(here.display(folder), error))
            continue
        if identity in visited:
            found.problems.append(_link_loop(here.display(folder)))
            continue
        visited.add(identity)
        found.folders[location] = Folder.of(location, entries)
        inside = location.rstrip(os.sep) + os.sep
        for entry in entries:
            if excluded is not None and excluded(Path(entry.path)):
                continue
            _visit(entry, inside + entry.name, found, pending, here, None if linked else top, identity[0])


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _visit(entry: os.DirEntry[str], location: str, found: Discovery, pending: list[_Pending],
           here: Here, top: str | None, device: int) -> None:
    """`location`: the entry's absolute path; `top`: the folder walked from, if no link led here;
    `device`: the listed folder's."""
    try:
        is_dir = entry.is_dir()
    except OSError as error:
        found.problems.append(_unreadable(here.display(entry.path), error))
        return
    link = entry.is_symlink()  # from the directory entry's type: no system call
    if is_dir:
        found.linked_folders = found.linked_folders or link
        # a folder that is no link is known by its entry, without asking the system again (a
        # mount point's entry names the folder under it: a loop through it ends one round later)
        pending.append((entry.path, location, link or top is None, None if link else (device, entry.inode())))
    elif entry.name.endswith(".xs"):
        here.remember(entry.path, location)
        found.files.append(entry.path)
        if top is not None and not link:
            found.plain[entry.path] = top


def _unreadable(display: str, error: OSError) -> Found:
    reason = error.strerror or type(error).__name__
    return Found(display, "XS002", f"cannot read the folder: {reason}", Span(0, 0))


def _link_loop(display: str) -> Found:
    return Found(display, "XS002",
                 "this folder was already visited through a symbolic link, so it is not followed again",
                 Span(0, 0), "remove the symbolic link loop")
