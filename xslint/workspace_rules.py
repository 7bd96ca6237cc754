"""The workspace phase: the rules that look across the files of one workspace.

Shared by `lint()` and the editor session. A bug in one rule must not stop the
others: it becomes an `InternalError` naming the rule and the workspace.
"""

from __future__ import annotations

from collections.abc import Container

from xslint.diagnostics import Found
from xslint.result import InternalError
from xslint.workspace import Workspace


def check_workspace(workspace: Workspace, enabled: Container[str], where: str,
                    reported: Container[str] | None = None) -> tuple[list[Found], list[InternalError]]:
    """The findings of every enabled workspace rule (in files of `reported`, if given),
    and the rules that failed; `where` names the workspace in an internal error."""
    # Imported here: a run whose workspaces all come from the cache runs no rule (40-odd modules)
    from xslint.checks import WORKSPACE_CHECKS
    from xslint.checks.base import tagged

    found: list[Found] = []
    errors: list[InternalError] = []
    for check in WORKSPACE_CHECKS:
        code = check.RULE.code
        if code not in enabled:
            continue
        try:
            found += [tagged(code, f) for f in check.check_workspace(workspace)
                      if reported is None or f.path in reported]
        except Exception as error:  # noqa: BLE001 - contained: the other rules still run
            errors.append(InternalError(code, where, f"{type(error).__name__}: {error}"))
    return found, errors
