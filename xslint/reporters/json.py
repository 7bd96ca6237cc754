"""`--format json`: the stable machine-readable contract of SPEC section 5."""

from __future__ import annotations

from typing import Any

from xslint import __version__
from xslint.catalog import BY_CODE
from xslint.diagnostics import Diagnostic, Fix, Related, Severity, Span
from xslint.engine import LintResult
from xslint.reporters import pretty
from xslint.source import SourceFile


def render(result: LintResult) -> str:
    summary = {severity.value: 0 for severity in Severity}
    for diagnostic in result.diagnostics:
        summary[diagnostic.severity.value] += 1
    document = {
        "version": 1,
        "tool": {"name": "xslint", "version": __version__},
        "files": result.files,
        "summary": summary,
        "diagnostics": [_diagnostic(d, result.sources) for d in result.diagnostics],
    }
    return pretty.dumps(document)


def _diagnostic(diagnostic: Diagnostic, sources: dict[str, SourceFile]) -> dict[str, Any]:
    return {
        "path": diagnostic.path,
        "code": diagnostic.code,
        "rule": BY_CODE[diagnostic.code].name,
        "severity": diagnostic.severity.value,
        "message": diagnostic.message,
        "help": diagnostic.help,
        "range": json_range(sources.get(diagnostic.path), diagnostic.span),
        "related": [_related(r, sources) for r in diagnostic.related],
        "fix": _fix(diagnostic.fix, sources.get(diagnostic.path)),
    }


def _fix(fix: Fix | None, source: SourceFile | None) -> dict[str, Any] | None:
    if fix is None:
        return None
    return {"title": fix.title, "applicability": fix.applicability.value,
            "edits": [{"range": json_range(source, e.span), "text": e.text} for e in fix.edits]}


def _related(related: Related, sources: dict[str, SourceFile]) -> dict[str, Any]:
    return {"path": related.path, "range": json_range(sources.get(related.path), related.span),
            "message": related.message}


def json_range(source: SourceFile | None, span: Span) -> dict[str, Any]:
    return {"start": _position(source, span.start), "end": _position(source, span.end)}


def _position(source: SourceFile | None, offset: int) -> dict[str, int]:
    line, column = source.position(offset) if source else (1, 1)
    return {"line": line, "column": column, "offset": offset}
