"""Shared paths and fixtures. Upstream material is read from ../shared/trackstar and never copied.

Also the test layers: the tests named below get the `slow` marker, so `make test-fast`
(`-m "not slow"`) leaves them out; `make test` (CI) runs them all. Kept in one table here so that
marking a test slow never means editing its module. A test module may also mark itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO.parent / "shared" / "trackstar").resolve()
OPENAPI_DIR = SHARED / "openapi"
CURRENT_DOCUMENT = OPENAPI_DIR / "2025-10-13_12ae462.json"
POSTMAN = SHARED / "postman.json"
SPECS = REPO / "specs"
GENERATED = REPO / "generated"
GENERATED_PYTHON = GENERATED / "python"
# The golden trees are generated SDKs, tests/ folder included: data for test_golden, not our tests.
collect_ignore = ["golden"]


# Folders and modules that are slow as a whole (what they start or build).
SLOW_PATHS = {
    "tests/contract/": "starts Prism",
    "tests/test_dist.py": "builds the wheel and installs it in fresh venvs",
    "tests/test_release.py": "clones the repository and runs a release into a local index",
    "tests/test_sdk_own_tests.py": "installs the wheel in a fresh venv and starts Prism",
    "tests/runtime/test_rt_redis_shared.py": "several processes sharing one Redis server",
}
# Fixtures whose every user is slow.
SLOW_FIXTURES = {
    "sides": "test_diff: imports every published document",
    "mock_base_url": "test_docs: starts Prism",
    "baseline": "test_custom_templates: generates the whole SDK without a cache",
}
# Single slow tests: module -> test functions. Most import or generate the real spec in full
# (several seconds each); `make test` still runs them.
SLOW_TESTS = {
    "tests/test_update_spec.py": {
        "test_additions_below_one_make_a_patch_release_with_a_changelog",
        "test_a_failure_between_the_writes_changes_nothing",
        "test_breaking_changes_and_an_explicit_major",
        "test_an_older_document_is_refused_unless_asked",
        "test_an_edited_overlay_is_logged_with_a_bump",
    },
    "tests/test_bad_input.py": {"test_error_in_a_worker_process_of_the_real_spec"},
    "tests/test_cli.py": {
        "test_history_reports_wall_time",
        "test_check_catches_an_overlay_edit_and_a_stale_output_then_make_overlay_logs_it",
        "test_check_refuses_a_recorded_document_that_changed",
        "test_update_spec_dry_run_prints_notes_and_writes_nothing",
    },
    "tests/test_bench_chart.py": {"test_rows_become_a_png"},
    "tests/test_model_modules.py": {"test_every_model_module_imports_on_its_own"},  # 31 interpreters
    "tests/runtime/test_rt_ratelimit_live.py": {"test_20_tokens_paginating_concurrently_get_no_429"},
    "tests/test_history.py": {
        "test_every_published_version_imports_generates_and_compiles",  # the 67-version sweep
        "test_history_command_prints_progress_and_table",
        "test_robustness_documents_generate_and_import",
    },
    "tests/test_docs.py": {"test_mkdocs_builds_strict", "test_mkdocs_strict_rejects_a_broken_link"},
    "tests/test_spec_in_step.py": {
        "test_generated_tree_matches_specs_and_templates",  # full generation without a cache
        "test_generation_is_byte_identical_across_runs",
    },
    "tests/test_diff.py": {"test_diff_command_json_and_fail_on", "test_diff_summary_command"},
    "tests/test_generated_package.py": {
        "test_mypy_strict_passes_on_generated_package",  # `make mypy` runs these three
        "test_generator_code_passes_mypy_strict",
        "test_runtime_core_passes_mypy_strict",
        "test_disallowed_operator_is_a_type_error",  # mypy on a program importing the whole SDK
    },
    "tests/runtime/test_rt_webhooks.py": {"test_every_kind_of_headers_passes_mypy_strict_and_non_headers_do_not"},
}


def _check_slow_tables() -> None:
    """A stale entry (a test renamed or moved) would silently put a slow test in the fast layer."""
    for relative in SLOW_PATHS:
        if not (REPO / relative).exists():
            raise pytest.UsageError(f"tests/conftest.py: SLOW_PATHS names {relative}, which does not exist; remove or fix it")
    sources = "\n".join(path.read_text(encoding="utf-8") for path in (REPO / "tests").rglob("*.py"))
    for fixture in SLOW_FIXTURES:
        if f"def {fixture}(" not in sources:
            raise pytest.UsageError(f"tests/conftest.py: SLOW_FIXTURES names {fixture!r}, defined nowhere under tests/; remove or fix it")
    for relative, names in SLOW_TESTS.items():
        module = REPO / relative
        text = module.read_text(encoding="utf-8") if module.exists() else ""
        for name in sorted(names):
            if f"def {name}(" not in text:
                raise pytest.UsageError(f"tests/conftest.py: SLOW_TESTS names {relative}::{name}, which does not exist; remove or fix it")


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    _check_slow_tables()
    for item in items:
        relative = item.path.relative_to(REPO).as_posix()
        function = getattr(item, "originalname", item.name)
        if (
            any(relative.startswith(prefix) for prefix in SLOW_PATHS)
            or function in SLOW_TESTS.get(relative, ())
            or SLOW_FIXTURES.keys() & set(getattr(item, "fixturenames", ()))
        ):
            item.add_marker(pytest.mark.slow)


def shared(path: Path) -> Path:
    """Upstream material must be present: a missing ../shared fails loudly, never skips."""
    if not path.exists():
        pytest.fail(f"{path} is missing: tests need ../shared/trackstar beside the repository", pytrace=False)
    return path


@pytest.fixture(scope="session")
def trackstar_package() -> object:
    """The committed generated SDK, imported from generated/python."""
    if str(GENERATED_PYTHON) not in sys.path:
        sys.path.insert(0, str(GENERATED_PYTHON))
    import trackstar

    return trackstar


def pytest_configure(config: pytest.Config) -> None:
    """The xdist controller rebuilds each warning a worker reports from its class, so it must be
    able to import the SDK's own warning classes (`trackstar._exceptions.MissingFieldWarning`);
    otherwise one warning takes the whole run down. The controller runs no test."""
    if not hasattr(config, "workerinput") and str(GENERATED_PYTHON) not in sys.path:
        sys.path.append(str(GENERATED_PYTHON))
