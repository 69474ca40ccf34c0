"""Multipart request bodies: file inputs in their accepted shapes, other fields as form fields."""

from __future__ import annotations

import json
import os
from typing import Mapping, Tuple, Union

from ._types import FileContent, FileTypes

__all__ = ["MultipartFile", "FormFields", "to_multipart_file", "to_form_fields", "build_multipart"]

# (filename, content, content type) as httpx expects it.
MultipartFile = Tuple[Union[str, None], bytes, Union[str, None]]
FormFields = dict[str, Union[str, list[str]]]


def _read(content: FileContent) -> bytes:
    # Read file objects up front so every retry sends the same bytes.
    if isinstance(content, (bytes, bytearray, memoryview)):
        return bytes(content)
    data = content.read()
    if isinstance(data, str):  # a file opened in text mode: be forgiving
        return data.encode()
    return bytes(data)


def _default_name(content: FileContent) -> str | None:
    name = getattr(content, "name", None)
    return os.path.basename(name) if isinstance(name, str) and name else None


def to_multipart_file(value: FileTypes) -> MultipartFile:
    """Accept bytes, a binary file object, (name, content) or (name, content, content_type)."""
    if isinstance(value, tuple):
        if len(value) == 2:
            name, content = value
            return (name, _read(content), None)
        name, content, content_type = value
        return (name, _read(content), content_type)
    return (_default_name(value) or "upload", _read(value), None)


def _form_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    return json.dumps(value, default=str)  # nested objects travel as JSON text


def to_form_fields(body: Mapping[str, object]) -> FormFields:
    """Body fields as form fields: None dropped, lists repeated, nested objects as JSON."""
    fields: FormFields = {}
    for key, value in body.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            fields[key] = [_form_value(item) for item in value]
        else:
            fields[key] = _form_value(value)
    return fields


def build_multipart(
    body: Mapping[str, object] | None, files: Mapping[str, FileTypes]
) -> tuple[FormFields, list[tuple[str, MultipartFile]]]:
    """The `data` and `files` arguments for httpx."""
    return to_form_fields(body or {}), [(key, to_multipart_file(value)) for key, value in files.items()]

