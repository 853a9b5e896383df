# Two entry points for a fresh machine with Python >= 3.11 and make: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# the suite runs on two processes (pytest-xdist): the sample tests read more than a thousand conventions
TEST_WORKERS ?= 2

.PHONY: demo test install clean bench ocr

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@rm -rf rapport-demo && mkdir -p rapport-demo
	$(BIN)/iscg analyze corpus_samples --format jsonl --store rapport-demo/relecture.sqlite > rapport-demo/codage.jsonl
	$(BIN)/iscg stats --store rapport-demo/relecture.sqlite -o rapport-demo/statistiques.html --xlsx rapport-demo/statistiques.xlsx
	$(BIN)/iscg diff corpus_samples/a03-aude-2021.pdf -o rapport-demo/comparaison-a03.html
	-$(BIN)/iscg check corpus_samples/a09-drome-2022.docx -o rapport-demo > rapport-demo/pre-analyse-a09.txt
	$(BIN)/iscg analyze corpus_samples/a03-aude-2021.pdf
	@echo
	@echo "Rapport de démonstration écrit dans rapport-demo/ :"
	@echo "  statistiques.html (tableaux et graphiques de l'étude), statistiques.xlsx,"
	@echo "  codage.jsonl (une ligne par fichier), comparaison-a03.html (écart à la convention-type),"
	@echo "  a09-drome-2022.rapport.html et a09-drome-2022.commente.docx (pré-analyse d'un projet),"
	@echo "  relecture.sqlite (à relire avec : .venv/bin/iscg serve --store rapport-demo/relecture.sqlite)"

test: $(STAMP)
	@command -v chromium >/dev/null 2>&1 || echo "Remarque : Chromium absent (apt-get install chromium) : les tests des pages de relecture dans un vrai navigateur seront ignorés."
	@command -v tesseract >/dev/null 2>&1 || echo "Remarque : Tesseract absent (make ocr) : les tests d'OCR des PDF scannés seront ignorés."
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

# OCR of scanned PDFs needs Tesseract with French data (Debian packages); run as root or with sudo.
ocr:
	apt-get update && apt-get install -y tesseract-ocr tesseract-ocr-fra

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_read.py corpus_samples

clean:
	rm -rf $(VENV) rapport-demo
