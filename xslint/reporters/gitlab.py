"""`--format gitlab`: a GitLab Code Quality report (a JSON array of issues).

GitLab matches issues between pipelines by their fingerprint, so it must not
change when unrelated lines move; it is the same digest SARIF's
`partialFingerprints` carry (see `sarif.fingerprints`).
"""

from __future__ import annotations

from typing import Any

from xslint.diagnostics import Diagnostic, Severity
from xslint.engine import LintResult
from xslint.reporters import pretty
from xslint.reporters.sarif import fingerprints, region
from xslint.source import SourceFile

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render(result: LintResult) -> str:
    issues = [_issue(d, print_, result.sources.get(d.path))
              for d, print_ in zip(result.diagnostics, fingerprints(result))]
    return pretty.dumps(issues)


def _issue(diagnostic: Diagnostic, fingerprint: str, source: SourceFile | None) -> dict[str, Any]:
    line, _, end_line, _ = region(source, diagnostic.span)
    return {
        "description": f"{diagnostic.code} {diagnostic.message}",
        "check_name": diagnostic.code,
        "fingerprint": fingerprint,
        "severity": SEVERITY[diagnostic.severity],
        "location": {"path": diagnostic.path, "lines": {"begin": line, "end": end_line}},
    }
