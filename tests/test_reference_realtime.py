"""No false positives on the realtime examples of Xano's docs (realtime.md, triggers.md).

The event snippets run inside functions, the three channels of one example
go to three files, the realtime trigger gets its predefined input block in
place of the docs' `input { ... }`, and the channels the snippets send to
are declared.
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import lint_in

REFERENCE = Path(__file__).parent / "reference" / "realtime"
TEMPLATES = {"realtime__L49.xs", "triggers__L256.xs"}  # `<channel_pattern>`, `<name>` placeholders
EXTRA_CHANNELS = ("orders", "global", "document:*", "tenant:*:orders", "chat_room")
CHANNEL = """realtime_channel "{pattern}" {{
  settings = {{
    anonymous_clients: false
    nested_channels  : false
    message_history  : 0
    auth_channel     : true
    presence         : false
  }}
}}
"""


def snippets() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(REFERENCE.glob("*.xs"))}


def workspace_files() -> dict[str, str]:
    blocks = snippets()
    files: dict[str, str] = {}
    for index, channel in enumerate(re.split(r"\n(?=// )", blocks["realtime__L102.xs"].strip())):
        files[f"realtime/channel/doc_{index}.xs"] = channel + "\n"
    for pattern in EXTRA_CHANNELS:
        files[f"realtime/channel/{pattern.split(':')[0]}.xs"] = CHANNEL.format(pattern=pattern)
    predefined_input = blocks["triggers__L123.xs"]
    files["realtime/trigger/chat.xs"] = blocks["triggers__L305.xs"].replace("input { ... }", predefined_input)
    for name, text in blocks.items():
        if name.startswith("realtime__") and "api.realtime_event" in text and name not in TEMPLATES:
            stem = name.removesuffix(".xs").replace("__", "_")
            files[f"function/reference/{stem}.xs"] = (
                f'function "reference/{stem}" {{\n  input {{\n  }}\n  stack {{\n{text}  }}\n  response = null\n}}\n')
    return files


def test_realtime_examples_raise_no_false_positives(workspace) -> None:
    files = workspace_files()
    assert len([f for f in files if f.startswith("function/")]) == 9
    result = lint_in(workspace(files))
    found = [(d.path, d.code) for d in result.diagnostics]
    # The one finding is true: the docs' broadcast after `db.add … as $message`
    # sends the whole record, which realtime.md's own best practices advise against.
    assert found == [("function/reference/realtime_L270.xs", "XS209")]
