# Two commands for a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test digest serve check lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## Set up, digest content/sources into content/digests, build the site into site/.
site: $(STAMP)
	$(BIN)/python -m generator digest
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

## Set up and run every test (browser tests need Debian's chromium: see README).
test: $(STAMP)
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/ruff format --check generator tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

digest: $(STAMP)
	$(BIN)/python -m generator digest

check: $(STAMP)
	$(BIN)/python -m generator check

## Live preview: each rebuild digests content/sources again first (see the MkDocs hook),
## so an article dropped there, or a registry edit, shows up without another command.
serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache
