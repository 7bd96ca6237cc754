"""`--format concise`: one line per finding and nothing else.

    api/x.xs:3:5: error XS201 no declared channel matches "usr:…"

Every field sits at a fixed place on its line, so an editor's problem matcher
(VS Code's `problemMatcher`, vim's `errorformat`) can read it with one pattern.
"""

from __future__ import annotations

from xslint.diagnostics import Diagnostic
from xslint.engine import LintResult
from xslint.reporters.text import location
from xslint.source import SourceFile


def render(result: LintResult) -> str:
    return "".join(_line(d, result.sources.get(d.path)) for d in result.diagnostics)


def _line(diagnostic: Diagnostic, source: SourceFile | None) -> str:
    # One finding, one line: a line break inside a message would split it in two.
    message = " ".join(diagnostic.message.splitlines())
    return f"{location(diagnostic, source)}: {diagnostic.severity.value} {diagnostic.code} {message}\n"
