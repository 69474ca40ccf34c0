"""The Python target: the typed Python SDK (httpx + pydantic) and its reference pages.

Everything Python-shaped lives in this folder: the type mapping (`type_map`), the Jinja filters
(`render`), the models stage (`models`, datamodel-code-generator), black (`format`), the SDK
repository's files (`repo_files`), the rendering of a whole SDK (`target`), its templates and
its verbatim runtime.
"""

from __future__ import annotations

from pathlib import Path

TARGET_DIR = Path(__file__).resolve().parent
TEMPLATES = TARGET_DIR / "templates"  # Jinja templates: python/ (the SDK), docs/, sdk-repo/
RUNTIME_DIR = TARGET_DIR / "runtime"  # plain Python copied verbatim into the package
