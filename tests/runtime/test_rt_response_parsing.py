"""How bodies become models: validated when they fit, constructed (value kept as sent) when they do
not, and rejected in strict mode (`strict_response_validation`). Through real HTTP where a client
is involved; the construct path is also compared value by value with pydantic's validation."""

from __future__ import annotations

import datetime
import gc
import json
from typing import Any, Literal, Optional

import pydantic
import pytest
from typing_extensions import NotRequired, TypedDict
from rt_helpers import AUTH, CONFIG, Item, async_client, run, sync_client

from runtime._base_client import AsyncAPIClient, SyncAPIClient
from runtime._exceptions import APIResponseValidationError
from runtime._models import Datetime, TrackstarModel, construct, gc_paused, parse_json
from runtime._pagination import parse_page_body
from tests.servers.fault_server import FaultServer, Reply

PATH = "/wms/shipments"


class Dimensions(TrackstarModel):
    length: Optional[float] = None
    unit: Optional[str] = None


class Parcel(TrackstarModel):
    parcel_id: Optional[str] = None
    dimensions: Optional[Dimensions] = None


class Shipment(TrackstarModel):
    id: Optional[str] = None
    quantity: Optional[int] = None
    cost: Optional[float] = None
    status: Optional[Literal["open", "shipped"] | str] = None
    shipped_date: Datetime = None
    parcels: Optional[list[Parcel]] = None
    tags: list[str] = pydantic.Field(default_factory=list)
    # Required in the document, so typed non-Optional; still None when missing.
    sender: Parcel = pydantic.Field(default=None)  # type: ignore[assignment]
    from_: Optional[str] = pydantic.Field(default=None, alias="from")


GOOD = {
    "id": "s1",
    "quantity": 3,
    "cost": 2,
    "status": "shipped",
    "shipped_date": "2024-05-06T01:02:03Z",
    "parcels": [{"parcel_id": "p1", "dimensions": {"length": 1, "unit": 12}}],
    "from": "Reno",
    "carrier_code": "ups",
}
BAD = {**GOOD, "quantity": "many"}  # wrong type: the document says integer


def kept(value: object) -> Any:
    """A value the type checker believes is of its field's type, though it was kept as sent."""
    return value


def strict_sync(url: str) -> SyncAPIClient:
    client = sync_client(url)
    client._strict_response_validation = True  # what the generated client's option sets
    return client


def strict_async(url: str) -> AsyncAPIClient:
    client = async_client(url)
    client._strict_response_validation = True
    return client


# -- one object ------------------------------------------------------------------------------


def test_a_wrong_typed_field_is_kept_by_default(server: FaultServer) -> None:
    server.add("GET", PATH, Reply.json(BAD))
    with sync_client(server.url) as client:
        shipment = client.request("GET", PATH, cast_to=Shipment, auth=AUTH)
    assert isinstance(shipment, Shipment) and kept(shipment.quantity) == "many"  # kept as sent
    # Everything else reads as validation would have made it.
    assert shipment.cost == 2.0 and isinstance(shipment.cost, float)
    assert shipment.shipped_date == datetime.datetime(2024, 5, 6, 1, 2, 3, tzinfo=datetime.timezone.utc)
    assert shipment.parcels and isinstance(shipment.parcels[0].dimensions, Dimensions)
    assert shipment.parcels[0].dimensions.unit == "12" and shipment.parcels[0].dimensions.length == 1.0
    assert shipment.from_ == "Reno" and shipment.model_extra == {"carrier_code": "ups"}
    assert shipment.tags == [] and shipment.sender is None
    assert shipment.request_id == server.requests[-1].request_id


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_strict_mode_rejects_a_wrong_typed_field(kind: str, server: FaultServer) -> None:
    server.add("GET", PATH, Reply.json(BAD))
    with pytest.raises(APIResponseValidationError) as info:
        if kind == "sync":
            with strict_sync(server.url) as client:
                client.request("GET", PATH, cast_to=Shipment, auth=AUTH)
        else:

            async def go() -> None:
                async with strict_async(server.url) as client:
                    await client.request("GET", PATH, cast_to=Shipment, auth=AUTH)

            run(go)
    assert "quantity" in str(info.value) and info.value.request_id == server.requests[-1].request_id


