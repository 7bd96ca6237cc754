"""xslint's values as LSP values: paths and URIs, spans and ranges, findings and diagnostics."""

from __future__ import annotations

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path

from xslint.catalog import BY_CODE
from xslint.diagnostics import Diagnostic, Severity, Span
from xslint.server.positions import Lines

SOURCE = "xslint"
_SEVERITY = {Severity.ERROR: types.DiagnosticSeverity.Error, Severity.WARNING: types.DiagnosticSeverity.Warning,
             Severity.INFO: types.DiagnosticSeverity.Information}
_UNNECESSARY = frozenset({"XS005", "XS401"})  # shown faded: the code does nothing


def path_of(uri: str) -> str | None:
    return to_fs_path(uri) if uri.startswith("file:") else None


def uri_of(path: str) -> str:
    return from_fs_path(path) or path


class Texts:
    """Line tables of the texts in use, rebuilt only when a text changes."""

    def __init__(self, read, encoding: str = "utf-16") -> None:  # noqa: ANN001 - path -> text | None
        self._read = read
        self.encoding = encoding
        self._lines: dict[str, Lines] = {}

    def lines(self, path: str) -> Lines:
        text = self._read(path) or ""
        cached = self._lines.get(path)
        if cached is None or cached.text != text:
            cached = self._lines[path] = Lines(text, self.encoding)
        return cached

    def location(self, path: str, span: Span) -> types.Location:
        return types.Location(uri=uri_of(path), range=self.lines(path).range(span))


def diagnostic(finding: Diagnostic, texts: Texts) -> types.Diagnostic:
    message = finding.message + (f"\nhelp: {finding.help}" if finding.help else "")
    rule = BY_CODE.get(finding.code)
    return types.Diagnostic(
        range=texts.lines(finding.path).range(finding.span),
        message=message,
        severity=_SEVERITY[finding.severity],
        code=finding.code,
        source=SOURCE,
        tags=[types.DiagnosticTag.Unnecessary] if finding.code in _UNNECESSARY else None,
        related_information=[types.DiagnosticRelatedInformation(location=texts.location(r.path, r.span),
                                                                message=r.message) for r in finding.related] or None,
        data={"rule": rule.name if rule else finding.code},
    )
