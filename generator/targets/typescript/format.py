"""Prettier's layout for the constructs the declarations use, and prettier itself as a fallback.

Templates and declarations are written the way prettier prints them (width 80, double quotes,
semicolons, trailing commas). The few layouts the spec's lengths decide (a union too long for
its line) follow prettier's rules here; a file that still has a line over the width goes through
prettier itself, in one Node process for all of them, with each result cached by content. The
test suite runs `prettier --check` over the whole package.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from generator.core.cache import Cache
from generator.core.errors import GeneratorError
from generator.targets.typescript.type_map import TsType, text
from generator.targets.typescript.width import str_width, unsure

WIDTH = 80
INDENT = "  "
ROOT = Path(__file__).resolve().parents[3]  # the generator's repository (its node_modules)
PRETTIER = ROOT / "node_modules" / "prettier"

_SCRIPT = """
const prettier = require(process.argv[1]);
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const sources = JSON.parse(input);
  const out = {};
  for (const [name, source] of Object.entries(sources)) {
    out[name] = await prettier.format(source, { parser: "typescript", filepath: name });
  }
  process.stdout.write(JSON.stringify(out));
});
"""


def _fits(line: str) -> bool:
    """Whether prettier would keep `line` within the width: it counts columns (wide characters
    and emoji two, combining marks none), not code points."""
    return len(line) <= WIDTH if line.isascii() else str_width(line) <= WIDTH


def member(indent: int, key: str, members: TsType, *, optional: bool, readonly: bool = False) -> list[str]:
    """An interface member `key?: type;`, broken as prettier breaks a long union."""
    pad = INDENT * indent
    head = f"{pad}{'readonly ' if readonly else ''}{key}{'?' if optional else ''}:"
    line = f"{head} {text(members)};"
    hug = len(members) == 2 and members[1] == "null"  # prettier keeps `T | null` together
    inner = pad + INDENT
    if len(members) == 1 and not _fits(line):
        return _generic_member(head, pad, members[0]) or [line]
    if _fits(line) or hug:
        return [line]
    if _fits(f"{inner}{text(members)};"):
        return [head, f"{inner}{text(members)};"]
    return [head, *(f"{inner}| {m}" for m in members[:-1]), f"{inner}| {members[-1]};"]


_ARRAY = re.compile(r"^Array<([^<>]+)>$")
_RECORD = re.compile(r"^Record<string, ([\w$]+)>$")


def _generic_member(head: str, pad: str, member: str) -> list[str] | None:
    """A member typed `Array<A | B>` or `Record<string, Name>` too long for its line: prettier
    breaks the type arguments (None for anything else: prettier itself decides)."""
    inner = pad + INDENT
    record = _RECORD.match(member)
    if record:
        return [f"{head} Record<", f"{inner}string,", f"{inner}{record.group(1)}", f"{pad}>;"]
    array = _ARRAY.match(member)
    if array and " | " in array.group(1):
        items = array.group(1).split(" | ")
        if _fits(f"{inner}{array.group(1)}"):
            return [f"{head} Array<", f"{inner}{array.group(1)}", f"{pad}>;"]
        return [f"{head} Array<", *(f"{inner}| {item}" for item in items), f"{pad}>;"]
    return None


def alias(name: str, members: TsType, *, export: bool = True) -> list[str]:
    """`export type Name = A | B;`, broken as prettier breaks a long union."""
    head = f"{'export ' if export else ''}type {name} ="
    line = f"{head} {text(members)};"
    if _fits(line):
        return [line]
    if _fits(f"{INDENT}{text(members)};") or len(members) < 2:
        return [head, f"{INDENT}{text(members)};"]
    return [head, *(f"{INDENT}| {m}" for m in members[:-1]), f"{INDENT}| {members[-1]};"]


def filter_alias(name: str, head: TsType, ops: TsType, value: str) -> list[str]:
    """`export type F = V | ReadonlyArray<V> | FilterOperators<"eq" | "in", V>;`, broken as
    prettier breaks it: the members, then the operator object's type arguments, then its ops."""
    operators = f"FilterOperators<{text(ops)}, {value}>"
    lines = alias(name, (*head, operators))
    if all(_fits(line) for line in lines) or not head:
        return lines
    pad = INDENT * 3
    args = [f"{pad}{text(ops)},"] if _fits(f"{pad}{text(ops)},") else [
        *(f"{pad}| {op}" for op in ops[:-1]), f"{pad}| {ops[-1]},"
    ]
    return [
        f"export type {name} =",
        *(f"{INDENT}| {m}" for m in head),
        f"{INDENT}| FilterOperators<",
        *args,
        f"{pad}{value}",
        f"{INDENT * 2}>;",
    ]


