"""XS003 misplaced-definition: a definition in a folder where its kind does not belong.

Files outside every known folder (a lone file, a test fixture) are not
judged; Xano itself places files by the first keyword, so this is a warning
about a workspace that no longer matches what `xano workspace pull` writes.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.facts import FileUnit

RULE = BY_CODE["XS003"]

# kind → (folder, whether sub-folders are fine too); SPEC section 1.
HOMES: dict[str, tuple[str, bool]] = {
    "realtime_channel": ("realtime/channel", False),
    "realtime_trigger": ("realtime/trigger", False),
    "function": ("function", True),
    "query": ("api/*", True),
    "api_group": ("api/*", True),
    "table": ("table", False),
    "table_trigger": ("table/trigger", False),
    "task": ("task", False),
    "middleware": ("middleware", False),
    "addon": ("addon", False),
    "workflow_test": ("workflow_test", False),
    "workspace": ("workspace", False),
    "workspace_trigger": ("workspace/trigger", False),
    "agent": ("ai/agent", False),
    "agent_trigger": ("ai/agent/trigger", False),
    "tool": ("ai/tool", False),
    "mcp_server": ("ai/mcp_server", False),
    "mcp_server_trigger": ("ai/mcp_server/trigger", False),
    "branch": ("", False),
}
KNOWN_TOP = frozenset(home.split("/")[0] for home, _ in HOMES.values() if home)


def check_file(unit: FileUnit) -> Iterator[Finding]:
    if unit.relpath is None:
        return
    folder = unit.relpath.rpartition("/")[0]
    if folder.split("/")[0] not in KNOWN_TOP and unit.relpath != "branch.xs":
        return  # outside every known folder: not judged
    for definition in unit.document.definitions[:1]:
        home = HOMES.get(definition.kind.text)
        if home is None or _belongs(folder, unit.relpath, *home):
            continue
        where = home[0].replace("/*", "/<group>") + "/" if home[0] else "the workspace root, as branch.xs"
        shown = folder + "/" if folder else "the workspace root"
        yield Finding(unit.path, definition.kind.span,
                      f'a {definition.kind.text} belongs in {where}, not in {shown}',
                      f"move the file to {where}")


def _belongs(folder: str, relpath: str, home: str, deeper: bool) -> bool:
    if home == "":
        return relpath == "branch.xs"
    if home.endswith("/*"):
        parts = folder.split("/")
        return parts[0] == home[:-2] and len(parts) >= 2
    return folder == home or (deeper and folder.startswith(home + "/"))
