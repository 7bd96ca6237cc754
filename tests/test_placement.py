"""The layout table itself: where each layout puts each kind (no parsing needed).

The current-Realtime kinds (`realtime_server`, `channel`, `message`,
`realtime_server_trigger`, `channel_trigger`) are judged by their keyword,
as placed by the CLI lines in reference/realtime-current.md section 3.
"""

from __future__ import annotations

import pytest

from xslint.layout_detect import config_paths
from xslint.layouts import (CALYCODE_LAYOUT, EARLY_CLI_LAYOUT, EXTENSION_LAYOUT, GIT_SYNC_LAYOUT, KIND_FOLDERS,
                            PULL_LAYOUT, RUN_LAYOUT, extension_layout)
from xslint.placement import judge, matches, shown

A, C, D, E, F, H = PULL_LAYOUT, GIT_SYNC_LAYOUT, EXTENSION_LAYOUT, EARLY_CLI_LAYOUT, CALYCODE_LAYOUT, RUN_LAYOUT

PLACED = [  # every placement a Xano tool writes
    (A, "realtime/channel/room.xs", "realtime_channel"),
    (A, "realtime/trigger/on_room.xs", "realtime_trigger"),
    (A, "function/notify/user/alert.xs", "function"),
    (A, "api/chat/rooms/room_id/messages_POST.xs", "query"),
    (A, "api/chat/chat.xs", "api_group"),
    (A, "api/chat/api_group.xs", "api_group"),
    (A, "api/check_GET.xs", "query"),  # flat, as Xano's realtime-v2 example workspace has it
    (A, "api/docs_audit.xs", "api_group"),
    (A, "table/trigger/audit.xs", "table_trigger"),
    (A, "ai/mcp_server/trigger/gate.xs", "mcp_server_trigger"),
    (A, "agent/helper.xs", "agent"),
    (A, "workspace/demo.xs", "workspace"),
    (A, "workspace/branch.xs", "branch"),
    (A, "workspace/trigger/on_error.xs", "error_trigger"),
    # current Realtime, layout A of realtime-current.md
    (A, "realtime/server/chat/chat.xs", "realtime_server"),
    (A, "realtime/server/chat/channel/rooms_room_id/rooms_room_id.xs", "channel"),
    (A, "realtime/server/chat/channel/rooms_room_id/message/post.xs", "message"),
    (A, "realtime/server/chat/trigger/gate.xs", "realtime_server_trigger"),
    (A, "realtime/server_trigger/gate.xs", "realtime_server_trigger"),
    (A, "realtime/server/chat/channel/rooms_room_id/trigger/member_gate.xs", "channel_trigger"),
    (A, "realtime/channel_trigger/member_gate.xs", "channel_trigger"),
    (A, "channel/rooms/[room_id]/_channel.xs", "channel"),
    (A, "channel/rooms/[room_id]/post.xs", "message"),
    (A, "channel/rooms/[room_id]/trigger/member_gate.xs", "channel_trigger"),
    # ... layout B
    (A, "realtime/channel/trigger/member_gate.xs", "channel_trigger"),
    (A, "realtime/server/trigger/gate.xs", "realtime_server_trigger"),
    # ... layout C (the generic `<type>/` rule)
    (A, "realtime_server/chat.xs", "realtime_server"),
    (A, "channel/rooms/room_id.xs", "channel"),
    (A, "message/send.xs", "message"),
    (A, "channel_trigger/member_gate.xs", "channel_trigger"),
    (A, "realtime_server_trigger/gate.xs", "realtime_server_trigger"),
    (E, "realtime_server/chat.xs", "realtime_server"),
    (E, "channel_trigger/member_gate.xs", "channel_trigger"),
    (C, "realtime_channels/47286766384427_test1.xs", "realtime_channel"),
    (C, "realtime_channels/triggers/12_on_test1.xs", "realtime_trigger"),
    (C, "apis/first/2601_test_GET.xs", "query"),
    (C, "apis/first/api_group.xs", "api_group"),
    (C, "triggers/3_on_branch.xs", "workspace_trigger"),
    (C, "middleware/7_pre.xs", "middleware"),
    (D, "realtime/98588683523207_auction_session.xs", "realtime_channel"),
    (D, "realtime/channels/5_room.xs", "realtime_channel"),
    (D, "realtime/triggers/6_on_room.xs", "realtime_trigger"),
    (D, "functions/ai/parse_pdf.xs", "function"),
    (D, "middlewares/auth.xs", "middleware"),
    (D, "agents/triggers/7_on_agent.xs", "agent_trigger"),
    (D, "agents/helper/agent.xs", "agent"),
    (E, "realtime_channel/room.xs", "realtime_channel"),
    (E, "query/rooms/list_GET.xs", "query"),
    (E, "table/trigger/audit.xs", "table_trigger"),
    (F, "realtime/channel/room/script.freezed.xs", "realtime_channel"),
    (F, "realtime/channel/trigger/on_room/script.freezed.xs", "realtime_trigger"),
    (F, "app/chat/rooms_list/GET/script.freezed.xs", "query"),
    (H, "function/total.xs", "function"),
]

