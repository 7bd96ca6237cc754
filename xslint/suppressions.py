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
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from xslint.diagnostics import Applicability, Edit, Fix, Found, Span
from xslint.rule_selector import matches, resolve
from xslint.source import SourceFile

if TYPE_CHECKING:  # the syntax tree is imported only when a file is analyzed, not by a run served from the cache
    from xslint.syntax import Comment, Document


_DIRECTIVE = re.compile(r"\s*xslint-disable-(next-line|file)(?![\w-])(.*)$")


@dataclass(frozen=True)
class Suppression:
    path: str
    span: Span  # the comment
    selectors: tuple[str, ...]  # empty: every rule
    covers: tuple[int, int] | None  # offsets covered; None: the whole file
    removal: Span | None = None  # what to delete to remove the comment (its line, when alone on it)
    codes: Span | None = None  # where its list of codes stands, for removing one of them

    def silences(self, found: Found) -> str | None:
        """The selector that silences `found`, "*" for a code-less comment, or None."""
        if self.covers is not None and not self.covers[0] <= found.span.start <= self.covers[1]:
            return None
        if not self.selectors:
            return "*"
        return next((s for s in self.selectors if matches(s, found.code)), None)


def find(source: SourceFile, document: Document) -> tuple[Suppression, ...]:
    found = []
    for comment in document.comments:
        match = _DIRECTIVE.match(comment.text)
        if match is None:
            continue
        listed = match.group(2).split("--")[0]
        selectors = tuple(re.findall(r"[\w-]+", listed))
        covers = _next_line_cover(source, document, comment.span) if match.group(1) == "next-line" else None
        codes = _codes_span(comment, match, listed) if selectors else None
        found.append(Suppression(source.path, comment.span, selectors, covers, _removal(source.text, comment.span),
                                 codes))
    return tuple(found)


def _codes_span(comment: Comment, match: re.Match[str], listed: str) -> Span:
    """From the first code to the last one, as offsets in the file."""
    start = comment.span.start + 2 + match.start(2) + (len(listed) - len(listed.lstrip()))
    return Span(start, start + len(listed.strip()))


def _removal(text: str, comment: Span) -> Span:
    """The comment's whole line when it stands alone there, else the comment and the blanks before it."""
    line_start = text.rfind("\n", 0, comment.start) + 1
    before = text[line_start:comment.start]
    if before.strip(" \t\ufeff"):
        return Span(comment.start - (len(before) - len(before.rstrip(" \t"))), comment.end)
    line_end = text.find("\n", comment.end)
    return Span(line_start + len(before) - len(before.lstrip("\ufeff")), len(text) if line_end < 0 else line_end + 1)


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
    from xslint.syntax import Attribute, Definition, Field, ObjectEntry, Section, Statement, walk

    starts_something = (Definition, Attribute, Statement, Section, Field, ObjectEntry)
    for node in walk(document):
        if isinstance(node, starts_something) and begin <= node.span.start < end:
            end = max(end, node.span.end)
    return (begin, end)


Used = set[tuple[Suppression, str]]  # (suppression, selector) pairs that silenced something


def apply(diagnostics: list[Found], suppressions: Mapping[str, tuple[Suppression, ...]],
          used: Used) -> list[Found]:
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


def unused(suppressions: Mapping[str, tuple[Suppression, ...]], used: Used,
           enabled: frozenset[str]) -> list[Found]:
    """XS005 for every selector that silenced nothing (only selectors of enabled rules count)."""
    findings = []
    for path_suppressions in suppressions.values():
        for suppression in path_suppressions:
            findings.extend(_unused_in(suppression, used, enabled))
    return findings


def _unused_in(suppression: Suppression, used: Used, enabled: frozenset[str]) -> list[Found]:
    if not suppression.selectors:
        silent = (suppression, "*") not in used
        return [_xs005(suppression, "this suppression comment silences nothing", ())] if silent else []
    idle = [s for s in suppression.selectors
            if not resolve(s) or ((suppression, s) not in used and resolve(s) & enabled)]
    findings = []
    for selector in idle:
        message = (f'"{selector}" is not a rule code, name or prefix' if not resolve(selector)
                   else f'the suppression of "{selector}" silences nothing')
        findings.append(_xs005(suppression, message, idle))
    return findings


def _xs005(suppression: Suppression, message: str, idle: list[str] | tuple[str, ...]) -> Found:
    return Found(suppression.path, "XS005", message, suppression.span,
                 "remove the comment, or the codes in it that no longer apply", fix=_fix(suppression, idle))


def _fix(suppression: Suppression, idle: list[str] | tuple[str, ...]) -> Fix | None:
    """Remove the idle codes; the whole comment when nothing else in it works."""
    kept = [s for s in suppression.selectors if s not in idle]
    if not kept:
        if suppression.removal is None:
            return None
        return Fix("remove the unused suppression comment", (Edit(suppression.removal, ""),), Applicability.SAFE)
    if suppression.codes is None:
        return None
    listed = ", ".join(f'"{s}"' for s in idle)
    return Fix(f"remove {listed} from the suppression comment", (Edit(suppression.codes, ", ".join(kept)),),
               Applicability.SAFE)
