"""A whole run remembered: the files a run rendered, keyed by a hash of everything it reads.

A regeneration with nothing changed (the maintainer's most frequent run) then costs hashing the
inputs and reading one file, instead of loading the spec and rendering every template. This
module imports nothing heavy, so that such a run never loads Jinja, the spec model or black.

What the key covers: every file of the spec folder and of the template folders (the built-in
ones, runtime included, and an override folder), the generator's own source, the Python version
and the versions of the packages whose output the files hold. The run is deterministic in those,
so equal keys mean equal files.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from importlib.metadata import version
from pathlib import Path

GENERATOR_SOURCE = Path(__file__).resolve().parents[1]  # templates and runtimes included
PACKAGES = ("datamodel-code-generator", "black", "jinja2", "pydantic")
FOLDER = "runs"


def run_key(spec_dir: Path, template_dir: Path | None) -> str:
    digest = hashlib.sha256()
    digest.update(repr((sys.version_info[:2], [version(p) for p in PACKAGES])).encode())
    folders = [("spec", spec_dir), ("generator", GENERATOR_SOURCE)]
    if template_dir is not None:
        folders.append(("override", template_dir))
    for label, folder in folders:
        for relative in _files(folder):
            digest.update(f"\0{label}/{relative}\0".encode())
            digest.update((folder / relative).read_bytes())
    return digest.hexdigest()


def _files(folder: Path) -> list[str]:
    """Relative paths of the files below `folder`, sorted, leaving out caches and hidden files,
    which no stage reads (and are not walked: a `.mypy_cache` holds thousands of files)."""
    found: list[str] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        base = Path(root).relative_to(folder)
        found += [(base / name).as_posix() for name in names if not name.startswith(".")]
    return sorted(found)


def recall(cache_dir: Path, key: str) -> dict[str, bytes] | None:
    """The files of the run with this key, or None if it is not the one remembered."""
    try:
        text = (cache_dir / FOLDER / key).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return {name: content.encode("latin-1") for name, content in json.loads(text).items()}


def remember(cache_dir: Path, key: str, files: dict[str, bytes]) -> None:
    """Keep this run's files as the one run remembered (one is enough: a regeneration compares
    with the last run, and each is a few megabytes)."""
    folder = cache_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{key}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps({name: content.decode("latin-1") for name, content in files.items()}), encoding="utf-8")
    os.replace(tmp, folder / key)
    for other in folder.iterdir():
        if other.name != key and not other.name.startswith("."):
            other.unlink(missing_ok=True)


def generate_files_remembered(spec_dir: Path, *, template_dir: Path | None = None, cache_dir: Path | None = None) -> dict[str, bytes]:
    """`pipeline.generate_files`, or the files of the last run when nothing it reads has changed
    (never with `cache_dir` None, which is `--no-cache`)."""
    if template_dir is not None and not template_dir.is_dir():
        # Checked before the key: a missing folder hashes like no override at all.
        from generator.core.templating import check_template_dir

        check_template_dir(template_dir, [])
    key = run_key(spec_dir, template_dir) if cache_dir is not None else ""
    files = recall(cache_dir, key) if cache_dir is not None else None
    if files is None:
        from generator.pipeline import generate_files  # here: a recalled run never loads it

        files = generate_files(spec_dir, template_dir=template_dir, cache_dir=cache_dir)
        if cache_dir is not None:
            remember(cache_dir, key, files)
    return files
