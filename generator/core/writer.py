"""Write a rendered tree: everything is rendered in memory first, then only changed files are
written (each through a temporary file and an atomic rename) and stale files are removed, so a
failed run never leaves the output half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Left alone in an output folder: build products and caches that are not generated output.
IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".pytest_cache", "dist", "build", ".generator-cache"}


def _ignored(relative: Path) -> bool:
    return any(part in IGNORED_PARTS or part.endswith(".egg-info") for part in relative.parts)


def existing_files(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and not _ignored(path.relative_to(root))
    }


def write_tree(root: Path, files: dict[str, bytes], *, keep: frozenset[str] = frozenset()) -> list[str]:
    """Make `root` hold exactly `files` (plus the `keep` names); return the paths changed.

    Every changed file is first written beside its target; only when all of them are written
    are they renamed into place, so a failure while writing leaves `root` untouched.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for relative, content in sorted(files.items()):
            target = root / relative
            try:
                if target.read_bytes() == content:
                    continue
            except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
                pass
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            staged.append((Path(tmp_name), target))
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
            # mkstemp makes the file private (0600): a written file gets the mode of the one it
            # replaces, or the usual 0644.
            os.chmod(tmp_name, target.stat().st_mode & 0o777 if target.exists() else 0o644)
    except BaseException:
        for staged_file, _ in staged:
            staged_file.unlink(missing_ok=True)
        raise
    changed: list[str] = []
    for staged_file, target in staged:
        os.replace(staged_file, target)
        changed.append(target.relative_to(root).as_posix())
    for stale in sorted(existing_files(root) - set(files) - keep):
        (root / stale).unlink()
        changed.append(stale)
        parent = (root / stale).parent
        while parent != root and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    return changed
