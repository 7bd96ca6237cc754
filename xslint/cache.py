"""The result cache: an unchanged file is not parsed again.

Results are keyed by the file's place in its workspace and the SHA-256 of
its bytes, and the whole cache by a fingerprint of xslint's own code and of
the data its analysis reads (grammar, JSON Schemas, rule documents), so a
new version, or an edited schema in a checkout, starts afresh. File results do not depend
on the configuration (selection and severities are applied afterwards), so
neither does the cache.

One cache serves a whole run: it lives in `.xslint_cache/` at the run's
project root (the folder of the configuration file, else of `.git`, else the
current folder), or in `XSLINT_CACHE_DIR`. Each workspace checked owns the
entries of its files; a run replaces what the workspaces it checked own and
keeps the others' (a run over one workspace does not empty the cache of the
rest), and entries no workspace owns any more are dropped. Each workspace
also keeps the findings of its workspace rules (every rule's, selection is
applied afterwards), keyed by the content keys and display paths of all its
files: when none of them changed, the workspace rules are not run again.
It is JSON, never pickle: a cache found in a checkout is data, not code. A
cache that cannot be read, or that some other version wrote, is ignored and
rebuilt; writing is atomic, and a failure to write only costs speed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from xslint import __version__
from xslint.atomic import write_atomically
from xslint.resources import data_dir

from xslint.diagnostics import Found
from xslint.result import FileResult
from xslint.catalog import BY_CODE

FORMAT = 5
_PACKAGE = Path(__file__).resolve().parent
_FINGERPRINTED = frozenset({".py", ".peg", ".json", ".md"})


@cache
def tool_fingerprint() -> str:
    """A digest of everything a result depends on besides the file: results from other code
    are foreign. Each file counts by its size and modification time, as Python's own
    bytecode cache judges a module (reading them all cost a warm run 8 ms), and the
    version, for an installer that would keep a release's file times."""
    digest = hashlib.sha256(f"format {FORMAT}\0{__version__}".encode())
    for label, path in fingerprinted_files():
        info = path.stat()
        digest.update(f"\0{label}\0{info.st_size}\0{info.st_mtime_ns}".encode())
    return digest.hexdigest()


def fingerprinted_files() -> list[tuple[str, Path]]:
    """xslint's code and grammar, and the data the analysis reads: the JSON Schemas
    and the rule documents. In an editable install the data lives outside the
    package, so a schema edit there must change the fingerprint too."""
    found: dict[str, Path] = {}
    for name, folder in (("xslint", _PACKAGE), ("schemas", data_dir("schemas")), ("rules", data_dir("rules"))):
        for top, folders, files in os.walk(folder):
            folders[:] = [f for f in folders if f != "__pycache__"]
            prefix = os.path.relpath(top, folder).replace(os.sep, "/")
            for file in files:
                if os.path.splitext(file)[1] in _FINGERPRINTED:
                    found[f"{name}/{file}" if prefix == "." else f"{name}/{prefix}/{file}"] = Path(top, file)
    return sorted(found.items())


def content_key(name: str, data: bytes) -> str:
    return f"{name}\n{hashlib.sha256(data).hexdigest()}"


class ResultCache:
    """The results stored for one project root. Not shared between threads: each
    run (or editor session load) opens its own."""

    def __init__(self, folder: Path, root: Path) -> None:
        tag = hashlib.sha256(str(root).encode()).hexdigest()[:16]
        self.file = folder / f"results-{tag}.json"
        self.folder = folder
        self.root = root
        document = _read(self.file)
        self.stored = document.entries
        self.stored_owners = document.owners
        self.stored_workspaces = document.workspaces
        self.fresh_workspaces: dict[str, _Workspace] = {}
        self.fresh: dict[str, msgspec.Raw] = {}
        self.owners: dict[str, list[str]] = {}  # workspace (relative to the root) -> the keys of its files

    def get(self, key: str, display: str, owner: str = "") -> FileResult | None:
        entry = self.fresh.get(key) or self.stored.get(key)
        if entry is None:
            return None
        result = decode_result(entry, display)
        if result is not None:
            self.fresh[key] = entry
            self.owners.setdefault(owner, []).append(key)
        return result

    def own(self, key: str, owner: str) -> None:
        """`owner` keeps the entry this run stored or reused under `key` (a copy of one of its files)."""
        if key in self.fresh:
            self.owners.setdefault(owner, []).append(key)

    def put(self, key: str, result: FileResult, owner: str = "") -> None:
        if not result.errors:  # a result from a bug is not worth keeping
            self.fresh[key] = msgspec.Raw(_ENCODER.encode(result))
            self.owners.setdefault(owner, []).append(key)

    def workspace_get(self, key: str, owner: str) -> tuple[Found, ...] | None:
        """The workspace rules' findings stored for `owner` under `key`, if any (and intact)."""
        entry = self.stored_workspaces.get(owner)
        if entry is None or entry.key != key:
            return None
        found = decode_findings(entry.found)
        if found is not None:
            self.fresh_workspaces[owner] = entry
        return found

    def workspace_put(self, key: str, found: list[Found], owner: str) -> None:
        self.fresh_workspaces[owner] = _Workspace(key, msgspec.Raw(_ENCODER.encode(found)))

    def owner(self, workspace: str) -> str:
        """How the cache names a workspace root: relative to its own root when inside it."""
        prefix = str(self.root) + os.sep
        return workspace[len(prefix):] if workspace.startswith(prefix) else workspace

    def save(self) -> None:
        owners = {name: keys for name, keys in self.stored_owners.items()
                  if name not in self.owners and os.path.isdir(self.root / name)}
        owners |= {name: sorted(set(keys)) for name, keys in self.owners.items()}
        entries = {key: self.fresh.get(key) or self.stored[key] for keys in owners.values() for key in keys}
        # a workspace checked now keeps only what this run found or reused for it
        workspaces = {}
        for name in owners:
            kept = self.fresh_workspaces if name in self.owners else self.stored_workspaces
            if name in kept:
                workspaces[name] = kept[name]
        if entries.keys() == self.stored.keys() and owners == self.stored_owners and \
                {n: w.key for n, w in workspaces.items()} == {n: w.key for n, w in self.stored_workspaces.items()}:
            return  # entries are keyed by content, so the same keys are the same entries
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                write_atomically(ignore, b"# written by xslint\n*\n")
            write_atomically(self.file, _ENCODER.encode(_Stored(FORMAT, tool_fingerprint(), entries,
                                                                dict(sorted(owners.items())),
                                                                dict(sorted(workspaces.items())))))
        except OSError:
            pass  # a read-only checkout still gets checked, just not faster next time


