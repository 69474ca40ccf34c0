"""Baselines measured in the same run on the same machine.

* ``import httpx, pydantic`` in fresh processes (median of N), the yardstick for SDK import cost.
* raw ``httpx`` + ``json.loads`` of the 1000-order page through ``httpx.MockTransport``,
  in this process (median of N).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any, Sequence

from bench.measure import Samples, child_env, run, run_child_json, time_calls

BASELINE_IMPORT = "import httpx, pydantic"
BASE_URL = "https://production.trackstarhq.com"


def fresh_process_times(statements: Sequence[str], *, repeats: int, warmup: int = 2,
                        python: str = sys.executable, pythonpath: Sequence[Path] = ()
                        ) -> dict[str, dict[str, Any]]:
    """Time each statement in fresh interpreters, interleaved so drift hits all alike.

    Returns per statement the in-process time of the statement and the whole process wall time
    (interpreter start-up included), each as a median summary.
    """
    env = child_env(pythonpath=pythonpath)
    inner = {s: Samples() for s in statements}
    whole = {s: Samples() for s in statements}
    modules: dict[str, int] = {}
    for i in range(warmup + repeats):
        for stmt in statements:
            t0 = time.perf_counter()
            out = run_child_json(python, "import_time.py", [stmt], env=env)
            wall = time.perf_counter() - t0
            if i >= warmup:
                inner[stmt].values.append(out["seconds"])
                whole[stmt].values.append(wall)
                modules[stmt] = out["modules"]
    return {s: {"statement": inner[s].summary(), "process": whole[s].summary(),
                "modules_loaded": modules[s]} for s in statements}


def python_startup(repeats: int) -> dict[str, Any]:
    samples = Samples()
    for _ in range(repeats):
        t0 = time.perf_counter()
        run([sys.executable, "-c", "pass"], env=child_env())
        samples.values.append(time.perf_counter() - t0)
    return samples.summary()


def raw_page_parse(page: bytes, *, repeats: int, warmup: int = 2) -> dict[str, Any]:
    """Raw httpx GET through MockTransport + json.loads of the body + a walk over the items."""
    import httpx

    expected = json.loads(page)["total_count"]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=page, headers={"content-type": "application/json"})

    client = httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler))

    def once() -> None:
        r = client.get("/wms/orders", headers={"x-trackstar-api-key": "k",
                                               "x-trackstar-access-token": "t"})
        data = json.loads(r.content)
        n = 0
        for _order in data["data"]:
            n += 1
        assert n == expected

    try:
        return time_calls(once, repeats=repeats, warmup=warmup).summary()
    finally:
        client.close()


if __name__ == "__main__":
    from bench.payload import page_bytes
    print(json.dumps(fresh_process_times([BASELINE_IMPORT], repeats=5), indent=1))
    print(json.dumps(raw_page_parse(page_bytes(), repeats=10), indent=1))
