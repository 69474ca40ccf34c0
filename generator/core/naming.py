"""Name rules shared by the importer and the planner: method names from paths, Python identifiers."""

from __future__ import annotations

import keyword
import re
import sys

_PARAM = re.compile(r"^{[^{}]+}$")
_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")
# Names a generated attribute or argument must not take even though Python allows them.
_RESERVED = set(keyword.kwlist) | set(keyword.softkwlist) | {
    "self",
    "cls",
    "client",
    "options",
    "extra_headers",
    "extra_query",
    "extra_body",
    "timeout",
    "max_retries",
    "with_raw_response",
}


def words(text: str) -> list[str]:
    return _WORDS.findall(text.replace("'", ""))


def snake(text: str) -> str:
    """`inbound-shipments` → `inbound_shipments`, `OrderID` → `order_id`."""
    name = "_".join(w.lower() for w in words(text)) or "value"
    return "_" + name if name[0].isdigit() else name


def pascal(text: str) -> str:
    """`CreatewmsOrder--ShipHero--` → `CreatewmsOrderShipHero`."""
    name = "".join(w[:1].upper() + w[1:] for w in words(text)) or "Model"
    return "_" + name if name[0].isdigit() else name


def safe_identifier(name: str) -> str:
    """A Python keyword or reserved name gets a trailing underscore."""
    return name + "_" if name in _RESERVED or keyword.iskeyword(name) else name


def is_path_param(segment: str) -> bool:
    return bool(_PARAM.match(segment))


def method_name(method: str, path: str, *, is_list: bool) -> tuple[str, str]:
    """Default (resource, verb) for an operation whose document gives no operationId.

    `GET /wms/orders` → (`wms.orders`, `list`); `GET /wms/orders/{id}` → `retrieve`;
    `PUT /wms/orders/{id}/cancel` → (`wms.orders`, `cancel`), an action on one item.
    """
    segments = [s for s in path.strip("/").split("/") if s]
    static = [snake(s) for s in segments if not is_path_param(s)] or ["root"]
    last_is_param = bool(segments) and is_path_param(segments[-1])
    after_param = len(segments) >= 2 and is_path_param(segments[-2]) and not last_is_param
    if method == "PUT" and after_param:
        return ".".join(static[:-1]) or "root", static[-1]
    if method == "GET":
        verb = "list" if is_list and not last_is_param else "retrieve"
    elif method == "POST":
        verb = "create"
    elif method in ("PUT", "PATCH"):
        verb = "update"
    else:
        verb = "delete"
    return ".".join(static), verb


# Modules the generated package must not shadow: the standard library and its dependencies.
_TAKEN_MODULES = set(sys.stdlib_module_names) | {
    "httpx", "httpcore", "h11", "anyio", "sniffio", "certifi", "idna", "pydantic", "pydantic_core",
    "typing_extensions", "annotated_types", "typing_inspection",
}


def package_problem(name: str) -> str | None:
    """Why `name` cannot name the generated package, or None when it can."""
    if not name.isidentifier() or keyword.iskeyword(name):
        return "it is not a Python identifier"
    if name in _TAKEN_MODULES:
        return f"it would shadow the module {name!r} that the SDK imports"
    return None
