"""The TypeScript target: render the plan into the `trackstar-sdk` package (generated/typescript).

Layout of the package: src/client.ts (the client and its options), src/resources/<area>/...ts
(one class per resource, its operations' `OperationSpec`s beside it), src/types/<area>/...ts (the
types of each resource; src/types/shared.ts the helpers and filters every resource shares),
src/operations.ts (OPERATIONS), src/webhooks.ts, src/index.ts, src/core/ (the runtime, copied
verbatim), and the package files (package.json, its lock file, tsconfigs for ESM and CJS).
"""

from __future__ import annotations

import json
import re
import subprocess
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from generator.core.cache import Cache
from generator.core.plan import OperationPlan, Plan, ResourcePlan
from generator.core.spec.model import Spec
from generator.core.templating import template_error
from generator.targets.typescript import RUNTIME_DIR, TEMPLATES
from generator.targets.typescript import format as fmt
from generator.targets.typescript.declarations import Declarations, build, import_lines, relative
from generator.targets.typescript.naming import camel, property_key, string
from generator.targets.typescript.signatures import signature
from generator.targets.typescript import docs as ts_docs

NAME = "typescript"
BUILTIN_TEMPLATES = TEMPLATES
TYPESCRIPT_VERSION = "5.9.3"
TYPES_NODE_VERSION = "20.19.43"
GENERATED = "// Generated from specs/ by the Trackstar SDK generator: do not edit."


def warm_up() -> None:
    """Nothing to import ahead: prettier runs in its own Node process, on cache misses only."""


@dataclass
class Method:
    name: str
    lines: list[str]
    uses: set[str] = field(default_factory=set)


@dataclass
class ResourceFile:
    path: str  # `resources/wms/orders` (src/<path>.ts)
    class_name: str
    resource: ResourcePlan
    children: list[tuple[str, str, str]]  # (attribute, class, specifier)
    specs: list[list[str]]  # the OperationSpec constants
    methods: list[Method]
    type_imports: list[str]
    core_imports: list[str]


def runtime_files() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(RUNTIME_DIR.glob("*.ts"))}


def error_classes() -> list[str]:
    """The classes the runtime's errors.ts exports, in its order."""
    source = (RUNTIME_DIR / "errors.ts").read_text(encoding="utf-8")
    return re.findall(r"^export (?:abstract )?class (\w+)", source, flags=re.M)


def array(indent: int, key: str, items: list[str]) -> list[str]:
    """`key: [a, b],` or, when too long, one item per line (prettier's layout for strings)."""
    pad = fmt.INDENT * indent
    line = f"{pad}{key}: [{', '.join(items)}],"
    if fmt._fits(line) or not items:
        return [line]
    return [f"{pad}{key}: [", *(f"{pad}{fmt.INDENT}{item}," for item in items), f"{pad}],"]


def assign_array(head: str, items: list[str], tail: str) -> str:
    """`head [a, b]tail` at the top level, or one item per line."""
    line = f"{head} [{', '.join(items)}]{tail}"
    if fmt._fits(line) or not items:
        return line
    return "\n".join([f"{head} [", *(f"{fmt.INDENT}{item}," for item in items), f"]{tail}"])


def property_lines(indent: int, key: str, value: str) -> list[str]:
    """`key: value,`, or the value on the next line when too long (prettier, for a string)."""
    pad = fmt.INDENT * indent
    line = f"{pad}{key}: {value},"
    return [line] if fmt._fits(line) else [f"{pad}{key}:", f"{pad}{fmt.INDENT}{value},"]


def call_lines(indent: int, head: str, args: list[str], tail: str) -> list[str]:
    """`head(a, b)tail` on one line, or one argument per line with a trailing comma."""
    pad = fmt.INDENT * indent
    line = f"{pad}{head}({', '.join(args)}){tail}"
    if fmt._fits(line) or not args:
        return [line]
    return [f"{pad}{head}(", *(f"{pad}{fmt.INDENT}{a}," for a in args), f"{pad}){tail}"]


def _spec_const(op: OperationPlan, plan: Plan) -> str:
    return "_".join(part.upper() for part in re.split(r"[^A-Za-z0-9]+", op.name) if part) or "OP"


