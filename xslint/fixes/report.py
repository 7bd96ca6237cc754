"""What a fixing run tells the user: how much was fixed, what more could be."""

from __future__ import annotations

from collections import Counter

from xslint.catalog import BY_CODE
from xslint.config import Config
from xslint.diagnostics import Applicability, Diagnostic
from xslint.fixes.runner import Outcome, allowed


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def fixed_line(outcome: Outcome, would: bool = False) -> str:
    """`Fixed 3 findings in 2 files.` (`Would fix …` for --diff); empty when nothing changed."""
    count, files = outcome.fixed_count, len(outcome.changed)
    if not count:
        return "No fixes to apply.\n" if would else ""
    verb = "Would fix" if would else "Fixed"
    return f"{verb} {_plural(count, 'finding')} in {_plural(files, 'file')}.\n"


def available_line(diagnostics: list[Diagnostic], config: Config, fixing: bool, unsafe: bool) -> str:
    """What another run could fix: `2 fixable with --fix (1 more with --unsafe-fixes).`"""
    safe = sum(1 for d in diagnostics if allowed(d, config, unsafe=False))
    hidden = sum(1 for d in diagnostics if allowed(d, config, unsafe=True)) - safe
    parts = []
    if safe and not fixing:
        parts.append(f"{safe} fixable with --fix")
    if hidden and not unsafe:
        parts.append(f"{hidden} more with --unsafe-fixes" if parts else
                     f"{_plural(hidden, 'finding')} fixable with --unsafe-fixes")
    if not parts:
        return ""
    return parts[0] + (f" ({parts[1]})" if len(parts) > 1 else "") + ".\n"


def show_fixes(outcome: Outcome) -> str:
    """Per file, how many fixes of each rule were applied."""
    lines = []
    for path in sorted(outcome.applied):
        lines.append(f"{path}:")
        counts = Counter(code for code, _ in outcome.applied[path])
        for code, count in sorted(counts.items()):
            lines.append(f"    {count} × {code} ({BY_CODE[code].name})")
    return "\n".join(lines) + "\n" if lines else ""


def label(diagnostic: Diagnostic) -> str:
    """How the text format marks a finding's fix: `fix (safe): …`."""
    fix = diagnostic.fix
    if fix is None:
        return ""
    kind = "safe" if fix.applicability is Applicability.SAFE else "unsafe"
    return f"fix ({kind}): {fix.title}"
