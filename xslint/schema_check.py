"""Running the JSON Schemas in `schemas/` and turning their errors into findings.

Each schema error goes to the rule that owns it (each schema-backed rule
declares its part in its own module: see `schema_owner.py`), to the span of
the offending value or key, and to a message in xslint's own words.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Iterator

from xslint.diagnostics import Span
from xslint.resources import schema
from xslint.schema_owner import owner_of
from xslint.schema_sure import surely_valid
from xslint.values import EXPRESSION, Lowered, STATIC_ONLY

if TYPE_CHECKING:  # jsonschema is imported when first needed: most runs never are
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

_JSON_TYPES = {"boolean": "a boolean", "integer": "an integer", "number": "a number",
               "string": "text", "object": "an object", "array": "an array"}


@dataclass(frozen=True, slots=True)
class Issue:
    """One schema error, already in xslint's terms."""

    code: str
    span: Span
    message: str
    help: str | None = None
    guess: str | None = None  # what to write instead, when one replacement is close (for the fix)


class _Schema:
    """One schema, compiled once: a value `schema_sure` vouches for has no errors, and only
    the others go through jsonschema (imported and compiled when first needed)."""

    def __init__(self, name: str) -> None:
        self.schema = schema(name)
        self._compiled: Draft202012Validator | None = None

    def iter_errors(self, value: Any) -> Iterator[ValidationError]:
        if surely_valid(self.schema, value):
            return iter(())
        if self._compiled is None:
            from jsonschema import Draft202012Validator

            self._compiled = Draft202012Validator(self.schema)
        return self._compiled.iter_errors(value)


@cache
def _validator(name: str) -> _Schema:
    return _Schema(name)


def validate(name: str, lowered: Lowered, subject: str, header: Span) -> list[Issue]:
    """Check `lowered` against schema `name`; `subject` names the thing in messages
    ("realtime_trigger \"relay\""), `header` is where missing parts are reported."""
    errors = list(_validator(name).iter_errors(lowered.value))
    failed = {(tuple(e.absolute_path), e.validator) for e in errors}
    issues = []
    for error in errors:
        path = tuple(error.absolute_path)
        if (error.validator == "enum" and (path, "type") in failed
                or error.validator == "pattern" and (path, "minLength") in failed):
            continue  # "is empty" or "not an integer" already says it
        issues.extend(_issues(name, error, path, lowered, subject, header))
    return issues


def _issues(name: str, error: ValidationError, path: tuple, lowered: Lowered, subject: str,
            header: Span) -> list[Issue]:
    kind = error.validator
    if kind == "required":
        return [_missing(code, name, path, key, lowered, subject, header) for key in _missing_keys(error)
                if (code := owner_of(name, kind, path, key))]
    if kind == "additionalProperties":
        known = sorted(error.schema.get("properties", {}))
        return [_unknown(code, name, path + (key,), key, known, lowered, error.instance) for key in _extra_keys(error)
                if (code := owner_of(name, kind, path + (key,), key))]
    code = owner_of(name, path=path, error=kind)
    if code is None:
        return []
    span = lowered.spans.get(path, header)
    return [Issue(code, span, _value_message(path, error), _value_help(path, error), nearest(error))]


def _missing_keys(error: ValidationError) -> list[str]:
    return [key for key in error.validator_value if key not in error.instance]


def _extra_keys(error: ValidationError) -> list[str]:
    allowed = set(error.schema.get("properties", {}))
    return [key for key in error.instance if key not in allowed]


def _missing(code: str, name: str, path: tuple, key: str, lowered: Lowered, subject: str, header: Span) -> Issue:
    if name == "realtime_channel":
        where = lowered.keys.get(path, header)
        return Issue(code, where, f'settings is missing "{key}"',
                     "once settings is given, the platform requires all five: anonymous_clients, "
                     "nested_channels, message_history, auth_channel and presence")
    if name == "realtime_trigger":
        return Issue(code, header, f'{subject} has no "{key}" clause',
                     f"add `{key}`; a realtime trigger needs channel, input and stack")
    return Issue(code, header, f'api.realtime_event has no "{key}" parameter',
                 f"add `{key} = …`; every realtime event needs a channel and data")


