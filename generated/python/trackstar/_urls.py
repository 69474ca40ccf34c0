"""Keeping request URLs under a safe length: split a long `in` list, or refuse before sending.

Servers and proxies refuse request lines past a few kilobytes (the API answers 414 to a URL of
500 ids). The SDK keeps every URL at or below `MAX_URL_LENGTH` characters (the whole URL,
scheme and host included, as sent, percent-encoded):

- a list call whose query would be longer is split on its longest `in` list (`ids[in]`,
  `sku[in-insensitive]`, ...) into several queries that each fit, leaving `PAGE_TOKEN_ROOM`
  characters for the page token; the page iterates them one after another. `in` means "any of",
  so the parts together return exactly the records the whole list would (each value is asked
  for once; `total_count` is then that of the current part);
- anything else that is too long (a `nin` list, which cannot be split, a long value that is
  not a list, or a call that is not a list) raises `URLTooLongError` before any request.
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ._exceptions import URLTooLongError
from ._facts import is_list_operator

__all__ = ["MAX_URL_LENGTH", "PAGE_TOKEN_ROOM", "URLTooLongError", "url_length", "check_url_length", "chunk_query"]

MAX_URL_LENGTH = 8000
PAGE_TOKEN_ROOM = 500

Query = tuple[tuple[str, str], ...]


def _encoded(pairs: Sequence[tuple[str, str]]) -> str:
    return str(httpx.QueryParams(list(pairs)))  # the encoding httpx sends


def url_length(url: str, query: Sequence[tuple[str, str]]) -> int:
    """The length of `url` with `query` appended, as httpx sends it."""
    if not query:
        return len(url)
    return len(url) + 1 + len(_encoded(query))


def _splittable(key: str) -> bool:
    """`f[in]` and its variants: a list of alternatives, so it can be asked for in parts."""
    if not key.endswith("]") or "[" not in key:
        return False
    op = key[key.rindex("[") + 1 : -1]
    return is_list_operator(op) and op.split("-", 1)[0] == "in"


def _longest_param(query: Sequence[tuple[str, str]]) -> str:
    key, _ = max(query, key=lambda pair: len(_encoded([pair])))
    return key


def check_url_length(url: str, query: Sequence[tuple[str, str]], limit: int = MAX_URL_LENGTH) -> None:
    """Raise URLTooLongError when the URL with `query` would be longer than `limit`."""
    length = url_length(url, query)
    if length > limit:
        raise URLTooLongError(length, limit, _longest_param(query) if query else None)


def chunk_query(
    url: str, query: Sequence[tuple[str, str]], limit: int = MAX_URL_LENGTH, reserve: int = PAGE_TOKEN_ROOM
) -> list[Query]:
    """`query` itself when it fits in `limit - reserve` characters or has no `in` list to split;
    else the queries its longest `in` list splits into, each within `limit - reserve`. Raises
    URLTooLongError when one value alone does not fit beside the rest of the query."""
    query = tuple(query)
    budget = limit - reserve
    if url_length(url, query) <= budget:
        return [query]
    candidates = [index for index, (key, value) in enumerate(query) if _splittable(key) and "," in value]
    if not candidates:
        return [query]  # nothing to split: sent if it fits `limit`, else refused when built
    index = max(candidates, key=lambda i: len(_encoded([query[i]])))
    key, value = query[index]
    values = list(dict.fromkeys(value.split(",")))  # each value asked for once
    comma = len(_encoded([("", ",")])) - 1
    fixed = url_length(url, query[:index] + ((key, ""),) + query[index + 1 :])
    parts: list[list[str]] = []
    length = fixed
    for item in values:
        size = len(_encoded([("", item)])) - 1
        if fixed + size > budget:
            raise URLTooLongError(fixed + size, budget, key)
        if parts and length + comma + size <= budget:
            parts[-1].append(item)
            length += comma + size
        else:
            parts.append([item])
            length = fixed + size
    return [query[:index] + ((key, ",".join(part)),) + query[index + 1 :] for part in parts]
