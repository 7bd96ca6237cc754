"""The last step of every run, shared by `lint()` and the editor session: raw
findings in, what the user sees out.

Selection and per-file ignores, suppression comments (and XS005 for those that
silenced nothing), each rule's severity from the configuration, the total
order. This is the one place a `Diagnostic` is built: the phases before only
produce `Found` records, which do not depend on the configuration (so they can
be cached and shared between runs with different settings).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from xslint import suppressions
from xslint.config import Config
from xslint.diagnostics import Diagnostic, Found

Suppressions = Mapping[str, tuple[suppressions.Suppression, ...]]  # by path: the files being reported


def finish(raw: Iterable[Found], found: Suppressions, config: Config) -> list[Diagnostic]:
    """What the user sees of `raw`, in the total order of findings; `found` holds the
    suppression comments of the files reported (XS005 is judged over those)."""
    enabled = config.enabled()
    used: suppressions.Used = set()
    ignoring = bool(config.per_file_ignores)  # asking costs a path normalisation per finding
    kept = [f for f in raw if f.code in enabled and not (ignoring and config.ignored_in(f.path, f.code))]
    kept = suppressions.apply(kept, found, used)
    if "XS005" in enabled:
        unused = suppressions.unused(found, used, enabled)
        kept += suppressions.apply([f for f in unused if not (ignoring and config.ignored_in(f.path, f.code))],
                                   found, set())
    severities = {code: config.severity_of(code) for code in {f.code for f in kept}}
    final = {f.diagnostic(severities[f.code]) for f in dict.fromkeys(kept)}
    return sorted(final, key=Diagnostic.sort_key)