def generic_alias(name: str, wrapper: str, members: TsType) -> list[str]:
    """`export type Name = Wrapper<A | B>;`, broken as prettier breaks a long type argument."""
    line = f"export type {name} = {wrapper}<{text(members)}>;"
    if _fits(line):
        return [line]
    head = f"export type {name} = {wrapper}<"
    if _fits(f"{INDENT}{text(members)}"):
        return [head, f"{INDENT}{text(members)}", ">;"]
    return [head, *(f"{INDENT}| {m}" for m in members), ">;"]


def comment(indent: int, body: str) -> list[str]:
    """A JSDoc comment with its words wrapped to the width (prettier leaves comments as written)."""
    pad = INDENT * indent
    words = " ".join(body.split()).replace("*/", "* /").split(" ")
    if _fits(f"{pad}/** {' '.join(words)} */"):
        return [f"{pad}/** {' '.join(words)} */"]
    lines, current = [f"{pad}/**"], ""
    for word in words:
        if current and not _fits(f"{pad} * {current} {word}"):
            lines.append(f"{pad} * {current}")
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(f"{pad} * {current}")
    return [*lines, f"{pad} */"]


def prettier_version() -> str:
    try:
        package = json.loads((PRETTIER / "package.json").read_text(encoding="utf-8"))
    except OSError:
        return "absent"
    return str(package.get("version", "unknown"))


# Lines over the width that prettier prints as they are: comments, an import of one name, a
# member whose type is one name (or one name or null), an interface's head.
_UNBREAKABLE = re.compile(
    r"^\s*(//|/\*\*|\*)"
    r"|^import (type )?\{ [\w$]+ \} from \"[^\"]+\";$"
    r"|^\s+[\w$\"-]+\??: [\w$]+( \| null)?;$"
    r"|^\s+[\w$\"-]+\??: Array<[\w$]+>;$"
    r"|^export interface [\w$]+ \{$"
)


def needs_prettier(source: str) -> bool:
    """A line over the width, or one whose width this module may measure otherwise than
    prettier (a character `unsure`, which string literals escape), that prettier might break."""
    return any(
        (not _fits(line) or (not line.isascii() and any(map(unsure, line)))) and not _UNBREAKABLE.match(line)
        for line in source.split("\n")
    )


def format_files(sources: dict[str, str], cache: Cache) -> dict[str, str]:
    """Each file as prettier prints it: only those with a line over the width are sent to it."""
    version = prettier_version()
    done: dict[str, str] = {}
    missing: dict[str, str] = {}
    for name, source in sources.items():
        if not needs_prettier(source):
            done[name] = source
            continue
        cached = cache.get("prettier", Cache.key(version, name, source))
        if cached is not None:
            done[name] = cached
        else:
            missing[name] = source
    if missing:
        if version == "absent":
            raise GeneratorError(str(PRETTIER), "prettier is not installed: run `make install`")
        result = subprocess.run(
            ["node", "-e", _SCRIPT, str(PRETTIER)],
            input=json.dumps(missing),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"prettier failed on the generated TypeScript: {result.stderr.strip()}")
        formatted: dict[str, str] = json.loads(result.stdout)
        for name, source in missing.items():
            cache.put("prettier", Cache.key(version, name, source), formatted[name])
            done[name] = formatted[name]
    return done
