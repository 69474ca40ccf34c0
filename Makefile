# Two commands on a fresh machine: `make generate`, then `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED := ../shared/trackstar
CURRENT := $(SHARED)/openapi/2025-10-13_12ae462.json
STAMP := $(VENV)/.installed

.PHONY: help install generate import check test test-fast lint mypy history golden fuzz update-spec bench docs dist clean docs dist

help:
	@echo "make generate    import nothing, render specs/ + templates/ into generated/"
	@echo "make import      re-import specs/ from $(CURRENT) (keeps specs/overlay.yaml)"
	@echo "make test        the default test suite (what CI runs)"
	@echo "make test-fast   the tests not marked slow (day-to-day, under a minute)"
	@echo "make lint        ruff on generator/, the runtime, tests/, bench/ and generated/python/"
	@echo "make bench       benchmarks with ratios against same-run baselines"

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

node_modules/.bin/prism: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(STAMP) node_modules/.bin/prism

generate: $(STAMP)
	$(PY) -m generator generate --spec specs --out generated

import: $(STAMP)
	$(PY) -m generator import-openapi $(CURRENT) -o specs

check: $(STAMP)
	$(PY) -m generator generate --spec specs --out generated --check

mypy: $(STAMP)
	$(PY) -m mypy --strict generator
	cd templates && ../$(PY) -m mypy --strict -p runtime
	cd generated/python && ../../$(PY) -m mypy --strict trackstar

test: install
	$(PY) -m pytest -q -n 2 --dist loadfile

# The day-to-day layer: everything not marked `slow` (no Prism, builds, sweeps); under a minute.
test-fast: $(STAMP)
	$(PY) -m pytest -q -n 2 --dist loadfile -m "not slow"

# ruff as configured in pyproject.toml, on the code we write and the code we generate.
lint: $(STAMP)
	$(VENV)/bin/ruff check generator templates/runtime tests bench generated/python

history: $(STAMP)
	$(PY) -m generator history $(SHARED)/openapi

clean:
	rm -rf $(VENV) node_modules .bench site generated/.generator-cache

golden: $(STAMP)
	UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py

# Reference docs: generated/docs/ -> site/ with mkdocs-material; --strict fails on any broken link.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --clean -f mkdocs.yml -d site

# The SDK as published: wheel + sdist of generated/python into generated/python/dist, twine-checked.
dist: $(STAMP)
	rm -rf generated/python/dist
	$(PY) -m build --sdist --wheel --outdir generated/python/dist generated/python
	$(PY) -m twine check --strict generated/python/dist/*

# make release INDEX=<upload url> [DRY_RUN=1]: refuse a stale or uncommitted tree, build and
# twine-check, upload with TWINE_USERNAME/TWINE_PASSWORD, tag sdk-vX.Y.Z, write the release notes
# and the docs archive into generated/python/dist (DRY_RUN=1: no upload, no tag).
release: $(STAMP) ## publish the SDK (INDEX=<upload url>, DRY_RUN=1); see the comment above
	$(PY) -m generator release $(if $(INDEX),--index '$(INDEX)') $(if $(filter-out 0,$(DRY_RUN)),--dry-run)

fuzz: $(STAMP)
	FUZZ_EXAMPLES=10000 $(PY) -m pytest -q tests/test_hostile_input.py

# make update-spec [DOC=path-or-url]: diff, re-import, regenerate, bump the SDK version, log it.
update-spec: $(STAMP)
	$(PY) -m generator update-spec $(DOC)

# Benchmarks with ratios against baselines measured in the same run (see bench/README.md).
bench: $(STAMP)
	$(PY) -m bench
