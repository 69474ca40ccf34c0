"""Runs in the peer venv: openapi-python-client's get_wms_orders on the 1000-order page.

Usage: python peer_parse.py PAGE_FILE [--repeats N]
Interleaves (same process, same page, same MockTransport) the peer call and the raw baseline
(httpx + json.loads), and prints one JSON line with both sample sets.
"""

import argparse
import json
import statistics
import sys
import time

parser = argparse.ArgumentParser()
parser.add_argument("page_file")
parser.add_argument("--repeats", type=int, default=15)
parser.add_argument("--warmup", type=int, default=2)
args = parser.parse_args()

with open(args.page_file, "rb") as fh:
    PAGE = fh.read()

import httpx  # noqa: E402
from trackstar_api_client import Client  # noqa: E402
from trackstar_api_client.api.wms import get_wms_orders  # noqa: E402
from trackstar_api_client.models import OrderSchema, WmsOrdersListEndpoint  # noqa: E402

BASE = "https://production.trackstarhq.com"
EXPECTED = json.loads(PAGE)["total_count"]


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=PAGE, headers={"content-type": "application/json"})


client = Client(base_url=BASE)
client.set_httpx_client(httpx.Client(base_url=BASE, transport=httpx.MockTransport(handler)))
raw_http = httpx.Client(base_url=BASE, transport=httpx.MockTransport(handler))


def peer() -> None:
    page = get_wms_orders.sync(client=client, x_trackstar_api_key="k", x_trackstar_access_token="t")
    assert isinstance(page, WmsOrdersListEndpoint), type(page)
    n = 0
    for _order in page.data:
        n += 1
    assert n == EXPECTED and isinstance(page.data[0], OrderSchema)


def raw() -> None:
    r = raw_http.get("/wms/orders", headers={"x-trackstar-api-key": "k",
                                             "x-trackstar-access-token": "t"})
    data = json.loads(r.content)
    n = 0
    for _order in data["data"]:
        n += 1
    assert n == EXPECTED


for _ in range(args.warmup):
    raw()
    peer()
samples = {"peer": [], "raw": []}
for _ in range(args.repeats):
    for name, fn in (("raw", raw), ("peer", peer)):
        t0 = time.perf_counter()
        fn()
        samples[name].append(time.perf_counter() - t0)

print(json.dumps({
    "peer": statistics.median(samples["peer"]),
    "raw": statistics.median(samples["raw"]),
    "samples": samples,
    "python": sys.version.split()[0],
    "httpx": httpx.__version__,
}))
