"""Which operations a connection supports, so callers can skip calls that would answer 501.

Trackstar lists what a connection's integration implements in `available_actions` (names such
as `get_returns`, the same names a 501 error quotes) and, in older responses,
`available_endpoints` (`"GET /returns"`: method and path without the integration type).
This module maps both onto the SDK's operations. Operations outside the connection's
integration type (connections, link, magic links...) are always supported.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, Union

# The operation table is the one generated module this runtime file reads ("METHOD /path" ->
# dotted SDK method); it is looked up by name so that the runtime type-checks on its own.
OPERATIONS: Mapping[str, str] = importlib.import_module(f"{__package__}._operations").OPERATIONS

__all__ = ["Capabilities", "ConnectionLike", "capabilities", "action_name"]

_VERBS = {"GET": "get", "POST": "create", "PUT": "update", "PATCH": "update", "DELETE": "delete"}


def action_name(operation: str) -> str | None:
    """The action name of `"METHOD /type/path"` (`GET /wms/inbound-shipments/{id}` →
    `get_inbound_shipments`); None for paths with no integration type prefix."""
    method, _, path = operation.partition(" ")
    segments = [s for s in path.strip("/").split("/") if s]
    if len(segments) < 2 or segments[0].startswith("{"):
        return None
    static = [s for s in segments[1:] if not s.startswith("{")]
    follows_param = len(segments) > 2 and segments[-2].startswith("{") and not segments[-1].startswith("{")
    if method in ("PUT", "POST") and follows_param and len(static) > 1:
        return "_".join([static[-1]] + static[:-1]).replace("-", "_")  # e.g. cancel_orders
    return f"{_VERBS.get(method, method.lower())}_{'_'.join(static)}".replace("-", "_")


def _strip_type(operation: str) -> str:
    method, _, path = operation.partition(" ")
    return f"{method} /" + "/".join(path.strip("/").split("/")[1:])


@dataclass(frozen=True)
class Capabilities:
    """What one connection supports; `supports()` takes `"wms.orders.list"` or `"GET /wms/orders"`."""

    integration_type: str
    actions: frozenset[str]
    endpoints: frozenset[str]

    def supports(self, operation: str) -> bool:
        key = operation if " " in operation else _operation_key(operation)
        method, _, path = key.partition(" ")
        if not path.startswith(f"/{self.integration_type}/"):
            return not re.match(r"^/(wms|cart|freight)/", path)  # management endpoints
        if action_name(key) in self.actions:
            return True
        collection = re.sub(r"/{[^{}]+}$", "", _strip_type(key))  # an item GET needs its collection
        return _strip_type(key) in self.endpoints or (method == "GET" and collection in self.endpoints)

    def supported_operations(self) -> list[str]:
        """Every SDK method (dotted name, as in `trackstar.OPERATIONS`) this connection supports."""
        return sorted(dotted for key, dotted in OPERATIONS.items() if self.supports(key))

    def unsupported_operations(self) -> list[str]:
        """Every SDK method this connection's integration does not offer: calling one answers 501."""
        return sorted(dotted for key, dotted in OPERATIONS.items() if not self.supports(key))


def _operation_key(dotted: str) -> str:
    for key, name in OPERATIONS.items():
        if name == dotted:
            return key
    raise ValueError(f"unknown operation {dotted!r}; see trackstar.OPERATIONS")


class ConnectionLike(Protocol):
    """What `capabilities()` reads: a `Connection` model (from `client.connections.list()` or
    `.retrieve(id).data`), or an exchange response (`client.link.exchange.create(...)`)."""

    @property
    def available_actions(self) -> Sequence[str] | None: ...

    @property
    def available_endpoints(self) -> Sequence[str] | None: ...


def capabilities(
    connection: Union[ConnectionLike, Mapping[str, Any]], *, integration_type: str | None = None
) -> Capabilities:
    """What a connection supports, from the lists the API keeps for it: `available_actions`
    (and the older `available_endpoints`) joined to `OPERATIONS`.

    `connection` is a `Connection` model, an exchange response, or a mapping with the same
    keys. Its `integration_type` (wms, cart, freight) is read when it has one; pass
    `integration_type=` for objects that do not carry it (the default is wms).
    """
    if isinstance(connection, Mapping):
        data: Mapping[str, Any] = connection
        kind = data.get("integration_type")
        actions: Iterable[str] = data.get("available_actions") or ()
        endpoints: Iterable[str] = data.get("available_endpoints") or ()
    else:
        kind = getattr(connection, "integration_type", None)
        actions = connection.available_actions or ()
        endpoints = connection.available_endpoints or ()
    return Capabilities(
        integration_type=str(integration_type or kind or "wms"),
        actions=frozenset(actions),
        endpoints=frozenset(endpoints),
    )
