"""Naming rules the way users do: a code (`XS201`), a name (`undeclared-channel`)
or a code prefix (`XS2`, `XS`), as in `--select`, configuration and suppressions."""

from __future__ import annotations

from xslint.catalog import BY_NAME, RULES


def resolve(selector: str) -> frozenset[str]:
    """The codes a selector stands for; empty if it names nothing."""
    rule = BY_NAME.get(selector.lower())
    if rule is not None:
        return frozenset({rule.code})
    upper = selector.upper()
    if upper.startswith("XS"):
        return frozenset(r.code for r in RULES if r.code.startswith(upper))
    return frozenset()


def matches(selector: str, code: str) -> bool:
    return code in resolve(selector)
