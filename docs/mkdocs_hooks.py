"""mkdocs hooks: the SDK README (generated/python/README.md) becomes the site's `sdk.md` page.

The README lives beside the package rather than in docs_dir (it is the PyPI long description),
so it is added to the site's files here and placed right after the index in the navigation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation

README = Path(__file__).resolve().parents[1] / "generated" / "python" / "README.md"
PAGE = "sdk.md"


def on_files(files: Files, config: MkDocsConfig, **_: Any) -> Files:
    if not README.is_file():
        raise FileNotFoundError(f"{README} is missing: run `make generate` before `make docs`")
    files.append(File.generated(config, PAGE, content=README.read_text(encoding="utf-8")))
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files, **_: Any) -> Navigation:
    readme = next((item for item in nav.items if getattr(getattr(item, "file", None), "src_uri", None) == PAGE), None)
    if readme is not None:
        nav.items.remove(readme)
        nav.items.insert(1 if nav.items else 0, readme)
    return nav
