# Two commands on a fresh machine: `make generate`, then `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED := ../shared/trackstar
STAMP := $(VENV)/.installed

.PHONY: help install generate import overlay check test test-fast lint mypy history golden fuzz update-spec bench docs dist release clean

# Every target carries a `## description` on its own line: `make help` prints them all
# (tests/test_cli.py checks that no target is left out).
help: ## list every target with what it does
	@awk -F':.*## ' '/^[a-z][a-z-]*:.*## / {printf "make %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

node_modules/.bin/prism: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# TypeScript 6.0/7.0 and Node 22 for the npm package's consumer checks, in their own folder.
TOOLCHAINS := tests/typescript/toolchains
$(TOOLCHAINS)/node_modules/.installed: $(TOOLCHAINS)/package.json $(TOOLCHAINS)/package-lock.json
	cd $(TOOLCHAINS) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(STAMP) node_modules/.bin/prism $(TOOLCHAINS)/node_modules/.installed ## create .venv with the generator and test tools, install the Node tools (npm ci)
	@# The shared rate-limit tests and bench row run a real redis-server (Debian package).
	command -v redis-server >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server)

generate: $(STAMP) ## render specs/ with every target's templates into generated/ (imports nothing)
	$(PY) -m generator generate --spec specs --out generated

# The document specs/api.yaml records (source.location, checked against source.sha256).
import: $(STAMP) ## re-import specs/ from the document specs/api.yaml records, with specs/overlay.yaml
	$(PY) -m generator import-openapi -o specs

# After editing specs/overlay.yaml: re-import, regenerate, and log the change with a version bump.
overlay: $(STAMP) ## take in an edited overlay.yaml: re-import, regenerate, bump sdk_version, log it
	$(PY) -m generator update-spec --recorded

check: $(STAMP) ## fail unless specs/ is the import of its recorded document + overlay and generated/ is fresh
	$(PY) -m generator check --spec specs --out generated

mypy: $(STAMP) ## mypy --strict on the generator, the runtime and the generated SDK
	$(PY) -m mypy --strict generator
	cd generator/targets/python && ../../../$(PY) -m mypy --strict -p runtime
	cd generated/python && ../../$(PY) -m mypy --strict trackstar

test: install ## the whole default suite (what CI runs)
	$(PY) -m pytest -q -n 2 --dist loadfile

# The day-to-day layer: everything not marked `slow` (no Prism, builds, sweeps); under a minute.
# `--dist load` spreads single tests over the workers: test_bad_input alone takes ~50 s.
test-fast: $(STAMP) ## the tests not marked slow (day-to-day, under a minute)
	$(PY) -m pytest -q -n 2 --dist load -m "not slow"

# ruff as configured in pyproject.toml, on the code we write and the code we generate.
lint: $(STAMP) ## ruff on generator/ (runtimes included), tests/, bench/ and generated/python/
	$(VENV)/bin/ruff check generator tests bench generated/python

history: $(STAMP) ## import, generate and compile every published document, with a table
	$(PY) -m generator history $(SHARED)/openapi

clean: ## remove .venv, node_modules, caches and build output
	rm -rf $(VENV) node_modules .bench site generated/.generator-cache

golden: $(STAMP) ## refresh the expected trees of tests/golden/
	UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py

# Reference docs: generated/docs/ -> site/ with mkdocs-material; --strict fails on any broken link.
docs: $(STAMP) ## build the reference site (site/) with mkdocs --strict
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --clean -f mkdocs.yml -d site

# The SDK as published: wheel + sdist of generated/python into generated/python/dist, twine-checked.
# `check` first: a wheel is never built from a stale spec or SDK.
dist: check ## check, then build the wheel + sdist of generated/python and twine-check them
	rm -rf generated/python/dist
	$(PY) -m build --sdist --wheel --outdir generated/python/dist generated/python
	$(PY) -m twine check --strict generated/python/dist/*

# make release INDEX=<upload url> NPM_REGISTRY=<registry url> [DRY_RUN=1] [RESUME=1]: refuse a
# stale or uncommitted tree, build and twine-check the wheel and sdist, pack the npm tarball, check
# NPM_TOKEN and that npm lacks the version, upload with TWINE_USERNAME/TWINE_PASSWORD, publish with
# NPM_TOKEN, tag sdk-vX.Y.Z, write the release notes and the docs archive into generated/python/dist
# (DRY_RUN=1: no upload, no tag). RESUME=1 finishes a release whose npm publish failed (README).
release: $(STAMP) ## publish both SDKs (INDEX=<pypi url> NPM_REGISTRY=<npm url>, DRY_RUN=1, RESUME=1)
	@test -n "$(filter-out 0,$(DRY_RUN))" -o -n "$(NPM_REGISTRY)" || { echo "make release: set NPM_REGISTRY=<npm registry url> too: both SDKs are released together (or DRY_RUN=1)" >&2; exit 1; }
	$(PY) -m generator release $(if $(INDEX),--index '$(INDEX)') $(if $(NPM_REGISTRY),--npm-registry '$(NPM_REGISTRY)') $(if $(filter-out 0,$(DRY_RUN)),--dry-run) $(if $(filter-out 0,$(RESUME)),--resume)

# Two shards with their own seeds, one per xdist worker; -rP prints each shard's share of packages,
# .fuzz-progress.log its progress every 100 documents. FUZZ_SEED=<n> replays a run.
fuzz: $(STAMP) ## the hostile-input test with 10,000 hypothesis examples (two shards)
	rm -f .fuzz-progress.log
	FUZZ_EXAMPLES=10000 FUZZ_SHARDS=2 FUZZ_LOG=$(CURDIR)/.fuzz-progress.log $(PY) -m pytest -q -rP -n 2 --dist loadgroup tests/test_hostile_input.py

# make update-spec [DOC=path-or-url] [ARGS=--dry-run]: diff, re-import, regenerate, bump, log it.
update-spec: $(STAMP) ## move to a new API document (DOC=path-or-url; default: production), bump, log
	$(PY) -m generator update-spec $(DOC) $(ARGS)

# Benchmarks with ratios against baselines measured in the same run (see bench/README.md).
bench: $(STAMP) ## benchmarks with ratios against same-run baselines
	$(PY) -m bench
