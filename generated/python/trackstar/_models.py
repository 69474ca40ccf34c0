"""Base class of every generated response model, and how a response body becomes one.

A body is validated by pydantic (in Rust, in one pass over the raw JSON). When an object of the
SDK's own models does not validate (the API strays from its document in many small ways), it is
*constructed* instead, as the Stainless SDKs construct every response: one odd field must not make
a page of a thousand orders unreadable. Construction gives the same objects validation would for
the values it understands (nested models, date-times, numbers in text fields as text, integers in
number fields as floats, unknown fields in `model_extra`, missing fields at their default) and
keeps any other value exactly as sent.

With `strict=True` (the client's `strict_response_validation`) nothing is constructed: a value that
does not fit its field raises.

Constructing is not the default for speed: measured on a 1,000-order page, code generated per
model to build instances in Python is slower than pydantic-core validating them.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import gc
import threading
from datetime import datetime
from typing import Annotated, Any, Callable, ClassVar, Iterable, Iterator, Mapping, TypeVar, cast

import pydantic
import pydantic_core
from pydantic import ConfigDict, GetCoreSchemaHandler, GetJsonSchemaHandler, ValidationError
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

__all__ = [
    "TrackstarModel",
    "Datetime",
    "OpenEnum",
    "construct",
    "constructs",
    "gc_paused",
    "model_builder",
    "parse_json",
    "validate_json",
    "validate_or_construct",
    "to_params",
]

M = TypeVar("M", bound=pydantic.BaseModel)
_E = TypeVar("_E")
P = TypeVar("P")


class _NoneWhenInvalid:
    """Annotation marker: a value that does not validate reads as None instead of failing.

    Integrations send "" (and sometimes words such as "deprecated") in date fields; one bad date
    must not make a whole page of results unreadable. Done by pydantic-core itself (a default on
    error), not by a Python wrap validator: that would be one call into Python per date, a tenth
    of the time of parsing an order page.
    """

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.with_default_schema(handler(source), default=None, on_error="default")

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        # The JSON Schema of the value itself: the fallback is no part of the document.
        return handler(cast(Any, schema)["schema"])


# Used for every `date-time` field of a response model.
Datetime = Annotated[datetime | None, _NoneWhenInvalid]


class _OtherStringsToo:
    """Annotation marker: a string that is none of the Literal's values is kept as sent."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.union_schema([handler(source), core_schema.str_schema()])


# The type of every enum field of a response model: `OpenEnum[Literal["wms", "cart"]]` is that
# Literal for type checkers, so a value read from a response can be passed where a request takes
# the enum, while at runtime a value the API added since this SDK version parses as its string
# (compare it against the known values, as the filters' warning does, before relying on it).
OpenEnum = Annotated[_E, _OtherStringsToo]


class TrackstarModel(pydantic.BaseModel):
    """A response object. Fields the spec does not list are kept (the API adds fields often):
    read them as attributes or through `model_extra`. Parsing is lenient where integrations
    are known to stray from the document: missing fields read as None, numbers in text fields
    become text, and a date field holding something that is not a date reads as None."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        # Integrations send numbers where the document says string (`unit_cost`): keep them, as text.
        coerce_numbers_to_str=True,
        protected_namespaces=(),
        defer_build=True,
    )

    # A class default shadowed per instance by the client: unlike a pydantic private attribute
    # it costs nothing when the (many, nested) models of a page are built.
    _request_id: ClassVar[str | None] = None

    @property
    def request_id(self) -> str | None:
        """The `X-Request-Id` of the response this object came from (quote it to support)."""
        return self._request_id


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Keep the cyclic GC out of turning a large body into objects.

    A 1000-item page creates tens of thousands of tracked objects, none of them garbage. With the
    GC running, they trigger several collections while being built; with it merely paused, the
    first allocation after re-enabling collects all of them at once (a quarter of the parse time).
    So the new objects are moved straight to the oldest generation (`freeze` + `unfreeze`, two
    list splices), where they are looked at only by the next full collection, as any long-lived
    data is. Other young objects move with them: a garbage cycle among them waits for that full
    collection too. Skipped when the program froze objects itself (it would unfreeze them), and
    when another thread already paused the GC (that thread re-enables it).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


# -- parsing a body ---------------------------------------------------------------------------


def constructs(tp: object) -> bool:
    """True when bodies of this type are constructed by default (the SDK's own models); other
    types, such as a caller's plain pydantic model, are always validated."""
    return isinstance(tp, type) and issubclass(tp, TrackstarModel)


@functools.lru_cache(maxsize=512)
def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(tp)


def validate_json(content: bytes, cast_to: Any) -> Any:
    """Validate with pydantic; raises pydantic.ValidationError (also for invalid JSON)."""
    if isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel):
        return cast_to.model_validate_json(content)
    return _adapter(cast_to).validate_json(content)


