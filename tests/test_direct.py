"""Plain expressions read and lowered in one step (lowering/direct.py).

tests/test_parser_engine.py compares whole files, with `Direct` in use,
against parsimonious' own expressions; here each kind of value is compared
with the grammar's reading of it, and `Direct` is checked to read the plain
ones itself and to leave every other value to the grammar.
"""

from __future__ import annotations

import pytest

import xslint.parser
from xslint.grammar import grammar
from xslint.lowering.direct import Direct
from xslint.parser import parse

PLAIN = [
    '"text"', "'text'", '"a\\"b\\n"', '"""\n  block\n  """', "`$x + 1`", "```\n$x\n```", "42", "-3.5", "0",
    "2024-01-02 03:04:05", "2024-01-02T03:04:05.123+01:00", "true", "false", "null", "now", "word", "$x", "$",
    "$$", "$input.id", "$x.$y.1", "$x|to_text", "$x | trim", "$x|!trim", "$x|get:\"a\":null", "$x|get:1:2|add:3",
    "$x|add:$a + 1", "$x|add:$a ~ \" \" ~ $b:5", "$a == 1 && $b", "$a ==? $b || $c", "$a not in $b", "$a\n  ~ $b",
    "$a // note\n  + 1", "1 + 2 * 3 - 4 / 5 % 6", "$a !== null ?? $b", "$a..$b", "$a search $b", "$a @> $b",
    # object and array literals whose entries are all plain (lowering/direct_literals.py)
    "{a: 1}", "[1, 2]", "{}", "[ ]", "$a|get:{}", '{type: "list", "x-y": $a ~ "b", !off: true}',
    "{\n  a: 1,\n  b: [1, [2, {c: $x|count}]]\n}", "{\n  a  : 1\n  b  : 2 // note\n}", "[1, 2,]",
    "[Order number,$id,was shipped]", "{a: 1}|json_encode", "[$a, $b] ~ $c",
    # values in parentheses
    "($a)", "($a|count) > 0", "(($a + 1) * 2)|round:2", "( $a // note\n  == 1 )", "{a: ($b ~ \"c\")}",
]
NOT_PLAIN = [
    "($a ? 1 : 2)", "($a ? 1)", "(|uuid)", "($slots|last).end", "($a)[0]", "()", "!$a", "!int \"1\"", "...$a",
    "$a[0]", "$a.[0]", "$a ? 1 : 2", "$a ? 1",
    "$a between 1:5", "$a|trim == 1", "1x", "{...$a}", "{a: 1}.a", "[1, 2][0]", "{a: $b ? 1 : 2}",
    "[$a between 1:5]", "{a: {b: [($c ? 1 : 2)]}}",
]


def both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    """`text` parsed with the direct reader, and by the grammar alone."""
    direct = parse(text)
    with monkeypatch.context() as patch:
        patch.setattr(xslint.parser, "_direct", lambda: None)
        by_grammar = parse(text)
    return direct, by_grammar


