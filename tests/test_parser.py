"""Focused checks of the parser and the typed tree it builds."""

from __future__ import annotations

import pytest

from xslint.parser import parse
from xslint.syntax import (
    Attribute, Between, Binary, Filtered, Group, Index, Member, ObjectLit, Section,
    Statement, StringLit, Ternary, Unary, Variable,
)


def value_of(source: str):
    """The expression of `value = …` inside a one-statement function."""
    text = f"function f {{\n  stack {{\n    var $x {{\n      value = {source}\n    }}\n  }}\n}}\n"
    result = parse(text)
    assert result.problems == (), result.problems
    statement = next(result.document.definitions[0].body.find("stack").body.statements())
    return statement.body.attribute("value").value, text


def test_multiplication_binds_tighter_than_concatenation_and_comparison() -> None:
    value, _ = value_of('"a" ~ $n * 2 == $b && $c')
    assert isinstance(value, Binary) and value.op.text == "&&"
    comparison = value.left
    assert comparison.op.text == "=="
    assert comparison.left.op.text == "~"
    assert comparison.left.right.op.text == "*"


def test_operators_of_one_level_associate_to_the_left() -> None:
    value, _ = value_of("$a - $b - $c")
    assert value.op.text == "-" and isinstance(value.left, Binary) and value.left.op.text == "-"


def test_null_safe_comparison_keeps_its_question_mark() -> None:
    value, _ = value_of("$a ==? $b || $c")
    assert value.op.text == "||"
    assert value.left.op.text == "==?"


def test_filter_arguments_bind_greedily() -> None:
    value, _ = value_of("$items|filter:$$.active == true|count")
    assert isinstance(value, Filtered)
    first, second = value.filters
    assert first.name.text == "filter" and isinstance(first.args[0], Binary)
    assert second.name.text == "count" and second.args == ()


def test_a_filter_at_the_end_binds_to_its_own_operand() -> None:
    value, _ = value_of('"user:" ~ $id|to_text')
    assert value.op.text == "~" and isinstance(value.right, Filtered)


def test_parenthesised_filter_then_operator_is_fine() -> None:
    value, _ = value_of("($list|count) > 0")
    assert isinstance(value.left, Group) and isinstance(value.left.inner, Filtered)


def test_ternary_not_and_between() -> None:
    value, _ = value_of("!$flag ? $db.price between 0:10 : null")
    assert isinstance(value, Ternary) and isinstance(value.condition, Unary)
    assert isinstance(value.then, Between)


def test_variable_accessors_and_their_spans() -> None:
    value, text = value_of("$input.rooms[$i].id")
    assert isinstance(value, Variable) and value.root == "$input"
    assert [type(a) for a in value.accessors] == [Member, Index, Member]
    assert value.path == ("$input", "rooms")
    assert text[value.span.start:value.span.end] == "$input.rooms[$i].id"
    assert text[value.accessors[2].span.start:value.accessors[2].span.end] == ".id"


def test_object_literal_keeps_order_and_duplicates() -> None:
    value, text = value_of('{b: 1, "a": 2, b: 3}')
    assert isinstance(value, ObjectLit)
    assert [e.name for e in value.entries] == ["b", "a", "b"]
    key = value.entries[1].key
    assert isinstance(key, StringLit) and text[key.span.start:key.span.end] == '"a"'


def test_string_escapes_are_decoded() -> None:
    value, _ = value_of(r'"tab\there \"quoted\""')
    assert value.value == 'tab\there "quoted"'


def test_definition_header_and_clause_spans() -> None:
    text = 'realtime_channel "room:*" {\n  settings = {message_history: 100}\n}\n'
    result = parse(text)
    definition = result.document.definitions[0]
    assert definition.kind.text == "realtime_channel"
    assert definition.name.value == "room:*"
    assert text[definition.name.span.start:definition.name.span.end] == '"room:*"'
    settings = definition.body.attribute("settings")
    assert isinstance(settings, Attribute)
    assert text[settings.key.span.start:settings.key.span.end] == "settings"
    number = settings.value.get("message_history").value
    assert text[number.span.start:number.span.end] == "100" and number.value == 100


