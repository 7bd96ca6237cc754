"""XS501 unknown-realtime-server: a reference to a `realtime_server` the workspace does not declare.

Channels, messages, both kinds of trigger and `realtime.publish` name their
server by its name (never its canonical). Only literal names are judged: a
publish whose server is computed cannot be checked.

Unsafe fix: the server's name for its canonical, or the one declared name
close to a misspelt one; none when no name is close.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.current import did_you_mean, suggestion
from xslint.checks.fixing import rename_literal
from xslint.diagnostics import Applicability
from xslint.realtime_v2.model import Ref
from xslint.workspace import Workspace

RULE = BY_CODE["XS501"]
FIX = Applicability.UNSAFE


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    model = workspace.realtime
    names = model.server_names()
    canonicals = {s.canonical: s.name for s in model.servers if s.canonical}
    refs: list[tuple[str, Ref | None]] = [(c.path, c.server) for c in model.channels]
    refs += [(h.path, h.server) for h in model.handlers] + [(p.path, p.server) for p in model.publishes]
    for path, ref in refs:
        if ref is None or ref.text is None or ref.text in names:
            continue
        if not ref.text:
            yield Finding(path, ref.span, "realtime_server is empty", suggestion("", names, "realtime_server"))
            continue
        if ref.text in canonicals:
            yield Finding(path, ref.span, f'"{ref.text}" is the canonical of the realtime_server '
                          f'"{canonicals[ref.text]}", not its name',
                          f'write realtime_server = "{canonicals[ref.text]}": XanoScript names servers by name',
                          fix=rename_literal(ref.span, ref.text, canonicals[ref.text], FIX))
            continue
        yield Finding(path, ref.span, f'no realtime_server is named "{ref.text}"', _help(ref.text, names),
                      fix=rename_literal(ref.span, ref.text, did_you_mean(ref.text, names), FIX))


def _help(name: str, names: list[str]) -> str:
    hint = suggestion(name, names, "realtime_server")
    if not names:
        return f"{hint}; declare it with `realtime_server {name} {{ … }}` in realtime_server/"
    return hint
