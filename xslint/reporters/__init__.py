"""Reporters: pure functions from a lint result to the text a user or a tool reads.

Each format is a module with `render(result) -> str`; `text` also takes a
colour style. Modules are imported by name, so adding a format is adding a
module and its name here.
"""

from __future__ import annotations

import importlib
from collections import Counter

from xslint.catalog import BY_CODE
from xslint.engine import LintResult
from xslint.reporters import text

FORMATS = ("text", "concise", "json", "sarif", "github", "gitlab")


def render(result: LintResult, output_format: str, color: bool = False, quiet: bool = False) -> str:
    module = importlib.import_module(f"xslint.reporters.{output_format}")
    if output_format == "text":
        return module.render(result, module.Style(color=color), quiet=quiet)
    return module.render(result)


def statistics_table(result: LintResult) -> str:
    """Findings per rule, most frequent first: `  12  XS201  undeclared-channel`."""
    counts = Counter(d.code for d in result.diagnostics)
    if not counts:
        return text.summary_line(result)
    width = len(str(max(counts.values())))
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "".join(f"{count:>{width}}  {code}  {BY_CODE[code].name}\n" for code, count in rows)
