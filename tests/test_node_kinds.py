"""Every target reads every kind of schema node: one `NodeVisitor` method per kind, none missing."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import get_args

import generator.targets
from generator.core.schema import NODE_KINDS, Node, NodeVisitor


def _target_visitors() -> list[type[NodeVisitor[object]]]:
    found: dict[str, type[NodeVisitor[object]]] = {}
    for info in pkgutil.walk_packages(generator.targets.__path__, "generator.targets."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, NodeVisitor) and cls is not NodeVisitor and cls.__module__ == info.name:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [found[name] for name in sorted(found)]


def test_the_kinds_table_lists_every_node_type_and_the_visitor_has_a_method_for_each() -> None:
    assert set(NODE_KINDS) == set(get_args(Node)), "a node kind is missing from schema.NODE_KINDS"
    assert set(NodeVisitor.__abstractmethods__) == set(NODE_KINDS.values())


def test_every_target_visitor_handles_every_kind() -> None:
    visitors = _target_visitors()
    names = sorted(f"{v.__module__}.{v.__qualname__}" for v in visitors)
    print(f"\n{len(visitors)} node visitors in the targets: {', '.join(names)}")
    assert any(".python." in name for name in names), "the Python target defines no node visitor"
    missing = {f"{v.__module__}.{v.__qualname__}": sorted(v.__abstractmethods__) for v in visitors if inspect.isabstract(v)}
    assert missing == {}, f"visitors that leave node kinds unhandled: {missing}"


def test_a_visitor_without_a_kind_cannot_be_built() -> None:
    """The check above is real: leaving one kind out makes the class abstract."""
    methods = {name: (lambda self, node: None) for name in NODE_KINDS.values() if name != "file"}
    partial = type("Partial", (NodeVisitor,), methods)
    assert inspect.isabstract(partial) and set(partial.__abstractmethods__) == {"file"}
