"""First ``wms.orders.list`` call in a fresh process, imports included.

Usage: python sdk_first_call.py PAGE_FILE
The clock starts before ``import httpx, trackstar`` (the page bytes are read first, with the
stdlib only) and stops once the first page's items have been iterated.
"""

import sys
import time

from sdk_common import emit, read_page

PAGE = read_page(sys.argv[1])
t0 = time.perf_counter()
import httpx  # noqa: E402
import trackstar  # noqa: E402
from sdk_common import make_client, model_check, page_handler  # noqa: E402

client, _ = make_client(trackstar, httpx, page_handler(httpx, PAGE))
page = client.wms.orders.list()
n = 0
for _item in page.data:
    n += 1
elapsed = time.perf_counter() - t0
emit({"seconds": elapsed, "items": n, "item_type": model_check(page.data[0]),
      "modules": len(sys.modules)})
