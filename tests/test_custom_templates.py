"""`generate --templates DIR`: a template in DIR replaces the built-in one of the same relative
name, changes exactly the files rendered from it, and nothing else."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.core.errors import GeneratorError
from generator.pipeline import generate_files
from generator.targets.python.render import BUILTIN_TEMPLATES

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "tests" / "golden" / "minimal" / "spec"

VERSION_OVERRIDE = '''"""Version of the generated SDK, and the API document it was generated from."""

__version__ = {{ version | pyrepr }}
__api_document__ = {{ (spec.api.source.document if spec.api.source else "") | pyrepr }}
'''


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def baseline(cache_dir: Path) -> dict[str, bytes]:
    return generate_files(SPEC, cache_dir=cache_dir)


def _differences(a: dict[str, bytes], b: dict[str, bytes]) -> set[str]:
    return {name for name in set(a) | set(b) if a.get(name) != b.get(name)}


def test_version_override_changes_only_version_module(tmp_path: Path, baseline: dict[str, bytes]) -> None:
    """End to end through the CLI, as documented in README.md ("Custom templates")."""
    overrides = tmp_path / "my-templates"
    (overrides / "python").mkdir(parents=True)
    (overrides / "python" / "_version.py.j2").write_text(VERSION_OVERRIDE, encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(SPEC), "--out", str(out),
         "--templates", str(overrides)],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    written = {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    written = {name: data for name, data in written.items() if not name.startswith(".")}
    assert set(written) == set(baseline)
    assert _differences(baseline, written) == {"python/trackstar/_version.py"}
    version = written["python/trackstar/_version.py"].decode("utf-8")
    assert "__api_document__ = " in version
    assert "__version__ = '1.2.3'" in version or '__version__ = "1.2.3"' in version
    # The output is still a working package with the new attribute.
    probe = "import trackstar._version as v; print(v.__version__, repr(v.__api_document__))"
    ran = subprocess.run([sys.executable, "-c", probe], cwd=out / "python", capture_output=True, text=True)
    assert ran.returncode == 0 and ran.stdout.startswith("1.2.3 "), ran.stdout + ran.stderr


def test_docs_override_changes_only_model_pages(tmp_path: Path, cache_dir: Path, baseline: dict[str, bytes]) -> None:
    overrides = tmp_path / "t"
    (overrides / "docs").mkdir(parents=True)
    builtin = (BUILTIN_TEMPLATES / "docs" / "model.md.j2").read_text(encoding="utf-8")
    (overrides / "docs" / "model.md.j2").write_text(builtin + "\n_Internal build: ask #sdk for help._\n", encoding="utf-8")
    files = generate_files(SPEC, template_dir=overrides, cache_dir=cache_dir)
    changed = _differences(baseline, files)
    model_pages = {name for name in baseline if name.startswith("docs/models/")}
    assert model_pages and changed == model_pages
    for name in changed:
        assert files[name].decode("utf-8").endswith("_Internal build: ask #sdk for help._\n")


def test_a_file_that_overrides_nothing_is_an_error(tmp_path: Path, cache_dir: Path) -> None:
    overrides = tmp_path / "t"
    (overrides / "python").mkdir(parents=True)
    (overrides / "python" / "not_a_builtin.py.j2").write_text("{{ nonsense", encoding="utf-8")
    with pytest.raises(GeneratorError, match="replaces no built-in template") as info:
        generate_files(SPEC, template_dir=overrides, cache_dir=cache_dir)
    assert info.value.file == str(overrides / "python" / "not_a_builtin.py.j2")


def test_broken_override_names_its_own_file(tmp_path: Path, cache_dir: Path) -> None:
    overrides = tmp_path / "t"
    (overrides / "python").mkdir(parents=True)
    (overrides / "python" / "_version.py.j2").write_text("__version__ = {{ version | pyrepr }\n", encoding="utf-8")
    with pytest.raises(GeneratorError) as info:
        generate_files(SPEC, template_dir=overrides, cache_dir=cache_dir)
    assert str(overrides / "python" / "_version.py.j2") in str(info.value)
