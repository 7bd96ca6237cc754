"""Which rule owns which part of which JSON Schema.

A schema-backed rule says so in its own module, as `SCHEMA = Owns(...)` (or a
tuple of them): the schemas, the kinds of error (JSON Schema keywords:
"required" for a missing key, "additionalProperties" for an unknown one,
None for any error about a value), and where in the instance (`under`, a
path prefix). `schema_check.py` runs the schemas and asks `owner_of` which
rule each error belongs to; the most specific owner wins (the longest
`under`, then one that names its keys, then one that names its error kinds).
An error no rule owns is not reported; an owner marked `silent` claims errors
another check of its own already reports (XS301: an empty trigger channel).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

# The legacy definitions' schemas, and current Realtime's (realtime-current.md).
LEGACY = ("realtime_channel", "realtime_trigger")
CURRENT = ("realtime_server", "channel", "message", "realtime_server_trigger", "channel_trigger")
PUBLISH = ("realtime_publish",)


@dataclass(frozen=True)
class Owns:
    schemas: tuple[str, ...]
    errors: frozenset[str] | None = None  # None: any error about a value
    under: tuple[str, ...] = ()
    keys: frozenset[str] | None = None  # for "required": only these missing keys
    silent: bool = False

    def claims(self, schema: str, error: str, path: tuple, key: str | None) -> bool:
        if schema not in self.schemas or tuple(path[:len(self.under)]) != self.under:
            return False
        if self.keys is not None and key not in self.keys:
            return False
        if self.errors is None:
            return error not in ("required", "additionalProperties")
        return error in self.errors

    def specificity(self) -> tuple[int, bool, bool]:
        return len(self.under), self.keys is not None, self.errors is not None


def owner_of(schema: str, error: str, path: tuple, key: str | None = None) -> str | None:
    """The code of the rule that reports this schema error, None when none does."""
    claiming = [(owns.specificity(), code, owns) for code, owns in _owners() if owns.claims(schema, error, path, key)]
    if not claiming:
        return None
    _, code, owns = max(claiming, key=lambda c: c[0])
    return None if owns.silent else code


@cache
def _owners() -> tuple[tuple[str, Owns], ...]:
    from xslint.checks import CHECKS  # the rules import the schema machinery

    found = []
    for check in CHECKS:
        declared = getattr(check, "SCHEMA", ())
        for owns in (declared,) if isinstance(declared, Owns) else declared:
            found.append((check.RULE.code, owns))
    return tuple(found)
