"""The Python target: render the plan into the SDK package, its tests and reference pages.

Templates render in this process; datamodel-code-generator and black run in the pipeline's
worker processes when it has them (see `pipeline._worker_pool`).
"""

from __future__ import annotations

import ast
import builtins
import functools
import json
import keyword
from collections.abc import Callable
from concurrent.futures import Executor
from pathlib import Path
from typing import Any

import jinja2

from generator.core.cache import Cache
from generator.core.config import CONFIG
from generator.core.plan import Plan
from generator.core.schema import Schemas
from generator.core.type_names import SHADOWING
from generator.core.spec.model import Spec
from generator.core.templating import template_error
from generator.targets.python import RUNTIME_DIR, TEMPLATES
from generator.targets.python.format import BLACK_VERSION, LINE_LENGTH, format_key, format_long_statements, format_python
from generator.targets.python.models import DATAMODEL_CODEGEN_VERSION, Emit, imports_type_alias, render_models, split_models
from generator.targets.python.models import warm_up as warm_up_models
from generator.targets.python.readme import readme_subjects, runtime_names
from generator.targets.python.render import bodies_page, environment, partial_fields
from generator.targets.python.signatures import Signature, page_token_name
from generator.targets.python.repo_files import api_md, sdk_test_calls, sdk_test_module, sdk_test_packages, static_files

NAME = "python"
MOCK_DOCUMENT = "openapi.json"  # the spec's mock document, served by Prism in the SDK repository's tests and CI
BUILTIN_TEMPLATES = TEMPLATES


def warm_up() -> None:
    """What a worker's first job would import: black, and datamodel-code-generator."""
    import black  # noqa: F401

    warm_up_models()


def render(
    spec: Spec, plan: Plan, cache: Cache, template_dir: Path | None, pool: Executor | None
) -> dict[str, bytes]:
    """Every file of the Python SDK and its reference pages (path under generated/ -> bytes)."""
    collect_models = _start_models(plan, cache, pool)
    return _render_all(spec, plan, cache, template_dir, collect_models, pool)


def client_class_name(spec: Spec) -> str:
    """The spec's client name as a Python class: one that is a keyword or a builtin (`True`,
    `None`, `Exception`) or a name the package exports gets `Client` appended."""
    name = spec.api.client_class
    if keyword.iskeyword(name) or name in dir(builtins) or name in SHADOWING or name in exception_names():
        return name + "Client"
    return name


