"""The typed syntax tree of a XanoScript file.

Frozen dataclasses, one per construct; every node carries the `Span` of the
source it came from, and so does every name and scalar inside it, so that a
finding can point at exactly the value it is about. Rules read only this tree,
never parsimonious nodes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator, Union

from xslint.diagnostics import Span


@dataclass(frozen=True, slots=True)
class Name:
    """An identifier or keyword as written: a key, a statement name, a type."""

    text: str
    span: Span


# ── expressions ────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class StringLit:
    """Text in any quoting; `value` has escapes resolved, `quote` is the opener."""

    value: str
    quote: str
    span: Span


@dataclass(frozen=True, slots=True)
class NumberLit:
    value: int | float
    span: Span


@dataclass(frozen=True, slots=True)
class BoolLit:
    value: bool
    span: Span


@dataclass(frozen=True, slots=True)
class NullLit:
    span: Span


@dataclass(frozen=True, slots=True)
class NowLit:
    span: Span


@dataclass(frozen=True, slots=True)
class TimestampLit:
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class ExpressionLit:
    """A backtick or ``` fenced expression; its body is kept as text."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Identifier:
    """A bare word used as a value (`desc`, a field name in `index_by:g`)."""

    name: str
    span: Span


@dataclass(frozen=True, slots=True)
class Member:
    """`.name` after a variable."""

    name: str
    span: Span


@dataclass(frozen=True, slots=True)
class Index:
    """`[expr]` after a variable."""

    key: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Variable:
    """`$name`, `$$`, `$input.x`, `$env.$tenant`, `$a.b[0].c`: a root and its accessors."""

    root: str
    accessors: tuple[Member | Index, ...]
    span: Span

    @property
    def path(self) -> tuple[str, ...]:
        """The root and member names up to the first index: `$input.room.id` → (`$input`, `room`, `id`)."""
        names = [self.root]
        for accessor in self.accessors:
            if not isinstance(accessor, Member):
                break
            names.append(accessor.name)
        return tuple(names)


@dataclass(frozen=True, slots=True)
class ObjectEntry:
    """`key: value`; `disabled` for `!key: value`, an entry switched off in Xano's editor."""

    key: StringLit | Identifier
    value: Expr
    span: Span
    disabled: bool = False

    @property
    def name(self) -> str:
        return self.key.value if isinstance(self.key, StringLit) else self.key.name


@dataclass(frozen=True, slots=True)
class Spread:
    """`...$x` inside an object or array literal."""

    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class ObjectLit:
    """`{k: v, …}`: entries in source order, duplicates kept."""

    entries: tuple[ObjectEntry | Spread | Section, ...]
    span: Span

    def get(self, key: str) -> ObjectEntry | None:
        """The first entry named `key`."""
        for entry in self.entries:
            if isinstance(entry, ObjectEntry) and entry.name == key:
                return entry
        return None


@dataclass(frozen=True, slots=True)
class ArrayLit:
    items: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Group:
    """A parenthesised expression; kept so rules can tell `($a|f) > 0` from `$a|f > 0`."""

    inner: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Access:
    """Members and indexes after a parenthesised value: `($list|first).id`, `($a)[0]`."""

    value: Group
    accessors: tuple[Member | Index, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Cast:
    """`!int "5"`: the verbose typed-literal form."""

    type: Name
    value: StringLit
    span: Span


@dataclass(frozen=True, slots=True)
class Unary:
    """`!x`: logical not."""

    op: Name
    operand: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Binary:
    """`left op right`, with precedence already applied (`~` is concatenation)."""

    op: Name
    left: Expr
    right: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Between:
    """`x between a:b` / `x not between a:b` in a database filter."""

    op: Name
    value: Expr
    low: Expr
    high: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Ternary:
    """`c ? a : b`; `otherwise` is None in `(c ? a)`, which Xano's serializer writes
    for a conditional whose else-branch the visual builder lost."""

    condition: Expr
    then: Expr
    otherwise: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Filter:
    """`|name:arg:arg`; `disabled` for `|!name`."""

    name: Name
    args: tuple[Expr, ...]
    disabled: bool
    span: Span


@dataclass(frozen=True, slots=True)
class Filtered:
    """A value followed by its filter chain: `$s|trim|to_lower`."""

    value: Expr
    filters: tuple[Filter, ...]
    span: Span


Expr = Union[
    StringLit, NumberLit, BoolLit, NullLit, NowLit, TimestampLit, ExpressionLit,
    Identifier, Variable, ObjectLit, ArrayLit, Spread, Group, Cast, Unary, Binary,
    Between, Ternary, Filtered, Access,
]


# ── blocks, statements, definitions ────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class Attribute:
    """`key = value`: a clause of a definition or an attribute of a statement."""

    key: Name
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Field:
    """One field of an `input` or `schema` section: `text? name?="x" filters=trim { … }`."""

    type: Name
    name: Name | None
    nullable: bool
    optional: bool
    is_list: bool
    default: Expr | None
    filters: Name | None
    body: Block | None
    span: Span


@dataclass(frozen=True, slots=True)
class Statement:
    """`[!]name args… [as $x] [{ … }] [as $x]`.

    `args` are values (an empty `()` condition is no value), or `key=value` options (`api.call "x" verb=GET`); a
    variable may stand as the name (`$stream.send { … }`).

    One shape serves every statement (`var $x { … }`, `db.get "t" { … } as $r`,
    `if (c) { … }`, `each as $item { … }`) and every block-valued clause
    (`stack { … }`, `test "name" { … }`); which names exist is a rule's
    concern, not the grammar's.
    """

    name: Name
    args: tuple[Expr | Attribute, ...]
    alias: Variable | None
    body: Block | None
    disabled: bool
    span: Span
    # `} as $r|get:0:null`: filters Xano applies to the result before storing it.
    alias_filters: tuple[Filter, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    """`input { fields }` or `schema { fields }`."""

    name: Name
    fields: tuple[Field, ...]
    span: Span


Item = Union[Attribute, Statement, Section, Field]  # a Field only in an `input` or `schema` block


@dataclass(frozen=True, slots=True)
class Block:
    """`{ … }`: items in source order, duplicates kept."""

    items: tuple[Item, ...]
    span: Span

    def attributes(self) -> Iterator[Attribute]:
        return (item for item in self.items if isinstance(item, Attribute))

    def statements(self) -> Iterator[Statement]:
        return (item for item in self.items if isinstance(item, Statement))

    def attribute(self, key: str) -> Attribute | None:
        """The first `key = …` in this block."""
        return next((a for a in self.attributes() if a.key.text == key), None)

    def find(self, key: str) -> Item | None:
        """The first item called `key`, whatever its form (`stack { }`, `response = …`)."""
        for item in self.items:
            if item_key(item) == key:
                return item
        return None


@dataclass(frozen=True, slots=True)
class Comment:
    """`// text`: `text` is what follows the slashes."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Definition:
    """A top-level construct: `kind name args { body }`."""

    kind: Name
    name: StringLit | Identifier
    args: tuple[Attribute, ...]
    body: Block
    span: Span

    @property
    def name_text(self) -> str:
        return self.name.value if isinstance(self.name, StringLit) else self.name.name

    @property
    def header(self) -> Span:
        """From the kind keyword to the opening brace: where "missing …" findings go."""
        return Span(self.span.start, self.body.span.start + 1)


