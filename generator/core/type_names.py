"""Stable SDK type names, derived from operations and fields instead of upstream schema names.

Upstream renamed 141 schemas in one release; names made from what a type *is for* do not move
with them. Each operation names its types (`Order`, `OrderRetrieveResponse`, `OrderCreateParams`,
`OrderCreateAmazonParams`), each webhook its event (`OrderCreatedEvent`), and every model they
refer to is named after the field that holds it (`Order.line_items[]` -> `OrderLineItem`).
`api.yaml`'s `type_names` (written through the overlay) renames any derived name.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.core.errors import GeneratorError, did_you_mean
from generator.core.naming import words
from generator.core.schema import AllOf, Array, Map, Node, Nullable, Object, Ref, Schemas, Union_
from generator.core.spec.loader import API_FILE as CONFIG_API_FILE
from generator.core.spec.loader import error_at
from generator.core.spec.model import Operation, Spec


# Class names that would shadow a builtin or a name the generated modules import.
SHADOWING = set(dir(builtins)) | {
    "Any", "Literal", "Field", "ConfigDict", "TrackstarModel", "TypeAlias", "TypedDict",
    "NotRequired", "Annotated", "Union", "Optional", "RootModel", "BaseModel", "Datetime",
    "Mapping", "Sequence", "ListOrTuple", "FileTypes", "NotGiven", "Generic", "TypeVar",
}

# English words that end like a plural but are not one (words not ending in `s` stay as they are).
_IRREGULAR = {"status", "address", "series"}


def singular(word: str) -> str:
    """`orders` -> `order`, `activities` -> `activity`, `addresses` -> `address`."""
    lower = word.lower()
    if lower in _IRREGULAR or len(lower) < 4:
        return word
    if lower.endswith("ies"):
        return word[:-3] + "y"
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _pascal_words(text: str) -> str:
    # Unlike naming.pascal, no `_` before a digit: these words go inside a class name.
    return "".join(w[:1].upper() + w[1:] for w in words(text))


def noun(resource: str, default_area: str | None = None) -> str:
    """`wms.orders` -> `Order` (with `wms` the default area), `cart.orders.shipments` ->
    `CartOrderShipment`."""
    parts = resource.split(".")
    if len(parts) > 1 and parts[0] == default_area:
        parts = parts[1:]
    return "".join(_pascal_words(singular(p)) if "_" not in p else _pascal_words(p[: p.rfind("_") + 1] + singular(p[p.rfind("_") + 1:])) for p in parts) or "Root"


def event_name(event: str) -> str:
    """`order.created` -> `OrderCreatedEvent`."""
    return _pascal_words(event) + "Event"


@dataclass(frozen=True)
class Named:
    """Where a derived name came from: the resource (dotted) whose operation started the chain,
    or `webhooks`."""

    name: str
    owner: str


def check_type_names(spec: Spec, api_path: Path) -> None:
    """The overlay's `type_names` renames derived names into free class names; a mistake is
    reported at its line in `api_path` (or, by the importer, in overlay.yaml)."""
    if not spec.api.type_names:
        return
    try:
        derive_names(spec, Schemas.from_spec(spec.models))
    except GeneratorError as exc:
        if exc.keys is None:
            raise
        raise error_at(api_path, exc.keys, exc.message) from None


def derive_names(spec: Spec, schemas: Schemas) -> dict[str, Named]:
    """A derived name for every model the SDK generates (spec model name -> Named)."""
    chosen: dict[str, Named] = {}
    taken: set[str] = set()
    overrides = spec.api.type_names
    derived: set[str] = set()  # names before the overlay's renames (for its error hints)
    area = spec.default_area

    def claim(model: str | None, name: str, owner: str) -> None:
        if model is None or model in chosen or model not in schemas:
            return
        if name in SHADOWING or name.lower() in ("datetime", "date"):
            name += "Model"
        if name[:1].isdigit():  # from a path such as /0/widgets: a class name cannot start so
            name = "Model" + name
        base, n = name, 2
        while name.lower() in taken:
            name, n = f"{base}{n}", n + 1
        derived.add(name)
        # Renamed here, before the models it refers to are named after it (`OrderLineItem`).
        final = _renamed(name, overrides, taken)
        taken.update({name.lower(), final.lower()})
        chosen[model] = Named(final, owner)

    # Items first: the resource's own noun goes to what its list yields.
    for resource, _, op in spec.operations():
        if op.item:
            claim(op.item, noun(resource, area), resource)
    shared = _shared_stems(spec)
    for resource, op_name, op in sorted(spec.operations(), key=_claim_order):
        stem = noun(resource, area) + _pascal_words(op_name)
        claim(op.response, f"{shared.get(op.response or '', stem)}Response", resource)
        if op.body:
            claim(op.body.model, f"{stem}Params", resource)
            for key, variant in sorted(op.body.variants.items()):
                claim(variant, f"{stem}{_pascal_words(key)}Params", resource)
    for event, hook in sorted(spec.webhooks.items()):
        claim(hook.model, event_name(event), "webhooks")
    queue = list(chosen)
    # Then every model those refer to, breadth first, named after the field that holds it.
    while queue:
        parent = queue.pop(0)
        named = chosen[parent]
        for suffix, child in _children(schemas[parent]):
            if child not in chosen:
                claim(child, named.name + suffix, named.owner)
                if child in chosen:
                    queue.append(child)
    unknown = sorted(set(overrides) - derived)
    if unknown:
        raise GeneratorError(
            CONFIG_API_FILE,
            f"type_names renames {unknown[0]!r}, which is not a type name of this SDK{did_you_mean(unknown[0], derived)}; "
            "use one of the derived names (the SDK's class names before renaming)",
            where=f"type_names.{unknown[0]}", keys=("type_names", unknown[0]),
        )
    return chosen


def _shared_stems(spec: Spec) -> dict[str, str]:
    """A response returned by the same verb of sibling resources (`wms.kits.meta.retrieve`,
    `wms.orders.meta.retrieve`, ...) is named after what they have in common (`MetaRetrieve`),
    not after whichever of them sorts first (`KitMetaRetrieve`, on `orders.meta.retrieve`)."""
    users: dict[str, set[tuple[str, str]]] = {}
    for resource, op_name, op in spec.operations():
        if op.response:
            users.setdefault(op.response, set()).add((resource, op_name))
    stems = {}
    for model, pairs in users.items():
        resources = {resource for resource, _ in pairs}
        verbs = {op_name for _, op_name in pairs}
        lasts = {resource.rsplit(".", 1)[-1] for resource in resources}
        if len(resources) > 1 and len(verbs) == 1 and len(lasts) == 1 and all("." in r for r in resources):
            stems[model] = _pascal_words(singular(lasts.pop())) + _pascal_words(verbs.pop())
    return stems


_VERB_ORDER = ("retrieve", "list", "create", "update", "delete")


def _claim_order(entry: tuple[str, str, Operation]) -> tuple[int, int, str, str]:
    """A response shared by several operations is named after the most telling one: a plain
    verb before an action, a top resource before a nested one (`OrderRetrieveResponse`, not
    the sandbox's `SandboxSimulateOrderFulfillResponse`)."""
    resource, op_name, _ = entry
    verb = _VERB_ORDER.index(op_name) if op_name in _VERB_ORDER else len(_VERB_ORDER)
    return (verb, resource.count("."), resource, op_name)


def _children(node: Node, suffix: str = "") -> Iterable[tuple[str, str]]:
    """(name suffix, model) for each model a node refers to, in a stable order."""
    if isinstance(node, Ref):
        yield suffix, node.name
    elif isinstance(node, Nullable):
        yield from _children(node.inner, suffix)
    elif isinstance(node, Array):
        yield from _children(node.items, _singular_suffix(suffix))
    elif isinstance(node, Map):
        yield from _children(node.values, suffix + "Value")
    elif isinstance(node, Object):
        for f in sorted(node.fields, key=lambda f: f.name):
            yield from _children(f.node, suffix + _pascal_words(f.name))
        if node.extra is not None:
            yield from _children(node.extra, suffix + "Value")
    elif isinstance(node, AllOf):
        for part in node.parts:
            yield from _children(part, suffix)
    elif isinstance(node, Union_):
        by_target = {target: value for value, target in node.discriminator.mapping} if node.discriminator else {}
        for index, option in enumerate(node.options):
            target = option.name if isinstance(option, Ref) else None
            label = _pascal_words(by_target[target]) if target in by_target else f"Variant{index + 1}"
            yield from _children(option, suffix + label)


def _singular_suffix(suffix: str) -> str:
    """The name of one item of a list field: `LineItems` -> `LineItem` (`Item` when unnamed)."""
    if not suffix:
        return "Item"
    head = re.match(r"^(.*?)([A-Z][a-z0-9]*)$", suffix)
    return head.group(1) + singular(head.group(2)) if head else suffix


def _renamed(name: str, overrides: Mapping[str, str], taken: set[str]) -> str:
    """The overlay's name for a derived one (checked: a class name no other type has)."""
    new = overrides.get(name, name)
    if new == name:
        return name
    if not new.isidentifier() or new in SHADOWING:
        raise GeneratorError(
            CONFIG_API_FILE, f"type_names: {new!r} cannot name a Python class; use a PascalCase identifier",
            where=f"type_names.{name}", keys=("type_names", name),
        )
    if new.lower() in taken:
        raise GeneratorError(
            CONFIG_API_FILE, f"type_names: {new!r} is already the name of another type; choose a name no other type has",
            where=f"type_names.{name}", keys=("type_names", name),
        )
    return new
