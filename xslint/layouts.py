"""The workspace layouts Xano's tools write, as data (SPEC section 1).

A layout says, for each kind of definition, the folders a Xano tool puts it
in. A folder pattern is a tuple of segments: a name, `*` (one folder of any
name: an API group, a server, an object's own folder) or `**` (any number of
folders, for names that nest on `/`). Root finding (`roots.py`) uses the
folder names as markers; XS003 judges a file only against the layout its
workspace is in, and only when the file sits under one of that layout's
folders. Sources: reference/xanoscript-notes.md D.2-D.3, realtime-current.md
section 3, the VS Code extension's default `paths`, and the corpus.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

Pattern = tuple[str, ...]


@dataclass(frozen=True)
class Home:
    """Where a tool writes definitions of these kinds: files directly in a folder matching `folder`."""

    folder: Pattern
    kinds: frozenset[str]


@dataclass(frozen=True)
class Layout:
    """One way of laying out a workspace on disk; `name` is its letter in SPEC's table."""

    name: str
    title: str
    homes: tuple[Home, ...]

    @cached_property
    def tops(self) -> frozenset[str]:
        """The folders directly under the root that this layout writes (asked once per workspace)."""
        return frozenset(home.folder[0] for home in self.homes)

    def __hash__(self) -> int:
        return self._hash  # a layout is a key of every file's place: hashed once, not once per file

    @cached_property
    def _hash(self) -> int:
        return hash((self.name, self.title, self.homes))

    @cached_property
    def fingerprint(self) -> str:
        """A stable text naming this layout and its folders (cached results are keyed by it)."""
        rows = sorted("/".join(home.folder) + "=" + ",".join(sorted(home.kinds)) for home in self.homes)
        return self.name + ":" + hashlib.sha256("\n".join(rows).encode()).hexdigest()[:12]


def homes(table: Mapping[str, tuple[str, ...]]) -> tuple[Home, ...]:
    """Homes from `{"folder/pattern": (kind, ...)}`, in table order (the first home of a kind is shown in help)."""
    return tuple(Home(tuple(folder.split("/")), frozenset(kinds)) for folder, kinds in table.items())


# Current Realtime (realtime-current.md section 3): A is the CLI-dev resolver,
# B its other DEV-7712 line, C the generic `<type>/` rule of CLI-main 1.2.0.
V2_GENERIC = {
    "realtime_server/**": ("realtime_server",),
    "channel/**": ("channel", "message", "channel_trigger"),  # also A's server-less `channel/<segments>/`
    "message/**": ("message",),
    "channel_trigger/**": ("channel_trigger",),
    "realtime_server_trigger/**": ("realtime_server_trigger",),
}
V2_REALTIME = {
    "realtime/server/*": ("realtime_server",),
    "realtime/server/*/channel/*": ("channel",),
    "realtime/server/*/channel/*/message": ("message",),
    "realtime/server/*/channel/*/trigger": ("channel_trigger",),
    "realtime/server/*/trigger": ("realtime_server_trigger",),
    "realtime/server_trigger": ("realtime_server_trigger",),
    "realtime/channel_trigger": ("channel_trigger",),
    "realtime/channel/trigger": ("channel_trigger",),
    "realtime/server/trigger": ("realtime_server_trigger",),
}

# A: `xano workspace pull` (CLI >= 1.0) and Git sync since 2026-04.
PULL = {
    "realtime/channel": ("realtime_channel",),
    "realtime/trigger": ("realtime_trigger",),
    "function/**": ("function",),
    "api/*/**": ("query",),
    "api/*": ("api_group",),
    # Xano's own current-Realtime example workspace (xano-developer-mcp, examples/realtime-v2,
    # validated against a live instance) keeps its endpoints and group flat in api/.
    "api": ("query", "api_group"),
    "table": ("table",),
    "table/trigger": ("table_trigger",),
    "task/**": ("task",),
    "addon/**": ("addon",),
    "middleware/**": ("middleware",),
    "workflow_test/**": ("workflow_test",),
    "ai/agent": ("agent",),
    "ai/agent/trigger": ("agent_trigger",),
    "ai/tool": ("tool",),
    "ai/mcp_server": ("mcp_server",),
    "ai/mcp_server/trigger": ("mcp_server_trigger",),
    "workspace": ("workspace", "branch"),  # Git sync writes workspace/branch.xs
    "workspace/trigger": ("workspace_trigger", "error_trigger"),
    # CLI of 2026-02-13..14 wrote the AI kinds at the top level.
    "agent": ("agent",),
    "agent/trigger": ("agent_trigger",),
    "tool": ("tool",),
    "mcp_server": ("mcp_server",),
    "mcp_server/trigger": ("mcp_server_trigger",),
} | V2_REALTIME | V2_GENERIC

# C: Xano Git sync until 2026-03: `<id>_<name>.xs` files, flat folders.
GIT_SYNC = {
    "realtime_channels": ("realtime_channel",),
    "realtime_channels/triggers": ("realtime_trigger",),
    "functions": ("function",),
    "apis/*": ("query", "api_group"),
    "tables": ("table",),
    "tables/triggers": ("table_trigger",),
    "tasks": ("task",),
    "addons": ("addon",),
    "middleware": ("middleware",),
    "workflow_tests": ("workflow_test",),
    "agents": ("agent",),
    "agents/triggers": ("agent_trigger",),
    "tools": ("tool",),
    "mcp_servers": ("mcp_server",),
    "mcp_servers/triggers": ("mcp_server_trigger",),
    "triggers": ("workspace_trigger", "error_trigger"),
}

