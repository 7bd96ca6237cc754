"""`xslint.lowering.make` builds the same typed-tree objects as the classes themselves."""

from __future__ import annotations

from dataclasses import fields

import pytest

from xslint import syntax
from xslint.diagnostics import Span
from xslint.lowering import make

# The generated constructors (each says so in its docstring).
CONSTRUCTORS = sorted(name for name, value in vars(make).items() if "without its `__init__`" in (value.__doc__ or ""))


def _arguments(cls: type) -> list[object]:
    """One distinct value per field (a span for the span)."""
    return [Span(3, 7) if f.name == "span" else f"{f.name}-value" for f in fields(cls)]


@pytest.mark.parametrize("name", CONSTRUCTORS)
def test_make_builds_what_the_class_builds(name: str) -> None:
    class_name, _, at = name.partition("_")
    cls = Span if class_name == "Span" else getattr(syntax, class_name)
    expected = cls(*_arguments(cls))  # type: ignore[arg-type]
    arguments = _arguments(cls)
    if at:
        arguments[-1:] = [3, 7]
    built = getattr(make, name)(*arguments)
    assert type(built) is cls
    assert built == expected and hash(built) == hash(expected) and repr(built) == repr(expected)


def test_make_keeps_defaults() -> None:
    where = Span(0, 1)
    key = syntax.Identifier("k", where)
    assert make.ObjectEntry(key, key, where) == syntax.ObjectEntry(key, key, where)
    name = syntax.Name("x", where)
    assert make.Statement(name, (), None, None, False, where) == syntax.Statement(name, (), None, None, False, where)


def test_every_constructor_is_tested() -> None:
    assert len(CONSTRUCTORS) > 30
