"""Response models live in one private module per resource, so a call imports only its own.

The first `client.wms.orders.list()` of a process used to build all 193 pydantic classes of the
API (a third of its time); now it builds the orders models and those they refer to.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from generator.core.errors import GeneratorError
from generator.targets.python.format import LINE_LENGTH
from generator.targets.python.models import split_models
from tests.conftest import GENERATED_PYTHON

FIRST_CALL = textwrap.dedent(
    """
    import json, sys
    import httpx, trackstar

    def serve(request):
        return httpx.Response(200, json={"data": [{"id": "o1", "line_items": [{"sku": "s"}]}], "next_token": None})

    client = trackstar.Trackstar(
        api_key="k", access_token="t", http_client=httpx.Client(transport=httpx.MockTransport(serve))
    )
    orders = list(client.wms.orders.list())
    assert orders[0].line_items[0].sku == "s", orders
    print(json.dumps(sorted(m for m in sys.modules if m.startswith("trackstar.types"))))
    """
)


def test_a_call_imports_only_the_models_of_its_resource() -> None:
    out = subprocess.run(
        [sys.executable, "-c", FIRST_CALL], cwd=GENERATED_PYTHON, capture_output=True, text=True, check=True
    ).stdout
    loaded = json.loads(out)
    models = sorted(m.rsplit(".", 1)[1] for m in loaded if m.startswith("trackstar.types._models."))
    assert "wms_orders" in models
    # Orders refer to a few models named by the cart resources first (shared address shapes);
    # nothing else loads: no webhook events, no other resource's models, no request types.
    assert set(models) <= {"wms_orders", "cart", "cart_orders", "cart_warehouses"}, models
    assert not {"trackstar.types._params", "trackstar.types._integrations"} & set(loaded)


def test_every_model_module_imports_on_its_own() -> None:
    """No module relies on another having been imported first (and none import each other)."""
    folder = GENERATED_PYTHON / "trackstar" / "types" / "_models"
    modules = sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")
    assert len(modules) > 20
    script = "import importlib, sys\nfor m in sys.argv[1:]:\n    importlib.import_module('trackstar.types._models.' + m)\n"
    for module in modules:
        subprocess.run([sys.executable, "-c", script, module], cwd=GENERATED_PYTHON, check=True)


SOURCE = textwrap.dedent(
    """\
    # header

    from __future__ import annotations

    from typing import Any, Literal

    from .._models import TrackstarModel


    class A(TrackstarModel):
        b: B | None = None
        extra: Any = None


    class B(TrackstarModel):
        kind: Literal["x"] | None = None
    """
)


def test_split_moves_each_class_and_imports_what_it_uses() -> None:
    files = split_models(SOURCE, {"A": "first", "B": "second"}, LINE_LENGTH)
    assert sorted(files) == ["_models/__init__.py", "_models/first.py", "_models/second.py"]
    first, second = files["_models/first.py"], files["_models/second.py"]
    assert "from .second import B" in first and "from typing import Any\n" in first
    assert "from ..._models import TrackstarModel" in first  # one package deeper than before
    assert "from typing import Literal\n" in second and "Any" not in second
    for source in files.values():
        compile(source, "split", "exec")


def test_split_refuses_modules_that_would_import_each_other() -> None:
    source = SOURCE.replace("    kind: Literal", "    a: A | None = None\n    kind: Literal")
    with pytest.raises(GeneratorError, match="import each other: first -> second -> first"):
        split_models(source, {"A": "first", "B": "second"}, LINE_LENGTH)



def test_split_puts_a_class_it_was_not_told_about_with_its_first_user() -> None:
    source = SOURCE.replace("class B(TrackstarModel):", "class C(TrackstarModel):\n    x: int | None = None\n\n\nclass B(TrackstarModel):")
    source = source.replace("    b: B | None = None", "    b: B | None = None\n    c: C | None = None")
    files = split_models(source, {"A": "first", "B": "second"}, LINE_LENGTH)
    assert "class C(" in files["_models/first.py"] and sorted(files)[1:] == ["_models/first.py", "_models/second.py"]
