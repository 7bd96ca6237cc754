"""The rule catalogue, the check modules and the rule documents agree."""

from __future__ import annotations

import json

from click.testing import CliRunner

from xslint import cli
from xslint.catalog import RULES
from xslint.checks import CHECKS


def test_every_rule_has_exactly_one_module_in_code_order() -> None:
    assert [module.RULE.code for module in CHECKS] == [rule.code for rule in RULES]
    for module in CHECKS:
        assert module.__name__.rsplit(".", 1)[1].startswith(module.RULE.code.lower() + "_")
        assert module.__doc__ and module.__doc__.startswith(f"{module.RULE.code} {module.RULE.name}")


def test_codes_and_names_are_unique() -> None:
    assert len({r.code for r in RULES}) == len({r.name for r in RULES}) == len(RULES) == 45


def test_rules_command_lists_every_rule_as_json() -> None:
    result = CliRunner().invoke(cli.main, ["rules", "--format", "json"])
    rows = json.loads(result.output)
    assert [(r["code"], r["name"], r["severity"]) for r in rows] == [
        (r.code, r.name, r.severity.value) for r in RULES]


def test_rule_command_accepts_code_or_name() -> None:
    by_code = CliRunner().invoke(cli.main, ["rule", "xs201"])
    by_name = CliRunner().invoke(cli.main, ["rule", "undeclared-channel"])
    assert by_code.exit_code == 0 and by_code.output == by_name.output
    assert by_code.output.startswith("# undeclared-channel (XS201)")


def test_rule_command_rejects_an_unknown_rule() -> None:
    result = CliRunner().invoke(cli.main, ["rule", "XS999"])
    assert result.exit_code == 2 and '"XS999" is not a rule code or name' in result.output
