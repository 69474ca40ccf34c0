"""Tests for `client.wms.returns`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestWmsReturns:
    def test_method_add_trackstar_tags(self, client: Trackstar) -> None:
        result = client.wms.returns.add_trackstar_tags("return_123")
        assert_matches_return(client.wms.returns.add_trackstar_tags, result)

    def test_method_add_trackstar_tags_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.returns.add_trackstar_tags("return_123", trackstar_tags=["example"])
        assert_matches_return(client.wms.returns.add_trackstar_tags, result)

    def test_method_create(self, client: Trackstar) -> None:
        result = client.wms.returns.create()
        assert_matches_return(client.wms.returns.create, result)

    def test_method_create_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.returns.create(
            line_items=[{"quantity": 1, "sku": "example"}],
            order_id="example",
            trackstar_tags=["example"],
            warehouse_id="example",
        )
        assert_matches_return(client.wms.returns.create, result)

    def test_method_list(self, client: Trackstar) -> None:
        result = client.wms.returns.list(limit=10)
        assert_matches_return(client.wms.returns.list, result)

    def test_method_list_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.returns.list(
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
            status={
                "eq": "open",
                "neq": "open",
                "in": ["open"],
                "nin": ["open"],
                "contains": "open",
                "not_contains": "open",
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
        assert_matches_return(client.wms.returns.list, result)

    def test_method_retrieve(self, client: Trackstar) -> None:
        result = client.wms.returns.retrieve("return_123")
        assert_matches_return(client.wms.returns.retrieve, result)

    def test_method_update(self, client: Trackstar) -> None:
        result = client.wms.returns.update("return_123")
        assert_matches_return(client.wms.returns.update, result)

    def test_method_update_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.returns.update(
            "return_123",
            line_items=[{"quantity": 1, "sku": "example"}],
            order_id="example",
            trackstar_tags=["example"],
            warehouse_id="example",
        )
        assert_matches_return(client.wms.returns.update, result)


class TestAsyncWmsReturns:
    @pytest.mark.anyio
    async def test_method_add_trackstar_tags(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.returns.add_trackstar_tags("return_123")
        assert_matches_return(async_client.wms.returns.add_trackstar_tags, result)

    @pytest.mark.anyio
    async def test_method_add_trackstar_tags_with_all_params(
        self, async_client: AsyncTrackstar
    ) -> None:
        result = await async_client.wms.returns.add_trackstar_tags(
            "return_123",
            trackstar_tags=["example"],
        )
        assert_matches_return(async_client.wms.returns.add_trackstar_tags, result)

    @pytest.mark.anyio
    async def test_method_create(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.returns.create()
        assert_matches_return(async_client.wms.returns.create, result)

    @pytest.mark.anyio
    async def test_method_create_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.returns.create(
            line_items=[{"quantity": 1, "sku": "example"}],
            order_id="example",
            trackstar_tags=["example"],
            warehouse_id="example",
        )
        assert_matches_return(async_client.wms.returns.create, result)

    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.returns.list(limit=10)
        assert_matches_return(async_client.wms.returns.list, result)

    @pytest.mark.anyio
    async def test_method_list_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.returns.list(
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
            status={
                "eq": "open",
                "neq": "open",
                "in": ["open"],
                "nin": ["open"],
                "contains": "open",
                "not_contains": "open",
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
        assert_matches_return(async_client.wms.returns.list, result)

    @pytest.mark.anyio
    async def test_method_retrieve(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.returns.retrieve("return_123")
        assert_matches_return(async_client.wms.returns.retrieve, result)

    @pytest.mark.anyio
    async def test_method_update(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.returns.update("return_123")
        assert_matches_return(async_client.wms.returns.update, result)

    @pytest.mark.anyio
    async def test_method_update_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.returns.update(
            "return_123",
            line_items=[{"quantity": 1, "sku": "example"}],
            order_id="example",
            trackstar_tags=["example"],
            warehouse_id="example",
        )
        assert_matches_return(async_client.wms.returns.update, result)
