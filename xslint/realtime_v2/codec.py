"""Current-Realtime facts as JSON for the result cache, and back.

Decoding checks every value's type, as the cache does for legacy facts: a
damaged entry must fail here (ValueError/TypeError), never become a wrong result.
"""

from __future__ import annotations

from typing import Any

from xslint.diagnostics import Span
from xslint.realtime_v2.model import Channel, Handler, Publish, RealtimeFacts, Ref, Server


def encode(facts: RealtimeFacts) -> list:
    return [
        [[s.path, s.name, _span(s.span), _span(s.header), s.canonical] for s in facts.servers],
        [[c.path, c.template, _span(c.span), _span(c.header), _ref(c.server), c.who, _span(c.who_span)]
         for c in facts.channels],
        [[h.path, h.kind, h.name, _span(h.span), _span(h.header), _ref(h.server), _ref(h.channel)]
         for h in facts.handlers],
        [[p.path, _span(p.header), _ref(p.server), None if p.parts is None else list(p.parts),
          _span(p.channel_span)] for p in facts.publishes],
    ]


def decode(entry: Any, here) -> RealtimeFacts:  # noqa: ANN001 - `here` maps a stored path to the shown one
    servers, channels, handlers, publishes = entry
    return RealtimeFacts(
        tuple(Server(here(p), _text(n), _span_of(s), _span_of(h), _maybe(c)) for p, n, s, h, c in servers),
        tuple(Channel(here(p), _text(t), _span_of(s), _span_of(h), _ref_of(r), _maybe(w), _maybe_span(ws))
              for p, t, s, h, r, w, ws in channels),
        tuple(Handler(here(p), _text(k), _text(n), _span_of(s), _span_of(h), _ref_of(r), _ref_of(c))
              for p, k, n, s, h, r, c in handlers),
        tuple(Publish(here(p), _span_of(h), _ref_of(r), None if parts is None else tuple(_maybe(x) for x in parts),
                      _maybe_span(cs)) for p, h, r, parts, cs in publishes),
    )


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _ref(ref: Ref | None) -> list | None:
    return None if ref is None else [ref.text, _span(ref.span)]


def _ref_of(value: Any) -> Ref | None:
    if value is None:
        return None
    text, span = value
    return Ref(_maybe(text), _span_of(span))


def _span_of(value: Any) -> Span:
    start, end = value
    if not (type(start) is int and type(end) is int and 0 <= start <= end):
        raise ValueError("span expected")
    return Span(start, end)


def _maybe_span(value: Any) -> Span | None:
    return None if value is None else _span_of(value)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("text expected")
    return value


def _maybe(value: Any) -> str | None:
    return None if value is None else _text(value)


