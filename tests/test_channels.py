"""The channel-matching model of SPEC §2, on its own."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xslint.channels import UNKNOWN, Pattern, can_match, is_unresolved, pattern_problem, patterns_overlap, template

U = UNKNOWN
ROOM, USER = Pattern("room:*", False), Pattern("user:*", False)
AUCTION = Pattern("auctionSession", True)
SPEC_PATTERNS = [ROOM, USER, AUCTION]


@pytest.mark.parametrize("parts, verdict", [
    (template("user:", U), "ok"),                  # SPEC §2's table, row by row
    (template("user:", U), "ok"),                  # `"user:"|concat:$user.id|to_text`
    (template("usr:", U), "XS201"),
    (template("room:", U, ":typing"), "XS203"),
    (template("auctionSession/", U), "ok"),        # `"auctionSession/"|concat:$input.id:""`
    (template("orders"), "XS201"),
    (template(""), "XS201"),                       # the empty name
    (template(U), "XS207"),
])
def test_spec_table(parts, verdict) -> None:
    assert judge(parts, SPEC_PATTERNS) == verdict


@pytest.mark.parametrize("parts, verdict", [
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
    if not parts:
        return "XS201"
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
    ("auctionSession", "auctionSession/42", True, True),    # `/` separates sub-channels
    ("auctionSession", "auctionSession/42", False, False),
    ("auctionSession", "auctionSession/42/bids", True, True),
    ("chat/*", "chat/sports", False, True),                  # as Xano's editor stores it
    ("chat/*", "chat/sports/live", True, True),
    ("chat/*", "chat", True, True),                          # the parent of a nested `…/*`
    ("chat/*", "chat", False, False),
    ("room:*", "room/7", False, False),                      # a separator is literal
    ("room:*", "room:7/typing", True, True),                 # nesting takes either separator
    ("a/*:c", "a/b:c", False, True),
    ("*", "a/b", False, False),
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
    (Pattern("chat", True), Pattern("chat/*", False), True),
    (Pattern("chat/*", True), Pattern("chat", False), True),
    (Pattern("room:*", False), Pattern("room/*", False), False),
    (Pattern("a/*", True), Pattern("a:b", False), False),
])
def test_overlap(a, b, expected) -> None:
    assert patterns_overlap(a, b) is expected and patterns_overlap(b, a) is expected


@pytest.mark.parametrize("text, problem", [
    ("", "empty"), ("room:", "empty segment"), ("a::b", "empty segment"), ("ro*m", "whole segment"),
    ("**", "whole segment"), ("room lobby", "whitespace"), ("room:*", None), ("*", None), ("a:*:b", None),
    ("chat/", "empty segment"), ("a//b", "empty segment"), ("/a", "empty segment"), ("a/b*", "whole segment"),
    ("chat/*", None), ("auctionSession", None), ("org:*/billing", None),
])
def test_pattern_problems(text, problem) -> None:
    found = pattern_problem(text)
    assert (found is None) if problem is None else (problem in found)


# ── properties ──────────────────────────────────────────────────────────────

segments = st.sampled_from(["a", "b", "ab", "*"])
separators = st.sampled_from([":", "/"])
patterns = st.builds(lambda segs, seps, nested: Pattern(_joined(segs, seps), nested),
                     st.lists(segments, min_size=1, max_size=4), st.lists(separators, min_size=3, max_size=3),
                     st.booleans())
texts = st.text(alphabet="ab:/", min_size=0, max_size=4)
pieces = st.lists(st.one_of(texts, st.none()), min_size=1, max_size=5)
fillers = st.lists(st.text(alphabet="ab:/", min_size=1, max_size=4), min_size=5, max_size=5)


def _joined(segs: list[str], seps: list[str]) -> str:
    return segs[0] + "".join(sep + seg for sep, seg in zip(seps, segs[1:]))


def reference_match(name: str, pattern: Pattern) -> bool:
    """SPEC §2 written as a regular expression, independently of the automaton: each
    separator of the pattern literal, `*` one segment, nesting any further segments
    after either separator, and a nested `…/*` also matching its parent."""
    body = _regex(pattern.text)
    if pattern.nested:
        body += "(?:[:/][^:/]+)*"
        if pattern.text.endswith("/*"):
            body = f"(?:{body}|{_regex(pattern.text[:-2])})"
    return re.fullmatch(body, name) is not None


def _regex(text: str) -> str:
    return "".join("[^:/]+" if piece == "*" else re.escape(piece) for piece in re.split(r"([:/])", text))


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
