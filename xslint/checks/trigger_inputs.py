"""The fixed `input` blocks of realtime triggers, and how a written one differs.

Xano generates these inputs and sends nothing else: the legacy
`realtime_trigger`'s (reference/xanoscript/triggers.md) and current
Realtime's server and channel triggers' (Xano's engine, RealtimeServerTrigger
and ChannelTrigger, and its Realtime V2 documentation). XS305 and XS512
compare a trigger's input with its kind's block, field by field; order and
layout do not matter. XS302 and XS512 write the blocks when one is missing.
"""

from __future__ import annotations

from functools import cache

from xslint.diagnostics import Span
from xslint.syntax import ArrayLit, Field, Section, StringLit

# Each kind's fields, at the first level with two-space indents.
_CLIENT = """object client {
  schema {
    json extras
    object permissions {
      schema {
        int dbo_id
        text row_id
      }
    }
  }
}"""
FIELDS = {
    "realtime_trigger": 'enum action {\n  values = ["message", "join"]\n}\ntext channel\n'
                        f"{_CLIENT}\n"
                        "object options {\n  schema {\n    bool authenticated\n    text channel\n  }\n}\njson payload",
    "realtime_server_trigger": 'enum action {\n  values = ["connect", "disconnect"]\n}\n'
                               f"text realtime_server\n{_CLIENT}",
    "channel_trigger": 'enum action {\n  values = ["join", "leave", "deliver"]\n}\n'
                       f"text channel\njson payload\n{_CLIENT}",
}

Shape = dict[str, tuple]  # field name -> (how it is declared, its nested fields' shape, its span)


def block(kind: str) -> str:
    """The whole `input { … }` clause of `kind`, starting at the first level."""
    return "input {\n" + "\n".join("  " + line for line in FIELDS[kind].splitlines()) + "\n}"


def difference(section: Section, kind: str) -> tuple[str, Span | None] | None:
    """The first way `section` differs from `kind`'s fixed input (a message and where), or None."""
    return _difference(_shape(section.fields), _fixed(kind), "")


@cache
def _fixed(kind: str) -> Shape:
    from xslint.parser import parse

    document = parse(f"{kind} fixed {{\n{block(kind)}\n}}\n").document
    section = document.definitions[0].body.find("input")
    assert isinstance(section, Section)
    return _shape(section.fields)


def _shape(fields: tuple[Field, ...]) -> Shape:
    shape: Shape = {}
    for field in fields:
        if field.name is None:
            continue
        declared = (field.type.text, field.nullable, field.optional, field.is_list, _values(field))
        shape[field.name.text] = (declared, _shape(_nested(field)), field.span)
    return shape


def _values(field: Field) -> tuple[str, ...]:
    values = field.body.attribute("values") if field.body else None
    if values is None or not isinstance(values.value, ArrayLit):
        return ()
    return tuple(v.value if isinstance(v, StringLit) else "?" for v in values.value.items)


def _nested(field: Field) -> tuple[Field, ...]:
    schema = field.body.find("schema") if field.body else None
    return schema.fields if isinstance(schema, Section) else ()


def _difference(actual: Shape, expected: Shape, prefix: str) -> tuple[str, Span | None] | None:
    for name, (declared, nested, span) in actual.items():
        if name not in expected:
            return f'the trigger input has a field "{prefix}{name}" that the platform never sends', span
        if declared != expected[name][0]:
            return f'the trigger input field "{prefix}{name}" is not declared as the platform sends it', span
        inner = _difference(nested, expected[name][1], f"{prefix}{name}.")
        if inner:
            return inner
    missing = [name for name in expected if name not in actual]
    if missing:
        return f'the trigger input lacks the field "{prefix}{missing[0]}"', None
    return None
