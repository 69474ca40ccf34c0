"""Checked by mypy --strict only (tests/runtime/test_rt_webhooks.py runs it): every common kind
of request headers is accepted by `verify`/`unwrap_event` as it is, with no cast or ignore, and
the parsed event narrows on a Literal `event_type`.
"""

from __future__ import annotations

import email.message
import http.client
import io
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal, Union

import httpx
import pydantic
import starlette.datastructures
import starlette.requests
import werkzeug.datastructures
import werkzeug.wrappers
import flask
from django.http import HttpRequest
from django.http.request import HttpHeaders
from typing_extensions import assert_type

from runtime._webhooks import HeadersLike, unwrap_event, verify

SECRET = "whsec_c2VjcmV0"


class OrderUpdated(pydantic.BaseModel):
    event_type: Literal["order.updated"]
    previous_attributes: dict[str, object]


class ReturnCreated(pydantic.BaseModel):
    event_type: Literal["return.created"]


Event = Union[OrderUpdated, ReturnCreated]
EVENTS: dict[str, type[Event]] = {"order.updated": OrderUpdated, "return.created": ReturnCreated}


def handle(body: bytes, headers: HeadersLike) -> str:
    event = unwrap_event(body, headers, SECRET, EVENTS, tolerance=60)
    assert_type(event, Union[OrderUpdated, ReturnCreated])
    if event.event_type == "order.updated":
        assert_type(event, OrderUpdated)  # narrowed by the Literal
        return str(event.previous_attributes)
    return event.event_type


def every_kind(body: bytes) -> None:
    plain: dict[str, str] = {"svix-id": "msg_1"}
    mapping: Mapping[str, str] = plain
    verify(body, plain, SECRET)
    verify(body, mapping, SECRET, tolerance=10)
    verify(body, MappingProxyType(plain), SECRET)
    verify(body, httpx.Headers(plain), SECRET)
    verify(body, email.message.Message(), SECRET)
    verify(body, http.client.parse_headers(io.BytesIO(b"Svix-Id: msg_1\r\n\r\n")), SECRET)
    verify(body, werkzeug.datastructures.Headers(plain), SECRET)
    verify(body, werkzeug.datastructures.EnvironHeaders({"HTTP_SVIX_ID": "msg_1"}), SECRET)
    verify(body, starlette.datastructures.Headers(plain), SECRET)
    verify(body, HttpHeaders({"HTTP_SVIX_ID": "msg_1"}), SECRET)
    handle(body, plain)


def werkzeug_view(request: werkzeug.wrappers.Request) -> str:
    return handle(request.get_data(), request.headers)


def flask_view() -> str:
    return handle(flask.request.get_data(), flask.request.headers)


async def starlette_view(request: starlette.requests.Request) -> str:
    return handle(await request.body(), request.headers)


def django_view(request: HttpRequest) -> str:
    return handle(request.body, request.headers)