def test_query_header_arguments() -> None:
    result = parse('query "rooms/{id}" verb=POST {\n  api_group = "chat"\n}\n')
    definition = result.document.definitions[0]
    assert [(a.key.text, a.value.name) for a in definition.args] == [("verb", "POST")]


def test_events_nest_at_any_depth() -> None:
    text = """function f {
  stack {
    foreach ($users) {
      each as $u {
        try_catch {
          try {
            db.transaction {
              stack {
                api.realtime_event {
                  channel = "user:" ~ $u.id
                  data = {id: $u.id}
                }
              }
            }
          }
          catch {
          }
        }
      }
    }
  }
}
"""
    result = parse(text)
    assert result.problems == ()

    def walk(block):
        for item in block.items:
            if isinstance(item, Statement):
                yield item
                if item.body:
                    yield from walk(item.body)

    names = [s.name.text for s in walk(result.document.definitions[0].body)]
    assert names.count("api.realtime_event") == 1
    assert names[:4] == ["stack", "foreach", "each", "try_catch"]


def test_input_section_fields() -> None:
    text = 'function f {\n  input {\n    text? name?="x" filters=trim\n    int[] ids\n  }\n}\n'
    section = parse(text).document.definitions[0].body.find("input")
    assert isinstance(section, Section)
    name, ids = section.fields
    assert (name.type.text, name.name.text, name.nullable, name.optional) == ("text", "name", True, True)
    assert name.default.value == "x" and name.filters.text == "trim"
    assert ids.is_list and not ids.optional


def test_comments_are_collected_but_not_inside_strings() -> None:
    text = '// head\nfunction f {\n  response = "http://x" // tail\n}\n'
    comments = parse(text).document.comments
    assert [c.text for c in comments] == [" head", " tail"]


