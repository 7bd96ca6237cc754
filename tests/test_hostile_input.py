"""Bad input ends in a diagnostic, never a traceback, and never stops the other files."""

from __future__ import annotations


from conftest import lint_in
from xslint.parser import MAX_DEPTH, parse

GOOD = 'function "ok" {\n  stack {\n    var $x { value = 1 }\n  }\n  response = $x\n}\n'


def codes_by_path(result) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for diagnostic in result.diagnostics:
        found.setdefault(diagnostic.path, set()).add(diagnostic.code)
    return found


def test_bad_files_are_reported_and_the_good_one_is_still_checked(workspace) -> None:
    root = workspace({
        "binary.xs": bytes(range(256)) * 4,
        "latin1.xs": 'function "caf\xe9" {\n}\n'.encode("latin-1"),
        "nul.xs": b'function "f" {\n  response = 1\x00\n}\n',
        "deep.xs": "function f {\n  response = " + "[" * 10_000 + "]" * 10_000 + "\n}\n",
        "empty.xs": "",
        "good.xs": GOOD,
        "bad_after.xs": GOOD.replace("value = 1", "value = "),
    })
    result = lint_in(root)
    assert result.files == 7
    assert codes_by_path(result) == {
        "binary.xs": {"XS002"}, "latin1.xs": {"XS002"}, "nul.xs": {"XS002"},
        "deep.xs": {"XS001"}, "empty.xs": {"XS001"}, "bad_after.xs": {"XS001"},
    }


def test_invalid_utf8_is_located_at_the_bad_byte(workspace) -> None:
    root = workspace({"latin1.xs": 'function "caf\xe9" {\n}\n'.encode("latin-1")})
    (diagnostic,) = lint_in(root).diagnostics
    assert diagnostic.span.start == len('function "caf')
    assert "not valid UTF-8" in diagnostic.message


def test_nesting_too_deep_is_one_clear_error() -> None:
    text = "function f {\n  response = " + "{a: " * (MAX_DEPTH + 5) + "1" + "}" * (MAX_DEPTH + 5) + "\n}\n"
    (problem,) = parse(text).problems
    assert problem.message.startswith("nesting too deep")
    assert problem.span.start == len("function f {\n  response = ") + 4 * (MAX_DEPTH - 1)


def test_nesting_just_below_the_limit_parses() -> None:
    depth = MAX_DEPTH - 2
    text = "function f {\n  response = " + "(" * depth + "1" + ")" * depth + "\n}\n"
    assert parse(text).problems == ()


def test_a_large_file_parses() -> None:
    statements = "".join(f'    var $v{i} {{ value = "item " ~ {i} ~ $input.name|trim }}\n' for i in range(40_000))
    text = f"function big {{\n  stack {{\n{statements}  }}\n  response = null\n}}\n"
    assert len(text) > 2_000_000
    result = parse(text)
    assert result.problems == ()
    assert len(result.document.definitions[0].body.find("stack").body.items) == 40_000


def test_a_long_single_line_of_concatenations() -> None:
    text = "function f {\n  response = " + " ~ ".join(['"x"'] * 20_000) + "\n}\n"
    assert parse(text).problems == ()


def test_unterminated_comment_like_and_string_at_end_of_file() -> None:
    for tail in ['"never closed', '"""\nnever closed', "// comment without newline"]:
        result = parse("function f {\n  response = " + tail)
        assert result.problems


def test_a_folder_named_like_a_file_is_walked_not_read(workspace) -> None:
    root = workspace({"x.xs/inner.xs": GOOD, "good.xs": GOOD})
    result = lint_in(root)
    assert result.files == 2 and result.diagnostics == []


def test_symlink_loop_ends(workspace) -> None:
    root = workspace({"function/a.xs": GOOD})
    (root / "function" / "loop").symlink_to(root / "function")
    result = lint_in(root)
    assert result.files == 1
    assert [d.code for d in result.diagnostics] == ["XS002"]
    assert "already visited" in result.diagnostics[0].message
