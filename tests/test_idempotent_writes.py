"""A POST or PATCH the spec marks `idempotent` is retried like a PUT; an unmarked one is not.

The runtime's retry policy is tested in tests/runtime/test_rt_faults.py; this checks the wiring
from the spec flag to the generated method, against the local fault server.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from generator.pipeline import generate_files
from generator.core.writer import write_tree
from tests.conftest import REPO

MINIMAL_SPEC = REPO / "tests" / "golden" / "minimal" / "spec"

CALL = textwrap.dedent(
    """
    import json, sys
    sys.path[:0] = [sys.argv[2], sys.argv[1]]  # the repository first: the SDK has a tests package too
    from tests.servers.fault_server import FaultServer, Reply
    import trackstar

    with FaultServer() as server:
        server.add("POST", "/shop/widgets", Reply.error(503, "busy"), Reply.error(503, "busy"), Reply.json({"data": {"id": "w1"}}))
        client = trackstar.Trackstar(api_key="k", access_token="t", base_url=server.url, max_retries=2)
        try:
            outcome = client.shop.widgets.create(name="w").data.id
        except trackstar.WriteMayHaveBeenAppliedError as exc:
            outcome = type(exc).__name__
        print(json.dumps({"outcome": outcome, "received": len(server.requests_to("POST", "/shop/widgets"))}))
    """
)


def _generate(tmp_path: Path, *, idempotent: bool) -> tuple[Path, str]:
    spec = tmp_path / "spec"
    shutil.copytree(MINIMAL_SPEC, spec)
    if idempotent:
        resources = spec / "resources.yaml"
        text = resources.read_text(encoding="utf-8")
        marked = "        http: POST /shop/widgets\n        idempotent: true\n"
        resources.write_text(text.replace("        http: POST /shop/widgets\n", marked), encoding="utf-8")
    out = tmp_path / "out"
    write_tree(out, generate_files(spec))
    source = (out / "python" / "trackstar" / "resources" / "shop" / "widgets.py").read_text(encoding="utf-8")
    return out / "python", source


def _call(package: Path) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", CALL, str(package), str(REPO)], capture_output=True, text=True, check=True, timeout=120
    )
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def test_a_post_marked_idempotent_is_retried_after_a_503(tmp_path: Path) -> None:
    package, source = _generate(tmp_path, idempotent=True)
    # `create` is the spec's one POST: it tells the runtime, and has no retry_writes to opt into.
    assert "idempotent=True" in source and "retry_writes" not in source
    assert _call(package) == {"outcome": "w1", "received": 3}


def test_an_unmarked_post_raises_at_the_first_503(tmp_path: Path) -> None:
    package, source = _generate(tmp_path, idempotent=False)
    assert "idempotent=True" not in source and "retry_writes: bool | NotGiven" in source
    assert _call(package) == {"outcome": "UncertainWriteServerError", "received": 1}