def line_col(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def test_several_errors_are_reported_and_the_rest_still_lowers() -> None:
    text = """function f {
  stack {
    var $a { value = 1 }
    var $b { value = }
    var $c { value = 3 }
    var $d { value = [1, 2 }
    var $e { value = 5 }
  }
  response = $e
}
"""
    result = parse(text)
    assert [line_col(text, p.span.start)[0] for p in result.problems] == [4, 6]
    stack = result.document.definitions[0].body.find("stack")
    statements = {s.args[0].root: s for s in stack.body.statements()}
    assert list(statements) == ["$a", "$b", "$c", "$d", "$e"]
    assert statements["$b"].body.items == () and statements["$c"].body.attribute("value").value.value == 3
    assert result.document.definitions[0].body.attribute("response") is not None


def test_error_far_down_is_located_there_not_at_line_one() -> None:
    body = "".join(f"    var $v{i} {{ value = {i} }}\n" for i in range(300))
    text = f"function f {{\n  stack {{\n{body}    var $bad {{ value = ) }}\n  }}\n}}\n"
    (problem,) = parse(text).problems
    assert line_col(text, problem.span.start) == (303, 24)
    assert problem.message == 'expected an expression, found ")"'


def test_crlf_and_bom_positions() -> None:
    text = '\ufefffunction f {\r\n  response = )\r\n}\r\n'
    (problem,) = parse(text).problems
    assert line_col(text, problem.span.start) == (2, 14)


def test_unclosed_definition_names_what_could_come() -> None:
    (problem,) = parse('function f {\n  response = 1\n').problems
    assert problem.message == "expected `}` or a clause name, found end of file"


def test_disabled_statement_and_alias() -> None:
    text = 'function f {\n  stack {\n    !db.get "user" { field_name = "id" field_value = 1 } as $u\n  }\n}\n'
    statement = next(parse(text).document.definitions[0].body.find("stack").body.statements())
    assert statement.disabled and statement.name.text == "db.get" and statement.alias.root == "$u"
    assert [a.key.text for a in statement.body.attributes()] == ["field_name", "field_value"]


# What Xano's VS Code extension left in a real workspace in place of an agent
# it failed to pull (the address shortened).
PULL_ERROR = ("Error retrieving: Endpoints Agent\r\n---------------------------\r\n"
              "Value is not a valid integer.\r\n agent ID: 36\r\nhttps://x.xano.io/workspace/34-0")


def test_an_extension_pull_error_is_one_problem_that_says_what_the_file_is() -> None:
    for text in (PULL_ERROR, "\ufeff\n" + PULL_ERROR):
        (problem,) = parse(text).problems
        assert problem.message == "this file holds an error message from Xano's VS Code extension, not XanoScript"
        assert text[problem.span.start:problem.span.end] == "Error retrieving: Endpoints Agent"
        assert "pull the object again" in (problem.help or "")


def test_a_file_without_a_definition_shows_its_first_error_only() -> None:
    result = parse('create_table users {\n  id int\n}\nfoo bar\nbaz: 1\n')
    (problem,) = result.problems
    assert result.document.definitions == ()
    assert problem.span.start == 0 and "found \"create_table\"" in problem.message
    assert problem.help is not None and problem.help.endswith("the 2 errors after this one are not listed")


def test_errors_around_a_definition_are_all_shown() -> None:
    result = parse('foo bar\nfunction f {\n  stack {\n  }\n}\nbaz: 1\n')
    assert len(result.document.definitions) == 1
    assert len(result.problems) == 2


def test_parsing_held_around_a_parse_keeps_the_collector_paused_until_it_ends() -> None:
    import gc

    from xslint.parser import parsing

    assert gc.isenabled()
    with parsing():
        assert not gc.isenabled()
        parse("function f {\n}\n")
        assert not gc.isenabled()  # the parse inside does not resume it
    assert gc.isenabled()


# bundles: documents joined by lines that are exactly `---`

def test_a_bundle_is_parsed_document_by_document() -> None:
    text = 'run.job J {\n  main = {name: "F"}\n}\n---\nfunction F {\n  response = 1\n}\n---\ntable t {\n}\n'
    result = parse(text)
    assert result.problems == ()
    assert [d.kind.text for d in result.document.definitions] == ["run.job", "function", "table"]
    assert [text[s.start:s.end] for s in result.document.separators] == ["---", "---"]
    assert [[d.kind.text for d in document] for document in result.document.documents()] == [
        ["run.job"], ["function"], ["table"]]


def test_a_block_left_open_ends_with_its_document() -> None:
    text = 'function a {\n  stack {\n    var $x {\n      value = 1\n    }\n}\n---\nfunction b {\n  response = 2\n}\n'
    result = parse(text)
    assert [d.name_text for d in result.document.definitions] == ["a", "b"]
    (problem,) = result.problems
    assert problem.message == "expected `}` or a clause name, found `---`, the end of the document"
    assert text[problem.span.start:problem.span.end] == "---"


@pytest.mark.parametrize("opening, closing", [('"""', '"""'), ("'''", "'''"), ("```", "```")])
def test_a_rule_line_inside_a_text_block_separates_nothing(opening: str, closing: str) -> None:
    text = f'function a {{\n  response = {opening}\n# title\n---\nbody\n{closing}\n}}\n'
    result = parse(text)
    assert result.problems == () and result.document.separators == ()


def test_only_a_line_of_exactly_three_dashes_separates() -> None:
    for line in ("----", " ---", "--- x", "-- -"):
        text = f"function a {{\n}}\n{line}\nfunction b {{\n}}\n"
        assert parse(text).document.separators == (), line
    crlf = "function a {\r\n}\r\n---\r\nfunction b {\r\n}\r\n"
    result = parse(crlf)
    assert result.problems == () and len(result.document.separators) == 1
