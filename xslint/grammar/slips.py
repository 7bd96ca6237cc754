"""Slips from other languages, recognised where a syntax error stops the parser.

AI tools and people fluent in JavaScript, PHP or SQL make the same few
mistakes in XanoScript again and again (seen in real workspaces edited that
way): function calls (`now()`, `concat(a, b)`, `math.ceil(x)`), `&` to join
text, PHP's `?:`, SQL `column` clauses, a field's `default=`, `/* … */` and
`#` comments, quotes escaped outside a string, a default such as `10.5px`
left unquoted, template tags, `;` at the end of a line, an alias without its
`$`, `set $x = …` assignments, `if` without parentheses, merge conflict
markers, `{ ... }` placeholders. Each is turned into a message that names the
slip and a help that says what to write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xslint.grammar.calls import filter_arguments, parse_call, rewrite_call

_NAME_BEFORE = re.compile(r"(\|?)((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)\Z")
_METHOD_CALL = re.compile(r"\.(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*\(")
_WORD_BEFORE = re.compile(r"([A-Za-z_]\w*)[ \t]*\Z")
_SQL_COLUMN = re.compile(r'column[ \t]+"')
# `set $total = 0`, `$total = 0`, `let total = 0`: an assignment written as in other languages
_ASSIGNMENT = re.compile(r"(?m)^[ \t]*(?:(?:set|let|const|var)[ \t]+(\$?[A-Za-z_][\w.]*)|(\$[A-Za-z_][\w.]*))[ \t]*\Z")
# Twig's tags, as in the templates of Xano's marketplace extensions: opener → closer
_TEMPLATE_TAGS = {"{%": "%}", "{{": "}}"}
# a field's default cut short: `?=10` read, then `.5px` left (the bare token runs on)
_DEFAULT_BEFORE = re.compile(r"\?[ \t]*=[ \t]*([^\s\"'{}\[\]();,]+)\Z")
_DEFAULT_REST = re.compile(r"[^\s\"'{}\[\]();,]+")
_DEFINITION_WORDS = {
    "api": 'an API endpoint is `query "path" verb=GET { … }`',
    "endpoint": 'an API endpoint is `query "path" verb=GET { … }`',
    "fn": 'a function is `function "name" { … }`',
    "func": 'a function is `function "name" { … }`',
    "def": 'a function is `function "name" { … }`',
    # `run "X" { type = "job" }`: a pre-release form of Xano's run files, replaced within days
    "run": 'a run is `run.job "name" { main = {…} }` or `run.service "name" { … }`',
}
_WORD = re.compile(r"[A-Za-z_]\w*")
# git's markers of a conflict left in the file, at a line's start
_CONFLICT_MARKER = re.compile(r"(?:<{7}|={7}|>{7}|\|{7})(?:[ \t]|$)", re.MULTILINE)
# `if $a > 1 {`: a condition written without its parentheses
_BARE_CONDITION = re.compile(r"[ \t]*(if|elseif)[ \t]+(?!\()")
# dots standing for left-out content: nothing but a closing brace may follow on the line
_PLACEHOLDER = re.compile(r"(\.{3}|…)[ \t]*(?:\}[ \t]*)*(?:$|//)", re.MULTILINE)
# a statement's name: dotted (`api.realtime_event`, `db.query`), or a condition's keyword
_STATEMENT = re.compile(r"[a-z_]+(?:\.[a-z_]+)+(?![\w.])|(?:if|elseif)(?![\w.])")
_CALL_HELP = "XanoScript has no function calls: apply a filter to the value, `value|filter:arg`"


@dataclass(frozen=True, slots=True)
class Slip:
    """What to report instead of the bare "expected …, found …"."""

    start: int
    end: int
    message: str | None  # None: keep the parser's own message and span, add the help
    help: str


def recognise(text: str, pos: int) -> Slip | None:
    """The slip that stopped the parser at `pos`, if it is a known one."""
    for slip in _SLIPS:
        found = slip(text, pos)
        if found is not None:
            return found
    return None


def _function_call(text: str, pos: int) -> Slip | None:
    if text.startswith("(", pos):
        return _call(text, pos)
    method = _METHOD_CALL.match(text, pos) if text.startswith(".", pos) else None  # `math.ceil(` read as `math`
    return _call(text, method.end() - 1) if method else None


def _conflict_marker(text: str, pos: int) -> Slip | None:
    line = _line_at(text, pos)
    if not _CONFLICT_MARKER.match(text, line):
        return None
    return Slip(line, end_of_line(text, line), "a merge conflict marker is left in the file",
                "resolve the conflict: keep the lines you want and remove the markers")


def _placeholder(text: str, pos: int) -> Slip | None:
    """`input { ... }`, as documentation and templates elide a block's content."""
    if text.startswith("}", pos):  # `{a: 1, ... }`: the dots were read as a spread of nothing
        end = _skip_spaces_back(text, pos)
        if text.endswith(("...", "…"), 0, end):
            pos = end - (3 if text.endswith("...", 0, end) else 1)
    dots = _PLACEHOLDER.match(text, pos)
    if dots is None:
        return None
    return Slip(pos, dots.end(1), f'"{dots.group(1)}" is a placeholder, not XanoScript',
                "write what it stands for, or remove it")


