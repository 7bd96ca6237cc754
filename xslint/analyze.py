"""The file phase: one file's text in, everything the run needs from it out.

Parse, run every file check (selection is applied later, so the result does
not depend on the configuration and can be cached), extract the facts the
workspace rules need, and find the suppression comments. The syntax tree is
dropped afterwards; a `FileResult` is small and plain, so it can cross
process boundaries and live in the cache.

A bug in a check must not stop the run: it is recorded as an `InternalError`
naming the rule and the file, and every other check still runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from xslint import suppressions
from xslint.checks.base import tagged
from xslint.diagnostics import Found
from xslint.facts import FileFacts, FileUnit, facts_of
from xslint.layouts import Layout
from xslint.result import FileResult, InternalError
from xslint.source import SourceFile, decode_source, read_source

if TYPE_CHECKING:
    from xslint.parser import ParseResult

__all__ = ["FileResult", "InternalError", "analyze_bytes", "analyze_parsed", "analyze_path", "analyze_text"]


def analyze_path(path: Path, display: str, relpath: str | None, layout: Layout | None = None) -> FileResult:
    """Read and analyze a file (what worker processes do)."""
    return _analyze_loaded(read_source(path, display), relpath, layout)


def analyze_bytes(data: bytes, display: str, relpath: str | None, layout: Layout | None = None) -> FileResult:
    """Analyze text given as bytes (an unsaved buffer)."""
    return _analyze_loaded(decode_source(data, display), relpath, layout)


def _analyze_loaded(loaded: tuple[SourceFile, Found | None], relpath: str | None,
                    layout: Layout | None) -> FileResult:
    source, unreadable = loaded
    if unreadable is not None:
        return FileResult(source.path, (unreadable,))
    return analyze_text(source.text, source.path, relpath, layout)


def analyze_text(text: str, display: str, relpath: str | None, layout: Layout | None = None) -> FileResult:
    from xslint.parser import parsing  # imported here, as in analyze_parsed

    with parsing():  # until the syntax tree is gone (see parsing)
        return analyze_parsed(text, display, relpath, layout)[0]


def analyze_parsed(text: str, display: str, relpath: str | None,
                   layout: Layout | None = None) -> tuple[FileResult, ParseResult | None]:
    """The file's result and its parse (None when the parser failed), for a caller
    that also wants the syntax tree (the editor session)."""
    # Imported here: a run whose files all come from the cache never parses (nor compiles the grammar)
    from xslint.checks import FILE_CHECKS
    from xslint.parser import parse

    try:
        parsed = parse(text)
    except Exception as error:  # noqa: BLE001 - contained: the other files still get checked
        return FileResult(display, errors=(InternalError("parser", display, _describe(error)),)), None
    source = SourceFile(display, text)
    found = [Found(display, "XS001", p.message, p.span, p.help) for p in parsed.problems]
    unit = FileUnit(display, relpath, source, parsed.document, layout)
    errors: list[InternalError] = []
    for check in FILE_CHECKS:
        try:
            found += [tagged(check.RULE.code, f) for f in check.check_file(unit)]
        except Exception as error:  # noqa: BLE001 - contained, reported as an internal error
            errors.append(InternalError(check.RULE.code, display, _describe(error)))
    facts = _guarded(lambda: facts_of(unit), FileFacts(), "workspace facts", display, errors)
    found_suppressions = _guarded(lambda: suppressions.find(source, parsed.document), (), "suppressions",
                                  display, errors)
    return FileResult(display, tuple(found), facts, found_suppressions, tuple(errors)), parsed


def _guarded(work, fallback, rule: str, display: str, errors: list[InternalError]):  # noqa: ANN001, ANN202
    try:
        return work()
    except Exception as error:  # noqa: BLE001 - contained, reported as an internal error
        errors.append(InternalError(rule, display, _describe(error)))
        return fallback


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"
