# Two commands set up a fresh Debian machine and use it:
#   make run    - create .venv, install the app (and the Debian libraries Qt needs), open the window
#   make test   - the same plus the test extras (and PostgreSQL), then the whole test suite (lint
#                 and types included), the database tests on SQLite and on a throw-away
#                 local PostgreSQL cluster (scripts/with-postgresql.sh)
# Other targets: make lint, make bench, make wheel, make clean.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
ARGS   ?=
PYTEST_ARGS ?=

.PHONY: run test lint bench wheel clean system-libs system-libs-test

run: system-libs $(VENV)/.installed-app
	$(BIN)/python -m dragon_reader $(ARGS)

test: system-libs-test $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen sh scripts/with-postgresql.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check dragon_reader tests benchmarks
	$(BIN)/ruff format --check dragon_reader tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: system-libs $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

wheel: $(VENV)/.installed-test
	$(BIN)/python -m build --wheel --outdir dist .

system-libs:
	@sh scripts/install-system-libs.sh app

system-libs-test:
	@sh scripts/install-system-libs.sh test

$(VENV)/bin/python:
	$(PYTHON) scripts/check-python.py
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(VENV)/bin/python
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PIP) install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
