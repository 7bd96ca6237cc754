"""Typed-tree nodes built without their dataclass `__init__`, for speed.

The typed tree's classes are frozen dataclasses: their generated `__init__`
sets each field through `object.__setattr__`, a Python frame and a lookup
per field, and lowering builds about a quarter of a million of them per
megabyte of source. `make.Span(start, end)` builds the very same object
(same class, same fields, so equal, hashed and printed alike) by setting the
slots through their descriptors: about half the cost.

Only for classes whose fields are all set by `__init__`, with no
`__post_init__` and no default factory: `_constructor` checks that, so a
class that grows one fails at import rather than building a wrong object.
Every constructor takes the same arguments, in the same order and with the
same defaults, as the class itself; for a class whose last field is its
span, `make.<Class>_at(..., start, end)` takes the span's offsets instead
and builds the span in the same call.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Any, Callable

from xslint import syntax
from xslint.diagnostics import Span as _Span


def _source(cls: type, namespace: dict[str, Any], at: bool) -> str:
    """The code of `cls`'s constructor (with `at`: of `<cls>_at`), its names put in `namespace`."""
    found = fields(cls)
    if hasattr(cls, "__post_init__") or not all(f.init and f.default_factory is MISSING for f in found):
        raise TypeError(f"{cls.__name__} cannot be built without its __init__ (see xslint/lowering/make.py)")
    names = [f.name for f in found]
    parameters = [n if f.default is MISSING else f"{n}=_default_{n}" for n, f in zip(names, found)]
    body = [f"_set_{n}(node, {n})" for n in names]
    for name, field in zip(names, found):
        namespace[f"_set_{name}"] = getattr(cls, name).__set__  # the slot's descriptor
        if field.default is not MISSING:
            namespace[f"_default_{name}"] = field.default
    function = cls.__name__
    if at:  # the span, the last field, built from its offsets in the same call
        if names[-1] != "span":
            raise TypeError(f"{cls.__name__} does not end with its span: no {cls.__name__}_at")
        function += "_at"
        parameters[-1:] = ["start", "end"]
        body[-1:] = ["span = _new(_Span)", "_set_start(span, start)", "_set_end(span, end)", "_set_span(node, span)"]
        namespace["_Span"] = _Span
        for name in ("start", "end"):
            namespace[f"_set_{name}"] = getattr(_Span, name).__set__
    lines = "".join(f"    {line}\n" for line in ["node = _new(_cls)", *body, "return node"])
    return f"def {function}({', '.join(parameters)}):\n{lines}"


def _constructor(cls: type, at: bool = False) -> Callable[..., Any]:
    """A function building `cls` from its fields as `cls(...)` would (with `at`:
    from its fields but the span, then the span's start and end)."""
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    exec(_source(cls, namespace, at), namespace)  # noqa: S102  # generated from the class's own fields
    function = namespace[cls.__name__ + ("_at" if at else "")]
    function.__doc__ = f"`{cls.__name__}(...)` without its `__init__` (see xslint/lowering/make.py)."
    return function  # type: ignore[no-any-return]


Span = _constructor(_Span)
Name = _constructor(syntax.Name)
Name_at = _constructor(syntax.Name, at=True)
StringLit = _constructor(syntax.StringLit)
StringLit_at = _constructor(syntax.StringLit, at=True)
NumberLit = _constructor(syntax.NumberLit)
BoolLit = _constructor(syntax.BoolLit)
NullLit = _constructor(syntax.NullLit)
NowLit = _constructor(syntax.NowLit)
TimestampLit_at = _constructor(syntax.TimestampLit, at=True)
ExpressionLit = _constructor(syntax.ExpressionLit)
Identifier = _constructor(syntax.Identifier)
Identifier_at = _constructor(syntax.Identifier, at=True)
Member_at = _constructor(syntax.Member, at=True)
Index_at = _constructor(syntax.Index, at=True)
Variable_at = _constructor(syntax.Variable, at=True)
ObjectEntry = _constructor(syntax.ObjectEntry)
Spread_at = _constructor(syntax.Spread, at=True)
ObjectLit_at = _constructor(syntax.ObjectLit, at=True)
ArrayLit_at = _constructor(syntax.ArrayLit, at=True)
Group_at = _constructor(syntax.Group, at=True)
Access_at = _constructor(syntax.Access, at=True)
Cast_at = _constructor(syntax.Cast, at=True)
Unary_at = _constructor(syntax.Unary, at=True)
Binary = _constructor(syntax.Binary)
Between = _constructor(syntax.Between)
Ternary_at = _constructor(syntax.Ternary, at=True)
Filter_at = _constructor(syntax.Filter, at=True)
Filtered_at = _constructor(syntax.Filtered, at=True)
Attribute_at = _constructor(syntax.Attribute, at=True)
Field_at = _constructor(syntax.Field, at=True)
Statement = _constructor(syntax.Statement)
Section_at = _constructor(syntax.Section, at=True)
Block_at = _constructor(syntax.Block, at=True)
Definition_at = _constructor(syntax.Definition, at=True)
