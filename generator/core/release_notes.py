"""Release notes in SDK terms: every diff `Change` named by what a user calls or reads.

The diff speaks about the HTTP contract (`POST /wms/orders`, `CreateOrderSchema.channel`); a
release note speaks about the SDK (`client.wms.orders.create(): argument 'channel' is now
required`, `Order.status: value 'allocated' removed`). Names come only from each side's plan
(`Plan.class_names`, `OperationPlan.dotted`, the argument names it hands out), so they follow
whatever naming the plan uses. Upstream schema names appear only where the SDK has no name.

Notes collapse repeated changes (the same rule on one method or class, the same text on many
subjects), list breaking changes and warnings in full, and summarise the rest unless asked for
everything. The json format keeps every change, with its SDK names as extra fields.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from generator.core.diff import LEVELS, Change, Side, classify, counts, load_side, release_level, semver
from generator.core.plan import OperationPlan

LEVEL_TITLES = {"breaking": "Breaking changes", "warning": "Changes that may affect you", "info": "Additions and other changes"}
# Names shown per summarised (info) line when not listing everything.
SUMMARY_EXAMPLES = 5
# No line of the notes is longer: a long list of names ends with how many more there are.
MAX_LINE = 400
_ROOM = MAX_LINE - 2  # after the bullet ("- " or two spaces)
_FIELD_START = re.compile(r"^\.([^.\[<{]+)(.*)$")


# --- naming ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SdkName:
    """Where a change shows in the SDK: the subject a line starts with, and the part of it (an
    argument, a field, a variant) it is about, as (noun, name)."""

    method: str | None  # client.wms.orders.create()
    subject: str  # what the line starts with: a method, Class, Class.field, webhook, schema
    item: tuple[str, str] | None = None  # ("argument", "channel")
    body_of: str | None = None  # a key of an integration's body class: the call that takes it


def _client(plan: OperationPlan) -> str:
    return f"client.{plan.dotted}()"


class _Namer:
    def __init__(self, old: Side, new: Side) -> None:
        self.old = old
        self.new = new
        # Every model with a generated class (response models, parameter TypedDicts, variants).
        # Keyed by role: both sides may carry the same name (`specs` and its scratch copy).
        self.public = {"old": _public_models(old), "new": _public_models(new)}
        self.variant_of = {"old": _variant_owners(old), "new": _variant_owners(new)}
        self.in_variants = set(old.plan.variant_models) | set(new.plan.variant_models)
        self.models = set(old.spec.models) | set(new.spec.models)

    def op(self, http: str | None, prefer_old: bool = False) -> OperationPlan | None:
        if http is None:
            return None
        first, second = (self.old, self.new) if prefer_old else (self.new, self.old)
        return first.sdk.get(http) or second.sdk.get(http)

    def class_name(self, model: str, prefer_old: bool = False) -> str:
        first, second = (self.old, self.new) if prefer_old else (self.new, self.old)
        for side in (first, second):
            if model in side.plan.class_names:
                return side.plan.class_names[model]
        return model

    def root_model(self, location: str) -> tuple[str, str] | None:
        """The model a location starts with and the rest; the longest match wins, since model
        names may themselves contain dots (`a.b` over `a` for `a.b.c`)."""
        cuts = [len(location)] + [i for i in range(len(location) - 1, 0, -1) if location[i] in ".[<{"]
        for cut in cuts:
            if location[:cut] in self.models:
                return location[:cut], location[cut:]
        return None

    def name(self, change: Change) -> SdkName:
        removed = change.id in ("operation-removed", "schema-removed", "internal-schema-removed", "webhook-removed")
        plan = self.op(change.operation, prefer_old=removed)
        method = _client(plan) if plan else None
        loc = change.location
        if change.id == "sdk-method-renamed":
            found = re.match(r"client\.(\S+)\(\) is now", change.message)
            return SdkName(method, f"client.{found[1]}()" if found else (method or loc))
        if loc.startswith("webhooks."):
            return SdkName(None, f"webhook '{loc[len('webhooks.'):]}'")
        if change.id == "sdk-class-renamed":
            found = re.match(r"class (\S+) is now", change.message)
            return SdkName(None, f"class {found[1]}" if found else loc)
        if loc.startswith("#/models/"):
            return self._schema(change, loc[len("#/models/"):], removed)
        subject = method or change.operation or loc
        for prefix, noun in (("query.", "argument"), ("filters.", "filter argument"), ("path.", "positional argument")):
            if loc.startswith(prefix) and plan is not None:
                api = re.sub(r"\[[^\]]*\]$", "", loc[len(prefix):])
                return SdkName(method, subject, (noun, _argument(plan, self.op(change.operation, not removed), api)))
        if loc.startswith("sdk."):
            return SdkName(method, subject, ("argument", loc[len("sdk."):]))
        if loc.startswith("body.variants."):
            return SdkName(method, subject, ("integration variant", loc[len("body.variants."):]))
        rooted = self.root_model(loc)
        if rooted is None:
            return SdkName(method, subject)
        model, rest = rooted
        if change.id.startswith("request-") and plan is not None:
            bodies = {p.body_model for p in (plan, self.op(change.operation, True)) if p is not None}
            start = _FIELD_START.match(rest)
            if model in bodies and start:
                other = self.op(change.operation, True)
                py = _body_argument(plan, other, start[1])
                return SdkName(method, subject, ("argument", py + start[2]))
        cls = self.class_name(model)  # locations are rooted at the new side's model
        if change.id.startswith("request-") and model in self.in_variants and plan is not None:
            return SdkName(method, cls + rest, body_of=f"client.{plan.dotted}(body=…)")
        start = _FIELD_START.match(rest)
        if start and not start[2] and change.id.endswith(("field-removed", "field-added", "became-required", "became-optional")):
            return SdkName(method, cls, ("field", start[1]))
        return SdkName(method, cls + rest)

    def _schema(self, change: Change, model: str, removed: bool) -> SdkName:
        # Renamed and replaced schemas are named by their old side.
        old_side = removed or change.id in ("schema-renamed", "schema-replaced")
        side = "old" if old_side else "new"
        owner = self.variant_of[side].get(model)
        if owner is not None:
            plan, key = owner
            cls = self.class_name(model, prefer_old=old_side)
            return SdkName(_client(plan), f"client.{plan.dotted}(body=…)", ("integration class", cls))
        return SdkName(None, self.describe(model, prefer_old=old_side))

    def describe(self, model: str, prefer_old: bool) -> str:
        """`class X` for a model the SDK generates, else the upstream schema name."""
        if model in self.public["old" if prefer_old else "new"]:
            return f"class {self.class_name(model, prefer_old=prefer_old)}"
        return f"schema '{model}' (no SDK class)"


def _argument(plan: OperationPlan, other: OperationPlan | None, api: str) -> str:
    for candidate in (plan, other):
        if candidate is None:
            continue
        for p in list(candidate.query) + list(candidate.filters) + list(candidate.path_params):
            if p.api_name == api:
                return p.py_name
    return api


def _body_argument(plan: OperationPlan, other: OperationPlan | None, api: str) -> str:
    for candidate in (plan, other):
        if candidate is None:
            continue
        for f in candidate.body_fields:
            if f.api_name == api:
                return f.py_name
    return api


def _public_models(side: Side) -> set[str]:
    plan = side.plan
    return set(plan.response_models) | set(plan.param_models) | set(plan.variant_models)


def _variant_owners(side: Side) -> dict[str, tuple[OperationPlan, str]]:
    """Per-integration body model -> (the operation it is a variant of, the integration key)."""
    owners: dict[str, tuple[OperationPlan, str]] = {}
    for http, (_, op) in sorted(side.ops.items()):
        plan = side.sdk.get(http)
        if op.body is None or plan is None:
            continue
        for key, model in sorted(op.body.variants.items()):
            owners.setdefault(model, (plan, key))
    return owners


# --- the text of one change ---------------------------------------------------------------------

# rule -> (phrase after "<noun> 'name'", phrase after "<n> <noun>s")
_ITEM_PHRASES: dict[str, tuple[str, str]] = {
    "request-field-became-required": ("is now required", "now required"),
    "request-required-field-added": ("was added and is required", "added, required"),
    "request-field-added": ("was added (optional)", "added (optional)"),
    "request-field-removed": ("was removed", "removed"),
    "response-field-removed": ("was removed", "removed"),
    "response-field-added": ("was added", "added"),
    "response-field-became-optional": ("may now be absent", "may now be absent"),
    "query-param-removed": ("was removed", "removed"),
    "query-param-added": ("was added (optional)", "added (optional)"),
    "required-query-param-added": ("was added and is required", "added, required"),
    "param-became-required": ("is now required", "now required"),
    "param-became-optional": ("is now optional", "now optional"),
    "filter-removed": ("was removed", "removed"),
    "filter-added": ("was added", "added"),
    "request-body-variant-removed": ("was removed", "removed"),
    "request-body-variant-added": ("was added", "added"),
    "schema-added": ("was added", "added"),
    "schema-removed": ("was removed", "removed"),
    "sdk-argument-removed": ("was removed", "removed"),
}


def _values(message: str) -> list[str] | None:
    found = re.search(r"\[.*\]", message)
    if not found:
        return None
    try:
        parsed = ast.literal_eval(found[0])
    except (ValueError, SyntaxError):
        return None
    return [str(v) for v in parsed] if isinstance(parsed, list) else None


def _quoted(values: Sequence[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


# A key of an integration's body class (`OrderCreateNimbleParams.reference_id: new required key`).
_KEY_PHRASES = {
    "request-required-field-added": "new required key",
    "request-field-became-required": "key now required",
    "request-field-added": "new optional key",
    "request-field-removed": "key removed",
}


def detail(change: Change, name: SdkName, namer: _Namer) -> str:
    """What happened, in words that follow the subject (and item)."""
    rule = change.id
    if name.body_of is not None and rule in _KEY_PHRASES:
        return _KEY_PHRASES[rule]
    if rule == "sdk-class-renamed":
        found = re.search(r"is now (\S+)", change.message)
        return f"renamed to class {found[1] if found else '?'} (the old name no longer imports)"
    if rule in _ITEM_PHRASES and name.item is not None:
        return _ITEM_PHRASES[rule][0]
    values = _values(change.message)
    if values is not None:
        s = "s" if len(values) > 1 else ""
        if rule == "response-enum-value-added":
            return f"new value{s} {_quoted(values)}"
        if rule == "response-enum-value-removed":
            return f"value{s} {_quoted(values)} no longer returned"
        if rule == "request-enum-value-removed":
            return f"value{s} {_quoted(values)} no longer accepted"
        if rule == "request-enum-value-added":
            return f"new value{s} {_quoted(values)} accepted"
    fixed = {
        "response-field-became-nullable": "may now be null",
        "response-field-removed": "was removed",
        "response-field-added": "was added",
        "operation-added": f"new method ({change.operation})",
        "operation-removed": f"method removed ({change.operation})",
        "webhook-added": "new event",
        "webhook-removed": "event no longer sent",
        "schema-removed": "class removed",
        "internal-schema-removed": "removed",
        "schema-added": "new class" if name.subject.startswith("class ") else "added",
    }
    if rule in fixed:
        return fixed[rule]
    if rule == "request-body-variants-introduced":
        found = re.search(r"(\d+) per-integration", change.message)
        return f"the request body became {found[1] if found else 'several'} per-integration variants"
    if rule in ("schema-renamed", "schema-replaced"):
        found = re.search(r"(?:is now|replaced by) '(.+?)'", change.message)
        if found is None:
            return change.message
        before = namer.describe(change.location.removeprefix("#/models/"), prefer_old=True)
        after = namer.describe(found[1], prefer_old=False)
        if before == after:  # the plan kept the class name: nothing to rename in user code
            return "unchanged in the SDK (upstream schema renamed)" if rule == "schema-renamed" else "now built from a changed schema"
        return f"{'renamed to' if rule == 'schema-renamed' else 'replaced by'} {after}"
    if rule == "sdk-method-renamed":
        found = re.search(r"is now (client\.\S+\(\))", change.message)
        return f"renamed to {found[1]}" if found else change.message
    if rule in ("filter-operator-removed", "filter-operator-added") and values is not None:
        s = "s" if len(values) > 1 else ""
        return f"operator{s} {_quoted(values)} {'removed' if rule.endswith('removed') else 'added'}"
    return change.message


def annotate(changes: list[Change], old: Side, new: Side) -> list[Change]:
    """The same changes, each with its SDK method, subject, item and one-line note filled in."""
    namer = _Namer(old, new)
    out = []
    for change in changes:
        name = namer.name(change)
        text = detail(change, name, namer)
        if name.item is not None:
            joiner = " " if change.id in _ITEM_PHRASES else ": "
            text = f"{name.item[0]} '{name.item[1]}'{joiner}{text}"
        if name.body_of is not None:
            text = f"{text}; {name.body_of}" if change.id.startswith("request-") else f"{text} ({name.body_of})"
        out.append(
            replace(
                change,
                sdk_method=name.method,
                sdk_subject=name.subject,
                sdk_item_kind=name.item[0] if name.item else None,
                sdk_item=name.item[1] if name.item else None,
                sdk_note=f"{name.subject}: {text}",
            )
        )
    return out


# --- collapsing into notes -----------------------------------------------------------------------


@dataclass
class Note:
    level: str
    rule: str
    line: str  # "<subjects>: <text>"
    changes: list[Change] = field(default_factory=list)


def collapse(changes: list[Change], limit: int | None = None) -> list[Note]:
    """Notes from annotated changes: the same rule on one subject becomes one line with a count
    ("client.x.create(): 18 integration variants removed: 'bdi', ..."), then lines with the same
    text on different subjects are joined ("A, B: new value 'transfer'"). `limit` caps the names
    listed per line (None lists all)."""

    def names(values: list[str], quote: bool = True, room: int = _ROOM // 2) -> str:
        capped = values if limit is None else values[:limit]
        return listing([f"'{v}'" if quote else v for v in values], room, cap=len(capped))

    # 1. per (rule, subject, noun): count form. A text is (head, items): the items are listed
    # once the line's subjects are known, in the room they leave.
    grouped: dict[tuple[str, str, str], list[tuple[str, Change]]] = {}
    Text = tuple[str, tuple[str, ...]]  # (head, items listed after it)
    singles: list[tuple[str, str, Text, list[Change]]] = []
    for change in changes:
        subject = change.sdk_subject or change.operation or change.location
        note = change.sdk_note[len(subject) + 2:] if change.sdk_note else change.message
        if change.sdk_item_kind is None or change.sdk_item is None or change.id not in _ITEM_PHRASES:
            singles.append((change.id, subject, (note, ()), [change]))
        else:
            grouped.setdefault((change.id, subject, change.sdk_item_kind), []).append((change.sdk_item, change))
    for (rule, subject, noun), items in grouped.items():
        # The same field can be reported once per operation that reaches it: name it once.
        distinct = tuple(dict.fromkeys(v for v, _ in items))
        text: Text
        if len(distinct) == 1:
            text = ((items[0][1].sdk_note or "")[len(subject) + 2:], ())
        else:
            plural = _ITEM_PHRASES[rule][1]
            text = (f"{len(distinct)} {noun}{'es' if noun.endswith('s') else 's'} {plural}: ", distinct)
        singles.append((rule, subject, text, [c for _, c in items]))
    # 2. the same text on several subjects.
    joined: dict[tuple[str, Text], list[tuple[str, list[Change]]]] = {}
    for rule, subject, single, members in singles:
        joined.setdefault((rule, single), []).append((subject, members))
    notes = []
    for (rule, (head, listed)), subjects in joined.items():
        every = sorted(s for s, _ in subjects)
        who = names(every, quote=False, room=max(80, (_ROOM // 2 if listed else _ROOM) - len(head) - 2))
        line = f"{who}: {head}" + (names(list(listed), room=_ROOM - len(who) - len(head) - 2) if listed else "")
        covered = [c for _, cs in subjects for c in cs]
        notes.append(Note(covered[0].level, rule, line, covered))
    return sorted(notes, key=lambda n: (LEVELS.index(n.level), n.line))


# Summary nouns for additions and other info-level rules (plural).
_SUMMARY_NOUNS = {
    "operation-added": "new methods",
    "response-field-added": "new response fields",
    "request-field-added": "new optional arguments or request fields",
    "query-param-added": "new optional query arguments",
    "filter-added": "new filter arguments",
    "filter-operator-added": "filter arguments with new operators",
    "request-enum-value-added": "request values newly accepted",
    "request-body-variant-added": "new integration variants",
    "schema-added": "new classes or schemas",
    "webhook-added": "new webhook events",
    "schema-renamed": "schemas renamed",
    "schema-replaced": "schemas replaced by changed ones",
    "internal-schema-removed": "internal schemas removed",
    "auth-removed": "credentials no longer required",
    "error-status-added": "error statuses newly documented",
    "error-status-removed": "error statuses no longer documented",
    "param-became-optional": "arguments now optional",
    "response-added": "methods that now document a response",
    "response-enum-value-removed": "response values no longer returned",
    "request-field-type-widened": "request fields accepting more types",
}


def listing(values: Sequence[str], room: int, cap: int | None = None) -> str:
    """`a, b, c`; when more than `cap` names or more than `room` characters, as many as fit and
    `… and N more`, so the names shown and N add up to all of them."""
    cap = len(values) if cap is None else cap
    shown: list[str] = []
    for index, value in enumerate(values):
        rest = len(values) - index - 1
        suffix = len(f", … and {rest} more") if rest else 0
        if index >= cap or (shown and len(", ".join([*shown, value])) + suffix > room):
            break
        shown.append(value)
    text = ", ".join(shown)
    return text + (f", … and {len(values) - len(shown)} more" if len(shown) < len(values) else "")


def summarise(changes: list[Change]) -> list[str]:
    """One line per rule: how many changes, and on how many subjects when fewer, with a few of
    the subjects named."""
    by_rule: dict[str, list[Change]] = {}
    for change in changes:
        by_rule.setdefault(change.id, []).append(change)
    lines = []
    for rule, group in sorted(by_rule.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        # Classes are named as classes (an integration's class by its name, not its method).
        subjects = sorted({(c.sdk_item if c.id.startswith("schema-") and c.sdk_item else c.sdk_subject) or c.location for c in group})
        shown = listing(subjects, MAX_LINE - 80, cap=SUMMARY_EXAMPLES)
        noun = _SUMMARY_NOUNS.get(rule, rule)
        where = f"{len(subjects)} subjects: " if len(subjects) != len(group) else ""
        lines.append(f"{noun}: {len(group)} ({where}{shown})")
    return lines


# --- rendering -----------------------------------------------------------------------------------


def at_least(changes: list[Change], min_level: str | None) -> list[Change]:
    if min_level is None:
        return changes
    threshold = LEVELS.index(min_level)
    return [c for c in changes if LEVELS.index(c.level) <= threshold]


def note_lines(changes: list[Change], *, full: bool = False, markdown: bool = False, hint: bool = True) -> list[str]:
    """The body of the notes, grouped by level: breaking and warning changes always listed (every
    name), info changes summarised per rule unless `full`."""
    lines: list[str] = []
    bullet = "- " if markdown else "  "
    for level in LEVELS:
        group = [c for c in changes if c.level == level]
        if not group:
            continue
        title = f"{LEVEL_TITLES[level]} ({len(group)})"
        lines += [f"### {title}" if markdown else title, ""] if markdown else [title]
        if level == "info" and not full:
            lines += [bullet + _md(x, markdown) for x in summarise(group)]
            if hint:  # a command-line hint, not for a CHANGELOG
                lines.append(("_" if markdown else "  (") + "listed one by one with --all" + ("_" if markdown else ")"))
        else:
            lines += [bullet + _md(n.line, markdown) for n in collapse(group, limit=None)]
        lines.append("")
    return lines


def _md(text: str, markdown: bool) -> str:
    return text.replace("|", "\\|").replace("\n", " ") if markdown else text


def headline(changes: list[Change], version: str | None = None, release: str | None = None) -> str:
    """Counts and the semver level; from `version`, the bump a release makes (0.x: breaking ->
    minor); `release` ("0.1.0 -> 0.2.0") when it was made."""
    tally = counts(changes)
    level = semver(changes)
    text = f"{len(changes)} changes ({tally['breaking']} breaking, {tally['warning']} warning, {tally['info']} info)"
    if not changes:
        text = "No change to the API or the SDK's methods, arguments and types"
        if release is None:
            return text
    if release is not None:
        return f"{text}; release {release}"
    if version is None:
        return f"{text}; semver: {level}"
    made = release_level(version, level)
    why = f" (below 1.0 a {level}-level change bumps the {made} version)" if made != level else ""
    return f"{text}; from {version} a {made} release{why}"


def render_notes(
    changes: list[Change], fmt: str, old: str = "old", new: str = "new", *, full: bool = False,
    min_level: str | None = None, version: str | None = None,
) -> str:
    """`diff` output: text or markdown release notes, or json with every change and its SDK names."""
    shown = at_least(changes, min_level)
    if fmt == "json":
        data = {"changes": [asdict(c) for c in shown], "semver": semver(changes), "counts": counts(changes)}
        if version is not None:
            data["release_level"] = release_level(version, semver(changes))
        return json.dumps(data, indent=2) + "\n"
    summary = headline(changes, version)
    if fmt == "markdown":
        lines = [f"## SDK changes: {old} → {new}", "", summary, ""]
        return "\n".join(lines + note_lines(shown, full=full, markdown=True)).rstrip("\n") + "\n"
    lines = [f"SDK changes: {old} -> {new}", summary, ""]
    return "\n".join(lines + note_lines(shown, full=full)).rstrip("\n") + "\n"


def changelog_entry(
    version: str, document: str, changes: list[Change], today: dt.date, *, previous: str | None = None, only: str | None = None
) -> str:
    """A CHANGELOG.md entry: the same notes as `diff --format markdown`, under the version;
    `only` says what changed when no change reaches the SDK's surface (descriptions, templates)."""
    release = f"{previous} -> {version} ({_level_of(previous, version)})" if previous else None
    summary = headline(changes, release=release)
    lines = [f"## {version} ({today.isoformat()})", "", f"Regenerated from `{document}`. {summary}.", ""]
    if not changes and only:
        lines += [only, ""]
    body = note_lines(changes, markdown=True, hint=False)
    return "\n".join(lines + body)


