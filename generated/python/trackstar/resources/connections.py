"""`client.connections`: Connections (one per customer system) of your organization."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Literal

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import check_body_enums, encode_query, path_param
from trackstar._pagination import AsyncPaginator, SyncCursorPage
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, ListOrTuple, NotGiven, given_fields, make_options
from trackstar.types._models import connections as _models_connections

__all__ = ["Connections", "AsyncConnections"]

_CONNECTIONS_SYNC_BODY_ENUMS = {
    "functions_to_sync": frozenset(
        [
            "get_bills",
            "get_inbound_shipments",
            "get_inventory",
            "get_inventory_ledger",
            "get_orders",
            "get_products",
            "get_returns",
            "get_shipments",
            "get_shipping_methods",
            "get_warehouse_customers",
            "get_warehouse_locations",
            "get_warehouses",
        ]
    ),
}


class Connections(SyncAPIResource):
    """`client.connections`: Connections (one per customer system) of your organization."""

    @cached_property
    def with_raw_response(self) -> ConnectionsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return ConnectionsWithRawResponse(self)

    def delete(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_connections.ConnectionDeleteResponse:
        """Delete connections.

        `DELETE /connections`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/connections"
        return self._client.request(
            "DELETE",
            _path,
            cast_to=_models_connections.ConnectionDeleteResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )

    def list(
        self,
        *,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models_connections.Connection]:
        """List connections, fetching further pages as you iterate.

        `GET /connections`.

        Returns the first page; iterate it for every item.

        Needs api_key.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            params=(("page_token", "string", page_token),),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/connections"
        return self._client.get_page(
            _path,
            item_type=_models_connections.Connection,
            auth=("api_key",),
            query=_query,
            options=_options,
        )

    def retrieve(
        self,
        connection_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_connections.ConnectionRetrieveResponse:
        """Fetch connections.

        `GET /connections/{connection_id}`.

        Needs api_key.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/connections/" + path_param("connection_id", connection_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_connections.ConnectionRetrieveResponse,
            auth=("api_key",),
            options=_options,
        )

    def sync(
        self,
        *,
        functions_to_sync: (
            ListOrTuple[
                Literal[
                    "get_inventory",
                    "get_products",
                    "get_inbound_shipments",
                    "get_orders",
                    "get_warehouses",
                    "get_shipping_methods",
                    "get_returns",
                    "get_bills",
                    "get_warehouse_customers",
                    "get_warehouse_locations",
                    "get_inventory_ledger",
                    "get_shipments",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_connections.ConnectionSyncResponse:
        """Run `sync` on connections.

        `POST /connections/sync`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (("functions_to_sync", functions_to_sync),)
        check_body_enums("sync", dict(_fields), _CONNECTIONS_SYNC_BODY_ENUMS)
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/connections/sync"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_connections.ConnectionSyncResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def update(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        webhooks_disabled: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_connections.ConnectionUpdateResponse:
        """Update connections.

        `PATCH /connections`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("customer_id", customer_id),
            ("webhooks_disabled", webhooks_disabled),
        )
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/connections"
        return self._client.request(
            "PATCH",
            _path,
            cast_to=_models_connections.ConnectionUpdateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class ConnectionsWithRawResponse:
    """`.with_raw_response` view of Connections."""

    def __init__(self, resource: Connections) -> None:
        self._resource = resource
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.sync = to_raw_response_wrapper(resource.sync)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncConnections(AsyncAPIResource):
    """`async client.connections`: Connections (one per customer system) of your organization."""

    @cached_property
    def with_raw_response(self) -> AsyncConnectionsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncConnectionsWithRawResponse(self)

    async def delete(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_connections.ConnectionDeleteResponse:
        """Delete connections.

        `DELETE /connections`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/connections"
        return await self._client.request(
            "DELETE",
            _path,
            cast_to=_models_connections.ConnectionDeleteResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )

    def list(
        self,
        *,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models_connections.Connection]:
        """List connections, fetching further pages as you iterate.

        `GET /connections`.

        Returns the first page; iterate it for every item.

        Needs api_key.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            params=(("page_token", "string", page_token),),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/connections"
        return self._client.get_page(
            _path,
            item_type=_models_connections.Connection,
            auth=("api_key",),
            query=_query,
            options=_options,
        )

    async def retrieve(
        self,
        connection_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_connections.ConnectionRetrieveResponse:
        """Fetch connections.

        `GET /connections/{connection_id}`.

        Needs api_key.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/connections/" + path_param("connection_id", connection_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_connections.ConnectionRetrieveResponse,
            auth=("api_key",),
            options=_options,
        )

    async def sync(
        self,
        *,
        functions_to_sync: (
            ListOrTuple[
                Literal[
                    "get_inventory",
                    "get_products",
                    "get_inbound_shipments",
                    "get_orders",
                    "get_warehouses",
                    "get_shipping_methods",
                    "get_returns",
                    "get_bills",
                    "get_warehouse_customers",
                    "get_warehouse_locations",
                    "get_inventory_ledger",
                    "get_shipments",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_connections.ConnectionSyncResponse:
        """Run `sync` on connections.

        `POST /connections/sync`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (("functions_to_sync", functions_to_sync),)
        check_body_enums("sync", dict(_fields), _CONNECTIONS_SYNC_BODY_ENUMS)
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/connections/sync"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_connections.ConnectionSyncResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    async def update(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        webhooks_disabled: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_connections.ConnectionUpdateResponse:
        """Update connections.

        `PATCH /connections`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("customer_id", customer_id),
            ("webhooks_disabled", webhooks_disabled),
        )
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/connections"
        return await self._client.request(
            "PATCH",
            _path,
            cast_to=_models_connections.ConnectionUpdateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class AsyncConnectionsWithRawResponse:
    """`.with_raw_response` view of AsyncConnections."""

    def __init__(self, resource: AsyncConnections) -> None:
        self._resource = resource
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.sync = async_to_raw_response_wrapper(resource.sync)
        self.update = async_to_raw_response_wrapper(resource.update)
