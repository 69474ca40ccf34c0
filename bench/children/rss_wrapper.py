"""Run a command; report its wall time and its process tree's peak RSS.

Usage: python rss_wrapper.py -- CMD ARGS...
The command's stdout/stderr pass through; the last stderr line is a JSON object
{"wall": seconds, "maxrss_kib": KiB, "returncode": int}.
"""

import json
import resource
import subprocess
import sys
import time

argv = sys.argv[1:]
if argv and argv[0] == "--":
    argv = argv[1:]
t0 = time.perf_counter()
proc = subprocess.run(argv)
wall = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
sys.stdout.flush()
print(json.dumps({"wall": wall, "maxrss_kib": peak, "returncode": proc.returncode}),
      file=sys.stderr)
