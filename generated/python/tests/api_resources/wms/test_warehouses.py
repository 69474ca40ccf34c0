"""Tests for `client.wms.warehouses`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestWmsWarehouses:
    def test_method_add_trackstar_tags(self, client: Trackstar) -> None:
        result = client.wms.warehouses.add_trackstar_tags("warehouse_123")
        assert_matches_return(client.wms.warehouses.add_trackstar_tags, result)

    def test_method_add_trackstar_tags_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.warehouses.add_trackstar_tags(
            "warehouse_123",
            trackstar_tags=["example"],
        )
        assert_matches_return(client.wms.warehouses.add_trackstar_tags, result)

    def test_method_list(self, client: Trackstar) -> None:
        result = client.wms.warehouses.list(limit=10)
        assert_matches_return(client.wms.warehouses.list, result)

    def test_method_list_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.warehouses.list(
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
        assert_matches_return(client.wms.warehouses.list, result)

    def test_method_retrieve(self, client: Trackstar) -> None:
        result = client.wms.warehouses.retrieve("warehouse_123")
        assert_matches_return(client.wms.warehouses.retrieve, result)


class TestAsyncWmsWarehouses:
    @pytest.mark.anyio
    async def test_method_add_trackstar_tags(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.warehouses.add_trackstar_tags("warehouse_123")
        assert_matches_return(async_client.wms.warehouses.add_trackstar_tags, result)

    @pytest.mark.anyio
    async def test_method_add_trackstar_tags_with_all_params(
        self, async_client: AsyncTrackstar
    ) -> None:
        result = await async_client.wms.warehouses.add_trackstar_tags(
            "warehouse_123",
            trackstar_tags=["example"],
        )
        assert_matches_return(async_client.wms.warehouses.add_trackstar_tags, result)

    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.warehouses.list(limit=10)
        assert_matches_return(async_client.wms.warehouses.list, result)

    @pytest.mark.anyio
    async def test_method_list_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.warehouses.list(
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
        assert_matches_return(async_client.wms.warehouses.list, result)

    @pytest.mark.anyio
    async def test_method_retrieve(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.warehouses.retrieve("warehouse_123")
        assert_matches_return(async_client.wms.warehouses.retrieve, result)