def test_strict_mode_accepts_what_fits(server: FaultServer) -> None:
    server.add("GET", PATH, Reply.json(GOOD))
    with strict_sync(server.url) as client:
        shipment = client.request("GET", PATH, cast_to=Shipment, auth=AUTH)
    assert shipment.quantity == 3 and shipment.model_extra == {"carrier_code": "ups"}


@pytest.mark.parametrize("body", [b"[1, 2]", b'"text"', b'{"id": "s1",'])
def test_a_body_that_is_not_an_object_is_an_error_even_by_default(body: bytes, server: FaultServer) -> None:
    server.add("GET", PATH, Reply(200, body, {"content-type": "application/json"}))
    with sync_client(server.url) as client, pytest.raises(APIResponseValidationError):
        client.request("GET", PATH, cast_to=Shipment, auth=AUTH)


def test_null_in_a_required_field_reads_as_none_unless_strict() -> None:
    body = json.dumps({**GOOD, "sender": None}).encode()  # `sender` is required, so non-Optional
    shipment = parse_json(body, Shipment)
    assert shipment.sender is None and shipment.quantity == 3 and shipment.model_extra == {"carrier_code": "ups"}
    with pytest.raises(pydantic.ValidationError, match="sender"):
        parse_json(body, Shipment, strict=True)


def test_a_callers_plain_pydantic_model_is_always_validated() -> None:
    with pytest.raises(pydantic.ValidationError):
        parse_json(b'{"id": "not-a-number"}', Item)


# -- pages -----------------------------------------------------------------------------------


def page(*items: dict[str, Any], token: str | None = None) -> bytes:
    return json.dumps({"data": list(items), "next_token": token, "total_count": len(items)}).encode()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_one_odd_item_does_not_make_the_page_unreadable(kind: str, server: FaultServer) -> None:
    server.add("GET", PATH, Reply(200, page(GOOD, BAD, {**GOOD, "id": "s3"}), {"content-type": "application/json"}))
    if kind == "sync":
        with sync_client(server.url) as client:
            items = client.get_page(PATH, item_type=Shipment, auth=AUTH).data
    else:

        async def go() -> list[Shipment]:
            async with async_client(server.url) as client:
                return (await client.get_page(PATH, item_type=Shipment, auth=AUTH)).data

        items = run(go)
    assert [item.id for item in items] == ["s1", "s1", "s3"]
    assert [item.quantity for item in items] == [3, "many", 3]
    assert all(item.request_id == server.requests[-1].request_id for item in items)
    assert items[1].parcels and isinstance(items[1].parcels[0], Parcel)


def test_strict_mode_rejects_the_page(server: FaultServer) -> None:
    server.add("GET", PATH, Reply(200, page(GOOD, BAD), {"content-type": "application/json"}))
    with strict_sync(server.url) as client, pytest.raises(APIResponseValidationError):
        client.get_page(PATH, item_type=Shipment, auth=AUTH)


@pytest.mark.parametrize(
    "body",
    [
        b'{"data": "x"}',
        b'{"items": []}',
        b'{"data": [1]}',
        b'{"data": [], "next_token": 5.5}',
        b"{not json",
    ],
)
def test_an_envelope_off_its_shape_is_an_error_even_by_default(body: bytes) -> None:
    with pytest.raises(pydantic.ValidationError):
        parse_page_body(body, Shipment, CONFIG.pagination)


# -- construction against validation ---------------------------------------------------------


def test_construction_matches_validation_on_an_order_page() -> None:
    """Field by field, types included, on the 1,000-order page shape the benchmark uses."""
    from bench_page_parse import make_page
    from rt_order_models import Order

    orders = json.loads(make_page(50))["data"]
    for raw in orders:
        validated = Order.model_validate(raw)
        built = construct(Order, json.loads(json.dumps(raw)))
        assert built == validated
        assert built.model_fields_set == validated.model_fields_set
        assert built.model_dump(mode="json") == validated.model_dump(mode="json")
        assert _types(built.model_dump()) == _types(validated.model_dump())


