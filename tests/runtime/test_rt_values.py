"""Values checked before sending: filter lists, datetimes (objects and strings), enum warnings,
one encoder for every query value, and `extra_body` that would override a typed argument.

The encoder is pure, so most cases call `encode_query` directly; what the API receives is
checked through real HTTP against the local fault server.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from rt_helpers import AUTH, Item, async_client, run, sync_client

from runtime._exceptions import UnknownEnumValueWarning
from runtime._filters import FilterField, check_body_enums, encode_param, encode_query, encode_value
from runtime._types import NOT_GIVEN, body_or_fields, make_options, merge_extra_body
from tests.servers.fault_server import FaultServer, Reply

PATH = "/wms/orders"
LIST_OPS = frozenset(["eq", "neq", "in", "nin", "gte", "lte"])
STATUS = FilterField("status", "enum", LIST_OPS, plain=True, values=frozenset(["open", "cancelled", "backordered"]))
CREATED = FilterField("created_date", "datetime", LIST_OPS, plain=True)
IDS = FilterField("ids", "string", frozenset(["in"]), plain=False)
NOON_UTC = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)


def encoded(field: FilterField, value: object) -> list[tuple[str, str]]:
    return encode_query(filters=[(field, value)])


# -- in / nin lists ------------------------------------------------------------------------


@pytest.mark.parametrize("op", ["in", "nin"])
@pytest.mark.parametrize("empty", [[], (), set()])
def test_an_empty_list_is_rejected(op: str, empty: object) -> None:
    with pytest.raises(ValueError, match=rf"filter 'status' operator '{op}': the list is empty; leave the argument out"):
        encoded(STATUS, {op: empty})


def test_an_empty_list_for_a_list_only_field_is_rejected() -> None:
    with pytest.raises(ValueError, match="filter 'ids' operator 'in': the list is empty"):
        encoded(IDS, [])


@pytest.mark.parametrize("op", ["in", "nin"])
def test_a_str_where_a_list_is_meant_is_rejected(op: str) -> None:
    with pytest.raises(ValueError, match=rf"operator '{op}' takes a list of values, got 'open'; pass a list such as \['open'\]"):
        encoded(STATUS, {op: "open"})


def test_a_bare_str_for_ids_is_rejected_not_split_or_sent() -> None:
    with pytest.raises(ValueError, match=r"filter 'ids' operator 'in' takes a list of values, got 'ord_1'"):
        encoded(IDS, "ord_1")
    with pytest.raises(ValueError, match="takes a list of values, got int"):
        encoded(STATUS, {"in": 5})


def test_any_iterable_is_a_list() -> None:
    assert encoded(IDS, ("o1", "o2")) == [("ids[in]", "o1,o2")]
    assert encoded(IDS, (f"o{i}" for i in range(3))) == [("ids[in]", "o0,o1,o2")]
    assert encoded(STATUS, {"nin": ["open"]}) == [("status[nin]", "open")]
    assert encoded(STATUS, ["open", "cancelled"]) == [("status[in]", "open,cancelled")]  # a list means any of


def test_an_empty_array_param_is_rejected() -> None:
    with pytest.raises(ValueError, match="parameter 'skus': the list is empty"):
        encode_query(params=[("skus", "string", [])])
    assert encode_query(params=[("skus", "string", ["a", "b"])]) == [("skus", "a,b")]


# -- datetimes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        (NOON_UTC, "2024-03-10T12:00:00Z"),
        (NOON_UTC.replace(microsecond=123000), "2024-03-10T12:00:00.123Z"),
        (NOON_UTC.replace(microsecond=123456), "2024-03-10T12:00:00.123456Z"),
        (NOON_UTC.replace(microsecond=1), "2024-03-10T12:00:00.000001Z"),
        (datetime(2024, 3, 10, 14, 0, 0, 500000, tzinfo=timezone(timedelta(hours=2))), "2024-03-10T12:00:00.500Z"),
    ],
)
def test_datetimes_are_sent_in_utc_with_their_sub_second_precision(value: datetime, sent: str) -> None:
    assert encoded(CREATED, {"gte": value}) == [("created_date[gte]", sent)]


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("2024-03-10T12:00:00Z", "2024-03-10T12:00:00Z"),
        ("2024-03-10T12:00:00z", "2024-03-10T12:00:00Z"),
        ("2024-03-10T14:00:00+02:00", "2024-03-10T12:00:00Z"),
        ("2024-03-10 07:00:00-05:00", "2024-03-10T12:00:00Z"),
        ("2024-03-10T12:00:00.250Z", "2024-03-10T12:00:00.250Z"),
        ("2024-03-10T12:00:00.123456+00:00", "2024-03-10T12:00:00.123456Z"),
        ("  2024-03-10T12:00:00Z ", "2024-03-10T12:00:00Z"),
    ],
)
def test_an_iso_string_with_a_zone_is_parsed_and_normalised(text: str, sent: str) -> None:
    assert encoded(CREATED, {"lte": text}) == [("created_date[lte]", sent)]
    assert encoded(CREATED, text) == [("created_date", sent)]
    assert encoded(CREATED, {"in": [text, NOON_UTC]}) == [("created_date[in]", f"{sent},2024-03-10T12:00:00Z")]


@pytest.mark.parametrize("text", ["2024-03-10T12:00:00", "2024-03-10 12:00"])
def test_a_string_without_a_zone_is_rejected(text: str) -> None:
    with pytest.raises(ValueError, match=rf"filter 'created_date' operator 'gte': '{text}' has no time zone") as caught:
        encoded(CREATED, {"gte": text})
    hint = re.search(r"e\.g\. '([^']+)'", str(caught.value))
    assert hint is not None
    assert encoded(CREATED, {"gte": hint.group(1)})  # the suggested fix is accepted


@pytest.mark.parametrize("text", ["2024-03-10", "2024-03-10Z", "2024-03-10+00:00", "2024-03-10-0500"])
def test_a_date_without_a_time_is_rejected_with_a_hint_that_works(text: str) -> None:
    """Python reads `2024-03-10+00:00` as a naive midnight; the hint must not suggest it."""
    with pytest.raises(ValueError, match=rf"'{re.escape(text)}' is a date without a time of day") as caught:
        encoded(CREATED, {"gte": text})
    suggestion = re.search(r"such as '([^']+)'", str(caught.value))
    assert suggestion is not None and suggestion.group(1) == "2024-03-10T00:00:00Z"
    assert encoded(CREATED, {"gte": suggestion.group(1)}) == [("created_date[gte]", "2024-03-10T00:00:00Z")]


@pytest.mark.parametrize("text", ["yesterday", "", "10/03/2024", "2024-13-40T00:00:00Z"])
def test_a_string_that_is_not_a_datetime_is_rejected(text: str) -> None:
    with pytest.raises(ValueError, match=r"is not an ISO-8601 datetime; pass a datetime with tzinfo"):
        encoded(CREATED, {"gte": text})


def test_a_naive_datetime_is_rejected_and_names_the_filter() -> None:
    with pytest.raises(ValueError, match=r"filter 'created_date' operator 'lte': naive datetime 2024-01-01T00:00:00"):
        encoded(CREATED, {"lte": datetime(2024, 1, 1)})


def test_strings_of_other_kinds_are_not_parsed() -> None:
    assert encode_value("string", "2024-03-10T12:00:00") == "2024-03-10T12:00:00"
    assert encode_value("", "yesterday") == "yesterday"


# -- one encoder for every query value -----------------------------------------------------


def test_extra_query_encodes_like_typed_params_and_filters() -> None:
    paris = datetime(2024, 3, 10, 13, 0, 0, 250000, tzinfo=timezone(timedelta(hours=1)))
    assert encode_param(paris) == encode_value("datetime", paris) == "2024-03-10T12:00:00.250Z"
    assert encode_param([True, False, 3, "x"]) == "true,false,3,x"
    with pytest.raises(ValueError, match=r"extra_query\['since'\]: naive datetime"):
        encode_param(datetime(2024, 1, 1), where="extra_query['since']")
    with pytest.raises(TypeError, match="cannot send dict"):
        encode_param([{"a": 1}])


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_server_receives_one_datetime_format_from_every_route(kind: str, server: FaultServer) -> None:
    server.add("GET", PATH, Reply.json({"id": 1}))
    moment = datetime(2024, 3, 10, 13, 0, 0, 123456, tzinfo=timezone(timedelta(hours=1)))
    query = encode_query(filters=[(CREATED, {"gte": moment})], params=[("since", "datetime", moment)])
    options = make_options(extra_query={"updated_date[lte]": moment, "flags": [True, 2], "skip": None})
    if kind == "sync":
        with sync_client(server.url) as client:
            client.request("GET", PATH, cast_to=Item, auth=AUTH, query=query, options=options)
    else:

        async def go() -> None:
            async with async_client(server.url) as client:
                await client.request("GET", PATH, cast_to=Item, auth=AUTH, query=query, options=options)

        run(go)
    sent = "2024-03-10T12:00:00.123456Z"
    assert server.requests[0].query == [
        ("since", sent),
        ("created_date[gte]", sent),
        ("updated_date[lte]", sent),
        ("flags", "true,2"),
    ]


def test_a_bad_extra_query_value_fails_before_any_request(server: FaultServer) -> None:
    server.add("GET", PATH, Reply.json({"id": 1}))
    with sync_client(server.url) as client, pytest.raises(ValueError, match=r"extra_query\['status\[in\]'\]: the list is empty"):
        client.request("GET", PATH, cast_to=Item, auth=AUTH, options=make_options(extra_query={"status[in]": []}))
    assert server.requests == []


# -- enum values the spec does not list ----------------------------------------------------


def test_an_unknown_enum_value_in_a_list_warns_and_is_still_sent() -> None:
    with pytest.warns(UnknownEnumValueWarning) as caught:
        pairs = encoded(STATUS, {"in": ["open", "cancelld"]})
    assert pairs == [("status[in]", "open,cancelld")]  # not rejected: the API adds values
    assert len(caught) == 1
    message = str(caught[0].message)
    assert "filter 'status': 'cancelld' is not one of its known values (backordered, cancelled, open)" in message
    assert "did you mean 'cancelled'?" in message
    # The warning points at the caller, not at the SDK's own frames.
    assert Path(caught[0].filename).resolve() == Path(__file__).resolve()


def test_unknown_single_values_warn_too_and_known_ones_do_not() -> None:
    with pytest.warns(UnknownEnumValueWarning, match="'brand_new' is not one of its known values"):
        assert encoded(STATUS, "brand_new") == [("status", "brand_new")]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning fails the test
        assert encoded(STATUS, {"in": ["open", "backordered"], "neq": "cancelled"}) == [
            ("status[in]", "open,backordered"),
            ("status[neq]", "cancelled"),
        ]
        # A field without known values (not an enum, or values not given) never warns.
        assert encoded(IDS, ["anything"]) == [("ids[in]", "anything")]


def test_the_warning_can_be_made_an_error() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnknownEnumValueWarning)
        with pytest.raises(UnknownEnumValueWarning):
            encoded(STATUS, {"nin": ["opn"]})


# -- extra_body against typed arguments ----------------------------------------------------


def test_merge_extra_body() -> None:
    assert merge_extra_body(None, None) is None
    assert merge_extra_body({}, None) == {}
    assert merge_extra_body(None, {"gift": "yes"}) == {"gift": "yes"}
    assert merge_extra_body({"order_number": "A1"}, {"gift": "yes"}) == {"order_number": "A1", "gift": "yes"}
    with pytest.raises(ValueError, match=r"extra_body sets 'order_number', but this call already sets it through its typed argument;"):
        merge_extra_body({"order_number": "A1", "note": None}, {"order_number": "B2"})
    with pytest.raises(ValueError, match=r"extra_body sets 'a', 'b', but .* them through its typed arguments"):
        merge_extra_body({"a": 1, "b": 2}, {"b": 3, "a": 4, "c": 5})
    with pytest.raises(ValueError, match=r"extra_body sets 'file'"):
        merge_extra_body({"kind": "label"}, {"file": "x"}, files={"file": b"..."})


def test_an_extra_body_clash_with_a_whole_body_names_body_not_an_argument() -> None:
    body = body_or_fields("create", {"order_number": "A1", "channel": "web"}, (("order_number", NOT_GIVEN),), required=())
    with pytest.raises(ValueError) as caught:
        merge_extra_body(body, {"channel": "b2b", "gift": "yes"})
    message = str(caught.value)
    assert message.startswith("extra_body sets 'channel', but the body= dict already has it; put each field in body= once")
    assert "typed argument" not in message
    # Keyword arguments still get the typed-argument wording.
    fields = body_or_fields("create", NOT_GIVEN, (("channel", "web"),), required=())
    with pytest.raises(ValueError, match="already sets it through its typed argument"):
        merge_extra_body(fields, {"channel": "b2b"})


# -- enum values in write bodies -----------------------------------------------------------

BODY_ENUMS = {
    "status": frozenset(["open", "cancelled"]),
    "line_items.unit": frozenset(["each", "case"]),
}


def test_an_unknown_enum_value_in_a_body_warns_like_a_filter() -> None:
    with pytest.warns(UnknownEnumValueWarning) as caught:
        check_body_enums("update", {"status": "shiped", "line_items": [{"unit": "each"}, {"unit": "cas"}]}, BODY_ENUMS)
    messages = [str(w.message) for w in caught]
    assert messages[0].startswith("update() body field 'status': 'shiped' is not one of its known values (cancelled, open);")
    assert "line_items.unit': 'cas'" in messages[1] and "did you mean 'case'?" in messages[1]
    assert len(messages) == 2
    assert Path(caught[0].filename).resolve() == Path(__file__).resolve()  # the caller's line


def test_known_absent_and_non_string_body_values_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_body_enums("update", {"status": "open", "line_items": [{"unit": "case"}, {"sku": "A"}]}, BODY_ENUMS)
        check_body_enums("update", {"note": "x"}, BODY_ENUMS)
        check_body_enums("update", None, BODY_ENUMS)
        check_body_enums("update", {"status": None, "line_items": None}, BODY_ENUMS)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_extra_body_colliding_with_a_typed_argument_fails_before_any_request(kind: str, server: FaultServer) -> None:
    server.add("POST", PATH, Reply.json({"id": 1}))
    body: dict[str, Any] = {"order_number": "A1"}
    clash = make_options(extra_body={"order_number": "B2"})
    extra = make_options(extra_body={"gift_message": "hi"})
    if kind == "sync":
        with sync_client(server.url) as client:
            with pytest.raises(ValueError, match="extra_body sets 'order_number'"):
                client.request("POST", PATH, cast_to=Item, auth=AUTH, body=body, options=clash)
            assert server.requests == []
            client.request("POST", PATH, cast_to=Item, auth=AUTH, body=body, options=extra)
    else:

        async def go() -> None:
            async with async_client(server.url) as client:
                with pytest.raises(ValueError, match="extra_body sets 'order_number'"):
                    await client.request("POST", PATH, cast_to=Item, auth=AUTH, body=body, options=clash)
                assert server.requests == []
                await client.request("POST", PATH, cast_to=Item, auth=AUTH, body=body, options=extra)

        run(go)
    assert [r.json() for r in server.requests] == [{"order_number": "A1", "gift_message": "hi"}]
