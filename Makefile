# Every target sets up .venv itself; `make demo` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q

.PHONY: demo test run bench lint format install install-dev clean

demo: $(VENV)/.installed      ## chat with the bot in this terminal, offline demo Trakt
	$(PY) -m bot console --demo

test: $(VENV)/.installed-dev  ## lint, then the whole test suite (one worker per core)
	$(VENV)/bin/ruff check bot tests benchmarks
	$(PY) -m pytest -q -n auto

run: $(VENV)/.installed       ## the real bot, settings from .env
	$(PY) -m bot

bench: $(VENV)/.installed-dev ## benchmarks; prints figures
	$(PY) -m benchmarks

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check bot tests benchmarks
	$(VENV)/bin/mypy bot

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff format bot tests benchmarks

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.installed: pyproject.toml setup.py $(VENV)/bin/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml setup.py $(VENV)/bin/python
	$(PIP) install -e '.[dev]'
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
