"""Reading only what belongs: no file is read through a symbolic link that leads out.

A pull request can add `function/x.xs` as a link to `~/.aws/credentials`;
read through, its lines would end up in a CI log. A file belongs when its
real path lies inside the repository that holds it (the nearest folder above
it with a `.git`), or, outside any repository, inside a folder named on the
command line, at the place of a file named there or beside it (a file in no
workspace is checked with the files of its folder), or inside the workspace
of one (whose other files xslint reads as context). A file that does not
belong becomes an XS002 finding and is never opened: not for analysis, not
for the cache key, not for showing its lines. Links that stay inside work.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from xslint.diagnostics import Found
from xslint.layout_detect import Folder
from xslint.source import unreadable

HELP = "replace the link with the file itself, or link to a file inside"


@dataclass
class Boundary:
    """What one run may read. Built once per run; it caches real folder paths."""

    named_folders: tuple[str, ...] = ()  # real paths
    named_files: frozenset[str] = frozenset()  # real folder + file name: the file named, not its target
    named_files_folders: frozenset[str] = frozenset()  # real folders holding a named file (not below them)
    refused: set[str] = field(default_factory=set)  # display paths, so rendering does not read them either
    _real: dict[str, str] = field(default_factory=dict, repr=False)
    _repository: dict[str, str | None] = field(default_factory=dict, repr=False)
    # (folder, workspace) pairs where a file that is not itself a link belongs: whether such a
    # file belongs depends on its folder only, so most files cost one lstat and a set lookup
    _plain_inside: set[tuple[str, str | None]] = field(default_factory=set, repr=False)
    # folders this run has listed already (by absolute path), so `.git` is not looked up again
    listed: Callable[[str], Folder | None] = field(default=lambda folder: None, repr=False)
    _trusted: set[str] = field(default_factory=set, repr=False)  # files known to belong, named as the walk met them

    @classmethod
    def of(cls, paths: list[Path]) -> Boundary:
        """The boundary of a run over `paths` (as named on the command line)."""
        boundary = cls()
        folders = [os.path.abspath(p) for p in paths if os.path.isdir(p)]
        files = [os.path.abspath(p) for p in paths if not os.path.isdir(p)]
        boundary.named_folders = tuple(boundary._real_folder(f) for f in folders)
        boundary.named_files = frozenset(boundary._place(f) for f in files)
        boundary.named_files_folders = frozenset(os.path.dirname(f) for f in boundary.named_files)
        return boundary

    def trust(self, walked: dict[str, str]) -> None:
        """Files found by walking down from a folder through no link (file -> that folder):
        each one's real path is the folder's real path and the way down, so all of them
        belong when the folder's real path lies inside the folder's repository, or (in
        none) inside a folder named. Those are then never looked at one by one."""
        verdicts: dict[str, bool] = {}
        for file, top in walked.items():
            inside = verdicts.get(top)
            if inside is None:
                inside = verdicts[top] = self._walk_stays_inside(top)
            if inside:
                self._trusted.add(file)

    def _walk_stays_inside(self, top: str) -> bool:
        """A file below `top` whose repository lies below `top` belongs whatever `top` is;
        one whose repository is `top`'s belongs when `top` leads nowhere outside it."""
        location = os.path.abspath(top)
        real = self._real_folder(location)
        repository = self._repository_of(location)
        if repository is not None:
            return _inside(real, repository)
        return any(_inside(real, folder) for folder in self.named_folders)

    def refusal(self, path: str, display: str, workspace: str | None = None) -> Found | None:
        """The XS002 finding for a file that lies outside, else None; `workspace` is the root of
        the workspace the file was found in."""
        if path in self._trusted:
            return None
        location = os.path.abspath(path)
        link = os.path.islink(location)
        folder_key = (os.path.dirname(location), workspace)
        if not link and folder_key in self._plain_inside:
            return None
        place = self._place(location)
        real = os.path.realpath(location) if link else place
        repository = self._repository_of(os.path.dirname(location))
        if repository is not None:
            if _inside(real, repository):
                self._remember(link, folder_key)
                return None
            where = "the repository"
        else:
            folders = self.named_folders + ((self._real_folder(workspace),) if workspace else ())
            beside = os.path.dirname(real) in self.named_files_folders
            if real in self.named_files or beside or any(_inside(real, f) for f in folders):
                self._remember(link, folder_key)
                return None
            where = "the folders and files named on the command line"
        if real != place:
            message = f"the file is a symbolic link to a file outside {where}, so it is not read"
        else:
            message = f"the file is reached through a symbolic link to a folder outside {where}, so it is not read"
        self.refused.add(display)
        return unreadable(display, message, help=HELP)

    def _remember(self, link: bool, folder_key: tuple[str, str | None]) -> None:
        """A file that is no link and lies inside: so does every other such file of its folder
        (its real path is the folder's real path and its name; a name holds no separator)."""
        if not link:
            self._plain_inside.add(folder_key)

    def _place(self, location: str) -> str:
        """Where a file sits, folders resolved, the file itself not (it may be a link)."""
        return os.path.join(self._real_folder(os.path.dirname(location)), os.path.basename(location))

    def _real_folder(self, folder: str) -> str:
        """os.path.realpath of an absolute, normalized folder, built on its parent's: one
        lstat per folder instead of one per component of every folder."""
        real = self._real.get(folder)
        if real is None:
            parent = os.path.dirname(folder)
            if parent == folder:
                real = os.path.realpath(folder)
            else:
                candidate = os.path.join(self._real_folder(parent), os.path.basename(folder))
                real = os.path.realpath(candidate) if os.path.islink(candidate) else candidate
            self._real[folder] = real
        return real

    def _repository_of(self, folder: str) -> str | None:
        """The real path of the nearest folder at or above `folder` holding `.git`."""
        if folder not in self._repository:
            parent = os.path.dirname(folder)
            listing = self.listed(folder)
            if listing.git if listing is not None else os.path.lexists(os.path.join(folder, ".git")):
                self._repository[folder] = self._real_folder(folder)
            else:
                self._repository[folder] = None if parent == folder else self._repository_of(parent)
        return self._repository[folder]


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
