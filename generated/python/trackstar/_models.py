"""Base class of every generated response model."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import pydantic
from pydantic import BeforeValidator, ConfigDict, PrivateAttr

__all__ = ["TrackstarModel", "Datetime"]


def _empty_to_none(value: Any) -> Any:
    # The API sends "" in some date fields that have no value.
    return None if value == "" else value


# Used for every `date-time` field of a response model: "" from the API becomes None.
Datetime = Annotated[datetime | None, BeforeValidator(_empty_to_none)]


class TrackstarModel(pydantic.BaseModel):
    """A response object. Fields the spec does not list are kept (the API adds fields often):
    read them as attributes or through `model_extra`."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )

    _request_id: str | None = PrivateAttr(default=None)

    @property
    def request_id(self) -> str | None:
        """The `X-Request-Id` of the response this object came from (quote it to support)."""
        return self._request_id
