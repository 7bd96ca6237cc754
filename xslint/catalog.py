"""The rule catalogue: every rule's fixed code, name, default severity and summary.

Codes and names are a public contract (../SPEC section 3); the checks that
implement them live in `xslint/checks/`, their documents in `rules/<name>.md`.
"""

from __future__ import annotations

from dataclasses import dataclass

from xslint.diagnostics import Severity

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """The identity of one rule, independent of how it is checked."""

    code: str
    name: str
    severity: Severity
    summary: str
    retired: bool = False  # the code stays reserved and selectable, but nothing reports it


RULES: tuple[RuleInfo, ...] = (
    RuleInfo("XS001", "syntax-error", E, "text that is not XanoScript"),
    RuleInfo("XS002", "unreadable-file", E, "a file that cannot be read or decoded as UTF-8, or holds NUL bytes"),
    RuleInfo("XS003", "misplaced-definition", W, "a definition in a folder where its kind does not belong"),
    RuleInfo("XS004", "multiple-definitions", E, "more than one top-level definition in one file"),
    RuleInfo("XS005", "unused-suppression", W, "a suppression comment that suppressed nothing"),
    RuleInfo("XS101", "invalid-message-history", E, "settings.message_history not one of 0, 25, 50, 100, 250, 1000"),
    RuleInfo("XS102", "invalid-attribute-type", E, "a channel or trigger attribute of the wrong type"),
    RuleInfo("XS103", "unknown-attribute", E, "a key the channel or trigger does not know"),
    RuleInfo("XS104", "duplicate-attribute", E, "the same key twice in one block or object literal"),
    RuleInfo("XS105", "invalid-channel-pattern", E, "an empty or malformed channel pattern"),
    RuleInfo("XS106", "duplicate-channel", E, "two realtime_channel definitions with the same pattern"),
    RuleInfo("XS107", "contradictory-channel-auth", W,
             "retired, never reported: anonymous_clients with auth_channel is a documented combination", True),
    RuleInfo("XS108", "overlapping-channels", W, "two declared patterns that can match the same channel name"),
    RuleInfo("XS109", "incomplete-channel-settings", E, "a settings object without all five keys"),
    RuleInfo("XS201", "undeclared-channel", E, "an event whose channel can match no declared pattern"),
    RuleInfo("XS202", "inactive-channel", E, "an event sent to a channel whose definition has active = false"),
    RuleInfo("XS203", "nested-channel-disabled", E, "an event that matches only as a sub-channel of a pattern without nested_channels"),
    RuleInfo("XS204", "missing-event-parameter", E, "api.realtime_event without channel or data"),
    RuleInfo("XS205", "unknown-event-parameter", E, "an api.realtime_event parameter that does not exist"),
    RuleInfo("XS206", "invalid-event-name", E, "an event name that is empty, holds whitespace, or is not text"),
    RuleInfo("XS207", "unresolved-channel", I, "a channel expression with no known part, which cannot be checked"),
    RuleInfo("XS208", "untrusted-channel-input", W, "a query that builds a channel from $input with no precondition before it"),
    RuleInfo("XS209", "large-event-payload", I, "event data that is a whole record rather than chosen fields"),
    RuleInfo("XS301", "trigger-undeclared-channel", E, "a realtime_trigger whose channel is not declared"),
    RuleInfo("XS302", "trigger-missing-clause", E, "a realtime_trigger without channel, input or stack"),
    RuleInfo("XS303", "invalid-trigger-actions", E, "trigger actions other than join and message, or not booleans"),
    RuleInfo("XS304", "trigger-inactive-channel", W, "a trigger listening on a channel whose definition has active = false"),
    RuleInfo("XS305", "trigger-input-modified", W, "a trigger input block that differs from the predefined one"),
    RuleInfo("XS306", "invalid-trigger-history", E, "a trigger history other than false, inherit, all or a non-negative integer"),
    RuleInfo("XS401", "unused-channel", I, "a declared channel that no event or trigger uses"),
    RuleInfo("XS402", "no-declared-channels", I, "events or triggers in a workspace that declares no channel at all"),
    RuleInfo("XS501", "unknown-realtime-server", E, "a reference to a realtime_server the workspace does not declare"),
    RuleInfo("XS502", "unknown-channel-template", E, "a message or channel_trigger whose channel is not a template of its server"),
    RuleInfo("XS503", "unmatched-publish-channel", E, "a realtime.publish whose channel can match no channel template of its server"),
    RuleInfo("XS504", "template-in-publish", E, "a realtime.publish channel that still holds a {param} placeholder"),
    RuleInfo("XS505", "invalid-channel-path", E, "a malformed channel path template or a parameter missing from the input"),
    RuleInfo("XS506", "duplicate-realtime-definition", E, "two servers, channels or messages with the same name in one scope"),
    RuleInfo("XS507", "invalid-realtime-setting", E, "publish.who, deliver_to or delivery.guarantee outside its documented set"),
    RuleInfo("XS508", "missing-parent-reference", E, "a current-Realtime definition or publish without its server, channel or data"),
    RuleInfo("XS509", "message-missing-clause", E, "a message without input, stack or response"),
    RuleInfo("XS510", "cross-system-event", W, "a legacy event aimed at a current-Realtime channel, or a publish at a legacy channel"),
    RuleInfo("XS511", "invalid-realtime-trigger-actions", E, "server or channel trigger actions that do not exist, or not booleans"),
    RuleInfo("XS512", "realtime-trigger-input-modified", W, "a server or channel trigger input that differs from its fixed schema"),
    RuleInfo("XS513", "unreachable-message", W, "a message on a channel where no client may publish"),
    RuleInfo("XS514", "server-without-canonical", W, "a realtime_server without canonical"),
)

BY_CODE: dict[str, RuleInfo] = {rule.code: rule for rule in RULES}
BY_NAME: dict[str, RuleInfo] = {rule.name: rule for rule in RULES}


def lookup(code_or_name: str) -> RuleInfo | None:
    """Find a rule by its code (any case) or its name."""
    return BY_CODE.get(code_or_name.upper()) or BY_NAME.get(code_or_name.lower())
