"""The JSON Schemas of current Realtime, and which rule each schema error belongs to.

The schemas (`schemas/realtime_server.schema.json`, `channel`, `message`,
`realtime_server_trigger`, `channel_trigger`, `realtime_publish`) carry the
keys, types and value sets; this module runs them with the legacy schema
machinery (xslint/schema_check.py) and words each error; which rule reports
it is the rule's own declaration (`SCHEMA` in its module, `schema_owner.py`).
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from xslint.diagnostics import Span
from xslint.realtime_v2.extract import PUBLISH, publish_visits
from xslint.schema_check import Issue, _validator, _value_help, _value_message, free, nearest
from xslint.schema_owner import owner_of
from xslint.values import EXPRESSION, STATIC_ONLY, Lowered, from_block

if TYPE_CHECKING:  # jsonschema is imported when first needed
    from jsonschema.exceptions import ValidationError

DEFINITIONS = frozenset({"realtime_server", "channel", "message", "realtime_server_trigger", "channel_trigger"})
PARENTS = frozenset({"realtime_server", "channel", "data"})
# Old or legacy spellings people carry over, and what current Realtime calls them.
RENAMED = {"server": "realtime_server", "event": "message", "type": "message"}
_ACTIONS = {"realtime_server_trigger": '"connect" and "disconnect"',
            "channel_trigger": '"join", "leave" and "deliver"'}


def realtime_issues(unit) -> list[Issue]:  # noqa: ANN001 - a FileUnit; facts imports this package
    """Schema issues of the file's current-Realtime definitions and publishes."""
    issues: list[Issue] = []
    for definition in unit.document.definitions:
        kind = definition.kind.text
        if kind in DEFINITIONS:
            subject = f'{kind} "{definition.name_text}"'
            issues += _validate(kind, from_block(definition.body, STATIC_ONLY), subject, definition.header)
    for visit in publish_visits(unit):
        body = visit.statement.body
        values = from_block(body, EXPRESSION) if body else Lowered({})
        issues += _validate("realtime_publish", values, PUBLISH, visit.statement.name.span)
    return issues


def _validate(name: str, lowered: Lowered, subject: str, header: Span) -> list[Issue]:
    errors = list(_validator(name).iter_errors(lowered.value))
    failed = {(tuple(e.absolute_path), e.validator) for e in errors}
    issues = []
    for error in errors:
        path = tuple(error.absolute_path)
        if error.validator == "enum" and (path, "type") in failed:
            continue  # "takes text, not a number" already says it
        issues += _issues(name, error, path, lowered, subject, header)
    return issues


def _issues(name: str, error: ValidationError, path: tuple, lowered: Lowered, subject: str,
            header: Span) -> list[Issue]:
    if error.validator == "required":
        return [_missing(code, name, key, subject, header) for key in error.validator_value
                if key not in error.instance and (code := owner_of(name, "required", path, key))]
    if error.validator == "additionalProperties":
        known = sorted(error.schema.get("properties", {}))
        extra = [key for key in error.instance if key not in known]
        return [_unknown(code, name, path + (key,), key, known, lowered, error.instance) for key in extra
                if (code := owner_of(name, "additionalProperties", path + (key,), key))]
    code = owner_of(name, error.validator, path)
    if code is None:
        return []
    help = _value_help(path, error)
    if path[:1] == ("actions",) and name in _ACTIONS:
        help = f"the actions of a {name} are {_ACTIONS[name]}, each true or false"
    guess = nearest(error)  # None unless a value set has one close member
    return [Issue(code, lowered.spans.get(path, header), _value_message(path, error), help, guess)]


def _missing(code: str, name: str, key: str, subject: str, header: Span) -> Issue:
    if key not in PARENTS:
        clause = "response = …" if key == "response" else f"{key} {{ … }}"
        return Issue(code, header, f'{subject} has no "{key}" clause',
                     f"add `{clause}`; a message needs input, stack and response to run")
    what = {"realtime_server": 'realtime_server = "<server name>"',
            "channel": 'channel = "<channel path template>"' if name != "realtime_publish"
            else 'channel = "<resolved path>"',
            "data": "data = {…}"}[key]
    why = {"realtime_server": "the realtime server it belongs to, by name",
           "channel": "the channel it belongs to" if name != "realtime_publish" else "the path to publish to",
           "data": "the payload the clients receive"}[key]
    return Issue(code, header, f'{subject} has no "{key}"', f"add `{what}`: {why}")


def _unknown(code: str, name: str, path: tuple, key: str, known: list[str], lowered: Lowered,
             siblings: object) -> Issue:
    where = lowered.keys.get(path, lowered.spans.get(path, Span(0, 0)))
    guess = RENAMED.get(key) if RENAMED.get(key) in known else None
    guess = guess or next(iter(difflib.get_close_matches(key, known, n=1, cutoff=0.6)), None)
    help = f'did you mean "{guess}"?' if guess else "known: " + ", ".join(f'"{k}"' for k in known)
    if path[:-1] == ("actions",) and name in _ACTIONS:  # a key inside a trigger's `actions`
        return Issue(code, where, f'unknown {name} action "{key}"', f"the actions are {_ACTIONS[name]}")
    if name == "realtime_publish":
        return Issue(code, where, f'unknown realtime.publish parameter "{key}"', help, free(guess, siblings))
    parent = ".".join(str(p) for p in path[:-1])
    return Issue(code, where, f'unknown attribute "{key}"{" in " + parent if parent else ""}', help,
                 free(guess, siblings))
