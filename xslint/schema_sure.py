"""A quick answer to "does this value pass the schema?", for the common case where it does.

jsonschema builds an error iterator, resolves scopes and evolves a validator
for every nested schema: ~45 µs for one `api.realtime_event`, called for
every event, channel, trigger and publish of every file, nearly all valid.
`surely_valid` walks the value and the schema together in a few µs and
answers True only when it is sure: every keyword of the schemas it meets
is one it knows (`type`, `properties`, `required`, `additionalProperties`,
`items`, `enum`, `const`, `minLength`, `pattern`, `minimum`, `anyOf`, and
the annotations) and the value satisfies each the way JSON Schema 2020-12 says.
Anything else (an unknown keyword, `$ref`, a float where an integer is
wanted, a value that fails) answers False, and the caller runs jsonschema,
whose errors are then the findings. So a True saves work and a False costs
only the quick walk: the findings are those jsonschema gives either way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "examples", "default", "$comment"})
_KNOWN = _ANNOTATIONS | {"type", "properties", "required", "additionalProperties", "items", "enum", "const",
                         "minLength", "pattern", "minimum", "anyOf"}
# JSON Schema's types, for the plain Python values lowering makes (bool is no number).
_TYPES: dict[str, tuple[type, ...]] = {"object": (dict,), "array": (list,), "string": (str,), "boolean": (bool,),
                                       "integer": (int,), "number": (int, float), "null": (type(None),)}


def surely_valid(schema: Any, value: Any) -> bool:
    """True only if `value` certainly passes `schema` (False: maybe not, ask jsonschema)."""
    if schema is True:
        return True
    if not isinstance(schema, dict) or not schema.keys() <= _KNOWN:
        return False
    for keyword, expected in schema.items():
        if keyword not in _ANNOTATIONS and not _satisfies(keyword, expected, schema, value):
            return False
    return True


def _satisfies(keyword: str, expected: Any, schema: dict[str, Any], value: Any) -> bool:
    if keyword == "type":
        return isinstance(expected, str) and _is(expected, value)
    if keyword == "properties":
        return not isinstance(value, dict) or all(
            surely_valid(expected[key], item) for key, item in value.items() if key in expected)
    if keyword == "required":
        return not isinstance(value, dict) or all(key in value for key in expected)
    if keyword == "additionalProperties":
        if not isinstance(value, dict):
            return True
        listed = schema.get("properties", {})
        return all(surely_valid(expected, item) for key, item in value.items() if key not in listed)
    if keyword == "items":
        return not isinstance(value, list) or all(surely_valid(expected, item) for item in value)
    if keyword == "enum":
        return any(_same(option, value) for option in expected)
    if keyword == "const":
        return _same(expected, value)
    if keyword == "minLength":
        return not isinstance(value, str) or len(value) >= expected
    if keyword == "pattern":
        return not isinstance(value, str) or _compiled(expected).search(value) is not None
    if keyword == "minimum":
        return not _is("number", value) or value >= expected
    if keyword == "anyOf":
        return any(surely_valid(option, value) for option in expected)
    return False


def _is(name: str, value: Any) -> bool:
    """Strictly of the JSON type `name` (a float is never taken for an integer here)."""
    kinds = _TYPES.get(name)
    if kinds is None or (isinstance(value, bool) and name != "boolean"):
        return False
    return type(value) in kinds


def _same(option: Any, value: Any) -> bool:
    """Equal as JSON Schema compares: scalars of one Python type only (true is not 1)."""
    scalars = (str, int, float, bool, type(None))
    return type(option) in scalars and type(option) is type(value) and option == value


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
