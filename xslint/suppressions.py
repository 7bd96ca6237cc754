"""Suppression comments (SPEC §4) and the XS005 findings for those that did nothing.

    // xslint-disable-next-line XS201, XS203 -- reason
    // xslint-disable-file XS401

`next-line` covers the next line that is not itself a comment, and when that
line starts a definition, clause, statement, field or object entry, all of
it. `file` covers the whole file. Without codes they silence every rule.
Codes, rule names and prefixes (`XS2`) are accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xslint.diagnostics import Diagnostic, Severity, Span
from xslint.rule_selector import matches, resolve
from xslint.source import SourceFile
from xslint.syntax import Attribute, Definition, Document, Field, ObjectEntry, Section, Statement, walk


_DIRECTIVE = re.compile(r"\s*xslint-disable-(next-line|file)(?![\w-])(.*)$")
_STARTS_SOMETHING = (Definition, Attribute, Statement, Section, Field, ObjectEntry)


@dataclass(frozen=True)
class Suppression:
    path: str
    span: Span  # the comment
    selectors: tuple[str, ...]  # empty: every rule
    covers: tuple[int, int] | None  # offsets covered; None: the whole file

    def silences(self, diagnostic: Diagnostic) -> str | None:
        """The selector that silences `diagnostic`, "*" for a code-less comment, or None."""
        if self.covers is not None and not self.covers[0] <= diagnostic.span.start <= self.covers[1]:
            return None
        if not self.selectors:
            return "*"
        return next((s for s in self.selectors if matches(s, diagnostic.code)), None)


def find(source: SourceFile, document: Document) -> tuple[Suppression, ...]:
    found = []
    for comment in document.comments:
        match = _DIRECTIVE.match(comment.text)
        if match is None:
            continue
        selectors = tuple(re.findall(r"[\w-]+", match.group(2).split("--")[0]))
        covers = _next_line_cover(source, document, comment.span) if match.group(1) == "next-line" else None
        found.append(Suppression(source.path, comment.span, selectors, covers))
    return tuple(found)


def _next_line_cover(source: SourceFile, document: Document, comment: Span) -> tuple[int, int]:
    text = source.text
    line_start = text.find("\n", comment.end)
    while line_start >= 0 and text[line_start + 1:].lstrip(" \t").startswith("//"):
        line_start = text.find("\n", line_start + 1)
    if line_start < 0:
        return (len(text), len(text))
    begin = line_start + 1
    end = text.find("\n", begin)
    end = len(text) if end < 0 else end
    for node in walk(document):
        if isinstance(node, _STARTS_SOMETHING) and begin <= node.span.start < end:
            end = max(end, node.span.end)
    return (begin, end)


Used = set[tuple[Suppression, str]]  # (suppression, selector) pairs that silenced something


def apply(diagnostics: list[Diagnostic], suppressions: dict[str, tuple[Suppression, ...]],
          used: Used) -> list[Diagnostic]:
    """The diagnostics no suppression silences; records in `used` what silenced something."""
    kept = []
    for diagnostic in diagnostics:
        silenced = False
        for suppression in suppressions.get(diagnostic.path, ()):
            selector = suppression.silences(diagnostic)
            if selector is not None:
                used.add((suppression, selector))
                silenced = True
        if not silenced:
            kept.append(diagnostic)
    return kept


def unused(suppressions: dict[str, tuple[Suppression, ...]], used: Used,
           enabled: frozenset[str]) -> list[Diagnostic]:
    """XS005 for every selector that silenced nothing (only selectors of enabled rules count)."""
    findings = []
    for path_suppressions in suppressions.values():
        for suppression in path_suppressions:
            findings.extend(_unused_in(suppression, used, enabled))
    return findings


def _unused_in(suppression: Suppression, used: Used, enabled: frozenset[str]) -> list[Diagnostic]:
    if not suppression.selectors:
        silent = (suppression, "*") not in used
        return [_xs005(suppression, "this suppression comment silences nothing")] if silent else []
    findings = []
    for selector in suppression.selectors:
        codes = resolve(selector)
        if not codes:
            findings.append(_xs005(suppression, f'"{selector}" is not a rule code, name or prefix'))
        elif (suppression, selector) not in used and codes & enabled:
            findings.append(_xs005(suppression, f'the suppression of "{selector}" silences nothing'))
    return findings


def _xs005(suppression: Suppression, message: str) -> Diagnostic:
    return Diagnostic(suppression.path, "XS005", message, suppression.span, Severity.WARNING,
                      "remove the comment, or the codes in it that no longer apply")
