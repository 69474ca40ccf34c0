"""Tests for `client.wms.kits`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestWmsKits:
    def test_method_create(self, client: Trackstar) -> None:
        result = client.wms.kits.create(
            gtin="example",
            inventory_items=[{"sku": "example", "unit_quantity": 1}],
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
        assert_matches_return(client.wms.kits.create, result)

    def test_method_create_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.kits.create(
            gtin="example",
            inventory_items=[{"sku": "example", "unit_quantity": 1}],
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
        assert_matches_return(client.wms.kits.create, result)

    def test_method_update(self, client: Trackstar) -> None:
        result = client.wms.kits.update(
            "kit_123",
            inventory_items=[{"sku": "example", "unit_quantity": 1}],
            sku="example",
        )
        assert_matches_return(client.wms.kits.update, result)

    def test_method_update_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.kits.update(
            "kit_123",
            inventory_items=[{"sku": "example", "unit_quantity": 1}],
            sku="example",
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
            trackstar_tags=["example"],
        )
        assert_matches_return(client.wms.kits.update, result)


class TestAsyncWmsKits:
    @pytest.mark.anyio
    async def test_method_create(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.kits.create(
            gtin="example",
            inventory_items=[{"sku": "example", "unit_quantity": 1}],
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
        assert_matches_return(async_client.wms.kits.create, result)

    @pytest.mark.anyio
    async def test_method_create_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.kits.create(
            gtin="example",
            inventory_items=[{"sku": "example", "unit_quantity": 1}],
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
        assert_matches_return(async_client.wms.kits.create, result)

    @pytest.mark.anyio
    async def test_method_update(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.kits.update(
            "kit_123",
            inventory_items=[{"sku": "example", "unit_quantity": 1}],
            sku="example",
        )
        assert_matches_return(async_client.wms.kits.update, result)

    @pytest.mark.anyio
    async def test_method_update_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.kits.update(
            "kit_123",
            inventory_items=[{"sku": "example", "unit_quantity": 1}],
            sku="example",
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
            trackstar_tags=["example"],
        )
        assert_matches_return(async_client.wms.kits.update, result)
