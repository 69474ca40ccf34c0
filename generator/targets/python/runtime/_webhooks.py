"""Svix webhook verification: HMAC-SHA256 over "{id}.{timestamp}.{body}" with the endpoint secret.

Headers can be any object with a `get(name)` returning `str | None` (see `HeadersLike`): a dict,
httpx, the standard library's `email.message.Message`/`http.client.HTTPMessage`, werkzeug/Flask,
starlette/FastAPI and Django request headers all qualify. Names are matched case-insensitively.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import functools
import hashlib
import hmac
import time
from collections.abc import Mapping
from typing import Any, Protocol, TypeVar, Union

import pydantic

from ._exceptions import UnknownWebhookEventError, WebhookVerificationError

__all__ = [
    "WebhookVerificationError",
    "UnknownWebhookEventError",
    "DEFAULT_TOLERANCE",
    "HeadersLike",
    "verify",
    "sign",
    "unwrap_with",
    "unwrap_event",
    "ChangedPath",
    "changed_paths",
]

E = TypeVar("E")
M = TypeVar("M", bound=pydantic.BaseModel)


class HeadersLike(Protocol):
    """What `verify`/`unwrap` need from request headers: `get(name)` giving the value or None.

    Every common headers object has it. Lookups are case-insensitive even when the object's own
    `get` is not (a plain dict), as long as it also has `items()` (any mapping does).
    """

    def get(self, key: str, /) -> str | None: ...

DEFAULT_TOLERANCE = 300  # seconds, in both directions, against replays and skewed clocks
_SECRET_PREFIX = "whsec_"
# Svix's own names first; the Standard Webhooks names are the same scheme.
_HEADER_SETS = (
    ("svix-id", "svix-timestamp", "svix-signature"),
    ("webhook-id", "webhook-timestamp", "webhook-signature"),
)


def _secret_key(secret: str) -> bytes:
    encoded = secret[len(_SECRET_PREFIX) :] if secret.startswith(_SECRET_PREFIX) else secret
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise WebhookVerificationError("The webhook secret is not valid base64 (expected 'whsec_...').") from exc


def _as_bytes(payload: bytes | str) -> bytes:
    return payload.encode() if isinstance(payload, str) else payload


def _signature(key: bytes, msg_id: str, timestamp: str, payload: bytes) -> bytes:
    return hmac.new(key, f"{msg_id}.{timestamp}.".encode() + payload, hashlib.sha256).digest()


def sign(payload: bytes | str, secret: str, *, msg_id: str, timestamp: int) -> str:
    """The `v1,<base64>` signature Svix would send (handy for testing your webhook handler)."""
    digest = _signature(_secret_key(secret), msg_id, str(timestamp), _as_bytes(payload))
    return "v1," + base64.b64encode(digest).decode()


def _header(headers: HeadersLike, name: str) -> str | None:
    """`name` (lower-case) looked up case-insensitively."""
    value = headers.get(name)
    if value is not None:
        return value
    items = getattr(headers, "items", None)  # a plain dict's `get` is case-sensitive: scan it
    if callable(items):
        for key, candidate in items():
            if isinstance(key, str) and key.lower() == name and isinstance(candidate, str):
                return candidate
    return None


def verify(
    payload: bytes | str,
    headers: HeadersLike,
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise WebhookVerificationError unless the payload is signed with `secret` and is fresh.

    Pass the raw request body exactly as received: re-serialised JSON will not verify.
    """
    msg_id = timestamp = signatures = None
    for id_name, ts_name, sig_name in _HEADER_SETS:
        msg_id = _header(headers, id_name)
        if msg_id is not None:
            timestamp, signatures = _header(headers, ts_name), _header(headers, sig_name)
            break
    if not msg_id or not timestamp or not signatures:
        raise WebhookVerificationError("Missing svix-id, svix-timestamp or svix-signature header.")

    try:
        sent_at = int(timestamp)
    except ValueError:
        raise WebhookVerificationError("Invalid webhook timestamp header.") from None
    current = time.time() if now is None else now
    if sent_at < current - tolerance:
        raise WebhookVerificationError("Webhook timestamp is too old.")
    if sent_at > current + tolerance:
        raise WebhookVerificationError("Webhook timestamp is too far in the future.")

    expected = _signature(_secret_key(secret), msg_id, timestamp, _as_bytes(payload))
    # The header may carry several space-separated signatures (secret rotation); any v1 match is enough.
    for entry in signatures.split():
        version, _, encoded = entry.partition(",")
        if version != "v1":
            continue
        try:
            candidate = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            continue
        if hmac.compare_digest(expected, candidate):
            return
    raise WebhookVerificationError("No matching webhook signature found.")


