"""`xslint rules` and `xslint rule CODE`: the catalogue and the rule documents."""

from __future__ import annotations

import json

from xslint.catalog import RULES, lookup
from xslint.discover import UsageError
from xslint.resources import rule_document


def rule_table(output_format: str) -> str:
    if output_format == "json":
        rows = [{"code": r.code, "name": r.name, "severity": r.severity.value, "summary": r.summary} for r in RULES]
        return json.dumps(rows, indent=2) + "\n"
    width = max(len(r.name) for r in RULES)
    lines = [f"{'code':<6} {'name':<{width}} {'severity':<8} summary"]
    lines += [f"{r.code:<6} {r.name:<{width}} {r.severity.value:<8} {r.summary}" for r in RULES]
    return "\n".join(lines) + "\n"


def show_rule(code_or_name: str) -> str:
    rule = lookup(code_or_name)
    if rule is None:
        raise UsageError(f'"{code_or_name}" is not a rule code or name; `xslint rules` lists them')
    return rule_document(rule.name)
