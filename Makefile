# lit-ext: `make serve` sets up and starts LIT on the offline default; `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SST2_DIR ?= ../shared/data/sst2
# `make serve DATA=../shared/data/sst2` analyses the 872 SST-2 dev sentences instead of the
# built-in sample; any `lit-ext serve` option can go in ARGS.
DATA ?=
ARGS ?=

.PHONY: install serve test lint train evaluate clean client check-client test-client test-tf

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
	$(BIN)/ruff check lit_ext tests tests_tf scripts

test: install lint check-client test-client
	LIT_EXT_SST2_DIR=$(SST2_DIR) $(BIN)/python -m pytest -ra

# LIT's own TensorFlow SST-2 model (kind lit_sst2_tf) in a venv of its own: TensorFlow CPU,
# tf-keras and transformers 4.x (transformers 5 dropped TensorFlow), so the main venv stays as it
# is. Exports the checkpoint from our PyTorch classifier when missing, then runs tests_tf/ (dev-set
# agreement, the notebook flow, our views in Chromium) and the wrapper tests on transformers 4.x.
# tf-keras goes in without its dependencies: each release requires the full `tensorflow` wheel,
# which would land on top of tensorflow-cpu (pyproject.toml, extra `tf`).
TF_VENV ?= .venv-tf
TF_BIN := $(TF_VENV)/bin
TF_CHECKPOINT ?= checkpoints/lit_sst2_tf
TF_KERAS ?= tf-keras==2.21.0
# The existing tests that must pass on transformers 4.x too, less two groups: ModernBERT (transformers
# 4.x hands its attention layers no rotary position embeddings, so its q/k, for the neuron view,
# need transformers 5; lit_ext/models/attention_scores.py says so at run time), and switching a
# model loaded with SDPA to eager attention after loading (transformers 4.x's BERT picks its
# attention class when built and cannot switch: the wrapper refuses it with "load it with
# attn_implementation='eager'", which our loaders always do).
TF_COMPAT_TESTS ?= tests/test_wrappers.py tests/test_architectures.py tests/test_field_faults.py \
  -k "not modernbert and not test_every_term_and_scale_has_its_label_for_people and not sdpa"

$(TF_BIN)/python:
	$(PYTHON) -m venv $(TF_VENV)
	$(TF_BIN)/pip install --quiet --upgrade pip

$(TF_VENV)/.installed: pyproject.toml | $(TF_BIN)/python
	nice -n 10 $(TF_BIN)/pip install --quiet -e '.[tf,test]'
	nice -n 10 $(TF_BIN)/pip install --quiet --no-deps '$(TF_KERAS)'
	touch $@

$(TF_CHECKPOINT)/tf_model.h5: scripts/export_tf.py lit_ext/models/weights/sst2_minilm_delta.safetensors | $(TF_VENV)/.installed
	nice -n 10 $(TF_BIN)/python scripts/export_tf.py --out $(TF_CHECKPOINT)

test-tf: $(TF_VENV)/.installed $(TF_CHECKPOINT)/tf_model.h5
	LIT_EXT_SST2_DIR=$(SST2_DIR) LIT_EXT_TF_CHECKPOINT=$(TF_CHECKPOINT) \
	  nice -n 10 $(TF_BIN)/python -m pytest -ra -p no:cacheprovider tests_tf $(TF_COMPAT_TESTS)

train: install
	$(BIN)/python scripts/train_sst2.py --data $(SST2_DIR)

evaluate: install
	$(BIN)/python scripts/evaluate_sst2.py --data $(SST2_DIR)

# The performance benchmark of issue 5: every cost next to its baseline, in one run (~10 min
# on 2 cores; keep the machine quiet). Writes BENCHMARKS.md. Options in BENCH_ARGS, e.g.
# `make bench BENCH_ARGS="--quick"` or `BENCH_ARGS="--rows 1,4,5"`.
.PHONY: bench
bench: install
	$(BIN)/python scripts/bench.py --data $(SST2_DIR) $(BENCH_ARGS)

