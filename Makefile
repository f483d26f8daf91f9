# Two commands: `make demo` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell $(PYTHON) -c "import hashlib,sys;print(hashlib.sha1(open('pyproject.toml','rb').read()).hexdigest()[:12])")
SHARED_DATA ?= ../shared/data

.PHONY: demo test install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/egovnews write KAZ --edition 2024 --records examples/kazakhstan-2024.yaml --lang fr
	@echo
	$(BIN)/egovnews write KAZ --edition 2024 --records examples/kazakhstan-2024.yaml --lang en
	@echo
	$(BIN)/egovnews write KAZ --edition 2024 --records examples/kazakhstan-2024.yaml --lang ru

test: $(STAMP)
	@bash tools/install-spelling.sh
	@bash tools/install-browser.sh
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