@dataclass(frozen=True, slots=True)
class Document:
    """Everything parsed from one file. A file may be a bundle of documents, each
    ended by a line that is exactly `---` (`separators`, in order): Xano's CLI
    joins documents so, and parses each on its own."""

    definitions: tuple[Definition, ...]
    comments: tuple[Comment, ...]
    span: Span
    separators: tuple[Span, ...] = ()

    def documents(self) -> list[list[Definition]]:
        """The definitions of each document, in order (one list for a file that is no bundle)."""
        ends = [separator.end for separator in self.separators]
        documents: list[list[Definition]] = [[] for _ in range(len(ends) + 1)]
        for definition in self.definitions:
            documents[bisect.bisect_right(ends, definition.span.start)].append(definition)
        return documents


def item_key(item: Item) -> str:
    """The word an item starts with: the attribute key or the statement/section name."""
    return item_name(item).text


def item_name(item: Item) -> Name:
    """What names an item: the attribute key, the statement/section name, the field name
    (or, for a field without one, its type)."""
    if isinstance(item, Attribute):
        return item.key
    if isinstance(item, Field):
        return item.name or item.type
    return item.name


def walk(node: object) -> Iterator[object]:
    """Every node under `node` (itself included), depth first, without recursion."""
    pending = [node]
    while pending:
        current = pending.pop()
        yield current
        for name in _child_fields(type(current)):
            value = getattr(current, name)
            if isinstance(value, tuple):
                pending.extend(reversed(value))
            elif value is not None and not isinstance(value, (str, int, float)):
                pending.append(value)


_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}
_LEAF_TYPES = (Span, Name)


def _child_fields(cls: type) -> tuple[str, ...]:
    """The fields of a node class that can hold nodes (not spans, names or scalars)."""
    if cls not in _CHILD_FIELDS:
        names = getattr(cls, "__dataclass_fields__", {})
        _CHILD_FIELDS[cls] = () if cls in _LEAF_TYPES else tuple(
            n for n in names if n != "span" and names[n].type not in ("str", "bool", "Name", "int | float"))
    return _CHILD_FIELDS[cls]