def project_root(config_root: Path | None, cwd: str) -> Path:
    """Where a run's cache lives: the configuration file's folder, else the nearest
    folder at or above the current one holding `.git`, else the current folder."""
    if config_root is not None:
        return config_root
    folder = Path(cwd)
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder


def cache_folder(root: Path) -> Path:
    configured = os.environ.get("XSLINT_CACHE_DIR")
    return Path(configured) if configured else root / ".xslint_cache"


def _read(file: Path) -> _Stored:
    try:
        document = _DOCUMENT.decode(file.read_bytes())
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return _Stored(FORMAT, "", {})
    if document.format != FORMAT or document.tool != tool_fingerprint():
        return _Stored(FORMAT, "", {})
    return document


# ── a FileResult as JSON ───────────────────────────────────────────────────
#
# msgspec writes the dataclasses field by field and reads them back checking
# every value against the type hints (and `Span`'s non-negative offsets), so a
# damaged entry fails to decode instead of turning into a wrong result; what
# types cannot say (a known rule code) is checked after.


class _Workspace(msgspec.Struct):
    key: str  # of all the workspace's files: see `workspace_key`
    found: msgspec.Raw  # the findings of every workspace rule


class _Stored(msgspec.Struct):
    format: int
    tool: str
    entries: dict[str, msgspec.Raw]
    owners: dict[str, list[str]] = {}
    workspaces: dict[str, _Workspace] = {}


_ENCODER = msgspec.json.Encoder()
_DOCUMENT = msgspec.json.Decoder(_Stored)
_RESULT = msgspec.json.Decoder(FileResult)
_FINDINGS = msgspec.json.Decoder(tuple[Found, ...])


def workspace_key(files: list[tuple[str, str]]) -> str:
    """The key of a workspace's rule findings: every file's display path (findings name
    files by it) and content key (its place, layout and bytes), in display order."""
    digest = hashlib.sha256()
    for display, key in sorted(files):
        digest.update(f"{len(display)}\0{display}\0{len(key)}\0{key}\0".encode())
    return digest.hexdigest()


def decode_findings(entry: bytes | msgspec.Raw) -> tuple[Found, ...] | None:
    """Stored workspace findings, or None when the entry is damaged."""
    try:
        found = _FINDINGS.decode(entry)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    return None if any(f.code not in BY_CODE for f in found) else found


def decode_result(entry: bytes | msgspec.Raw, display: str) -> FileResult | None:
    """A stored result shown at `display`, or None when the entry is damaged."""
    try:
        result = _RESULT.decode(entry)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    if any(f.code not in BY_CODE for f in result.found):
        return None
    return shown_at(result, display)


def shown_at(result: FileResult, display: str) -> FileResult:
    """`result` as the result of the same bytes at another display path."""
    return result if result.path == display else _moved(result, result.path, display)


def encode_result(result: FileResult) -> bytes:
    return _ENCODER.encode(result)


def _moved(value: Any, old: str, new: str) -> Any:
    """`value` with every `path` equal to `old` replaced by `new` (the same file,
    shown from another folder than the run that stored it)."""
    if isinstance(value, tuple):
        return tuple(_moved(item, old, new) for item in value)
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes = {}
    for field in dataclasses.fields(value):
        current = getattr(value, field.name)
        moved = new if field.name == "path" and current == old else _moved(current, old, new)
        if moved is not current:
            changes[field.name] = moved
    return dataclasses.replace(value, **changes) if changes else value
