# Two entry points for a fresh machine with Python >= 3.11 and make: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p rapport-demo
	$(BIN)/iscg analyze corpus_samples --format table
	$(BIN)/iscg analyze corpus_samples --format jsonl > rapport-demo/codage.jsonl
	@echo "Rapport écrit dans rapport-demo/ (codage.jsonl)."

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_read.py corpus_samples

clean:
	rm -rf $(VENV) rapport-demo
