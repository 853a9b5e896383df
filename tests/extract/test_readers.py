"""Real files through the real readers: text, locations, report."""

from __future__ import annotations

from pathlib import Path

import pytest

from iscg_nlp.extract import detect_format, read_document
from makers import make_docx, make_odt, make_pdf


@pytest.fixture(scope="module")
def pdf_doc(tmp_path_factory):
    path = make_pdf(tmp_path_factory.mktemp("pdf") / "convention.pdf")
    return read_document(path)


def test_pdf_text_and_pages(pdf_doc):
    doc = pdf_doc
    assert doc.report.format == "pdf" and doc.report.pages == 4
    assert doc.report.reader.startswith("pypdfium2")
    off = doc.text.index("52 000 euros")
    assert doc.block_at(off).page == 3
    assert doc.page_at(doc.text.index("Seine-Saint-Denis")) == 1


def test_pdf_running_header_and_page_numbers_removed(pdf_doc):
    doc = pdf_doc
    assert "Préfecture de la Loire - Convention ISCG" in doc.report.removed
    assert {"Page 1/4", "Page 4/4"} <= set(doc.report.removed)
    assert "Préfecture de la Loire" not in doc.text and "Page 2/4" not in doc.text
    assert any(i.kind == "entete_pied_de_page" and i.count == 8 for i in doc.report.items)


def test_pdf_hyphenation_and_wraps(pdf_doc):
    doc = pdf_doc
    assert "la procédure d'évaluation annuelle" in doc.text
    assert "Seine-Saint-Denis" in doc.text and "mis-en-cause" in doc.text
    assert any(i.kind == "cesure" and "procé-dure → procédure" in i.examples for i in doc.report.items)
    # A wrapped paragraph reads as one line; headings keep their own line.
    para = next(b for b in doc.blocks if "Seine-Saint-Denis" in doc.text[b.start:b.end])
    assert "\n" not in doc.text[para.start:para.end]
    assert "\nArticle 2 - Missions\n" in doc.text


def test_pdf_fake_bold_heading_once(pdf_doc):
    assert pdf_doc.text.count("Article 3 - Financement") == 1
    assert "AArrtt" not in pdf_doc.text


def test_pdf_table_rows_on_one_line(pdf_doc):
    assert "État (FIPD) | 20 000 € | 15 000 €" in pdf_doc.text
    cell = pdf_doc.block_at(pdf_doc.text.index("15 000 €"))
    assert (cell.kind, cell.table, cell.row, cell.cell, cell.page) == ("table_cell", 0, 1, 2, 3)


def test_pdf_raw_offsets_map_back(pdf_doc):
    for b in pdf_doc.blocks:
        if b.kind == "table_cell":
            continue
        assert len(b.raw_offsets) == b.end - b.start
        for ch, o in zip(pdf_doc.text[b.start:b.end], b.raw_offsets):
            assert ch == " " or ch == "-" or b.raw[o] == ch or b.raw[o] in "\r\n\ufffe\x02"


@pytest.mark.parametrize("fmt", ["- {n} -", "{n}"])
def test_pdf_page_number_styles(tmp_path, fmt):
    doc = read_document(make_pdf(tmp_path / "c.pdf", footer_fmt=fmt, table=False, pages=3))
    assert fmt.format(n=2) in doc.report.removed
    assert not doc.text.rstrip().endswith("3")


@pytest.fixture(scope="module")
def docx_doc(tmp_path_factory):
    return read_document(make_docx(tmp_path_factory.mktemp("docx") / "c.docx", tracked=True, numbering=True))


def test_docx_tracked_changes_accepted(docx_doc):
    r = docx_doc.report
    assert r.tracked_changes == {"insertions": 1, "deletions": 1}
    assert r.version_analysed == "modifications acceptées"
    assert "La convention est conclue pour trois ans." in docx_doc.text
    assert "un an" not in docx_doc.text


