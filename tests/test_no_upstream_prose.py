"""The repository holds no prose of the upstream document: facts (paths, names, types, example
values) are ours to use, the authors' descriptions are not. Any run of eight words of one of the
current document's descriptions or summaries found in a tracked file fails the test (the mock
document the SDK repositories ship for Prism once carried 2,274 of them)."""

from __future__ import annotations

import json
import re
import subprocess
from typing import Any

from tests.conftest import OPENAPI_DIR, REPO, shared

RUN = 8  # words: long enough that a shared phrase is a copy, not a coincidence
_WORD = re.compile(r"[A-Za-z0-9']+")


def _texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [v for k, v in node.items() if k in ("description", "summary") and isinstance(v, str)]
        return own + [t for v in node.values() for t in _texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v)]
    return []


def _runs(text: str) -> set[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def test_no_tracked_file_repeats_the_upstream_documents_prose() -> None:
    document = json.loads(shared(OPENAPI_DIR / "2025-10-13_12ae462.json").read_text(encoding="utf-8"))
    upstream = set().union(*(_runs(t) for t in set(_texts(document))))
    assert len(upstream) > 1000, "the document's prose was not read"
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    copied = {}
    for name in tracked:
        try:
            text = (REPO / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue
        found = _runs(text) & upstream
        if found:
            copied[name] = sorted(found)[:3]
    assert copied == {}, f"upstream prose in the repository (write it in our own words): {copied}"
