"""Is a definition where its workspace's layout puts its kind? (XS003's logic.)

Only files under one of the layout's own folders are judged, and only kinds
the layout has a home for: a scratch file, a test fixture, or a kind a tool
never wrote in that layout is left alone rather than guessed at.
"""

from __future__ import annotations

from dataclasses import dataclass

from xslint.layouts import Layout, Pattern

GROUP_FOLDERS = frozenset({"api", "apis", "app"})  # their `*` is an API group


@dataclass(frozen=True)
class Misplaced:
    """A definition of `kind` found in `folder` (as shown) that belongs in `home` (as shown)."""

    kind: str
    folder: str
    home: str


def judge(layout: Layout, relpath: str, kind: str) -> Misplaced | None:
    """None when the file at `relpath` (inside its workspace) is where `layout` puts `kind`,
    or when the layout has no say about that file; else what is wrong."""
    if not in_layout_folder(layout, relpath):
        return None
    folder = tuple(relpath.split("/")[:-1])
    accepted = [home.folder for home in layout.homes if kind in home.kinds]
    if not accepted or any(matches(pattern, folder) for pattern in accepted):
        return None
    return Misplaced(kind, "/".join(folder) + "/", shown(accepted[0]))


def in_layout_folder(layout: Layout, relpath: str) -> bool:
    """Whether the file at `relpath` (inside its workspace) lies under one of the layout's
    own folders: the files a layout has a say about."""
    top, separator, _ = relpath.partition("/")
    return bool(separator) and top in layout.tops


def matches(pattern: Pattern, folder: tuple[str, ...]) -> bool:
    """Whether the folder path `folder` fits `pattern` (`*` one folder, `**` any number)."""
    if not pattern:
        return not folder
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(matches(rest, folder[skip:]) for skip in range(len(folder) + 1))
    return bool(folder) and (head == "*" or head == folder[0]) and matches(rest, folder[1:])


def shown(pattern: Pattern) -> str:
    """A folder pattern as a person reads it: `api/*/**` → `api/<group>/`."""
    parts: list[str] = []
    for segment in pattern:
        if segment == "**":
            continue
        if segment == "*":
            segment = "<group>" if parts and parts[-1] in GROUP_FOLDERS else "<name>"
        parts.append(segment)
    return "/".join(parts) + "/"