def parse_json(content: bytes, cast_to: Any, *, strict: bool = False) -> Any:
    """The body as `cast_to`: validated, or for the SDK's models constructed when it does not
    validate (unless `strict`). Raises pydantic.ValidationError when the body is not JSON, when
    the SDK's model is given something other than a JSON object, and for other types whenever
    validation fails."""
    try:
        return validate_json(content, cast_to)
    except ValidationError:
        if strict or not constructs(cast_to):
            raise
        data = loads_or_none(content)
        if data.__class__ is not dict:
            raise
        return construct(cast_to, data)


def validate_or_construct(cls: type[M], data: dict[str, Any]) -> M:
    """One parsed JSON object as `cls`: validated if it fits, else constructed."""
    try:
        return cls.model_validate(data)
    except ValidationError:
        return construct(cls, data)


_NOT_JSON: Any = object()


def loads_or_none(content: bytes) -> Any:
    """The parsed JSON, or a sentinel that is no JSON value when `content` is not JSON."""
    try:
        return pydantic_core.from_json(content)
    except ValueError:
        return _NOT_JSON


def construct(cls: type[M], data: dict[str, Any]) -> M:
    """A model instance from parsed JSON, built without validation (see the module docstring).

    `data` is consumed: its dict becomes (part of) the instance.
    """
    return cast(M, model_builder(cls)(data))


# -- building constructors from pydantic's core schema -------------------------------------------
#
# Each model class gets one constructor function, generated as Python source from its core schema
# (which pydantic resolves from the annotations, so forward references and aliases are settled):
# straight-line code for the fields that need converting, nothing at all for the rest.

_Convert = Callable[[Any], Any]
_builders: dict[type, _Convert] = {}
_building: set[type] = set()
_builders_lock = threading.RLock()
_IMMUTABLE = (type(None), str, int, float, bool, bytes, tuple, frozenset)
_LEAF_VALIDATED = frozenset({"datetime", "date", "time", "timedelta", "decimal", "uuid", "url", "multi-host-url"})


def model_builder(cls: type) -> _Convert:
    """The constructor of `cls` (built once per class): parsed JSON object in, instance out."""
    builder = _builders.get(cls)
    if builder is not None:
        return builder
    with _builders_lock:
        if cls in _builders:
            return _builders[cls]
        if cls in _building:
            # A model that contains itself (directly or not): resolve when called.
            return lambda value: _builders[cls](value)
        _building.add(cls)
        try:
            schema = cast(Mapping[str, Any], cast(Any, cls).__pydantic_core_schema__)
            definitions: dict[str, Mapping[str, Any]] = {}
            while schema["type"] == "definitions":
                definitions.update({d["ref"]: d for d in schema["definitions"]})
                schema = schema["schema"]
            builder = _compile_model(cls, schema, definitions)
        finally:
            _building.discard(cls)
        _builders[cls] = builder
        return builder


def _validate_or_keep(cls: type) -> _Convert:
    """For models construction does not cover (root models, alias paths): validate the value,
    keep it as sent when it does not fit."""
    model = cast(type[pydantic.BaseModel], cls)

    def convert(value: Any) -> Any:
        try:
            return model.model_validate(value)
        except ValidationError:
            return value

    return convert


