"""The declarative spec: pydantic models that every spec file is validated against."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from generator.core.facts import HTTP_METHODS, IDEMPOTENT_METHODS

ValueType = Literal["string", "enum", "integer", "number", "boolean", "datetime", "date"]
# Operators are open-ended (`eq`, `gte`, `in`, `eq-insensitive`...): whatever the document puts
# between the brackets of `field[op]` is sent as it is, so a new operator never needs a
# generator change. Only brackets cannot be part of one.
OPERATOR_PATTERN = re.compile(r"^[^\[\]]+$")
PATH_PARAM = re.compile(r"{([^{}]+)}")
# The filter operators the Trackstar documents use (each alone or with `-insensitive`); any
# other must be declared (`api.operators`, through the overlay) before it becomes SDK types.
KNOWN_OPERATORS = frozenset({"eq", "neq", "gt", "gte", "lt", "lte", "in", "nin", "contains", "not_contains"})


def is_known_operator(op: str) -> bool:
    return op.removesuffix("-insensitive") in KNOWN_OPERATORS


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AuthScheme(Strict):
    """A credential: sent as a header (`bearer: true`: as `Authorization: Bearer <value>`) or
    as a query parameter (`query:`), read from `env` when not passed to the client."""

    header: str | None = None
    query: str | None = None
    bearer: bool = False
    env: str
    description: str | None = None

    @model_validator(mode="after")
    def _one_place(self) -> AuthScheme:
        if (self.header is None) == (self.query is None):
            raise ValueError("an auth scheme is sent in exactly one place: give `header` or `query`")
        if self.bearer and self.header is None:
            raise ValueError("`bearer: true` goes with `header: Authorization`")
        return self


class Pagination(Strict):
    limit: str
    token_in: str
    token_out: str
    items: str
    total: str | None = None


class Project(Strict):
    """What the SDK's package index page says about the API (chosen through the overlay's `api`)."""

    summary: str | None = None  # after "Typed Python SDK for the X API", in parentheses
    keywords: list[str] = Field(default_factory=list)
    urls: dict[str, str] = Field(default_factory=dict)  # label -> URL


class RateLimits(Strict):
    read_per_second: float = Field(gt=0)
    write_per_second: float = Field(gt=0)


class Source(Strict):
    """The upstream document the spec was imported from (`make import` re-imports it)."""

    document: str
    location: str | None = None  # a path relative to the spec folder, or an http(s) URL
    sha256: str
    openapi: str
    info_version: str | None = None  # the document's `info.version`


class Filter(Strict):
    """A filterable field: `f=v` (when plain) and `f[op]=v` for each op."""

    type: ValueType
    enum: list[str] | None = None
    ops: list[str]
    plain: bool = False
    description: str | None = None

    @field_validator("ops")
    @classmethod
    def _known_shape(cls, ops: list[str]) -> list[str]:
        for op in ops:
            if not OPERATOR_PATTERN.match(op):
                raise ValueError(f"operator {op!r} must be non-empty and without brackets")
        if len(set(ops)) != len(ops):
            raise ValueError("operators must be unique")
        return ops

    @model_validator(mode="after")
    def _enum_matches_type(self) -> Filter:
        if (self.type == "enum") != (self.enum is not None):
            raise ValueError("`enum` values are given exactly when type is 'enum'")
        if not self.ops and not self.plain:
            raise ValueError("a filter needs at least one operator or `plain: true`")
        return self


class Param(Strict):
    """A path or query parameter that is not part of a filter family."""

    type: ValueType
    enum: list[str] | None = None
    array: bool = False
    required: bool = False
    description: str | None = None

    @model_validator(mode="after")
    def _enum_matches_type(self) -> Param:
        if (self.type == "enum") != (self.enum is not None):
            raise ValueError("`enum` values are given exactly when type is 'enum'")
        return self


class Body(Strict):
    content_type: Literal["application/json", "multipart/form-data"] = "application/json"
    model: str
    # Per-integration variants of a write body (`oneOf` in the document): name -> model.
    variants: dict[str, str] = Field(default_factory=dict)
    required: bool = True


class Operation(Strict):
    http: str
    description: str | None = None
    auth: list[str] | None = None
    paginated: bool = False
    item: str | None = None
    path_params: dict[str, Param] = Field(default_factory=dict)
    query: dict[str, Param] = Field(default_factory=dict)
    filters: dict[str, Filter] = Field(default_factory=dict)
    body: Body | None = None
    response: str | None = None
    errors: list[int] = Field(default_factory=list)
    # The API applies this POST/PATCH once however often it is sent: the SDK then retries it
    # after a 5xx or a timeout as it does a PUT (set through the overlay).
    idempotent: bool = False

    @field_validator("http")
    @classmethod
    def _method_and_path(cls, http: str) -> str:
        method, _, path = http.partition(" ")
        if method not in HTTP_METHODS or not path.startswith("/"):
            raise ValueError(f"expected 'METHOD /path' with METHOD one of {', '.join(HTTP_METHODS)}")
        return http

    @property
    def method(self) -> str:
        return self.http.split(" ", 1)[0]

    @property
    def path(self) -> str:
        return self.http.split(" ", 1)[1]

    @model_validator(mode="after")
    def _consistent(self) -> Operation:
        in_path = PATH_PARAM.findall(self.path)
        if sorted(in_path) != sorted(self.path_params):
            raise ValueError(
                f"path_params {sorted(self.path_params)} must match the parameters in the path {in_path}: "
                f"declare each {{name}} of the path under `path_params` (and no other)"
            )
        if self.paginated and not self.item:
            raise ValueError("a paginated operation names its `item` model")
        if self.idempotent and self.method in IDEMPOTENT_METHODS:
            raise ValueError(f"`idempotent` is for POST and PATCH: a {self.method} is retried as idempotent already")
        clash = set(self.query) & set(self.filters)
        if clash:
            raise ValueError(f"{sorted(clash)} declared both as query param and as filter")
        return self


class Resource(Strict):
    description: str | None = None
    operations: dict[str, Operation] = Field(default_factory=dict)


class Webhook(Strict):
    model: str
    description: str | None = None


class WebhookEnvelope(Strict):
    """The keys every webhook event carries around its resource (set through the overlay's `api`
    when an API names them otherwise)."""

    event_type: str = "event_type"  # which event it is: narrows the union of event models
    previous: str = "previous_attributes"  # on updates: only what changed, possibly under dotted keys


class Api(Strict):
    """Contents of `specs/api.yaml`."""

    name: str
    package: str
    # The client class (`Trackstar` and `AsyncTrackstar`); without it, the package name in PascalCase.
    client_name: str | None = Field(default=None, pattern=r"^[A-Z][A-Za-z0-9]*$")
    sdk_version: str
    base_url: str
    source: Source | None = None
    auth: dict[str, AuthScheme]
    default_auth: list[str]
    pagination: Pagination
    rate_limits: RateLimits
    description: str | None = None
    # Derived SDK type name -> the name to use instead (written through the overlay's `api`).
    type_names: dict[str, str] = Field(default_factory=dict)
    # The top resource most others live under: its types are named without it (`wms.orders`
    # -> `Order`, not `WmsOrder`). Chosen through the overlay's `api`.
    default_area: str | None = None
    # Top resources that group a system's resources -> what that system is, for the reference
    # pages ("Everything in <prose>"). Chosen through the overlay's `api`.
    areas: dict[str, str] = Field(default_factory=dict)
    project: Project = Field(default_factory=Project)
    webhook_envelope: WebhookEnvelope = Field(default_factory=WebhookEnvelope)

    @property
    def client_class(self) -> str:
        """The client class name: `client_name`, or the package's words in PascalCase."""
        return self.client_name or "".join(w[:1].upper() + w[1:] for w in self.package.split("_") if w) or "Client"
    # Filter operators the API accepts beyond KNOWN_OPERATORS (written through the overlay's `api`).
    operators: list[str] = Field(default_factory=list)


class Spec(Strict):
    """The whole spec once every file is loaded and checked."""

    api: Api
    resources: dict[str, Resource]
    models: dict[str, dict[str, Any]]
    webhooks: dict[str, Webhook] = Field(default_factory=dict)

    @property
    def default_area(self) -> str | None:
        """The area whose types are named without its prefix (`Order`, not `WmsOrder`): the
        overlay's `api.default_area`, else the top-level resource holding more than half (and at
        least two) of the nested resources, as a document imported without an overlay has."""
        if self.api.default_area is not None:
            return self.api.default_area
        tops = Counter(name.split(".")[0] for name in self.resources if "." in name)
        if not tops:
            return None
        top, count = tops.most_common(1)[0]
        return top if count >= 2 and count * 2 > sum(tops.values()) else None

    def operations(self) -> list[tuple[str, str, Operation]]:
        """(resource, method name, operation) in a stable order."""
        return [
            (resource_name, op_name, op)
            for resource_name, resource in sorted(self.resources.items())
            for op_name, op in sorted(resource.operations.items())
        ]
