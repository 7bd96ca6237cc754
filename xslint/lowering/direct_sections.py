"""`input`, `schema` and `output` sections read directly (see lowering/direct.py), as
the grammar's `section` and `field` rules and the lowering would read them, when
every field is named, its default (if any) plain, and its block read directly
(`text name?=\"x\" filters=trim { description = \"…\" }`).

A field without a name, with a default that is not plain, with a type from
another language (lowering reports it), or any broken text is left to the
grammar, with the whole section.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from xslint.lowering import make
from xslint.lowering.blocks import FOREIGN_TYPES
from xslint.lowering.direct_literals import NotPlain
from xslint.lowering.lowered import LoweredItem, lowered
from xslint.syntax import Block, Expr, Field

Matcher = Callable[[str, int], "re.Match[str] | None"]

_OPTIONAL_MARK = re.compile(r"\??").match  # the start of `field_opt`
_DEFAULT = re.compile(r"[ \t]*=[ \t]*").match  # `field_default`'s first token


class Sections:
    """Sections and their fields for the direct reader, which provides the tokens."""

    section_rule: object
    section_kw: Matcher
    field_head: Matcher
    field_name: Matcher
    bare_default: Matcher
    filters_kw: Matcher
    filter_spec: Matcher
    open_brace: Matcher
    layout: Matcher

    if TYPE_CHECKING:  # provided by the direct reader
        def _once(self, text: str, pos: int, read: Callable[[str, int], LoweredItem]) -> LoweredItem | None: ...

        def _value(self, text: str, pos: int) -> tuple[Expr, int]: ...

        def _block(self, text: str, opened: re.Match[str], brace: int) -> tuple[Block, int]: ...

    def section(self, text: str, pos: int) -> LoweredItem | None:
        """The section at `pos`, lowered as the `item_hook` lowers a `section`, or None
        when it holds what is not read here."""
        return self._once(text, pos, self._section)

    def _section(self, text: str, pos: int) -> LoweredItem:
        """`section_kw open_brace (field __)* rbrace`."""
        keyword = self.section_kw(text, pos)
        opened = self.open_brace(text, keyword.end()) if keyword is not None else None
        if keyword is None or opened is None:
            raise NotPlain
        fields: list[Field] = []
        end = opened.end()
        while end < len(text) and text[end] != "}":
            field, end = self._field(text, end)
            fields.append(field)
            end = self.layout(text, end).end()  # type: ignore[union-attr]  # `__` always matches
        if end >= len(text):  # left open: the grammar reports it
            raise NotPlain
        end += 1
        name = make.Name_at(keyword.group(), pos, keyword.end())
        return lowered(self.section_rule, text, pos, end, make.Section_at(name, tuple(fields), pos, end), None)

    def _field(self, text: str, pos: int) -> tuple[Field, int]:
        """`field_head field_name field_opt field_filters? block?`."""
        head = self.field_head(text, pos)
        if head is None or head.group(1) in FOREIGN_TYPES:
            raise NotPlain
        named = self.field_name(text, head.end())
        if named is None:  # `object { … }`: a field with no name
            raise NotPlain
        option = _OPTIONAL_MARK(text, named.end()).end()  # type: ignore[union-attr]  # always matches
        default, end = self._default(text, option)
        spec = None
        keyword = self.filters_kw(text, end)
        if keyword is not None and (written := self.filter_spec(text, keyword.end())) is not None:
            spec, end = make.Name_at(written.group(), written.start(), written.end()), written.end()
        body = None
        opened = self.open_brace(text, end)
        if opened is not None:
            body, end = self._block(text, opened, text.index("{", end))
        mods = head.group(2)
        type_name = make.Name_at(head.group(1), pos, head.end(1))
        name = make.Name_at(named.group(1).strip('"'), named.start(1), named.end())
        nullable = "?" in mods or "?" in text[named.start():named.start(1)]
        optional = text.startswith("?", named.end())
        return make.Field_at(type_name, name, nullable, optional, "[" in mods, default, spec, body, pos, end), end

    def _default(self, text: str, pos: int) -> tuple[Expr | None, int]:
        """`field_default?`: `= value`, a bare default such as `1024x1024` or a plain value."""
        equals = _DEFAULT(text, pos)
        if equals is None:
            return None, pos
        bare = self.bare_default(text, equals.end())
        if bare is not None:
            return make.Identifier_at(bare.group(), bare.start(), bare.end()), bare.end()
        return self._value(text, equals.end())
