# Two commands: `make run` and `make test`. Everything else is set up on the way.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PACKAGE_STAMP := $(VENV)/.installed-package


.PHONY: run test quicktest lint typecheck translations screenshots bench clean package package-test licenses

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/ippo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n 2 -q

quicktest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n 2 -q -m "not slow"

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete ui app reports -ts resources/translations/ippo_ja.ts
	$(BIN)/pyside6-lrelease resources/translations/ippo_ja.ts -qm resources/translations/ippo_ja.qm

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots docs

bench: $(STAMP)
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(PACKAGE_STAMP)

# The installable app for this system: dist/Ippo (dist/Ippo.app on macOS) and its zip.
package: $(PACKAGE_STAMP)
	$(BIN)/python packaging/build.py

# Build, then run the bundle alone (CLI, PDF, venue check, window, portable mode) and time
# its start against the start from source.
package-test: package
	$(BIN)/python packaging/smoke_test.py
	$(BIN)/python bench/frozen_startup.py

# Rewrite resources/licenses/ from the installed distributions (after upgrading a dependency).
licenses: $(STAMP)
	$(BIN)/python packaging/licenses.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
