"""Gigantic but legitimate documents: a 400-page PDF (under the 500-page default: it must be READ)
and a DOCX of 30 000 paragraphs. Reading must stay fast; the page limit must refuse early.

The full analysis of these two takes minutes (spaCy matching over 1.5-3 million characters); it runs
only with ISCG_SLOW=1 (`ISCG_SLOW=1 pytest tests/hostile/test_big.py -s`)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

import hostile_files as hf
from hostile_run import run_cli
from iscg_nlp.extract import read_document

N_PARAGRAPHS = 30_000


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("gros")
    paras = hf.LINES[:-1] + [f"Paragraphe {i} de l'annexe : l'intervenant social rend compte de son activité "
                             "au comité de pilotage." for i in range(N_PARAGRAPHS - len(hf.LINES))] + hf.LINES[-1:]
    return {"pdf": hf.make_long_pdf(d / "pdf-400-pages.pdf", 400),
            "docx": hf.make_docx(d / "docx-30000-paragraphes.docx", paras)}


def test_400_page_pdf_is_read_quickly(big):
    started = time.monotonic()
    doc = read_document(big["pdf"])
    seconds = time.monotonic() - started
    print(f"\nPDF de 400 pages lu en {seconds:.1f} s ({len(doc.text)} caractères)")
    assert doc.report.pages == 400 and doc.report.pages_without_text == []
    assert "Article 6 – Durée" in doc.text and "a reçu 439 personnes" in doc.text  # page 400, last line
    # The annex title repeated on every page with its number is recognised as a running header.
    assert "feuillet 400" not in doc.text and any("feuillet" in r for r in doc.report.removed)
    assert seconds < 20


def test_30000_paragraph_docx_is_read_quickly(big):
    started = time.monotonic()
    doc = read_document(big["docx"])
    seconds = time.monotonic() - started
    print(f"\nDOCX de {N_PARAGRAPHS} paragraphes lu en {seconds:.1f} s")
    assert len(doc.blocks) == N_PARAGRAPHS
    assert doc.blocks[-1].paragraph == N_PARAGRAPHS - 1
    assert seconds < 15


def test_page_limit_refuses_before_reading(big):
    from iscg_nlp.errors import InputError
    from iscg_nlp.extract import Limits

    started = time.monotonic()
    with pytest.raises(InputError) as err:
        read_document(big["pdf"], Limits(max_pages=100))
    seconds = time.monotonic() - started
    assert err.value.code == "trop_de_pages" and "400 pages (limite : 100)" in err.value.message
    assert seconds < 1  # the page count is read before any text


@pytest.mark.skipif(not os.environ.get("ISCG_SLOW"), reason="analyse complète de plusieurs minutes : ISCG_SLOW=1")
@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_full_analysis_within_default_limits(big, kind):
    started = time.monotonic()
    proc = run_cli("analyze", str(big[kind]), "--format", "jsonl", "--no-cache", timeout=900)
    seconds = time.monotonic() - started
    (line,) = [json.loads(l) for l in proc.stdout.splitlines()]
    print(f"\n{kind} : analyse complète en {seconds:.0f} s → {line.get('error_code', 'codé')}")
    assert line.get("error_code") in (None, "delai_depasse"), line
