"""Statements that never run: disabled with a leading `!` (what Xano writes for a
statement switched off in the builder), or with `disabled = true`, and every
statement inside one of those.

Realtime rules do not judge such statements and do not count them as uses
of a channel: the platform keeps them but never executes them.
"""

from __future__ import annotations

from xslint.syntax import BoolLit, Statement, walk
from xslint.walk import Visit


def never_run(visits: list[Visit]) -> set[int]:
    """The ids of statements that never run: disabled ones and everything inside them."""
    off: set[int] = set()
    for visit in visits:
        statement = visit.statement
        if id(statement) in off or not (statement.disabled or _switched_off(statement)):
            continue
        off.update(id(node) for node in walk(statement) if isinstance(node, Statement))
    return off


def _switched_off(statement: Statement) -> bool:
    flag = statement.body.attribute("disabled") if statement.body else None
    return flag is not None and isinstance(flag.value, BoolLit) and flag.value.value
