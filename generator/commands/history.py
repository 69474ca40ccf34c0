"""History sweep: import, generate, compile and import the SDK for every published document.

Each document is imported with no overlay into a throw-away spec folder, generated in memory,
written to a throw-away output folder, compiled file by file, and (optionally) imported in a
fresh interpreter, which builds a client and loads every response model; with that check the
TypeScript package is also type-checked (`tsc --strict --noEmit`, the pinned TypeScript). The sweep reports one
row per document; a failure in one document never stops the others.

Besides that per-document check of the import-checked sample with the package's pinned
TypeScript, the TypeScript package of every generated document is kept and all of them are
type-checked together, by one `tsc --noEmit` over each package's own strict tsconfig (`typecheck_typescript`):
one compiler start and one read of the libraries instead of one per document. The compiler is
TypeScript 7 (tests/typescript/toolchains, `make install`), about five times less CPU than 5.9
on these packages; without it, the root's pinned 5.9.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from generator.core.errors import GeneratorError

# argv: the folder holding the package, its name. The client class is the first name the
# package's _client module exports (named after the API); credentials are read only on a call.
IMPORT_CHECK = (
    "import sys, importlib, pkgutil; sys.path.insert(0, sys.argv[1]); p = importlib.import_module(sys.argv[2]); "
    "getattr(p, importlib.import_module(sys.argv[2] + '._client').__all__[0])(); "
    "m = importlib.import_module(sys.argv[2] + '.types._models'); "
    "[importlib.import_module(f'{m.__name__}.{i.name}') for i in pkgutil.iter_modules(m.__path__)]"
)
IMPORT_TIMEOUT = 300
ROOT = Path(__file__).resolve().parents[2]  # the generator's repository (its node_modules)
TSC_CANDIDATES = (
    ROOT / "tests" / "typescript" / "toolchains" / "node_modules" / "typescript-7" / "bin" / "tsc",
    ROOT / "node_modules" / "typescript" / "bin" / "tsc",
)
TSC_TIMEOUT = 1800


@dataclass
class VersionResult:
    version: str
    operations: int = 0
    models: int = 0
    files: int = 0
    seconds: float = 0.0
    # ok | planned (generation not asked for) | import-failed | plan-failed | generate-failed |
    # compile-failed | sdk-import-failed | ts-compile-failed (the TypeScript package, `tsc --strict`)
    result: str = "ok"
    detail: str = ""
    imported_sdk: bool = False  # whether the subprocess import check ran
    ts_checked: bool = False  # whether its TypeScript package was type-checked (ts-compile-failed if not clean)

    @property
    def ok(self) -> bool:
        return self.result in ("ok", "planned")


def documents(folder: Path) -> list[Path]:
    """The OpenAPI documents of a folder in version order (their names sort by date)."""
    if not folder.is_dir():
        raise GeneratorError(str(folder), "folder of OpenAPI documents not found")
    found = sorted(p for p in folder.iterdir() if p.suffix in (".json", ".yaml", ".yml") and p.is_file())
    if not found:
        raise GeneratorError(str(folder), "no OpenAPI documents (*.json, *.yaml) in this folder")
    return found


def spread_sample(docs: list[Path], openapi_versions: dict[str, str] | None = None) -> set[str]:
    """First, last, one per year, and every document that is not OpenAPI 3.0 (the 3.1 one)."""
    if not docs:
        return set()
    chosen = {docs[0].name, docs[-1].name}
    years: dict[str, str] = {}
    for doc in docs:
        years.setdefault(doc.name[:4], doc.name)
    chosen |= set(years.values())
    for name, version in (openapi_versions or {}).items():
        if not version.startswith("3.0"):
            chosen.add(name)
    return chosen


def openapi_version(doc: Path) -> str:
    """The `openapi` field, read cheaply from the head of a JSON document."""
    import json
    import re

    head = doc.read_bytes()[:4096].decode("utf-8", "replace")
    match = re.search(r'"openapi"\s*:\s*"([^"]+)"', head)
    if match:
        return match.group(1)
    try:
        data = json.loads(doc.read_text(encoding="utf-8"))
        return str(data.get("openapi", "")) if isinstance(data, dict) else ""
    except (ValueError, OSError):
        return ""


def sweep_one(
    doc: Path, *, check_import: bool = True, cache_dir: Path | None = None, generate: bool = True,
    ts_dir: Path | None = None,
) -> VersionResult:
    """Import → plan → generate → write → compile → (import) one document; never raises.

    With `generate=False` only the cheap part runs: import, validation and the plan (Python
    names for every operation, argument and model). With `ts_dir`, the generated TypeScript
    package is kept as ts_dir/<version> for `typecheck_typescript`.
    """
    from generator.core.importers.spec_folder import import_into
    from generator.pipeline import generate_files
    from generator.core.plan import build_plan
    from generator.core.spec.loader import load_spec
    from generator.core.writer import write_tree

    row = VersionResult(version=doc.stem)
    started = time.perf_counter()
    stage = "import-failed"
    try:
        with tempfile.TemporaryDirectory(prefix="history-") as tmp:
            spec_dir = Path(tmp) / "spec"
            out_dir = Path(tmp) / "out"
            # No overlay: the spec is exactly what the document says.
            import_into(doc, spec_dir, Path(tmp) / "no-overlay.yaml")
            spec = load_spec(spec_dir)
            row.operations = len(spec.operations())
            row.models = len(spec.models)
            stage = "plan-failed"
            build_plan(spec)
            if not generate:
                row.result = "planned"
                return _finish(row, started)
            stage = "generate-failed"
            files = generate_files(spec_dir, cache_dir=cache_dir)
            row.files = len(files)
            write_tree(out_dir, files)
            if ts_dir is not None and (out_dir / "typescript" / "package.json").is_file():
                shutil.copytree(out_dir / "typescript", ts_dir / row.version)
            stage = "compile-failed"
            for name in sorted(files):
                if name.endswith(".py"):
                    compile(files[name], str(out_dir / name), "exec", dont_inherit=True)
            if check_import:
                stage = "sdk-import-failed"
                row.imported_sdk = True
                proc = subprocess.run(
                    [sys.executable, "-c", IMPORT_CHECK, str(out_dir / "python"), spec.api.package],
                    capture_output=True,
                    text=True,
                    timeout=IMPORT_TIMEOUT,
                    env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
                )
                if proc.returncode != 0:
                    lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
                    raise RuntimeError(lines[-1] if lines else f"exit code {proc.returncode}")
                if (out_dir / "typescript" / "tsconfig.json").is_file():
                    from generator.targets.typescript.target import type_check

                    stage = "ts-compile-failed"
                    problem = type_check(out_dir / "typescript")
                    if problem:
                        raise RuntimeError(problem)
    except GeneratorError as exc:
        row.result, row.detail = stage, str(exc).splitlines()[0]
    except subprocess.TimeoutExpired:
        row.result, row.detail = stage, f"import timed out after {IMPORT_TIMEOUT}s"
    except Exception as exc:  # a generator bug: keep going, report where it happened
        row.result = stage
        frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" ({Path(frame.filename).name}:{frame.lineno})" if frame else ""
        row.detail = f"{type(exc).__name__}: {exc}{where}".splitlines()[0]
    return _finish(row, started)


def _finish(row: VersionResult, started: float) -> VersionResult:
    row.seconds = time.perf_counter() - started
    return row


_Work = tuple[Path, bool, "Path | None", bool, "Path | None"]


def _sweep_args(args: _Work) -> VersionResult:
    doc, check_import, cache_dir, generate, ts_dir = args
    return sweep_one(doc, check_import=check_import, cache_dir=cache_dir, generate=generate, ts_dir=ts_dir)


def _sweep_in_worker(args: _Work) -> VersionResult:
    """In a pool, each worker process keeps its own cache folder: `format.Cache.put` writes
    through a temporary name derived from the key, so two processes storing the same entry
    in one folder at once can collide."""
    doc, check_import, cache_dir, generate, ts_dir = args
    own = cache_dir / f"worker-{_WORKER_SLOT}" if cache_dir is not None else None
    return sweep_one(doc, check_import=check_import, cache_dir=own, generate=generate, ts_dir=ts_dir)


_WORKER_SLOT = 0


def _take_slot(slots: Any) -> None:
    """Pool initializer: a stable worker number, so cache folders are reused across runs."""
    global _WORKER_SLOT
    _WORKER_SLOT = int(slots.get())


def sweep(
    docs: Iterable[Path],
    *,
    import_check: Callable[[Path], bool] | bool = True,
    generate: Callable[[Path], bool] | bool = True,
    jobs: int = 1,
    cache_dir: Path | None = None,
    progress: Callable[[int, int, VersionResult], None] | None = None,
    ts_dir: Path | None = None,
) -> list[VersionResult]:
    """Run `sweep_one` over `docs` (in a process pool when jobs > 1), results in input order."""
    docs = list(docs)
    checks = [import_check(d) if callable(import_check) else bool(import_check) for d in docs]
    full = [generate(d) if callable(generate) else bool(generate) for d in docs]
    work: list[_Work] = [(d, c and g, cache_dir, g, ts_dir) for d, c, g in zip(docs, checks, full, strict=True)]
    results: list[VersionResult] = []
    if jobs <= 1 or len(work) <= 1:
        for index, item in enumerate(work, start=1):
            row = _sweep_args(item)
            results.append(row)
            if progress:
                progress(index, len(work), row)
        return results
    slots: Any = multiprocessing.Queue()
    for slot in range(jobs):
        slots.put(slot)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_take_slot, initargs=(slots,)) as pool:
        for index, row in enumerate(pool.map(_sweep_in_worker, work), start=1):
            results.append(row)
            if progress:
                progress(index, len(work), row)
    return results


@dataclass
class TypeCheck:
    compiler: str  # e.g. "Version 7.0.2"
    packages: int
    seconds: float
    errors: dict[str, list[str]]  # version -> its packages' error lines


def typecheck_typescript(ts_dir: Path, rows: list[VersionResult], tsc: Path | None = None) -> TypeCheck:
    """One `tsc --noEmit` over every TypeScript package kept in ts_dir (one folder per version),
    each file checked with its own package's tsconfig options; rows of packages with errors become
    ts-compile-failed. A version's package is its own folder, so packages never see each other."""
    versions = sorted(p.name for p in ts_dir.iterdir() if (p / "tsconfig.json").is_file()) if ts_dir.is_dir() else []
    if not versions:
        return TypeCheck("", 0, 0.0, {})
    compiler = tsc or next((c for c in TSC_CANDIDATES if c.is_file()), None)
    if compiler is None:
        raise GeneratorError(str(TSC_CANDIDATES[-1]), "TypeScript is not installed: run `make install`")
    node = shutil.which("node") or "node"
    config = {
        "extends": f"./{versions[0]}/tsconfig.json",
        "compilerOptions": {"typeRoots": [str(ROOT / "node_modules" / "@types")], "noEmit": True},
        "include": [f"{version}/src" for version in versions],
    }
    for version in versions:
        ours = json.loads((ts_dir / version / "tsconfig.json").read_text(encoding="utf-8"))["compilerOptions"]
        theirs = json.loads((ts_dir / versions[0] / "tsconfig.json").read_text(encoding="utf-8"))["compilerOptions"]
        if ours != theirs:  # one program, one set of options: check such a package on its own
            raise GeneratorError(str(ts_dir / version / "tsconfig.json"), "compiler options differ between documents")
    (ts_dir / "tsconfig.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    started = time.perf_counter()
    version_text = subprocess.run([node, str(compiler), "--version"], capture_output=True, text=True, timeout=120).stdout.strip()
    proc = subprocess.run([node, str(compiler), "-p", str(ts_dir / "tsconfig.json"), "--pretty", "false"],
                          cwd=ts_dir, capture_output=True, text=True, timeout=TSC_TIMEOUT)
    errors: dict[str, list[str]] = {}
    for line in proc.stdout.splitlines():
        match = re.match(r"([^/\\(]+)[/\\].*\(\d+,\d+\): error", line)
        if match and match[1] in versions:
            errors.setdefault(match[1], []).append(line)
        elif "error" in line:
            errors.setdefault("*", []).append(line)
    if proc.returncode != 0 and not errors:
        errors["*"] = [(proc.stdout + proc.stderr).strip()[-500:] or f"tsc exit code {proc.returncode}"]
    for row in rows:
        if row.version in versions:
            row.ts_checked = True
            found = errors.get(row.version, []) + errors.get("*", [])
            if found and row.ok:
                row.result, row.detail = "ts-compile-failed", f"{len(found)} tsc errors, first: {found[0]}"
    return TypeCheck(version_text, len(versions), time.perf_counter() - started, errors)


def progress_line(index: int, total: int, row: VersionResult) -> str:
    checked = "" if row.imported_sdk or row.result != "ok" else " (import check skipped)"
    detail = f": {row.detail}" if row.detail else ""
    filled = round(20 * index / total) if total else 20
    bar = "#" * filled + "." * (20 - filled)
    return (
        f"{bar} [{index:>{len(str(total))}}/{total}] {row.version}: {row.result}{detail}{checked} "
        f"({row.operations} ops, {row.models} models, {row.seconds:.1f}s)"
    )


def changes_between_versions(docs: list[Path]) -> dict[str, str]:
    """Per version, the diff against the previous one as `breaking/warning/info` counts (each
    document is imported once; a document that does not import gets no entry)."""
    from generator.core.diff import counts, load_side
    from generator.core.release_notes import diff_sides

    summary: dict[str, str] = {}
    previous = None
    for doc in docs:
        try:
            current = load_side(doc)
        except GeneratorError:
            previous = None
            continue
        if previous is not None:
            tally = counts(diff_sides(previous, current))
            summary[doc.stem] = f"{tally['breaking']}/{tally['warning']}/{tally['info']}"
        previous = current
    return summary


def table(
    rows: list[VersionResult], changes: dict[str, str] | None = None, *, wall_seconds: float | None = None,
    typecheck: TypeCheck | None = None,
) -> str:
    """The final summary table, one line per version plus a total; with `changes`, a column of
    breaking/warning/info counts against the previous version. The total is the wall time
    of the sweep when given (with several jobs, per-document times overlap and their sum is
    not how long it took)."""
    width = max([len("version")] + [len(r.version) for r in rows])
    extra = f"  {'vs previous (b/w/i)':>19}" if changes is not None else ""
    lines = [f"{'version':<{width}}  {'operations':>10}  {'models':>6}  {'seconds':>7}{extra}  result"]
    lines.append("-" * len(lines[0]))
    for r in rows:
        result = r.result if r.imported_sdk or r.result != "ok" else "ok (no import check)"
        column = f"  {changes.get(r.version, '-'):>19}" if changes is not None else ""
        lines.append(f"{r.version:<{width}}  {r.operations:>10}  {r.models:>6}  {r.seconds:>7.1f}{column}  {result}")
    planned = sum(r.ok for r in rows)
    generated = sum(r.result == "ok" for r in rows)
    imported = sum(r.result == "ok" and r.imported_sdk for r in rows)
    lines.append("-" * len(lines[0]))
    summed = sum(r.seconds for r in rows)
    timing = f"{wall_seconds:.1f}s wall time ({summed:.1f}s summed over documents)" if wall_seconds is not None else f"{summed:.1f}s summed over documents"
    lines.append(
        f"{planned}/{len(rows)} versions import and plan; {generated} generated and compiled; "
        f"{imported} also imported in a fresh interpreter; {timing}"
    )
    if typecheck is not None and typecheck.packages:
        clean = sum(r.ts_checked and r.result != "ts-compile-failed" for r in rows)
        lines.append(
            f"{clean}/{typecheck.packages} TypeScript packages type-check (tsc --noEmit, strict, {typecheck.compiler}, "
            f"one run over all of them: {typecheck.seconds:.1f}s)"
        )
    return "\n".join(lines)
