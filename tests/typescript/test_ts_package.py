"""generated/typescript as a package: prettier-clean, its package.json and tsconfigs as the
contract says, and `npm ci && npm run build` in a copy making it importable by `import` and
`require()`, with its types resolving for consumers under NodeNext (ESM and CJS) and Bundler."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.core.spec.loader import load_spec
from tests.conftest import SPECS
from tests.typescript.ts_programs import BIN, NODE, PACKAGE

NPM = shutil.which("npm") or "npm"
FENCE = re.compile(r"^```(?:ts|typescript)\n(.*?)^```", re.M | re.S)
ESCAPES = re.compile(r"\bany\b|@ts-ignore|@ts-expect-error|\bas (?!const\b)\w")


def readme_blocks() -> list[str]:
    """The TypeScript blocks of the package README (each a self-contained program)."""
    return FENCE.findall((PACKAGE / "README.md").read_text(encoding="utf-8"))


def test_generated_typescript_is_prettier_clean() -> None:
    if not (BIN / "prettier").exists():
        pytest.fail("node_modules/.bin/prettier is missing: run `make install`")
    result = subprocess.run([str(BIN / "prettier"), "--check", "."], cwd=PACKAGE, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    checked = sum(1 for p in PACKAGE.rglob("*") if p.is_file() and p.suffix in (".ts", ".json", ".md", ".cjs"))
    print(f"prettier --check generated/typescript: {checked} files clean")


def test_package_json_states_the_contract() -> None:
    package = json.loads((PACKAGE / "package.json").read_text(encoding="utf-8"))
    assert package["name"] == "trackstar-sdk"
    assert package["version"] == load_spec(SPECS).api.sdk_version
    assert package["engines"] == {"node": ">=20"}
    assert "dependencies" not in package and "peerDependencies" not in package
    assert all(v[0].isdigit() for v in package["devDependencies"].values()), "devDependencies are pinned exactly"
    assert package["devDependencies"]["typescript"] == "5.9.3"
    root = package["exports"]["."]
    for condition, folder in (("import", "esm"), ("require", "cjs")):
        assert root[condition] == {"types": f"./dist/{folder}/index.d.ts", "default": f"./dist/{folder}/index.js"}
    lock = json.loads((PACKAGE / "package-lock.json").read_text(encoding="utf-8"))
    assert lock["packages"][""]["devDependencies"] == package["devDependencies"]
    assert lock["packages"]["node_modules/typescript"]["version"] == "5.9.3"
    for name in ("tsconfig.json", "tsconfig.cjs.json", "tsconfig.esm.json"):
        options = json.loads((PACKAGE / name).read_text(encoding="utf-8"))["compilerOptions"]
        assert options.get("moduleResolution", "NodeNext").lower() in ("nodenext", "bundler"), name


CHECK_RUNTIME = """
const sdk = {load};
const Trackstar = sdk.default;
if (Trackstar !== sdk.Trackstar) throw new Error("default export is not Trackstar");
const client = new Trackstar({{ apiKey: "k", accessToken: "t" }});
if (typeof client.wms.orders.list !== "function") throw new Error("no client.wms.orders.list");
if (typeof client.withAccessToken("u").wms.orders.create !== "function") throw new Error("withAccessToken");
const operations = Object.keys(sdk.OPERATIONS).length;
if (operations !== 84) throw new Error("OPERATIONS has " + operations);
for (const name of ["APIError", "NotFoundError", "NotImplementedForIntegrationError", "RateLimitError"]) {{
  if (typeof sdk[name] !== "function") throw new Error("missing " + name);
}}
if (typeof sdk.toFile !== "function" || typeof sdk.webhooks.unwrap !== "function") throw new Error("toFile/unwrap");
console.log("{kind} ok " + operations);
"""

CONSUMER = """\
import Trackstar, {{ NotFoundError, type Order }} from "trackstar-sdk";
import type {{ OrderListParams }} from "trackstar-sdk/types/wms/orders";

export async function first(client: Trackstar, params: OrderListParams): Promise<Order | undefined> {{
  try {{
    return (await client.wms.orders.list(params)).data[0];
  }} catch (error) {{
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }}
}}
export const client = new Trackstar({{ apiKey: "k" }});
"""


@pytest.mark.slow
def test_npm_ci_and_build_in_a_copy_then_import_and_require(tmp_path: Path) -> None:
    copy = tmp_path / "trackstar-sdk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("node_modules", "dist"))
    env = {**os.environ, "npm_config_audit": "false", "npm_config_fund": "false", "npm_config_update_notifier": "false"}
    for args in ([NPM, "ci", "--prefer-offline"], [NPM, "run", "build"]):
        result = subprocess.run(args, cwd=copy, capture_output=True, text=True, timeout=600, env=env)
        assert result.returncode == 0, f"{' '.join(args)}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    for folder in ("esm", "cjs"):
        assert (copy / "dist" / folder / "index.js").is_file() and (copy / "dist" / folder / "index.d.ts").is_file()
    outputs = []
    for kind, load, extra in (
        ("require", 'require("trackstar-sdk")', []),
        ("import", 'await import("trackstar-sdk")', ["--input-type=module"]),
    ):
        script = CHECK_RUNTIME.format(load=load, kind=kind)
        result = subprocess.run([NODE, *extra, "-e", script], cwd=copy, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, f"{kind}: {result.stdout}{result.stderr}"
        outputs.append(result.stdout.strip())
    # A consumer project: the built package in its node_modules, type-checked three ways.
    consumer = tmp_path / "consumer"
    (consumer / "node_modules").mkdir(parents=True)
    (consumer / "node_modules" / "trackstar-sdk").symlink_to(copy)
    (consumer / "use.ts").write_text(CONSUMER.format(), encoding="utf-8")
    blocks = readme_blocks()
    assert blocks, "the README has no TypeScript block"
    for index, block in enumerate(blocks):
        assert not ESCAPES.search(block), f"README block {index} uses an escape hatch"
        (consumer / f"readme_{index}.ts").write_text(block, encoding="utf-8")
    tsc = copy / "node_modules" / ".bin" / "tsc"
    modes = {"nodenext-esm": ("NodeNext", "NodeNext", "module"), "nodenext-cjs": ("NodeNext", "NodeNext", "commonjs"),
             "bundler": ("ESNext", "Bundler", "module")}
    for name, (module, resolution, package_type) in modes.items():
        (consumer / "package.json").write_text(json.dumps({"type": package_type}), encoding="utf-8")
        config = {"compilerOptions": {"strict": True, "noEmit": True, "module": module, "moduleResolution": resolution,
                                      "target": "ES2022", "lib": ["ES2022"], "types": ["node"],
                                      "typeRoots": [str(copy / "node_modules" / "@types")]},
                  # README blocks are ES modules (top-level await): checked where the consumer is one.
                  "files": ["use.ts", *([f"readme_{i}.ts" for i in range(len(blocks))] if package_type == "module" else [])]}
        (consumer / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
        result = subprocess.run([str(tsc), "-p", "tsconfig.json"], cwd=consumer, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, f"{name}: {result.stdout}{result.stderr}"
    print(f"npm ci && npm run build in a copy: {'; '.join(outputs)}; consumer tsc: {', '.join(modes)} 0 errors; "
          f"{len(blocks)} README blocks type-checked")
