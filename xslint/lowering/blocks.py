"""Lowering definitions, blocks, statements and fields into the typed tree.

Broken items that the grammar skipped (`junk`) are not lowered; their
positions are collected so the parser can explain each one.
"""

from __future__ import annotations

from parsimonious.nodes import Node

from xslint.diagnostics import Span
from xslint.lowering.expressions import ExpressionLowerer, Report
from xslint.lowering.literals import string_literal
from xslint.lowering.tree import first, named, only, span, token
from xslint.syntax import (
    Attribute, Block, Definition, Expr, Field, Identifier, Item, Name, Section,
    Statement, StringLit, Variable,
)

# Which rule to re-run to explain a skipped item, by the rule that skipped it.
_STRICT_RULE = {"junk": "strict_item", "top_junk": "definition"}


class Lowerer(ExpressionLowerer):
    """Lowers one file's parse tree; `skipped` lists (rule, offset) of broken items."""

    def __init__(self, report: Report) -> None:
        super().__init__(report)
        self.skipped: list[tuple[str, int]] = []
        self.unclosed = False

    def definitions(self, file_node: Node) -> tuple[Definition, ...]:
        found = []
        for top in named(file_node):
            inner = only(top)
            if inner.expr_name == "definition":
                found.append(self.definition(inner))
            else:
                self.skipped.append((_STRICT_RULE["top_junk"], inner.start))
        return tuple(found)

    def definition(self, node: Node) -> Definition:
        parts = list(named(node))
        kind = Name(token(parts[0]), span(parts[0]))
        name = self._definition_name(only(parts[1]))
        args = tuple(self._definition_arg(p) for p in parts[2:-1])
        return Definition(kind, name, args, self.block(parts[-1]), span(node))

    def _definition_name(self, node: Node) -> StringLit | Identifier:
        if node.expr_name == "string":
            value = string_literal(token(node), span(node))
            if isinstance(value, StringLit):
                return value
        return Identifier(token(node), span(node))

    def _definition_arg(self, node: Node) -> Attribute:
        key_node, _, value_node = list(named(node))
        value = only(value_node)
        lowered: Expr = (self._string(value) if value.expr_name == "string"
                         else Identifier(token(value), span(value)))
        return Attribute(Name(token(key_node), span(key_node)), lowered, span(node))

    def block(self, node: Node) -> Block:
        items: list[Item] = []
        for item in named(node):
            if item.expr_name == "block_end" and first(item, "eof") is not None:
                self.unclosed = True
            if item.expr_name not in ("item", "field_item"):
                continue
            inner = only(item)
            if inner.expr_name in ("junk",):
                self.skipped.append((_strict_rule_for(item), inner.start))
            else:
                items.append(self._item(only(inner) if inner.expr_name == "strict_item" else inner))
        return Block(tuple(items), span(node))

    def _item(self, node: Node) -> Item:
        if node.expr_name == "attribute":
            return self.attribute(node)
        if node.expr_name == "section":
            return self.section(node)
        if node.expr_name == "field":
            return self.field(node)  # type: ignore[return-value]
        return self.statement(node)

    def attribute(self, node: Node) -> Attribute:
        key_node = first(node, "key")
        value = self.expression(first(node, "expression"))
        return Attribute(Name(token(key_node), span(key_node)), value, span(node))

    def statement(self, node: Node) -> Statement:
        disabled = False
        name: Name | None = None
        args: list[Expr | Attribute] = []
        alias: Variable | None = None
        body: Block | None = None
        for part in named(node):
            kind = part.expr_name
            if kind == "disabled":
                disabled = True
            elif kind in ("call_name", "var_path"):
                name = Name(token(part), span(part))
            elif kind == "call_arg":
                args.append(self._call_arg(only(part)))
            elif kind == "alias":
                alias = self._variable(first(part, "variable"))  # type: ignore[assignment]
            elif kind == "block":
                body = self.block(part)
        assert name is not None
        return Statement(name, tuple(args), alias, body, disabled, span(node))

    def _call_arg(self, node: Node) -> Expr | Attribute:
        if node.expr_name == "arg_word":
            return Identifier(token(node), span(node))
        if node.expr_name == "arg_pair":
            return self._definition_arg(node)
        return self.primary(node)

    def section(self, node: Node) -> Section:
        kw = first(node, "section_kw")
        block = self.block(first(node, "field_block"))
        fields = tuple(item for item in block.items if isinstance(item, Field))
        return Section(Name(token(kw), span(kw)), fields, span(node))

    def field(self, node: Node) -> Field:
        type_node = first(node, "field_type")
        mods = token(first(node, "field_mods"))
        named_part = first(node, "named_field")
        holder = named_part if named_part is not None else node
        body_node = first(holder, "block")
        body = self.block(body_node) if body_node is not None else None
        name = default = filters = None
        optional = False
        if named_part is not None:
            name_node = only(first(named_part, "field_name"))
            name = Name(_field_name_text(name_node), span(name_node))
            option = first(named_part, "field_opt")
            optional = token(option).startswith("?")
            default_node = first(option, "expression")
            default = self.expression(default_node) if default_node is not None else None
            spec = first(named_part, "filter_spec")
            filters = Name(token(spec), span(spec)) if spec is not None else None
        return Field(Name(token(type_node), span(type_node)), name, "?" in mods, optional,
                     "[]" in mods, default, filters, body, span(node))


def _field_name_text(node: Node) -> str:
    text = token(node)
    return text[1:-1] if node.expr_name == "string" else text


def _strict_rule_for(item: Node) -> str:
    return "field" if item.expr_name == "field_item" else _STRICT_RULE["junk"]
