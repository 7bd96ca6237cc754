"""Fixing a run's files: lint, apply the allowed fixes, lint again, until none is left.

Each pass applies, per file, the fixes that do not overlap (see `edits`);
the next lint finds the findings again against the changed text, so a fix
that waited is re-made against what is there now, and one a previous fix
made pointless is simply gone. A fix is never allowed to add a syntax
error: a file whose pass would parse worse than before keeps only the fixes
that, each on its own, leave it parsing as well as it did, and a fix inside
a region the parser could not read is not applied at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from xslint.config import Config
from xslint.diagnostics import Applicability, Diagnostic, Fix, Span
from xslint.engine import LintResult
from xslint.fixes.edits import apply_edits, apply_pass

MAX_PASSES = 10  # a fix that keeps making new fixable findings must end somewhere

Linter = Callable[[dict[str, bytes]], LintResult]  # in-memory texts by display path -> findings


@dataclass
class Outcome:
    """What fixing did: the findings left, the texts before and after, the fixes applied."""

    result: LintResult
    before: dict[str, str] = field(default_factory=dict)
    after: dict[str, str] = field(default_factory=dict)
    applied: dict[str, list[tuple[str, Fix]]] = field(default_factory=dict)  # path -> (code, fix)

    @property
    def changed(self) -> list[str]:
        return sorted(path for path, text in self.after.items() if text != self.before[path])

    @property
    def fixed_count(self) -> int:
        return sum(len(fixes) for fixes in self.applied.values())


def allowed(diagnostic: Diagnostic, config: Config, unsafe: bool) -> bool:
    """Whether this run may apply the finding's fix."""
    fix = diagnostic.fix
    if fix is None or not config.fixable(diagnostic.code):
        return False
    return unsafe or fix.applicability is Applicability.SAFE


def fix_all(lint: Linter, config: Config, unsafe: bool) -> Outcome:
    outcome = Outcome(lint({}))
    for _ in range(MAX_PASSES):
        if not _one_pass(outcome, config, unsafe):
            break
        outcome.result = lint({path: text.encode("utf-8") for path, text in outcome.after.items()})
    return outcome


def _one_pass(outcome: Outcome, config: Config, unsafe: bool) -> bool:
    """Apply a pass to every file with allowed fixes; whether anything changed."""
    changed = False
    for path, found in _by_path(d for d in outcome.result.diagnostics if allowed(d, config, unsafe)).items():
        text = outcome.after.get(path, outcome.result.sources[path].text)
        broken = [d.span for d in outcome.result.diagnostics if d.path == path and d.code == "XS001"]
        fixes = [d.fix for d in found if d.fix is not None and not _touches(d.fix, broken)]
        new_text, applied = _parsing_pass(text, fixes)
        if applied:
            outcome.before.setdefault(path, text)
            outcome.after[path] = new_text
            codes = {d.fix: d.code for d in found}
            outcome.applied.setdefault(path, []).extend((codes[fix], fix) for fix in applied)
            changed = True
    return changed


def _parsing_pass(text: str, fixes: list[Fix]) -> tuple[str, tuple[Fix, ...]]:
    """One pass, unless it makes the file parse worse; then only the fixes that do not."""
    done = apply_pass(text, fixes)
    allowed_problems = _problems(text)
    if _problems(done.text) <= allowed_problems:
        return done.text, done.applied
    harmless = [fix for fix in done.applied if _problems(apply_edits(text, [fix])) <= allowed_problems]
    return apply_edits(text, harmless), tuple(harmless)


def _problems(text: str) -> int:
    from xslint.parser import parse  # only when fixing: a plain check served from the cache never parses

    return len(parse(text).problems)


def _touches(fix: Fix, broken: list[Span]) -> bool:
    extent = fix.extent
    return any(extent.start <= span.end and span.start <= extent.end for span in broken)


def _by_path(diagnostics: Iterable[Diagnostic]) -> dict[str, list[Diagnostic]]:
    grouped: dict[str, list[Diagnostic]] = {}
    for diagnostic in diagnostics:
        grouped.setdefault(diagnostic.path, []).append(diagnostic)
    return grouped
