# syriadiplo: `make run` sets up on a fresh machine and extracts the seeds; `make test` runs the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The package as `pip install .` builds it (setup.py: the analysis modules compiled by mypyc, or pure
# Python where no C compiler is at hand), installed apart in $(BUILT) and rebuilt whenever a file of the
# package changes. `make run`, `test` and `bench` import it; with SYRIADIPLO_PURE=1 (any value but 0)
# they import the sources of the editable install instead: pure Python, no compiler needed.
BUILT := $(VENV)/built
SOURCES := $(shell find src -type f -not -path '*/__pycache__/*' -not -path '*.egg-info/*') setup.py pyproject.toml
ifeq ($(filter-out 0,$(strip $(SYRIADIPLO_PURE))),)
IMPORT := PYTHONPATH=$(CURDIR)/$(BUILT)
SETUP := $(STAMP) $(BUILT)/.built
else
IMPORT :=
SETUP := $(STAMP)
endif

.PHONY: setup native run test bench bench-time eval soak review lint clean

setup: $(SETUP)

native: $(BUILT)/.built

# The CPU build of torch goes in first: the model backends' stanza and camel-tools would otherwise pull
# a multi-GB CUDA build. The package itself is installed editable: the sources run as they are.
$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test,models,native]'
	touch $(STAMP)

# A fresh directory each time, and setuptools' staged copies removed: a deleted module must not survive.
$(BUILT)/.built: $(STAMP) $(SOURCES)
	rm -rf $(BUILT) build/lib.* build/bdist.*
	$(BIN)/pip install -q --no-deps --no-build-isolation --target $(BUILT) .
	$(IMPORT) $(BIN)/python -m syriadiplo.native status
	touch $@

run: setup
	$(IMPORT) $(BIN)/syriadiplo extract seeds/ > events.jsonl
	@echo "wrote $$(wc -l < events.jsonl) records to events.jsonl"

test: setup
	$(IMPORT) $(BIN)/python -m pytest

bench: setup
	$(IMPORT) $(BIN)/python bench/throughput.py --mb 50 --docs 10000 --jobs 1 2 --repeat 2
	$(BIN)/python bench/throughput.py --mb 50 --docs 10000 --jobs 1
	$(IMPORT) $(BIN)/python bench/time_vs_dateparser.py
	$(IMPORT) $(BIN)/python bench/wild.py
	$(IMPORT) $(BIN)/python bench/memory.py

bench-time: setup
	$(IMPORT) $(BIN)/python bench/time_vs_dateparser.py --markdown

# Seeds, the real-article corpus (../shared/corpus) and a 400-article random sample of its feed (corpus/wild,
# gold in bench/review) scored with the shared scorer; says so when absent.
eval: setup
	$(IMPORT) $(BIN)/python bench/eval_corpus.py

# Not part of `make test`: 10,000 files with 1% bad ones of every kind, -j 2 with -o and --errors, then
# SIGTERM, SIGINT and SIGHUP 20 times each mid-run (bench/soak.py says what it checks).
soak: setup
	$(IMPORT) $(BIN)/python bench/soak.py --files 10000 --bad-share 0.01 --signals 20 --jobs 2

# A seeded random sample of N records from the wild feed (../shared/corpus/wild) as one page to judge:
# bench/out/review-$(SEED).md; judgments are kept in bench/review/judged-<seed>.tsv.
N ?= 100
SEED ?= 1
review: setup
	$(IMPORT) $(BIN)/python bench/review.py --n $(N) --seed $(SEED)

lint: setup
	$(BIN)/python -m compileall -q src tests

clean:
	rm -rf $(VENV) events.jsonl .pytest_cache build src/syriadiplo.egg-info
