"""mkdocs hooks: the SDK READMEs become site pages: generated/python/README.md is `sdk.md`,
generated/typescript/README.md is `typescript/sdk.md` (beside the TS reference pages).

The READMEs live beside their packages rather than in docs_dir (they are the PyPI and npm
descriptions), so they are added to the site's files here, each placed right after its index.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation

GENERATED = Path(__file__).resolve().parents[1] / "generated"
README = GENERATED / "python" / "README.md"
PAGE = "sdk.md"
TS_README = GENERATED / "typescript" / "README.md"
TS_PAGE = "typescript/sdk.md"


def on_files(files: Files, config: MkDocsConfig, **_: Any) -> Files:
    if not README.is_file():
        raise FileNotFoundError(f"{README} is missing: run `make generate` before `make docs`")
    files.append(File.generated(config, PAGE, content=README.read_text(encoding="utf-8")))
    if TS_README.is_file():
        files.append(File.generated(config, TS_PAGE, content=TS_README.read_text(encoding="utf-8")))
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files, **_: Any) -> Navigation:
    readme = next((item for item in nav.items if getattr(getattr(item, "file", None), "src_uri", None) == PAGE), None)
    if readme is not None:
        nav.items.remove(readme)
        nav.items.insert(1 if nav.items else 0, readme)
    for section in nav.items:  # the TypeScript section: its README after its index
        children = getattr(section, "children", None) or []
        page = next((c for c in children if getattr(getattr(c, "file", None), "src_uri", None) == TS_PAGE), None)
        if page is not None:
            children.remove(page)
            children.insert(1 if children else 0, page)
    return nav