def _compile_model(cls: type, schema: Mapping[str, Any], definitions: dict[str, Mapping[str, Any]]) -> _Convert:
    if schema["type"] != "model" or schema.get("root_model") or schema["schema"]["type"] != "model-fields":
        return _validate_or_keep(cls)
    config: Mapping[str, Any] = schema.get("config") or {}
    fields: Mapping[str, Mapping[str, Any]] = schema["schema"]["fields"]
    extra_allowed = config.get("extra_fields_behavior") == "allow"
    context = _Context(definitions, bool(config.get("coerce_numbers_to_str")), config)

    namespace: dict[str, Any] = {
        "cls": cls,
        "new": cls.__new__,
        "setattr": object.__setattr__,
        "FIELDS": frozenset(fields),
        "deepcopy": copy.deepcopy,
    }
    defaults: dict[str, Any] = {}
    required: set[str] = set()
    renames: list[str] = []
    after_defaults: list[str] = []
    conversions: list[str] = []
    for index, (name, field) in enumerate(fields.items()):
        alias = field.get("validation_alias")
        if alias is not None and not isinstance(alias, str):
            return _validate_or_keep(cls)  # AliasPath / AliasChoices
        if alias is not None and alias != name:
            renames.append(f"    if {alias!r} in d:\n        d[{name!r}] = d.pop({alias!r})\n")
        inner = field["schema"]
        defaults[name] = None  # a required field that is missing reads as None too
        if inner["type"] != "default" and field.get("required", True):
            required.add(name)
        if inner["type"] == "default":
            if "default_factory" in inner:
                namespace[f"factory_{index}"] = inner["default_factory"]
                takes_data = inner.get("default_factory_takes_data")
                call = f"factory_{index}(values)" if takes_data else f"factory_{index}()"
                after_defaults.append(f"    if {name!r} not in d:\n        values[{name!r}] = {call}\n")
            elif "default" in inner:
                default = inner["default"]
                defaults[name] = default
                if not isinstance(default, _IMMUTABLE):
                    namespace[f"default_{index}"] = default
                    after_defaults.append(
                        f"    if {name!r} not in d:\n        values[{name!r}] = deepcopy(default_{index})\n"
                    )
            inner = inner["schema"]
        conversions.append(_field_code(name, index, inner, context, namespace))
    namespace["DEFAULTS"] = defaults
    namespace["REQUIRED"] = frozenset(required)
    namespace["missing"] = _warn_missing
    # Checked after aliases are renamed: a required field that is not there still reads as None,
    # with a MissingFieldWarning naming it.
    check_required = "    if not REQUIRED <= d.keys():\n        missing(cls, REQUIRED - d.keys())\n" if required else ""

    if extra_allowed:
        extras = (
            "    fields_set = set(d)\n"
            "    if d.keys() <= FIELDS:\n"
            "        extra = {}\n"
            "    else:\n"
            "        extra = {k: d.pop(k) for k in [k for k in d if k not in FIELDS]}\n"
        )
    else:
        extras = (
            "    extra = None\n"
            "    if not d.keys() <= FIELDS:\n"
            "        for k in [k for k in d if k not in FIELDS]:\n"
            "            del d[k]\n"
            "    fields_set = set(d)\n"
        )
    if getattr(cls, "__pydantic_post_init__", None):
        private = "    obj.model_post_init(None)\n"  # sets up private attributes as pydantic does
    else:
        private = "    setattr(obj, '__pydantic_private__', None)\n"
    source = (
        "def build(d):\n"
        "    if d.__class__ is not dict:\n"
        "        return d\n" + "".join(renames) + check_required + extras + "    values = DEFAULTS.copy()\n"
        "    values.update(d)\n" + "".join(after_defaults) + "".join(conversions) + "    obj = new(cls)\n"
        "    setattr(obj, '__dict__', values)\n"
        "    setattr(obj, '__pydantic_fields_set__', fields_set)\n"
        "    setattr(obj, '__pydantic_extra__', extra)\n" + private + "    return obj\n"
    )
    exec(compile(source, f"<trackstar construct {cls.__qualname__}>", "exec"), namespace)  # noqa: S102
    return cast(_Convert, namespace["build"])


def _warn_missing(cls: type, names: Iterable[str]) -> None:
    import warnings

    from ._exceptions import MissingFieldWarning

    shown = ", ".join(repr(name) for name in sorted(names))
    warnings.warn(
        MissingFieldWarning(
            f"{cls.__name__}: the response has no {shown}, which the API always sends; "
            "read as None (strict_response_validation=True raises instead)"
        ),
        stacklevel=3,
    )


