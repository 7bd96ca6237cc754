"""The settings of a run: which rules, how severe, which files (SPEC §4).

Read from `[tool.xslint]` or `xslint.toml` by `config_file.py`; the CLI's
flags are applied on top. A plain value object: the engine only asks it
questions.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field

from xslint.catalog import BY_CODE, RULES
from xslint.diagnostics import Severity
from xslint.rule_selector import resolve


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()  # empty: every rule
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    fail_on: Severity = Severity.WARNING
    force_exclude: bool = False
    _severities: dict[str, Severity] = field(default_factory=dict, init=False, repr=False, compare=False)

    def enabled(self) -> frozenset[str]:
        """Codes selected (or all), plus extended, minus ignored."""
        chosen = _codes(self.select) if self.select else frozenset(r.code for r in RULES)
        return (chosen | _codes(self.extend_select)) - _codes(self.ignore)

    def severity_of(self, code: str) -> Severity:
        if not self._severities:
            for selector, level in self.severity:
                for resolved in resolve(selector):
                    self._severities[resolved] = level
        return self._severities.get(code, BY_CODE[code].severity)

    def ignored_in(self, path: str, code: str) -> bool:
        """Whether `per-file-ignores` silences `code` in `path`."""
        return any(fnmatch.fnmatchcase(path, glob) and code in _codes(selectors)
                   for glob, selectors in self.per_file_ignores)


def _codes(selectors: tuple[str, ...]) -> frozenset[str]:
    codes: set[str] = set()
    for selector in selectors:
        codes |= resolve(selector)
    return frozenset(codes)
