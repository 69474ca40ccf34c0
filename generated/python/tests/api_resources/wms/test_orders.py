"""Tests for `client.wms.orders`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestWmsOrders:
    def test_method_add_trackstar_tags(self, client: Trackstar) -> None:
        result = client.wms.orders.add_trackstar_tags("order_123")
        assert_matches_return(client.wms.orders.add_trackstar_tags, result)

    def test_method_add_trackstar_tags_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.orders.add_trackstar_tags("order_123", trackstar_tags=["example"])
        assert_matches_return(client.wms.orders.add_trackstar_tags, result)

    def test_method_attach_file(self, client: Trackstar) -> None:
        result = client.wms.orders.attach_file(
            "order_123",
            file=("label.pdf", b"%PDF-1.4 example", "application/pdf"),
        )
        assert_matches_return(client.wms.orders.attach_file, result)

    def test_method_attach_file_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.orders.attach_file(
            "order_123",
            file=("label.pdf", b"%PDF-1.4 example", "application/pdf"),
            file_name="example",
            file_url="example",
        )
        assert_matches_return(client.wms.orders.attach_file, result)

    def test_method_cancel(self, client: Trackstar) -> None:
        result = client.wms.orders.cancel("order_123")
        assert_matches_return(client.wms.orders.cancel, result)

    def test_method_create(self, client: Trackstar) -> None:
        result = client.wms.orders.create(
            channel="example",
            channel_object={"channel_id": "example"},
            invoice_currency_code="example",
            order_number="example",
            reference_id="example",
            service_level="example",
            ship_to_address={},
            shipping_method="example",
            shipping_method_id="example",
            total_discount=1.0,
            total_price=1.0,
            total_shipping=1.0,
            total_tax=1.0,
            trading_partner="example",
            warehouse_customer_id="example",
        )
        assert_matches_return(client.wms.orders.create, result)

    def test_method_create_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.orders.create(
            channel="example",
            channel_object={"channel_id": "example"},
            invoice_currency_code="example",
            order_number="example",
            reference_id="example",
            service_level="example",
            ship_to_address={},
            shipping_method="example",
            shipping_method_id="example",
            total_discount=1.0,
            total_price=1.0,
            total_shipping=1.0,
            total_tax=1.0,
            trading_partner="example",
            warehouse_customer_id="example",
            line_items=[{}],
            trackstar_tags=["example"],
        )
        assert_matches_return(client.wms.orders.create, result)

    def test_method_list(self, client: Trackstar) -> None:
        result = client.wms.orders.list(limit=10)
        assert_matches_return(client.wms.orders.list, result)

    def test_method_list_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.orders.list(
            limit=1,
            channel={
                "eq": "example",
                "neq": "example",
                "in": ["example"],
                "nin": ["example"],
                "contains": "example",
                "not_contains": "example",
            },
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
            order_number={
                "eq": "example",
                "eq-insensitive": "example",
                "in": ["example"],
                "in-insensitive": ["example"],
                "nin": ["example"],
                "contains": "example",
                "contains-insensitive": "example",
                "not_contains": "example",
            },
            reference_id={
                "eq": "example",
                "eq-insensitive": "example",
                "in": ["example"],
                "in-insensitive": ["example"],
                "nin": ["example"],
                "contains": "example",
                "contains-insensitive": "example",
                "not_contains": "example",
            },
            required_ship_date={
                "eq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "neq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
            },
            status={
                "eq": "open",
                "neq": "open",
                "in": ["open"],
                "nin": ["open"],
                "contains": "open",
                "not_contains": "open",
            },
            type={
                "eq": "d2c",
                "neq": "d2c",
                "in": ["d2c"],
                "nin": ["d2c"],
                "contains": "d2c",
                "not_contains": "d2c",
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
        assert_matches_return(client.wms.orders.list, result)

    def test_method_retrieve(self, client: Trackstar) -> None:
        result = client.wms.orders.retrieve("order_123")
        assert_matches_return(client.wms.orders.retrieve, result)

    def test_method_update(self, client: Trackstar) -> None:
        result = client.wms.orders.update("order_123")
        assert_matches_return(client.wms.orders.update, result)

    def test_method_update_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.orders.update(
            "order_123",
            channel="example",
            channel_object={"channel_id": "example"},
            invoice_currency_code="example",
            line_items=[{}],
            order_number="example",
            reference_id="example",
            service_level="example",
            ship_to_address={},
            shipping_method="example",
            shipping_method_id="example",
            status="open",
            total_discount=1.0,
            total_price=1.0,
            total_shipping=1.0,
            total_tax=1.0,
            trackstar_tags=["example"],
            trading_partner="example",
            warehouse_customer_id="example",
        )
        assert_matches_return(client.wms.orders.update, result)


class TestAsyncWmsOrders:
    @pytest.mark.anyio
    async def test_method_add_trackstar_tags(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.add_trackstar_tags("order_123")
        assert_matches_return(async_client.wms.orders.add_trackstar_tags, result)

    @pytest.mark.anyio
    async def test_method_add_trackstar_tags_with_all_params(
        self, async_client: AsyncTrackstar
    ) -> None:
        result = await async_client.wms.orders.add_trackstar_tags(
            "order_123",
            trackstar_tags=["example"],
        )
        assert_matches_return(async_client.wms.orders.add_trackstar_tags, result)

    @pytest.mark.anyio
    async def test_method_attach_file(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.attach_file(
            "order_123",
            file=("label.pdf", b"%PDF-1.4 example", "application/pdf"),
        )
        assert_matches_return(async_client.wms.orders.attach_file, result)

    @pytest.mark.anyio
    async def test_method_attach_file_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.attach_file(
            "order_123",
            file=("label.pdf", b"%PDF-1.4 example", "application/pdf"),
            file_name="example",
            file_url="example",
        )
        assert_matches_return(async_client.wms.orders.attach_file, result)

    @pytest.mark.anyio
    async def test_method_cancel(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.cancel("order_123")
        assert_matches_return(async_client.wms.orders.cancel, result)

    @pytest.mark.anyio
    async def test_method_create(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.create(
            channel="example",
            channel_object={"channel_id": "example"},
            invoice_currency_code="example",
            order_number="example",
            reference_id="example",
            service_level="example",
            ship_to_address={},
            shipping_method="example",
            shipping_method_id="example",
            total_discount=1.0,
            total_price=1.0,
            total_shipping=1.0,
            total_tax=1.0,
            trading_partner="example",
            warehouse_customer_id="example",
        )
        assert_matches_return(async_client.wms.orders.create, result)

    @pytest.mark.anyio
    async def test_method_create_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.create(
            channel="example",
            channel_object={"channel_id": "example"},
            invoice_currency_code="example",
            order_number="example",
            reference_id="example",
            service_level="example",
            ship_to_address={},
            shipping_method="example",
            shipping_method_id="example",
            total_discount=1.0,
            total_price=1.0,
            total_shipping=1.0,
            total_tax=1.0,
            trading_partner="example",
            warehouse_customer_id="example",
            line_items=[{}],
            trackstar_tags=["example"],
        )
        assert_matches_return(async_client.wms.orders.create, result)

    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.list(limit=10)
        assert_matches_return(async_client.wms.orders.list, result)

    @pytest.mark.anyio
    async def test_method_list_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.list(
            limit=1,
            channel={
                "eq": "example",
                "neq": "example",
                "in": ["example"],
                "nin": ["example"],
                "contains": "example",
                "not_contains": "example",
            },
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
            order_number={
                "eq": "example",
                "eq-insensitive": "example",
                "in": ["example"],
                "in-insensitive": ["example"],
                "nin": ["example"],
                "contains": "example",
                "contains-insensitive": "example",
                "not_contains": "example",
            },
            reference_id={
                "eq": "example",
                "eq-insensitive": "example",
                "in": ["example"],
                "in-insensitive": ["example"],
                "nin": ["example"],
                "contains": "example",
                "contains-insensitive": "example",
                "not_contains": "example",
            },
            required_ship_date={
                "eq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "neq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
            },
            status={
                "eq": "open",
                "neq": "open",
                "in": ["open"],
                "nin": ["open"],
                "contains": "open",
                "not_contains": "open",
            },
            type={
                "eq": "d2c",
                "neq": "d2c",
                "in": ["d2c"],
                "nin": ["d2c"],
                "contains": "d2c",
                "not_contains": "d2c",
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
        assert_matches_return(async_client.wms.orders.list, result)

    @pytest.mark.anyio
    async def test_method_retrieve(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.retrieve("order_123")
        assert_matches_return(async_client.wms.orders.retrieve, result)

    @pytest.mark.anyio
    async def test_method_update(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.update("order_123")
        assert_matches_return(async_client.wms.orders.update, result)

    @pytest.mark.anyio
    async def test_method_update_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.update(
            "order_123",
            channel="example",
            channel_object={"channel_id": "example"},
            invoice_currency_code="example",
            line_items=[{}],
            order_number="example",
            reference_id="example",
            service_level="example",
            ship_to_address={},
            shipping_method="example",
            shipping_method_id="example",
            status="open",
            total_discount=1.0,
            total_price=1.0,
            total_shipping=1.0,
            total_tax=1.0,
            trackstar_tags=["example"],
            trading_partner="example",
            warehouse_customer_id="example",
        )
        assert_matches_return(async_client.wms.orders.update, result)
