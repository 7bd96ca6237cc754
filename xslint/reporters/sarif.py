"""`--format sarif`: SARIF 2.1.0, the log format code-scanning services read.

One run, every rule of the catalogue as a reporting descriptor (its document
as help), one result per finding. Columns count code points, as everywhere
in xslint, and the run says so (`columnKind`). `region` and `fingerprints`
are shared with the GitHub and GitLab reporters.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from typing import Any
from urllib.parse import quote

from xslint import __version__
from xslint.catalog import RULES, RuleInfo
from xslint.diagnostics import Diagnostic, Fix, Related, Severity, Span
from xslint.engine import LintResult
from xslint.reporters import pretty
from xslint.resources import rule_document
from xslint.source import SourceFile

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(result: LintResult) -> str:
    index = {rule.code: number for number, rule in enumerate(RULES)}
    results = [_result(d, index[d.code], print_, result.sources)
               for d, print_ in zip(result.diagnostics, fingerprints(result))]
    run = {
        "tool": {"driver": {
            "name": "xslint",
            "version": __version__,
            "informationUri": "https://github.com/xslint/xslint",
            "rules": [_descriptor(rule) for rule in RULES],
        }},
        "results": results,
        "columnKind": "unicodeCodePoints",
        # Relative uris are relative to the folder xslint ran in; it is not
        # named, so the entry has no uri (SARIF allows that) but says what it is.
        "originalUriBaseIds": {SRCROOT: {"description": {"text": "the folder xslint was run from"}}},
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return pretty.dumps(log)


def region(source: SourceFile | None, span: Span) -> tuple[int, int, int, int]:
    """1-based (line, column, end line, end column) of a span; the end column is
    the one after the last character, on the last character's line."""
    if source is None:
        return 1, 1, 1, 1
    line, column = source.position(span.start)
    if span.end <= span.start:
        return line, column, line, column
    end_line, last_column = source.position(span.end - 1)
    return line, column, end_line, last_column + 1


def fingerprints(result: LintResult) -> list[str]:
    """A stable hex digest per finding, in the order of `result.diagnostics`.

    Hashed: path, code, message and the offending text, never a line number,
    so edits elsewhere in the file leave it alone. Findings that would still
    collide are told apart by their occurrence number, in file order.
    """
    seen: Counter[str] = Counter()
    digests = []
    for diagnostic in result.diagnostics:
        material = json.dumps([diagnostic.path, diagnostic.code, diagnostic.message,
                               _offending_text(result.sources.get(diagnostic.path), diagnostic.span)],
                              ensure_ascii=False)
        digest = hashlib.sha256(f"{material}\n{seen[material]}".encode("utf-8", "surrogatepass"))
        digests.append(digest.hexdigest())
        seen[material] += 1
    return digests


def _offending_text(source: SourceFile | None, span: Span) -> str:
    if source is None:
        return ""
    if span.end > span.start:
        return source.text[span.start:span.end]
    # An empty span (a point) has no text of its own: its line stands in for it.
    return source.line_text(source.position(span.start)[0]).strip()


def _descriptor(rule: RuleInfo) -> dict[str, Any]:
    document = _document(rule)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.summary},
        "help": {"text": document, "markdown": document},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
    }


def _document(rule: RuleInfo) -> str:
    try:
        return rule_document(rule.name)
    except OSError:  # a rule whose document is missing still gets a useful help text
        return rule.summary


def _result(diagnostic: Diagnostic, rule_index: int, fingerprint: str,
            sources: dict[str, SourceFile]) -> dict[str, Any]:
    text = diagnostic.message + (f"\n{diagnostic.help}" if diagnostic.help else "")
    entry: dict[str, Any] = {
        "ruleId": diagnostic.code,
        "ruleIndex": rule_index,
        "level": LEVEL[diagnostic.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": _physical(diagnostic.path, diagnostic.span, sources)}],
    }
    if diagnostic.related:
        entry["relatedLocations"] = [_related(number, r, sources) for number, r in enumerate(diagnostic.related)]
    entry["partialFingerprints"] = {"xslint/v1": fingerprint}
    if diagnostic.fix is not None:
        entry["fixes"] = [_fix(diagnostic.path, diagnostic.fix, sources)]
    return entry


def _fix(path: str, fix: Fix, sources: dict[str, SourceFile]) -> dict[str, Any]:
    """A SARIF fix: the edits as replacements of regions of the finding's file."""
    replacements = [{"deletedRegion": _physical(path, edit.span, sources)["region"],
                     "insertedContent": {"text": edit.text}} for edit in fix.edits]
    return {"description": {"text": f"{fix.title} ({fix.applicability.value})"},
            "artifactChanges": [{"artifactLocation": artifact_location(path), "replacements": replacements}]}


def _related(number: int, related: Related, sources: dict[str, SourceFile]) -> dict[str, Any]:
    return {"id": number, "physicalLocation": _physical(related.path, related.span, sources),
            "message": {"text": related.message}}


def _physical(path: str, span: Span, sources: dict[str, SourceFile]) -> dict[str, Any]:
    line, column, end_line, end_column = region(sources.get(path), span)
    return {
        "artifactLocation": artifact_location(path),
        "region": {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column,
                   "charOffset": span.start, "charLength": max(span.end - span.start, 0)},
    }


def artifact_location(path: str) -> dict[str, str]:
    """A relative path stays relative to %SRCROOT%; an absolute one becomes a file: URI."""
    if path.startswith("/"):
        return {"uri": "file://" + quote(path, safe="/")}
    if re.match(r"[A-Za-z]:/", path):  # a Windows drive path, already with forward slashes
        return {"uri": "file:///" + path[:2] + quote(path[2:], safe="/")}
    return {"uri": quote(path, safe="/"), "uriBaseId": SRCROOT}
