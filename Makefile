# Two entry points on a fresh clone: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= .renmian/db
PORT ?= 8501
SAMPLES := data/samples
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test install compiled compiled-check pure build app lint bench eval system-deps clean neo4j

$(BIN)/renmian: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -U pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/renmian

# The reading stages compiled to C by mypyc (tools/compile.py), again whenever a source changed or
# the build is stale (a source removed, a part missing); the stamp is dated when the build began.
# `make pure` removes the build (the sources are then imported, as they are when a build is stale).
COMPILED_SOURCES := $(shell $(PY) tools/compile.py --list)
.renmian/compiled: $(COMPILED_SOURCES) tools/compile.py pyproject.toml | $(BIN)/renmian
	@command -v gcc >/dev/null || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q gcc)
	@mkdir -p .renmian && touch .renmian/compiled.began
	$(BIN)/python tools/compile.py
	@mv .renmian/compiled.began $@

compiled-check: | $(BIN)/renmian
	@$(BIN)/python tools/compile.py --check || rm -f .renmian/compiled

compiled: compiled-check .renmian/compiled

pure: install
	$(BIN)/python tools/compile.py --pure
	rm -f .renmian/compiled

# Debian packages the tests need: a CJK font for the generated PDF, Chromium for the browser test.
system-deps:
	@if [ ! -x $(CHROMIUM) ] || ! fc-list 2>/dev/null | grep -qi wqy-zenhei; then \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-wqy-zenhei fontconfig; \
	fi

build: compiled
	$(BIN)/renmian build $(SAMPLES) --db $(DB)

demo: build
	$(BIN)/renmian app --db $(DB) --port $(PORT)

test: compiled system-deps
	$(BIN)/ruff check .
	$(BIN)/pytest -q -rs

lint: install
	$(BIN)/ruff check .

bench: compiled
	$(BIN)/python bench/run.py

# Extraction accuracy on the seeds and each batch of the real-text gold (the scorer's table, errors by cause).
EVAL ?= ../shared/eval
ERRORS ?= 0
eval: compiled
	$(BIN)/python bench/eval.py --scorer $(EVAL)/score.py --seeds $(SAMPLES) --seeds-gold $(EVAL)/dev_gold.jsonl \
		--docs $(EVAL)/dev2/docs --gold $(EVAL)/dev2/gold.jsonl --challenge bench/challenge --errors $(ERRORS)

# A Neo4j 5.26 test server (embedded + Bolt, auth off) in the foreground; it prints its bolt:// URI.
# Built with Maven on first use (downloads cached in ~/.m2). NEO4J_PORT=0 takes a free port.
NEO4J_PORT ?= 7687
NEO4J_DATA ?= .renmian/neo4j
neo4j:
	tests/neo4j_server/run.sh --port $(NEO4J_PORT) --data $(NEO4J_DATA)

# Removes what the set-up and the build made (the venv, the compiled build), never a graph: the
# demo's store and a Neo4j test server's data under .renmian stay (`renmian` commands manage those).
clean:
	-$(BIN)/python tools/compile.py --pure
	rm -rf $(VENV) build/mypyc .mypy_cache .renmian/compiled .renmian/compiled.began