def _unknown(code: str, name: str, path: tuple, key: str, known: list[str], lowered: Lowered,
             siblings: Any) -> Issue:
    where = lowered.keys.get(path, lowered.spans.get(path, Span(0, 0)))
    guess = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    help = f'did you mean "{guess[0]}"?' if guess else "known: " + ", ".join(f'"{k}"' for k in known)
    if name == "realtime_event":
        return Issue(code, where, f'unknown api.realtime_event parameter "{key}"', help)
    if name == "realtime_trigger" and path[:1] == ("actions",):
        action = "join" if key == "connection" else guess[0] if guess else None
        return Issue(code, where, f'unknown trigger action "{key}"', _action_help(key), free(action, siblings))
    parent = ".".join(str(p) for p in path[:-1])
    place = f" in {parent}" if parent else ""
    return Issue(code, where, f'unknown attribute "{key}"{place}', help, free(guess[0] if guess else None, siblings))


def free(key: str | None, siblings: Any) -> str | None:
    """`key`, unless its object already has it (renaming would only make a duplicate)."""
    return key if key is not None and isinstance(siblings, dict) and key not in siblings else None


def nearest(error: ValidationError) -> str | None:
    """The allowed value closest to a wrong one, as written in XanoScript: the nearest
    number for a number, the one close spelling for text; None when nothing is close."""
    allowed, value = error.validator_value, error.instance
    if error.validator != "enum" or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        numbers = [v for v in allowed if isinstance(v, (int, float)) and not isinstance(v, bool)]
        return str(min(numbers, key=lambda v: (abs(v - value), v))) if numbers else None
    if isinstance(value, str) and value != EXPRESSION:
        texts = [v for v in allowed if isinstance(v, str)]
        close = difflib.get_close_matches(value, texts, n=1, cutoff=0.6)
        return close[0] if close else None
    return None


def _action_help(key: str) -> str:
    if key == "connection":  # older docs and the VS Code template write it; agent and MCP triggers have it
        return ('"connection" is an action of agent and MCP server triggers, not of realtime triggers; '
                'use "join" to run when a client joins the channel')
    return 'the actions are "join" and "message"'


def _value_message(path: tuple, error: ValidationError) -> str:
    key = ".".join(str(p) for p in path)
    value = describe(error.instance)
    if error.validator == "type":
        return f"{key} takes {_type_names(error.validator_value)}, not {value}"
    if error.validator == "enum":
        return f"{key} cannot be {value}"
    if error.validator == "minLength":
        return f"{key} is empty"
    if error.validator == "pattern":
        return f'{key} "{error.instance}" holds whitespace'
    return f"{key} cannot be {value}"


def _type_names(expected: str | list[str]) -> str:
    """A schema's `type`, one name or several (`history` is a boolean, an integer or text)."""
    names = [_JSON_TYPES.get(name, name) for name in ([expected] if isinstance(expected, str) else expected)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _value_help(path: tuple, error: ValidationError) -> str | None:
    if error.validator == "enum":
        return "use one of " + ", ".join(_literal(v) for v in error.validator_value)
    if path[:1] == ("history",):
        return "use false, inherit, all, or the number of runs to keep (0 or more)"
    if error.validator == "type" and error.validator_value == "boolean":
        return f"write `{path[-1]}: true` or `{path[-1]}: false`" if len(path) > 1 else \
            f"write `{path[-1]} = true` or `{path[-1]} = false`"
    if path[:1] == ("event",):
        return 'name the event with one word, such as "new_message"'
    return None


def describe(value: Any) -> str:
    """A value as a message names it: `the text "yes"`, `the number 1`, `an expression`."""
    if value is STATIC_ONLY or value == EXPRESSION:
        return "an expression"
    if isinstance(value, bool):
        return f'"{str(value).lower()}"'
    if isinstance(value, str):
        return f'the text "{value}"'
    if isinstance(value, (int, float)):
        return f'the number "{value}"'
    if value is None:
        return '"null"'
    return "an object" if isinstance(value, dict) else "an array"


def _literal(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return f'"{value}"' if isinstance(value, str) else str(value)
