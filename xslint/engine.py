"""Checking files: read, parse, run the checks, and order the findings.

`lint` is the library entry point; the CLI is only a front end to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from xslint.diagnostics import Diagnostic, Severity
from xslint.discover import discover, display_path
from xslint.parser import ParseResult, parse
from xslint.source import SourceFile, decode_source, read_source


@dataclass
class LintResult:
    """What a run found: the number of files checked, the findings in their
    total order, and each file's text for rendering."""

    files: int
    diagnostics: list[Diagnostic]
    sources: dict[str, SourceFile] = field(default_factory=dict)


def syntax_diagnostics(path: str, result: ParseResult) -> list[Diagnostic]:
    return [Diagnostic(path, "XS001", p.message, p.span, Severity.ERROR, p.help) for p in result.problems]


def check_text(source: SourceFile) -> list[Diagnostic]:
    """Every finding about one file on its own."""
    return syntax_diagnostics(source.path, parse(source.text))


def lint(paths: list[Path], stdin: tuple[str, bytes] | None = None) -> LintResult:
    """Check the `.xs` files under `paths`; `stdin` is (display path, bytes) of an unsaved buffer."""
    found = discover(paths) if paths else None
    diagnostics = list(found.problems) if found else []
    sources: dict[str, SourceFile] = {}
    loaded = [read_source(p, display_path(p)) for p in (found.files if found else [])]
    if stdin is not None:
        loaded = [item for item in loaded if item[0].path != stdin[0]]
        loaded.append(decode_source(stdin[1], stdin[0]))
    for source, problem in loaded:
        sources[source.path] = source
        diagnostics.extend([problem] if problem else check_text(source))
    diagnostics.sort(key=Diagnostic.sort_key)
    return LintResult(len(loaded), diagnostics, sources)