# D: the VS Code extension; keys of `paths` in `.xano/config.json` and their defaults.
EXTENSION_PATHS = {
    "functions": "functions", "tables": "tables", "tableTriggers": "tables/triggers", "apis": "apis",
    "tasks": "tasks", "tools": "tools", "workflowTests": "workflow_tests", "agents": "agents",
    "agentTriggers": "agents/triggers", "mcpServers": "mcp_servers", "mcpServerTriggers": "mcp_servers/triggers",
    "addOns": "addons", "middlewares": "middlewares", "realtimeChannels": "realtime",
    "realtimeTriggers": "realtime/triggers",
}
EXTENSION_KINDS = {
    "functions": "function", "tables": "table", "tableTriggers": "table_trigger", "tasks": "task",
    "tools": "tool", "workflowTests": "workflow_test", "agents": "agent", "agentTriggers": "agent_trigger",
    "mcpServers": "mcp_server", "mcpServerTriggers": "mcp_server_trigger", "addOns": "addon",
    "middlewares": "middleware", "realtimeChannels": "realtime_channel", "realtimeTriggers": "realtime_trigger",
}
# Folders whose files may sit deeper: names nest on `/`, and some extension versions
# give each agent a folder of its own (`agents/<name>/agent.xs`).
EXTENSION_NESTED = frozenset({"functions", "tasks", "workflowTests", "addOns", "middlewares", "tools", "agents"})


def extension_layout(paths: dict[str, str] | None = None) -> Layout:
    """Layout D with the folders of `paths` (keys as in `.xano/config.json`) over the defaults."""
    chosen = EXTENSION_PATHS | (paths or {})
    table: dict[str, tuple[str, ...]] = {}
    for key, kind in EXTENSION_KINDS.items():
        table[chosen[key] + ("/**" if key in EXTENSION_NESTED else "")] = (kind,)
    if "realtimeChannels" not in (paths or {}):
        table["realtime/channels"] = ("realtime_channel",)  # the default of other extension versions
    table[chosen["apis"] + "/*/**"] = ("query",)
    table[chosen["apis"] + "/*"] = ("api_group",)
    return Layout("D", "Xano's VS Code extension, from .xano/config.json", homes(table))


def generic_layout() -> dict[str, tuple[str, ...]]:
    """E: the early CLI (0.0.x) put each kind in a folder named after its keyword."""
    kinds = ("function", "query", "api_group", "table", "table_trigger", "task", "addon", "middleware",
             "workflow_test", "realtime_channel", "realtime_trigger", "workspace", "workspace_trigger",
             "error_trigger", "agent", "agent_trigger", "tool", "mcp_server", "mcp_server_trigger")
    table: dict[str, tuple[str, ...]] = {f"{kind}/**": (kind,) for kind in kinds}
    table |= {f"{parent}/trigger": (f"{parent}_trigger",) for parent in ("table", "agent", "mcp_server")}
    table["workspace/trigger"] = ("workspace_trigger", "error_trigger")
    return table | V2_GENERIC


# F: `@calycode/cli generate xanoscript`: `<kind>/<name>/script.freezed.xs` beside `meta.json`.
CALYCODE = {
    "function/*": ("function",), "table/*": ("table",), "table/trigger/*": ("table_trigger",),
    "app/*": ("api_group",), "app/*/**": ("query",), "task/*": ("task",), "addon/*": ("addon",),
    "middleware/*": ("middleware",), "workflow_test/*": ("workflow_test",), "tool/*": ("tool",),
    "agent/*": ("agent",), "agent/trigger/*": ("agent_trigger",), "mcp_server/*": ("mcp_server",),
    "mcp_server/trigger/*": ("mcp_server_trigger",), "trigger/*": ("workspace_trigger",),
    "realtime/channel/*": ("realtime_channel",), "realtime/channel/trigger/*": ("realtime_trigger",),
}

PULL_LAYOUT = Layout("A", "`xano workspace pull` and Git sync since 2026-04", homes(PULL))
GIT_SYNC_LAYOUT = Layout("C", "Xano Git sync until 2026-03", homes(GIT_SYNC))
EXTENSION_LAYOUT = extension_layout()
EARLY_CLI_LAYOUT = Layout("E", "the early Xano CLI, one folder per keyword", homes(generic_layout()))
CALYCODE_LAYOUT = Layout("F", "`@calycode/cli generate xanoscript`", homes(CALYCODE))
RUN_LAYOUT = Layout("H", "a run job beside run.xs", homes(PULL))
LAYOUTS = (PULL_LAYOUT, GIT_SYNC_LAYOUT, EXTENSION_LAYOUT, EARLY_CLI_LAYOUT, CALYCODE_LAYOUT, RUN_LAYOUT)

# Every folder name a layout writes directly under its root: such a folder is never a root itself.
KIND_FOLDERS = frozenset().union(*(layout.tops for layout in LAYOUTS))
