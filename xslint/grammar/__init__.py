"""The XanoScript grammar, compiled once per process.

The grammar text lives in `xanoscript.peg`; the rules it names but does not
define are Python: recovery (`recovery.py`) and look-ahead (`lookahead.py`).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from parsimonious.expressions import Compound, Expression, Regex
from parsimonious.grammar import Grammar

from xslint.grammar.lookahead import (
    call_arg, isolated_item, isolated_value, primary, repeat, item_hook, value_hook,
)
from xslint.grammar.recovery import SCAN, eof, junk, top_junk, skip_broken

__all__ = ["DEFINITION_KINDS", "SCAN", "grammar", "item_hook", "skip_broken", "value_hook"]

# The definition keywords, as the grammar's `def_kind` rule lists them.
DEFINITION_KINDS = frozenset({
    "workspace", "workspace_trigger", "error_trigger", "branch", "table", "table_trigger", "api_group",
    "query", "function", "task", "addon", "middleware", "agent", "agent_trigger", "tool",
    "mcp_server", "mcp_server_trigger", "workflow_test", "realtime_channel",
    "realtime_trigger", "realtime_server", "realtime_server_trigger", "channel", "channel_trigger",
    "message", "run.job", "run.service",
})


def _use_stdlib_re(rules: Grammar) -> None:
    """Recompile every token with the standard `re` module.

    parsimonious prefers the third-party `regex` module when it is installed,
    and `regex` pays time proportional to the whole text on every match at an
    offset, which makes parsing quadratic in the file size. The patterns use
    only syntax both modules share.
    """
    seen: set[int] = set()
    pending: list[Expression] = list(rules.values())
    while pending:
        expression = pending.pop()
        if id(expression) in seen:
            continue
        seen.add(id(expression))
        if isinstance(expression, Regex):
            expression.re = re.compile(expression.re.pattern)
        elif isinstance(expression, Compound):
            pending.extend(expression.members)


@cache
def grammar() -> Grammar:
    """The compiled grammar; compiling is the expensive part, so do it once."""
    source = files(__package__).joinpath("xanoscript.peg").read_text(encoding="utf-8")
    rules = Grammar(source, junk=junk, top_junk=top_junk, eof=eof,
                    primary=primary, call_arg=call_arg, isolated_item=isolated_item,
                    isolated_value=isolated_value,
                    tails=repeat("tail", ("ws_binop", "ws_between")),
                    filters=repeat("filter", ("filter_head",)),
                    ternary_opt=repeat("ternary", ("ws_question",), many=False),
                    half_ternary_opt=repeat("half_ternary", ("ws_question",), many=False),
                    indexes=repeat("index", ("index_open",)),
                    alias_opt=repeat("alias", ("as_kw",), many=False))
    _use_stdlib_re(rules)
    return rules
