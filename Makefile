# `make run` and `make test` bootstrap .venv on first use; nothing else is needed but python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
VOICE_STAMP := $(VENV)/.installed-voice

.PHONY: run test lint format bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The tests run with the voice extra too, so that its tests run; `make run` stays light.
$(VOICE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,voice]'
	touch $(VOICE_STAMP)

run: $(STAMP)
	$(BIN)/interview-tui $(ARGS)

test: $(VOICE_STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python -m bench

# How often the coaching is right on the labelled sets in tests/eval (dev, then each set kept aside).
eval: $(STAMP)
	$(BIN)/python -m bench.eval

clean:
	rm -rf $(VENV) build dist *.egg-info