def _semicolon(text: str, pos: int) -> Slip | None:
    if not text.startswith(";", pos):
        return None
    return Slip(pos, pos + 1, '";" is not XanoScript', "a statement, clause or field ends with its line: remove the `;`")


def _ampersand(text: str, pos: int) -> Slip | None:
    if not text.startswith("&", pos) or text.startswith("&&", pos):
        return None
    return Slip(pos, pos + 1, '"&" is not an operator in XanoScript', "join text with `~`: `$first ~ \" \" ~ $last`")


def _elvis(text: str, pos: int) -> Slip | None:
    if not text.startswith(":", pos) or _char_before(text, pos) != "?":
        return None
    return Slip(pos, pos + 1, 'XanoScript has no "?:" operator',
                "for a fallback when a value is null write `$a ?? $b`; "
                "otherwise write the whole conditional, `cond ? $a : $b`")


def _assignment(text: str, pos: int) -> Slip | None:
    if not text.startswith("=", pos) or text.startswith("==", pos):
        return None
    target = _ASSIGNMENT.search(text, max(0, pos - 120), pos)
    if target is None:
        return None
    name = target.group(1) or target.group(2)
    name = name if name.startswith("$") else "$" + name
    return Slip(pos, pos + 1, "XanoScript has no assignment statement",
                f"create the variable with `var {name} {{ value = … }}`, "
                f"or change it with `var.update {name} {{ value = … }}`")


def _default_keyword(text: str, pos: int) -> Slip | None:
    word = _WORD_BEFORE.search(text, max(0, pos - 40), pos) if text.startswith("=", pos) else None
    if word is None or word.group(1) != "default":
        return None
    return Slip(pos, pos + 1, None, "a field's default follows its name: `int count?=1`")


def _unquoted_default(text: str, pos: int) -> Slip | None:
    cut = _DEFAULT_BEFORE.search(text, max(0, pos - 80), pos)
    rest = _DEFAULT_REST.match(text, pos)
    if cut is None or rest is None:
        return None
    default = cut.group(1) + rest.group()
    return Slip(cut.start(1), rest.end(), f"the default {default} needs quotes",
                f'a bare default is a number, or letters, digits and `_` only: write `?="{default}"`')


def _template_tag(text: str, pos: int) -> Slip | None:
    tag = pos - 1 if pos and text[pos - 1:pos + 1] == "{{" else pos  # `{{` read as an object, then `{`
    closer = _TEMPLATE_TAGS.get(text[tag:tag + 2])
    if closer is None:
        return None
    close = text.find(closer, tag + 2)
    return Slip(tag, tag + 2 if close < 0 else close + 2, "template tags are not XanoScript",
                "this file is a Twig template (as Xano's marketplace extensions are): "
                "check the XanoScript it renders to")


def _sql_column(text: str, pos: int) -> Slip | None:
    if not _SQL_COLUMN.match(text, pos):
        return None
    return Slip(pos, end_of_line(text, pos), "SQL-style `column` clauses are not XanoScript",
                "declare each column as a field of the table's `schema { … }`: `int id`, `text name?`")


def _escaped_quote(text: str, pos: int) -> Slip | None:
    if not text.startswith("\\", pos) or text[pos + 1:pos + 2] not in ('"', "'"):
        return None
    return _escaped_quotes(text, pos)


def _foreign_comment(text: str, pos: int) -> Slip | None:
    if not (text.startswith("/*", pos) or (text.startswith("#", pos) and _at_line_start(text, pos))):
        return None
    opener = "/* … */" if text.startswith("/", pos) else "#"
    return Slip(pos, pos + len(opener.split()[0]), f'"{opener}" comments are not XanoScript',
                "comment with `//` at the start of each line")


def _stray_parenthesis(text: str, pos: int) -> Slip | None:
    if not text.startswith(")", pos) or not _at_line_start(text, pos):
        return None
    return Slip(pos, pos + 1, None, "this `)` closes nothing: a `(` above is closed too early, or this one is extra")


