"""Ruled tables read from pdfium's path objects must give pdfplumber's rows, or defer to it."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from iscg_nlp.extract import read_document
from iscg_nlp.extract.tables import grid_tables, read_tables
from makers import FONT, FONT_BOLD

HEAD = ["Financeur", "2024", "2025"]
BODY = [["État (FIPD)", "20 000 €", "20 000 €"],
        ["Conseil départemental de la Haute-Marne", "16 000 €", ""],
        ["Total", "", "36 000 €"]]


def _pdf(path: Path, draw) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_BOLD)
    pdf.add_page()
    pdf.set_font("dv", size=11)
    pdf.multi_cell(0, 6, "Article 5 – Financement. Le poste est financé comme suit :",
                   new_x="LMARGIN", new_y="NEXT")
    draw(pdf)
    pdf.multi_cell(0, 6, "Article 6 – Durée. La convention est conclue pour trois ans.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def _table(pdf, rows, colspan_at=None) -> None:
    with pdf.table(borders_layout="ALL", first_row_as_headings=True) as table:
        for i, row in enumerate(rows):
            r = table.row()
            if i == colspan_at:
                r.cell(row[0], colspan=2)
                r.cell(row[2])
                continue
            for cell in row:
                r.cell(cell)


def _both(path: Path):
    """(grid tables of page 1 as rows, or None; pdfplumber's rows of page 1)."""
    doc = pdfium.PdfDocument(str(path))
    try:
        page = doc[0]
        tp = page.get_textpage()
        got = grid_tables(page, tp)
        tp.close()
        page.close()
    finally:
        doc.close()
    want = [t.rows for t in read_tables(path, [0])[0]]
    return (None if got is None else [t.rows for t in got]), want


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("grid")
    pdfs = {
        "regular": _pdf(d / "regular.pdf", lambda p: _table(p, [HEAD, *BODY])),
        "merged": _pdf(d / "merged.pdf", lambda p: _table(p, [HEAD, *BODY], colspan_at=3)),
        "two": _pdf(d / "two.pdf", lambda p: (_table(p, [HEAD, *BODY[:1]]), p.ln(12),
                                              _table(p, [["Partenaire", "Rôle"], ["Police", "Accueil"],
                                                         ["Gendarmerie", "Orientation"]]))),
        "lines": _pdf(d / "lines.pdf", _hand_ruled),
    }
    return pdfs


def _hand_ruled(pdf) -> None:
    """A 2 × 3 grid drawn as separate lines (not one rectangle per cell), with its text."""
    x0, y0, w, h = 20, pdf.get_y() + 2, 50, 10
    for r in range(3):
        pdf.line(x0, y0 + r * h, x0 + 2 * w, y0 + r * h)
    for c in range(3):
        pdf.line(x0 + c * w, y0, x0 + c * w, y0 + 2 * h)
    for r, row in enumerate([["Nom", "Montant"], ["Commune", "5 000 €"]]):
        for c, text in enumerate(row):
            pdf.text(x0 + c * w + 2, y0 + r * h + 7, text)
    pdf.set_y(y0 + 2 * h + 4)


def test_regular_grid_gives_pdfplumber_rows_with_empty_cells(files):
    got, want = _both(files["regular"])
    assert got == want
    assert got[0][0] == HEAD
    assert got[0][2] == ["Conseil départemental de la Haute-Marne", "16 000 €", ""]  # wrapped, then empty
    assert got[0][3] == ["Total", "", "36 000 €"]


def test_merged_cell_is_left_to_pdfplumber(files):
    got, want = _both(files["merged"])
    assert got is None
    assert want and want[0][3][0] == "Total" and want[0][3][1] is not None


def test_two_tables_on_a_page_in_reading_order(files):
    got, want = _both(files["two"])
    assert got == want
    assert [t[0][0] for t in got] == ["Financeur", "Partenaire"]
    assert got[1] == [["Partenaire", "Rôle"], ["Police", "Accueil"], ["Gendarmerie", "Orientation"]]


def test_grid_of_separate_lines_is_left_to_pdfplumber(files):
    got, want = _both(files["lines"])
    assert got is None
    assert want == [[["Nom", "Montant"], ["Commune", "5 000 €"]]]


@pytest.mark.parametrize("name", ["regular", "merged", "two"])
def test_document_prints_the_cells_in_place_of_the_rows(files, name):
    doc = read_document(files[name])
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert cells and doc.text[cells[0].start:cells[0].end] == "Financeur"
    assert doc.text.index("Article 5") < doc.text.index("Financeur") < doc.text.index("Article 6")


@pytest.mark.parametrize("name", ["regular", "two"])
def test_document_is_the_same_as_with_pdfplumber_alone(files, name, monkeypatch):
    import iscg_nlp.extract.pdf as pdf_mod

    fast = read_document(files[name])
    monkeypatch.setattr(pdf_mod, "grid_tables", lambda page, textpage: None)
    slow = read_document(files[name])
    assert fast.text == slow.text
    assert fast.blocks == slow.blocks
    assert fast.report.reader == "pypdfium2 (tableaux)"  # the report says which reader read the tables
    assert slow.report.reader == "pypdfium2 + pdfplumber (tableaux)"
    fast.report.reader = slow.report.reader
    assert repr(fast.report) == repr(slow.report)