def _types(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _types(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_types(item) for item in value]
    return type(value).__name__


def test_construction_reads_the_quirks_the_api_sends() -> None:
    built = construct(
        Shipment,
        {"shipped_date": "", "status": "lost_at_sea", "quantity": None, "parcels": [{"dimensions": "n/a"}, 7]},
    )
    assert built.shipped_date is None and built.status == "lost_at_sea" and built.quantity is None
    assert built.parcels is not None and kept(built.parcels[0].dimensions) == "n/a" and kept(built.parcels[1]) == 7
    assert construct(Shipment, {"shipped_date": "deprecated"}).shipped_date is None
    assert construct(Shipment, {"shipped_date": 0}).shipped_date == datetime.datetime(
        1970, 1, 1, tzinfo=datetime.timezone.utc
    )
    first, second = construct(Shipment, {}), construct(Shipment, {})
    first.tags.append("x")
    assert second.tags == []  # a default factory runs per instance
    assert first.model_fields_set == set() and first.id is None and first.model_extra == {}


def test_dates_that_are_not_dates_read_as_none_when_validating_too() -> None:
    shipment = Shipment.model_validate({"shipped_date": "deprecated"})
    assert shipment.shipped_date is None and Shipment.model_validate({"shipped_date": ""}).shipped_date is None
    # The fallback is no part of the published schema.
    assert Shipment.model_json_schema()["properties"]["shipped_date"] == {
        "anyOf": [{"format": "date-time", "type": "string"}, {"type": "null"}],
        "default": None,
        "title": "Shipped Date",
    }


def test_a_model_nested_in_itself_constructs() -> None:
    class Node(TrackstarModel):
        name: Optional[str] = None
        children: Optional[list[Node]] = None

    Node.model_rebuild()
    tree = construct(Node, {"name": 1, "children": [{"name": "b", "children": [{"name": "c"}]}]})
    assert tree.name == "1" and tree.children and tree.children[0].children
    assert isinstance(tree.children[0].children[0], Node) and tree.children[0].children[0].name == "c"


# -- the GC around parsing -------------------------------------------------------------------


def test_parsed_objects_skip_the_young_generations_without_a_collection() -> None:
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    body = page(*[{**GOOD, "id": f"s{i}"} for i in range(2000)])
    gc.collect()  # an empty young generation, so that no collection is due just before parsing
    gc.callbacks.append(count)
    try:
        data, _, _ = parse_page_body(body, Shipment, CONFIG.pagination)
        young_after = gc.get_count()[0]
    finally:
        gc.callbacks.remove(count)
    assert len(data) == 2000 and gc.isenabled()
    assert collections == [] and young_after < 50  # nothing collected, the young generation left empty
    assert any(obj is data[0] for obj in gc.get_objects(generation=2))


def test_objects_the_program_froze_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with gc_paused():
            [object() for _ in range(10)]
        assert gc.get_freeze_count() == frozen and gc.isenabled()
    finally:
        gc.unfreeze()


def test_the_generated_client_takes_the_option(trackstar_package: Any, server: FaultServer) -> None:
    server.add("GET", "/wms/orders/o1", Reply.json({"data": {"id": "o1", "total_price": "lots"}}))
    lenient = trackstar_package.Trackstar(api_key="k", access_token="t", base_url=server.url)
    assert lenient.wms.orders.retrieve("o1").data.total_price == "lots"
    strict = trackstar_package.Trackstar(
        api_key="k", access_token="t", base_url=server.url, strict_response_validation=True
    )
    with pytest.raises(trackstar_package.APIResponseValidationError):
        strict.wms.orders.retrieve("o1")
    assert strict.with_access_token("t2")._strict_response_validation is True


def test_construction_matches_validation_on_every_postman_example(trackstar_package: Any) -> None:
    """Every 200 example of the upstream collection, through the generated models both ways."""
    from tests.postman_calls import PLANS, postman_requests

    import trackstar.types
    from trackstar._models import construct as construct_generated  # the runtime copy the models use

    compared = 0
    for item in postman_requests():
        request = item["request"]
        path = "/" + "/".join("{" + s[1:] + "}" if s.startswith(":") else s for s in request["url"]["path"])
        op = PLANS[trackstar_package.OPERATIONS[f"{request['method']} {path}"]]
        for response in item["response"]:
            if int(response.get("code") or 0) != 200 or not op.response_class or not response.get("body"):
                continue
            model = getattr(trackstar.types, op.response_class)
            validated = model.model_validate_json(response["body"])
            built = construct_generated(model, json.loads(response["body"]))
            where = f"{op.dotted} -> {op.response_class}"
            assert built == validated, where
            assert built.model_dump(mode="json") == validated.model_dump(mode="json"), where
            assert _types(built.model_dump()) == _types(validated.model_dump()), where
            compared += 1
    assert compared >= 80, compared  # the collection has 82


class Stored(TrackstarModel):
    """Shaped like a generated model whose `id` the overlay's `required` types as present."""

    id: str
    status: Optional[str] = None
    parcel: Optional["StoredParcel"] = None


class StoredParcel(TrackstarModel):
    parcel_id: str
    weight: Optional[float] = None


def test_a_missing_always_present_field_warns_and_reads_as_none() -> None:
    from runtime._exceptions import MissingFieldWarning

    with pytest.warns(MissingFieldWarning) as caught:
        stored = parse_json(b'{"status": "open", "parcel": {"weight": 2}}', Stored)
    assert stored.id is None and stored.status == "open"  # type: ignore[comparison-overlap]
    assert isinstance(stored.parcel, StoredParcel) and stored.parcel.parcel_id is None  # type: ignore[comparison-overlap]
    messages = sorted(str(w.message) for w in caught)
    assert messages[0].startswith("Stored: the response has no 'id', which the API always sends; read as None")
    assert messages[1].startswith("StoredParcel: the response has no 'parcel_id'")
    with pytest.raises(pydantic.ValidationError):
        parse_json(b'{"status": "open"}', Stored, strict=True)


def test_a_complete_object_does_not_warn() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert parse_json(b'{"id": "s1", "parcel": {"parcel_id": "p1"}}', Stored).id == "s1"
        # Constructed for another reason (a wrong type), but every required field is there.
        assert parse_json(b'{"id": "s1", "status": 7, "parcel": {"parcel_id": "p", "weight": "x"}}', Stored).id == "s1"


def test_open_enums_keep_values_added_since_and_type_as_the_literal() -> None:
    from runtime._models import OpenEnum

    class Connection(TrackstarModel):
        integration_type: Optional[OpenEnum[Literal["wms", "cart"]]] = None

    assert Connection.model_validate({"integration_type": "wms"}).integration_type == "wms"
    assert Connection.model_validate({"integration_type": "carrier"}).integration_type == "carrier"
    assert parse_json(b'{"integration_type": "carrier"}', Connection).integration_type == "carrier"
    schema = Connection.model_json_schema()["properties"]["integration_type"]
    assert {"enum": ["wms", "cart"], "type": "string"} in schema["anyOf"]


class ParcelParams(TypedDict):
    parcel_id: str
    weight: NotRequired[float]


class StoredParams(TypedDict, total=False):
    status: str
    parcel: ParcelParams
    parcels: list[Optional[ParcelParams]]


def test_to_params_keeps_what_the_request_takes_for_read_modify_write() -> None:
    from runtime._models import to_params

    class Full(TrackstarModel):
        id: str
        status: Optional[str] = None
        parcel: Optional[StoredParcel] = None
        parcels: Optional[list[StoredParcel]] = None

    full = parse_json(
        b'{"id": "s1", "status": "open", "surprise": 1, "parcel": {"parcel_id": "p1", "weight": null, "x": 2},'
        b' "parcels": [{"parcel_id": "p2", "weight": 3.5}]}',
        Full,
    )
    params = to_params(full, StoredParams)
    # `id` and unknown keys are not request fields; nested objects keep only their own keys; null is left out.
    assert params == {"status": "open", "parcel": {"parcel_id": "p1"}, "parcels": [{"parcel_id": "p2", "weight": 3.5}]}
    params["status"] = "shipped"
    assert full.status == "open"  # a copy: the model is untouched