def _condition_without_parentheses(text: str, pos: int) -> Slip | None:
    line = _line_at(text, pos)
    keyword = _BARE_CONDITION.match(text, line)
    if keyword is None or pos < keyword.end():
        return None
    end = end_of_line(text, line)
    brace = text.find("{", keyword.end(), end)
    condition = text[keyword.end():brace if brace >= 0 else end].strip()
    return Slip(keyword.start(1), keyword.end(1), f"the condition of `{keyword.group(1)}` goes in parentheses",
                f"write `{keyword.group(1)} ({condition}) {{`")


def _bare_alias(text: str, pos: int) -> Slip | None:
    word = _WORD.match(text, pos)
    before = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if word is None or before is None or before.group(1) != "as":
        return None
    return Slip(pos, word.end(), f'expected a variable after "as", found "{word.group()}"',
                f"the result is stored in a variable: `as ${word.group()}`")


def _definition_word(text: str, pos: int) -> Slip | None:
    word = _WORD.match(text, pos)
    if word is None or word.group() not in _DEFINITION_WORDS or text.startswith(".", word.end()):
        return None  # `api.realtime_event` is a statement, not `api`
    if not _at_line_start(text, pos):
        return None
    return Slip(pos, word.end(), None, _DEFINITION_WORDS[word.group()])


def _misplaced_statement(text: str, pos: int) -> Slip | None:
    """`api.realtime_event { … }` or `if (…)` where no statement may stand (a file's top, an
    `input`): a statement anywhere else would have parsed."""
    statement = _STATEMENT.match(text, pos)
    if statement is None or not _at_line_start(text, pos):
        return None
    where = "in a `conditional { … }`, in a stack" if statement.group() in ("if", "elseif") else "in a `stack { … }`"
    return Slip(pos, statement.end(), None,
                f"a statement stands {where}, as in `function \"name\" {{ stack {{ … }} }}`")


# Tried in this order: the first that recognises the place wins.
_SLIPS = (_function_call, _conflict_marker, _placeholder, _semicolon, _ampersand, _elvis, _assignment, _default_keyword,
          _unquoted_default, _template_tag, _sql_column, _escaped_quote, _foreign_comment, _stray_parenthesis,
          _condition_without_parentheses, _bare_alias, _definition_word, _misplaced_statement)


def _call(text: str, paren: int) -> Slip | None:
    """`name(…)` where XanoScript expected a value or the end of one."""
    before = _NAME_BEFORE.search(text, max(0, paren - 80), paren)
    if before is None:
        return None
    start = before.start(2)
    name = before.group(2) + ("()" if text.startswith("()", paren) else "(…)")
    if before.group(1):  # `$x|concat("a")`
        parsed = parse_call(text, start)
        args = (filter_arguments(parsed[1]) if parsed else None) or ":arg1:arg2"
        end = parsed[2] if parsed else paren + 1
        return Slip(start, end, f'filter arguments are not in parentheses: "|{name}"',
                    f"write the arguments after colons: `|{before.group(2)}{args}`")
    rewritten = rewrite_call(text, start)
    if rewritten is None:
        return Slip(start, paren + 1, f'"{name}" is function-call syntax, which XanoScript does not have',
                    _CALL_HELP)
    suggestion, end = rewritten
    line_end = text.find("\n", start)
    end = end if line_end < 0 else min(end, line_end)
    return Slip(start, end, f'"{name}" is function-call syntax, which XanoScript does not have',
                f"write `{suggestion}`")


def _escaped_quotes(text: str, pos: int) -> Slip:
    """`[\\"text\\"]`: quotes escaped where no string is open (seen in a file
    Xano's VS Code extension wrote, which Xano's own parser rejects too)."""
    quote = "\\" + text[pos + 1]
    line_end = text.find("\n", pos)
    close = text.find(quote, pos + 2, len(text) if line_end < 0 else line_end)
    message = f'"{quote}" escapes a quote outside a string'
    if close < 0:
        return Slip(pos, pos + 2, message, f"write a plain {text[pos + 1]} to open a string")
    inner = text[pos + 2:close]
    return Slip(pos, close + 2, message, f"write the string with plain quotes: `{text[pos + 1]}{inner}{text[pos + 1]}`")


def _char_before(text: str, pos: int) -> str:
    """The character before `pos`, spaces skipped."""
    pos = _skip_spaces_back(text, pos)
    return text[pos - 1] if pos > 0 else ""


def _skip_spaces_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


def _line_at(text: str, pos: int) -> int:
    """Where the line holding `pos` starts."""
    return text.rfind("\n", 0, pos) + 1


def end_of_line(text: str, pos: int) -> int:
    """Where the line holding `pos` ends, before its line break (or the text's end)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _at_line_start(text: str, pos: int) -> bool:
    return not text[_line_at(text, pos):pos].strip()
