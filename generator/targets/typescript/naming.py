"""TypeScript names: identifiers, property keys, string literals, reserved words."""

from __future__ import annotations

import json
import re

from generator.core.naming import words
from generator.targets.typescript.identifiers import es5_identifier
from generator.targets.typescript.width import unsure

# Reserved words of TypeScript (strict mode and type positions): never a binding name.
RESERVED = frozenset(
    """
    break case catch class const continue debugger default delete do else enum export extends
    false finally for function if import in instanceof new null return super switch this throw
    true try typeof var void while with as implements interface let package private protected
    public static yield any boolean number string symbol type from of await async declare
    constructor get set module namespace require undefined never unknown object keyof readonly
    infer is asserts satisfies accessor global bigint
    """.split()
)
# Names the generated modules import or declare themselves: a type must not take one.
TAKEN_TYPE_NAMES = frozenset(
    {
        "Array", "Record", "Date", "File", "Blob", "Promise", "Response", "Headers", "Error",
        "Object", "String", "Number", "Boolean", "Function", "Symbol", "Map", "Set", "Partial",
        "Required", "Readonly", "Pick", "Omit", "Exclude", "Extract", "ReadonlyArray", "Exclusive",
        "FilterOperators", "DateTimeInput", "APIPromise", "PagePromise", "RequestOptions",
        "BaseClient", "OperationSpec", "APIDescription", "ClientOptions", "Uploadable",
    }
)
_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def string(value: str) -> str:
    """A string literal as prettier writes one: in double quotes unless the text holds more
    double quotes than single ones. Characters whose width prettier may count otherwise than
    this generator (`width.unsure`: invisible, unassigned, emoji sequence parts) are escaped, so
    the layouts measure every line of code as prettier does."""
    body = json.dumps(value, ensure_ascii=False)[1:-1]
    if any(not char.isascii() or char == "\x7f" for char in body):
        body = "".join(_escape(char) if unsure(char) else char for char in body)
    if value.count('"') <= value.count("'"):
        return f'"{body}"'
    # Single quotes: the double ones need no backslash, the single ones do (prettier's makeString).
    return "'" + _QUOTE_ESCAPES.sub(lambda m: '"' if m.group(0) == '\\"' else "\\'" if m.group(0) == "'" else m.group(0), body) + "'"


_QUOTE_ESCAPES = re.compile(r"\\.|'", re.S)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\u{{{code:x}}}"


def literal(value: str | int) -> str:
    return str(value) if isinstance(value, int) else string(value)


def is_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.match(name))


def property_key(name: str) -> str:
    """A key of an object type, as prettier's `quoteProps: "as-needed"` leaves it: bare when
    prettier would unquote it (`状態の種類` too). U+2E2F is the one ES5 letter that is no
    identifier character since ES2015 (Pattern_Syntax), so TypeScript refuses it bare: a key
    holding it keeps its quotes by having its non-ASCII characters escaped, which prettier never
    unquotes."""
    if not es5_identifier(name):
        return string(name)
    if "\u2e2f" not in name:
        return name
    return '"' + "".join(char if char.isascii() else _escape(char) for char in name) + '"'


def camel(text: str) -> str:
    """`order_id` -> `orderId`: a local binding name, never a reserved word."""
    parts = words(text) or ["value"]
    name = parts[0].lower() + "".join(w[:1].upper() + w[1:] for w in parts[1:])
    if name[0].isdigit():
        name = "_" + name
    return name + "_" if name in RESERVED else name


def pascal(text: str) -> str:
    """`line_items` -> `LineItems`."""
    name = "".join(w[:1].upper() + w[1:] for w in words(text)) or "Value"
    return "_" + name if name[0].isdigit() else name
