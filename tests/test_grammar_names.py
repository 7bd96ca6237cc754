"""Every rule name that code outside the grammar text relies on exists in the grammar.

The error tables map rule names to the words of "expected …" messages, and
the grammar's Python rules call rules by name; a rule renamed in
`xanoscript.peg` would otherwise silently drop a phrase from the messages or
fail only on the input that reaches it.
"""

from __future__ import annotations

import pytest

from xslint import errors
from xslint.grammar import REPEATED, grammar
from xslint.grammar.lookahead import ARG_RULES, ITEM_RULES, PRIMARY_RULES
from xslint.grammar.shortcuts import CONTINUATIONS
from xslint.lowering.blocks import SKIPPED_AS


def _python_rule_names() -> set[str]:
    names = {"expression", "string", "primary", *ITEM_RULES, *CONTINUATIONS}
    for table in (PRIMARY_RULES, ARG_RULES):
        names.update(rule for rules in table.values() for rule in rules)
    for name, (rule, first_tokens, _) in REPEATED.items():
        names.update((name, rule, *first_tokens))
    return names


TABLES = {
    "errors._EXPRESSION_RULES": set(errors._EXPRESSION_RULES),
    "errors._QUIET": set(errors._QUIET),
    "errors._TOKENS": set(errors._TOKENS),
    "lowering.blocks.SKIPPED_AS": set(SKIPPED_AS) | set(SKIPPED_AS.values()),
    "grammar's Python rules": _python_rule_names(),
}


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_rule_name_exists_in_the_grammar(table: str) -> None:
    missing = sorted(TABLES[table] - set(grammar().keys()))
    assert missing == [], f"{table} names rules the grammar does not have: {missing}"

