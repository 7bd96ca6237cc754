"""Finding the workspace a file belongs to, and the layout that workspace is in.

From the file's folder upwards, the nearest folder with a layout's markers
is the root (SPEC section 1). Strong markers name a root by themselves:
`.xano/config.json`, and (unless the folder is a layout's folder, like A's
`workspace/`) a `workspace.xs` / `branch.xs` / `run.xs` that really holds
that definition. A weak marker is a layout's folder (`api/`, `functions/`,
`realtime/`, ...); a folder holding one is a root unless it is itself a
layout's folder, or lies inside one (`function/table/x.xs`, `apis/task/`,
`functions/ai/agents/`). A folder is taken for a layout's folder by its
name when the folder above it is workspace-like, or when it holds no layout
folders of its own: a repository or a monorepo backend named `api/` is not.

The search stops at the repository root (a folder holding `.git`). Outside a
repository it may pass the folder the user named (a file named in a
workspace still belongs to it) only to a root whose markers are strong, or
whose layout folder leads down to the file. A file with no root is checked
with the files of its own folder only. A finder lives for one run: it
remembers folders, so a new run sees a changed tree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from xslint.layout_detect import Folder, detect, is_strong
from xslint.layouts import KIND_FOLDERS, Layout

# Layout folders whose names are too common to mark a root on their own.
COMMON_NAMES = frozenset({"app", "channel", "message", "trigger", "triggers", "tool", "tools", "agent", "agents"})
MARKERS = KIND_FOLDERS - COMMON_NAMES


@dataclass(frozen=True)
class Place:
    """Where a file belongs: a workspace `root` in `layout`, or (layout None) its own folder only."""

    root: str
    layout: Layout | None

    def relpath(self, full: str) -> str | None:
        """`full` (an absolute path) inside the workspace, with forward slashes: the name
        its cached result is kept under. None outside a workspace or outside this root."""
        prefix = self.root + os.sep
        if self.layout is None or not full.startswith(prefix):
            return None
        return full[len(prefix):].replace(os.sep, "/")


class RootFinder:
    """Roots and layouts of the files of one run, each folder read once."""

    def __init__(self) -> None:
        self._folders: dict[str, Folder] = {}
        self._places: dict[tuple[str, str | None], Place] = {}
        self._repositories: dict[str, str | None] = {}
        self._layouts: dict[str, Layout] = {}

    def place(self, file: str, scope: str | None) -> Place:
        """The workspace of `file` (an absolute path); `scope` is the folder the user named
        around it, if any (the search leaves it only as the module docstring says)."""
        start = _parent(file)
        key = (start, scope)
        if key not in self._places:
            root = self._root(start, scope)
            self._places[key] = Place(root, self._layout(root)) if root else Place(start, None)
        return self._places[key]

    def _layout(self, root: str) -> Layout:
        if root not in self._layouts:
            self._layouts[root] = detect(self._folder(root), self.known)
        return self._layouts[root]

    def _root(self, start: str, scope: str | None) -> str | None:
        repository = self._repository(start)
        inside = repository or scope
        folder = start
        while True:
            if self._is_root(folder, start, inside):
                return folder
            parent = _parent(folder)
            if folder == repository or parent == folder:
                return None
            folder = parent

    def _is_root(self, folder: str, start: str, inside: str | None) -> bool:
        here = self._folder(folder)
        if here.marker == "config":
            return True  # even named like a layout folder: a monorepo's `api/` backend
        if self._named_like_kind_folder(folder, inside):
            return False  # A's `workspace/` holds a `branch.xs` too
        if is_strong(here):
            return True
        if not here.dirs & MARKERS or self._in_kind_folder(folder):
            return False
        if inside is not None and _within(folder, inside):
            return True
        below = os.path.relpath(start, folder).split(os.sep)[0]
        return below in here.dirs and below in KIND_FOLDERS  # from above: only down a layout folder

    def _named_like_kind_folder(self, folder: str, inside: str | None) -> bool:
        """A layout folder's name, and a layout folder indeed: of the workspace above it, or
        holding what a layout folder holds. A repository (a clone named `api`), a monorepo's
        `api/` backend with its own layout folders, or the folder the user named standing in no
        workspace (`~/api`) may still be roots."""
        if _name(folder) not in KIND_FOLDERS or folder == self._repository(folder):
            return False
        if self._workspace_like(_parent(folder)):
            return True
        return folder != inside and not self._workspace_like(folder)

    def _workspace_like(self, folder: str) -> bool:
        here = self._folder(folder)
        return is_strong(here) or len(here.dirs & MARKERS) >= 2

    def _in_kind_folder(self, folder: str) -> bool:
        """Whether an ancestor is a layout folder of a workspace (its parent has other markers)."""
        top = self._repository(folder)
        while folder != top:
            parent = _parent(folder)
            if parent in (folder, top):
                return False
            if _name(parent) in KIND_FOLDERS and self._workspace_like(_parent(parent)):
                return True
            folder = parent
        return False

    def know(self, folders: dict[str, Folder]) -> None:
        """Folders already listed this run (by the walk that found the files), not listed again."""
        self._folders.update(folders)

    def known(self, path: str) -> Folder | None:
        """The folder at `path` if this run has listed it already."""
        return self._folders.get(path)

    def _repository(self, folder: str) -> str | None:
        """The nearest folder at or above `folder` that holds `.git`."""
        if folder not in self._repositories:
            parent = _parent(folder)
            if self._folder(folder).has_git():
                self._repositories[folder] = folder
            else:
                self._repositories[folder] = None if parent == folder else self._repository(parent)
        return self._repositories[folder]

    def _folder(self, path: str) -> Folder:
        if path not in self._folders:
            self._folders[path] = Folder.read(path)
        return self._folders[path]


def scope_of(file: str, named: frozenset[str], current: str) -> str | None:
    """The folder the user named around `file` (the deepest one); for a file named
    directly, the current folder when the file is under it."""
    around = [folder for folder in named if _within(file, folder)]
    if around:
        return max(around, key=len)
    return current if _within(file, current) else None


def _within(folder: str, top: str) -> bool:
    return folder == top or folder.startswith(top.rstrip(os.sep) + os.sep)


# Every path here is absolute and normalized (no trailing separator but the root's), and
# a run asks for tens of thousands of parents: these are os.path.dirname and basename
# for such paths only, without the generality that makes those slower.
def _parent(path: str) -> str:
    cut = path.rfind(os.sep)
    return path[:cut] or os.sep if cut >= 0 else path


def _name(path: str) -> str:
    return path[path.rfind(os.sep) + 1:]