def _operation_spec(op: OperationPlan, plan: Plan, const: str) -> list[str]:
    spec_op = next(o for _, _, o in plan.spec.operations() if o.method == op.method and o.path == op.path)
    lines = [f"const {const}: OperationSpec = {{", f"  method: {string(op.method)},", f"  path: {string(op.path)},"]
    lines += array(1, "pathParams", [string(p.api_name) for p in op.path_params])
    lines += array(1, "auth", [string(a) for a in op.auth])
    query = sorted(spec_op.query)
    token = plan.spec.api.pagination.token_in
    if op.paginated and token not in query:
        query.append(token)
    if query:
        lines += array(1, "query", [string(q) for q in query])
    if spec_op.filters:
        lines.append("  filters: {")
        for api, flt in sorted(spec_op.filters.items()):
            lines.append(f"    {property_key(api)}: {{")
            lines += array(3, "ops", [string(o) for o in flt.ops])
            lines.append(f"      type: {string(flt.type)},")
            if flt.plain:
                lines.append("      plain: true,")
            lines.append("    },")
        lines.append("  },")
    if spec_op.body:
        multipart = spec_op.body.content_type == "multipart/form-data"
        lines.append(f"  body: {string('multipart' if multipart else 'json')},")
        fields = plan.schemas.fields(spec_op.body.model)
        lines += array(1, "bodyFields", [string(f.name) for f in fields])
        files = [f.name for f in fields if _is_file(plan, f.node)]
        if files:
            lines += array(1, "files", [string(f) for f in files])
    if op.paginated:
        lines.append("  paginated: true,")
    if op.idempotent:
        lines.append("  idempotent: true,")
    lines.append("};")
    return lines


def _is_file(plan: Plan, node: Any) -> bool:
    from generator.core.schema import Array, File

    node, _, _ = plan.schemas.resolve(node)
    if isinstance(node, Array):
        node, _, _ = plan.schemas.resolve(node.items)
    return isinstance(node, File)


def _method(op: OperationPlan, decls: Declarations, const: str) -> Method:
    sig = signature(op, decls)
    path_args = "[" + ", ".join(a.name for a in sig.path_args) + "]"
    call = "this.client.requestPage" if sig.paginated else "this.client.request"
    lines = fmt.comment(1, _describe(op)) if _describe(op) else []
    lines += sig.method_lines(1)
    lines += call_lines(2, f"return {call}", [const, path_args, "params" if sig.params else "undefined", "options"], ";")
    lines.append(f"{fmt.INDENT}}}")
    return Method(op.name, lines, set(sig.uses))


def _describe(op: OperationPlan) -> str:
    first = (op.description or "").strip().split("\n\n")[0]
    text = " ".join(first.split())
    return f"{text} `{op.method} {op.path}`".strip() if text else f"`{op.method} {op.path}`"


def _resource_files(plan: Plan, decls: Declarations) -> list[ResourceFile]:
    files: list[ResourceFile] = []

    def walk(resource: ResourcePlan, parts: list[str]) -> None:
        for child in resource.children:
            child_parts = parts + [child.attr]
            path = "resources/" + "/".join(child_parts)
            children = [
                (grand.attr, grand.class_name, relative(path, f"{path}/{grand.attr}"))
                for grand in child.children
            ]
            specs, methods = [], []
            for op in child.operations:
                const = _spec_const(op, plan)
                specs.append(_operation_spec(op, plan, const))
                methods.append(_method(op, decls, const))
            names = sorted({n for m in methods for n in m.uses if n in decls.home})
            core: list[str] = []
            if any(not op.paginated for op in child.operations):
                core += import_lines(["APIPromise"], relative(path, "core/api-promise"), type_only=True)
            client_names = ["BaseClient", "OperationSpec", "RequestOptions"] if methods else ["BaseClient"]
            core += import_lines(client_names, relative(path, "core/client"), type_only=True)
            if any(op.paginated for op in child.operations):
                core += import_lines(["PagePromise"], relative(path, "core/pagination"), type_only=True)
            files.append(
                ResourceFile(path, child.class_name, child, children, specs, methods, decls.imports(path, names), core)
            )
            walk(child, child_parts)

    walk(plan.root, [])
    return files


def _types_module(path: str, decls: Declarations) -> str:
    module = decls.modules[path]
    imports = decls.imports(path, sorted(module.uses - set(module.decls)))
    blocks = ["\n".join(lines) for _, lines in sorted(module.decls.items())]
    head = "\n".join([GENERATED, *imports]) + "\n\n"
    return head + "\n\n".join(blocks) + "\n"


