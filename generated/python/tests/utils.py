"""Check a returned value against the method's own return annotation.

The annotation is read at run time, so these tests never name a model class and keep working
when types are renamed or moved.
"""

from __future__ import annotations

import sys
import typing
from collections.abc import Callable

from trackstar import AsyncCursorPage, AsyncPaginator, SyncCursorPage


def return_annotation(method: Callable[..., object]) -> object:
    """The method's return annotation, evaluated in the namespace of the module defining it."""
    function = getattr(method, "__func__", method)
    annotation: object = function.__annotations__["return"]
    if isinstance(annotation, str):
        annotation = eval(
            annotation, vars(sys.modules[function.__module__])
        )  # the SDK's own source
    return annotation


def assert_matches_return(method: Callable[..., object], value: object) -> None:
    expected = return_annotation(method)
    if expected is None or expected is type(None):
        assert value is None, f"expected None, got {value!r}"
        return
    origin = typing.get_origin(expected)
    if origin is None:
        assert isinstance(expected, type), expected
        assert isinstance(
            value, expected
        ), f"expected {expected.__name__}, got {type(value).__name__}"
        return
    # A list method: one page (awaited from AsyncPaginator in async code) of the item type.
    (item_type,) = typing.get_args(expected)
    page_type = AsyncCursorPage if origin is AsyncPaginator else SyncCursorPage
    assert origin in (SyncCursorPage, AsyncPaginator), expected
    assert isinstance(
        value, page_type
    ), f"expected {page_type.__name__}, got {type(value).__name__}"
    assert isinstance(value, (SyncCursorPage, AsyncCursorPage))  # the same check, for type checkers
    assert isinstance(value.data, list)
    assert all(isinstance(item, item_type) for item in value.data), [
        type(item).__name__ for item in value.data
    ]