def _level_of(before: str, after: str) -> str:
    """major, minor or patch: which part of the version moved."""
    a, b = before.split("."), after.split(".")
    for part, level in zip(range(3), ("major", "minor", "patch"), strict=True):
        if a[part:part + 1] != b[part:part + 1]:
            return level
    return "none"


# --- per-pair table ------------------------------------------------------------------------------


@dataclass
class PairSummary:
    old: str
    new: str
    counts: dict[str, int]
    semver: str
    breaking_rules: dict[str, int]

    @property
    def breaking(self) -> bool:
        return self.counts["breaking"] > 0


def summarise_pairs(paths: Sequence[Path]) -> list[PairSummary]:
    """Each consecutive pair of `paths` (documents or spec folders), each loaded once."""
    return summarise_side_pairs([load_side(path) for path in paths])


def summarise_side_pairs(sides: Sequence[Side]) -> list[PairSummary]:
    rows = []
    previous = None
    for current in sides:
        if previous is not None:
            changes = diff_sides(previous, current)
            breaking: dict[str, int] = {}
            for c in changes:
                if c.level == "breaking":
                    breaking[c.id] = breaking.get(c.id, 0) + 1
            rows.append(PairSummary(previous.name, current.name, counts(changes), semver(changes), dict(sorted(breaking.items()))))
        previous = current
    return rows


