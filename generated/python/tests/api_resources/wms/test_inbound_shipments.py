"""Tests for `client.wms.inbound_shipments`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestWmsInboundShipments:
    def test_method_add_trackstar_tags(self, client: Trackstar) -> None:
        result = client.wms.inbound_shipments.add_trackstar_tags("inbound_shipment_123")
        assert_matches_return(client.wms.inbound_shipments.add_trackstar_tags, result)

    def test_method_add_trackstar_tags_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.inbound_shipments.add_trackstar_tags(
            "inbound_shipment_123",
            trackstar_tags=["example"],
        )
        assert_matches_return(client.wms.inbound_shipments.add_trackstar_tags, result)

    def test_method_create(self, client: Trackstar) -> None:
        result = client.wms.inbound_shipments.create(
            expected_arrival_date="2024-05-01T00:00:00Z",
            line_items=[{"expected_quantity": 1, "sku": "example"}],
            purchase_order_number="example",
            supplier="example",
            supplier_object={"supplier_id": "example"},
            tracking_number="example",
            warehouse_id="example",
        )
        assert_matches_return(client.wms.inbound_shipments.create, result)

    def test_method_create_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.inbound_shipments.create(
            expected_arrival_date="2024-05-01T00:00:00Z",
            line_items=[{"expected_quantity": 1, "sku": "example"}],
            purchase_order_number="example",
            supplier="example",
            supplier_object={"supplier_id": "example"},
            tracking_number="example",
            warehouse_id="example",
            trackstar_tags=["example"],
        )
        assert_matches_return(client.wms.inbound_shipments.create, result)

    def test_method_list(self, client: Trackstar) -> None:
        result = client.wms.inbound_shipments.list(limit=10)
        assert_matches_return(client.wms.inbound_shipments.list, result)

    def test_method_list_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.inbound_shipments.list(
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
            expected_arrival_date={
                "eq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "neq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
            },
            ids={"in": ["example"]},
            purchase_order_number={
                "eq": "example",
                "neq": "example",
                "in": ["example"],
                "nin": ["example"],
                "contains": "example",
                "not_contains": "example",
            },
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
            warehouse_id={"eq": "example", "contains": "example", "not_contains": "example"},
            page_token="example",
        )
        assert_matches_return(client.wms.inbound_shipments.list, result)

    def test_method_receive(self, client: Trackstar) -> None:
        result = client.wms.inbound_shipments.receive("inbound_shipment_123")
        assert_matches_return(client.wms.inbound_shipments.receive, result)

    def test_method_receive_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.inbound_shipments.receive(
            "inbound_shipment_123",
            line_items=[{"quantity": 1, "sku": "example"}],
            warehouse_id="example",
            warehouse_location_id="example",
        )
        assert_matches_return(client.wms.inbound_shipments.receive, result)

    def test_method_retrieve(self, client: Trackstar) -> None:
        result = client.wms.inbound_shipments.retrieve("inbound_shipment_123")
        assert_matches_return(client.wms.inbound_shipments.retrieve, result)

    def test_method_update(self, client: Trackstar) -> None:
        result = client.wms.inbound_shipments.update("inbound_shipment_123")
        assert_matches_return(client.wms.inbound_shipments.update, result)

    def test_method_update_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.inbound_shipments.update(
            "inbound_shipment_123",
            expected_arrival_date="2024-05-01T00:00:00Z",
            line_items=[{}],
            purchase_order_number="example",
            supplier="example",
            supplier_object={"supplier_id": "example"},
            tracking_number="example",
            trackstar_tags=["example"],
            warehouse_id="example",
        )
        assert_matches_return(client.wms.inbound_shipments.update, result)


class TestAsyncWmsInboundShipments:
    @pytest.mark.anyio
    async def test_method_add_trackstar_tags(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inbound_shipments.add_trackstar_tags("inbound_shipment_123")
        assert_matches_return(async_client.wms.inbound_shipments.add_trackstar_tags, result)

    @pytest.mark.anyio
    async def test_method_add_trackstar_tags_with_all_params(
        self, async_client: AsyncTrackstar
    ) -> None:
        result = await async_client.wms.inbound_shipments.add_trackstar_tags(
            "inbound_shipment_123",
            trackstar_tags=["example"],
        )
        assert_matches_return(async_client.wms.inbound_shipments.add_trackstar_tags, result)

    @pytest.mark.anyio
    async def test_method_create(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inbound_shipments.create(
            expected_arrival_date="2024-05-01T00:00:00Z",
            line_items=[{"expected_quantity": 1, "sku": "example"}],
            purchase_order_number="example",
            supplier="example",
            supplier_object={"supplier_id": "example"},
            tracking_number="example",
            warehouse_id="example",
        )
        assert_matches_return(async_client.wms.inbound_shipments.create, result)

    @pytest.mark.anyio
    async def test_method_create_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inbound_shipments.create(
            expected_arrival_date="2024-05-01T00:00:00Z",
            line_items=[{"expected_quantity": 1, "sku": "example"}],
            purchase_order_number="example",
            supplier="example",
            supplier_object={"supplier_id": "example"},
            tracking_number="example",
            warehouse_id="example",
            trackstar_tags=["example"],
        )
        assert_matches_return(async_client.wms.inbound_shipments.create, result)

    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inbound_shipments.list(limit=10)
        assert_matches_return(async_client.wms.inbound_shipments.list, result)

    @pytest.mark.anyio
    async def test_method_list_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inbound_shipments.list(
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
            expected_arrival_date={
                "eq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "neq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
            },
            ids={"in": ["example"]},
            purchase_order_number={
                "eq": "example",
                "neq": "example",
                "in": ["example"],
                "nin": ["example"],
                "contains": "example",
                "not_contains": "example",
            },
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
            warehouse_id={"eq": "example", "contains": "example", "not_contains": "example"},
            page_token="example",
        )
        assert_matches_return(async_client.wms.inbound_shipments.list, result)

    @pytest.mark.anyio
    async def test_method_receive(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inbound_shipments.receive("inbound_shipment_123")
        assert_matches_return(async_client.wms.inbound_shipments.receive, result)

    @pytest.mark.anyio
    async def test_method_receive_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inbound_shipments.receive(
            "inbound_shipment_123",
            line_items=[{"quantity": 1, "sku": "example"}],
            warehouse_id="example",
            warehouse_location_id="example",
        )
        assert_matches_return(async_client.wms.inbound_shipments.receive, result)

    @pytest.mark.anyio
    async def test_method_retrieve(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inbound_shipments.retrieve("inbound_shipment_123")
        assert_matches_return(async_client.wms.inbound_shipments.retrieve, result)

    @pytest.mark.anyio
    async def test_method_update(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inbound_shipments.update("inbound_shipment_123")
        assert_matches_return(async_client.wms.inbound_shipments.update, result)

    @pytest.mark.anyio
    async def test_method_update_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inbound_shipments.update(
            "inbound_shipment_123",
            expected_arrival_date="2024-05-01T00:00:00Z",
            line_items=[{}],
            purchase_order_number="example",
            supplier="example",
            supplier_object={"supplier_id": "example"},
            tracking_number="example",
            trackstar_tags=["example"],
            warehouse_id="example",
        )
        assert_matches_return(async_client.wms.inbound_shipments.update, result)
