# The bootstrap behind the README's two commands: `make run` and `make test`.
# Each creates the virtual environment, installs the dependencies and builds the bundled
# catalog when they are missing or out of date.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CATALOG := src/forumguide/bundled/catalog.sqlite
CATALOG_INPUTS := $(shell find data -name '*.toml') \
	$(wildcard src/forumguide/catalog/*.py) $(wildcard src/forumguide/domain/*.py) \
	src/forumguide/interchange/curated.py
# Compiled translations (.qm) from their sources (.ts), and everything generated before a run.
TRANSLATIONS := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))
BUILT := $(CATALOG) $(TRANSLATIONS)

.PHONY: run test lint typecheck unit screenshot bench clean dist bench-bundle translations \
	check-reproducible

# constraints.txt pins every package, here, in CI and in the release workflow alike.
$(STAMP): pyproject.toml constraints.txt scripts/system-deps.sh
	bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,package]'
	touch $@

$(CATALOG): $(STAMP) $(CATALOG_INPUTS)
	$(BIN)/forumguide build

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the translation sources after changing user-visible strings.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate src/forumguide/ui/*.py -no-obsolete -locations none \
		-ts resources/translations/*.ts

run: $(BUILT)
	bash scripts/system-deps.sh gui
	$(BIN)/forumguide

test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(BUILT)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

screenshot: $(BUILT)
	QT_QPA_PLATFORM=offscreen $(BIN)/forumguide screenshot out/

bench: $(BUILT)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py

# The Linux packages: dist/forumguide-<version>-linux-x86_64.tar.xz and
# dist/forumguide_<version>-1_amd64.deb.
dist: $(BUILT)
	$(BIN)/python packaging/build_linux.py

# Sizes of what `make dist` built, and the frozen app's startup against the source's.
bench-bundle: $(BUILT)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bundle.py

# Builds the Linux packages twice from this commit and compares their SHA-256 hashes.
check-reproducible: $(BUILT)
	$(BIN)/python packaging/check_reproducible.py

clean:
	rm -rf $(VENV) build dist out $(BUILT)
