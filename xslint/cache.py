"""The result cache: an unchanged file is not parsed again.

Results are keyed by the file's place in its workspace and the SHA-256 of
its bytes, and the whole cache by a fingerprint of xslint's own code and of
the data its analysis reads (grammar, JSON Schemas, rule documents), so a
new version, or an edited schema in a checkout, starts afresh. File results do not depend
on the configuration (selection and severities are applied afterwards), so
neither does the cache.

It lives in `.xslint_cache/` at the workspace root, or in `XSLINT_CACHE_DIR`.
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

from xslint.atomic import write_atomically
from xslint.resources import data_dir

from xslint.analyze import FileResult
from xslint.catalog import BY_CODE

FORMAT = 3
_PACKAGE = Path(__file__).resolve().parent
_FINGERPRINTED = frozenset({".py", ".peg", ".json", ".md"})


@cache
def tool_fingerprint() -> str:
    """A digest of everything a result depends on besides the file: results from other code are foreign."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    for label, path in fingerprinted_files():
        data = path.read_bytes()
        digest.update(f"\0{label}\0{len(data)}\0".encode())  # lengths keep file boundaries apart
        digest.update(data)
    return digest.hexdigest()


def fingerprinted_files() -> list[tuple[str, Path]]:
    """xslint's code and grammar, and the data the analysis reads: the JSON Schemas
    and the rule documents. In an editable install the data lives outside the
    package, so a schema edit there must change the fingerprint too."""
    found: dict[str, Path] = {}
    for name, folder in (("xslint", _PACKAGE), ("schemas", data_dir("schemas")), ("rules", data_dir("rules"))):
        for path in folder.rglob("*"):
            if path.suffix in _FINGERPRINTED and path.is_file() and "__pycache__" not in path.parts:
                found[f"{name}/{path.relative_to(folder).as_posix()}"] = path
    return sorted(found.items())


def content_key(name: str, data: bytes) -> str:
    return f"{name}\n{hashlib.sha256(data).hexdigest()}"


class ResultCache:
    def __init__(self, folder: Path, workspace: Path) -> None:
        tag = hashlib.sha256(str(workspace).encode()).hexdigest()[:16]
        self.file = folder / f"results-{tag}.json"
        self.folder = folder
        self.stored = _read(self.file)
        self.fresh: dict[str, msgspec.Raw] = {}

    def get(self, key: str, display: str) -> FileResult | None:
        entry = self.stored.get(key)
        if entry is None:
            return None
        result = decode_result(entry, display)
        if result is not None:
            self.fresh[key] = entry
        return result

    def put(self, key: str, result: FileResult) -> None:
        if not result.errors:  # a result from a bug is not worth keeping
            self.fresh[key] = msgspec.Raw(_ENCODER.encode(result))

    def save(self) -> None:
        if self.fresh.keys() == self.stored.keys():
            return  # entries are keyed by content, so the same keys are the same entries
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                write_atomically(ignore, b"# written by xslint\n*\n")
            write_atomically(self.file, _ENCODER.encode(_Stored(FORMAT, tool_fingerprint(), self.fresh)))
        except OSError:
            pass  # a read-only checkout still gets checked, just not faster next time




def cache_folder(workspace: Path) -> Path:
    configured = os.environ.get("XSLINT_CACHE_DIR")
    return Path(configured) if configured else workspace / ".xslint_cache"


def _read(file: Path) -> dict[str, msgspec.Raw]:
    try:
        document = _DOCUMENT.decode(file.read_bytes())
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return {}
    if document.format != FORMAT or document.tool != tool_fingerprint():
        return {}
    return document.entries


# ── a FileResult as JSON ───────────────────────────────────────────────────
#
# msgspec writes the dataclasses field by field and reads them back checking
# every value against the type hints (and `Span`'s non-negative offsets), so a
# damaged entry fails to decode instead of turning into a wrong result; what
# types cannot say (a known rule code) is checked after.


class _Stored(msgspec.Struct):
    format: int
    tool: str
    entries: dict[str, msgspec.Raw]


_ENCODER = msgspec.json.Encoder()
_DOCUMENT = msgspec.json.Decoder(_Stored)
_RESULT = msgspec.json.Decoder(FileResult)


def decode_result(entry: bytes | msgspec.Raw, display: str) -> FileResult | None:
    """A stored result shown at `display`, or None when the entry is damaged."""
    try:
        result = _RESULT.decode(entry)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    if any(d.code not in BY_CODE for d in result.diagnostics):
        return None
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
