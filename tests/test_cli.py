"""The CLI and the Makefile as a maintainer meets them: `--version`, every option described,
exit codes documented and true, `make help` complete, `make dist` checking first, `history`
reporting wall time, the overlay workflow (`check`, `update-spec --recorded`), and a thin cli.py
that nothing else imports (no import cycles)."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "bad"
COMMANDS = ("import-openapi", "generate", "check", "diff", "update-spec", "history", "release")


def cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


def test_version() -> None:
    from generator import __version__

    proc = cli("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"trackstar-generator {__version__}"


def _options_without_help(help_text: str) -> list[str]:
    """Option entries of a click help page that carry no description."""
    lines = help_text.split("Options:", 1)[1].splitlines()
    missing = []
    for index, line in enumerate(lines):
        entry = re.match(r"^  (-\S.*?)(?:\s{2,}(\S.*))?$", line)
        if not entry:
            continue
        follower = lines[index + 1] if index + 1 < len(lines) else ""
        continued = re.match(r"^ {3,}[^\s-]", follower) is not None  # help wrapped onto the next line
        described = entry.group(2) is not None and not entry.group(2).startswith("[default:")
        if not described and not continued:
            missing.append(entry.group(1))
    return missing


@pytest.mark.parametrize("command", ("",) + COMMANDS)
def test_every_option_is_described_and_exit_codes_are_in_the_help(command: str) -> None:
    proc = cli(*([command] if command else []), "--help")
    assert proc.returncode == 0, proc.stderr
    assert _options_without_help(proc.stdout) == [], proc.stdout
    assert "Exit codes: 0 success; 1 bad input" in " ".join(proc.stdout.split())


def test_the_parser_of_help_pages_finds_an_option_without_help() -> None:
    page = (
        "Usage: x\n\nOptions:\n  --spec PATH\n  --out PATH  Where.\n  --templates PATH\n                Wrapped help.\n"
        "  --site PATH     [default: site]\n"
    )
    assert _options_without_help(page) == ["--spec PATH", "--site PATH"]


def test_exit_codes_are_what_the_help_says(tmp_path: Path) -> None:
    assert cli("generate", "--no-such-option").returncode == 2
    assert cli("history", str(tmp_path / "missing")).returncode == 1
    assert cli("diff", "--rules").returncode == 0


def test_readme_documents_the_exit_codes_and_the_overlay_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "Exit codes" in readme and "| `2` |" in readme
    assert "make overlay" in readme and "make check" in readme


# --- Makefile ---------------------------------------------------------------------------------


def _make_targets() -> set[str]:
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):(?!=)", text, re.M))


def test_make_help_lists_every_target() -> None:
    proc = subprocess.run(["make", "-s", "help"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    listed = set(re.findall(r"^make (\S+)\s+\S", proc.stdout, re.M))
    targets = _make_targets()
    assert {"generate", "import", "overlay", "check", "dist", "test"} <= targets
    assert targets - listed == set(), f"`make help` leaves out {sorted(targets - listed)}"


def test_make_dist_runs_check_first() -> None:
    proc = subprocess.run(["make", "-n", "dist"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    commands = proc.stdout
    assert "-m generator check" in commands and "-m build" in commands
    assert commands.index("-m generator check") < commands.index("-m build")


def test_make_import_uses_the_recorded_document() -> None:
    proc = subprocess.run(["make", "-n", "import"], cwd=REPO, capture_output=True, text=True, timeout=60)
    line = next(ln for ln in proc.stdout.splitlines() if "import-openapi" in ln)
    assert line.split("import-openapi", 1)[1].split() == ["-o", "specs"]  # no document: the one api.yaml records


# --- history ------------------------------------------------------------------------------------


def test_history_reports_wall_time(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("2024-01-01_aaaaaaa.json", "2024-02-01_bbbbbbb.json"):
        shutil.copy(FIXTURES / "minimal.json", folder / name)
    started = time.perf_counter()
    proc = cli("history", str(folder), "--no-import-check", "-j", "2")
    elapsed = time.perf_counter() - started
    assert proc.returncode == 0, proc.stdout + proc.stderr
    match = re.search(r"; ([\d.]+)s wall time \(([\d.]+)s summed over documents\)", proc.stdout)
    assert match, proc.stdout
    wall, summed = float(match[1]), float(match[2])
    rows = [float(m) for m in re.findall(r"^2024-\S+\s+\d+\s+\d+\s+([\d.]+)", proc.stdout, re.M)]
    assert len(rows) == 2 and summed == pytest.approx(sum(rows), abs=0.11)
    assert max(rows) - 0.05 <= wall <= elapsed


# --- the overlay workflow: check, then update-spec --recorded -------------------------------------


def _small_project(tmp_path: Path) -> tuple[Path, Path]:
    """specs/ imported from the small document with an overlay, and its generated/ tree."""
    specs, out = tmp_path / "specs", tmp_path / "generated"
    specs.mkdir()
    (specs / "overlay.yaml").write_text("descriptions:\n  wms.orders: Orders of the warehouse.\n", encoding="utf-8")
    shutil.copy(FIXTURES / "minimal.json", tmp_path / "2025-01-01_aaaaaaa.json")
    assert cli("import-openapi", str(tmp_path / "2025-01-01_aaaaaaa.json"), "-o", str(specs)).returncode == 0
    assert cli("generate", "--spec", str(specs), "--out", str(out)).returncode == 0
    return specs, out


def test_check_catches_an_overlay_edit_and_a_stale_output_then_make_overlay_logs_it(tmp_path: Path) -> None:
    specs, out = _small_project(tmp_path)
    api = (specs / "api.yaml").read_text(encoding="utf-8")
    assert "location: ../2025-01-01_aaaaaaa.json" in api  # relative to the spec folder
    ok = cli("check", "--spec", str(specs), "--out", str(out))
    assert ok.returncode == 0, ok.stderr
    assert "is the import of ../2025-01-01_aaaaaaa.json" in ok.stdout

    overlay = specs / "overlay.yaml"
    overlay.write_text("descriptions:\n  wms.orders: Orders held by the warehouse.\n", encoding="utf-8")
    edited = cli("check", "--spec", str(specs), "--out", str(out))
    assert edited.returncode == 1
    assert "resources.yaml differ" in edited.stderr and "make overlay" in edited.stderr
    assert "Traceback" not in edited.stderr

    # `make overlay`: re-import the recorded document, regenerate, bump and log.
    logged = cli("update-spec", "--recorded", "--spec", str(specs), "--out", str(out))
    assert logged.returncode == 0, logged.stderr
    assert "release 0.1.0 -> 0.1.1" in logged.stdout
    assert "## 0.1.1 (" in (specs / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "sdk_version: 0.1.1" in (specs / "api.yaml").read_text(encoding="utf-8")
    assert cli("check", "--spec", str(specs), "--out", str(out)).returncode == 0
    again = cli("update-spec", "--recorded", "--spec", str(specs), "--out", str(out))
    assert again.returncode == 0 and "nothing to do (sdk_version stays 0.1.1)" in again.stdout

    readme = out / "python" / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "edited by hand\n", encoding="utf-8")
    stale = cli("check", "--spec", str(specs), "--out", str(out))
    assert stale.returncode == 1 and "python/README.md" in stale.stderr and "make generate" in stale.stderr


def test_check_refuses_a_recorded_document_that_changed(tmp_path: Path) -> None:
    specs, out = _small_project(tmp_path)
    document = tmp_path / "2025-01-01_aaaaaaa.json"
    data = json.loads(document.read_text(encoding="utf-8"))
    data["info"]["version"] = "1.0.1"
    document.write_text(json.dumps(data), encoding="utf-8")
    for args in (("check", "--spec", str(specs), "--out", str(out)), ("import-openapi", "-o", str(specs))):
        proc = cli(*args)
        assert proc.returncode == 1 and "Traceback" not in proc.stderr
        assert re.search(r"api\.yaml:\d+:\d+ at source\.sha256: the document at \.\./2025-01-01_aaaaaaa\.json changed", proc.stderr)


def test_update_spec_dry_run_prints_notes_and_writes_nothing(tmp_path: Path) -> None:
    specs, out = _small_project(tmp_path)
    newer = json.loads((FIXTURES / "minimal.json").read_text(encoding="utf-8"))
    newer["components"]["schemas"]["Order"]["properties"]["status"] = {"type": "string"}
    (tmp_path / "2025-02-01_bbbbbbb.json").write_text(json.dumps(newer), encoding="utf-8")
    before = {p: p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file() and ".generator-cache" not in p.parts}
    proc = cli("update-spec", str(tmp_path / "2025-02-01_bbbbbbb.json"), "--spec", str(specs), "--out", str(out), "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("## 0.1.1 (") and "dry run: 2025-02-01_bbbbbbb.json would make release 0.1.0 -> 0.1.1" in proc.stdout
    after = {p: p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file() and ".generator-cache" not in p.parts}
    assert after == before
    older = cli("update-spec", str(FIXTURES / "minimal.json"), "--spec", str(specs), "--out", str(out))
    assert older.returncode == 0  # no date in its name and the same info.version: the order cannot be told


# --- cli.py is thin ------------------------------------------------------------------------------


def _imports(path: Path, *, top_level_only: bool) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def test_nothing_imports_from_cli_but_main() -> None:
    offenders = [
        str(path.relative_to(REPO))
        for folder in ("generator", "tests", "bench")
        for path in sorted((REPO / folder).rglob("*.py"))
        if path.relative_to(REPO).as_posix() not in ("generator/__main__.py", "tests/test_cli.py")
        and any(name == "generator.commands.cli" or name.startswith("generator.commands.cli.") for name in _imports(path, top_level_only=False))
    ]
    assert offenders == []


def test_generator_modules_import_without_cycles() -> None:
    """The generator's imports form no cycle, counting those inside functions (a deferred
    import hides a circle from Python at import time, not from a reader)."""
    modules = {
        ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__"): path
        for path in (REPO / "generator").rglob("*.py")
    }
    graph = {
        name: {dep for dep in _imports(path, top_level_only=False) if dep in modules and dep != name}
        for name, path in modules.items()
    }
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for dep in sorted(graph[name]):
            if state.get(dep) == 1 and not cycle:
                cycle.extend(trail[trail.index(dep):] + [name, dep] if dep in trail else [name, dep])
            elif dep not in state:
                visit(dep, trail + [name])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])
    assert cycle == [], " -> ".join(cycle)


def test_the_core_imports_no_target_and_no_command() -> None:
    """generator/core/ is language-neutral: nothing in it imports a target or a command, at
    module level or inside a function; targets import no command."""
    layers = {"generator.core": ("generator.targets", "generator.commands"), "generator.targets": ("generator.commands",)}
    offenders = []
    for path in sorted((REPO / "generator").rglob("*.py")):
        module = ".".join(path.relative_to(REPO).with_suffix("").parts)
        for layer, forbidden in layers.items():
            if module.startswith(layer + "."):
                offenders += [f"{module} imports {name}" for name in sorted(_imports(path, top_level_only=False)) if name.startswith(forbidden)]
    assert offenders == []
