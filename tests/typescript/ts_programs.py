"""TypeScript programs against the generated package, shared by the TS SDK's tests: the surface
program (every variant body, narrowing, filters) and the tsconfig that compiles a program with
`trackstar-sdk` resolved to generated/typescript/src."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.core.plan import OperationPlan, Plan
from generator.core.schema import Ref
from generator.targets.typescript.examples import example
from generator.targets.typescript.naming import camel
from tests.conftest import REPO

PACKAGE = REPO / "generated" / "typescript"
BIN = REPO / "node_modules" / ".bin"
NODE = shutil.which("node") or "node"


def tsconfig(folder: Path, files: list[str], *, dom: bool = False, types_node: bool = True) -> Path:
    """A strict tsconfig for `files` in `folder`, `trackstar-sdk` mapped to the package sources."""
    config = {
        "compilerOptions": {
            "target": "ES2022",
            "lib": ["ES2022", *(["DOM", "DOM.Iterable"] if dom else [])],
            "types": ["node"] if types_node else [],
            "typeRoots": [str(REPO / "node_modules" / "@types")],
            "module": "NodeNext",
            "moduleResolution": "NodeNext",
            "strict": True,
            "exactOptionalPropertyTypes": True,
            "noUncheckedIndexedAccess": True,
            "noEmit": True,
            "skipLibCheck": False,
            "baseUrl": str(folder),
            "paths": {
                "trackstar-sdk": [str(PACKAGE / "src" / "index.ts")],
                "trackstar-sdk/types/*": [str(PACKAGE / "src" / "types" / "*")],
            },
        },
        "files": files,
        "include": [str(PACKAGE / "src" / "**" / "*.ts")],
    }
    path = folder / f"tsconfig.{'dom' if dom else 'node'}.json"
    path.write_text(json.dumps(config, indent=2), encoding="utf-8")
    (folder / "package.json").write_text('{"type": "commonjs"}\n', encoding="utf-8")  # as the package sources are
    return path


def tsc(config: Path, timeout: float = 600, extra: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    if not (BIN / "tsc").exists():
        pytest.fail("node_modules/.bin/tsc is missing: run `make install`")
    args = [str(BIN / "tsc"), "-p", str(config), *(extra or [])]
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, cwd=REPO)


def op_of(plan: Plan, dotted: str) -> OperationPlan:
    return next(op for op in plan.operations if op.dotted == dotted)


def variant_models(plan: Plan, dotted: str) -> list[tuple[str, str]]:
    """(label, spec model) of every body a write accepts: its base and each integration's."""
    op = op_of(plan, dotted)
    assert op.body_model, dotted
    spec_names = {cls: name for name, cls in plan.class_names.items()}
    return [("base", op.body_model), *((key, spec_names[cls]) for key, cls in sorted(op.variants.items()))]


def variant_calls(plan: Plan, dotted: str) -> list[str]:
    op = op_of(plan, dotted)
    args = "".join(f'"{camel(p.api_name)}_1", ' for p in op.path_params)
    return [
        f"  await client.{dotted}({args}{example(Ref(model), plan.schemas)}); // {label}"
        for label, model in variant_models(plan, dotted)
    ]