class _Context:
    def __init__(
        self, definitions: dict[str, Mapping[str, Any]], numbers_to_str: bool, config: Mapping[str, Any]
    ) -> None:
        self.definitions = definitions
        self.numbers_to_str = numbers_to_str
        self.config = config
        self.resolving: set[str] = set()


def _unwrap_nullable(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while schema["type"] == "nullable" or (schema["type"] == "default" and not _none_when_invalid(schema)):
        schema = schema["schema"]
    return schema


def _none_when_invalid(schema: Mapping[str, Any]) -> bool:
    """A `_NoneWhenInvalid` value (`Datetime`): its default replaces whatever does not validate."""
    return schema["type"] == "default" and schema.get("on_error") == "default"


def _field_code(name: str, index: int, schema: Mapping[str, Any], context: _Context, namespace: dict[str, Any]) -> str:
    """The lines converting `values[name]` in place (empty when it is kept as sent)."""
    target = _unwrap_nullable(schema)
    kind = target["type"]
    read = f"    v = values[{name!r}]\n"
    if kind == "str" and context.numbers_to_str:
        return read + f"    if v.__class__ is int or v.__class__ is float:\n        values[{name!r}] = str(v)\n"
    if kind == "float":
        return read + f"    if v.__class__ is int:\n        values[{name!r}] = float(v)\n"
    model = _model_of(target, context)
    if model is not None:
        namespace[f"build_{index}"] = model_builder(model)
        return read + f"    if v.__class__ is dict:\n        values[{name!r}] = build_{index}(v)\n"
    if kind == "list":
        item_model = _model_of(_unwrap_nullable(target.get("items_schema", {"type": "any"})), context)
        if item_model is not None:
            namespace[f"build_{index}"] = model_builder(item_model)
            return read + (
                f"    if v.__class__ is list:\n"
                f"        values[{name!r}] = [build_{index}(x) if x.__class__ is dict else x for x in v]\n"
            )
    convert = _converter(target, context)  # None is skipped below, so no nullable wrapper
    if convert is None:
        return ""
    namespace[f"convert_{index}"] = convert
    return read + f"    if v is not None:\n        values[{name!r}] = convert_{index}(v)\n"


def _model_of(schema: Mapping[str, Any], context: _Context) -> type | None:
    """The model class a schema stands for (directly or through a definition), else None."""
    if schema["type"] == "definition-ref":
        resolved = context.definitions.get(schema["schema_ref"])
        if resolved is None:
            return None
        schema = _unwrap_nullable(resolved)
    if schema["type"] == "model":
        return cast(type, schema["cls"])
    return None


def _converter(schema: Mapping[str, Any], context: _Context) -> _Convert | None:
    """A function converting one value of this schema (None: keep values as sent)."""
    kind = schema["type"]
    if _none_when_invalid(schema):
        return _validated_leaf(schema, context)  # pydantic-core's own default-on-error, one call
    if kind in ("nullable", "default"):
        inner = _converter(schema["schema"], context)
        if inner is None:
            return None
        return lambda value: None if value is None else inner(value)
    model = _model_of(schema, context)
    if model is not None:
        build = model_builder(model)
        return build
    if kind == "definition-ref":
        ref = schema["schema_ref"]
        resolved = context.definitions.get(ref)
        if resolved is None or ref in context.resolving:
            return None
        context.resolving.add(ref)
        try:
            return _converter(resolved, context)
        finally:
            context.resolving.discard(ref)
    if kind == "str":
        if not context.numbers_to_str:
            return None
        return lambda value: str(value) if value.__class__ is int or value.__class__ is float else value
    if kind == "float":
        return lambda value: float(value) if value.__class__ is int else value
    if kind == "list":
        item = _converter(schema.get("items_schema", {"type": "any"}), context)
        if item is None:
            return None
        return lambda value: [item(x) for x in value] if value.__class__ is list else value
    if kind == "dict":
        values = _converter(schema.get("values_schema", {"type": "any"}), context)
        if values is None:
            return None
        return lambda value: {k: values(v) for k, v in value.items()} if value.__class__ is dict else value
    if kind == "union":
        return _union_converter(schema, context)
    if kind in _LEAF_VALIDATED or kind.startswith("function-"):
        return _validated_leaf(schema, context)
    return None  # str without coercion, int, bool, literal, any, enums, ...: kept as sent


def _union_converter(schema: Mapping[str, Any], context: _Context) -> _Convert | None:
    choices = [c[0] if isinstance(c, tuple) else c for c in schema["choices"]]
    models = [m for m in (_model_of(_unwrap_nullable(c), context) for c in choices) if m is not None]
    scalar = [c for c in choices if _model_of(_unwrap_nullable(c), context) is None]
    others = [conv for conv in (_converter(c, context) for c in scalar) if conv is not None]
    if not models and not others:
        return None
    builders = [(frozenset(cast(Any, m).model_fields), model_builder(m)) for m in models]

    def convert(value: Any) -> Any:
        if value.__class__ is dict and builders:
            # The model sharing most keys with the object (the first on a tie).
            keys = value.keys()
            best = max(builders, key=lambda entry: len(entry[0] & keys))
            return best[1](value)
        if len(others) == 1:
            return others[0](value)
        return value  # ambiguous between several converting scalar types: keep as sent

    return convert


def _contains_ref(schema: Any) -> bool:
    if isinstance(schema, Mapping):
        return schema.get("type") == "definition-ref" or any(_contains_ref(v) for v in schema.values())
    if isinstance(schema, (list, tuple)):
        return any(_contains_ref(v) for v in schema)
    return False


def _leaf_validator(schema: Mapping[str, Any], context: _Context) -> pydantic_core.SchemaValidator | None:
    if _contains_ref(schema):
        return None
    return pydantic_core.SchemaValidator(cast(Any, schema), cast(Any, dict(context.config)))


def _validated_leaf(schema: Mapping[str, Any], context: _Context) -> _Convert | None:
    """Dates, decimals, custom validators: pydantic's own parsing of the one value, or the value
    as sent when it does not parse."""
    validator = _leaf_validator(schema, context)
    if validator is None:
        return None
    validate = validator.validate_python

    def convert(value: Any) -> Any:
        try:
            return validate(value)
        except ValidationError:
            return value

    return convert


# -- read-modify-write ---------------------------------------------------------------------------


def to_params(model: pydantic.BaseModel, params: type[P]) -> P:
    """The values of a response model that a request body takes, as that request's TypedDict:
    `to_params(order, OrderUpdateParams)`, then change what you need and send it back with
    `client.wms.orders.update(order.id, **params)` (mypy checks the keys and values).

    Only keys the TypedDict declares are kept, in nested objects and lists too (a response has
    many fields a write does not take); fields that are None are left out, so a value the
    response did not carry is not sent as null.
    """
    data = model.model_dump(by_alias=True, exclude_none=True, warnings=False)
    return cast(P, _kept(data, params))


def _kept(value: Any, typed_dict: Any) -> Any:
    if value.__class__ is list:
        return [_kept(item, typed_dict) for item in value]
    if value.__class__ is not dict:
        return value
    hints = _typed_dict_hints(typed_dict)
    out = {}
    for key, item in value.items():
        if key in hints:
            inner = _typed_dict_in(hints[key])
            out[key] = item if inner is None else _kept(item, inner)
    return out


@functools.lru_cache(maxsize=256)
def _typed_dict_hints(typed_dict: Any) -> dict[str, Any]:
    import typing

    try:
        return typing.get_type_hints(typed_dict)
    except NameError:  # a name the annotations use is not importable: keep the keys, unchecked
        keys = [k for c in reversed(typed_dict.__mro__) for k in getattr(c, "__annotations__", {})]
        return dict.fromkeys(keys)


def _typed_dict_in(hint: Any) -> Any:
    """The TypedDict a field's type holds (through Optional, unions and lists), or None."""
    import typing

    from typing_extensions import is_typeddict

    if is_typeddict(hint):
        return hint
    for arg in typing.get_args(hint):
        found = _typed_dict_in(arg)
        if found is not None:
            return found
    return None
