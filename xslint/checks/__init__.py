"""The rule registry: every check module, in code order.

Adding a rule means writing its module and listing it here; the tests
check that every rule of the catalogue has exactly one module and a
document in `rules/`.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from xslint.diagnostics import Applicability

_MODULES = (
    "xs001_syntax_error",
    "xs002_unreadable_file",
    "xs003_misplaced_definition",
    "xs004_multiple_definitions",
    "xs005_unused_suppression",
    "xs101_invalid_message_history",
    "xs102_invalid_attribute_type",
    "xs103_unknown_attribute",
    "xs104_duplicate_attribute",
    "xs105_invalid_channel_pattern",
    "xs106_duplicate_channel",
    "xs107_contradictory_channel_auth",
    "xs108_overlapping_channels",
    "xs109_incomplete_channel_settings",
    "xs201_undeclared_channel",
    "xs202_inactive_channel",
    "xs203_nested_channel_disabled",
    "xs204_missing_event_parameter",
    "xs205_unknown_event_parameter",
    "xs206_invalid_event_name",
    "xs207_unresolved_channel",
    "xs208_untrusted_channel_input",
    "xs209_large_event_payload",
    "xs301_trigger_undeclared_channel",
    "xs302_trigger_missing_clause",
    "xs303_invalid_trigger_actions",
    "xs304_trigger_inactive_channel",
    "xs305_trigger_input_modified",
    "xs306_invalid_trigger_history",
    "xs401_unused_channel",
    "xs402_no_declared_channels",
    "xs501_unknown_realtime_server",
    "xs502_unknown_channel_template",
    "xs503_unmatched_publish_channel",
    "xs504_template_in_publish",
    "xs505_invalid_channel_path",
    "xs506_duplicate_realtime_definition",
    "xs507_invalid_realtime_setting",
    "xs508_missing_parent_reference",
    "xs509_message_missing_clause",
    "xs510_cross_system_event",
    "xs511_invalid_realtime_trigger_actions",
    "xs512_realtime_trigger_input_modified",
    "xs513_unreachable_message",
    "xs514_server_without_canonical",
)

CHECKS: tuple[ModuleType, ...] = tuple(import_module(f"{__name__}.{name}") for name in _MODULES)
FILE_CHECKS = tuple(c for c in CHECKS if hasattr(c, "check_file"))
WORKSPACE_CHECKS = tuple(c for c in CHECKS if hasattr(c, "check_workspace"))
# How safe each rule's fix is (a module's `FIX`), None for a rule with no fix.
FIXES: dict[str, Applicability | None] = {c.RULE.code: getattr(c, "FIX", None) for c in CHECKS}
