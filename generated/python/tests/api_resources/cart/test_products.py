"""Tests for `client.cart.products`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestCartProducts:
    def test_method_adjust_inventory(self, client: Trackstar) -> None:
        result = client.cart.products.adjust_inventory("product_123")
        assert_matches_return(client.cart.products.adjust_inventory, result)

    def test_method_adjust_inventory_with_all_params(self, client: Trackstar) -> None:
        result = client.cart.products.adjust_inventory(
            "product_123",
            adjustment_type="increase",
            quantity=1,
            warehouse_id="example",
        )
        assert_matches_return(client.cart.products.adjust_inventory, result)

    def test_method_list(self, client: Trackstar) -> None:
        result = client.cart.products.list(limit=10)
        assert_matches_return(client.cart.products.list, result)

    def test_method_list_with_all_params(self, client: Trackstar) -> None:
        result = client.cart.products.list(
            limit=1,
            created_date={
                "eq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "neq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "in": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
                "nin": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
            },
            ids={"in": ["example"]},
            updated_date={
                "eq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "neq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "in": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
                "nin": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
            },
            page_token="example",
        )
        assert_matches_return(client.cart.products.list, result)

    def test_method_retrieve(self, client: Trackstar) -> None:
        result = client.cart.products.retrieve("product_123")
        assert_matches_return(client.cart.products.retrieve, result)


class TestAsyncCartProducts:
    @pytest.mark.anyio
    async def test_method_adjust_inventory(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.cart.products.adjust_inventory("product_123")
        assert_matches_return(async_client.cart.products.adjust_inventory, result)

    @pytest.mark.anyio
    async def test_method_adjust_inventory_with_all_params(
        self, async_client: AsyncTrackstar
    ) -> None:
        result = await async_client.cart.products.adjust_inventory(
            "product_123",
            adjustment_type="increase",
            quantity=1,
            warehouse_id="example",
        )
        assert_matches_return(async_client.cart.products.adjust_inventory, result)

    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.cart.products.list(limit=10)
        assert_matches_return(async_client.cart.products.list, result)

    @pytest.mark.anyio
    async def test_method_list_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.cart.products.list(
            limit=1,
            created_date={
                "eq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "neq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "in": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
                "nin": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
            },
            ids={"in": ["example"]},
            updated_date={
                "eq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "neq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "in": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
                "nin": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
            },
            page_token="example",
        )
        assert_matches_return(async_client.cart.products.list, result)

    @pytest.mark.anyio
    async def test_method_retrieve(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.cart.products.retrieve("product_123")
        assert_matches_return(async_client.cart.products.retrieve, result)
