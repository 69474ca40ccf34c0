"""One signature object per method: the resource module and the reference page both render it.

A method is written once here, as values: its arguments (name, `PyType`, default), its
overload forms (a write with per-integration bodies takes either its base fields or `body=`)
and its return type. The module template writes `Arg.code`, the docs `Arg.doc`; the names a
resource module imports are the `uses` of the types its signatures hold.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.core.naming import safe_identifier, snake
from generator.core.plan import FilterPlan, FilterType, OperationPlan, ParamPlan, Plan
from generator.core.schema import Array
from generator.targets.python.type_map import NONE, PyType, request_type, value_type

NOT_GIVEN = "NOT_GIVEN"
_NOT_GIVEN_TYPE = PyType.plain("NotGiven", "NotGiven")


@dataclass(frozen=True)
class Arg:
    name: str
    type: PyType
    default: str | None = None  # None: required
    positional: bool = False

    @property
    def code(self) -> str:
        return f"{self.name}: {self.type.code}" + (f" = {self.default}" if self.default is not None else "")

    @property
    def doc(self) -> str:
        return f"{self.name}: {self.type.doc}" + (f" = {self.default}" if self.default is not None else "")


@dataclass(frozen=True)
class Signature:
    """A method's parameters after `self`: `overloads` holds its forms when it has several
    (typing.overload), `impl` the implementation's own."""

    name: str
    is_async: bool  # written `async def`
    overloads: tuple[tuple[Arg, ...], ...]
    impl: tuple[Arg, ...]
    returns: PyType

    @property
    def documented(self) -> tuple[tuple[Arg, ...], ...]:
        """The forms a caller sees: the overloads, or the implementation when there are none."""
        return self.overloads or (self.impl,)

    @property
    def uses(self) -> frozenset[str]:
        return frozenset().union(*(arg.type.uses for form in (self.impl, *self.overloads) for arg in form))

    @staticmethod
    def lines(form: tuple[Arg, ...], spelling: str = "code") -> list[str]:
        """`self`, the positional arguments, `*`, then the keyword-only ones."""
        out = ["self"]
        for index, arg in enumerate(form):
            if not arg.positional and (index == 0 or form[index - 1].positional):
                out.append("*")
            out.append(arg.code if spelling == "code" else arg.doc)
        return out


def param_type(param: ParamPlan) -> PyType:
    """A path or query parameter: its value type, a list of them for an array parameter."""
    node = param.node
    return value_type(node.items).wrap("ListOrTuple") if isinstance(node, Array) else value_type(node)


def filter_value_type(filter_type: FilterType) -> PyType:
    """One value of a filter: the enum's alias (`OrderStatus`) or the scalar."""
    if filter_type.value_alias:
        return PyType.plain(filter_type.value_alias)
    return value_type(filter_type.value)


def filter_type(flt: FilterPlan) -> PyType:
    """What a filter argument takes: a plain value when allowed, a list when `in` is, or the
    operator mapping."""
    mapping = PyType.plain(flt.type.name)
    value = filter_value_type(flt.type)
    if flt.takes_plain_value:
        return value | mapping | NONE
    if "in" in flt.ops:
        return value.wrap("ListOrTuple") | mapping | NONE
    return mapping | NONE


def page_token_name(plan: Plan) -> str:
    """The argument a list method takes its cursor by (the spec's pagination `token_in`)."""
    pagination = plan.spec.api.pagination
    return safe_identifier(snake(pagination.token_in)) if pagination else "page_token"


def _trailing(op: OperationPlan) -> list[Arg]:
    """The arguments every method takes after its own."""
    args = [
        Arg("extra_headers", PyType.plain("Mapping[str, str] | None"), "None"),
        Arg("extra_query", PyType.plain("Mapping[str, object] | None"), "None"),
    ]
    if op.is_write:
        args.append(Arg("extra_body", PyType.plain("Mapping[str, object] | None"), "None"))
    args += [
        Arg("timeout", PyType.plain("float | httpx.Timeout | None | NotGiven"), NOT_GIVEN),
        Arg("max_retries", PyType.plain("int | NotGiven"), NOT_GIVEN),
    ]
    if op.may_apply_twice:
        args.append(Arg("retry_writes", PyType.plain("bool | NotGiven"), NOT_GIVEN))
    return args


