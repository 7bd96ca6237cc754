"""What a folder holds that marks a workspace root, and which layout a root is in.

The strong markers are checked by content, not name alone: a table named
`branch` is `tables/branch.xs` too, but it starts with `table`, not `branch`.
A root's layout comes from its markers first (`.xano/config.json` is the VS
Code extension's, `run.xs` a run job's), then from its folders: plural
folders are Git sync's or the extension's, singular ones the CLI's (early,
current, or calycode's one folder per object).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass

from xslint.layouts import (CALYCODE_LAYOUT, EARLY_CLI_LAYOUT, EXTENSION_LAYOUT, EXTENSION_PATHS, GIT_SYNC_LAYOUT,
                            PULL_LAYOUT, RUN_LAYOUT, Layout, extension_layout)

# A root file and the first keywords that make it a marker.
ROOT_FILES = {"run.xs": ("run.job", "run.service"), "workspace.xs": ("workspace",), "branch.xs": ("branch",)}
SHARED = {"realtime", "middleware"}  # singular and plural layouts both write these
PLURAL = (GIT_SYNC_LAYOUT.tops | EXTENSION_LAYOUT.tops) - SHARED
SINGULAR = (PULL_LAYOUT.tops | EARLY_CLI_LAYOUT.tops | CALYCODE_LAYOUT.tops) - SHARED - PLURAL
EARLY_ONLY = EARLY_CLI_LAYOUT.tops - PULL_LAYOUT.tops
GIT_SYNC_ONLY = frozenset({"realtime_channels", "triggers", "middleware"})
CALYCODE_FILES = ("script.freezed.xs", "script.xs")
WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


@dataclass(frozen=True)
class Folder:
    """A folder's entries, and which strong marker it holds ("config", "run", "sync" or None)."""

    path: str
    dirs: frozenset[str]
    files: frozenset[str]
    marker: str | None
    git: bool = False  # whether it holds an entry named `.git` (of any kind, even a broken link)

    @staticmethod
    def read(path: str) -> Folder:
        try:
            with os.scandir(path) as entries:
                return Folder.of(path, list(entries))
        except OSError:
            return Folder.of(path, [])

    @staticmethod
    def of(path: str, entries: list[os.DirEntry[str]]) -> Folder:
        """The folder at `path` (absolute) from its entries, as listed by `os.scandir`."""
        dirs: set[str] = set()
        files: set[str] = set()
        git = False
        for entry in entries:
            git = git or entry.name == ".git"
            try:
                (dirs if entry.is_dir() else files).add(entry.name)
            except OSError:
                continue
        return Folder(path, frozenset(dirs), frozenset(files), _marker(path, dirs, files), git)

    def has_git(self) -> bool:
        """Like os.path.exists on its `.git`: a folder, or anything else that resolves."""
        return ".git" in self.dirs or (self.git and os.path.exists(os.path.join(self.path, ".git")))


def is_strong(folder: Folder) -> bool:
    return folder.marker is not None


Listed = Callable[[str], "Folder | None"]  # a folder already listed this run, if it was


def _unlisted(path: str) -> Folder | None:
    return None


def detect(folder: Folder, listed: Listed = _unlisted) -> Layout:
    """The layout of the workspace rooted at `folder`; `listed` gives folders already listed."""
    if folder.marker == "config":
        return extension_layout(config_paths(os.path.join(folder.path, ".xano", "config.json")))
    if folder.marker == "run":
        return RUN_LAYOUT
    if len(folder.dirs & PLURAL) > len(folder.dirs & SINGULAR):
        synced = folder.marker == "sync" or folder.dirs & GIT_SYNC_ONLY
        return GIT_SYNC_LAYOUT if synced else EXTENSION_LAYOUT
    if _calycode(folder, listed):
        return CALYCODE_LAYOUT
    return EARLY_CLI_LAYOUT if folder.dirs & EARLY_ONLY else PULL_LAYOUT


def config_paths(file: str) -> dict[str, str]:
    """The folders `paths` names in `.xano/config.json`; nothing usable gives the defaults.
    A trailing comma (seen in real configs) is forgiven."""
    try:
        with open(file, encoding="utf-8") as handle:
            text = handle.read()
        try:
            data = json.loads(text)
        except ValueError:
            data = json.loads(re.sub(r",(\s*[}\]])", r"\1", text))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    paths = data.get("paths") if isinstance(data, dict) else None
    if not isinstance(paths, dict):
        return {}
    cleaned = {key: _folder_path(value) for key, value in paths.items() if key in EXTENSION_PATHS}
    return {key: value for key, value in cleaned.items() if value}


def _folder_path(value: object) -> str | None:
    """A relative folder under the root, or None (absolute, `..`, empty or not text)."""
    if not isinstance(value, str) or value.strip().startswith(("/", "\\")):
        return None
    parts = [p for p in value.strip().replace("\\", "/").split("/") if p not in ("", ".")]
    return "/".join(parts) if parts and ".." not in parts else None


def _marker(path: str, dirs: set[str], files: set[str]) -> str | None:
    if ".xano" in dirs and os.path.isfile(os.path.join(path, ".xano", "config.json")):
        return "config"
    for name, words in ROOT_FILES.items():
        if name in files and first_word(os.path.join(path, name)) in words:
            return "run" if name == "run.xs" else "sync"
    return None


def first_word(file: str) -> str | None:
    """The first keyword of a `.xs` file, after its `//` comment lines."""
    try:
        with open(file, encoding="utf-8", errors="replace") as handle:
            head = handle.read(8192)
    except OSError:
        return None
    for line in head.lstrip("\ufeff").splitlines():
        line = line.strip()
        if line and not line.startswith("//"):
            match = WORD.match(line)
            return match.group() if match else None
    return None


def _calycode(folder: Folder, listed: Listed) -> bool:
    """Whether objects sit in folders of their own: `<kind>/<name>/script.freezed.xs` + `meta.json`."""
    for name in sorted(folder.dirs & CALYCODE_LAYOUT.tops):
        kind = os.path.join(folder.path, name)
        known = listed(kind)
        if known is not None:  # the same folders os.scandir would give, without listing it again
            children = sorted(os.path.join(kind, d) for d in known.dirs)
        else:
            try:
                children = sorted(e.path for e in os.scandir(kind) if e.is_dir())
            except OSError:
                continue
        for child in children[:3]:
            if _is_file(child, "meta.json", listed) and any(_is_file(child, f, listed) for f in CALYCODE_FILES):
                return True
    return False


def _is_file(folder: str, name: str, listed: Listed) -> bool:
    """os.path.isfile of `name` in `folder`; a name a listing of the folder lacks is no file."""
    known = listed(folder)
    return (known is None or name in known.files) and os.path.isfile(os.path.join(folder, name))
