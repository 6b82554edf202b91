# lit-ext: `make serve` sets up and starts LIT on the offline default; `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SST2_DIR ?= ../shared/data/sst2
# `make serve DATA=../shared/data/sst2` analyses the 872 SST-2 dev sentences instead of the
# built-in sample; any `lit-ext serve` option can go in ARGS.
DATA ?=
ARGS ?=

.PHONY: install serve test lint train evaluate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the package metadata changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,hub]'
	touch $@

install: $(VENV)/.installed

serve: install
	$(BIN)/lit-ext serve $(if $(DATA),--data $(DATA)) $(ARGS)

lint: install
	$(BIN)/ruff check lit_ext tests scripts

test: install lint
	LIT_EXT_SST2_DIR=$(SST2_DIR) $(BIN)/python -m pytest -ra

train: install
	$(BIN)/python scripts/train_sst2.py --data $(SST2_DIR)

evaluate: install
	$(BIN)/python scripts/evaluate_sst2.py --data $(SST2_DIR)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
