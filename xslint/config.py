"""The settings of a run: which rules, how severe, which files (SPEC §4).

Read from `[tool.xslint]` or `xslint.toml` by `config_file.py`; the CLI's
flags are applied on top. A plain value object: the engine only asks it
questions.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

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
    fix: bool = False  # apply safe fixes
    unsafe_fixes: bool = False  # and unsafe ones
    unfixable: tuple[str, ...] = ()  # rules whose fixes are never applied
    root: Path | None = None  # globs are relative to the configuration file's folder

    def enabled(self) -> frozenset[str]:
        """Codes selected (or all), plus extended, minus ignored."""
        return self._enabled

    def severity_of(self, code: str) -> Severity:
        return self._severities.get(code, BY_CODE[code].severity)

    # Worked out once per configuration: a value is computed whole before it is
    # stored, so threads sharing a configuration never see half of one.
    @cached_property
    def _enabled(self) -> frozenset[str]:
        chosen = _codes(self.select) if self.select else frozenset(r.code for r in RULES)
        return (chosen | _codes(self.extend_select)) - _codes(self.ignore)

    @cached_property
    def _severities(self) -> dict[str, Severity]:
        return {resolved: level for selector, level in self.severity for resolved in resolve(selector)}

    def fixable(self, code: str) -> bool:
        return code not in _codes(self.unfixable)

    def ignored_in(self, path: str, code: str) -> bool:
        """Whether `per-file-ignores` silences `code` in the file at (display) `path`."""
        names = self._names(path)
        return any(_glob_matches(names, glob) and code in _codes(selectors)
                   for glob, selectors in self.per_file_ignores)

    def excluder(self) -> Callable[[Path], bool] | None:
        """`excludes`, or None when nothing is excluded (a walk then makes no path object per entry)."""
        return self.excludes if self.exclude else None

    def excludes(self, path: Path) -> bool:
        """Whether `exclude` matches the file or folder, or a folder above it."""
        return bool(self.exclude) and any(_glob_matches(self._names(str(path)), g) for g in self.exclude)

    def _names(self, path: str) -> list[str]:
        """The ways a glob may name `path`: relative to the configuration's folder
        (and each folder above it there), and as given."""
        absolute = Path(os.path.abspath(path))
        names = [Path(path).as_posix()]
        if self.root is not None and absolute.is_relative_to(self.root):
            parts = absolute.relative_to(self.root).parts
            names += ["/".join(parts[:i]) for i in range(len(parts), 0, -1)]
            names += list(parts)
        return names


def _glob_matches(names: list[str], glob: str) -> bool:
    return any(fnmatch.fnmatchcase(name, glob) for name in names)


def _codes(selectors: tuple[str, ...]) -> frozenset[str]:
    codes: set[str] = set()
    for selector in selectors:
        codes |= resolve(selector)
    return frozenset(codes)
