"""The result cache, parallel workers and contained internal errors: what a run
at scale must guarantee, checked on small inputs (timings live in benchmarks/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from xslint import cli
from xslint.cache import tool_fingerprint
from xslint.checks import xs101_invalid_message_history


def run(*args: str):
    return CliRunner().invoke(cli.main, ["check", "--format", "json", *args], catch_exceptions=False)


def cache_files(root: Path) -> list[Path]:
    return sorted((root.parent / "cache").glob("results-*.json"))


def test_a_warm_run_gives_the_same_bytes_as_a_cold_one(showcase) -> None:
    cold = run().output
    (entry,) = cache_files(showcase)
    assert len(json.loads(entry.read_text())["entries"]) == 19
    assert run().output == cold
    assert run("--no-cache").output == cold


def test_an_edited_file_is_checked_again(showcase) -> None:
    run()
    channel = showcase / "realtime/channel/room.xs"
    channel.write_text(channel.read_text().replace("message_history: 500", "message_history: 100"))
    assert "XS101" not in {d["code"] for d in json.loads(run().output)["diagnostics"]}


@pytest.mark.parametrize("damage", [
    lambda text: text[: len(text) // 2],                                        # cut short
    lambda text: "not json at all",
    lambda text: json.dumps({"format": 1, "tool": "someone else", "entries": {}}),  # foreign
    lambda text: text.replace('"XS101"', '42'),                                 # damaged entries
    lambda text: json.dumps({"format": 1, "tool": tool_fingerprint(), "entries": {"x": [1]}}),
])
def test_a_damaged_or_foreign_cache_is_ignored_and_rebuilt(showcase, damage) -> None:
    cold = run().output
    (entry,) = cache_files(showcase)
    entry.write_text(damage(entry.read_text()))
    assert run().output == cold
    assert json.loads(entry.read_text())["tool"] == tool_fingerprint()


def test_the_cache_does_not_depend_on_the_configuration(showcase) -> None:
    run()
    only = json.loads(run("--select", "XS101").output)["diagnostics"]
    assert [d["code"] for d in only] == ["XS101"]


def test_any_number_of_workers_gives_the_same_bytes(showcase) -> None:
    serial = run("--no-cache", "--jobs", "1").output
    assert run("--no-cache", "--jobs", "2").output == serial
    assert run("--no-cache", "--jobs", "3").output == serial


def test_a_bug_in_one_rule_is_contained(showcase, monkeypatch) -> None:
    def broken(unit):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(xs101_invalid_message_history, "check_file", broken)
    result = CliRunner().invoke(cli.main, ["check", "--no-cache", "--format", "json"])
    assert result.exit_code == 3
    lines = [line for line in result.output.splitlines() if line.startswith("xslint: internal error")]
    assert len(lines) == 19  # once per file, each naming the rule and the file
    assert "invalid-message-history (XS101) on realtime/channel/room.xs" in result.output
    assert "ZeroDivisionError" in lines[0] and "report it" in lines[0]
    document = json.loads(result.output[: result.output.index("xslint: internal error")])
    assert {"XS201", "XS301", "XS103"} <= {d["code"] for d in document["diagnostics"]}


def test_a_dangling_link_is_reported_not_fatal(showcase) -> None:
    (showcase / "function/dead.xs").symlink_to(showcase / "nowhere.xs")
    diagnostics = json.loads(run("--no-cache").output)["diagnostics"]
    dead = [d for d in diagnostics if d["path"] == "function/dead.xs"]
    assert [d["code"] for d in dead] == ["XS002"] and "cannot read the file" in dead[0]["message"]
    assert any(d["code"] == "XS201" for d in diagnostics)
