"""The SDK's types hold where users use them: programs that must pass `mypy --strict`, and
mistakes that must not.

Every Python block of the SDK README and the reference pages passes `mypy --strict`, with no
casts, asserts or `# type: ignore` in them. Running the blocks (tests/test_docs.py) proves they
work; this proves their types hold. Each page is checked as one program, blocks in order (like a
notebook, so a name may be rebound with another type: `--allow-redefinition`); signature blocks
are checked as the bodies of a Protocol, so every type a signature names must exist where the
docs say it does. The web-framework webhook handler is checked like any other block.

The good program sends the body of every integration variant of `POST /wms/orders` and of a
`PUT` write through `body=`, narrows webhook events on their Literal `event_type`, and passes
filters as lists of the field's values. Each bad snippet is one mistake a user makes; mypy must
reject every one of them (so the good program passing means something).
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.core.plan import OperationPlan, Plan, build_plan
from generator.targets.python.signatures import takes_required_fields
from generator.targets.python.type_map import example
from generator.core.schema import Ref
from generator.core.spec.loader import load_spec
from tests.test_docs import doc_pages, python_blocks

REPO = Path(__file__).resolve().parents[1]
GENERATED_PYTHON = REPO / "generated" / "python"
FORBIDDEN = re.compile(r"\bcast\(|\bassert\b|#\s*type:\s*ignore")

pytestmark = pytest.mark.slow

# Writes whose every variant body the good program sends.
VARIANT_WRITES = ("wms.orders.create", "wms.orders.update")


@pytest.fixture(scope="module")
def plan() -> Plan:
    return build_plan(load_spec(REPO / "specs"))


def _op(plan: Plan, dotted: str) -> OperationPlan:
    return next(op for op in plan.operations if op.dotted == dotted)


def variant_calls(plan: Plan, dotted: str) -> list[str]:
    """One call per body a write accepts: the base body and every integration's."""
    op = _op(plan, dotted)
    assert op.body_union and op.body_model, dotted
    spec_names = {cls: name for name, cls in plan.class_names.items()}
    args = "".join(f"{p.py_name}_value, " for p in op.path_params)
    method = op.dotted + ("_with_body" if takes_required_fields(op) else "")
    calls = []
    for cls in plan.body_unions[op.body_union]:
        body = example(Ref(spec_names[cls]), plan.schemas)
        calls.append(f"    client.{method}({args}body={body})  # {cls}")
    return calls


def good_program(plan: Plan) -> str:
    lines = [
        "from __future__ import annotations",
        "",
        "from datetime import datetime, timezone",
        "",
        "from typing_extensions import assert_type",
        "",
        "from trackstar import Trackstar",
        "from trackstar.types import OrderCreatedEvent, OrderStatusFilter, OrderUpdatedEvent",
        "from trackstar.webhooks import unwrap",
        "",
        "",
        "def writes(client: Trackstar, order_id_value: str) -> None:",
    ]
    for dotted in VARIANT_WRITES:
        lines += variant_calls(plan, dotted)
    lines += [
        "",
        "",
        "def reads(client: Trackstar) -> str:",
        '    order = client.wms.orders.retrieve("ord_1").data  # data is always there on success',
        "    statuses: OrderStatusFilter = {\"in\": [\"open\", \"backordered\"]}",
        "    page = client.wms.orders.list(",
        '        ids=["ord_1", "ord_2"],',
        "        status=statuses,",
        '        created_date={"gte": datetime(2024, 1, 1, tzinfo=timezone.utc)},',
        "    )",
        "    return str(order.id) + str(page.total_count)",
        "",
        "",
        "def events(payload: bytes, headers: dict[str, str]) -> str | None:",
        '    event = unwrap(payload, headers, "whsec_x")',
        '    if event.event_type == "order.created":',
        "        assert_type(event, OrderCreatedEvent)",
        "        return event.connection_id",
        '    if event.event_type == "order.updated":',
        "        assert_type(event, OrderUpdatedEvent)",
        "        return str(event.previous_attributes)",
        "    return None",
        "",
    ]
    return "\n".join(lines)


