"""One 1000-order page through ``client.wms.orders.list()``, items as typed models, vs raw
httpx + json.loads of the same page through the same kind of MockTransport (interleaved, same
process). Usage: python sdk_page.py PAGE_FILE [--repeats N] [--warmup N]
"""

import argparse
import json
import statistics
import time

import httpx
import trackstar
from sdk_common import BASE_URL, emit, make_client, model_check, page_handler, read_page

parser = argparse.ArgumentParser()
parser.add_argument("page_file")
parser.add_argument("--repeats", type=int, default=15)
parser.add_argument("--warmup", type=int, default=2)
args = parser.parse_args()

PAGE = read_page(args.page_file)
EXPECTED = json.loads(PAGE)["total_count"]
handler = page_handler(httpx, PAGE)
client, notes = make_client(trackstar, httpx, handler, unthrottled=True)
raw_http = httpx.Client(transport=httpx.MockTransport(handler))
item_type = None
serial = 0


def ours():
    global item_type, serial
    serial += 1
    # a fresh access token per call: the SDK's per-token limiter never delays a token's first GET
    orders = client.with_access_token(f"t{serial}").wms.orders
    t0 = time.perf_counter()
    page = orders.list()
    n = 0
    for _item in page.data:
        n += 1
    elapsed = time.perf_counter() - t0
    assert n == EXPECTED, n
    item_type = model_check(page.data[0])
    return elapsed


def raw():
    t0 = time.perf_counter()
    r = raw_http.get(BASE_URL + "/wms/orders", headers={"x-trackstar-api-key": "k",
                                                        "x-trackstar-access-token": "t"})
    data = json.loads(r.content)
    n = 0
    for _item in data["data"]:
        n += 1
    elapsed = time.perf_counter() - t0
    assert n == EXPECTED
    return elapsed


for _ in range(args.warmup):
    raw()
    ours()
samples = {"ours": [], "raw": []}
for _ in range(args.repeats):
    samples["raw"].append(raw())
    samples["ours"].append(ours())
emit({"ours": statistics.median(samples["ours"]), "raw": statistics.median(samples["raw"]),
      "samples": samples, "item_type": item_type, **notes})
