"""The committed generated package: mypy --strict clean, cheap to import, typed filters."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timezone
from typing import Any

import httpx
import pytest

from tests.conftest import GENERATED_PYTHON


def test_mypy_strict_passes_on_generated_package() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "trackstar"],
        cwd=GENERATED_PYTHON, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_disallowed_operator_is_a_type_error(tmp_path: Any) -> None:
    program = tmp_path / "use.py"
    program.write_text(
        "from trackstar import Trackstar\n"
        "c = Trackstar(api_key='k', access_token='t')\n"
        "c.wms.orders.list(order_number={'eq-insensitive': 'A1'})\n"
        "c.wms.orders.list(status={'gte': 'open'})\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(program)],
        cwd=GENERATED_PYTHON, capture_output=True, text=True,
    )
    assert result.returncode == 1
    assert "use.py:4: error" in result.stdout and '"status"' in result.stdout, result.stdout
    assert "use.py:3" not in result.stdout, result.stdout


def test_import_does_not_load_resources_or_models() -> None:
    code = (
        "import sys, trackstar; trackstar.Trackstar(api_key='k', access_token='t');"
        "loaded = [m for m in sys.modules if m.startswith('trackstar.')];"
        "print(','.join(sorted(loaded)))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=GENERATED_PYTHON, capture_output=True, text=True, check=True)
    loaded = out.stdout.strip().split(",")
    assert not any(m.startswith(("trackstar.resources.", "trackstar.types")) for m in loaded), loaded


def _client(trackstar: Any, seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [], "next_token": None, "total_count": 0})

    return trackstar.Trackstar(
        api_key="k", access_token="t", rate_limits=False,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


def test_filters_are_encoded_as_the_api_documents(trackstar_package: Any) -> None:
    seen: list[httpx.Request] = []
    client = _client(trackstar_package, seen)
    start = datetime(2024, 3, 10, 13, 0, tzinfo=timezone.utc)
    client.wms.orders.list(
        created_date={"gte": start, "lte": start.replace(day=22)},
        status={"in": ["open", "backordered"]},
        order_number={"eq-insensitive": "a-1"},
        ids=["o1", "o2"],
        limit=50,
    )
    assert seen[0].url.params.multi_items() == [
        ("limit", "50"),
        ("created_date[gte]", "2024-03-10T13:00:00Z"),
        ("created_date[lte]", "2024-03-22T13:00:00Z"),
        ("ids[in]", "o1,o2"),
        ("order_number[eq-insensitive]", "a-1"),
        ("status[in]", "open,backordered"),
    ]


def test_disallowed_operator_raises_before_any_request(trackstar_package: Any) -> None:
    seen: list[httpx.Request] = []
    client = _client(trackstar_package, seen)
    with pytest.raises(ValueError, match="does not support operator 'gte'"):
        client.wms.orders.list(status={"gte": "open"})
    with pytest.raises(ValueError, match="naive datetime"):
        client.wms.orders.list(created_date=datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="non-empty"):
        client.wms.orders.retrieve("")
    assert seen == []


def test_path_params_are_percent_encoded(trackstar_package: Any) -> None:
    seen: list[httpx.Request] = []
    client = _client(trackstar_package, seen)
    client.wms.warehouses.locations.list("wh/1 ?")
    assert seen[0].url.raw_path.startswith(b"/wms/warehouses/wh%2F1%20%3F/locations")


def test_operations_map_covers_every_method(trackstar_package: Any) -> None:
    client = trackstar_package.Trackstar(api_key="k", access_token="t")
    assert len(trackstar_package.OPERATIONS) == 84  # 82 from the document + 2 passthrough
    assert trackstar_package.OPERATIONS["GET /wms/orders/{order_id}"] == "wms.orders.retrieve"
    for dotted in trackstar_package.OPERATIONS.values():
        target = client
        for part in dotted.split("."):
            target = getattr(target, part)
        assert callable(target), dotted


def test_generator_code_passes_mypy_strict() -> None:
    from tests.conftest import REPO

    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "generator"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_response_models_read_what_integrations_really_send(trackstar_package: Any) -> None:
    from trackstar import types as models

    order = models.Order.model_validate(
        {"id": "o1", "created_date": "", "required_ship_date": "deprecated", "status": "brand_new", "surprise": 1}
    )
    assert order.created_date is None and order.required_ship_date is None
    assert order.status == "brand_new"  # enum values the document does not list are kept
    assert order.model_extra == {"surprise": 1}  # and so are fields it does not list
    supplier = models.ProductSupplierProduct.model_validate({"unit_cost": 2.5})
    assert supplier.unit_cost == "2.5"


def test_capabilities_map_actions_and_legacy_endpoints(trackstar_package: Any) -> None:
    from trackstar.capabilities import action_name, capabilities

    assert action_name("GET /wms/returns") == "get_returns"  # the name a 501 quotes
    assert action_name("GET /wms/inventory/{inventory_id}") == "get_inventory"
    assert action_name("PUT /wms/orders/{order_id}/cancel") == "cancel_orders"
    assert action_name("GET /connections") is None
    caps = capabilities({"integration_type": "wms", "available_actions": ["get_orders", "create_orders"],
                         "available_endpoints": ["GET /products"]})
    assert caps.supports("wms.orders.list") and caps.supports("wms.orders.retrieve")
    assert caps.supports("wms.orders.create") and caps.supports("GET /wms/products/{product_id}")
    assert not caps.supports("wms.returns.list") and not caps.supports("cart.orders.list")
    assert caps.supports("connections.list")  # management endpoints are always there
    assert "wms.returns.list" not in caps.supported_operations()


def test_runtime_core_passes_mypy_strict() -> None:
    from tests.conftest import REPO

    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "-p", "runtime"], cwd=REPO / "generator" / "targets" / "python", capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