@functools.cache  # asked twice per run; the runtime does not change while the generator runs
def exception_names() -> list[str]:
    """Public names of the runtime's `_exceptions.py` (its literal `__all__`)."""
    tree = ast.parse((RUNTIME_DIR / "_exceptions.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return [str(name) for name in ast.literal_eval(node.value)]
    raise RuntimeError(f"{RUNTIME_DIR}/_exceptions.py has no literal __all__")


def _format_all(sources: dict[str, str], stable: set[str], cache: Cache, pool: Executor | None) -> dict[str, str]:
    """Black-format every rendered module; cache misses go to the workers, largest first.

    Modules in `stable` come from templates written in black's style (their first line says
    so): black formats only their statements with a line the spec made too long.
    """
    done = {name: format_long_statements(sources[name], cache, name, None) for name in sorted(stable & set(sources))}
    sources = {name: source for name, source in sources.items() if name not in done}
    done |= {name: cached for name, source in sources.items() if (cached := cache.get("black", format_key(source))) is not None}
    missing = sorted((n for n in sources if n not in done), key=lambda n: -len(sources[n]))
    if pool is None or len(missing) < 2:
        done.update({name: format_python(sources[name], cache, name) for name in missing})
    else:
        futures = {name: pool.submit(format_python, sources[name], Cache(cache.folder), name) for name in missing}
        done.update({name: future.result() for name, future in futures.items()})
    return done


def _render_all(
    spec: Spec,
    plan: Plan,
    cache: Cache,
    template_dir: Path | None,
    collect_models: Callable[[], dict[str, str]],
    pool: Executor | None,
) -> dict[str, bytes]:
    env = environment(template_dir, cache.folder / "jinja" if cache.folder else None)
    package = f"python/{plan.package}"
    context: dict[str, Any] = {
        "spec": spec,
        "plan": plan,
        "package": plan.package,
        "version": plan.version,
        "root": plan.root,
        "operations": plan.operations,
        "resources": plan.resources,
        "webhooks": plan.webhooks,
        "client_name": client_class_name(spec),
        "auth_envs": [scheme.env for _, scheme in sorted(spec.api.auth.items())],
        "exception_names": exception_names(),
        "page_token": page_token_name(plan),
        "sig_lines": Signature.lines,
        "readme": readme_subjects(plan),
        "runtime_names": runtime_names(RUNTIME_DIR),
    }
    python: dict[str, str] = {}
    text: dict[str, str] = {}
    stable: set[str] = set()  # modules of templates whose first line says they are black-stable
    marked: dict[str, bool] = {}  # template -> whether it says so

    def render(template: str, **extra: Any) -> str:
        try:
            return env.get_template(template).render(**context, **extra)
        except jinja2.TemplateError as exc:
            raise template_error(exc, template) from None

    def render_module(path: str, template: str, **extra: Any) -> None:
        python[path] = render(template, **extra)
        if template not in marked:
            filename = env.get_template(template).filename
            first = Path(filename).read_text(encoding="utf-8").split("\n", 1)[0] if filename else ""
            marked[template] = first.startswith("{#-") and "black-stable" in first
        if marked[template]:
            stable.add(path)

    render_module(f"{package}/__init__.py", "python/__init__.py.j2")
    render_module(f"{package}/_client.py", "python/_client.py.j2")
    render_module(f"{package}/_operations.py", "python/_operations.py.j2")
    render_module(f"{package}/_version.py", "python/_version.py.j2")
    render_module(f"{package}/webhooks.py", "python/webhooks.py.j2")
    python[f"{package}/resources/__init__.py"] = '"""Resource classes, one module per resource; imported lazily by the client."""\n'
    stable.add(f"{package}/resources/__init__.py")
    render_module(f"{package}/types/__init__.py", "python/types__init__.py.j2")
    for resource in plan.resources:
        render_module(f"{package}/{resource.file}", "python/resource.py.j2", resource=resource)
    render_module(f"{package}/types/_filters.py", "python/types_filters.py.j2")
    for types_module in plan.type_modules:
        render_module(f"{package}/{types_module.file}", "python/types_module.py.j2", module=types_module)
    for folder in _package_folders(python, f"{package}/resources/", f"{package}/types/"):
        if f"{folder}/__init__.py" not in python:
            python[f"{folder}/__init__.py"] = '"""Sub-packages of the SDK."""\n'
            stable.add(f"{folder}/__init__.py")
    text["python/pyproject.toml"] = render("python/pyproject.toml.j2")
    text["python/README.md"] = render("python/README.md.j2")
    text["python/CONTRIBUTING.md"] = render("python/CONTRIBUTING.md.j2")
    text["python/api.md"] = api_md(plan)
    # The SDK repository's own tests: one module per resource that has methods.
    test_modules = {sdk_test_module(r, plan): r for r in plan.resources if r.operations}
    render_module("python/tests/conftest.py", "python/tests/conftest.py.j2")
    render_module("python/tests/utils.py", "python/tests/utils.py.j2")
    for name, resource in test_modules.items():
        render_module(f"python/{name}", "python/tests/test_resource.py.j2", resource=resource, calls=sdk_test_calls(resource, plan))
    for name in sdk_test_packages(list(test_modules)):
        text[f"python/{name}"] = ""
    text[f"{package}/py.typed"] = ""
    text["docs/index.md"] = render("docs/index.md.j2")
    for resource in plan.resources:
        text[f"docs/{resource.module}.md"] = render("docs/resource.md.j2", resource=resource)
    for name in plan.response_models:
        text[f"docs/models/{plan.class_names[name]}.md"] = render("docs/model.md.j2", model=name)
    # One page per write that takes per-integration bodies: every variant's keys, types, requiredness.
    model_of_class = {cls: model for model, cls in plan.class_names.items()}
    for resource in plan.resources:
        for op in resource.operations:
            if op.variants:
                roots = {model_of_class[cls] for cls in op.variants.values()}
                nested = [m for m in plan.schemas.closure(roots) if m not in roots]
                models = {cls: model_of_class[cls] for cls in op.variants.values()}
                text[f"docs/bodies/{bodies_page(op)}"] = render("docs/bodies.md.j2", op=op, models=models, nested=nested)

    runtime = sorted(RUNTIME_DIR.glob("*.py"))
    files: dict[str, bytes] = {}
    for path in runtime:  # copied verbatim: ordinary, tested Python
        files[f"{package}/{path.name}"] = path.read_bytes()
    for name, source in sorted(_format_all(python, stable, cache, pool).items()):
        files[name] = source.encode("utf-8")
    for name, source in collect_models().items():  # formatted by the workers
        files[f"{package}/types/{name}"] = source.encode("utf-8")
    for name, content in text.items():
        files[name] = content.encode("utf-8")
    for name, data in static_files().items():  # LICENSE, CI workflow: no template tags
        files[f"python/{name}"] = data
    return files


# The code whose changes change the models' output (part of their cache key).
_MODEL_CODE = (Path(__file__).parent / "models.py", Path(__file__).parent / "format.py", Path(__file__).parents[2] / "core" / "schema.py")

_ModelJob = tuple[Schemas, list[str], dict[str, str], str, Emit, str, str, dict[str, str], Path | None]


def _model_job(job: _ModelJob) -> dict[str, str]:
    """Generate and format one kind of models (runs in a worker process): file under `types/`
    -> source. Response models are split into a package, one module per resource."""
    schemas, selected, names, kind, emit, trailer, module, module_of, cache_dir = job
    source = render_models(schemas, selected, names, kind=kind, emit=emit)
    if trailer:
        alias_import = "" if imports_type_alias(source) else "from typing import TypeAlias  # noqa: E402\n\n"
        source = source.rstrip("\n") + "\n\n\n" + alias_import + trailer.lstrip("\n")
    source = format_long_statements(source, Cache(cache_dir), f"types/_{module}.py")
    if kind == "pydantic":
        return split_models(source, module_of, LINE_LENGTH)
    return {f"_{module}.py": source}


def _start_models(plan: Plan, cache: Cache, pool: Executor | None) -> Callable[[], dict[str, str]]:
    """Start generating the three kinds of models; the returned function collects their
    formatted files (path under `types/` -> source).

    datamodel-code-generator and black are the slow part of a cold run, so modules missing
    from the cache are built in worker processes while the templates render.
    """
    sets = {
        "integrations": (plan.variant_models, "variants", Emit(lenient=False, max_enum=CONFIG.max_variant_enum), _body_unions(plan)),
        "models": (
            plan.response_models,
            "pydantic",
            Emit(lenient=True, required=plan.response_required, constants=plan.event_constants, partial=partial_fields(plan)),
            "",
        ),
        "params": (plan.param_models, "typeddict", Emit(lenient=False), ""),
    }
    generator_code = "".join(path.read_text(encoding="utf-8") for path in _MODEL_CODE)
    sources: dict[str, dict[str, str]] = {}
    jobs: dict[str, tuple[str, _ModelJob]] = {}
    for module, (selected, kind, emit, trailer) in sets.items():
        closure_models = {name: plan.spec.models[name] for name in selected}
        key = cache.key(
            DATAMODEL_CODEGEN_VERSION,
            BLACK_VERSION,
            kind,
            repr(emit),
            trailer,
            json.dumps(closure_models, sort_keys=True),
            json.dumps({name: plan.class_names[name] for name in selected}, sort_keys=True),
            json.dumps(plan.model_module_of, sort_keys=True),
            generator_code,
        )
        cached = cache.get("models", key)
        if cached is not None:
            sources[module] = json.loads(cached)
            continue
        subset = Schemas({name: plan.schemas[name] for name in selected})
        job = (subset, selected, plan.class_names, kind, emit, trailer, module, plan.model_module_of, cache.folder)
        jobs[module] = (key, job)
    if pool is None:
        results = {module: _model_job(job) for module, (_, job) in jobs.items()}
        return lambda: _store(cache, jobs, results, sources)
    futures = {module: pool.submit(_model_job, job) for module, (_, job) in jobs.items()}
    return lambda: _store(cache, jobs, {module: future.result() for module, future in futures.items()}, sources)


def _store(
    cache: Cache, jobs: dict[str, tuple[str, Any]], results: dict[str, dict[str, str]], sources: dict[str, dict[str, str]]
) -> dict[str, str]:
    for module, files in results.items():
        cache.put("models", jobs[module][0], json.dumps(files, sort_keys=True))
        sources[module] = files
    return dict(sorted((name, source) for files in sources.values() for name, source in files.items()))


def _body_unions(plan: Plan) -> str:
    """`OrderCreateBody`: the base body or any integration's, appended to the variants module."""
    if not plan.body_unions:
        return ""
    lines = ["", "", "# Every body a write with per-integration variants accepts.", "from typing import Union  # noqa: E402", ""]
    lines += ["from . import _params  # noqa: E402", ""]  # black's blank line after imports
    lines += [
        f"{alias}: TypeAlias = Union[_params.{members[0]}, {', '.join(members[1:])}]"
        for alias, members in sorted(plan.body_unions.items())
    ]
    return "\n".join(lines) + "\n"


def _package_folders(files: dict[str, str], *roots: str) -> list[str]:
    """Folders below `roots` that hold generated modules (each needs an `__init__.py`)."""
    folders: set[str] = set()
    for name in files:
        for root in roots:
            if name.startswith(root):
                parts = name[len(root):].split("/")[:-1]
                folders.update(root + "/".join(parts[: i + 1]) for i in range(len(parts)))
    return sorted(folders)
