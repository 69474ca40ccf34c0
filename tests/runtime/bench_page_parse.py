"""Measure page parsing against json.loads on a 1000-order page (~2.9 MB).

    .venv/bin/python tests/runtime/bench_page_parse.py [page.json]

Without an argument it builds a page shaped like the API's order list.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "generator" / "targets" / "python"), str(ROOT), str(Path(__file__).parent)]

from rt_order_models import Order  # noqa: E402
from runtime._config import PaginationConfig  # noqa: E402
from runtime._pagination import parse_page_body  # noqa: E402

PAGINATION = PaginationConfig("limit", "page_token", "next_token", "data", "total_count")


def make_page(n: int = 1000) -> bytes:
    """A page like the API's order list: one order with nested shipments, repeated with new ids."""
    sample = {
        "id": "order_0", "warehouse_customer_id": "wc", "warehouse_id": "wh", "created_date": "2022-01-01T00:00:00Z",
        "updated_date": "2022-01-02T05:05:05Z", "reference_id": "ref", "order_number": "#1", "status": "open",
        "raw_status": "raw", "channel": "c", "channel_object": {"channel_id": "c", "channel_name": "n"},
        "type": "d2c", "trading_partner": "Target", "shipping_method": "", "service_level": "Standard",
        "shipping_method_id": "fedex_ground", "shipping_method_name": "FedEx Ground", "carrier_id": "fedex",
        "carrier_name": "FedEx", "scac": "", "is_third_party_freight": False,
        "third_party_freight_account_number": "1", "first_party_freight_account_number": "1",
        "invoice_currency_code": "USD", "total_price": 13.49, "total_tax": 1.5, "total_discount": 2.5,
        "total_shipping": 3.5,
        "ship_to_address": {"full_name": "John Doe", "company": "Co", "address1": "1 Main St", "city": "NY",
                            "state": "NY", "postal_code": "10001", "country": "US", "phone_number": "1",
                            "email_address": "j@example.com"},
        "line_items": [{"product_id": f"p{i}", "sku": "sku", "quantity": 1, "unit_price": 10.99,
                        "is_picked": False, "discount_amount": 1.5} for i in range(8)],
        "tags": ["a", "b"], "required_ship_date": "2021-01-01T12:00:00Z", "saturday_delivery": False,
        "signature_required": False, "international_duty_paid_by": "sender",
        "shipments": [{"shipment_id": "s", "warehouse_id": "wh", "shipped_date": "2022-05-06T01:02:03Z",
                       "status": "shipped", "line_items": [{"inventory_item_id": "i", "sku": "s", "quantity": 1}],
                       "packages": [{"package_id": "p", "tracking_number": "t", "shipping_cost": 1.0,
                                     "measurements": {"length": 1, "width": 1, "height": 1, "unit": "in"},
                                     "line_items": [{"inventory_item_id": "i", "sku": "s", "quantity": 1,
                                                     "expiration_date": "2022-06-06T01:02:03Z"}]}]}],
        "external_system_url": "https://example.com/order/1", "trackstar_tags": ["t1", {"t3": "v"}],
        "additional_fields": {"key": "value"},
    }
    data = [{**sample, "id": f"order_{i:07d}"} for i in range(n)]
    return json.dumps({"data": data, "next_token": None, "total_count": n}).encode()


def best_of(func: Callable[[], object], runs: int = 7) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def measure(body: bytes) -> tuple[float, float]:
    parse_page_body(body, Order, PAGINATION)  # warm up: builds and caches the validator
    loads = best_of(lambda: json.loads(body))
    parse = best_of(lambda: parse_page_body(body, Order, PAGINATION, "req_1"))
    return loads, parse


if __name__ == "__main__":
    body = Path(sys.argv[1]).read_bytes() if len(sys.argv) > 1 else make_page()
    loads, parse = measure(body)
    print(f"{len(body) / 1e6:.2f} MB  json.loads {loads * 1000:.1f} ms  parse_page_body {parse * 1000:.1f} ms  "
          f"ratio {parse / loads:.2f}")
