"""The whole run: load → plan → each target renders (templates, models, format), all in memory."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import ExitStack
from pathlib import Path

from generator.core.cache import Cache
from generator.core.config import CONFIG
from generator.core.plan import build_plan
from generator.core.mock_document import MOCK_FILE
from generator.core.spec.loader import API_FILE, load_spec
from generator.core.type_names import check_type_names
from generator.core.templating import check_template_dir
from generator.targets.registry import TARGETS


def generate_files(
    spec_dir: Path, *, template_dir: Path | None = None, cache_dir: Path | None = None
) -> dict[str, bytes]:
    """Every output file (relative path → bytes); raises GeneratorError on bad input."""
    # A run builds a large heap it keeps to the end (spec, plan, templates, model parses); the
    # cyclic collector's passes over it cost ~10 % of a cold run's CPU and free little (peak RSS
    # +3 MiB without them). Paused for the run, in the workers too (forked while paused).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _generate_files(spec_dir, template_dir=template_dir, cache_dir=cache_dir)
    finally:
        if enabled:
            gc.enable()


def _generate_files(spec_dir: Path, *, template_dir: Path | None, cache_dir: Path | None) -> dict[str, bytes]:
    if template_dir is not None:
        check_template_dir(template_dir, [target.BUILTIN_TEMPLATES for target in TARGETS])
    cache = Cache(cache_dir)
    files: dict[str, bytes] = {}
    with ExitStack() as stack:
        pool = _worker_pool(spec_dir, cache, stack)
        spec = load_spec(spec_dir, cache_dir=cache_dir)
        check_type_names(spec, spec_dir / API_FILE)
        plan = build_plan(spec)
        for target in TARGETS:
            files.update(target.render(spec, plan, cache, template_dir, pool))
    changelog = spec_dir / CONFIG.changelog_file  # written by `update-spec`, shipped with each SDK
    if changelog.is_file():
        for target in TARGETS:
            files[f"{target.NAME}/{CONFIG.changelog_file}"] = changelog.read_bytes()
    mock = spec_dir / MOCK_FILE  # written by the importer: what the SDK repository's tests mock
    if mock.is_file():
        for target in TARGETS:
            # A target whose repository's tests mock the API names the file (MOCK_DOCUMENT).
            name = getattr(target, "MOCK_DOCUMENT", None)
            if isinstance(name, str):
                files[f"{target.NAME}/{name}"] = mock.read_bytes()
    return files


def _worker_pool(spec_dir: Path, cache: Cache, stack: ExitStack) -> Executor | None:
    """Worker processes for datamodel-code-generator and black, the slow part of a cold run; they
    pay off only for large APIs such as the real one (told by the size of models.json).

    On a cold run (no models cached yet) they are forked at once and import both libraries
    while this process loads the spec: a second each, off the critical path. Otherwise they are
    forked on first use, if any.
    """
    cpus = os.cpu_count() or 1
    try:
        size = (spec_dir / "models.json").stat().st_size
    except OSError:
        return None
    if cpus < 2 or size < CONFIG.parallel_models_bytes:
        return None
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    pool = stack.enter_context(ProcessPoolExecutor(max_workers=cpus, mp_context=context))
    if cache.folder is None or not (cache.folder / "models").is_dir():
        for _ in range(cpus):
            pool.submit(_import_libraries)
    return pool


def _import_libraries() -> None:
    """A worker's warm-up: the slow imports of every target (black, datamodel-code-generator)."""
    for target in TARGETS:
        target.warm_up()
