"""Tests for `client.wms.products`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestWmsProducts:
    def test_method_add_trackstar_tags(self, client: Trackstar) -> None:
        result = client.wms.products.add_trackstar_tags("product_123")
        assert_matches_return(client.wms.products.add_trackstar_tags, result)

    def test_method_add_trackstar_tags_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.products.add_trackstar_tags("product_123", trackstar_tags=["example"])
        assert_matches_return(client.wms.products.add_trackstar_tags, result)

    def test_method_create(self, client: Trackstar) -> None:
        result = client.wms.products.create(
            gtin="example",
            measurements={
                "height": 1.0,
                "length": 1.0,
                "unit": "cm",
                "weight": 1.0,
                "weight_unit": "kg",
                "width": 1.0,
            },
            name="example",
            sku="example",
        )
        assert_matches_return(client.wms.products.create, result)

    def test_method_create_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.products.create(
            gtin="example",
            measurements={
                "height": 1.0,
                "length": 1.0,
                "unit": "cm",
                "weight": 1.0,
                "weight_unit": "kg",
                "width": 1.0,
            },
            name="example",
            sku="example",
            trackstar_tags=["example"],
        )
        assert_matches_return(client.wms.products.create, result)

    def test_method_list(self, client: Trackstar) -> None:
        result = client.wms.products.list(limit=10)
        assert_matches_return(client.wms.products.list, result)

    def test_method_list_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.products.list(
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
        assert_matches_return(client.wms.products.list, result)

    def test_method_retrieve(self, client: Trackstar) -> None:
        result = client.wms.products.retrieve("product_123")
        assert_matches_return(client.wms.products.retrieve, result)

    def test_method_update(self, client: Trackstar) -> None:
        result = client.wms.products.update("product_123")
        assert_matches_return(client.wms.products.update, result)

    def test_method_update_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.products.update(
            "product_123",
            gtin="example",
            measurements={
                "height": 1.0,
                "length": 1.0,
                "unit": "cm",
                "weight": 1.0,
                "weight_unit": "kg",
                "width": 1.0,
            },
            name="example",
            sku="example",
            trackstar_tags=["example"],
        )
        assert_matches_return(client.wms.products.update, result)


class TestAsyncWmsProducts:
    @pytest.mark.anyio
    async def test_method_add_trackstar_tags(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.products.add_trackstar_tags("product_123")
        assert_matches_return(async_client.wms.products.add_trackstar_tags, result)

    @pytest.mark.anyio
    async def test_method_add_trackstar_tags_with_all_params(
        self, async_client: AsyncTrackstar
    ) -> None:
        result = await async_client.wms.products.add_trackstar_tags(
            "product_123",
            trackstar_tags=["example"],
        )
        assert_matches_return(async_client.wms.products.add_trackstar_tags, result)

    @pytest.mark.anyio
    async def test_method_create(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.products.create(
            gtin="example",
            measurements={
                "height": 1.0,
                "length": 1.0,
                "unit": "cm",
                "weight": 1.0,
                "weight_unit": "kg",
                "width": 1.0,
            },
            name="example",
            sku="example",
        )
        assert_matches_return(async_client.wms.products.create, result)

    @pytest.mark.anyio
    async def test_method_create_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.products.create(
            gtin="example",
            measurements={
                "height": 1.0,
                "length": 1.0,
                "unit": "cm",
                "weight": 1.0,
                "weight_unit": "kg",
                "width": 1.0,
            },
            name="example",
            sku="example",
            trackstar_tags=["example"],
        )
        assert_matches_return(async_client.wms.products.create, result)

    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.products.list(limit=10)
        assert_matches_return(async_client.wms.products.list, result)

    @pytest.mark.anyio
    async def test_method_list_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.products.list(
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
        assert_matches_return(async_client.wms.products.list, result)

    @pytest.mark.anyio
    async def test_method_retrieve(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.products.retrieve("product_123")
        assert_matches_return(async_client.wms.products.retrieve, result)

    @pytest.mark.anyio
    async def test_method_update(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.products.update("product_123")
        assert_matches_return(async_client.wms.products.update, result)

    @pytest.mark.anyio
    async def test_method_update_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.products.update(
            "product_123",
            gtin="example",
            measurements={
                "height": 1.0,
                "length": 1.0,
                "unit": "cm",
                "weight": 1.0,
                "weight_unit": "kg",
                "width": 1.0,
            },
            name="example",
            sku="example",
            trackstar_tags=["example"],
        )
        assert_matches_return(async_client.wms.products.update, result)