def render(
    spec: Spec, plan: Plan, cache: Cache, template_dir: Path | None, pool: Executor | None
) -> dict[str, bytes]:
    """Every file of the TypeScript package (path under generated/ -> bytes)."""
    decls = build(plan)
    env = _environment(template_dir, cache.folder / "jinja-typescript" if cache.folder else None)
    _decls_filters(env, plan, decls, f"{plan.package}-sdk")
    resources = _resource_files(plan, decls)
    top = [r for r in resources if r.path.count("/") == 1]
    operations = sorted(plan.operations, key=lambda o: (o.path, o.method))
    schemes = sorted(spec.api.auth.items())
    context: dict[str, Any] = {
        "spec": spec,
        "plan": plan,
        "version": plan.version,
        "client_name": spec.api.client_class,
        "package_name": f"{plan.package}-sdk",
        "schemes": [(name, scheme, camel(name)) for name, scheme in schemes],
        "connection_scheme": "access_token" if "access_token" in spec.api.auth else None,
        "base_url_env": f"{spec.api.client_class.upper()}_BASE_URL",
        "log_env": f"{spec.api.client_class.upper()}_LOG",  # as the Python runtime's TRACKSTAR_LOG
        "top": top,
        "operations": operations,
        "error_classes": error_classes(),
        "type_modules": sorted(p for p, m in decls.modules.items() if m.decls),
        "events": decls.webhook_events,
        "has_webhooks": bool(decls.webhook_events),
        "typescript_version": TYPESCRIPT_VERSION,
        "types_node_version": TYPES_NODE_VERSION,
        "string": string,
        "relative": relative,
        "array": array,
        "assign_array": assign_array,
        "property_lines": property_lines,
        "import_lines": import_lines,
    }

    def render_template(template: str, **extra: Any) -> str:
        try:
            return env.get_template(template).render(**context, **extra)
        except jinja2.TemplateError as exc:
            raise template_error(exc, template) from None

    sources: dict[str, str] = {}
    sources["src/client.ts"] = render_template("typescript/client.ts.j2")
    sources["src/index.ts"] = render_template("typescript/index.ts.j2")
    sources["src/operations.ts"] = render_template("typescript/operations.ts.j2")
    sources["src/webhooks.ts"] = render_template("typescript/webhooks.ts.j2")
    sources["src/types/index.ts"] = render_template("typescript/types-index.ts.j2")
    for resource in resources:
        sources[f"src/{resource.path}.ts"] = render_template("typescript/resource.ts.j2", file=resource)
    for path in decls.modules:
        if not decls.modules[path].decls:
            continue
        sources[f"src/{path}.ts"] = _types_module(path, decls)
    sources["scripts/postbuild.cjs"] = render_template("typescript/postbuild.cjs.j2")
    formatted = fmt.format_files(sources, cache)
    files: dict[str, bytes] = {f"{NAME}/{name}": text.encode() for name, text in formatted.items()}
    for name, text in runtime_files().items():
        files[f"{NAME}/src/core/{name}"] = text.encode()
    files.update(_docs_and_repo(plan, decls, context, render_template, cache))
    for name, template in (
        ("package.json", "package.json.j2"),
        ("package-lock.json", "package-lock.json.j2"),
        ("tsconfig.json", "tsconfig.json.j2"),
        ("tsconfig.cjs.json", "tsconfig.cjs.json.j2"),
        ("tsconfig.esm.json", "tsconfig.esm.json.j2"),
        ("tsconfig.test.json", "tsconfig.test.json.j2"),
        (".gitignore", "gitignore.j2"),
        (".prettierignore", "prettierignore.j2"),
    ):
        files[f"{NAME}/{name}"] = render_template(f"typescript/{template}").encode()
    return files


SDK_REPO_DIR = Path(__file__).resolve().parent / "sdk-repo"  # LICENSE, CI workflow: copied unchanged
PRISM_VERSION = "5.16.0"


