"""Reading speed: pypdfium2 (what the reader uses) vs pdfplumber, pages per second, and the full
``read_document`` per file. Usage: python benchmarks/bench_read.py [folder or files …]
With no PDF given, a 40-page convention is generated with fpdf2."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from iscg_nlp.extract import read_document


def _pdfs(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for a in args:
        p = Path(a)
        out += sorted(p.glob("*.pdf")) if p.is_dir() else [p]
    return [p for p in out if p.suffix.lower() == ".pdf"]


def _synthetic(folder: Path) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "extract"))
    from makers import make_pdf  # noqa: PLC0415 - test helper that writes a realistic PDF

    return make_pdf(folder / "synthetique-40p.pdf", pages=40)


def bench_pdfium(path: Path) -> tuple[int, float, int]:
    t = time.perf_counter()
    pdf = pdfium.PdfDocument(str(path))
    words = 0
    for page in pdf:
        tp = page.get_textpage()
        words += len(tp.get_text_range().split())
        tp.close()
        page.close()
    n = len(pdf)
    pdf.close()
    return n, time.perf_counter() - t, words


def bench_plumber(path: Path) -> tuple[int, float, int]:
    t = time.perf_counter()
    words = 0
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            words += len((page.extract_text() or "").split())
        n = len(pdf.pages)
    return n, time.perf_counter() - t, words


def main(args: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = _pdfs(args) or [_synthetic(Path(tmp))]
        totals = {"pypdfium2": [0, 0.0], "pdfplumber": [0, 0.0]}
        print(f"{'fichier':40} {'pages':>5} {'pdfium p/s':>11} {'plumber p/s':>12} {'mots (pdfium/plumber)':>22} {'read_document ms':>17}")
        for path in pdfs:
            n, t1, w1 = bench_pdfium(path)
            _, t2, w2 = bench_plumber(path)
            t = time.perf_counter()
            try:
                read_document(path)
                full = f"{(time.perf_counter() - t) * 1000:.0f}"
            except Exception as err:  # noqa: BLE001 - a bad sample is reported, not fatal
                full = getattr(err, "code", type(err).__name__)
            totals["pypdfium2"][0] += n
            totals["pypdfium2"][1] += t1
            totals["pdfplumber"][0] += n
            totals["pdfplumber"][1] += t2
            print(f"{path.name[:40]:40} {n:5d} {n / t1:11.0f} {n / t2:12.1f} {f'{w1}/{w2}':>22} {full:>17}")
        for name, (pages, secs) in totals.items():
            print(f"{name:11}: {pages} pages en {secs:.2f} s → {pages / secs:.1f} pages/s "
                  f"({secs / pages * 1000:.1f} ms/page)")


if __name__ == "__main__":
    main(sys.argv[1:])