# (name, statement inside `def f(client: Trackstar) -> None:`, text mypy's error must contain)
BAD_SNIPPETS = [
    ("bare str where a list is meant", 'client.wms.orders.list(ids="ord_1")', "ids"),
    ("enum value the field does not take", 'client.wms.orders.list(status={"in": ["shipped-ish"]})', '"status"'),
    ("body that fits no variant", 'client.wms.orders.create_with_body(body={"no_such_field": 1})', '"body"'),
    ("operator the filter does not allow", 'client.wms.orders.list(ids={"gte": "a"})', '"ids"'),
    ("data assumed optional", 'client.wms.orders.retrieve("o").data.no_such_attribute', "no_such_attribute"),
]


_SIGNATURE_PRELUDE = """\
from collections.abc import Mapping
from datetime import date, datetime
from typing import Literal, Protocol, overload

import httpx

from trackstar import AsyncPaginator, NotGiven, NOT_GIVEN, SyncCursorPage
from trackstar._types import FileTypes, ListOrTuple
"""


def _public_types() -> set[str]:
    sys.path.insert(0, str(GENERATED_PYTHON))
    try:
        import trackstar.types as types

        return set(types._TYPES)
    finally:
        sys.path.remove(str(GENERATED_PYTHON))


def page_program(page: Path, public: set[str]) -> str:
    """One module for a page: its runnable blocks in order, then its signatures in a Protocol."""
    blocks = python_blocks(page)
    runnable = [b for b in blocks if b.skip != "signature"]
    signatures = [b for b in blocks if b.skip == "signature"]
    parts = ['BASE_URL = "http://127.0.0.1:4010"\n']
    parts += [f"# {b!r}\n{b.code}" for b in runnable]
    if signatures:
        names = sorted({w for b in signatures for w in re.findall(r"\b[A-Z]\w*", b.code)} & public)
        parts.append(_SIGNATURE_PRELUDE)
        if names:
            parts.append("from trackstar.types import " + ", ".join(names) + "\n")
        for index, block in enumerate(signatures):
            parts.append(f"\n\nclass _Signature{index}(Protocol):  # {block!r}\n" + textwrap.indent(block.code, "    "))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def checked(plan: Plan, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """One mypy run over every program (the SDK's modules are analysed once): file -> errors."""
    folder = tmp_path_factory.mktemp("programs")
    (folder / "good.py").write_text(good_program(plan), encoding="utf-8")
    for index, (_, statement, _) in enumerate(BAD_SNIPPETS):
        code = f"from trackstar import Trackstar\n\n\ndef f(client: Trackstar) -> None:\n    {statement}\n"
        (folder / f"bad_{index}.py").write_text(code, encoding="utf-8")
    public = _public_types()
    for index, page in enumerate(doc_pages()):
        if python_blocks(page):
            name = re.sub(r"\W", "_", str(page.relative_to(REPO / "generated")).removesuffix(".md"))
            (folder / f"page_{index:03d}_{name}.py").write_text(page_program(page, public), encoding="utf-8")
    files = sorted(p.name for p in folder.glob("*.py"))
    # Run where the package is, with its cache: the package's own mypy test warms the same one.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--allow-redefinition", "--no-error-summary", *(str(folder / f) for f in files)],
        cwd=GENERATED_PYTHON, capture_output=True, text=True, timeout=1500,
    )
    assert "error: Cannot find" not in result.stdout, result.stdout[-5000:]
    errors: dict[str, list[str]] = {name: [] for name in files}
    for line in result.stdout.splitlines():
        file = Path(line.split(":", 1)[0]).name
        if file in errors and ": error:" in line:
            errors[file].append(line)
    return errors


def test_good_program_passes(checked: dict[str, list[str]]) -> None:
    assert not checked["good.py"], "\n".join(checked["good.py"])


@pytest.mark.parametrize("index", range(len(BAD_SNIPPETS)), ids=[b[0] for b in BAD_SNIPPETS])
def test_every_mistake_is_caught(checked: dict[str, list[str]], index: int) -> None:
    name, _, needle = BAD_SNIPPETS[index]
    mine = checked[f"bad_{index}.py"]
    assert mine, f"mypy accepted: {name}"
    assert any(needle in e for e in mine), (name, mine)


def test_doc_blocks_have_no_escape_hatches() -> None:
    blocks = [b for page in doc_pages() for b in python_blocks(page)]
    offenders = [repr(b) for b in blocks if FORBIDDEN.search(b.code)]
    assert not offenders, f"blocks with cast/assert/type: ignore: {offenders}"