def _form(op: OperationPlan, plan: Plan, form: str) -> tuple[Arg, ...]:
    """form: "fields" (the base body as keyword arguments), "body" (any variant as `body=`) or
    "impl" (the implementation behind both)."""
    args = [Arg(p.py_name, param_type(p), positional=True) for p in op.path_params]
    union = PyType(f"_integrations.{op.body_union}", str(op.body_union), frozenset({"_integrations"}))
    if form == "body":
        args.append(Arg("body", union))
    else:
        fields = [f for f in op.body_fields if f.required] + [f for f in op.body_fields if not f.required]
        for f in fields:
            annotation = request_type(f.node, plan.class_names)
            if f.required and form != "impl":
                args.append(Arg(f.py_name, annotation))
            else:
                args.append(Arg(f.py_name, annotation | _NOT_GIVEN_TYPE, NOT_GIVEN))
        if form == "impl":
            args.append(Arg("body", union | _NOT_GIVEN_TYPE, NOT_GIVEN))
    query = [p for p in op.query if p.required] + [p for p in op.query if not p.required]
    args += [Arg(p.py_name, param_type(p)) if p.required else Arg(p.py_name, param_type(p) | NONE, "None") for p in query]
    args += [Arg(f.py_name, filter_type(f), "None") for f in op.filters]
    if op.paginated:
        args.append(Arg(page_token_name(plan), PyType.plain("str | None"), "None"))
    return tuple(args + _trailing(op))


def _returns(op: OperationPlan, plan: Plan, is_async: bool) -> PyType:
    def model(cls: str) -> PyType:
        module = plan.model_module_of[cls]
        return PyType(f"_models_{module}.{cls}", cls)

    if op.paginated and op.item_class:
        return model(op.item_class).wrap("AsyncPaginator" if is_async else "SyncCursorPage")
    return model(op.response_class) if op.response_class else NONE


BODY_METHOD_SUFFIX = "_with_body"


def takes_required_fields(op: OperationPlan) -> bool:
    """A write with per-integration bodies whose base body has required fields: its method
    takes the base fields (the required ones required), and `<name>_with_body` any body."""
    return bool(op.body_union) and any(f.required for f in op.body_fields if not f.is_file)


def method_signature(op: OperationPlan, plan: Plan, is_async: bool) -> Signature:
    """The signature of `op`'s method on the sync or the async resource class.

    Never overloaded: mypy reports a mistake in a call of an overloaded function as "no
    overload variant matches" (call-overload) without naming the argument, while against one
    signature it names the argument and its value (arg-type, call-arg). A write with
    per-integration bodies therefore takes its base fields and `body=` in one signature when
    no base field is required, and otherwise its base fields only, with the bodies going to
    `<name>_with_body` (see `body_method_signature`).
    """
    form = "impl" if op.body_union and not takes_required_fields(op) else "fields"
    return Signature(
        name=op.name,
        is_async=is_async and not op.paginated,  # a list method returns its paginator at once
        overloads=(),
        impl=_form(op, plan, form),
        returns=_returns(op, plan, is_async),
    )


def body_method_signature(op: OperationPlan, plan: Plan, is_async: bool) -> Signature | None:
    """`create_with_body(body, ...)`: any integration's body (or the base one) as one dict,
    for a write whose base fields include required ones; None for other methods."""
    if not takes_required_fields(op):
        return None
    return Signature(
        name=op.name + BODY_METHOD_SUFFIX,
        is_async=is_async,
        overloads=(),
        impl=_form(op, plan, "body"),
        returns=_returns(op, plan, is_async),
    )


def takes_body(sig: Signature) -> bool:
    """Whether the method has a `body` argument (a whole body given as one dict)."""
    return any(arg.name == "body" for arg in sig.impl)
