"""Tests for `client.wms.inventory`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestWmsInventory:
    def test_method_add_trackstar_tags(self, client: Trackstar) -> None:
        result = client.wms.inventory.add_trackstar_tags("inventory_123")
        assert_matches_return(client.wms.inventory.add_trackstar_tags, result)

    def test_method_add_trackstar_tags_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.inventory.add_trackstar_tags(
            "inventory_123",
            trackstar_tags=["example"],
        )
        assert_matches_return(client.wms.inventory.add_trackstar_tags, result)

    def test_method_adjust(self, client: Trackstar) -> None:
        result = client.wms.inventory.adjust("inventory_123")
        assert_matches_return(client.wms.inventory.adjust, result)

    def test_method_adjust_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.inventory.adjust(
            "inventory_123",
            adjustment_type="increase",
            location_id="example",
            quantity=1,
            warehouse_id="example",
        )
        assert_matches_return(client.wms.inventory.adjust, result)

    def test_method_list(self, client: Trackstar) -> None:
        result = client.wms.inventory.list(limit=10)
        assert_matches_return(client.wms.inventory.list, result)

    def test_method_list_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.inventory.list(
            active=True,
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
            sku={
                "eq": "example",
                "in": ["example"],
                "nin": ["example"],
                "contains": "example",
                "not_contains": "example",
            },
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
            warehouse_customer_id={
                "eq": "example",
                "neq": "example",
                "in": ["example"],
                "nin": ["example"],
                "contains": "example",
                "not_contains": "example",
            },
            page_token="example",
        )
        assert_matches_return(client.wms.inventory.list, result)

    def test_method_retrieve(self, client: Trackstar) -> None:
        result = client.wms.inventory.retrieve("inventory_123")
        assert_matches_return(client.wms.inventory.retrieve, result)


class TestAsyncWmsInventory:
    @pytest.mark.anyio
    async def test_method_add_trackstar_tags(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inventory.add_trackstar_tags("inventory_123")
        assert_matches_return(async_client.wms.inventory.add_trackstar_tags, result)

    @pytest.mark.anyio
    async def test_method_add_trackstar_tags_with_all_params(
        self, async_client: AsyncTrackstar
    ) -> None:
        result = await async_client.wms.inventory.add_trackstar_tags(
            "inventory_123",
            trackstar_tags=["example"],
        )
        assert_matches_return(async_client.wms.inventory.add_trackstar_tags, result)

    @pytest.mark.anyio
    async def test_method_adjust(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inventory.adjust("inventory_123")
        assert_matches_return(async_client.wms.inventory.adjust, result)

    @pytest.mark.anyio
    async def test_method_adjust_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inventory.adjust(
            "inventory_123",
            adjustment_type="increase",
            location_id="example",
            quantity=1,
            warehouse_id="example",
        )
        assert_matches_return(async_client.wms.inventory.adjust, result)

    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inventory.list(limit=10)
        assert_matches_return(async_client.wms.inventory.list, result)

    @pytest.mark.anyio
    async def test_method_list_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inventory.list(
            active=True,
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
            sku={
                "eq": "example",
                "in": ["example"],
                "nin": ["example"],
                "contains": "example",
                "not_contains": "example",
            },
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
            warehouse_customer_id={
                "eq": "example",
                "neq": "example",
                "in": ["example"],
                "nin": ["example"],
                "contains": "example",
                "not_contains": "example",
            },
            page_token="example",
        )
        assert_matches_return(async_client.wms.inventory.list, result)

    @pytest.mark.anyio
    async def test_method_retrieve(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inventory.retrieve("inventory_123")
        assert_matches_return(async_client.wms.inventory.retrieve, result)
