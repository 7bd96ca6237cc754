"""The channel-matching model of SPEC §2, on its own."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xslint.channels import UNKNOWN, Pattern, can_match, is_unresolved, pattern_problem, patterns_overlap, template

U = UNKNOWN
ROOM, USER = Pattern("room:*", False), Pattern("user:*", False)


@pytest.mark.parametrize("parts, verdict", [
    (template("user:", U), "ok"),                  # SPEC's table
    (template("usr:", U), "XS201"),
    (template("room:", U, ":typing"), "XS203"),
    (template("orders"), "XS201"),
    (template(U), "XS207"),
    (template("room:lobby"), "ok"),
    (template("room:"), "XS201"),                   # `*` is one non-empty segment
    (template("room:a:b"), "XS203"),
    (template(U, ":", U), "ok"),                    # could be "room:x"
    (template("room", U), "ok"),                    # U may be ":x"
    (template(U, ":typing"), "ok"),                 # U may be "room" (user:typing too)
    (template("room:", U, ":", U, ":x"), "XS203"),
])
def test_spec_verdicts(parts, verdict) -> None:
    assert judge(parts, [ROOM, USER]) == verdict


def judge(parts, patterns) -> str:
    if is_unresolved(parts):
        return "XS207"
    if any(can_match(parts, p) for p in patterns):
        return "ok"
    if any(not p.nested and can_match(parts, p, True) for p in patterns):
        return "XS203"
    return "XS201"


@pytest.mark.parametrize("pattern, name, nested, expected", [
    ("document:*", "document:7:cursor", True, True),
    ("document:*", "document:7:cursor", False, False),
    ("document:*", "document:7", True, True),
    ("a:*:c", "a:b:c", False, True),
    ("a:*:c", "a::c", False, False),
    ("announcements", "announcements", False, True),
    ("announcements", "announcements:x", False, False),
    ("announcements", "announcements:x", True, True),
])
def test_concrete_names(pattern, name, nested, expected) -> None:
    assert can_match(template(name), Pattern(pattern, nested)) is expected


@pytest.mark.parametrize("a, b, expected", [
    (Pattern("room:*", False), Pattern("room:lobby", False), True),
    (Pattern("org:*", True), Pattern("org:acme:billing", False), True),
    (Pattern("org:*", False), Pattern("org:acme:billing", False), False),
    (Pattern("a:*", False), Pattern("b:*", False), False),
    (Pattern("*:x", False), Pattern("y:*", False), True),
    (Pattern("a:*", False), Pattern("a:*:b", True), False),
])
def test_overlap(a, b, expected) -> None:
    assert patterns_overlap(a, b) is expected and patterns_overlap(b, a) is expected


@pytest.mark.parametrize("text, problem", [
    ("", "empty"), ("room:", "empty segment"), ("a::b", "empty segment"), ("ro*m", "whole segment"),
    ("**", "whole segment"), ("room lobby", "whitespace"), ("room:*", None), ("*", None), ("a:*:b", None),
])
def test_pattern_problems(text, problem) -> None:
    found = pattern_problem(text)
    assert (found is None) if problem is None else (problem in found)


# ── properties ──────────────────────────────────────────────────────────────

segments = st.sampled_from(["a", "b", "ab", "*"])
patterns = st.builds(lambda segs, nested: Pattern(":".join(segs), nested),
                     st.lists(segments, min_size=1, max_size=4), st.booleans())
texts = st.text(alphabet="ab:", min_size=0, max_size=4)
pieces = st.lists(st.one_of(texts, st.none()), min_size=1, max_size=5)
fillers = st.lists(st.text(alphabet="ab:", min_size=1, max_size=4), min_size=5, max_size=5)


def reference_match(name: str, pattern: Pattern) -> bool:
    """SPEC §2 written as a regular expression, independently of the automaton."""
    body = ":".join("[^:]+" if s == "*" else re.escape(s) for s in pattern.segments)
    return re.fullmatch(body + ("(?::[^:]+)*" if pattern.nested else ""), name) is not None


@settings(max_examples=600, deadline=None)
@given(pieces, patterns, fillers)
def test_a_concrete_name_never_contradicts_the_verdict(parts, pattern, fill) -> None:
    shaped = template(*parts)
    values = iter(fill)
    name = "".join(next(values) if part is UNKNOWN else part for part in shaped)
    if reference_match(name, pattern):
        assert can_match(shaped, pattern), (shaped, name, pattern)


@settings(max_examples=300, deadline=None)
@given(texts, patterns)
def test_known_names_agree_with_the_reference(name, pattern) -> None:
    assert can_match(template(name), pattern) == reference_match(name, pattern)


@settings(max_examples=300, deadline=None)
@given(patterns, patterns, st.lists(st.text(alphabet="ab:", min_size=1, max_size=5), max_size=40))
def test_overlap_is_witnessed_by_names(a, b, names) -> None:
    if any(reference_match(n, a) and reference_match(n, b) for n in names):
        assert patterns_overlap(a, b)
