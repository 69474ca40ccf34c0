"""Peak traced memory (tracemalloc) of listing orders: one page held vs iterating N pages.

Usage: python sdk_pages_memory.py PAGE_FILE --pages 1|N
--pages 1: ``page = orders.list()`` and iterate ``page.data`` (the page stays referenced).
--pages N: ``for order in orders.list()`` across N chained pages (auto-pagination).
Imports, client construction and a warm-up call on a one-order page happen before tracing starts.
"""

import argparse
import json
import resource
import tracemalloc

import httpx
import trackstar
from sdk_common import emit, make_client, model_check, page_handler, read_page

parser = argparse.ArgumentParser()
parser.add_argument("page_file")
parser.add_argument("--pages", type=int, default=1)
args = parser.parse_args()

PAGE = read_page(args.page_file)
per_page = json.loads(PAGE)["total_count"]
small = json.loads(PAGE)
small["data"] = small["data"][:1]
small["total_count"] = 1
SMALL = json.dumps(small, separators=(",", ":")).encode()

state = {"warm": True}
warm_handler = page_handler(httpx, SMALL)
main_handler = page_handler(httpx, PAGE, pages=args.pages)


def handler(request):
    return (warm_handler if state["warm"] else main_handler)(request)


client, notes = make_client(trackstar, httpx, handler, unthrottled=True)
orders = client.wms.orders
for item in orders.list().data:  # warm-up: lazy imports, validator/serializer set-up
    model_check(item)
state["warm"] = False

tracemalloc.start()
base, _ = tracemalloc.get_traced_memory()
n = 0
if args.pages == 1:
    page = orders.list()
    for _item in page.data:
        n += 1
else:
    for _item in orders.list():
        n += 1
current, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
assert n == per_page * args.pages, (n, per_page, args.pages)
emit({"pages": args.pages, "items": n, "peak_bytes": peak - base, "end_bytes": current - base,
      "requests": main_handler.calls["n"],
      "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, **notes})
