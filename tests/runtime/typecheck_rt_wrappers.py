"""Checked by mypy only (not collected by pytest): the raw wrappers and pages keep precise types.

    cd generator/targets/python && MYPYPATH=. ../../../.venv/bin/mypy --strict ../../../tests/runtime/typecheck_rt_wrappers.py
"""

from __future__ import annotations

from typing_extensions import assert_type

from runtime._base_client import AsyncAPIClient, AsyncAPIResource, SyncAPIClient, SyncAPIResource
from runtime._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from runtime._response import APIResponse, async_to_raw_response_wrapper, to_raw_response_wrapper


class Thing:
    pass


class Things(SyncAPIResource):
    def retrieve(self, thing_id: str, *, verbose: bool = False) -> Thing:
        return self._client.request("GET", f"/things/{thing_id}", cast_to=Thing, auth=("api_key",))

    def list(self, *, limit: int = 10) -> SyncCursorPage[Thing]:
        return self._client.get_page("/things", item_type=Thing, auth=("api_key",), query=[("limit", str(limit))])


class AsyncThings(AsyncAPIResource):
    async def retrieve(self, thing_id: str) -> Thing:
        return await self._client.request("GET", f"/things/{thing_id}", cast_to=Thing, auth=("api_key",))

    def list(self) -> AsyncPaginator[Thing]:
        return self._client.get_page("/things", item_type=Thing, auth=("api_key",))


def sync_usage(client: SyncAPIClient) -> None:
    things = Things(client)
    raw = to_raw_response_wrapper(things.retrieve)("t_1", verbose=True)
    assert_type(raw, APIResponse[Thing])
    assert_type(raw.parse(), Thing)
    pages = to_raw_response_wrapper(things.list)(limit=5)
    assert_type(pages.parse(), SyncCursorPage[Thing])
    for thing in things.list():
        assert_type(thing, Thing)
    assert_type(client.with_access_token("tok"), SyncAPIClient)
    assert_type(client.request("DELETE", "/x", cast_to=type(None), auth=()), None)


async def async_usage(client: AsyncAPIClient) -> None:
    things = AsyncThings(client)
    raw = await async_to_raw_response_wrapper(things.retrieve)("t_1")
    assert_type(raw, APIResponse[Thing])
    raw_page = await async_to_raw_response_wrapper(things.list)()
    assert_type(raw_page, APIResponse[AsyncCursorPage[Thing]])
    first = await things.list()
    assert_type(first, AsyncCursorPage[Thing])
    async for thing in things.list():
        assert_type(thing, Thing)
    async for page in first.iter_pages():
        assert_type(page.data, list[Thing])
