"""Which SDK methods a connection supports, from the API's own lists joined to OPERATIONS."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass
from typing import Optional

import pytest

# The generated `_operations` module this runtime file reads; a few rows of the real table.
_operations = types.ModuleType("runtime._operations")
_operations.OPERATIONS = {  # type: ignore[attr-defined]
    "GET /wms/orders": "wms.orders.list",
    "GET /wms/orders/{order_id}": "wms.orders.retrieve",
    "POST /wms/orders": "wms.orders.create",
    "PUT /wms/orders/{order_id}/cancel": "wms.orders.cancel",
    "GET /wms/returns": "wms.returns.list",
    "GET /wms/inventory/{inventory_id}": "wms.inventory.retrieve",
    "GET /cart/orders": "cart.orders.list",
    "GET /connections": "connections.list",
}
sys.modules.setdefault("runtime._operations", _operations)

from runtime.capabilities import capabilities  # noqa: E402


@dataclass
class Connection:
    """Shaped like the generated `Connection` model."""

    integration_type: Optional[str]
    available_actions: Optional[list[str]]
    available_endpoints: Optional[list[str]]


def test_actions_name_the_supported_methods() -> None:
    caps = capabilities(Connection("wms", ["get_orders", "cancel_orders"], None))
    assert caps.supported_operations() == ["connections.list", "wms.orders.cancel", "wms.orders.list", "wms.orders.retrieve"]
    assert caps.unsupported_operations() == ["cart.orders.list", "wms.inventory.retrieve", "wms.orders.create", "wms.returns.list"]
    assert caps.supports("wms.orders.cancel") and caps.supports("PUT /wms/orders/{order_id}/cancel")
    assert not caps.supports("wms.returns.list")


def test_the_older_endpoint_list_is_read_as_well() -> None:
    caps = capabilities({"integration_type": "wms", "available_endpoints": ["GET /inventory", "POST /orders"]})
    assert caps.supports("wms.inventory.retrieve")  # an item GET comes with its collection
    assert caps.supports("wms.orders.create") and not caps.supports("wms.orders.list")


def test_integration_type_scopes_the_answer() -> None:
    cart = capabilities(Connection("cart", ["get_orders"], []))
    assert cart.supported_operations() == ["cart.orders.list", "connections.list"]
    exchange = Connection(None, ["get_orders"], None)  # an exchange response carries no type
    assert capabilities(exchange, integration_type="cart").supports("cart.orders.list")
    assert capabilities(exchange).supports("wms.orders.list")  # wms when nothing says otherwise


def test_an_unknown_method_name_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown operation 'wms.order.list'"):
        capabilities(Connection("wms", [], [])).supports("wms.order.list")
