"""Tab-separated tables in plain-text files (exports of a spreadsheet or a word processor): real files
written to disk and read by the real reader, then the financing reader on the result."""

from __future__ import annotations

from pathlib import Path

from iscg_nlp.extract import read_document

TABLE = [
    "ARTICLE 2 - IMPLANTATION",
    "Les deux intervenantes sont affectées comme suit :",
    "Poste\tLieu\tETP\tCoût annuel",
    "Nice\tHôtel de police\t1\t48 000 €",
    "\tMenton\tCommissariat de Menton\t0,5\t24 000 €\t",
    "Chaque intervenante est présente au commissariat pendant son temps de travail.",
]


def _read(tmp_path: Path, lines: list[str], encoding: str = "utf-8", newline: str = "\n"):
    path = tmp_path / "convention.txt"
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode(encoding))
    return read_document(str(path))


def test_tab_rows_become_table_cells(tmp_path):
    doc = _read(tmp_path, TABLE)
    assert "Poste | Lieu | ETP | Coût annuel\nNice | Hôtel de police | 1 | 48 000 €\n" in doc.text
    # leading and trailing tabs are indentation, not empty cells
    assert "\nMenton | Commissariat de Menton | 0,5 | 24 000 €\n" in doc.text
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert [(b.row, b.cell) for b in cells[:5]] == [(0, 0), (0, 1), (0, 2), (0, 3), (1, 0)]
    # the prose around the table is still read, each line its own paragraph
    assert doc.text.startswith("ARTICLE 2 - IMPLANTATION\nLes deux intervenantes")
    assert doc.text.rstrip().endswith("pendant son temps de travail.")
    assert any(i.kind == "tableau_tabulations" for i in doc.report.items)


def test_cells_map_back_to_the_file(tmp_path):
    doc = _read(tmp_path, TABLE, encoding="cp1252", newline="\r\n")
    cell = next(b for b in doc.blocks if b.kind == "table_cell" and doc.text[b.start:b.end] == "Hôtel de police")
    assert cell.raw == "Hôtel de police"


def test_a_single_tabbed_line_is_prose(tmp_path):
    doc = _read(tmp_path, ["Article 1\tObjet", "La présente convention a pour objet de créer un poste."])
    assert not any(b.kind == "table_cell" for b in doc.blocks)
    assert "Article 1 Objet" in doc.text


def test_indented_paragraphs_are_no_table(tmp_path):
    doc = _read(tmp_path, ["\tLe Département met un bureau à disposition.", "\tLes frais sont pris en charge."])
    assert not any(b.kind == "table_cell" for b in doc.blocks)