def _docs_and_repo(
    plan: Plan, decls: Declarations, context: dict[str, Any], render_template: Any, cache: Cache
) -> dict[str, bytes]:
    """The reference pages (generated/docs/typescript/), the SDK repository's own tests and its
    static files; fills in the context api.md, the README and CONTRIBUTING use."""
    package = context["package_name"]
    envs = [scheme.env for _, scheme, _ in context["schemes"] if scheme.env] + [context["base_url_env"]]
    by_resource = {
        r.dotted: ts_docs.method_docs(r, plan, decls, context["client_name"], package, envs) for r in plan.resources
    }
    create = next((op for op in plan.operations if op.dotted == "wms.orders.create"), None)
    context.update(
        envs=envs,
        status_errors=sorted(ts_docs.status_errors().items()),
        create_example="\n".join(
            ts_docs.value_lines("", ts_docs.example_params(create, plan), "", 0)
        ) if create else "{}",
        status_errors_table=ts_docs.md_table(
            ["Status", "Error"],
            [[str(code), f"`{name}`"] for code, name in sorted(ts_docs.status_errors().items())]
            + [["other 5xx", "`InternalServerError`"]],
        ),
        prism_version=PRISM_VERSION,
        api_resources=[(r, by_resource[r.dotted]) for r in plan.resources if by_resource[r.dotted]],
        all_methods=[
            _Paged(m, f"{r.module}.md") for r in plan.resources for m in by_resource[r.dotted]
        ],
    )
    files: dict[str, bytes] = {}
    tests: dict[str, str] = {}
    for resource in plan.resources:
        methods = by_resource[resource.dotted]
        module = methods[0].types_module if methods else "types/" + resource.dotted.replace(".", "/")
        page = render_template(
            "typescript/docs/resource.md.j2", resource=resource, methods=methods, types_module=module
        )
        files[f"docs/typescript/{resource.module}.md"] = page.encode()
        if methods:
            test = render_template(
                "typescript/tests/resource.test.ts.j2", resource=resource,
                calls=ts_docs.test_calls(methods),
            )
            tests[f"tests/api-resources/{resource.dotted.replace('.', '/')}.test.ts"] = test
    for name, text in fmt.format_files(tests, cache).items():
        files[f"{NAME}/{name}"] = text.encode()
    for name in ("README.md", "api.md", "CONTRIBUTING.md"):  # written in prettier's Markdown style
        files[f"{NAME}/{name}"] = render_template(f"typescript/{name}.j2").encode()
    files["docs/typescript/index.md"] = render_template("typescript/docs/index.md.j2").encode()
    for path in sorted(SDK_REPO_DIR.rglob("*")):
        if path.is_file():
            files[f"{NAME}/{path.relative_to(SDK_REPO_DIR).as_posix()}"] = path.read_bytes()
    return files


@dataclass(frozen=True)
class _Paged:
    """A method's docs with the reference page it is on."""

    doc: ts_docs.MethodDoc
    page: str

    @property
    def op(self) -> OperationPlan:
        return self.doc.op

    @property
    def sig(self) -> Any:
        return self.doc.sig


def type_check(package_dir: Path, timeout: float = 600) -> str | None:
    """`tsc --strict --noEmit` over a rendered package with the repository's pinned TypeScript
    and @types/node (the package's own node_modules need not exist); None when it compiles,
    else the first errors."""
    tsc = fmt.ROOT / "node_modules" / ".bin" / "tsc"
    if not tsc.exists():
        return f"{tsc} is missing: run `make install`"
    args = [str(tsc), "-p", str(package_dir / "tsconfig.json"), "--skipLibCheck",
            "--typeRoots", str(fmt.ROOT / "node_modules" / "@types")]
    result = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode == 0:
        return None
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    return "; ".join(lines[:3]) or f"tsc exit code {result.returncode}"


def _environment(override_dir: Path | None, bytecode_dir: Path | None = None) -> jinja2.Environment:
    """As the Python target's: compiled templates are kept in `bytecode_dir` (when given), so a
    regeneration skips compiling them (compiling is most of a small API's rendering time)."""
    search = [str(override_dir)] if override_dir else []
    bytecode_cache = None
    if bytecode_dir is not None:
        bytecode_dir.mkdir(parents=True, exist_ok=True)
        bytecode_cache = jinja2.FileSystemBytecodeCache(str(bytecode_dir))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search + [str(TEMPLATES)]),
        bytecode_cache=bytecode_cache,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["string"] = string
    env.filters["json"] = lambda value: json.dumps(value)
    env.filters["anchor"] = lambda text: re.sub(r"[^a-z0-9_-]", "", str(text).lower().replace(" ", "-"))
    env.filters["code"] = lambda text: f"`{text}`"
    env.filters["first_paragraph"] = _first_paragraph
    env.filters["ts_error_class"] = ts_docs.error_class
    return env


def _first_paragraph(text: str) -> str:
    """The first paragraph of spec text, on one line, safe inside Markdown."""
    first = " ".join(str(text).strip().split("\n\n")[0].split())
    return first.replace("<", "&lt;").replace(">", "&gt;")


def _decls_filters(env: jinja2.Environment, plan: Plan, decls: Declarations, package: str) -> None:
    """The filters that need the declarations: signature blocks, api.md's types and their homes."""
    class_of = {r.dotted: r.class_name for r in plan.resources}
    env.filters["signature_block"] = lambda m: ts_docs.signature_block(m, class_of[m.op.resource], package, decls.home)
    env.filters["api_types"] = lambda methods: sorted({n for m in methods for n in m.sig.uses if n in decls.home})
    env.filters["type_home"] = lambda name: decls.home[name]
