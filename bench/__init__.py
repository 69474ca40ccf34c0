"""Benchmark harness for the Trackstar SDK generator (issue 6). Run with ``python -m bench``."""
