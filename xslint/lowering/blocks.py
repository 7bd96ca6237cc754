"""Lowering definitions, blocks, statements and fields into the typed tree.

Broken items that the grammar skipped (`junk`) are not lowered; their
positions are collected so the parser can explain each one.
"""

from __future__ import annotations

from typing import Callable

from parsimonious.nodes import Node

from xslint.diagnostics import Span, SyntaxProblem
from xslint.lowering import make
from xslint.lowering.expressions import ExpressionLowerer
from xslint.lowering.literals import string_literal
from xslint.lowering.lowered import LoweredItem, lowered
from xslint.lowering.tree import first, named, only, token
from xslint.syntax import (
    Attribute, Block, Definition, Expr, Field, Filter, Identifier, Item, Name, Section,
    Statement, StringLit, Variable,
)


# What a broken item failed to be, by the rule that skipped it: the rule
# `errors.explain` re-parses to say what was expected.
SKIPPED_AS = {"top_item": "definition", "item": "strict_item", "field_item": "field"}


# What lowering one item found: its problems, its broken items, whether a
# block in it was left open. None when it found nothing, as most items do.
Found = tuple[list[SyntaxProblem], list[tuple[str, int, int | None]], bool] | None


def _lowered(node: Node, item: Item | Expr, found: Found) -> LoweredItem:
    """The stand-in for `node`: Node's slots set as Node.__init__ sets them but
    without calling it, as the grammar builds its nodes (grammar/fused.py)."""
    return lowered(node.expr, node.full_text, node.start, node.end, item, found)


