"""Scanned PDFs: image-only pages are read by OCR (tesseract, French), flagged as such with a quality
estimate; without tesseract the refusal says how to install it."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

import hostile_files as hf
from hostile_run import run_cli
from iscg_nlp.extract import read_document
from iscg_nlp.extract import ocr

needs_ocr = pytest.mark.skipif(not ocr.available(), reason="tesseract + données françaises absents (make ocr)")


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    return hf.make_image_pdf(tmp_path_factory.mktemp("scan") / "convention-scannee.pdf", hf.LINES)


@needs_ocr
def test_scanned_pdf_is_read_by_ocr_and_flagged(scan):
    doc = read_document(scan)
    rep = doc.report
    assert rep.ocr is True
    assert 0.5 < rep.ocr_quality <= 1.0
    assert "tesseract" in rep.reader
    assert "intervenant social" in doc.text.lower() and "commissariat" in doc.text.lower()
    item = next(i for i in rep.items if i.kind == "ocr")
    assert "OCR" in item.message and "qualité estimée" in item.message


@needs_ocr
def test_ocr_result_line_carries_a_french_warning(scan):
    proc = run_cli("analyze", str(scan), "--format", "jsonl", "--no-cache")
    (line,) = [json.loads(l) for l in proc.stdout.splitlines()]
    assert "error" not in line, line
    assert any("issu d'OCR" in w for w in line.get("warnings", []))
    evidence = [e for ind in line["indicators"].values() for e in ind.get("evidence", [])]
    assert evidence and all(e.get("ocr") is True for e in evidence if e.get("page") == 1)
    assert read_document(scan).report.ocr_pages.keys() == {1}


def test_without_tesseract_the_message_says_how_to_install(scan, tmp_path):
    # A PATH holding only the Python interpreter: no tesseract can be found.
    bindir = tmp_path / "bin"
    bindir.mkdir()
    os.symlink(sys.executable, bindir / "python")
    env = dict(os.environ, PATH=str(bindir))
    assert shutil.which("tesseract", path=env["PATH"]) is None
    proc = run_cli("analyze", str(scan), "--format", "jsonl", "--no-cache", env=env)
    (line,) = [json.loads(l) for l in proc.stdout.splitlines()]
    assert line["error_code"] == "pdf_scanne"
    assert "OCR" in line["error"] and "apt-get install tesseract-ocr tesseract-ocr-fra" in line["error"]


@needs_ocr
def test_scan_longer_than_the_ocr_limit_says_so(scan):
    from iscg_nlp.errors import InputError
    from iscg_nlp.extract import Limits

    with pytest.raises(InputError) as err:
        read_document(scan, Limits(ocr_max_pages=0))
    assert err.value.code == "pdf_scanne"
    assert "limitée à 0 pages" in err.value.message and "installez" not in err.value.message
