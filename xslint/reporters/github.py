"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

    ::error file=api/x.xs,line=3,col=5,endLine=3,endColumn=9,title=XS201 (undeclared-channel)::...

Escaping follows GitHub's own toolkit (`escapeData`, `escapeProperty`).
GitHub accepts columns only when an annotation starts and ends on one line,
so a finding that spans lines is annotated by its lines alone.
"""

from __future__ import annotations

from xslint.catalog import BY_CODE
from xslint.diagnostics import Diagnostic, Severity
from xslint.engine import LintResult
from xslint.reporters.sarif import region
from xslint.source import SourceFile

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(result: LintResult) -> str:
    return "".join(_command(d, result.sources.get(d.path)) for d in result.diagnostics)


def _command(diagnostic: Diagnostic, source: SourceFile | None) -> str:
    line, column, end_line, end_column = region(source, diagnostic.span)
    fields: dict[str, object] = {"file": diagnostic.path, "line": line}
    if end_line == line:
        fields |= {"col": column, "endLine": end_line, "endColumn": end_column}
    else:
        fields["endLine"] = end_line
    fields["title"] = f"{diagnostic.code} ({BY_CODE[diagnostic.code].name})"
    properties = ",".join(f"{key}={escape_property(str(value))}" for key, value in fields.items())
    data = diagnostic.message + (f"\n{diagnostic.help}" if diagnostic.help else "")
    return f"::{COMMAND[diagnostic.severity]} {properties}::{escape_data(data)}\n"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