def render_pairs(rows: list[PairSummary], fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps({"pairs": [{**asdict(r), "breaking": r.breaking} for r in rows]}, indent=2) + "\n"
    header = ["old", "new", "breaking?", "b/w/i", "semver", "breaking rules"]
    body = [
        [
            r.old, r.new, "yes" if r.breaking else "no",
            f"{r.counts['breaking']}/{r.counts['warning']}/{r.counts['info']}", r.semver,
            ", ".join(f"{k} {v}" for k, v in r.breaking_rules.items()),
        ]
        for r in rows
    ]
    if fmt == "markdown":
        lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
        lines += ["| " + " | ".join(cells) + " |" for cells in body]
        return "\n".join(lines) + "\n"
    widths = [max(len(row[i]) for row in [header] + body) for i in range(len(header) - 1)]
    out = ["  ".join(cell.ljust(w) for cell, w in zip(row[:-1], widths, strict=True)) + "  " + row[-1] for row in [header] + body]
    tally = sum(r.breaking for r in rows)
    return "\n".join(line.rstrip() for line in out) + f"\n{tally} of {len(rows)} pairs breaking\n"


def diff_sides(old: Side, new: Side) -> list[Change]:
    """Every change from `old` to `new`, classified by the diff, with its SDK names."""
    return annotate(classify(old, new), old, new)


def diff_paths(old: Path, new: Path) -> list[Change]:
    return diff_sides(load_side(old), load_side(new))
