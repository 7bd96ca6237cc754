"""Code actions: every fix a finding carries (preferred when safe), and
suppressing the finding's rule on its line or in the whole file."""

from __future__ import annotations

from lsprotocol import types

from xslint.diagnostics import Applicability, Diagnostic, Edit, Span
from xslint.server.app import XslintServer
from xslint.server.convert import diagnostic, path_of
from xslint.server.positions import Lines

_QUICKFIX = types.CodeActionKind.QuickFix


def register(server: XslintServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[_QUICKFIX]))
    def code_actions(ls: XslintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        path = path_of(params.text_document.uri)
        if path is None:
            return None
        return ls.guarded("code actions", lambda: _actions(ls, params.text_document.uri, path, params.range))


def _actions(ls: XslintServer, uri: str, path: str, wanted: types.Range) -> list[types.CodeAction] | None:
    ls.flush()
    lines = ls.texts.lines(path)
    start, end = lines.offset(wanted.start), lines.offset(wanted.end)
    config = ls.backend.config(path)
    actions: list[types.CodeAction] = []
    for finding in ls.backend.findings_of(path):
        if finding.span.start > end or max(finding.span.end, finding.span.start + 1) < start:
            continue
        shown = diagnostic(finding, ls.texts)
        if finding.fix is not None and config.fixable(finding.code):
            actions.append(_fix(uri, lines, finding, shown))
        actions += _suppressions(uri, lines, finding, shown)
    return actions or None


def _fix(uri: str, lines: Lines, finding: Diagnostic, shown: types.Diagnostic) -> types.CodeAction:
    fix = finding.fix
    assert fix is not None
    safe = fix.applicability is Applicability.SAFE
    title = f"{finding.code}: {fix.title}" + ("" if safe else " (unsafe)")
    return types.CodeAction(title=title, kind=_QUICKFIX, diagnostics=[shown], is_preferred=safe,
                            edit=_edit(uri, lines, fix.edits))


def _suppressions(uri: str, lines: Lines, finding: Diagnostic, shown: types.Diagnostic) -> list[types.CodeAction]:
    text = lines.text
    line_start = text.rfind("\n", 0, finding.span.start) + 1
    indent = text[line_start:len(text) - len(text[line_start:].lstrip(" \t"))]
    here = Edit(Span(line_start, line_start), f"{indent}// xslint-disable-next-line {finding.code}\n")
    file = Edit(Span(0, 0), f"// xslint-disable-file {finding.code}\n")
    return [types.CodeAction(title=f"Suppress {finding.code} on this line", kind=_QUICKFIX, diagnostics=[shown],
                             edit=_edit(uri, lines, (here,))),
            types.CodeAction(title=f"Suppress {finding.code} in this file", kind=_QUICKFIX, diagnostics=[shown],
                             edit=_edit(uri, lines, (file,)))]


def _edit(uri: str, lines: Lines, edits: tuple[Edit, ...]) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(changes={uri: [types.TextEdit(range=lines.range(e.span), new_text=e.text)
                                              for e in edits]})
