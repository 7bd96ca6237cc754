"""The command line: output formats, exit codes, standard input."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from xslint import cli

SCHEMAS = Path(__file__).parents[1] / "schemas"
GOOD = 'function "ok" {\n  stack {\n    var $x { value = 1 }\n  }\n  response = $x\n}\n'
BAD = GOOD.replace("value = 1", "value = ")


def run(args: list[str], **kwargs):
    return CliRunner().invoke(cli.main, args, catch_exceptions=False, **kwargs)


def test_clean_workspace_exits_zero(workspace, monkeypatch) -> None:
    monkeypatch.chdir(workspace({"function/ok.xs": GOOD}))
    result = run(["check"])
    assert result.exit_code == 0
    assert result.output == "All checks passed: 1 file checked.\n"


def test_syntax_error_is_shown_with_its_line_and_caret(workspace, monkeypatch) -> None:
    monkeypatch.chdir(workspace({"function/bad.xs": BAD, "function/ok.xs": GOOD}))
    result = run(["check"])
    assert result.exit_code == 1
    assert result.output == (
        'function/bad.xs:3:23: XS001 expected an expression, found "}"\n'
        "  |\n"
        "3 |     var $x { value =  }\n"
        "  |                       ^\n"
        "\n"
        "Found 1 error in 2 files.\n"
    )


def test_json_output_follows_the_schema(workspace, monkeypatch) -> None:
    monkeypatch.chdir(workspace({"function/bad.xs": BAD, "function/ok.xs": GOOD}))
    result = run(["check", "--format", "json"])
    document = json.loads(result.output)
    schema = json.loads((SCHEMAS / "diagnostics.schema.json").read_text())
    jsonschema.validate(document, schema)
    (finding,) = document["diagnostics"]
    assert finding["path"] == "function/bad.xs"
    assert finding["range"]["start"] == {"line": 3, "column": 23, "offset": BAD.index("=  }") + 3}
    assert document["files"] == 2 and document["summary"] == {"error": 1, "warning": 0, "info": 0}


def test_output_is_the_same_in_any_order_of_paths(workspace, monkeypatch) -> None:
    monkeypatch.chdir(workspace({"a/bad.xs": BAD, "b/bad.xs": BAD, "c/bad.xs": BAD}))
    first = run(["check", "c", "a", "b", "--format", "json"]).output
    second = run(["check", "b", "c", "a", "--format", "json"]).output
    assert first == second


def test_stdin_is_checked_as_the_given_path(workspace, monkeypatch) -> None:
    monkeypatch.chdir(workspace({"function/ok.xs": GOOD}))
    result = run(["check", "--stdin-filename", "function/ok.xs", "-"], input=BAD)
    assert result.exit_code == 1
    assert result.output.startswith("function/ok.xs:3:23: XS001")


def test_exit_zero_and_fail_on(workspace, monkeypatch) -> None:
    monkeypatch.chdir(workspace({"function/bad.xs": BAD}))
    assert run(["check", "--exit-zero"]).exit_code == 0
    assert run(["check", "--fail-on", "error"]).exit_code == 1


def test_missing_path_is_a_usage_error(workspace, monkeypatch) -> None:
    monkeypatch.chdir(workspace({}))
    result = CliRunner().invoke(cli.main, ["check", "nowhere"])
    assert result.exit_code == 2
    assert 'path "nowhere" does not exist' in result.output


def test_internal_error_is_one_line_and_exit_three(workspace, monkeypatch) -> None:
    monkeypatch.chdir(workspace({"function/ok.xs": GOOD}))

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "lint", broken)
    result = CliRunner().invoke(cli.main, ["check"])
    assert result.exit_code == 3
    assert result.output.count("\n") == 1 and "internal error: RuntimeError: boom" in result.output
    assert "Traceback" not in result.output
