"""The hook in `.pre-commit-hooks.yaml`, run by the real `pre-commit try-repo`
on scratch git repositories: it fails on a bad workspace and passes on a good one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
EXAMPLES = ROOT / "examples"


def pre_commit(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    executable = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or "pre-commit"
    environment = {**os.environ, "PRE_COMMIT_HOME": str(cwd.parent / "pre-commit-home"), "NO_COLOR": "1"}
    return subprocess.run([executable, *args], cwd=cwd, env=environment, capture_output=True, text=True,
                          timeout=600)


def scratch_repository(tmp_path: Path, workspace: Path) -> Path:
    repository = tmp_path / "repo"
    shutil.copytree(workspace, repository)
    subprocess.run(["git", "init", "-q"], cwd=repository, check=True)
    subprocess.run(["git", "add", "."], cwd=repository, check=True)
    return repository


@pytest.fixture(scope="module")
def hook_repository(tmp_path_factory) -> Path:
    """This checkout as pre-commit sees it: a git repository whose HEAD has the hook."""
    copy = tmp_path_factory.mktemp("hook") / "xslint"
    # ".git" too: in a git worktree it is a file pointing at the real repository,
    # and `git init` + `commit` in the copy would then commit to the developer's branch
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".git", ".venv", ".ci", "*.egg-info", "__pycache__",
                                                            ".pytest_cache", ".hypothesis", ".mypy_cache"))
    commands = [["git", "init", "-q"], ["git", "add", "."],
                ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "hook"]]
    for command in commands:
        subprocess.run(command, cwd=copy, check=True)
    return copy


def test_hook_fails_on_a_bad_workspace(tmp_path: Path, hook_repository: Path) -> None:
    repository = scratch_repository(tmp_path, EXAMPLES / "mistakes")
    result = pre_commit("try-repo", str(hook_repository), "xslint", "--all-files", cwd=repository)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "XS201" in result.stdout and "api/chat/rooms_messages_post.xs" in result.stdout


def test_hook_passes_on_a_good_workspace(tmp_path: Path, hook_repository: Path) -> None:
    repository = scratch_repository(tmp_path, EXAMPLES / "demo")
    result = pre_commit("try-repo", str(hook_repository), "xslint", "--all-files", cwd=repository)
    assert result.returncode == 0, result.stdout + result.stderr