def unwrap_with(
    adapter: pydantic.TypeAdapter[E],
    payload: bytes | str,
    headers: HeadersLike,
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> E:
    """Verify the webhook, then validate its JSON body into the adapter's type (e.g. an event union)."""
    verify(payload, headers, secret, tolerance=tolerance, now=now)
    return adapter.validate_json(payload)


class _Envelope(pydantic.BaseModel):
    event_type: str


@functools.lru_cache(maxsize=8)
def _envelope(type_key: str) -> type[_Envelope]:
    """A model reading only the event's type, under the key the API names it by."""
    if type_key == "event_type":
        return _Envelope
    fields: dict[str, Any] = {"event_type": (str, pydantic.Field(alias=type_key))}
    return pydantic.create_model("WebhookEnvelope", __base__=_Envelope, **fields)


def unwrap_event(
    payload: bytes | str,
    headers: HeadersLike,
    secret: str,
    event_types: Mapping[str, type[M]],
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
    type_key: str = "event_type",
) -> M:
    """Verify the webhook, then parse it into the model `event_types` gives for its event type
    (the body's `type_key`, `event_type` by default).

    Raises WebhookVerificationError for a bad signature or timestamp, UnknownWebhookEventError
    for a verified event whose type is not in `event_types`, and pydantic's ValidationError for
    a body that is not a JSON object with an `event_type`. An event of the SDK's own models
    that strays from its model is parsed leniently, as responses are (a missing field reads as
    None with a MissingFieldWarning).
    """
    from ._models import parse_json

    verify(payload, headers, secret, tolerance=tolerance, now=now)
    event_type = _envelope(type_key).model_validate_json(payload).event_type
    model = event_types.get(event_type)
    if model is None:
        raise UnknownWebhookEventError(event_type, payload=_as_bytes(payload), known=event_types)
    event: M = parse_json(_as_bytes(payload), model)
    return event


PathSegment = Union[str, int]


@dataclasses.dataclass(frozen=True)
class ChangedPath:
    """One changed value of an update event: where it is, what it was, what it is now.

    `key` is the key as the API sent it in `previous_attributes` (a field name, or a dotted
    path such as `line_items.1.received_quantity`); `path` the same split into field names and
    list indexes (`("line_items", 1, "received_quantity")`). `current` is the value at that path
    in the event's `data` (None when it is not there).
    """

    key: str
    path: tuple[PathSegment, ...]
    previous: object
    current: object

    @property
    def field(self) -> str:
        """The top-level field that changed (`line_items` for `line_items.1.received_quantity`)."""
        return str(self.path[0])


def _split(key: str) -> tuple[PathSegment, ...]:
    return tuple(int(part) if part.isdigit() else part for part in key.split("."))


def _lookup(value: object, path: tuple[PathSegment, ...]) -> object:
    for segment in path:
        if value is None:
            return None
        if isinstance(segment, int):
            value = value[segment] if isinstance(value, list) and -len(value) <= segment < len(value) else None
        elif isinstance(value, pydantic.BaseModel):
            fields = type(value).model_fields
            name = next((n for n, f in fields.items() if (f.alias or n) == segment), segment)
            if name in fields:
                value = getattr(value, name)
            else:
                value = (value.model_extra or {}).get(segment)
        elif isinstance(value, Mapping):
            value = value.get(segment)
        else:
            return None
    return value


def changed_paths(previous: pydantic.BaseModel | Mapping[str, object] | None, current: object = None) -> list[ChangedPath]:
    """Every changed value of an update event, from its `previous_attributes` and `data`:
    `changed_paths(event.previous_attributes, event.data)`.

    The API sends a changed nested value under a dotted key (`line_items.1.received_quantity`),
    which a model keeps among its extra fields; both kinds of key come back here as paths, in
    the order the event lists them.
    """
    if previous is None:
        return []
    if isinstance(previous, pydantic.BaseModel):
        fields = type(previous).model_fields
        items: list[tuple[str, object]] = [
            (fields[name].alias or name, getattr(previous, name)) for name in fields if name in previous.model_fields_set
        ]
        items.extend((previous.model_extra or {}).items())
    else:
        items = list(previous.items())
    changes = []
    for key, value in items:
        path = _split(key)
        changes.append(ChangedPath(key=key, path=path, previous=value, current=_lookup(current, path)))
    return changes
