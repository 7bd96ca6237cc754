"""Every `xslint check` option, the configuration file, and each format on one showcase workspace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from xslint import cli
from xslint.reporters import FORMATS


def run(*args: str, **kwargs):
    return CliRunner().invoke(cli.main, ["check", *args], catch_exceptions=False, **kwargs)


def codes(result) -> list[str]:
    return [d["code"] for d in json.loads(result.output)["diagnostics"]]


@pytest.mark.parametrize("output_format", FORMATS)
def test_each_format_on_the_showcase(showcase, output_format: str, snapshot) -> None:
    result = run("--format", output_format)
    assert result.exit_code == 1
    assert result.output == snapshot


def test_select_ignore_and_extend_select_take_codes_names_and_prefixes(showcase) -> None:
    assert codes(run("--format", "json", "--select", "XS1")) == ["XS103", "XS101", "XS109"]
    assert codes(run("--format", "json", "--select", "undeclared-channel,XS301")) == ["XS201", "XS301"]
    assert "XS201" not in codes(run("--format", "json", "--ignore", "XS2"))
    selected = codes(run("--format", "json", "--select", "XS101", "--extend-select", "XS109"))
    assert selected == ["XS101", "XS109"]


def test_unknown_rule_in_a_flag_is_a_usage_error(showcase) -> None:
    result = CliRunner().invoke(cli.main, ["check", "--select", "XS999"])
    assert result.exit_code == 2 and '--select: "XS999" is not a rule code, name or prefix' in result.output


def test_fail_on_and_exit_zero(showcase) -> None:
    assert run("--select", "XS208").exit_code == 1  # a warning fails by default
    assert run("--select", "XS208", "--fail-on", "error").exit_code == 0
    assert run("--exit-zero").exit_code == 0


def test_statistics_and_quiet(showcase) -> None:
    result = run("--statistics")
    assert result.output.splitlines()[0] == "1  XS101  invalid-message-history"
    assert len(result.output.splitlines()) == 7
    assert "Found" not in run("--quiet").output and "Found 6 errors, 1 warning" in run().output
    assert CliRunner().invoke(cli.main, ["check", "--statistics", "--format", "json"]).exit_code == 2


def test_configuration_in_pyproject(showcase) -> None:
    (showcase / "pyproject.toml").write_text(
        '[project]\nname = "chat"\n\n[tool.xslint]\nignore = ["XS208"]\n'
        '[tool.xslint.severity]\n"undeclared-channel" = "warning"\n'
        '[tool.xslint.per-file-ignores]\n"realtime/channel/*.xs" = ["XS1"]\n')
    document = json.loads(run("--format", "json").output)
    found = {(d["code"], d["severity"]) for d in document["diagnostics"]}
    assert found == {("XS201", "warning"), ("XS203", "error"), ("XS301", "error")}


def test_xslint_toml_wins_and_fail_on_comes_from_it(showcase) -> None:
    (showcase / "pyproject.toml").write_text('[tool.xslint]\nselect = ["XS101"]\n')
    (showcase / "xslint.toml").write_text('select = ["XS208"]\nfail-on = "error"\n')
    result = run("--format", "json")
    assert codes(result) == ["XS208"] and result.exit_code == 0


def test_configuration_is_found_upward(showcase, monkeypatch) -> None:
    (showcase / "xslint.toml").write_text('select = ["XS301"]\n')
    monkeypatch.chdir(showcase / "realtime")
    assert codes(run("--format", "json")) == ["XS301"]


def test_config_flag_names_a_file(showcase, tmp_path: Path) -> None:
    other = tmp_path / "strict.toml"
    other.write_text('select = ["XS109"]\n')
    assert codes(run("--format", "json", "--config", str(other))) == ["XS109"]


@pytest.mark.parametrize("content, message", [
    ('selct = ["XS1"]\n', 'unknown key "selct"'),
    ('select = "XS1"\n', '"select" is invalid'),
    ('ignore = ["XS999"]\n', '"ignore" names "XS999"'),
    ('fail-on = "fatal"\n', '"fail-on" is invalid'),
    ('[severity]\nXS201 = "loud"\n', '"severity.XS201" is invalid'),
    ("select = [", "is not valid TOML"),
])
def test_invalid_configuration_is_a_usage_error_naming_the_key(showcase, content: str, message: str) -> None:
    (showcase / "xslint.toml").write_text(content)
    result = CliRunner().invoke(cli.main, ["check"])
    assert result.exit_code == 2 and message in result.output


def test_exclude_and_force_exclude(showcase) -> None:
    (showcase / "xslint.toml").write_text('exclude = ["api/**"]\n')
    assert "XS201" not in codes(run("--format", "json"))
    named = "api/chat/rooms_messages_post.xs"
    assert "XS201" in codes(run("--format", "json", named))
    forced = json.loads(run("--format", "json", "--force-exclude", named).output)
    assert forced["files"] == 0 and forced["diagnostics"] == []


def test_colour_follows_the_environment(showcase, monkeypatch) -> None:
    assert "\x1b[" not in run().output  # not a terminal
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[1;31mXS101\x1b[0m" in run().output
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR")
    assert "\x1b[" not in run().output


def test_no_cache_writes_nothing(showcase, monkeypatch, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("XSLINT_CACHE_DIR", str(cache))
    run("--no-cache")
    assert not cache.exists()
    run()
    assert any(cache.glob("results-*.json"))


def test_stdin_lints_unsaved_text_inside_its_workspace(showcase) -> None:
    fixed = (showcase / "api/chat/rooms_messages_post.xs").read_text().replace('"rooms:"', '"room:"')
    result = run("--format", "json", "--stdin-filename", "api/chat/rooms_messages_post.xs", "-", input=fixed)
    assert json.loads(result.output)["diagnostics"] == [] and result.exit_code == 0
    broken = fixed.replace('"room:"', '"lobby:"')
    result = run("--format", "json", "--stdin-filename", "api/chat/rooms_messages_post.xs", "-", input=broken)
    assert codes(result) == ["XS201"]


def test_stdin_needs_its_flag_and_only_a_dash(showcase) -> None:
    assert CliRunner().invoke(cli.main, ["check", "-"]).exit_code == 2
    result = CliRunner().invoke(cli.main, ["check", "--stdin-filename", "x.xs", "-", "api"])
    assert result.exit_code == 2 and "give only `-`" in result.output
