"""The README's set-up commands and integration snippets say what really works."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from xslint import cli

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MISTAKES = ROOT / "examples" / "mistakes"


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README, re.S | re.M)


def xslint(args: list[str], **kwargs):
    return CliRunner().invoke(cli.main, args, catch_exceptions=False, **kwargs)


def test_ci_runs_the_readme_test_command() -> None:
    setup = blocks("sh")[:2]
    assert "xslint check examples/demo" in setup[0]
    test_command = setup[1].strip()
    assert "pytest" in test_command
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_pre_commit_snippet_names_the_hook() -> None:
    config = next(yaml.safe_load(b) for b in blocks("yaml") if "repos:" in b)
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert config["repos"][0]["hooks"][0]["id"] == hooks[0]["id"] == "xslint"
    assert "--force-exclude" in hooks[0]["entry"] and hooks[0]["files"] == r"\.xs$"


def strings(node) -> list[str]:
    if isinstance(node, dict):
        return [s for value in node.values() for s in strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in strings(value)]
    return [node] if isinstance(node, str) else []


def ci_commands() -> list[list[str]]:
    commands = []
    for block in blocks("yaml"):
        for text in strings(yaml.safe_load(block)):
            if text.startswith("xslint check"):
                commands.append(shlex.split(text.split(">")[0])[1:])
    return commands


@pytest.mark.parametrize("command", ci_commands(), ids=lambda c: " ".join(c))
def test_ci_snippet_commands_run(command: list[str], monkeypatch) -> None:
    monkeypatch.chdir(MISTAKES)
    result = xslint(command)
    assert result.exit_code in (0, 1), result.output
    assert result.output


def test_vscode_problem_matcher_reads_concise_output(monkeypatch) -> None:
    task = json.loads(blocks("json")[0])["tasks"][0]
    pattern = re.compile(task["problemMatcher"]["pattern"]["regexp"])
    monkeypatch.chdir(MISTAKES)
    output = xslint(shlex.split(task["command"])[1:]).output.splitlines()
    assert len(output) == 7
    for line in output:
        match = pattern.match(line)
        assert match and Path(match.group(1)).is_file() and match.group(5).startswith("XS")


def test_neovim_arguments_give_the_json_it_parses(monkeypatch) -> None:
    lua = blocks("lua")[0]
    args = re.findall(r'"([^"]+)"|function\(\)', re.search(r"args = \{(.*?)\}", lua, re.S).group(1))
    path = "api/chat/rooms_messages_post.xs"
    args = [a if a else str(MISTAKES / path) for a in args]
    monkeypatch.chdir(MISTAKES)
    result = xslint(args, input=(MISTAKES / path).read_text(encoding="utf-8"))
    assert result.exit_code == 0
    (finding,) = json.loads(result.output)["diagnostics"]
    assert finding["code"] == "XS201" and finding["range"]["start"]["line"] == 41
    assert set(finding["range"]["end"]) == {"line", "column", "offset"}