class Lowerer(ExpressionLowerer):
    """Lowers parse trees, collecting what it finds on the way.

    `problems` are syntax problems the grammar let through; `skipped` lists
    each broken item as (the rule it failed, its offset, the offset of the
    item before it in its block), for `errors.explain`; `unclosed` is set
    when a block was still open at the end of the file.
    """

    def __init__(self) -> None:
        self.problems: list[SyntaxProblem] = []
        self.skipped: list[tuple[str, int, int | None]] = []
        self.unclosed = False

    def report(self, where: Span, message: str, help: str | None) -> None:
        self.problems.append(SyntaxProblem(where, message, help))

    def absorb(self, found: Found) -> None:
        if found is not None:
            problems, skipped, unclosed = found
            self.problems.extend(problems)
            self.skipped.extend(skipped)
            self.unclosed = self.unclosed or unclosed

    def lower_item(self, node: Node) -> LoweredItem:
        """The `item_hook`: lower one freshly parsed item on its own."""
        problems, skipped, unclosed = len(self.problems), len(self.skipped), self.unclosed
        item = _ITEMS[node.expr.name](self, node)
        if len(self.problems) == problems and len(self.skipped) == skipped and self.unclosed == unclosed:
            return _lowered(node, item, None)  # found nothing, as most items
        return _lowered(node, item, self._take((problems, skipped, unclosed)))

    def lower_value(self, node: Node) -> LoweredItem:
        """The `value_hook`: lower one freshly parsed literal entry on its own."""
        if type(node) is LoweredItem:  # read and lowered already (lowering/direct.py)
            return node
        problems, skipped, unclosed = len(self.problems), len(self.skipped), self.unclosed
        value = self.expression(node)
        if len(self.problems) == problems and len(self.skipped) == skipped and self.unclosed == unclosed:
            return _lowered(node, value, None)  # found nothing, as most values
        return _lowered(node, value, self._take((problems, skipped, unclosed)))

    def _take(self, mark: tuple[int, int, bool]) -> Found:
        """What was found since `mark`, taken away: it now belongs to the lowered item."""
        problems_at, skipped_at, unclosed = mark
        if len(self.problems) == problems_at and len(self.skipped) == skipped_at and self.unclosed == unclosed:
            return None
        found = self.problems[problems_at:], self.skipped[skipped_at:], self.unclosed and not unclosed
        del self.problems[problems_at:], self.skipped[skipped_at:]
        self.unclosed = unclosed
        return found

    def value(self, node: Node) -> Expr:
        """An entry's expression, already lowered by `lower_value` or not (in re-parses)."""
        if isinstance(node, LoweredItem):
            if node.found is not None:
                self.absorb(node.found)
            return node.item  # type: ignore[return-value]
        return self.expression(node)

    def definitions(self, file_node: Node) -> tuple[Definition, ...]:
        found = []
        for top in named(file_node):
            inner = only(top)
            if inner.expr.name == "definition":
                found.append(self.definition(inner))
            elif inner.expr.name == "bare_workspace":
                found.append(self.bare_workspace(inner))
            else:
                self.skipped.append((SKIPPED_AS["top_item"], inner.start, None))
        return tuple(found)

    def definition(self, node: Node) -> Definition:
        kind_node, name_node, *args, block = named(node)
        kind = make.Name_at(token(kind_node), kind_node.start, kind_node.end)
        name = self._definition_name(only(name_node))
        options = tuple(self._option(first(arg, "arg_pair")) for arg in args)
        return make.Definition_at(kind, name, options, self.block(block), node.start, node.end)

    def bare_workspace(self, node: Node) -> Definition:
        """`workspace name` without a body: a definition whose block is empty, where a body would open."""
        kind_node, _, name_node, end = node.children
        kind = make.Name_at(token(kind_node), kind_node.start, kind_node.end)
        body = make.Block_at((), end.end, end.end)
        return make.Definition_at(kind, self._definition_name(only(name_node)), (), body, node.start, node.end)

    def _definition_name(self, node: Node) -> StringLit | Identifier:
        if node.expr.name == "string":
            value = string_literal(token(node), make.Span(node.start, node.end))
            if isinstance(value, StringLit):
                return value
        return make.Identifier_at(token(node), node.start, node.end)

    def _option(self, node: Node) -> Attribute:
        """`verb=GET`: a `key=value` word after a definition's name or a statement's."""
        key_node, _, value_node = list(named(node))
        value = only(value_node)
        lowered: Expr = (self._string(value) if value.expr.name == "string"
                         else make.Identifier_at(token(value), value.start, value.end))
        return make.Attribute_at(make.Name_at(token(key_node), key_node.start, key_node.end), lowered, node.start, node.end)

    def block(self, node: Node) -> Block:
        # block = open_brace (item item_sep)* block_end, and field_block
        # likewise with field_item: indexed by that shape, since every block
        # of every file comes here.
        open_brace, repeated, block_end = node.children
        items: list[Item] = []
        previous: int | None = None
        for pair in repeated.children:
            item = pair.children[0]
            inner = item.children[0]  # what the choice `item` / `field_item` matched
            if type(inner) is LoweredItem:  # as most are (a broken item is never lowered)
                items.append(inner.item)  # type: ignore[arg-type]  # the item hook lowers items as items
                if inner.found is not None:
                    self.absorb(inner.found)
            elif inner.expr.name == "junk":
                self.skipped.append((SKIPPED_AS[item.expr.name], inner.start, previous))
            else:
                items.append(self._item(inner))  # parsed without the item hook
            previous = inner.start
        if block_end.children[0].expr.name == "eof":
            self.unclosed = True
        brace = open_brace.full_text.index("{", open_brace.start)  # after spaces, before layout
        return make.Block_at(tuple(items), brace, node.end)

    def _item(self, node: Node) -> Item:
        return _ITEMS[node.expr.name](self, node)

    def attribute(self, node: Node) -> Attribute:
        head, value = node.children  # attr_head expression
        match = head.match
        key = make.Name_at(match.group(1), head.start, match.end(1))
        return make.Attribute_at(key, self.expression(value), node.start, node.end)

    def statement(self, node: Node) -> Statement:
        # stmt_head call_arg* alias_opt block? alias_opt
        head, call_args, alias_before, body_opt, alias_after = node.children
        name = make.Name_at(head.match.group(2), head.match.start(2), head.match.end(2))
        args: list[Expr | Attribute] = []
        alias: Variable | None = None
        alias_filters: tuple[Filter, ...] = ()
        body: Block | None = None
        for call_arg in call_args.children:
            arg = call_arg.children[0]  # the one alternative `call_arg` picked
            if arg.expr.name != "empty_parens":
                args.append(self._call_arg(arg))
        for part in (alias_before, body_opt, alias_after):
            if not part.children:
                continue
            if part is body_opt:
                body = self.block(part.children[0])
            else:
                _, variable, filters = part.children[0].children  # as_kw variable filters
                alias = self._variable(variable)  # type: ignore[assignment]
                alias_filters = tuple(self.filter(f) for f in filters.children)
        if name.text == "else" and args and isinstance(args[0], Identifier) and args[0].name == "if":
            self.report(make.Span(name.span.start, args[0].span.end), '"else if" is not XanoScript',
                        'write "elseif", one word: `elseif (condition) { … }`')
        return make.Statement(name, tuple(args), alias, body, bool(head.match.group(1)), make.Span(head.start, node.end),
                         alias_filters)

    def _call_arg(self, node: Node) -> Expr | Attribute:
        if node.expr.name == "arg_word":
            return make.Identifier_at(token(node), node.start, node.end)
        if node.expr.name == "arg_pair":
            return self._option(node)
        return self.primary(node)

    def section(self, node: Node) -> Section:
        keyword, field_block = list(named(node))
        block = self.block(field_block)
        fields = tuple(item for item in block.items if isinstance(item, Field))
        return make.Section_at(make.Name_at(token(keyword), keyword.start, keyword.end), fields, node.start, node.end)

    def field(self, node: Node) -> Field:
        head, rest = list(named(node))
        type_name = make.Name_at(head.match.group(1), head.start, head.match.end(1))
        self._check_type(type_name)
        mods = head.match.group(2)
        if rest.expr.name == "block":
            return make.Field_at(type_name, None, "?" in mods, False, "[" in mods, None, None,
                         self.block(rest), node.start, node.end)
        name_node, option, *extras = named(rest)
        name_text = name_node.match.group(1)
        name = make.Name_at(name_text.strip('"'), name_node.match.start(1), name_node.end)
        default_node = first(option, "field_default")
        default = self._default(default_node) if default_node else None
        spec = next((first(e, "filter_spec") for e in extras if e.expr.name == "field_filters"), None)
        body = next((self.block(e) for e in extras if e.expr.name == "block"), None)
        # `uuid? token`, or `uuid ?token` with the mark before the name
        nullable = "?" in mods or "?" in name_node.full_text[name_node.start:name_node.match.start(1)]
        return make.Field_at(type_name, name, nullable, token(option).startswith("?"), "[" in mods,
                     default, make.Name_at(token(spec), spec.start, spec.end) if spec else None, body, node.start, node.end)

    def _default(self, node: Node) -> Expr:
        bare = first(node, "bare_default")
        if bare is not None:  # text the engine reads as it stands, like a bare word
            return make.Identifier_at(token(bare), bare.start, bare.end)
        return self.expression(first(node, "expression"))

    def _check_type(self, type_name: Name) -> None:
        """Type names from other languages: Xano rejects the field (LS: "Expecting `}`")."""
        replacement = FOREIGN_TYPES.get(type_name.text)
        if replacement:
            self.report(type_name.span, f'"{type_name.text}" is not a XanoScript type',
                        f"write `{replacement}`")


# An item's lowering, by the rule that parsed it (one of `strict_item`'s
# alternatives, or `field`).
_ITEMS: dict[str, Callable[[Lowerer, Node], Item]] = {
    name: getattr(Lowerer, name) for name in ("attribute", "section", "statement", "field")}


# The slips the docs warn about (`string`, `integer`, `boolean`, `float`) and their kin.
FOREIGN_TYPES = {
    "integer": "int", "boolean": "bool", "string": "text", "float": "decimal", "double": "decimal",
    "varchar": "text", "datetime": "timestamp",
}
