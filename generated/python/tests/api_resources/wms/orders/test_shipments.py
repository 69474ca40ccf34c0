"""Tests for `client.wms.orders.shipments`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestWmsOrdersShipments:
    def test_method_create(self, client: Trackstar) -> None:
        result = client.wms.orders.shipments.create("order_123")
        assert_matches_return(client.wms.orders.shipments.create, result)

    def test_method_create_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.orders.shipments.create(
            "order_123",
            carrier="example",
            carrier_id="example",
            measurements={
                "height": 1.0,
                "length": 1.0,
                "unit": "cm",
                "weight": 1.0,
                "weight_unit": "kg",
                "width": 1.0,
            },
            packages=[{"package_id": "example", "tracking_number": "example"}],
            shipped_date="2024-05-01T00:00:00Z",
            shipping_cost=1.0,
            shipping_method="example",
            shipping_method_id="example",
            tracking_number="example",
            tracking_url="example",
            warehouse_id="example",
        )
        assert_matches_return(client.wms.orders.shipments.create, result)


class TestAsyncWmsOrdersShipments:
    @pytest.mark.anyio
    async def test_method_create(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.shipments.create("order_123")
        assert_matches_return(async_client.wms.orders.shipments.create, result)

    @pytest.mark.anyio
    async def test_method_create_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.shipments.create(
            "order_123",
            carrier="example",
            carrier_id="example",
            measurements={
                "height": 1.0,
                "length": 1.0,
                "unit": "cm",
                "weight": 1.0,
                "weight_unit": "kg",
                "width": 1.0,
            },
            packages=[{"package_id": "example", "tracking_number": "example"}],
            shipped_date="2024-05-01T00:00:00Z",
            shipping_cost=1.0,
            shipping_method="example",
            shipping_method_id="example",
            tracking_number="example",
            tracking_url="example",
            warehouse_id="example",
        )
        assert_matches_return(async_client.wms.orders.shipments.create, result)
