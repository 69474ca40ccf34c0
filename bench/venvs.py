"""Virtual environments the bench creates under .bench/ (cached between runs).

Each is rebuilt only when its requirement list changes (recorded in a marker file).
"""

from __future__ import annotations

import json
import re
import shutil
import venv
from pathlib import Path
from typing import Callable, Sequence

from bench.measure import REPO_ROOT, WORK, run


def ensure_venv(path: Path, requirements: Sequence[str], log: Callable[[str], None] = print
                ) -> Path:
    """Create ``path`` with ``requirements`` installed unless it already matches; its python."""
    marker = path / ".bench-ready"
    wanted = "\n".join(requirements)
    python = path / "bin" / "python"
    if marker.exists() and marker.read_text() == wanted and python.exists():
        log(f"venv {path.relative_to(REPO_ROOT)}: reusing")
        return python
    log(f"venv {path.relative_to(REPO_ROOT)}: creating ({', '.join(requirements)})")
    if path.exists():
        shutil.rmtree(path)
    venv.EnvBuilder(with_pip=True, clear=True).create(path)
    run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         *requirements], timeout=900)
    marker.write_text(wanted)
    return python


def versions(python: Path, dists: Sequence[str]) -> dict[str, str]:
    code = ("import json, importlib.metadata as m\n"
            "out = {}\n"
            f"for d in {list(dists)!r}:\n"
            "    try: out[d] = m.version(d)\n"
            "    except m.PackageNotFoundError: out[d] = None\n"
            "print(json.dumps(out))")
    return json.loads(run([str(python), "-c", code]).stdout)


# --- the SDK's runtime venv -------------------------------------------------------------------
# The generated SDK needs only httpx and pydantic (docs/runtime-contract.md); the project venv
# also holds click, rich, black, ... and `import httpx` pulls in rich when click and rich are
# installed (httpx's CLI entry point), which would inflate both the SDK's import time and the
# `import httpx, pydantic` baseline. A user installing the SDK has only its dependencies, so the
# SDK rows and their baselines run in .bench/sdk-venv, pinned to the project's own pins.

SDK_VENV = WORK / "sdk-venv"
SDK_DISTS = ("httpx", "pydantic", "sniffio")  # the generated SDK's dependencies, pinned as the root pyproject pins them


def sdk_requirements() -> list[str]:
    text = (REPO_ROOT / "pyproject.toml").read_text()
    reqs = []
    for dist in SDK_DISTS:
        m = re.search(rf'"({dist}==[^"]+)"', text)
        reqs.append(m.group(1) if m else dist)
    return reqs


def ensure_sdk_venv(log: Callable[[str], None] = print) -> Path:
    return ensure_venv(SDK_VENV, sdk_requirements(), log)
