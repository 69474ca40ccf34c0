"""The TypeScript docs: every ```ts block of the TS README and the TS reference pages type-checks
(one `tsc --strict` run, each block its own module: a block that leans on another's imports or
client does not compile) and runs against a Prism mock.

The package is built as shipped (`tsc` for CJS and ESM, the postbuild) in a copy, and the
blocks import it by name from a node_modules folder, as a user's project does. A block preceded
by `<!-- ts-signature -->` is a method's signature (declarations only): it is type-checked, and
checked to be the method's own, but has nothing to run. Every other block runs in its own
`node` process with the credentials and `TRACKSTAR_BASE_URL` (the mock) in the environment.
Prism serves the same document as tests/test_docs.py (every list's `next_token` null).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.typescript.ts_programs import BIN, NODE, PACKAGE

pytestmark = pytest.mark.slow

DOCS = REPO / "generated" / "docs" / "typescript"
README = PACKAGE / "README.md"
_FENCE = re.compile(r"^```(\S*)\s*$")
SIGNATURE_MARK = "<!-- ts-signature -->"
# What a block may not use: `any`, a type assertion other than `as const`, suppressions.
_FORBIDDEN = {
    "any": re.compile(r"(:\s*any\b|<any>|\bas any\b|any\[\])"),
    "a type assertion": re.compile(r"\bas (?!const\b)[A-Za-z{(\[]"),
    "a suppression": re.compile(r"@ts-(ignore|expect-error|nocheck)"),
}


@dataclass
class Block:
    page: Path
    line: int
    lang: str
    code: str
    signature: bool

    def __repr__(self) -> str:
        return f"{self.page.relative_to(REPO)}:{self.line}"


_STRINGS_AND_COMMENTS = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|`[^`]*`|//[^\n]*')


def code_only(source: str) -> str:
    """The source without string literals and line comments (where `as` is just a word)."""
    return _STRINGS_AND_COMMENTS.sub('""', source)


def fenced_blocks(page: Path) -> list[Block]:
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if not match or not match.group(1):
            i += 1
            continue
        end = i + 1
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        marked = i > 0 and lines[i - 1].strip() == SIGNATURE_MARK or (i > 1 and lines[i - 2].strip() == SIGNATURE_MARK and not lines[i - 1].strip())
        blocks.append(Block(page, i + 1, match.group(1), "\n".join(lines[i + 1 : end]) + "\n", marked))
        i = end + 1
    return blocks


def pages() -> list[Path]:
    return [README, *sorted(DOCS.glob("*.md"))]


def ts_blocks() -> list[Block]:
    return [b for page in pages() for b in fenced_blocks(page) if b.lang in ("ts", "typescript")]


def test_blocks_are_typescript_self_contained_and_clean() -> None:
    """Every code block is fenced as ts/typescript (or sh), imports the package itself, and uses
    no `any`, no type assertion but `as const`, no suppression comment."""
    blocks = [b for page in pages() for b in fenced_blocks(page)]
    others = [b for b in blocks if b.lang not in ("ts", "typescript", "sh")]
    assert not others, f"blocks fenced otherwise: {others}"
    ts = [b for b in blocks if b.lang in ("ts", "typescript")]
    readme = [b for b in ts if b.page == README]
    assert len(readme) >= 12, len(readme)
    for block in ts:
        assert 'from "trackstar-sdk"' in block.code, f"{block!r} does not import the package"
        for what, pattern in _FORBIDDEN.items():
            found = pattern.search(code_only(block.code))
            assert not found, f"{block!r} uses {what}: {found.group(0)!r}"
        if not block.signature and "new Trackstar(" not in block.code:
            assert "client" not in block.code, f"{block!r} uses a client it does not build"
    # The checks above reject what they should.
    assert _FORBIDDEN["a type assertion"].search("const x = y as Order;")
    assert not _FORBIDDEN["a type assertion"].search('const x = ["a"] as const;')
    assert not _FORBIDDEN["a type assertion"].search(code_only('console.log("sent as described"); // as d'))
    assert _FORBIDDEN["any"].search("let x: any = 1;")


def operations() -> dict[str, str]:
    """OPERATIONS of the package: `METHOD /path` -> dotted method name."""
    source = (PACKAGE / "src" / "operations.ts").read_text(encoding="utf-8")
    return dict(re.findall(r'"([A-Z]+ /[^"]*)":\s*"([\w.]+)"', source))


def test_every_method_has_a_signature_and_an_example() -> None:
    operations_ = operations()
    assert len(operations_) >= 84
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for endpoint, dotted in operations_.items():
        resource, _, name = dotted.rpartition(".")
        page = DOCS / f"{resource.replace('.', '_')}.md"
        text = page.read_text(encoding="utf-8")
        section = text.split(f"\n## {name}\n", 1)
        assert len(section) == 2, f"{dotted}: no section on {page.name}"
        body = section[1].split("\n## ", 1)[0]
        assert SIGNATURE_MARK in body and f"  {name}(" in body, f"{dotted}: no signature"
        assert f"client.{dotted}(" in body.split("**Example**", 1)[1], f"{dotted}: no example"
        assert f"[`client.{dotted}()`]({page.name}#{name})" in index, endpoint


def test_api_md_maps_every_method_to_its_types() -> None:
    api = (PACKAGE / "api.md").read_text(encoding="utf-8")
    methods = re.findall(r"^- `client\.([\w.]+)\(", api, re.M)
    dotted = set(operations().values())
    assert set(methods) == dotted and len(methods) == len(dotted), sorted(dotted ^ set(methods))
    # Every type api.md links is declared in the file it links.
    links = re.findall(r"^- \[`(\w+)`\]\(\./(src/[\w/]+\.ts)\)$", api, re.M)
    assert len(links) >= 150, len(links)
    for name, path in links:
        source = (PACKAGE / path).read_text(encoding="utf-8")
        assert re.search(rf"^export (interface|type) {name}\b", source, re.M), f"{name} is not declared in {path}"
    print(f"\napi.md: {len(methods)} methods, {len(links)} types, each declared where it links")


# -- the one tsc run, and the runs against Prism -----------------------------------------------


@pytest.fixture(scope="module")
def built_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """generated/typescript built as `npm run build` builds it, in a copy."""
    copy = tmp_path_factory.mktemp("ts-docs") / "trackstar-sdk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("node_modules", "dist", "dist-test"))
    (copy / "node_modules").symlink_to(REPO / "node_modules", target_is_directory=True)
    for config in ("tsconfig.cjs.json", "tsconfig.esm.json"):
        result = subprocess.run([str(BIN / "tsc"), "-p", config], cwd=copy, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stdout + result.stderr
    subprocess.run([NODE, "scripts/postbuild.cjs"], cwd=copy, check=True, timeout=60)
    return copy


@dataclass
class Compiled:
    folder: Path
    blocks: list[tuple[Block, Path]]  # (block, its compiled .js)


@pytest.fixture(scope="module")
def compiled(built_package: Path) -> Compiled:
    folder = built_package.parent / "blocks"
    (folder / "src").mkdir(parents=True)
    (folder / "node_modules").mkdir()
    (folder / "node_modules" / "trackstar-sdk").symlink_to(built_package, target_is_directory=True)
    (folder / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    blocks = ts_blocks()
    names: list[str] = []
    for n, block in enumerate(blocks):
        name = f"block_{n:03d}.ts"
        (folder / "src" / name).write_text(f"// {block!r}\n{block.code}\nexport {{}};\n", encoding="utf-8")
        names.append(name)
    config = {
        "compilerOptions": {
            "target": "ES2022",
            "lib": ["ES2022"],
            "types": ["node"],
            "typeRoots": [str(REPO / "node_modules" / "@types")],
            "module": "NodeNext",
            "moduleResolution": "NodeNext",
            "strict": True,
            "exactOptionalPropertyTypes": True,
            "noUncheckedIndexedAccess": True,
            "skipLibCheck": False,
            "rootDir": "src",
            "outDir": "out",
        },
        "files": [f"src/{name}" for name in names],
    }
    (folder / "tsconfig.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    result = subprocess.run([str(BIN / "tsc"), "-p", "tsconfig.json"], cwd=folder, capture_output=True, text=True, timeout=900)
    errors = result.stdout
    for n, block in enumerate(blocks):
        errors = errors.replace(f"src/block_{n:03d}.ts", repr(block))
    assert result.returncode == 0, errors[-8000:]
    print(f"\ntsc --strict: {len(blocks)} TypeScript blocks of {len(pages())} pages compile")
    return Compiled(folder, [(block, folder / "out" / name.replace(".ts", ".js")) for block, name in zip(blocks, names, strict=True)])


def test_signature_blocks_are_the_methods_own(compiled: Compiled, built_package: Path) -> None:
    """Each documented signature, as an interface, is assignable both ways to the resource class
    the package declares (the same parameters and return types)."""
    checks = ["import Trackstar from \"trackstar-sdk\";", "type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;", "declare const client: Trackstar;"]
    count = 0
    for block, _ in compiled.blocks:
        if not block.signature:
            continue
        page = block.page.stem
        head = re.search(r"^interface (\w+) \{$", block.code, re.M)
        method = re.search(r"^  (\w+)\(", block.code, re.M)
        assert head and method, f"{block!r}: not an interface with one method"
        section = block.page.read_text(encoding="utf-8").split("`client.", 1)[1].split("`", 1)[0]
        imports = [line for line in block.code.splitlines() if line.startswith("import type")]
        alias = f"D{count}"
        body = block.code.split(f"interface {head.group(1)} {{", 1)[1].rsplit("}", 1)[0]
        checks += [
            *imports,
            f"interface {alias} {{{body}}}",
            f"const ok{count}: Mutual<{alias}[\"{method.group(1)}\"], typeof client.{section}.{method.group(1)}> = true; // {page}",
        ]
        count += 1
    assert count >= 84, count
    folder = compiled.folder / "signatures"
    folder.mkdir()
    # One import line per name set would repeat names: keep each name once.
    seen: set[str] = set()
    lines: list[str] = []
    for line in checks:
        if line.startswith("import type {"):
            names = [n.strip() for n in line.split("{", 1)[1].split("}", 1)[0].split(",")]
            fresh = [n for n in names if n not in seen]
            seen.update(fresh)
            if fresh:
                lines.append(f"import type {{ {', '.join(fresh)} }} from \"trackstar-sdk\";")
            continue
        lines.append(line)
    (folder / "check.ts").write_text("\n".join(lines) + "\nexport {};\n", encoding="utf-8")
    config = json.loads((compiled.folder / "tsconfig.json").read_text(encoding="utf-8"))
    config["compilerOptions"].update({"noEmit": True, "rootDir": ".", "noUnusedLocals": False})
    config["compilerOptions"].pop("outDir")
    config["files"] = ["check.ts"]
    (folder / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    (folder / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    (folder / "node_modules").symlink_to(compiled.folder / "node_modules", target_is_directory=True)
    result = subprocess.run([str(BIN / "tsc"), "-p", "tsconfig.json"], cwd=folder, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-6000:]
    print(f"\n{count} documented signatures are each the method's own (mutually assignable)")


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    import sys

    sys.path.insert(0, str(REPO / "tests" / "contract"))
    import prism as prism_helper

    from tests.test_docs import UPSTREAM, mock_document

    if not UPSTREAM.is_file():
        pytest.fail(f"{UPSTREAM} is missing: the docs examples run against Prism serving it", pytrace=False)
    try:
        with prism_helper.run_prism(mock_document()) as server:
            yield server.base_url
    except prism_helper.PrismError as exc:
        pytest.fail(str(exc), pytrace=False)


def test_every_typescript_example_runs(compiled: Compiled, mock_url: str) -> None:
    runnable = [(b, js) for b, js in compiled.blocks if not b.signature]
    env = {
        **os.environ,
        "TRACKSTAR_API_KEY": "docs-example-key",
        "TRACKSTAR_ACCESS_TOKEN": "docs-example-token",
        "TRACKSTAR_BASE_URL": mock_url,
    }

    def run(item: tuple[Block, Path]) -> tuple[Block, subprocess.CompletedProcess[str]]:
        block, js = item
        return block, subprocess.run([NODE, str(js)], cwd=compiled.folder, capture_output=True, text=True, env=env, timeout=120)

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, runnable))
    failed = [(b, r) for b, r in results if r.returncode != 0]
    report = "\n\n".join(f"{b!r} exited {r.returncode}:\n{b.code}--- stderr ---\n{r.stderr[-1500:]}" for b, r in failed[:5])
    assert not failed, f"{len(failed)} of {len(results)} examples failed:\n{report}"
    quiet = [b for b, r in results if not r.stdout.strip()]
    assert not quiet, f"examples that printed nothing: {quiet}"
    readme = sum(1 for b, _ in runnable if b.page == README)
    print(f"\nTypeScript examples: {len(results)} blocks ran against Prism ({readme} from the README), all exited 0")
    assert len(results) >= 84 + 12
