#!/usr/bin/env python3
"""Deterministic generator of realistic XanoScript workspaces, for benchmarks.

Usage as a script::

    python benchmarks/generate.py OUTDIR --files N [--seed S]

Usage as a module::

    from benchmarks.generate import generate_workspace
    paths = generate_workspace(Path("/tmp/ws"), files=500, seed=1)

The output looks like a workspace pulled from Xano (the layout in the
README; Xano's documented examples are in ``tests/reference/examples/``):

* ~45% ``function/<area>/<name>.xs``
* ~30% ``api/<group>/...`` (one ``api_group.xs`` per group, the rest queries)
* ~5% ``realtime/channel/*.xs`` and ~5% ``realtime/trigger/*.xs``
* the rest ``table/``, ``task/`` and ``middleware/`` files.

Everything is drawn from one ``random.Random(seed)``, so the same
``(files, seed)`` always produces the same bytes.  The text sticks to the
dialect the reference docs show: newline-separated attributes, ``elseif``,
filtered values parenthesised before an operator, object literals either
inline with commas or one key per line, ``} break`` after each ``case``.

The realtime parts are consistent with each other: every channel pattern is
unique and no two patterns overlap, every ``api.realtime_event`` targets a
declared active channel (a few use a fully dynamic ``$input.channel``, which
xslint reports as XS207 info), and every ``realtime_trigger`` carries the
predefined input block verbatim and listens on a declared channel.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["generate_workspace", "main"]

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

# table -> [(type, field)]; every table also has id, created_at, updated_at.
TABLES: dict[str, list[tuple[str, str]]] = {
    "user": [("text", "name"), ("email", "email"), ("enum", "role"), ("bool", "is_active"),
             ("timestamp", "last_login_at"), ("int", "team_id")],
    "team": [("text", "name"), ("text", "slug"), ("int", "owner_id"), ("json", "settings")],
    "room": [("text", "name"), ("int", "team_id"), ("bool", "is_private"), ("int", "member_count")],
    "message": [("int", "room_id"), ("int", "sender_id"), ("text", "content"), ("bool", "is_edited"),
                ("json", "attachments")],
    "document": [("text", "title"), ("text", "body"), ("int", "owner_id"), ("int", "version"),
                 ("bool", "is_published")],
    "comment": [("int", "document_id"), ("int", "author_id"), ("text", "body"), ("bool", "resolved")],
    "order": [("int", "user_id"), ("decimal", "total"), ("enum", "status"), ("json", "shipping_address")],
    "order_item": [("int", "order_id"), ("int", "product_id"), ("int", "quantity"),
                   ("decimal", "unit_price")],
    "product": [("text", "name"), ("text", "sku"), ("decimal", "price"), ("int", "stock_quantity"),
                ("int", "category_id"), ("bool", "is_published")],
    "category": [("text", "name"), ("text", "slug"), ("int", "parent_id")],
    "notification": [("int", "user_id"), ("text", "title"), ("text", "body"), ("bool", "is_read"),
                     ("text", "kind")],
    "project": [("text", "name"), ("int", "team_id"), ("enum", "status"), ("date", "due_date")],
    "task_item": [("int", "project_id"), ("int", "assignee_id"), ("text", "title"), ("enum", "status"),
                  ("int", "priority")],
    "invoice": [("int", "order_id"), ("decimal", "amount"), ("text", "currency"), ("enum", "status"),
                ("timestamp", "due_at")],
    "payment": [("int", "invoice_id"), ("decimal", "amount"), ("text", "provider"),
                ("text", "external_id"), ("enum", "status")],
    "session": [("int", "user_id"), ("text", "token"), ("timestamp", "expires_at"), ("text", "ip_address")],
    "audit_log": [("int", "user_id"), ("text", "action"), ("text", "entity"), ("int", "entity_id"),
                  ("json", "payload")],
    "board": [("text", "name"), ("int", "project_id"), ("json", "columns")],
    "card": [("int", "board_id"), ("text", "title"), ("int", "position"), ("text", "column_key")],
    "subscription": [("int", "user_id"), ("text", "plan"), ("enum", "status"), ("timestamp", "renews_at")],
    "webhook_event": [("text", "source"), ("text", "event_type"), ("json", "payload"), ("bool", "processed")],
    "inventory_move": [("int", "product_id"), ("int", "delta"), ("text", "reason"), ("int", "warehouse_id")],
    "warehouse": [("text", "name"), ("text", "code"), ("text", "region")],
    "ticket": [("int", "user_id"), ("text", "subject"), ("enum", "status"), ("int", "priority"),
               ("int", "agent_id")],
    "ticket_reply": [("int", "ticket_id"), ("int", "author_id"), ("text", "body")],
    "file_asset": [("int", "owner_id"), ("text", "path"), ("text", "mime_type"), ("int", "size_bytes")],
    "device": [("int", "user_id"), ("text", "platform"), ("text", "push_token"),
               ("timestamp", "last_seen_at")],
    "presence_log": [("int", "user_id"), ("text", "channel"), ("text", "state")],
    "setting": [("text", "key"), ("json", "value"), ("int", "team_id")],
    "tag": [("text", "name"), ("text", "color")],
    "game": [("text", "code"), ("int", "host_id"), ("enum", "state"), ("int", "round")],
    "score": [("int", "game_id"), ("int", "user_id"), ("int", "points")],
}
TABLE_NAMES = list(TABLES)

ENUM_VALUES = {
    "status": ["pending", "active", "completed", "cancelled"],
    "role": ["user", "admin", "moderator"],
    "state": ["lobby", "playing", "finished"],
}

PLURAL = {
    "category": "categories", "order_item": "order_items", "audit_log": "audit_logs",
    "task_item": "tasks", "inventory_move": "inventory_moves", "ticket_reply": "replies",
    "file_asset": "files", "presence_log": "presence", "webhook_event": "webhooks",
}

AREAS = {
    "users": ["user", "team", "session", "device"],
    "chat": ["room", "message", "presence_log"],
    "documents": ["document", "comment", "file_asset"],
    "orders": ["order", "order_item", "product"],
    "billing": ["invoice", "payment", "subscription"],
    "inventory": ["product", "inventory_move", "warehouse"],
    "projects": ["project", "task_item", "board", "card"],
    "support": ["ticket", "ticket_reply", "user"],
    "notifications": ["notification", "device", "user"],
    "games": ["game", "score", "user"],
    "admin": ["audit_log", "setting", "user"],
    "integrations": ["webhook_event", "payment", "order"],
    "catalog": ["product", "category", "tag"],
    "analytics": ["order", "audit_log", "score"],
    "utils": ["setting", "tag", "file_asset"],
}
AREA_NAMES = list(AREAS)

VERBS = ["get", "list", "create", "update", "delete", "sync", "validate", "calculate", "notify",
         "broadcast", "archive", "import", "export", "resolve", "assign", "refresh", "merge",
         "recalculate", "publish", "close", "reopen", "summarize", "enrich", "normalize"]
NOUN_SUFFIXES = ["", "_batch", "_details", "_summary", "_stats", "_status", "_for_user", "_by_team",
                 "_history", "_snapshot", "_totals", "_members"]

API_GROUP_NAMES = {
    "users": "Users", "chat": "Chat", "documents": "Documents", "orders": "Orders",
    "billing": "Billing", "inventory": "Inventory", "projects": "Projects", "support": "Support",
    "notifications": "Notifications", "games": "Games", "admin": "Admin",
    "integrations": "Integrations", "catalog": "Catalog", "analytics": "Analytics", "utils": "Utilities",
}

# (first segment, input field that usually carries the id, table)
CHANNEL_PREFIXES = [
    ("room", "room_id", "room"), ("user", "user_id", "user"), ("doc", "document_id", "document"),
    ("team", "team_id", "team"), ("project", "project_id", "project"), ("board", "board_id", "board"),
    ("order", "order_id", "order"), ("ticket", "ticket_id", "ticket"), ("game", "game_id", "game"),
    ("org", "team_id", "team"), ("tenant", "team_id", "team"), ("presence", "room_id", "room"),
    ("chat", "room_id", "room"), ("feed", "user_id", "user"), ("inbox", "user_id", "user"),
    ("cart", "user_id", "user"), ("invoice", "invoice_id", "invoice"), ("device", "device_id", "device"),
    ("thread", "message_id", "message"), ("workspace", "team_id", "team"),
    ("store", "warehouse_id", "warehouse"), ("match", "game_id", "game"), ("lobby", "game_id", "game"),
    ("support", "ticket_id", "ticket"), ("editor", "document_id", "document"),
    ("kanban", "board_id", "board"), ("auction", "product_id", "product"),
    ("stock", "product_id", "product"), ("tracking", "order_id", "order"),
    ("subscription", "user_id", "user"), ("leaderboard", "game_id", "game"),
]
CHANNEL_VARIANTS = ["live", "v2", "beta", "internal", "ops", "ext", "staging", "mobile", "web", "edge"]
LITERAL_CHANNELS = ["announcements", "global", "system_status", "ops:alerts", "maintenance",
                    "changelog", "metrics:live", "status:public", "deploys", "heartbeat",
                    "admin:console", "release_notes"]
CHANNEL_SUFFIXES = ["typing", "cursor", "events", "updates", "presence", "activity"]
NESTED_TAILS = ["cursor", "typing", "selection", "comments", "reactions", "viewers"]

EVENT_NAMES = ["created", "updated", "deleted", "message", "status_changed", "joined", "left",
               "typing", "synced", "assigned", "completed", "alert", "refresh", "moved", "score_changed"]

COMMENTS = [
    "Load the {t} record", "Guard against missing input", "Notify subscribers",
    "TODO: move this to a background task", "Keep the payload small: ids only",
    "Build the response object", "Normalise user supplied text", "Broadcast the change",
    "Fall back to defaults when the lookup fails", "Fetch related {t} rows",
    "Only owners may change this", "Retry once on transient errors", "Paginate to avoid huge lists",
    "Recalculate totals", "FIXME: this double-counts archived rows", "Push a realtime update",
    "Check permissions before writing", "Cache-friendly ordering", "Track the number of changes",
]
DESCRIPTIONS = [
    "Handles {a} for the {t} resource", "Returns {t} data shaped for the client",
    "Creates or updates a {t} and notifies subscribers", "Internal helper used by the {a} endpoints",
    "Validates input and writes a {t} record", "Syncs {t} records with an external service",
    "Broadcasts {t} changes over realtime", "Aggregates {t} statistics",
]

TEXT_WORDS = ["pending", "ok", "done", "queued", "archived", "welcome", "draft", "failed", "synced",
              "unknown", "primary", "secondary", "default", "manual", "auto"]
VAR_NAMES = {
    "text": ["label", "slug", "summary", "display_name", "note", "status_text", "message_text",
             "title_text", "key_name", "search_term", "reason", "cache_key"],
    "num": ["total", "count", "offset", "limit", "attempts", "subtotal", "score_delta", "page_no",
            "remaining", "position", "amount_due", "retry_count"],
    "bool": ["is_owner", "has_access", "should_notify", "is_valid", "changed", "is_stale", "found"],
    "obj": ["payload", "updates", "meta", "summary_data", "context", "filters", "options", "event_data",
            "diff", "response_data"],
    "list": ["ids", "items", "changes", "errors", "recipients", "rows", "batch", "pending_ids", "tags_list"],
}
URL_HOSTS = ["https://api.stripe.com/v1", "https://hooks.slack.com/services", "https://api.sendgrid.com/v3",
             "https://api.example.com", "https://api.openai.com/v1", "https://api.github.com",
             "https://maps.googleapis.com/maps/api", "https://api.twilio.com/2010-04-01"]
ENV_KEYS = ["STRIPE_SECRET_KEY", "SLACK_TOKEN", "SENDGRID_KEY", "API_KEY", "OPENAI_API_KEY",
            "GITHUB_TOKEN", "MAPS_KEY", "TWILIO_TOKEN"]

LIST_ITEM = {"ids": "item_id", "items": "item", "changes": "change", "errors": "err",
             "recipients": "recipient", "rows": "row", "batch": "entry", "pending_ids": "pending_id",
             "tags_list": "tag"}

RESERVED = {"response", "output", "input", "auth", "env", "db", "this", "result", "index", "error"}

TRIGGER_INPUT = """\
input {
  enum action {
    values = ["message", "join"]
  }

  text channel
  object client {
    schema {
      json extras
      object permissions {
        schema {
          int dbo_id
          text row_id
        }
      }
    }
  }

  object options {
    schema {
      bool authenticated
      text channel
    }
  }

  json payload
}"""


# ---------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------

def snake(name: str) -> str:
    """lodash-style snake case, as the Xano CLI names files."""
    name = name.replace('"', "")
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").lower()


def indent(lines: list[str], n: int = 1) -> list[str]:
    pad = "  " * n
    return [pad + ln if ln else ln for ln in lines]


def nest(text: str, n: int = 1) -> str:
    """Indent every line but the first of a multi-line value."""
    return text.replace("\n", "\n" + "  " * n)


def _top_level(s: str):
    """Yield the characters of `s` that are outside strings and brackets."""
    depth = 0
    quote = None
    i = 0
    while i < len(s):
        c = s[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = None
        elif c in "\"'`":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0:
            yield i, c
        i += 1


def atomic(s: str) -> bool:
    """True when `s` is a single operand without a trailing filter."""
    if s.startswith("!"):
        return False
    return not any(c in " |" for _, c in _top_level(s))


def has_filter(s: str) -> bool:
    """True when `s` has a filter (`|name`) outside parentheses."""
    prev = ""
    for i, c in _top_level(s):
        if c == "|" and prev != "|" and not s.startswith("||", i):
            return True
        prev = c
    return False


def wrap(s: str) -> str:
    """Parenthesise `s` unless it can stand next to an operator as is."""
    return s if atomic(s) else f"({s})"


def q(s: str) -> str:
    return '"' + s + '"'


def singular(name: str) -> str:
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return name + "_row"


# ---------------------------------------------------------------------------
# Workspace plan
# ---------------------------------------------------------------------------

@dataclass
class Channel:
    pattern: str
    shape: str          # "wild" (p:*), "suffix" (p:*:s), "literal"
    prefix: str         # first segment (or the whole literal)
    suffix: str | None
    nested: bool
    active: bool
    id_field: str | None
    table: str | None

    def expr(self, idexpr: str, rng: random.Random) -> str:
        """A channel expression that certainly matches this pattern."""
        if self.shape == "literal":
            return q(self.pattern)
        head = q(self.prefix + ":")
        if self.shape == "suffix":
            return f"{head} ~ {wrap(idexpr)} ~ {q(':' + self.suffix)}"
        if self.nested and rng.random() < 0.35:
            return f"{head} ~ {wrap(idexpr)} ~ {q(':' + rng.choice(NESTED_TAILS))}"
        return f"{head} ~ {wrap(idexpr)}"


@dataclass
class FuncSpec:
    name: str
    area: str
    tables: list[str]


@dataclass
class Plan:
    channels: list[Channel] = field(default_factory=list)
    functions: list[FuncSpec] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Per-definition context
# ---------------------------------------------------------------------------

class Ctx:
    def __init__(self, gen: "Generator", kind: str, tables: list[str], auth: bool):
        self.gen = gen
        self.rng = gen.rng
        self.kind = kind
        self.tables = tables
        self.auth = auth
        self.inputs: list[tuple[str, str]] = []       # (type, name)
        self.vars: dict[str, tuple[str, str | None]] = {}  # name -> (kind, table)
        self.loop_vars: list[tuple[str, str, str | None]] = []
        self.budget = 0
        self.loop_depth = 0
        self.compound = 0.25   # chance that a top-level statement opens a block
        self.extra_ids: list[str] = []  # id-like expressions besides inputs/records

    # --- naming -----------------------------------------------------------
    def new_var(self, kind: str, table: str | None = None, base: str | None = None) -> str:
        rng = self.rng
        if base is None:
            base = rng.choice(VAR_NAMES[kind])
        name = base
        if name in RESERVED:
            name = name + "_value"
        n = 2
        while name in self.vars and self.vars[name][0] != kind:
            name = f"{base}_{n}"
            n += 1
        self.vars[name] = (kind, table)
        return name

    def vars_of(self, *kinds: str) -> list[str]:
        names = [n for n, (k, _) in self.vars.items() if k in kinds]
        names += [n for n, k, _ in self.loop_vars if k in kinds]
        return names

    def ref(self, name: str) -> str:
        return ("$var." if self.rng.random() < 0.04 else "$") + name

    def inputs_of(self, *types: str) -> list[str]:
        return [n for t, n in self.inputs if t in types]

    # --- operands ---------------------------------------------------------
    def record_field(self, kinds=("record",)) -> str | None:
        cands = [(n, t) for n, (k, t) in self.vars.items() if k in kinds and t]
        cands += [(n, t) for n, k, t in self.loop_vars if k in kinds and t]
        if not cands:
            return None
        n, t = self.rng.choice(cands)
        fld = self.rng.choice(["id"] + [f for _, f in TABLES[t]])
        return f"${n}.{fld}"

    def id_expr(self, hint: str | None = None, table: str | None = None) -> str:
        rng = self.rng
        if hint and hint in self.inputs_of("int") and rng.random() < 0.75:
            return f"$input.{hint}"
        if table:
            same = [n for n, (k, t) in self.vars.items() if k == "record" and t == table]
            same += [n for n, k, t in self.loop_vars if k == "record" and t == table]
            if same and rng.random() < 0.7:
                return f"${rng.choice(same)}.id"
        opts = []
        ints = self.inputs_of("int")
        if ints:
            opts.append(f"$input.{rng.choice(ints)}")
        recs = [n for n, (k, t) in self.vars.items() if k == "record"]
        recs += [n for n, k, _ in self.loop_vars if k == "record"]
        if recs:
            opts.append(f"${rng.choice(recs)}.id")
            opts.append(f"${rng.choice(recs)}.id")
        if self.auth:
            opts.append("$auth.id")
        opts += self.extra_ids
        if not opts:
            opts.append("$auth.id" if self.kind in ("function", "query", "middleware") else "$env.SYSTEM_USER_ID")
        e = rng.choice(opts)
        if rng.random() < 0.12:
            e = f"{e}|to_text"
        return e

    def text_operand(self) -> str:
        rng = self.rng
        r = rng.random()
        texts = self.inputs_of("text", "email")
        tv = self.vars_of("text")
        if r < 0.3 and texts:
            e = f"$input.{rng.choice(texts)}"
            if rng.random() < 0.4:
                e += rng.choice(["|trim", "|trim|to_lower", "|to_lower", "|capitalize", "|substr:0:80"])
            return e
        if r < 0.55 and tv:
            return self.ref(rng.choice(tv))
        if r < 0.75:
            f = self.record_field()
            if f:
                return f
        if r < 0.85:
            return q(rng.choice(TEXT_WORDS))
        return q(rng.choice(TEXT_WORDS) + "-" + rng.choice(TEXT_WORDS))

    def num_operand(self) -> str:
        rng = self.rng
        r = rng.random()
        nums = self.inputs_of("int", "decimal")
        nv = self.vars_of("num")
        lists = self.vars_of("list", "records")
        if r < 0.3 and nv:
            return self.ref(rng.choice(nv))
        if r < 0.5 and nums:
            return f"$input.{rng.choice(nums)}"
        if r < 0.65 and lists:
            return f"${rng.choice(lists)}|count"
        if r < 0.75:
            f = self.record_field()
            if f:
                return f
        return str(rng.choice([0, 1, 2, 5, 10, 25, 50, 100, 1000]) if rng.random() < 0.8
                   else round(rng.uniform(0.1, 99), 2))

    def num_expr(self) -> str:
        rng = self.rng
        a = self.num_operand()
        r = rng.random()
        if r < 0.45:
            return a
        op = rng.choice(["+", "-", "*", "/", "+", "*"])
        b = self.num_operand()
        e = f"{wrap(a)} {op} {wrap(b)}"
        if r < 0.6:
            e = f"({e})|round:{rng.choice([0, 2])}"
        elif r < 0.7:
            e = f"{e} + {wrap(self.num_operand())}"
        return e

    def text_expr(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return self.text_operand()
        if r < 0.75:
            parts = [self.text_operand() for _ in range(rng.randint(2, 4))]
            # Literals next to each other look generated; keep at most one.
            for i in range(1, len(parts)):
                if parts[i].startswith('"') and any(p.startswith('"') for p in parts[:i]):
                    parts[i] = self.text_operand()
            if rng.random() < 0.5:
                parts.insert(1, q(rng.choice([": ", " - ", "/", " ", ", ", "#"])))
            return " ~ ".join(wrap(p) for p in parts)
        if r < 0.85:
            return f"{wrap(self.num_operand())}|to_text"
        objs = self.vars_of("obj", "record")
        if objs:
            return f"${rng.choice(objs)}|get:{q(rng.choice(['name', 'title', 'status', 'label']))}:{q('')}"
        return f"now|format_timestamp:{q('Y-m-d H:i:s')}:{q('UTC')}"

    def any_value(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return self.text_expr()
        if r < 0.6:
            return self.num_expr()
        if r < 0.7:
            return self.rng.choice(["true", "false", "null", "now"])
        if r < 0.8:
            return self.bool_expr()
        f = self.record_field()
        return f or self.text_operand()

    def comparison(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            left = self.num_expr()
            for _ in range(3):
                if not re.fullmatch(r"[\d.]+", left):
                    break
                left = self.num_expr()
            return f"{wrap(left)} {rng.choice(['>', '>=', '<', '<=', '==', '!='])} {wrap(self.num_operand())}"
        if r < 0.5:
            left = self.text_operand()
            for _ in range(3):
                if not left.startswith('"'):
                    break
                left = self.text_operand()
            return f"{wrap(left)} {rng.choice(['==', '!='])} {q(rng.choice(TEXT_WORDS + EVENT_NAMES))}"
        if r < 0.62:
            cands = self.vars_of("record", "obj") + [f"input.{n}" for n in self.inputs_of("json", "int", "text")]
            tgt = rng.choice(cands) if cands else "input"
            return f"${tgt} {rng.choice(['==', '!='])} null"
        if r < 0.72:
            lists = self.vars_of("list", "records")
            if lists:
                return f"(${rng.choice(lists)}|count) {rng.choice(['>', '==', '>='])} {rng.choice([0, 1, 10])}"
        if r < 0.8:
            bools = self.vars_of("bool") + [f"input.{n}" for n in self.inputs_of("bool")]
            if bools:
                b = "$" + rng.choice(bools)
                return b if rng.random() < 0.5 else f"{b} == {rng.choice(['true', 'false'])}"
        if r < 0.86:
            texts = self.inputs_of("text", "email")
            if texts:
                return f"$input.{rng.choice(texts)}|{rng.choice(['is_empty', 'contains:' + q('@'), 'starts_with:' + q('#')])}"
        if r < 0.9:
            return f"!{self.ref(rng.choice(self.vars_of('bool')))}" if self.vars_of("bool") else "$auth.id != null"
        texts = self.inputs_of("text", "email")
        t = f"$input.{rng.choice(texts)}" if texts else self.text_operand()
        return f"({t}|strlen) > {rng.choice([0, 3, 255])}"

    def bool_expr(self) -> str:
        rng = self.rng
        parts = [self.comparison()]
        while rng.random() < 0.3 and len(parts) < 3:
            p = self.comparison()
            if p not in parts:
                parts.append(p)
        if len(parts) == 1:
            return parts[0]
        parts = [f"({p})" if has_filter(p) else p for p in parts]
        ops = [rng.choice(["&&", "&&", "||"]) for _ in parts[1:]]
        out = parts[0]
        for op, p in zip(ops, parts[1:]):
            out += f" {op} {p}"
        return out

    def where_expr(self, table: str) -> str:
        rng = self.rng
        flds = TABLES[table]
        conds = []
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            t, f = rng.choice(flds + [("int", "id")])
            col = f"$db.{table}.{f}"
            if t in ("int",) and f.endswith("_id"):
                conds.append(f"{col} {rng.choice(['==', '==', '==?'])} {wrap(self.id_expr(f))}")
            elif t == "bool":
                conds.append(f"{col} == {rng.choice(['true', 'false'])}")
            elif t == "enum":
                conds.append(f"{col} {rng.choice(['==', '!='])} {q(rng.choice(ENUM_VALUES.get(f, ['active'])))}")
            elif t in ("timestamp", "date"):
                conds.append(f"{col} {rng.choice(['<', '>='])} {rng.choice(['now', '(now|transform_timestamp:' + q('-7 days') + ')'])}")
            elif t == "text":
                texts = self.inputs_of("text")
                if texts and rng.random() < 0.5:
                    conds.append(f"{col} {rng.choice(['==?', 'includes'])} $input.{rng.choice(texts)}")
                else:
                    conds.append(f"{col} == {q(rng.choice(TEXT_WORDS))}")
            elif t in ("decimal", "int"):
                conds.append(f"{col} {rng.choice(['>', '>=', '<'])} {wrap(self.num_operand())}")
            else:
                conds.append(f"{col} != null")
        return f" {rng.choice(['&&', '&&', '&&', '||'])} ".join(conds) if len(conds) < 3 else " && ".join(conds)

    # --- literals ---------------------------------------------------------
    def obj_literal(self, entries: list[tuple[str, str]], style: str | None = None) -> str:
        rng = self.rng
        if not entries:
            return "{}"
        if style is None:
            inline_len = sum(len(k) + len(v) + 4 for k, v in entries)
            multiline_values = any("\n" in v for _, v in entries)
            if multiline_values or inline_len > 70 or (len(entries) > 2 and rng.random() < 0.5):
                style = rng.choice(["comma", "comma", "comma", "plain"])
            else:
                style = "inline"
        if style == "inline" and not any("\n" in v for _, v in entries):
            return "{" + ", ".join(f"{k}: {v}" for k, v in entries) + "}"
        lines = []
        for i, (k, v) in enumerate(entries):
            sep = "," if style == "comma" and i < len(entries) - 1 else ""
            lines.append(f"  {k}: {nest(v)}{sep}")
        return "{\n" + "\n".join(lines) + "\n}"

    def array_literal(self, items: list[str]) -> str:
        if not items:
            return "[]"
        if sum(len(i) + 2 for i in items) < 60 and not any("\n" in i for i in items):
            return "[" + ", ".join(items) + "]"
        return "[\n" + ",\n".join("  " + nest(i) for i in items) + "\n]"

    def record_data(self, table: str, nfields: int | None = None) -> str:
        rng = self.rng
        flds = TABLES[table][:]
        rng.shuffle(flds)
        if nfields is None:
            nfields = rng.randint(2, len(flds))
        entries = []
        for t, f in flds[:nfields]:
            entries.append((f, self.value_for(t, f)))
        if rng.random() < 0.5:
            entries.append(("updated_at" if rng.random() < 0.5 else "created_at", "now"))
        return self.obj_literal(entries)

    def value_for(self, t: str, f: str) -> str:
        rng = self.rng
        if f in self.inputs_of("int", "text", "email", "decimal", "bool", "json", "enum", "timestamp") \
                and rng.random() < 0.7:
            e = f"$input.{f}"
            if t == "text" and rng.random() < 0.3:
                e += "|trim"
            return e
        if t == "int" and f.endswith("_id"):
            return self.id_expr(f)
        if t == "int":
            return self.num_expr()
        if t == "decimal":
            return self.num_expr()
        if t == "bool":
            return rng.choice(["true", "false", "true"])
        if t == "enum":
            return q(rng.choice(ENUM_VALUES.get(f, ["active"])))
        if t in ("timestamp", "date"):
            return rng.choice(["now", "now", "now|transform_timestamp:" + q("+1 day")])
        if t == "json":
            objs = self.vars_of("obj")
            return self.ref(rng.choice(objs)) if objs and rng.random() < 0.6 else "{}"
        return self.text_expr()

    def payload(self) -> str:
        rng = self.rng
        keys = ["id", "status", "updated_by", "sent_at", "count", "title", "kind", "version", "room_id",
                "user_id", "changes", "total"]
        rng.shuffle(keys)
        entries = []
        for k in keys[: rng.randint(1, 5)]:
            if k in ("sent_at",):
                v = "now"
            elif k in ("updated_by",):
                v = "$auth.id" if self.auth else self.id_expr()
            elif k.endswith("id"):
                v = self.id_expr(k)
            elif k in ("count", "total", "version"):
                v = self.num_expr()
            else:
                v = self.text_expr()
            entries.append((k, v))
        return self.obj_literal(entries)


# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------

class Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.plan = Plan()

    # --- planning ---------------------------------------------------------
    def plan_channels(self, n: int) -> None:
        rng = self.rng
        used_first: set[str] = set()
        prefixes = CHANNEL_PREFIXES[:]
        literals = LITERAL_CHANNELS[:]
        rng.shuffle(prefixes)
        rng.shuffle(literals)
        # The most common channels come first (room, user, doc) as in the docs.
        for fixed in ("doc", "user", "room"):
            for i, p in enumerate(prefixes):
                if p[0] == fixed:
                    prefixes.insert(0, prefixes.pop(i))
        variant_round = 0
        while len(self.plan.channels) < n:
            pick_literal = literals and (rng.random() < 0.2 or not prefixes)
            if pick_literal:
                lit = literals.pop()
                first = lit.split(":")[0]
                if first in used_first:
                    continue
                used_first.add(first)
                self.plan.channels.append(Channel(lit, "literal", lit, None, False, True, None, None))
                continue
            if not prefixes:
                variant_round += 1
                variant = CHANNEL_VARIANTS[(variant_round - 1) % len(CHANNEL_VARIANTS)]
                k = (variant_round - 1) // len(CHANNEL_VARIANTS)
                suffix = variant if k == 0 else f"{variant}{k + 1}"
                prefixes = [(f"{p}_{suffix}", f_, t) for p, f_, t in CHANNEL_PREFIXES]
                rng.shuffle(prefixes)
            first, id_field, table = prefixes.pop(0)
            if first in used_first:
                continue
            used_first.add(first)
            if rng.random() < 0.15:
                suf = rng.choice(CHANNEL_SUFFIXES)
                ch = Channel(f"{first}:*:{suf}", "suffix", first, suf, False, True, id_field, table)
            else:
                ch = Channel(f"{first}:*", "wild", first, None, rng.random() < 0.25, True, id_field, table)
            self.plan.channels.append(ch)
        # A few channels are switched off; nothing publishes to them.
        for ch in self.plan.channels[3:]:
            if rng.random() < 0.06:
                ch.active = False

    def plan_functions(self, n: int) -> None:
        rng = self.rng
        seen: set[str] = set()
        tries = 0
        while len(self.plan.functions) < n:
            tries += 1
            area = rng.choice(AREA_NAMES)
            tables = AREAS[area]
            noun = rng.choice(tables)
            verb = rng.choice(VERBS)
            suffix = rng.choice(NOUN_SUFFIXES)
            name = f"{area}/{verb}_{noun}{suffix}"
            if name in seen:
                if tries < n * 20:
                    continue
                k = 2
                while f"{name}_{k}" in seen:
                    k += 1
                name = f"{name}_{k}"
            seen.add(name)
            self.plan.functions.append(FuncSpec(name, area, tables))

    def active_channels(self) -> list[Channel]:
        return [c for c in self.plan.channels if c.active]

    # --- shared pieces ----------------------------------------------------
    def comment(self, ctx_tables: list[str]) -> str:
        t = self.rng.choice(COMMENTS).format(t=self.rng.choice(ctx_tables))
        return "// " + t

    def description(self, area: str, table: str) -> str:
        return self.rng.choice(DESCRIPTIONS).format(a=area, t=table)

    def input_block(self, ctx: Ctx, fields: list[list[str]]) -> list[str]:
        if not fields:
            return ["input {", "}"]
        if len(fields) == 1 and len(fields[0]) == 1 and self.rng.random() < 0.3:
            return ["input { " + fields[0][0] + " }"]
        out = ["input {"]
        for f in fields:
            out += indent(f)
        out.append("}")
        return out

    def input_field(self, ctx: Ctx, t: str, name: str, *, required: bool | None = None,
                    table: str | None = None) -> list[str]:
        rng = self.rng
        ctx.inputs.append((t, name))
        nullable = "?" if rng.random() < 0.1 else ""
        if required is None:
            required = rng.random() < 0.6
        opt = "" if required else "?"
        default = ""
        filters = ""
        meta: list[str] = []
        if t == "text":
            if rng.random() < 0.6:
                filters = rng.choice(["trim", "trim", "trim|lower", "trim|max:255", "trim|min:1"])
            if not required and rng.random() < 0.3:
                default = "=" + q(rng.choice(TEXT_WORDS))
        elif t == "email":
            filters = rng.choice(["trim|lower", "lower", "trim"])
        elif t in ("int", "decimal"):
            if name in ("page",):
                default, filters = "=1", "min:1"
                opt = "?"
            elif name in ("per_page", "limit"):
                default, filters = "=" + rng.choice(["20", "25", "50"]), "min:1|max:100"
                opt = "?"
            elif rng.random() < 0.3:
                filters = rng.choice(["min:0", "min:1", "min:0|max:1000"])
            if table:
                meta = [f"table = {q(table)}"]
        elif t == "bool":
            if not required and rng.random() < 0.6:
                default = "=" + rng.choice(["false", "true"])
        elif t == "enum":
            vals = ENUM_VALUES.get(name, ["low", "medium", "high"])
            if not required:
                default = "=" + q(vals[0])
            meta = [f"values = [{', '.join(q(v) for v in vals)}]"]
        head = f"{t}{nullable} {name}{opt}{default}"
        if filters:
            head += f" filters={filters}"
        if not meta and rng.random() < 0.08:
            meta = [f"description = {q(name.replace('_', ' ').capitalize())}"]
            if rng.random() < 0.3:
                meta.append("sensitive = true")
        if not meta:
            return [head]
        if len(meta) == 1 and rng.random() < 0.5:
            return [f"{head} {{ {meta[0]} }}"]
        return [head + " {"] + indent(meta) + ["}"]

    def object_input(self, ctx: Ctx, name: str, table: str) -> list[str]:
        ctx.inputs.append(("object", name))
        flds = TABLES[table][: self.rng.randint(2, 4)]
        inner = [f"{'text' if t == 'enum' else t} {f}" for t, f in flds]
        return [f"object{'[]' if self.rng.random() < 0.5 else ''} {name} {{", "  schema {"] + \
            indent(inner, 2) + ["  }", "}"]

    def fields_for(self, ctx: Ctx, tables: list[str], n: int, skip_main_id: bool = False) -> list[list[str]]:
        rng = self.rng
        out: list[list[str]] = []
        seen: set[str] = set()
        main = tables[0]
        cand: list[tuple[str, str, str | None]] = []
        for t in tables:
            cand.append(("int", f"{t}_id", t))
            for ft, fn in TABLES[t]:
                cand.append((ft, fn, TABLES.get(fn[:-3]) and fn[:-3] if fn.endswith("_id") else None))
        rng.shuffle(cand)
        if skip_main_id:
            seen.add(f"{main}_id")
        else:
            cand.insert(0, ("int", f"{main}_id", main))
        for ft, fn, tbl in cand:
            if len(out) >= n:
                break
            if fn in seen:
                continue
            seen.add(fn)
            if ft == "date":
                ft = "timestamp"
            if ft == "json" and rng.random() < 0.3:
                out.append(self.object_input(ctx, fn, main))
                continue
            if ft == "text" and rng.random() < 0.1:
                ctx.inputs.append(("list", fn + "_list"))
                out.append([f"text[] {fn}_list"])
                continue
            out.append(self.input_field(ctx, ft, fn, table=tbl if rng.random() < 0.5 else None))
        return out

    # --- statements -------------------------------------------------------
    def stmt_var(self, ctx: Ctx) -> list[str]:
        rng = self.rng
        kind = rng.choice(["text", "text", "num", "num", "obj", "obj", "list", "bool"])
        if kind == "text":
            val = ctx.text_expr()
        elif kind == "num":
            val = ctx.num_expr()
        elif kind == "bool":
            val = ctx.bool_expr()
        elif kind == "obj":
            keys = rng.sample(["id", "name", "status", "owner_id", "total", "items", "page", "source", "flags",
                               "updated_at", "channel", "note", "meta"], rng.randint(1, 6))
            ents = []
            for k in keys:
                if k == "meta" and rng.random() < 0.5:
                    ents.append((k, ctx.obj_literal([("source", q(ctx.kind)), ("at", "now")])))
                elif k == "items":
                    lists = ctx.vars_of("list", "records")
                    ents.append((k, f"${rng.choice(lists)}" if lists else "[]"))
                elif k.endswith("id"):
                    ents.append((k, ctx.id_expr()))
                elif k in ("total", "page"):
                    ents.append((k, ctx.num_expr()))
                elif k == "updated_at":
                    ents.append((k, "now"))
                elif k == "flags":
                    ents.append((k, ctx.array_literal([q(w) for w in rng.sample(TEXT_WORDS, rng.randint(0, 3))])))
                else:
                    ents.append((k, ctx.text_expr()))
            val = ctx.obj_literal(ents) if rng.random() < 0.9 else "{}"
        else:
            lists = ctx.vars_of("records")
            r = rng.random()
            if lists and r < 0.4:
                src = rng.choice(lists)
                val = f"${src}|{rng.choice(['map:$$.id', 'filter:$$.is_active', 'map:$$.' + rng.choice(['id', 'status', 'name']), 'slice:0:10', 'map:$$.id|unique'])}"
            elif r < 0.7:
                val = "[]"
            else:
                val = ctx.array_literal([ctx.text_operand() for _ in range(rng.randint(1, 4))])
        name = ctx.new_var(kind)
        return self._attr_stmt(f"var ${name}", [("value", val)])

    def _attr_stmt(self, head: str, attrs: list[tuple[str, str]], alias: str | None = None,
                   force_block: bool = False) -> list[str]:
        tail = f" as ${alias}" if alias else ""
        if len(attrs) == 1 and "\n" not in attrs[0][1] and not force_block and len(attrs[0][1]) < 70 \
                and self.rng.random() < 0.75:
            k, v = attrs[0]
            return [f"{head} {{ {k} = {v} }}{tail}"]
        lines = [head + " {"]
        for k, v in attrs:
            lines += indent(f"{k} = {v}".split("\n"))
        lines.append("}" + tail)
        return lines

    def stmt_var_update(self, ctx: Ctx) -> list[str]:
        rng = self.rng
        cands = [(n, k) for n, (k, _) in ctx.vars.items() if k in ("text", "num", "obj", "list", "bool")]
        if not cands:
            return self.stmt_var(ctx)
        n, k = rng.choice(cands)
        if k == "text":
            val = rng.choice([f"${n} ~ {wrap(ctx.text_operand())}", ctx.text_expr(), f"${n}|trim|to_lower"])
            return self._attr_stmt(f"var.update ${n}", [("value", val)])
        if k == "num":
            return self._attr_stmt(f"var.update ${n}", [("value", f"${n} {rng.choice(['+', '-', '*'])} {wrap(ctx.num_operand())}")])
        if k == "obj":
            key = rng.choice(["status", "note", "total", "owner_id", "count", "label"])
            if rng.random() < 0.5:
                return self._attr_stmt(f"var.update ${n}.{key}", [("value", ctx.any_value())])
            return self._attr_stmt(f"var.update ${n}", [("value", f"${n}|set:{q(key)}:{wrap(ctx.any_value())}")])
        if k == "bool":
            return self._attr_stmt(f"var.update ${n}", [("value", ctx.bool_expr())])
        return self._attr_stmt(f"var.update ${n}", [("value", f"${n}|push:{wrap(ctx.any_value())}")])

    def stmt_db_query(self, ctx: Ctx, force_list: bool = False) -> list[str]:
        rng = self.rng
        table = rng.choice(ctx.tables)
        attrs: list[tuple[str, str]] = []
        if rng.random() < 0.85:
            attrs.append(("where", ctx.where_expr(table)))
        if rng.random() < 0.12:
            other = rng.choice(TABLE_NAMES)
            join = ctx.obj_literal([(other, ctx.obj_literal([
                ("table", q(other)), ("type", q(rng.choice(["inner", "left"]))),
                ("where", f"$db.{table}.{other}_id == $db.{other}.id")], style="comma"))], style="comma")
            attrs.append(("join", join))
            attrs.append(("eval", ctx.obj_literal([(f"{other}_name", f"$db.{other}.id")])))
        if rng.random() < 0.5:
            attrs.append(("sort", "{" + f"{rng.choice(['created_at', 'id', 'updated_at'])}: {q(rng.choice(['desc', 'asc']))}" + "}"))
        r = rng.random() if not force_list else 0.0
        kind, alias_kind = "list", "records"
        if r < 0.35:
            if ctx.inputs_of("int") and "page" in ctx.inputs_of("int"):
                paging = "{page: $input.page, per_page: " + ("$input.per_page" if "per_page" in ctx.inputs_of("int") else "25") + "}"
            else:
                paging = "{page: 1, per_page: " + str(rng.choice([10, 25, 50, 100])) + "}"
            ret = ctx.obj_literal([("type", q("list")), ("paging", paging)])
        elif r < 0.55:
            ret, kind, alias_kind = "{type: \"single\"}", "single", "record"
        elif r < 0.7:
            ret, kind, alias_kind = "{type: \"count\"}", "count", "num"
        elif r < 0.8:
            ret, kind, alias_kind = "{type: \"exists\"}", "exists", "bool"
        else:
            ret = "{type: \"list\"}" if rng.random() < 0.5 else None
        if ret:
            attrs.append(("return", ret))
        base = {"records": PLURAL.get(table, table + "s"), "record": table, "num": f"{table}_count",
                "bool": f"{table}_exists"}[alias_kind]
        alias = ctx.new_var(alias_kind, table, base=base)
        if not attrs:
            attrs.append(("return", "{type: \"list\"}"))
        tname = q(table) if rng.random() < 0.9 else table
        return self._attr_stmt(f"db.query {tname}", attrs, alias, force_block=True)

    def stmt_db_get(self, ctx: Ctx) -> list[str]:
        rng = self.rng
        table = rng.choice(ctx.tables)
        if rng.random() < 0.8:
            attrs = [("field_name", q("id")), ("field_value", ctx.id_expr(f"{table}_id"))]
        else:
            fld = rng.choice([f for t, f in TABLES[table] if t in ("text", "email")] or ["id"])
            attrs = [("field_name", q(fld)), ("field_value", ctx.text_operand())]
        alias = ctx.new_var("record", table, base=table if table not in RESERVED else table + "_row")
        return self._attr_stmt(f"db.get {q(table)}", attrs, alias, force_block=True)

    def stmt_db_add(self, ctx: Ctx) -> list[str]:
        table = self.rng.choice(ctx.tables)
        data = ctx.record_data(table)
        alias = ctx.new_var("record", table, base=f"new_{table}") if self.rng.random() < 0.8 else None
        return self._attr_stmt(f"db.add {q(table)}", [("data", data)], alias, force_block=True)

    def stmt_db_edit(self, ctx: Ctx) -> list[str]:
        rng = self.rng
        table = rng.choice(ctx.tables)
        op = rng.choice(["db.edit", "db.edit", "db.edit", "db.patch", "db.add_or_edit"])
        if op == "db.patch":
            objs = ctx.vars_of("obj")
            data = "$" + rng.choice(objs) if objs else ctx.record_data(table, 2)
        else:
            data = ctx.record_data(table, rng.randint(1, 4))
        attrs = [("field_name", q("id")), ("field_value", ctx.id_expr(f"{table}_id")), ("data", data)]
        alias = ctx.new_var("record", table, base=f"updated_{table}") if rng.random() < 0.6 else None
        return self._attr_stmt(f"{op} {q(table)}", attrs, alias, force_block=True)

    def stmt_db_misc(self, ctx: Ctx) -> list[str]:
        rng = self.rng
        table = rng.choice(ctx.tables)
        r = rng.random()
        if r < 0.45:
            return self._attr_stmt(f"db.del {q(table)}", [("field_name", q("id")),
                                                          ("field_value", ctx.id_expr(f"{table}_id"))],
                                   force_block=True)
        if r < 0.8:
            alias = ctx.new_var("bool", None, base=f"{table}_found")
            return self._attr_stmt(f"db.has {q(table)}", [("field_name", q("id")),
                                                          ("field_value", ctx.id_expr(f"{table}_id"))],
                                   alias, force_block=True)
        alias = ctx.new_var("num", None, base=f"{table}_changed")
        return self._attr_stmt(f"db.bulk.update {q(table)}", [
            ("where", ctx.where_expr(table)), ("data", ctx.record_data(table, 2))], alias, force_block=True)

    def stmt_function_run(self, ctx: Ctx) -> list[str]:
        rng = self.rng
        if not self.plan.functions:
            return self.stmt_var(ctx)
        fn = rng.choice(self.plan.functions)
        t = fn.tables[0]
        ents = [(f"{t}_id", ctx.id_expr(f"{t}_id"))]
        for _ in range(rng.randint(0, 3)):
            k = rng.choice(["notify", "limit", "source", "payload", "force", "reason", "dry_run"])
            if any(k == e[0] for e in ents):
                continue
            v = {"notify": rng.choice(["true", "false"]), "force": "false", "dry_run": "false",
                 "limit": ctx.num_operand(), "source": q(ctx.kind), "payload": "$" + rng.choice(ctx.vars_of("obj")) if ctx.vars_of("obj") else "{}",
                 "reason": ctx.text_operand()}[k]
            ents.append((k, v))
        alias = ctx.new_var(rng.choice(["obj", "record", "obj"]), t, base=snake(fn.name.split("/")[-1])[:24] + "_out") \
            if rng.random() < 0.85 else None
        return self._attr_stmt(f"function.run {q(fn.name)}", [("input", ctx.obj_literal(ents))], alias,
                               force_block=True)

    def stmt_api_request(self, ctx: Ctx) -> list[str]:
        rng = self.rng
        i = rng.randrange(len(URL_HOSTS))
        path = rng.choice(["/customers", "/charges", "/messages", "/chat/completions", "/repos", "/geocode/json", "/events"])
        url = q(URL_HOSTS[i] + path)
        if rng.random() < 0.4:
            url = f"{q(URL_HOSTS[i] + path + '/')} ~ {wrap(ctx.id_expr())}"
        method = rng.choice(["GET", "POST", "POST", "PUT", "DELETE"])
        attrs = [("url", url), ("method", q(method))]
        if method in ("POST", "PUT"):
            objs = ctx.vars_of("obj")
            attrs.append(("params", "$" + rng.choice(objs) if objs and rng.random() < 0.4 else ctx.payload()))
        headers = [q("Content-Type: application/json"), f"{q('Authorization: Bearer ')} ~ $env.{ENV_KEYS[i]}"]
        attrs.append(("headers", ctx.array_literal(headers)))
        if rng.random() < 0.5:
            attrs.append(("timeout", str(rng.choice([10, 15, 30, 60]))))
        alias = ctx.new_var("obj", None, base=rng.choice(["api_result", "remote", "ext_response", "http_result"]))
        out = self._attr_stmt("api.request", attrs, alias, force_block=True)
        if rng.random() < 0.5:
            out += [""] + self._attr_stmt(f"var ${ctx.new_var('obj', None, base='remote_body')}", [
                ("value", f"${alias}.response.result|get:{q(rng.choice(['data', 'items', 'result']))}:null")])
        return out

    def stmt_precondition(self, ctx: Ctx) -> list[str]:
        rng = self.rng
        r = rng.random()
        if r < 0.3 and ctx.auth:
            cond, et, msg = "$auth.id != null", "accessdenied", "Authentication required"
        elif r < 0.6:
            recs = ctx.vars_of("record")
            if recs:
                n = rng.choice(recs)
                cond, et, msg = f"${n} != null", "notfound", f"{n.replace('_', ' ').capitalize()} not found"
            else:
                cond, et, msg = ctx.bool_expr(), "inputerror", "Invalid input"
        else:
            cond, et, msg = ctx.bool_expr(), rng.choice(["inputerror", "accessdenied", "standard"]), \
                rng.choice(["Invalid input", "Not allowed", "Limit exceeded", "Missing value"])
        attrs = [("error_type", q(et)), ("error", q(msg))]
        if rng.random() < 0.2:
            attrs = attrs[1:]
        return self._attr_stmt(f"precondition ({cond})", attrs, force_block=True)

    def stmt_math(self, ctx: Ctx) -> list[str]:
        rng = self.rng
        nums = ctx.vars_of("num")
        if not nums:
            name = ctx.new_var("num")
            return [f"var ${name} {{ value = 0 }}"]
        op = rng.choice(["math.add", "math.add", "math.sub", "math.mul"])
        return self._attr_stmt(f"{op} ${rng.choice(nums)}", [("value", ctx.num_operand())])

    def stmt_text(self, ctx: Ctx) -> list[str]:
        rng = self.rng
        texts = [n for n, (k, _) in ctx.vars.items() if k == "text"]
        if not texts:
            return self.stmt_var(ctx)
        n = rng.choice(texts)
        op = rng.choice(["text.append", "text.prepend", "text.trim", "text.contains", "text.starts_with"])
        if op in ("text.contains", "text.starts_with"):
            alias = ctx.new_var("bool", None, base=f"has_{rng.choice(['error', 'prefix', 'tag', 'match'])}")
            return self._attr_stmt(f"{op} ${n}", [("value", q(rng.choice(TEXT_WORDS)))], alias,
                                   force_block=rng.random() < 0.5)
        val = q(" ") if op == "text.trim" else ctx.text_operand()
        return self._attr_stmt(f"{op} ${n}", [("value", val)])

    def stmt_array(self, ctx: Ctx) -> list[str]:
        lists = [n for n, (k, _) in ctx.vars.items() if k == "list"]
        if not lists:
            return self.stmt_var(ctx)
        return self._attr_stmt(f"array.push ${self.rng.choice(lists)}", [("value", ctx.any_value())])

    def stmt_debug(self, ctx: Ctx) -> list[str]:
        v = ctx.text_expr() if self.rng.random() < 0.7 else ctx.obj_literal(
            [("step", q(self.rng.choice(TEXT_WORDS))), ("at", "now")])
        return self._attr_stmt("debug.log", [("value", v)])

    def stmt_event(self, ctx: Ctx) -> list[str]:
        rng = self.rng
        chans = self.active_channels()
        disabled = "!" if rng.random() < 0.01 else ""
        if not chans or rng.random() < 0.03:
            # Fully dynamic: nothing static to check (xslint: XS207, info).
            channel = "$input.channel" if "channel" in ctx.inputs_of("text") else "$env.DEFAULT_CHANNEL"
            ch = None
        else:
            # Hot channels: the first few get most of the traffic.
            k = min(len(chans), 1 + int(rng.paretovariate(1.2)) - 1) if rng.random() < 0.6 else rng.randrange(len(chans))
            ch = chans[min(k, len(chans) - 1)]
            channel = ch.expr(ctx.id_expr(ch.id_field, ch.table) if ch.shape != "literal" else "", rng)
            if ch.shape == "wild" and rng.random() < 0.08:
                # Build the name in a variable first (xslint follows `var` once).
                vname = ctx.new_var("text", None, base=f"{snake(ch.prefix)}_channel")
                pre = self._attr_stmt(f"var ${vname}", [("value", channel)])
                return pre + self._event_lines(ctx, disabled, f"${vname}", ch)
        return self._event_lines(ctx, disabled, channel, ch)

    def _event_lines(self, ctx: Ctx, disabled: str, channel: str, ch: Channel | None) -> list[str]:
        rng = self.rng
        attrs = [("channel", channel)]
        if rng.random() < 0.9:
            base = ch.table if ch and ch.table else rng.choice(ctx.tables)
            attrs.append(("event", q(f"{base}_{rng.choice(EVENT_NAMES)}" if rng.random() < 0.7 else rng.choice(EVENT_NAMES))))
        recs = ctx.vars_of("record")
        if recs and rng.random() < 0.06:
            attrs.append(("data", "$" + rng.choice(recs)))
        else:
            attrs.append(("data", ctx.payload()))
        if rng.random() < 0.15:
            attrs.append(("auth_table", q("user")))
            attrs.append(("auth_id", "$auth.id" if ctx.auth else ctx.id_expr("user_id")))
        return self._attr_stmt(f"{disabled}api.realtime_event", attrs, force_block=True)

    # --- compound statements ---------------------------------------------
    def body(self, ctx: Ctx, depth: int, lo: int = 1, hi: int = 4, allow_cond: bool = True) -> list[str]:
        n = self.rng.randint(lo, hi)
        return self.stmts(ctx, n, depth, allow_cond=allow_cond)

    def stmt_conditional(self, ctx: Ctx, depth: int) -> list[str]:
        rng = self.rng
        lines = ["conditional {"]
        lines += indent([f"if ({ctx.bool_expr()}) {{"] + indent(self.body(ctx, depth + 1, 1, 3)) + ["}"])
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
            lines += indent([f"elseif ({ctx.bool_expr()}) {{"] + indent(self.body(ctx, depth + 1, 1, 3)) + ["}"])
        if rng.random() < 0.45:
            lines += indent(["else {"] + indent(self.body(ctx, depth + 1, 1, 3, allow_cond=False)) + ["}"])
        lines.append("}")
        return lines

    def stmt_guard(self, ctx: Ctx, depth: int) -> list[str]:
        """Early exit: `conditional { if (...) { return/throw } }`."""
        rng = self.rng
        if rng.random() < 0.5:
            inner = self._attr_stmt("return", [("value", rng.choice(["null", "false", ctx.obj_literal([("ok", "false"), ("reason", q(rng.choice(TEXT_WORDS)))])]))])
        else:
            inner = ["throw {", f"  name = {q(rng.choice(['ValidationError', 'ConflictError', 'UpstreamError', 'QuotaError']))}",
                     f"  value = {ctx.text_expr()}", "}"]
        return ["conditional {", f"  if ({ctx.bool_expr()}) {{"] + indent(inner, 2) + ["  }", "}"]

    def stmt_foreach(self, ctx: Ctx, depth: int) -> list[str]:
        rng = self.rng
        lists = ctx.vars_of("records", "list") + [f"input.{n}" for n in ctx.inputs_of("list")]
        if not lists:
            lines = self.stmt_db_query(ctx, force_list=True)
            lists = ctx.vars_of("records", "list")
            pre = lines + [""]
        else:
            pre = []
        src = rng.choice(lists)
        base = src.split(".")[-1]
        entry = self._lookup(ctx, src)
        item = LIST_ITEM.get(base) or singular(base)
        if item in RESERVED or item == base:
            item = "entry"
        taken = {n for n, _, _ in ctx.loop_vars}
        k = 2
        cand = item
        while cand in taken or cand in ctx.vars:
            cand = f"{item}_{k}"
            k += 1
        item = cand
        item_kind = "record" if entry and entry[0] == "records" else "obj"
        ctx.loop_vars.append((item, item_kind, entry[1] if entry else None))
        ctx.loop_depth += 1
        inner = self.body(ctx, depth + 1, 1, 4)
        if rng.random() < 0.15:
            inner = ["conditional {", f"  if ({ctx.bool_expr()}) {{", "    continue", "  }", "}"] + inner
        ctx.loop_depth -= 1
        ctx.loop_vars.pop()
        src_expr = f"${src}" if rng.random() < 0.9 else f"${src}|slice:0:{rng.choice([10, 50, 100])}"
        return pre + [f"foreach ({src_expr}) {{", f"  each as ${item} {{"] + indent(inner, 2) + ["  }", "}"]

    def _lookup(self, ctx: Ctx, name: str):
        if name in ctx.vars:
            return ctx.vars[name]
        return None

    def stmt_for(self, ctx: Ctx, depth: int) -> list[str]:
        n = self.rng.choice([2, 3, 5, 10])
        ctx.loop_depth += 1
        ctx.loop_vars.append(("attempt", "num", None))
        inner = self.body(ctx, depth + 1, 1, 3)
        ctx.loop_vars.pop()
        ctx.loop_depth -= 1
        return [f"for ({n}) {{", "  each as $attempt {"] + indent(inner, 2) + ["  }", "}"]

    def stmt_while(self, ctx: Ctx, depth: int) -> list[str]:
        counter = ctx.new_var("num", None, base="page_no")
        limit = self.rng.choice([3, 5, 10])
        ctx.loop_depth += 1
        inner = self.body(ctx, depth + 1, 1, 3) + [f"math.add ${counter} {{ value = 1 }}"]
        ctx.loop_depth -= 1
        return [f"var ${counter} {{ value = 1 }}", f"while (${counter} <= {limit}) {{", "  each {"] + \
            indent(inner, 2) + ["  }", "}"]

    def stmt_switch(self, ctx: Ctx, depth: int) -> list[str]:
        rng = self.rng
        enums = ctx.inputs_of("enum", "text")
        texts = ctx.vars_of("text")
        if enums and (rng.random() < 0.7 or not texts):
            subject = f"$input.{rng.choice(enums)}"
        elif texts:
            subject = ctx.ref(rng.choice(texts))
        else:
            subject = ctx.record_field() or "$env.$request_method"
        vals = rng.sample(TEXT_WORDS + EVENT_NAMES, rng.randint(2, 4))
        lines = [f"switch ({subject}) {{"]
        for v in vals:
            lines += indent([f"case ({q(v)}) {{"] + indent(self.body(ctx, depth + 1, 1, 3)) + ["} break"])
        if rng.random() < 0.8:
            lines += indent(["default {"] + indent(self.body(ctx, depth + 1, 1, 2)) + ["}"])
        lines.append("}")
        return lines

    def stmt_try(self, ctx: Ctx, depth: int) -> list[str]:
        rng = self.rng
        lines = ["try_catch {", "  try {"] + indent(self.body(ctx, depth + 1, 1, 4), 2) + ["  }", "  catch {"]
        catch = ["debug.log { value = $error.message }"] if rng.random() < 0.6 else []
        catch += self.body(ctx, depth + 1, 0 if catch else 1, 2)
        lines += indent(catch, 2) + ["  }"]
        if rng.random() < 0.15:
            lines += ["  finally {"] + indent(self.body(ctx, depth + 1, 1, 1), 2) + ["  }"]
        lines.append("}")
        return lines

    def stmt_group(self, ctx: Ctx, depth: int) -> list[str]:
        return ["group {", "  stack {"] + indent(self.body(ctx, depth + 1, 2, 4), 2) + ["  }", "}"]

    def stmt_transaction(self, ctx: Ctx, depth: int) -> list[str]:
        inner = []
        for _ in range(self.rng.randint(2, 3)):
            inner += self.rng.choice([self.stmt_db_add, self.stmt_db_edit, self.stmt_db_misc])(ctx)
        if self.rng.random() < 0.3:
            inner += self.stmt_event(ctx)
        return ["db.transaction {", "  stack {"] + indent(inner, 2) + ["  }", "}"]

    SIMPLE = [
        ("var", 18), ("var_update", 6), ("db_query", 7), ("db_get", 6), ("db_add", 5), ("db_edit", 4),
        ("db_misc", 2), ("function_run", 5), ("api_request", 3), ("precondition", 3), ("math", 3),
        ("text", 2), ("array", 2), ("debug", 2), ("event", 5),
    ]
    COMPOUND = [
        ("conditional", 10), ("foreach", 7), ("try", 3), ("switch", 3), ("guard", 2), ("for", 1),
        ("while", 1), ("group", 1), ("transaction", 1),
    ]

    def stmts(self, ctx: Ctx, n: int, depth: int, allow_cond: bool = True) -> list[str]:
        rng = self.rng
        out: list[str] = []
        for i in range(n):
            ctx.budget -= 1
            compound_w = 0.0 if depth >= 4 or ctx.budget <= 0 else (ctx.compound if depth == 0 else ctx.compound / (2 * depth))
            if rng.random() < compound_w:
                names, weights = zip(*self.COMPOUND)
                kind = rng.choices(names, weights)[0]
                if not allow_cond and kind in ("conditional", "guard"):
                    kind = "foreach"
                lines = getattr(self, f"stmt_{kind}")(ctx, depth)
            else:
                names, weights = zip(*self.SIMPLE)
                kind = rng.choices(names, weights)[0]
                lines = getattr(self, f"stmt_{kind}")(ctx)
            if rng.random() < 0.1:
                lines = [self.comment(ctx.tables)] + lines
            if out and (len(lines) > 1 or rng.random() < 0.3):
                out.append("")
            out += lines
            # loop control, rarely
            if ctx.loop_depth and depth > 0 and i == n - 1 and rng.random() < 0.04:
                out.append("break")
        return out

    def stack(self, ctx: Ctx, n: int, ensure_event: float) -> list[str]:
        ctx.budget = int(n * 2.2)
        lines = self.stmts(ctx, n, 0)
        text = "\n".join(lines)
        if "api.realtime_event" not in text and self.rng.random() < ensure_event:
            # Put an event at a random depth: top level or inside a new block.
            r = self.rng.random()
            if r < 0.4:
                lines += [""] + self.stmt_event(ctx)
            elif r < 0.7:
                lines += ["", "conditional {", f"  if ({ctx.bool_expr()}) {{"] + \
                    indent(self.stmt_event(ctx), 2) + ["  }", "}"]
            else:
                lists = ctx.vars_of("records")
                if lists:
                    src = self.rng.choice(lists)
                    ctx.loop_vars.append(("entry", "record", ctx.vars[src][1]))
                    ev = self.stmt_event(ctx)
                    ctx.loop_vars.pop()
                    lines += ["", f"foreach (${src}) {{", "  each as $entry {"] + indent(ev, 2) + ["  }", "}"]
                else:
                    lines += ["", "try_catch {", "  try {"] + indent(self.stmt_event(ctx), 2) + \
                        ["  }", "  catch {", "    debug.log { value = $error.message }", "  }", "}"]
        return lines

    def stmt_count(self, ctx: Ctx) -> int:
        """Top-level statements per stack: 10-60, skewed small (log-normal).

        A few stacks are "god functions": long and deeply nested, which gives
        the 15-30 KB tail real workspaces have.
        """
        rng = self.rng
        if rng.random() < 0.03:
            ctx.compound = 0.5
            return rng.randint(40, 60)
        x = rng.lognormvariate(2.3, 0.45)
        return max(10, min(60, int(x)))

    def response_for(self, ctx: Ctx) -> str:
        rng = self.rng
        cands = [n for n, (k, _) in ctx.vars.items() if k in ("record", "records", "obj")]
        r = rng.random()
        if cands and r < 0.55:
            return "$" + rng.choice(cands)
        if cands and r < 0.85:
            ents = [(k if k not in ("", ) else "data", "$" + k) for k in rng.sample(cands, min(len(cands), rng.randint(1, 3)))]
            ents.insert(0, ("success", "true"))
            return ctx.obj_literal(ents)
        if r < 0.93:
            return "null"
        return "true"

    # --- definitions ------------------------------------------------------
    def header_comment(self, text: str) -> list[str]:
        return [f"// {text}"] if self.rng.random() < 0.6 else []

    def gen_function(self, spec: FuncSpec) -> str:
        rng = self.rng
        ctx = Ctx(self, "function", spec.tables, auth=rng.random() < 0.3)
        desc = self.description(spec.area, spec.tables[0])
        lines = self.header_comment(desc)
        lines.append(f"function {q(spec.name)} {{")
        body: list[str] = []
        if rng.random() < 0.35:
            body.append(f"description = {q(desc)}")
        fields = self.fields_for(ctx, spec.tables, rng.choice([0, 1, 2, 2, 3, 3, 4, 5, 6, 8]))
        body += self.input_block(ctx, fields)
        body += ["stack {"] + indent(self.stack(ctx, self.stmt_count(ctx), 0.45)) + ["}"]
        body.append(f"response = {nest(self.response_for(ctx))}")
        if rng.random() < 0.2:
            body.append(f"tags = [{q(spec.area)}]")
        lines += indent(body) + ["}"]
        return "\n".join(lines) + "\n"

    def gen_api_group(self, name: str, area: str, prefix: str) -> str:
        rng = self.rng
        lines = self.header_comment(f"{name} endpoints")
        head = name if re.fullmatch(r"[A-Za-z_]\w*", name) and rng.random() < 0.5 else q(name)
        lines.append(f"api_group {head} {{")
        body = [f"canonical = {q(prefix + '-' + snake(name).replace('_', '-'))}"]
        if rng.random() < 0.6:
            body.append(f"description = {q(name + ' API')}")
        if rng.random() < 0.3:
            body.append(f"tags = [{q(area)}, {q('v1')}]")
        if rng.random() < 0.2:
            body.append("history = 100")
        lines += indent(body) + ["}"]
        return "\n".join(lines) + "\n"

    def gen_query(self, group: str, area: str, path: str, verb: str, table: str) -> str:
        rng = self.rng
        auth = verb != "GET" or rng.random() < 0.6
        tables = [table] + [t for t in AREAS[area] if t != table]
        ctx = Ctx(self, "query", tables, auth=auth)
        desc = f"{verb} /{path}: " + self.description(area, table).lower()
        lines = self.header_comment(desc)
        lines.append(f"query {q(path)} verb={verb} {{")
        body = [f"api_group = {q(group)}"]
        if rng.random() < 0.4:
            body.append(f"description = {q(desc)}")
        if auth:
            body.append(f"auth = {q('user')}")
        # inputs: path params first
        fields: list[list[str]] = []
        for p in re.findall(r"\{(\w+)\}", path):
            tbl = p[:-3] if p.endswith("_id") and p[:-3] in TABLES else None
            fields.append(self.input_field(ctx, "int", p, required=True, table=tbl))
        if verb == "GET" and "{" not in path.split("/")[-1]:
            fields.append(self.input_field(ctx, "int", "page"))
            fields.append(self.input_field(ctx, "int", "per_page"))
            if rng.random() < 0.5:
                fields.append(self.input_field(ctx, "text", "search", required=False))
        elif verb in ("POST", "PUT", "PATCH"):
            fields += self.fields_for(ctx, [table], rng.randint(1, 5), skip_main_id=True)
        if rng.random() < 0.1 and "channel" not in ctx.inputs_of("text", "int", "json", "bool", "email",
                                                                   "decimal", "enum", "timestamp", "object", "list"):
            fields.append(self.input_field(ctx, "text", "channel", required=False))
        body += self.input_block(ctx, fields)
        # Stack: guard first (validate before broadcast), then the work.
        pre = self.stmt_precondition(ctx) if not auth or rng.random() < 0.5 else \
            self._attr_stmt("precondition ($auth.id != null)", [("error_type", q("accessdenied")),
                                                                ("error", q("Authentication required"))],
                            force_block=True)
        n = max(10, int(self.stmt_count(ctx) * 0.8))
        st = pre + [""] + self.stack(ctx, n - 1, 0.5)
        if rng.random() < 0.04:
            st += ["", "util.template_engine {", '  value = """', "    <html>",
                   "      <body><h1>{{ $var.title }}</h1></body>", "    </html>", '  """',
                   "} as $html"]
            ctx.vars["html"] = ("text", None)
        if rng.random() < 0.1:
            st += ["", "util.set_header {", f"  value = {q('Cache-Control: no-store')}",
                   f"  duplicates = {q('replace')}", "}"]
        body += ["stack {"] + indent(st) + ["}"]
        body.append(f"response = {nest(self.response_for(ctx))}")
        if rng.random() < 0.15:
            body.append(f"history = {rng.choice(['100', 'false', '1000'])}")
        lines += indent(body) + ["}"]
        return "\n".join(lines) + "\n"

    def gen_channel(self, ch: Channel) -> str:
        rng = self.rng
        style = rng.choice(["docs", "pull", "pull"])
        anon = rng.random() < 0.15 and ch.shape == "literal"
        auth_channel = (not anon) and rng.random() < 0.7
        pub_active = rng.random() < 0.5
        priv_active = rng.random() < 0.6
        settings = [("anonymous_clients", "true" if anon else "false"),
                    ("nested_channels", "true" if ch.nested else "false"),
                    ("message_history", str(rng.choice([0, 25, 50, 100, 100, 250, 1000]))),
                    ("auth_channel", "true" if auth_channel else "false"),
                    ("presence", rng.choice(["true", "false"]))]
        pretty = ch.prefix.replace("_", " ")
        desc = rng.choice([f"Per-{pretty} channels", f"{pretty.capitalize()} updates",
                           f"Realtime feed for {pretty}", f"{pretty.capitalize()} notifications"])
        if ch.shape == "literal":
            desc = f"{ch.pattern} broadcast channel"
        name = ch.pattern if re.fullmatch(r"[A-Za-z_]\w*", ch.pattern) and rng.random() < 0.5 else q(ch.pattern)
        if style == "pull":
            lines = [f"// {desc}"] if rng.random() < 0.8 else []
            lines.append(f"realtime_channel {name} {{")
            body = []
            if not ch.active:
                body.append("active = false")
            body.append("public_messaging = " + ("{auth: " + rng.choice(["true", "false"]) + "}" if pub_active else "{active: false}"))
            body.append("private_messaging = " + ("{auth: " + rng.choice(["true", "false"]) + "}" if priv_active else "{active: false}"))
            width = max(len(k) for k, _ in settings)
            body += ["settings = {"] + [f"  {k.ljust(width)}: {v}" for k, v in settings] + ["}"]
        else:
            lines = [f"realtime_channel {name} {{"]
            body = [f"description = {q(desc)}", f"active = {'true' if ch.active else 'false'}", ""]
            pa = "true" if pub_active else "false"
            pv = "true" if priv_active else "false"
            if rng.random() < 0.5:
                body += [f"public_messaging = {{ active: {pa}, auth: {rng.choice(['true', 'false'])} }}",
                         f"private_messaging = {{ active: {pv}, auth: {rng.choice(['true', 'false'])} }}"]
            else:
                body += ["public_messaging = {", f"  active: {pa},", f"  auth: {rng.choice(['true', 'false'])}", "}", "",
                         "private_messaging = {", f"  active: {pv},", f"  auth: {rng.choice(['true', 'false'])}", "}"]
            body += ["", "settings = {"] + [f"  {k}: {v}{',' if i < 4 else ''}" for i, (k, v) in enumerate(settings)] + ["}"]
        lines += indent(body) + ["}"]
        return "\n".join(lines) + "\n"

    def gen_trigger(self, name: str, ch: Channel) -> str:
        rng = self.rng
        ctx = Ctx(self, "trigger", [ch.table or "message", "presence_log", "audit_log"], auth=False)
        ctx.inputs += [("enum", "action"), ("text", "channel"), ("json", "client"), ("json", "options"),
                       ("json", "payload")]
        if ch.shape == "literal" or rng.random() < 0.6:
            channel = ch.pattern
        elif ch.shape == "suffix":
            channel = f"{ch.prefix}:{rng.choice(['lobby', 'main', '1', '42'])}:{ch.suffix}"
        else:
            channel = f"{ch.prefix}:{rng.choice(['lobby', 'main', 'general', '1', '42'])}"
        desc = f"Handle {ch.prefix.replace('_', ' ')} joins and messages"
        lines = self.header_comment(desc)
        lines.append(f"realtime_trigger {name if rng.random() < 0.6 else q(name)} {{")
        body = [f"channel = {q(channel)}"]
        acts = rng.choice(["{join: true, message: true}", "{join: true, message: false}", "{message: true}",
                           "{join: true}"])
        if rng.random() < 0.85:
            body.append(f"actions = {acts}")
        if rng.random() < 0.5:
            body.append("active = true")
        if rng.random() < 0.4:
            body.append(f"description = {q(desc)}")
        if rng.random() < 0.3:
            body.append(f"tags = [{q('realtime')}, {q(snake(ch.prefix))}]")
        body += [""] + TRIGGER_INPUT.split("\n") + [""]
        st: list[str] = []
        if rng.random() < 0.5:
            st += self._attr_stmt("precondition ($input.options.authenticated == true)",
                                  [("error_type", q("accessdenied")), ("error", q("Sign in to use this channel"))],
                                  force_block=True) + [""]
        st += ["var $sender_id { value = $input.client.permissions.row_id }",
               "var $user_id { value = $sender_id|to_int }",
               f"var $body {{ value = $input.payload|get:{q('text')}:null }}", ""]
        ctx.vars["sender_id"] = ("text", None)
        ctx.vars["user_id"] = ("num", None)
        ctx.extra_ids = ["$user_id", "$user_id", "$sender_id"]
        ctx.vars["body"] = ("text", None)
        st += ["conditional {", '  if ($input.action == "join") {']
        join = [f"db.add {q('presence_log')} {{", "  data = {", "    user_id: $sender_id,",
                "    channel: $input.channel,", f"    state: {q('joined')}", "  }", "}"]
        st += indent(join, 2) + ["  }", "  else {"]
        msg = self.stmts(ctx, rng.randint(2, 8), 2, allow_cond=False)
        if rng.random() < 0.6:
            msg += ["", "api.realtime_event {", "  channel = $input.channel",
                    f"  event = {q('message')}", "  data = {", "    from: $sender_id,", "    text: $body,",
                    "    at: now", "  }", "}"]
        st += indent(msg, 2) + ["  }", "}"]
        ctx.budget = 6
        st += [""] + self.stmts(ctx, rng.randint(0, 6), 1)
        st += ["", "var $reply {", "  value = {status: \"ok\", channel: $input.channel}", "}"]
        body += ["stack {"] + indent(st) + ["}", ""]
        body.append("response = $reply")
        hist = rng.choice(["false", "100", "\"inherit\"", "1000", "inherit", "0", "\"all\"", None])
        if hist is not None:
            body += ["", f"history = {hist}"]
        lines += indent(body) + ["}"]
        return "\n".join(lines) + "\n"

    def gen_table(self, name: str, fields: list[tuple[str, str]]) -> str:
        rng = self.rng
        lines = self.header_comment(f"{name.replace('_', ' ').capitalize()} records")
        head = q(name) if rng.random() < 0.6 else name
        lines.append(f"table {head} {{")
        body = [f"auth = {'true' if name == 'user' else 'false'}", "schema {"]
        schema = ["int id", "timestamp created_at?=now"]
        idx = ['{type: "primary", field: [{name: "id"}]}']
        for t, f in fields:
            if t == "enum":
                vals = ENUM_VALUES.get(f, ["low", "medium", "high"])
                schema += [f"enum {f}?={q(vals[0])} {{", f"  values = [{', '.join(q(v) for v in vals)}]", "}"]
            elif t == "int" and f.endswith("_id") and f[:-3] in TABLES:
                schema += [f"int {f} {{", f"  table = {q(f[:-3])}", "}"] if rng.random() < 0.5 else \
                    [f"int {f} {{ table = {q(f[:-3])} }}"]
                idx.append(f'{{type: "btree", field: [{{name: {q(f)}}}]}}')
            elif t == "text":
                schema.append(f"text {f}{'?' if rng.random() < 0.3 else ''} filters=trim")
            elif t == "email":
                schema += [f"email {f} filters=trim|lower {{", "  sensitive = true", "}"]
                idx.append(f'{{type: "btree|unique", field: [{{name: {q(f)}}}]}}')
            elif t == "bool":
                schema.append(f"bool {f}?={rng.choice(['true', 'false'])}")
            elif t == "json":
                schema.append(f"json {f}?")
            elif t in ("int", "decimal"):
                schema.append(f"{t} {f}{'?=0' if rng.random() < 0.5 else ''}{' filters=min:0' if rng.random() < 0.4 else ''}")
            else:
                schema.append(f"{t} {f}?")
        schema.append("timestamp updated_at?")
        if name == "user":
            schema += ["password password {", "  sensitive = true", "}"]
        if rng.random() < 0.3:
            idx.append('{type: "btree", field: [{name: "created_at", op: "desc"}]}')
        body += indent(schema) + ["}"]
        body += ["index = ["] + indent(idx) + ["]"]
        if rng.random() < 0.2:
            body.append(f"tags = [{q(name)}]")
        lines += indent(body) + ["}"]
        return "\n".join(lines) + "\n"

    def gen_task(self, name: str, area: str) -> str:
        rng = self.rng
        ctx = Ctx(self, "task", AREAS[area], auth=False)
        desc = rng.choice(["Runs nightly", "Hourly sync", "Cleanup job", "Sends digests", "Recomputes aggregates"]) + \
            f" for {area}"
        lines = self.header_comment(desc)
        lines.append(f"task {q(name)} {{")
        body = [f"description = {q(desc)}"] if rng.random() < 0.7 else []
        body += ["stack {"] + indent(self.stack(ctx, max(10, self.stmt_count(ctx) // 2), 0.3)) + ["}"]
        freq = rng.choice([60, 300, 3600, 86400, 604800])
        hh = rng.randint(0, 23)
        body.append(f"schedule = [{{starts_on: 2025-01-01 {hh:02d}:00:00+0000, freq: {freq}}}]")
        if rng.random() < 0.3:
            body.append("history = 100")
        lines += indent(body) + ["}"]
        return "\n".join(lines) + "\n"

    def gen_middleware(self, name: str, area: str) -> str:
        rng = self.rng
        ctx = Ctx(self, "middleware", AREAS[area], auth=True)
        lines = self.header_comment(f"{name.replace('_', ' ').capitalize()} middleware")
        lines.append(f"middleware {q(name)} {{")
        body = []
        if rng.random() < 0.6:
            body.append(f"description = {q('Runs before ' + area + ' endpoints')}")
        body.append(f"exception_policy = {q(rng.choice(['silent', 'rethrow', 'critical']))}")
        if rng.random() < 0.6:
            body.append(f"response_strategy = {q(rng.choice(['merge', 'replace']))}")
        fields = [self.input_field(ctx, "json", "request_data", required=rng.random() < 0.5),
                  self.input_field(ctx, "int", "user_id", required=False)]
        if rng.random() < 0.5:
            fields.append(self.input_field(ctx, "text", "endpoint"))
        body += self.input_block(ctx, fields)
        st: list[str] = []
        if rng.random() < 0.4:
            st += ["redis.ratelimit {", '  key = "ratelimit:" ~ $input.user_id', "  max = 100", "  ttl = 60",
                   f"  error = {q('Rate limit exceeded')}", "}", ""]
        st += self.stack(ctx, rng.randint(10, 20), 0.1)
        body += ["stack {"] + indent(st) + ["}"]
        body.append(f"response = {nest(self.response_for(ctx))}")
        lines += indent(body) + ["}"]
        return "\n".join(lines) + "\n"

    # --- whole workspace --------------------------------------------------
    def allocate(self, files: int) -> dict[str, int]:
        n_func = max(1, round(files * 0.45)) if files else 0
        n_api = round(files * 0.30)
        n_chan = round(files * 0.05)
        n_trig = round(files * 0.05)
        if files >= 5:
            n_chan = max(n_chan, 1)
        if n_chan == 0:
            n_trig = 0
        if n_api == 1:
            n_api = 0
        total = n_func + n_api + n_chan + n_trig
        if total > files:
            n_func -= total - files
        rest = files - (n_func + n_api + n_chan + n_trig)
        n_table = (rest + 1) // 2
        n_task = (rest - n_table + 1) // 2
        n_mw = rest - n_table - n_task
        return {"function": n_func, "api": n_api, "channel": n_chan, "trigger": n_trig,
                "table": n_table, "task": n_task, "middleware": n_mw}

    MAX_BYTES = 30 * 1024

    def capped(self, make) -> str:
        """Real files top out around 30 KB; redraw the rare one that is larger."""
        text = make()
        for _ in range(4):
            if len(text.encode()) <= self.MAX_BYTES:
                break
            text = make()
        return text

    def build(self, files: int) -> dict[str, str]:
        rng = self.rng
        alloc = self.allocate(files)
        out: dict[str, str] = {}

        def put(path: str, text: str) -> None:
            stem, ext = path.rsplit(".", 1)
            k = 2
            while path in out:
                path = f"{stem}_{k}.{ext}"
                k += 1
            out[path] = text

        self.plan_channels(alloc["channel"])
        self.plan_functions(alloc["function"])

        for ch in self.plan.channels:
            put(f"realtime/channel/{snake(ch.pattern) or 'channel'}.xs", self.gen_channel(ch))

        # Triggers: spread over channels, at most a few per channel.
        used_names: set[str] = set()
        chans = self.active_channels()  # a trigger on a switched-off channel is a warning (XS304)
        for i in range(alloc["trigger"]):
            ch = chans[i % len(chans)] if rng.random() < 0.7 else rng.choice(chans)
            base = f"on_{snake(ch.prefix)}_{rng.choice(['message', 'join', 'activity', 'event'])}"
            name, k = base, 2
            while name in used_names:
                name = f"{base}_{k}"
                k += 1
            used_names.add(name)
            put(f"realtime/trigger/{name}.xs", self.gen_trigger(name, ch))

        for spec in self.plan.functions:
            put(f"function/{spec.name}.xs", self.capped(lambda: self.gen_function(spec)))

        # API groups and queries.
        n_api = alloc["api"]
        if n_api:
            n_groups = max(1, min(len(AREA_NAMES) * 4, round(n_api / 9)))
            n_queries = n_api - n_groups
            prefix = rng.choice(["acme", "myapp", "shopr", "collab", "arena"])
            groups = []
            for g in range(n_groups):
                area = AREA_NAMES[g % len(AREA_NAMES)]
                name = API_GROUP_NAMES[area] + ("" if g < len(AREA_NAMES) else f" V{g // len(AREA_NAMES) + 1}")
                folder = snake(name)
                groups.append((name, area, folder))
                put(f"api/{folder}/api_group.xs", self.gen_api_group(name, area, prefix))
            routes: set[tuple[str, str, str]] = set()
            made = 0
            attempts = 0
            while made < n_queries:
                attempts += 1
                name, area, folder = groups[made % n_groups] if attempts < n_queries * 50 else rng.choice(groups)
                table = rng.choice(AREAS[area])
                res = PLURAL.get(table, table + "s")
                shapes = [(res, "GET"), (res, "POST"), (f"{res}/{{{table}_id}}", "GET"),
                          (f"{res}/{{{table}_id}}", "PATCH"), (f"{res}/{{{table}_id}}", "DELETE"),
                          (f"{res}/{{{table}_id}}", "PUT")]
                other = rng.choice(TABLE_NAMES)
                shapes += [(f"{res}/{{{table}_id}}/{PLURAL.get(other, other + 's')}", rng.choice(["GET", "POST"])),
                           (f"{res}/{{{table}_id}}/{rng.choice(['publish', 'archive', 'sync', 'notify', 'close'])}", "POST"),
                           (f"{res}/search", "GET"), (f"{res}/bulk", "POST")]
                path, verb = rng.choice(shapes)
                if attempts > n_queries * 20:
                    path = f"{path}/v{attempts}"
                if (folder, path, verb) in routes:
                    continue
                routes.add((folder, path, verb))
                put(f"api/{folder}/{snake(path)}_{verb.lower()}.xs",
                    self.capped(lambda: self.gen_query(name, area, path, verb, table)))
                made += 1

        # Tables: the catalogue first, then archive/shadow variants.
        for i in range(alloc["table"]):
            base = TABLE_NAMES[i % len(TABLE_NAMES)]
            k = i // len(TABLE_NAMES)
            name = base if k == 0 else f"{base}_{['archive', 'staging', 'shadow', 'v2'][(k - 1) % 4]}{'' if k < 5 else k}"
            put(f"table/{name}.xs", self.gen_table(name, TABLES[base]))

        for i in range(alloc["task"]):
            area = rng.choice(AREA_NAMES)
            name = f"{rng.choice(['nightly', 'hourly', 'daily', 'weekly'])}_{rng.choice(['cleanup', 'sync', 'digest', 'rollup', 'reindex'])}_{area}"
            put(f"task/{name}.xs", self.gen_task(name, area))

        for i in range(alloc["middleware"]):
            area = rng.choice(AREA_NAMES)
            name = f"{rng.choice(['audit', 'rate_limit', 'enrich', 'require_role', 'cache', 'trace'])}_{area}"
            put(f"middleware/{name}.xs", self.gen_middleware(name, area))
        return out


def generate_workspace(root: Path, files: int, seed: int = 0) -> list[Path]:
    """Write a workspace of exactly `files` `.xs` files under `root`.

    Returns the written paths, sorted.  Existing files at the same paths are
    overwritten; nothing else under `root` is touched.
    """
    if files < 0:
        raise ValueError("files must be >= 0")
    root = Path(root)
    gen = Generator(seed)
    docs = gen.build(files) if files else {}
    written = []
    for rel in sorted(docs):
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(docs[rel])
        written.append(p)
    return written


def generate_repository(root: Path, files: int, workspaces: int, seed: int = 0) -> list[Path]:
    """Write a repository of many small workspaces: `workspaces` folders
    `root/ws0001/`, … (each a workspace root), `files` `.xs` files in all.

    Most workspaces hold one to three files and a few hold dozens, like a
    collection of examples or of small client projects. Returns the written
    paths, sorted; the same arguments always give the same bytes.
    """
    if not 0 < workspaces <= files:
        raise ValueError("need 0 < workspaces <= files")
    rng = random.Random(seed)
    sizes = [1] * workspaces
    weights = [rng.paretovariate(1.2) for _ in range(workspaces)]  # a few big, most tiny
    for index in rng.choices(range(workspaces), weights=weights, k=files - workspaces):
        sizes[index] += 1
    written = []
    width = len(str(workspaces))
    for number, size in enumerate(sizes, start=1):
        written += generate_workspace(root / f"ws{number:0{width}d}", size, seed=seed * 1_000_003 + number)
    return sorted(written)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate a realistic XanoScript workspace for benchmarks.")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--files", type=int, required=True, help="number of .xs files to write")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--workspaces", type=int, default=0,
                    help="write a repository of this many small workspaces (OUTDIR/ws0001/, …) instead of one")
    args = ap.parse_args(argv)
    if args.files < 1:
        ap.error("--files must be at least 1")
    if args.workspaces > args.files:
        ap.error("--workspaces must not exceed --files")
    if args.workspaces:
        paths = generate_repository(args.outdir, args.files, args.workspaces, args.seed)
    else:
        paths = generate_workspace(args.outdir, args.files, args.seed)
    sizes = sorted(p.stat().st_size for p in paths)
    kinds: dict[str, int] = {}
    for p in paths:
        rel = p.relative_to(args.outdir).parts[1 if args.workspaces else 0:]  # inside its workspace
        k = "/".join(rel[:2]) if rel[0] == "realtime" else rel[0]
        kinds[k] = kinds.get(k, 0) + 1
    total = sum(sizes)
    print(f"files:        {len(paths)}")
    print(f"total bytes:  {total}")
    print(f"median size:  {statistics.median(sizes):.0f}")
    print(f"p90 / max:    {sizes[int(len(sizes) * 0.9) - 1 if len(sizes) > 1 else 0]} / {sizes[-1]}")
    print("by kind:      " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
