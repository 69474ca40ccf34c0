"""The TypeScript part of generation alone, cold: load the spec, plan, render the TS target with no
cache (prettier included where needed). Run as a fresh process from the repository root; the
bench times the whole process, as it times the peers' CLIs."""

from pathlib import Path

from generator.core.cache import Cache
from generator.core.plan import build_plan
from generator.core.spec.loader import load_spec
from generator.targets.typescript import target

spec = load_spec(Path("specs"))
files = target.render(spec, build_plan(spec), Cache(None), None, None)
print(len(files))