MISPLACED = [  # (layout, file, kind, where it belongs)
    (A, "realtime/channel/rooms.xs", "channel", "realtime/server/<name>/channel/<name>/"),
    (A, "realtime/trigger/gate.xs", "channel_trigger", "realtime/server/<name>/channel/<name>/trigger/"),
    (A, "realtime/server/chat/room.xs", "realtime_channel", "realtime/channel/"),
    (A, "channel/rooms/room.xs", "realtime_channel", "realtime/channel/"),
    (A, "realtime/room.xs", "realtime_channel", "realtime/channel/"),
    (A, "api/orders/order.xs", "table", "table/"),
    (A, "table/trigger/order.xs", "table", "table/"),
    (C, "functions/nested/1_f.xs", "function", "functions/"),
    (C, "realtime_channels/triggers/1_room.xs", "realtime_channel", "realtime_channels/"),
    (D, "tables/triggers/1_order.xs", "table", "tables/"),
    (D, "functions/1_room.xs", "realtime_channel", "realtime/"),
    (F, "table/script.freezed.xs", "table", "table/<name>/"),
    (E, "function/room.xs", "realtime_channel", "realtime_channel/"),
]

NOT_JUDGED = [  # outside the layout's folders, or a kind it never wrote
    (A, "notes/scratch.xs", "table"),
    (A, "branch.xs", "branch"),
    (A, "realtime_channels/1_room.xs", "function"),
    (C, "workspace.xs", "workspace"),
    (C, "realtime/room.xs", "function"),
    (D, "functions/chat.xs", "channel"),  # no evidence of current Realtime in the extension
    (D, "inspection_tables.xs", "table"),
    (D, "workspace/demo.xs", "workspace"),
]


@pytest.mark.parametrize("layout,relpath,kind", PLACED, ids=[f"{l.name}-{p}" for l, p, _ in PLACED])
def test_tool_placements_are_accepted(layout, relpath: str, kind: str) -> None:
    assert judge(layout, relpath, kind) is None


@pytest.mark.parametrize("layout,relpath,kind,home", MISPLACED, ids=[f"{l.name}-{p}" for l, p, _, _ in MISPLACED])
def test_misplacements_name_the_home(layout, relpath: str, kind: str, home: str) -> None:
    wrong = judge(layout, relpath, kind)
    assert wrong is not None and wrong.home == home and wrong.folder == relpath.rpartition("/")[0] + "/"


@pytest.mark.parametrize("layout,relpath,kind", NOT_JUDGED, ids=[f"{l.name}-{p}" for l, p, _ in NOT_JUDGED])
def test_outside_the_layout_nothing_is_judged(layout, relpath: str, kind: str) -> None:
    assert judge(layout, relpath, kind) is None


def test_patterns() -> None:
    assert matches(("function", "**"), ("function",))
    assert matches(("function", "**"), ("function", "a", "b"))
    assert not matches(("api", "*", "**"), ("api",))
    assert matches(("api", "*", "**"), ("api", "g", "x"))
    assert not matches(("table",), ("table", "trigger"))
    assert shown(("api", "*", "**")) == "api/<group>/"
    assert shown(("realtime", "server", "*")) == "realtime/server/<name>/"


def test_renamed_extension_folders() -> None:
    layout = extension_layout({"functions": "src/logic", "realtimeChannels": "live"})
    assert judge(layout, "src/logic/a/b.xs", "function") is None
    assert judge(layout, "live/1_room.xs", "realtime_channel") is None
    assert judge(layout, "src/logic/1_room.xs", "realtime_channel").home == "live/"
    assert judge(layout, "realtime/channels/1_room.xs", "realtime_channel").home == "live/"  # renamed away
    assert judge(layout, "functions/a.xs", "function") is None  # "functions" is not its folder any more
    assert "src" in layout.tops and "functions" not in layout.tops


def test_config_paths(tmp_path) -> None:
    config = tmp_path / "config.json"
    config.write_text('{"paths": {"functions": "./fns/", "tables": "/abs", "apis": "../up", "tasks": 3,\n'
                      '  "unknownKey": "x", "realtimeChannels": "rt\\\\ch",}}')
    assert config_paths(str(config)) == {"functions": "fns", "realtimeChannels": "rt/ch"}
    config.write_text("not json")
    assert config_paths(str(config)) == {}
    assert config_paths(str(tmp_path / "missing.json")) == {}


def test_fingerprints_differ_by_folders() -> None:
    assert extension_layout({"functions": "fns"}).fingerprint != EXTENSION_LAYOUT.fingerprint
    assert extension_layout({}).fingerprint == EXTENSION_LAYOUT.fingerprint


def test_kind_folders_cover_every_layout() -> None:
    for name in ("api", "apis", "function", "functions", "realtime", "realtime_channels", "query", "app"):
        assert name in KIND_FOLDERS
