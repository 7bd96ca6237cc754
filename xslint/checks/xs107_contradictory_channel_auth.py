"""XS107 contradictory-channel-auth: `anonymous_clients: true` with `auth_channel: true`.

A channel cannot both welcome clients without a login and require channel
authentication; one of the two settings does not do what its author meant.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.syntax import BoolLit, ObjectLit
from xslint.facts import FileUnit

RULE = BY_CODE["XS107"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    for definition in unit.document.definitions:
        settings = definition.body.attribute("settings") if definition.kind.text == "realtime_channel" else None
        if settings is None or not isinstance(settings.value, ObjectLit):
            continue
        anonymous = settings.value.get("anonymous_clients")
        auth = settings.value.get("auth_channel")
        if _is_true(anonymous) and _is_true(auth):
            yield Finding(unit.path, anonymous.key.span,  # type: ignore[union-attr]
                          '"anonymous_clients" is true while "auth_channel" is true',
                          "anonymous clients cannot pass channel authentication: set one of them to false")


def _is_true(entry: object) -> bool:
    value = getattr(entry, "value", None)
    return isinstance(value, BoolLit) and value.value
