"""TypeScript rows: the `trackstar-sdk` package built as `npm run build` builds it (in .bench/ts),
imported by name from a consumer folder, as a user's program imports it.

The peers (openapi-typescript with openapi-fetch, @hey-api/openapi-ts with its fetch client) are
pinned npm packages installed into .bench/ts-peers; their generated output is set up in
.bench/ts/peer-* beside our consumer, so that the tsc and import rows time the same two calls
for each of them in the same run, interleaved with ours.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

from bench.measure import BENCH_DIR, REPO_ROOT, WORK, BenchError

PACKAGE = REPO_ROOT / "generated" / "typescript"
TSC = REPO_ROOT / "node_modules" / ".bin" / "tsc"
CHILDREN = BENCH_DIR / "children"
NODE = shutil.which("node") or "node"
TS_DIR = WORK / "ts"


def _run(args: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0:
        raise BenchError(f"{' '.join(args)} failed: {(result.stdout + result.stderr)[-400:]}")
    return result


def build() -> dict[str, Any]:
    """Build the package into .bench/ts/trackstar-sdk and set up .bench/ts/consumer."""
    if not (PACKAGE / "package.json").is_file():
        raise BenchError("generated/typescript is missing: run `make generate`")
    if not TSC.exists():
        raise BenchError("node_modules/.bin/tsc is missing: run `make install`")
    package = TS_DIR / "trackstar-sdk"
    shutil.rmtree(TS_DIR, ignore_errors=True)
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("node_modules", "dist", "dist-test", "tests"))
    (package / "node_modules").symlink_to(REPO_ROOT / "node_modules", target_is_directory=True)
    started = time.perf_counter()
    for config in ("tsconfig.cjs.json", "tsconfig.esm.json"):
        _run([str(TSC), "-p", config], package)
    _run([NODE, "scripts/postbuild.cjs"], package)
    build_s = time.perf_counter() - started
    consumer = TS_DIR / "consumer"
    (consumer / "node_modules").mkdir(parents=True)
    (consumer / "node_modules" / "trackstar-sdk").symlink_to(package, target_is_directory=True)
    (consumer / "node_modules" / "@types").symlink_to(REPO_ROOT / "node_modules" / "@types", target_is_directory=True)
    (consumer / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    for name in ("ts_page.mjs", "ts_import.mjs", "ts_bare.mjs", "ts_user.ts", "ts_rate.mjs", "ts_raw_rate.mjs"):
        shutil.copy(CHILDREN / name, consumer / name)
    return {"package": str(package), "consumer": str(consumer), "build_s": build_s}


def dts_size(package: Path) -> dict[str, Any]:
    """Total bytes of the `.d.ts` one consumer loads (the ESM build's; the CJS build's are the same)."""
    files = sorted((package / "dist" / "esm").rglob("*.d.ts"))
    total = sum(p.stat().st_size for p in files)
    largest = max(files, key=lambda p: p.stat().st_size)
    return {"bytes": total, "files": len(files), "largest": largest.name, "largest_bytes": largest.stat().st_size}


def import_times(subjects: dict[str, tuple[Path, str]], repeats: int) -> dict[str, Any]:
    """Fresh `node` processes, interleaved: each subject (label -> folder, script) in turn, one
    process at a time; `bare` is bare node. Medians and every sample."""
    samples: dict[str, list[float]] = {label: [] for label in subjects}
    for folder, script in subjects.values():  # warm-up (file cache)
        _run([NODE, script], folder)
    for _ in range(repeats):
        for label, (folder, script) in subjects.items():
            started = time.perf_counter()
            _run([NODE, script], folder)
            samples[label].append(time.perf_counter() - started)
    return {label: {"median": statistics.median(xs), "samples": xs} for label, xs in samples.items()}


def page_parse(consumer: Path, page_file: Path, repeats: int) -> dict[str, Any]:
    result = _run([NODE, "ts_page.mjs", str(page_file), str(repeats)], consumer)
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    if data["items"] <= 0:
        raise BenchError("the SDK read no orders from the page")
    return data


TSC_OPTIONS: dict[str, Any] = {
    "target": "ES2022", "lib": ["ES2022"], "types": ["node"], "module": "NodeNext",
    "moduleResolution": "NodeNext", "strict": True, "noEmit": True, "skipLibCheck": True,
}


def _tsconfig(folder: Path, user_file: str, **overrides: Any) -> None:
    config = {"compilerOptions": {**TSC_OPTIONS, **overrides}, "files": [user_file]}
    (folder / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")


def tsc_user_files(subjects: dict[str, Path], repeats: int) -> dict[str, Any]:
    """`tsc --noEmit --strict -p tsconfig.json` (TS 5.9 from the repository's node_modules) of
    each subject's 2-call user file; one warm-up each, then `repeats` rounds, interleaved."""
    version = _run([str(TSC), "--version"], REPO_ROOT).stdout.strip()
    samples: dict[str, list[float]] = {label: [] for label in subjects}
    for folder in subjects.values():  # warm-up
        _run([str(TSC), "-p", "tsconfig.json"], folder)
    for _ in range(repeats):
        for label, folder in subjects.items():
            samples[label].append(_timed([str(TSC), "-p", "tsconfig.json"], folder))
    out: dict[str, Any] = {label: {"median": statistics.median(xs), "samples": xs} for label, xs in samples.items()}
    return {**out, "typescript": version}


def setup_ours(consumer: Path) -> None:
    _tsconfig(consumer, "ts_user.ts")


def setup_peers() -> dict[str, Path]:
    """Folders beside the consumer holding each peer's generated output (from `peer_generate`'s
    last run) and its user file, tsconfig and import script."""
    out: dict[str, Path] = {}
    types = REPO_ROOT / "node_modules" / "@types"
    # openapi-typescript: its one schema.d.ts, and openapi-fetch (pinned) as the runtime.
    folder = TS_DIR / "peer-openapi-typescript"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "node_modules").mkdir(parents=True)
    (folder / "node_modules" / "openapi-fetch").symlink_to(PEERS_DIR / "node_modules" / "openapi-fetch", target_is_directory=True)
    (folder / "node_modules" / "@types").symlink_to(types, target_is_directory=True)
    (folder / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    shutil.copy(PEERS_DIR / "out-openapi-typescript" / "schema.d.ts", folder / "schema.d.ts")
    for name in ("ts_user_openapi_fetch.ts", "ts_import_openapi_fetch.mjs"):
        shutil.copy(CHILDREN / name, folder / name)
    _tsconfig(folder, "ts_user_openapi_fetch.ts")
    out["openapi-typescript"] = folder
    # hey-api: its generated folder, imported by the user file as a user's project does. Its
    # relative imports have no extension, so the user file resolves them as a bundler does
    # (moduleResolution Bundler), and node loads a CommonJS build of it. Its client names DOM
    # types (BodyInit) that @types/node does not declare globally: it needs the DOM lib.
    folder = TS_DIR / "peer-hey-api"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "node_modules").mkdir(parents=True)
    (folder / "node_modules" / "@types").symlink_to(types, target_is_directory=True)
    (folder / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    shutil.copytree(PEERS_DIR / "out-hey-api", folder / "hey-api")
    for name in ("ts_user_hey_api.ts", "ts_import_hey_api.cjs"):
        shutil.copy(CHILDREN / name, folder / name)
    dom = ["ES2022", "DOM"]
    _tsconfig(folder, "ts_user_hey_api.ts", module="ESNext", moduleResolution="Bundler", lib=dom)
    build = {"compilerOptions": {**TSC_OPTIONS, "lib": dom, "module": "CommonJS", "moduleResolution": "Node10", "noEmit": False,
                                 "outDir": "js", "rootDir": "hey-api"}, "include": ["hey-api"]}
    (folder / "tsconfig.cjs.json").write_text(json.dumps(build), encoding="utf-8")
    _run([str(TSC), "-p", "tsconfig.cjs.json"], folder)
    (folder / "js" / "package.json").write_text('{"type": "commonjs"}\n', encoding="utf-8")
    out["hey-api"] = folder
    return out


def rate(consumer: Path, script: str, base_url: str, tokens: int) -> dict[str, Any]:
    result = _run([NODE, script, base_url, str(tokens)], consumer, timeout=300)
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


PEERS_DIR = WORK / "ts-peers"
# Pinned peers (each runs on Node 20: @hey-api/openapi-ts 0.95 needs >= 20.19) and esbuild.
# openapi-fetch is the client a user of openapi-typescript's types calls (the tsc and import rows).
PEER_PINS = {"openapi-typescript": "7.13.0", "openapi-fetch": "0.17.0", "@hey-api/openapi-ts": "0.95.0", "esbuild": "0.25.9"}


def ensure_peers(log: Any) -> dict[str, str]:
    manifest = json.dumps({"name": "bench-ts-peers", "private": True, "devDependencies": PEER_PINS}, indent=2) + "\n"
    PEERS_DIR.mkdir(parents=True, exist_ok=True)
    path = PEERS_DIR / "package.json"
    bins = PEERS_DIR / "node_modules" / ".bin"
    if not path.is_file() or path.read_text(encoding="utf-8") != manifest or not all((bins / b).exists() for b in ("openapi-ts", "openapi-typescript", "esbuild")):
        path.write_text(manifest, encoding="utf-8")
        log("TypeScript peers: npm install " + " ".join(f"{k}@{v}" for k, v in PEER_PINS.items()))
        npm = shutil.which("npm") or "npm"
        _run([npm, "install", "--no-audit", "--no-fund", "--loglevel=error"], PEERS_DIR, timeout=600)
    return dict(PEER_PINS)


def _timed(args: list[str], cwd: Path, timeout: float = 900) -> float:
    started = time.perf_counter()
    _run(args, cwd, timeout=timeout)
    return time.perf_counter() - started


def peer_generate(document: Path, repeats: int) -> dict[str, Any]:
    """Each peer's CLI into a fresh folder, wall time; the last run's output sizes."""
    bins = PEERS_DIR / "node_modules" / ".bin"
    out: dict[str, Any] = {}
    for name, command in (
        ("openapi-typescript", lambda folder: [str(bins / "openapi-typescript"), str(document), "-o", str(folder / "schema.d.ts")]),
        ("hey-api", lambda folder: [str(bins / "openapi-ts"), "-i", str(document), "-o", str(folder)]),
    ):
        samples = []
        folder = PEERS_DIR / f"out-{name}"
        for _ in range(repeats):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            samples.append(_timed(command(folder), PEERS_DIR))
        files = [p for p in folder.rglob("*") if p.is_file()]
        out[name] = {"median": statistics.median(samples), "samples": samples, "files": len(files),
                     "bytes": sum(p.stat().st_size for p in files)}
    return out


def ts_generate(python: str, repeats: int) -> dict[str, Any]:
    samples = [_timed([python, str(CHILDREN / "ts_generate.py")], REPO_ROOT) for _ in range(repeats)]
    return {"median": statistics.median(samples), "samples": samples}


def bundle(consumer: Path) -> dict[str, Any]:
    shutil.copy(CHILDREN / "ts_bundle.mjs", consumer / "ts_bundle.mjs")
    esbuild = PEERS_DIR / "node_modules" / ".bin" / "esbuild"
    out = consumer / "bundle.min.js"
    _run([str(esbuild), "ts_bundle.mjs", "--bundle", "--minify", "--platform=node", "--format=esm",
          f"--outfile={out.name}"], consumer)
    return {"bytes": out.stat().st_size, "esbuild": PEER_PINS["esbuild"]}
