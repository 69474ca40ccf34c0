"""Time one statement in this fresh process; print one JSON line.

Usage: python import_time.py STATEMENT
The statement is compiled before the clock starts; the figure covers executing it (imports
included), not interpreter start-up, which is the same for every statement compared.
"""

import json
import sys
import time

code = compile(sys.argv[1], "<bench>", "exec")
t0 = time.perf_counter()
exec(code, {})
elapsed = time.perf_counter() - t0
print(json.dumps({"seconds": elapsed, "modules": len(sys.modules)}))
