"""The XanoScript grammar, compiled once per process.

The grammar text lives in `xanoscript.peg`; the rules it names but does not
define are Python: recovery (`recovery.py`) and look-ahead (`lookahead.py`).
Once compiled, its expressions are swapped for one-call twins (`fused.py`),
written out per expression (`unrolled.py`), and `expression` and
`statement` get their shortcuts (`shortcuts.py`, `statements.py`).
"""

from __future__ import annotations

import re
from functools import cache
from inspect import signature
from typing import Callable, Iterator
from importlib.resources import files

from parsimonious.expressions import Compound, Expression, Regex
from parsimonious.grammar import Grammar

from xslint.grammar.lookahead import (
    ARG_RULES, PRIMARY_RULES, Dispatch, Repeat, direct_item_hook, expression_hook, isolated_item, isolated_value,
    item_hook, value_hook,
)
from xslint.grammar.recovery import SCAN, eof, junk, top_junk, skip_broken
from xslint.grammar.shortcuts import install
from xslint.grammar.statements import install_statement
from xslint.grammar.fused import fuse
from xslint.grammar.unrolled import unroll
from xslint.grammar.python_rule import PythonRule

__all__ = ["DEFINITION_KINDS", "REPEATED", "SCAN", "direct_item_hook", "expression_hook", "grammar", "item_hook",
           "skip_broken", "value_hook"]

# The definition keywords, as the grammar's `def_kind` rule lists them.
DEFINITION_KINDS = frozenset({
    "workspace", "workspace_trigger", "error_trigger", "branch", "table", "table_trigger", "api_group",
    "query", "function", "task", "addon", "middleware", "agent", "agent_trigger", "tool",
    "mcp_server", "mcp_server_trigger", "workflow_test", "realtime_channel",
    "realtime_trigger", "realtime_server", "realtime_server_trigger", "channel", "channel_trigger",
    "message", "market_item", "run.job", "run.service",
})


def _prepare(rules: Grammar, fast: bool) -> None:
    """Recompile every token with the standard `re` module, and fuse every expression.

    parsimonious prefers the third-party `regex` module when it is installed,
    and `regex` pays time proportional to the whole text on every match at an
    offset, which makes parsing quadratic in the file size. The patterns use
    only syntax both modules share.
    """
    for expression in _expressions(rules):
        if isinstance(expression, Regex):
            expression.re = re.compile(expression.re.pattern)
        if fast:
            fuse(expression)
    if fast:  # once every token is final
        for expression in _expressions(rules):
            unroll(expression)


def _expressions(rules: Grammar) -> Iterator[Expression]:
    """Every expression of a compiled grammar, once each."""
    seen: set[int] = set()
    pending: list[Expression] = list(rules.values())
    while pending:
        expression = pending.pop()
        if id(expression) in seen:
            continue
        seen.add(id(expression))
        if isinstance(expression, Compound):
            pending.extend(expression.members)
        yield expression


# Repetitions written in Python (`lookahead.repeat`): rule name -> (the rule
# repeated, the tokens it can start with, whether it repeats or is optional).
REPEATED: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "tails": ("tail", ("ws_binop", "ws_between"), True),
    "filters": ("filter", ("filter_head",), True),
    "ternary_opt": ("ternary", ("ws_question",), False),
    "half_ternary_opt": ("half_ternary", ("ws_question",), False),
    "indexes": ("index", ("index_open",), True),
    "alias_opt": ("alias", ("as_kw",), False),
}


def _python_rules() -> dict[str, Expression]:
    """The rules the grammar text names but does not define."""
    functions: dict[str, Callable] = {
        "junk": junk, "top_junk": top_junk, "eof": eof,
        "isolated_item": isolated_item, "isolated_value": isolated_value,
    }
    rules: dict[str, Expression] = {
        name: PythonRule(name, function, full=len(signature(function).parameters) == 5)
        for name, function in functions.items()}
    rules["primary"] = Dispatch("primary", PRIMARY_RULES)
    rules["call_arg"] = Dispatch("call_arg", ARG_RULES, is_call_arg=True)
    for name, (rule, first_tokens, many) in REPEATED.items():
        rules[name] = Repeat(name, rule, first_tokens, many)
    return rules


@cache
def grammar() -> Grammar:
    """The compiled grammar; compiling is the expensive part, so do it once."""
    return compile_grammar()


def compile_grammar(fast: bool = True) -> Grammar:
    """A fresh grammar; `fast=False` leaves parsimonious' own expressions in
    place (no fused classes, no shortcuts): the reference the fast one is
    tested against."""
    source = files(__package__).joinpath("xanoscript.peg").read_text(encoding="utf-8")
    python_rules = _python_rules()
    rules = Grammar(source, **python_rules)
    _prepare(rules, fast)
    for rule in python_rules.values():
        rule.bind(rules)  # type: ignore[attr-defined]
    if fast:
        install(rules)
        install_statement(rules)
    return rules
