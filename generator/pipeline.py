"""The whole run: load → plan → render → models → format, all in memory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jinja2

from generator.errors import GeneratorError
from generator.format import Cache, format_python
from generator.models import render_models
from generator.plan import Plan, build_plan
from generator.render import BUILTIN_TEMPLATES, environment
from generator.spec.loader import load_spec

RUNTIME_DIR = BUILTIN_TEMPLATES / "runtime"
CLIENT_NAME = "Trackstar"


def exception_names() -> list[str]:
    """Public names of the runtime's `_exceptions.py` (its `__all__`)."""
    source = (RUNTIME_DIR / "_exceptions.py").read_text(encoding="utf-8")
    namespace: dict[str, Any] = {}
    start = source.index("__all__")
    exec(compile(source[start:source.index("]", start) + 1], "_exceptions.__all__", "exec"), namespace)
    return list(namespace["__all__"])


def generate_files(
    spec_dir: Path, *, template_dir: Path | None = None, cache_dir: Path | None = None
) -> dict[str, bytes]:
    """Every output file (relative path → bytes); raises GeneratorError on bad input."""
    spec = load_spec(spec_dir)
    plan = build_plan(spec)
    cache = Cache(cache_dir)
    env = environment(template_dir)
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
        "client_name": CLIENT_NAME,
        "auth_envs": [scheme.env for _, scheme in sorted(spec.api.auth.items())],
        "exception_names": exception_names(),
    }
    python: dict[str, str] = {}
    text: dict[str, str] = {}

    def render(template: str, **extra: Any) -> str:
        try:
            return env.get_template(template).render(**context, **extra)
        except jinja2.TemplateError as exc:
            where = getattr(exc, "filename", None) or template
            line = getattr(exc, "lineno", None)
            raise GeneratorError(str(where), f"template error: {exc}", line=line) from None

    python[f"{package}/__init__.py"] = render("python/__init__.py.j2")
    python[f"{package}/_client.py"] = render("python/_client.py.j2")
    python[f"{package}/_operations.py"] = render("python/_operations.py.j2")
    python[f"{package}/_version.py"] = render("python/_version.py.j2")
    python[f"{package}/webhooks.py"] = render("python/webhooks.py.j2")
    python[f"{package}/resources/__init__.py"] = render("python/resources__init__.py.j2")
    python[f"{package}/types/__init__.py"] = render("python/types__init__.py.j2")
    for resource in plan.resources:
        python[f"{package}/resources/{resource.module}.py"] = render("python/resource.py.j2", resource=resource)
    for name, source in _models(plan, cache).items():
        python[f"{package}/types/{name}.py"] = source
    text["python/pyproject.toml"] = render("python/pyproject.toml.j2")
    text["python/README.md"] = render("python/README.md.j2")
    text[f"{package}/py.typed"] = ""
    text["docs/index.md"] = render("docs/index.md.j2")
    for resource in plan.resources:
        text[f"docs/{resource.module}.md"] = render("docs/resource.md.j2", resource=resource)

    runtime = sorted(RUNTIME_DIR.glob("_*.py"))
    files: dict[str, bytes] = {}
    for path in runtime:  # copied verbatim: ordinary, tested Python
        files[f"{package}/{path.name}"] = path.read_bytes()
    for name, source in python.items():
        files[name] = format_python(source, cache, name).encode("utf-8")
    for name, content in text.items():
        files[name] = content.encode("utf-8")
    return files


def _models(plan: Plan, cache: Cache) -> dict[str, str]:
    import datamodel_code_generator

    sets = {
        "models": (plan.response_models, "pydantic"),
        "params": (plan.param_models, "typeddict"),
        "integrations": (plan.variant_models, "typeddict"),
    }
    sources = {}
    for module, (selected, kind) in sets.items():
        schemas = {name: plan.spec.models[name] for name in selected}
        names = {name: plan.class_names[name] for name in plan.spec.models}
        key = cache.key(
            datamodel_code_generator.get_version(),
            kind,
            json.dumps(schemas, sort_keys=True),
            json.dumps({n: names[n] for n in selected}, sort_keys=True),
            (Path(__file__).parent / "models.py").read_text(encoding="utf-8"),
        )
        source = cache.get("models", key)
        if source is None:
            source = render_models(plan.spec.models, selected, plan.class_names, kind=kind)
            cache.put("models", key, source)
        sources[module] = source
    return sources
