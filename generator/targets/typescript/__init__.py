"""The TypeScript target: the typed `trackstar-sdk` npm package (fetch, no runtime dependencies).

Everything TypeScript-shaped lives in this folder: names and reserved words (`naming`), the type
mapping (`type_map`, one method per schema node kind), the declarations of every types module
(`declarations`), prettier's layout and the fallback to prettier itself (`format`), the whole
package (`target`), its templates and its verbatim runtime (`runtime/*.ts`, copied to src/core/).
"""

from __future__ import annotations

from pathlib import Path

TARGET_DIR = Path(__file__).resolve().parent
TEMPLATES = TARGET_DIR / "templates"  # Jinja templates: sdk/ (the package)
RUNTIME_DIR = TARGET_DIR / "runtime"  # plain TypeScript copied verbatim into src/core/
