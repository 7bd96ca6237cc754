"""The configuration applied to raw findings: selection, per-file ignores,
suppressions (and XS005), severities, order.

The same steps `xslint.engine` takes at the end of a run; the engine keeps
them private, so the adapter repeats them over its cached results. When the
incremental engine exposes this step, this module goes away.
"""

from __future__ import annotations

import dataclasses

from xslint import suppressions
from xslint.config import Config
from xslint.diagnostics import Diagnostic

Suppressions = dict[str, tuple[suppressions.Suppression, ...]]


def finish(raw: list[Diagnostic], found: Suppressions, config: Config) -> list[Diagnostic]:
    """What the user sees of `raw`, in the total order of findings."""
    enabled = config.enabled()
    used: suppressions.Used = set()
    ignoring = bool(config.per_file_ignores)  # asking costs a path normalisation per finding
    kept = [d for d in raw if d.code in enabled and not (ignoring and config.ignored_in(d.path, d.code))]
    kept = suppressions.apply(kept, found, used)
    if "XS005" in enabled:
        unused = suppressions.unused(found, used, enabled)
        kept += suppressions.apply([d for d in unused if not (ignoring and config.ignored_in(d.path, d.code))],
                                   found, set())
    final = {dataclasses.replace(d, severity=config.severity_of(d.code)) for d in kept}
    return sorted(final, key=Diagnostic.sort_key)
