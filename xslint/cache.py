"""The result cache: an unchanged file is not parsed again.

Results are keyed by the file's place in its workspace and the SHA-256 of
its bytes, and the whole cache by a fingerprint of xslint's own code, so a
new version (or a changed grammar) starts afresh. File results do not depend
on the configuration (selection and severities are applied afterwards), so
neither does the cache.

It lives in `.xslint_cache/` at the workspace root, or in `XSLINT_CACHE_DIR`.
It is JSON, never pickle: a cache found in a checkout is data, not code. A
cache that cannot be read, or that some other version wrote, is ignored and
rebuilt; writing is atomic, and a failure to write only costs speed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from xslint.analyze import FileResult, InternalError
from xslint.catalog import BY_CODE
from xslint.channels import Pattern
from xslint.diagnostics import Applicability, Diagnostic, Edit, Fix, Related, Severity, Span
from xslint.facts import ChannelDecl, EventRef, FileFacts, TriggerDecl
from xslint.realtime_v2 import codec
from xslint.suppressions import Suppression

FORMAT = 2
_PACKAGE = Path(__file__).resolve().parent


@cache
def tool_fingerprint() -> str:
    """A digest of xslint's code, grammar and schemas: results from other code are foreign."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    sources = sorted(p for p in _PACKAGE.rglob("*") if p.suffix in (".py", ".peg", ".json") and p.is_file())
    for path in sources:
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def content_key(name: str, data: bytes) -> str:
    return f"{name}\n{hashlib.sha256(data).hexdigest()}"


class ResultCache:
    def __init__(self, folder: Path, workspace: Path) -> None:
        tag = hashlib.sha256(str(workspace).encode()).hexdigest()[:16]
        self.file = folder / f"results-{tag}.json"
        self.folder = folder
        self.stored = _read(self.file)
        self.fresh: dict[str, Any] = {}

    def get(self, key: str, display: str) -> FileResult | None:
        entry = self.stored.get(key)
        if entry is None:
            return None
        try:
            result = _decode(entry, display)
        except (TypeError, ValueError, KeyError, IndexError):
            return None  # a damaged entry is a miss, not a crash
        self.fresh[key] = entry
        return result

    def put(self, key: str, result: FileResult) -> None:
        if not result.errors:  # a result from a bug is not worth keeping
            self.fresh[key] = _encode(result)

    def save(self) -> None:
        if self.fresh == self.stored:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / ".gitignore").write_text("# written by xslint\n*\n", encoding="utf-8")
            document = {"format": FORMAT, "tool": tool_fingerprint(), "entries": self.fresh}
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".results-")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(document, out, separators=(",", ":"))
            os.replace(temporary, self.file)
        except OSError:
            pass  # a read-only checkout still gets checked, just not faster next time


def cache_folder(workspace: Path) -> Path:
    configured = os.environ.get("XSLINT_CACHE_DIR")
    return Path(configured) if configured else workspace / ".xslint_cache"


def _read(file: Path) -> dict[str, Any]:
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(document, dict) or document.get("format") != FORMAT \
            or document.get("tool") != tool_fingerprint() or not isinstance(document.get("entries"), dict):
        return {}
    return document["entries"]


# ── JSON form of a FileResult ──────────────────────────────────────────────


def _encode(result: FileResult) -> list:
    facts = result.facts
    return [
        result.path,
        [[d.path, d.code, d.message, _span(d.span), d.severity.value, d.help,
          [[r.path, _span(r.span), r.message] for r in d.related], _fix(d.fix)] for d in result.diagnostics],
        [[c.path, c.pattern.text, c.pattern.nested, c.active, _span(c.span)] for c in facts.channels],
        [[t.path, t.channel, _span(t.span) if t.span else None] for t in facts.triggers],
        [[e.path, list(e.parts), _span(e.span)] for e in facts.events],
        codec.encode(facts.realtime),
        [[s.path, _span(s.span), list(s.selectors), list(s.covers) if s.covers else None,
          _span(s.removal) if s.removal else None, _span(s.codes) if s.codes else None]
         for s in result.suppressions],
        [[e.rule, e.path, e.error] for e in result.errors],
    ]


def _decode(entry: list, display: str) -> FileResult:
    """The stored result, with paths shown as this run shows them (`display`).

    Every value is checked for its type: a damaged entry must fail here, not
    turn into a wrong result later.
    """
    stored, diagnostics, channels, triggers, events, realtime, found, errors = entry

    def here(path: str) -> str:
        return display if _text(path) == stored else path

    return FileResult(
        display,
        tuple(Diagnostic(here(p), _code(code), _text(message), _span_of(span), Severity(level),
                         None if help is None else _text(help),
                         tuple(Related(here(rp), _span_of(rs), _text(rm)) for rp, rs, rm in related),
                         _fix_of(fix))
              for p, code, message, span, level, help, related, fix in diagnostics),
        FileFacts(
            tuple(ChannelDecl(here(p), Pattern(_text(text), _flag(nested)), _flag(active), _span_of(span))
                  for p, text, nested, active, span in channels),
            tuple(TriggerDecl(here(p), None if channel is None else _text(channel),
                              _span_of(span) if span else None) for p, channel, span in triggers),
            tuple(EventRef(here(p), tuple(None if part is None else _text(part) for part in parts), _span_of(span))
                  for p, parts, span in events),
            codec.decode(realtime, here),
        ),
        tuple(Suppression(here(p), _span_of(span), tuple(_text(s) for s in selectors),
                          _range(covers) if covers else None, _span_of(removal) if removal else None,
                          _span_of(codes) if codes else None)
              for p, span, selectors, covers, removal, codes in found),
        tuple(InternalError(_text(rule), here(p), _text(error)) for rule, p, error in errors),
    )


def _fix(fix: Fix | None) -> list | None:
    if fix is None:
        return None
    return [fix.title, fix.applicability.value, [[_span(e.span), e.text] for e in fix.edits]]


def _fix_of(value: Any) -> Fix | None:
    if value is None:
        return None
    title, applicability, edits = value
    return Fix(_text(title), tuple(Edit(_span_of(span), _text(text)) for span, text in edits),
               Applicability(applicability))


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("text expected")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("boolean expected")
    return value


def _code(value: Any) -> str:
    if value not in BY_CODE:
        raise ValueError("rule code expected")
    return value


def _range(value: Any) -> tuple[int, int]:
    span = _span_of(value)
    return (span.start, span.end)


def _span_of(value: Any) -> Span:
    start, end = value
    if not (type(start) is int and type(end) is int and 0 <= start <= end):
        raise ValueError("span expected")
    return Span(start, end)


def _span(span: Span) -> list[int]:
    return [span.start, span.end]
