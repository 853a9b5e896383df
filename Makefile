# Two entry points for a fresh machine with Python >= 3.11 and make: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean bench ocr

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
	@command -v chromium >/dev/null 2>&1 || echo "Remarque : Chromium absent (apt-get install chromium) : les tests des pages de relecture dans un vrai navigateur seront ignorés."
	@command -v tesseract >/dev/null 2>&1 || echo "Remarque : Tesseract absent (make ocr) : les tests d'OCR des PDF scannés seront ignorés."
	$(BIN)/python -m pytest

# OCR of scanned PDFs needs Tesseract with French data (Debian packages); run as root or with sudo.
ocr:
	apt-get update && apt-get install -y tesseract-ocr tesseract-ocr-fra

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_read.py corpus_samples

clean:
	rm -rf $(VENV) rapport-demo