def test_docx_word_numbering_rendered(docx_doc):
    text = docx_doc.text
    assert "Article 3 – Financement" in text and "Article 4 – Durée" in text
    head = docx_doc.block_at(text.index("Article 3 – Financement"))
    assert head.kind == "heading"
    assert head.raw == "Financement"  # the label is not in Word's runs
    assert head.raw_offsets[: len("Article 3 – ")] == [0] * len("Article 3 – ")


def test_docx_paragraph_table_and_headers(docx_doc):
    doc = docx_doc
    b = doc.block_at(doc.text.index("52 000 euros"))
    assert b.paragraph == 6 and b.kind == "paragraph" and b.page is None
    start = doc.text.index("État (FIPD) | 20 000 € | 15 000 €")
    cell = doc.block_at(doc.text.index("20 000", start))
    assert (cell.table, cell.row, cell.cell) == (0, 1, 1)
    assert "Préfecture du Rhône - Convention ISCG" in doc.report.removed
    assert "Convention intervenant social 2021" in doc.report.removed
    assert "Préfecture du Rhône" not in doc.text


def test_docx_plain_no_revisions(tmp_path):
    doc = read_document(make_docx(tmp_path / "p.docx"))
    assert doc.report.tracked_changes == {} and doc.report.version_analysed is None
    assert "Article 1 - Objet de la convention" in doc.text


def test_odt_reader(tmp_path):
    doc = read_document(make_odt(tmp_path / "c.odt"))
    assert doc.report.format == "odt"
    assert "La convention est conclue pour trois ans." in doc.text and "un an" not in doc.text
    assert doc.report.tracked_changes == {"insertions": 1, "deletions": 1}
    assert "L'intervenant social accueille les victimes et les mis en cause." in doc.text  # note dropped
    assert "• écoute active" in doc.text
    assert "État (FIPD) | 20 000 €" in doc.text
    assert doc.block_at(doc.text.index("Article 2")).kind == "heading"
    assert doc.report.removed == ["Mairie de Rennes"]


def test_txt_cp1252_and_utf16(tmp_path):
    text = "Article 1 – Objet\r\nL’intervenant social est recruté par l’association.\r\n"
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode("cp1252"))
    doc = read_document(p)
    assert doc.report.encoding == "windows-1252"
    assert doc.text == "Article 1 – Objet\nL'intervenant social est recruté par l'association."
    assert doc.block_at(doc.text.index("recruté")).paragraph == 1
    p.write_bytes(text.encode("utf-16"))
    doc16 = read_document(p)
    assert doc16.report.encoding.startswith("utf-16") and doc16.text == doc.text
    p.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert read_document(p).report.encoding == "utf-8-sig"


def test_txt_hard_wrapped_lines_joined(tmp_path):
    p = tmp_path / "w.txt"
    p.write_text("Article 2 - Missions\nL'intervenant accueille les personnes\nen détresse sociale.\n"
                 "Article 3 - Durée\n", encoding="utf-8")
    doc = read_document(p)
    assert doc.text == ("Article 2 - Missions\nL'intervenant accueille les personnes en détresse "
                        "sociale.\nArticle 3 - Durée")


def test_extension_that_lies_is_read_as_real_type(tmp_path):
    src = make_docx(tmp_path / "vrai.docx")
    fake = tmp_path / "faux.pdf"
    fake.write_bytes(src.read_bytes())
    assert detect_format(fake) == "docx"
    doc = read_document(fake)
    assert doc.report.format == "docx"
    assert any("« .pdf »" in w and "DOCX" in w for w in doc.report.warnings)


def test_garbled_ratio_flags_junk(tmp_path):
    p = tmp_path / "g.txt"
    p.write_text("L'intervenant social accueille les victimes.\n" * 3, encoding="utf-8")
    assert read_document(p).report.garbled_ratio == 0
    p.write_text("Lnt#rv%n@nt scl xcvbnm qwrtzp §§¤¤ accueille\n", encoding="utf-8")
    assert read_document(p).report.garbled_ratio > 0.5
