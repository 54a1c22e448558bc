# syriadiplo: `make run` sets up on a fresh machine and extracts the seeds; `make test` runs the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup native run test bench bench-time eval soak review lint clean

setup: $(STAMP) native

# The analysis modules compiled by mypyc (about 1.5x faster, same output); skipped when no C compiler
# is at hand, and rebuilt only when a source changed (python -m syriadiplo.native checks).
native: $(STAMP)
	$(BIN)/python -m syriadiplo.native ensure

# The CPU build of torch goes in first: camel-tools and stanza would otherwise pull a multi-GB CUDA build.
$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test,models,native]'
	touch $(STAMP)

run: setup
	$(BIN)/syriadiplo extract seeds/ > events.jsonl
	@echo "wrote $$(wc -l < events.jsonl) records to events.jsonl"

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/throughput.py --mb 50 --docs 10000 --jobs 1 2 --repeat 2
	$(BIN)/python bench/time_vs_dateparser.py
	$(BIN)/python bench/wild.py
	$(BIN)/python bench/memory.py

bench-time: setup
	$(BIN)/python bench/time_vs_dateparser.py --markdown

# Seeds and the real-article corpus (../shared/corpus) scored with the shared scorer; says so when absent.
eval: setup
	$(BIN)/python bench/eval_corpus.py

# Not part of `make test`: 10,000 files with 1% bad ones of every kind, -j 2 with -o and --errors, then
# SIGTERM, SIGINT and SIGHUP 20 times each mid-run (bench/soak.py says what it checks).
soak: setup
	$(BIN)/python bench/soak.py --files 10000 --bad-share 0.01 --signals 20 --jobs 2

# A seeded random sample of N records from the wild feed (../shared/corpus/wild) as one page to judge:
# bench/out/review-$(SEED).md; judgments are kept in bench/review/judged-<seed>.tsv.
N ?= 100
SEED ?= 1
review: setup
	$(BIN)/python bench/review.py --n $(N) --seed $(SEED)

lint: setup
	$(BIN)/python -m compileall -q src tests

clean:
	rm -rf $(VENV) events.jsonl .pytest_cache src/syriadiplo/_native