def test_every_doc_block_passes_mypy_strict(checked: dict[str, list[str]]) -> None:
    pages = [name for name in checked if name.startswith("page_")]
    assert len(pages) >= 30, pages
    failing = [e for name in pages for e in checked[name]]
    assert not failing, "\n".join(failing[:200])


def test_good_program_covers_every_variant(plan: Plan) -> None:
    orders = _op(plan, "wms.orders.create")
    assert len(orders.variants) == 53  # + the base body
    program = good_program(plan)
    assert program.count("client.wms.orders.create_with_body(") == 54
    assert program.count("client.wms.orders.update(") == len(_op(plan, "wms.orders.update").variants) + 1


# -- write calls: the first error line names the argument and its value ----------------------


def _create_args(plan: Plan, **override: str) -> str:
    """Every required base field of `wms.orders.create`, with a value the API takes."""
    op = _op(plan, "wms.orders.create")
    values = {f.py_name: example(f.node, plan.schemas) for f in op.body_fields if f.required}
    values.update(override)
    return ", ".join(f"{name}={value}" for name, value in values.items())


# (mistake, statement, what the first error line must say, its error code)
WRITE_MISTAKES = [
    (
        "bad enum",
        'client.wms.orders.update("ord_1", status="shiped")',
        r'Argument "status" to "update" of "WmsOrders" has incompatible type "Literal\[\'shiped\'\]"',
        "arg-type",
    ),
    (
        "misspelt name",
        'client.wms.orders.update("ord_1", stauts="open")',
        r'Unexpected keyword argument "stauts" for "update" of "WmsOrders"; did you mean "status"\?',
        "call-arg",
    ),
    (
        "wrong type",
        "client.wms.orders.create({create_wrong_type})",
        r'Argument "total_price" to "create" of "WmsOrders" has incompatible type "str"; expected "float"',
        "arg-type",
    ),
    (
        "missing required field",
        'client.wms.orders.create(channel="web")',
        r'Missing named argument "channel_object" for "create" of "WmsOrders"',
        "call-arg",
    ),
    (
        "misspelt name in a create",
        "client.wms.orders.create({create_misspelt})",
        r'Unexpected keyword argument "totl_price" for "create" of "WmsOrders"; did you mean "total_price"\?',
        "call-arg",
    ),
    (
        "bad enum in an async write",
        'await aclient.wms.orders.update("ord_1", status="shiped")',
        r'Argument "status" to "update" of "AsyncWmsOrders" has incompatible type "Literal\[\'shiped\'\]"',
        "arg-type",
    ),
]


def test_each_write_mistake_is_named_in_its_first_error_line(plan: Plan, tmp_path: Path) -> None:
    """mypy --strict on one wrong call per file: its first error line names the argument and
    the value, with a code a targeted ignore can use (not call-overload)."""
    create_args = _create_args(plan)
    fill = {
        "create_wrong_type": _create_args(plan, total_price='"12.50"'),
        "create_misspelt": create_args.replace("total_price=", "totl_price="),
    }
    for index, (_, statement, _, _) in enumerate(WRITE_MISTAKES):
        code = (
            "from trackstar import AsyncTrackstar, Trackstar\n\n\n"
            f"async def f(client: Trackstar, aclient: AsyncTrackstar) -> None:\n    {statement.format(**fill)}\n"
        )
        (tmp_path / f"mistake_{index}.py").write_text(code, encoding="utf-8")
    # The right call passes, so each error below is the mistake's own.
    (tmp_path / "right.py").write_text(
        "from trackstar import Trackstar\n\n\n"
        f"def f(client: Trackstar) -> None:\n    client.wms.orders.create({create_args})\n"
        '    client.wms.orders.update("ord_1", status="open")\n',
        encoding="utf-8",
    )
    files = sorted(str(p) for p in tmp_path.glob("*.py"))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes", *files],
        cwd=GENERATED_PYTHON, capture_output=True, text=True, timeout=900,
    )
    lines = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert not [line for line in lines if "right.py" in line], lines
    for index, (mistake, _, message, code) in enumerate(WRITE_MISTAKES):
        mine = [line for line in lines if f"mistake_{index}.py:" in line]
        assert mine, f"mypy accepted: {mistake}"
        first = mine[0]
        assert re.search(message, first), (mistake, first)
        assert first.endswith(f"[{code}]"), (mistake, first)
        assert len(first) < 400, (mistake, first)  # one readable line, no page of signatures
