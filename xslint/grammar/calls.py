"""Rewriting a function call as XanoScript writes it: `f(a, b)` → `a|f:b`.

Used only to word the help of a syntax error, so it is deliberately small:
it rewrites calls of well-known filters (`concat`, `to_text`, `math.ceil`, …)
whose arguments fit on one line, and gives up on anything else.
"""

from __future__ import annotations

import re

# Common value filters (Xano's filter list); a call of anything else gets the
# general advice rather than a guessed filter.
_FILTERS = frozenset({
    "abs", "ceil", "floor", "round", "sqrt", "pow", "min", "max", "sum", "avg", "count",
    "first", "last", "join", "split", "replace", "concat", "trim", "ltrim", "rtrim",
    "to_lower", "to_upper", "capitalize", "substr", "strlen", "contains", "starts_with",
    "ends_with", "to_text", "to_int", "to_decimal", "to_bool", "to_timestamp",
    "json_encode", "json_decode", "merge", "unique", "sort", "reverse", "flatten", "keys",
    "values", "get", "set", "has", "unset", "push", "append", "prepend", "slice",
    "format_timestamp", "parse_timestamp", "url_encode", "url_decode", "base64_encode",
    "base64_decode", "md5", "sha256", "first_notnull", "first_notempty", "is_null",
    "is_empty", "sprintf", "add", "subtract", "multiply", "divide",
})
# Prefixes of call names from other languages' libraries: `math.ceil`, `Math.round`.
_PREFIX = re.compile(r"(?:math|Math|text|array|object|json|JSON)\.")
_NAME = re.compile(r"((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)\(")
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_NOW_CALL = re.compile(r"\bnow\([ \t]*\)")
_CLOSERS = {")": "(", "]": "[", "}": "{"}
_MAX_LENGTH = 80


def rewrite_call(text: str, start: int) -> tuple[str, int] | None:
    """The XanoScript form of the call at `start`, and where the call ends; None if unsure."""
    parsed = parse_call(text, start)
    if parsed is None:
        return None
    name, args, end = parsed
    rewritten = _rewrite(name, args)
    if rewritten is None or len(rewritten) > _MAX_LENGTH:
        return None
    return rewritten, end


def parse_call(text: str, start: int) -> tuple[str, list[str], int] | None:
    """`name(a, b)` at `start`: the name, the argument texts, the offset after `)`."""
    match = _NAME.match(text, start)
    if match is None:
        return None
    args: list[str] = []
    depth: list[str] = []
    piece = match.end()
    pos = piece
    while pos < len(text):
        string = _STRING.match(text, pos)
        char = text[pos]
        if string:
            pos = string.end()
            continue
        if char == "\n":
            return None
        if char in "([{":
            depth.append(char)
        elif char in ")]}":
            if not depth:
                if char != ")":
                    return None
                last = text[piece:pos].strip()
                if last or args:
                    args.append(last)
                return match.group(1), args, pos + 1
            if depth.pop() != _CLOSERS[char]:
                return None
        elif char == "," and not depth:
            args.append(text[piece:pos].strip())
            piece = pos + 1
        pos += 1
    return None


def _rewrite(name: str, args: list[str]) -> str | None:
    filter_name = _PREFIX.sub("", name, count=1)
    if filter_name == "now" and not args:
        return "now"
    if filter_name not in _FILTERS or not args or not all(args):
        return None
    values = [value for value in map(_value, args) if value is not None]
    if len(values) != len(args):
        return None
    base, *rest = values
    base = base if _is_operand(base) else f"({base})"
    if filter_name == "concat":  # concat(a, b, c): one `|concat` per extra piece
        return base + "".join(f"|concat:{_argument(v)}" for v in rest)
    return base + f"|{filter_name}" + "".join(f":{_argument(v)}" for v in rest)


def filter_arguments(args: list[str]) -> str | None:
    """`:a:b` for the arguments of `|f(a, b)`; None if one of them is not plain."""
    values = [_value(arg) for arg in args] if all(args) else [None]
    if any(value is None for value in values):
        return None
    return "".join(f":{_argument(value)}" for value in values)  # type: ignore[arg-type]


def _value(arg: str) -> str | None:
    """An argument, itself rewritten when it is a call."""
    arg = _NOW_CALL.sub("now", arg)
    parsed = parse_call(arg, 0)
    if parsed is not None and parsed[2] == len(arg):
        return _rewrite(parsed[0], parsed[1])
    return None if _NAME.search(_STRING.sub('""', arg)) else arg


def _argument(value: str) -> str:
    """A filter argument must be one operand: anything more goes in parentheses."""
    return value if _is_operand(value) and "|" not in _STRING.sub('""', value) else f"({value})"


def _is_operand(value: str) -> bool:
    """True when nothing but brackets and strings holds spaces or operators (filters allowed)."""
    depth = 0
    for char in _STRING.sub('""', value):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif depth == 0 and char in " \t+-*/~<>=!&?%":
            return False
    return True
