"""Base class of every generated response model."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar

import pydantic
from pydantic import ConfigDict, ValidationError, ValidatorFunctionWrapHandler, WrapValidator

__all__ = ["TrackstarModel", "Datetime"]


def _lenient_datetime(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    # Integrations send "" (and sometimes words such as "deprecated") in date fields; one bad
    # date must not make a whole page of results unreadable, so it reads as None.
    if value == "" or value is None:
        return None
    try:
        return handler(value)
    except ValidationError:
        return None


# Used for every `date-time` field of a response model.
Datetime = Annotated[datetime | None, WrapValidator(_lenient_datetime)]


class TrackstarModel(pydantic.BaseModel):
    """A response object. Fields the spec does not list are kept (the API adds fields often):
    read them as attributes or through `model_extra`. Parsing is lenient where integrations
    are known to stray from the document: missing fields read as None, numbers in text fields
    become text, and a date field holding something that is not a date reads as None."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        # Integrations send numbers where the document says string (`unit_cost`): keep them, as text.
        coerce_numbers_to_str=True,
        protected_namespaces=(),
        defer_build=True,
    )

    # A class default shadowed per instance by the client: unlike a pydantic private attribute
    # it costs nothing when the (many, nested) models of a page are built.
    _request_id: ClassVar[str | None] = None

    @property
    def request_id(self) -> str | None:
        """The `X-Request-Id` of the response this object came from (quote it to support)."""
        return self._request_id