def lowered_both_ways(value: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    text = f"function f {{\n  stack {{\n    var $v {{\n      value = {value}\n    }}\n  }}\n}}\n"
    return both_ways(text, monkeypatch)


@pytest.mark.parametrize("value", PLAIN + NOT_PLAIN)
def test_a_value_lowers_as_the_grammar_lowers_it(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    direct, by_grammar = lowered_both_ways(value, monkeypatch)
    assert direct == by_grammar


@pytest.mark.parametrize("value", PLAIN)
def test_plain_values_are_read_directly(value: str) -> None:
    found = Direct(grammar())(value + "\n", 0)
    assert found is not None and found.end == len(value)


@pytest.mark.parametrize("value", NOT_PLAIN)
def test_other_values_are_left_to_the_grammar(value: str) -> None:
    assert Direct(grammar())(value + "\n", 0) is None


def test_a_filtered_operand_before_an_operator_is_still_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    direct, by_grammar = lowered_both_ways("$a|trim ~ $b", monkeypatch)
    assert direct.problems == by_grammar.problems
    assert [p.message for p in direct.problems] == ['the filtered value is followed by the operator "~" without parentheses']


def test_a_literal_that_is_not_plain_is_not_read_again() -> None:
    """The grammar reads a literal the direct reader left, and asks it again for each value
    inside: the literals around the failure are known to fail, so deep nesting stays linear."""
    text = "{a: {b: [1, ({c: $x ? 1 : 2})]}, d: 2}\n"
    reader = Direct(grammar()).fresh()
    assert reader(text, 0) is None
    assert reader.failed == {0, text.index("{b"), text.index("[1"), text.index("({c"), text.index("{c")}
    assert reader(text, text.index("{b")) is None  # known: not read again
    assert reader(text, text.index("2}")) is not None
    assert Direct(grammar()).fresh().failed == set()  # each document starts afresh


def test_an_attribute_with_a_plain_value_is_read_directly() -> None:
    reader = Direct(grammar()).fresh()
    text = 'channel = "room:" ~ $id\nnext = 1\n'
    found = reader.attribute(text, 0)
    assert found is not None and found.end == text.index("\n")
    assert found.item.key.text == "channel" and found.item.span.end == found.end  # type: ignore[attr-defined]
    assert reader.attribute("value = $a ? 1 : 2\n", 0) is None  # left to the grammar
    assert reader.attribute("value == 1\n", 0) is None  # no attribute at all


DIRECT_STATEMENTS = [
    "var $total { value = 0 }", "db.get user { field_name = \"id\"\n  field_value = $input.id\n} as $user",
    "function.run \"a/b\" { input = {x: 1} } as $out", "!var.update $x { value = $x + 1 }",
    "precondition ($a > 1) { error = \"no\" }", "api.lambda {\n  code = \"\"\"\n  x\n  \"\"\"\n  timeout = 10\n}",
    "db.query user {\n  where = $db.user.id == 1, // the one\n  return = {type: \"single\"}\n} as $u", "stack {\n}",
    "conditional {\n  if (true) {\n    var $a { value = 1 }\n  }\n  else {\n    break\n  }\n}",
    "foreach ($list) {\n  each as $item {\n    debug.log { value = $item }\n  }\n}", "debug.stop",
    "var $x as $y { value = 1 }", "x { input {\n  int a\n} }",
]
OTHER_STATEMENTS = [
    "db.query user { } as $u|first", "query x verb=GET { value = 1 }", "var $x { value = $a ? 1 : 2 }",
    "else if ($a) { value = 1 }", "var $x[0] { value = 1 }", "var $x { value = 1", "switch 5 { value = 1 }",
    "group {\n  var $a { value = 1 }\n  var $b { value = $c[0] }\n}"
]


@pytest.mark.parametrize("statement", DIRECT_STATEMENTS + OTHER_STATEMENTS)
def test_a_statement_lowers_as_the_grammar_lowers_it(statement: str, monkeypatch: pytest.MonkeyPatch) -> None:
    direct, by_grammar = both_ways(f"function f {{\n  stack {{\n    {statement}\n  }}\n}}\n", monkeypatch)
    assert direct == by_grammar


@pytest.mark.parametrize("statement", DIRECT_STATEMENTS)
def test_statements_of_the_common_shape_are_read_directly(statement: str) -> None:
    found = Direct(grammar()).fresh().statement(statement + "\n", 0)
    assert found is not None and found.end == len(statement)


@pytest.mark.parametrize("statement", OTHER_STATEMENTS)
def test_other_statements_are_left_to_the_grammar(statement: str) -> None:
    assert Direct(grammar()).fresh().statement(statement + "\n", 0) is None


def test_items_read_in_a_statement_left_to_the_grammar_are_not_read_again() -> None:
    text = "group {\n  var $a { value = 1 }\n  return = $b ? 1 : 2\n}\n"
    reader = Direct(grammar()).fresh()
    assert reader.statement(text, 0) is None
    first, second = text.index("var"), text.index("return")
    assert list(reader.items_read) == [first] and reader.failed_items == {second, 0}
    kept = reader.items_read[first]
    assert reader.statement(text, first) is kept and not reader.items_read  # handed over once
    assert reader.attribute(text, second) is None and reader.statement(text, 0) is None  # known


DIRECT_SECTIONS = [
    "input {\n  int id\n  text name?=\"x\" filters=trim|lower {\n    description = \"the name\"\n  }\n}",
    "schema {\n  uuid ?token?\n  enum size?=1024x1024 {\n    values = [\"a\", \"b\"]\n  }\n  int[1:] ids // many\n}",
    "input {\n}", "output {\n  object[] rows? {\n    description = \"rows\"\n  }\n}",
    "input {\n  text \"quoted name\"\n}",
]
OTHER_SECTIONS = [
    "input {\n  string name\n}", "input {\n  object {\n    schema {\n    }\n  }\n}", "input {\n  int a?=$x ? 1 : 2\n}",
    "input {\n  int a,\n  int b\n}", "input {\n  int a\n",
]


@pytest.mark.parametrize("section", DIRECT_SECTIONS + OTHER_SECTIONS)
def test_a_section_lowers_as_the_grammar_lowers_it(section: str, monkeypatch: pytest.MonkeyPatch) -> None:
    direct, by_grammar = both_ways(f"function f {{\n  {section}\n  stack {{\n  }}\n}}\n", monkeypatch)
    assert direct == by_grammar


@pytest.mark.parametrize("section", DIRECT_SECTIONS)
def test_sections_of_plain_fields_are_read_directly(section: str) -> None:
    found = Direct(grammar()).fresh().section(section + "\n", 0)
    assert found is not None and found.end == len(section)


@pytest.mark.parametrize("section", OTHER_SECTIONS)
def test_other_sections_are_left_to_the_grammar(section: str) -> None:
    assert Direct(grammar()).fresh().section(section + "\n", 0) is None
