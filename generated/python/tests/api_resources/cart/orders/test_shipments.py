"""Tests for `client.cart.orders.shipments`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestCartOrdersShipments:
    def test_method_create(self, client: Trackstar) -> None:
        result = client.cart.orders.shipments.create("order_123")
        assert_matches_return(client.cart.orders.shipments.create, result)

    def test_method_create_with_all_params(self, client: Trackstar) -> None:
        result = client.cart.orders.shipments.create(
            "order_123",
            carrier_name="example",
            requested_shipping_method="example",
            tracking_number="example",
            tracking_url="example",
        )
        assert_matches_return(client.cart.orders.shipments.create, result)


class TestAsyncCartOrdersShipments:
    @pytest.mark.anyio
    async def test_method_create(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.cart.orders.shipments.create("order_123")
        assert_matches_return(async_client.cart.orders.shipments.create, result)

    @pytest.mark.anyio
    async def test_method_create_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.cart.orders.shipments.create(
            "order_123",
            carrier_name="example",
            requested_shipping_method="example",
            tracking_number="example",
            tracking_url="example",
        )
        assert_matches_return(async_client.cart.orders.shipments.create, result)
