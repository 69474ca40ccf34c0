"""Every signature a reference page shows is the method's own: the same forms (overloads), the
same parameter names, kinds, defaults and annotations, read back from the imported SDK with
`inspect.signature` and `typing.get_overloads`, for every method of every resource."""

from __future__ import annotations

import ast
import inspect
import re
import typing
from typing import Any

from tests.conftest import REPO

DOCS = REPO / "generated" / "docs"
# The modules a resource module imports its types from; the pages show the public names only.
_PRIVATE_QUALIFIER = re.compile(r"\b_(?:params|integrations|filters|models_\w+)\.")
_SIGNATURE_BLOCK = re.compile(r"^## (\w+)\n.*?<!-- not-run: signature -->\n```python\n(.*?)```", re.M | re.S)


def _documented() -> dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]]:
    """`wms.orders.create` -> the forms its page shows (each a parsed `def`)."""
    found: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
    for page in sorted(DOCS.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        title = re.match(r"# `client\.([\w.]+)`", text)
        if not title:
            continue
        for name, block in _SIGNATURE_BLOCK.findall(text):
            forms = [node for node in ast.parse(block).body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
            assert forms, f"{page.name}: no signature parsed for {name}"
            found[f"{title.group(1)}.{name}"] = forms
    return found


def _params_of_def(node: ast.FunctionDef | ast.AsyncFunctionDef) -> list[tuple[str, str, str, str | None]]:
    """(name, kind, annotation, default) of each parameter after `self`."""
    args = node.args
    out = [(a.arg, "POSITIONAL_OR_KEYWORD", ast.unparse(a.annotation) if a.annotation else "", None) for a in args.args[1:]]
    for a, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        out.append((a.arg, "KEYWORD_ONLY", ast.unparse(a.annotation) if a.annotation else "", ast.unparse(default) if default else None))
    return out


def _params_of_function(function: Any) -> list[tuple[str, str, str, str | None]]:
    out = []
    for param in list(inspect.signature(function).parameters.values())[1:]:
        annotation = _PRIVATE_QUALIFIER.sub("", str(param.annotation))
        default = None if param.default is inspect.Parameter.empty else _default_text(param.default)
        out.append((param.name, param.kind.name, _normalise(annotation), default))
    return out


def _default_text(value: object) -> str:
    return "NOT_GIVEN" if type(value).__name__ == "NotGiven" else repr(value)


def _normalise(annotation: str) -> str:
    """One spelling for an annotation string (as `ast.unparse` writes it)."""
    return ast.unparse(ast.parse(annotation, mode="eval"))


def _methods(trackstar: Any) -> dict[str, Any]:
    client = trackstar.Trackstar(api_key="k", access_token="t", base_url="http://localhost:1")
    methods = {}
    for dotted in trackstar.OPERATIONS.values():
        *path, name = dotted.split(".")
        resource = client
        for attr in path:
            resource = getattr(resource, attr)
        methods[dotted] = getattr(type(resource), name)
        companion = getattr(type(resource), name + "_with_body", None)  # a write's whole-body form
        if companion is not None:
            methods[dotted + "_with_body"] = companion
    client.close()
    return methods


def test_every_documented_signature_is_the_methods_own(trackstar_package: Any) -> None:
    documented = _documented()
    methods = _methods(trackstar_package)
    assert set(documented) == set(methods), f"pages and SDK disagree on methods: {set(documented) ^ set(methods)}"
    mismatches = []
    forms_checked = 0
    for dotted, function in sorted(methods.items()):
        real_forms = list(typing.get_overloads(function)) or [function]
        doc_forms = documented[dotted]
        if len(real_forms) != len(doc_forms):
            mismatches.append(f"{dotted}: {len(doc_forms)} documented forms, {len(real_forms)} real")
            continue
        for doc_form, real_form in zip(doc_forms, real_forms, strict=True):
            forms_checked += 1
            shown = [(n, k, _normalise(a), d) for n, k, a, d in _params_of_def(doc_form)]
            if shown != _params_of_function(real_form):
                mismatches.append(f"{dotted}: documented {shown} != real {_params_of_function(real_form)}")
            returns = _normalise(_PRIVATE_QUALIFIER.sub("", str(inspect.signature(real_form).return_annotation)))
            if doc_form.returns is None or _normalise(ast.unparse(doc_form.returns)) != returns:
                mismatches.append(f"{dotted}: documented return type differs from {returns}")
    print(f"\n{len(methods)} methods, {forms_checked} documented forms compared with inspect.signature")
    assert len(methods) > len(trackstar_package.OPERATIONS) and forms_checked >= len(methods)
    assert mismatches == [], "\n".join(mismatches[:20])


def test_the_comparison_sees_a_missing_parameter(trackstar_package: Any) -> None:
    """The check is real: a documented form without `retry_writes` (the old drift) differs."""
    documented = _documented()
    dotted, forms = next((d, f) for d, f in sorted(documented.items()) if "retry_writes" in ast.unparse(f[0]))
    form = forms[0]
    form.args.kwonlyargs = [a for a in form.args.kwonlyargs if a.arg != "retry_writes"]
    form.args.kw_defaults = form.args.kw_defaults[: len(form.args.kwonlyargs)]
    function = _methods(trackstar_package)[dotted]
    real = (list(typing.get_overloads(function)) or [function])[0]
    assert [p[0] for p in _params_of_def(form)] != [p[0] for p in _params_of_function(real)]