# The browser client (lit_ext/client): Node packages from the lockfile, then the bundle that ships
# in lit_ext/client/bundle/. `make client` rebuilds it (commit the result); `make check-client`
# rebuilds in memory and fails if the committed bundle is not what the sources build to.
CLIENT := lit_ext/client
NPM ?= npm

$(CLIENT)/node_modules/.package-lock.json: $(CLIENT)/package-lock.json $(CLIENT)/package.json
	cd $(CLIENT) && $(NPM) ci --no-audit --no-fund

client: $(CLIENT)/node_modules/.package-lock.json
	cd $(CLIENT) && $(NPM) run --silent build

check-client: $(CLIENT)/node_modules/.package-lock.json
	cd $(CLIENT) && $(NPM) run --silent check

# Unit tests of the client's pure helpers (payload decoding, colours, head-view drawing) under
# Node's test runner, offline (lit_ext/client/test/).
test-client: $(CLIENT)/node_modules/.package-lock.json
	cd $(CLIENT) && $(NPM) run --silent test

clean:
	rm -rf $(VENV) $(TF_VENV) .pytest_cache .ruff_cache *.egg-info
	rm -rf $(CLIENT)/node_modules

# Known vulnerabilities in the installed Python packages (pip-audit, in its own venv so that its
# dependencies stay out of ours) and in the client's Node packages. Both need their advisory
# services (PyPI's JSON API or OSV, and the npm registry's audit endpoint).
AUDIT_VENV ?= .audit-venv
.PHONY: audit
audit: install
	test -x $(AUDIT_VENV)/bin/pip-audit || ($(PYTHON) -m venv $(AUDIT_VENV) && $(AUDIT_VENV)/bin/pip install --quiet pip-audit)
	$(BIN)/pip freeze --exclude-editable > $(AUDIT_VENV)/requirements.txt
	$(AUDIT_VENV)/bin/pip-audit --requirement $(AUDIT_VENV)/requirements.txt --no-deps --disable-pip --strict
	cd $(CLIENT) && $(NPM) audit --omit=dev

# The load test of issue 6: 8 clients x 200 mixed requests, every answer checked against a
# single-threaded reference, latency percentiles and RSS (~8 min). Options in LOAD_ARGS, e.g.
# LOAD_ARGS="--server gunicorn".
.PHONY: load-test
load-test: install
	$(BIN)/python scripts/load_test.py --data $(SST2_DIR) $(LOAD_ARGS)

# Mutation testing (issue 14): mutmut mutates lit_ext/server.py, lit_ext/interpreters and
# lit_ext/models in a copy of the committed tree (runs/mutation/<package>/) and runs each
# package's fast test subset against every mutant, under nice. Slow (an hour or more on 2
# cores), so not part of `make test` or CI. docs/mutation.md has the last report. Options in
# MUTATION_ARGS, e.g. MUTATION_ARGS="server --children 1".
.PHONY: mutation
mutation: install
	$(BIN)/pip install --quiet 'mutmut==3.8.1'
	nice -n 19 $(BIN)/python scripts/mutation.py $(MUTATION_ARGS)

# The client's side (issue 14): StrykerJS mutates the pure helpers (payload decoding, colours,
# head-view drawing, chart geometry, tokens, the analysis helpers) and reruns `make test-client`'s
# Node suite against every mutant (lit_ext/client/stryker.config.mjs), under nice. About half an
# hour on 2 cores; not part of `make test` or CI. The report goes to lit_ext/client/reports/mutation/
# (index.html, mutation.json); docs/mutation.md has the last one. Options in STRYKER_ARGS, e.g.
# STRYKER_ARGS="--mutate src/encoded_array.ts".
.PHONY: mutation-client
mutation-client: $(CLIENT)/node_modules/.package-lock.json
	cd $(CLIENT) && nice -n 19 npx --no-install stryker run $(STRYKER_ARGS)
