"""Round 38: an unnumbered heading-styled title between the end of the preamble and the first numbered
article (« Il est convenu ce qui suit. » / « Objet » / paragraph / « 1. Missions » …) is a section.

Documents are written as real DOCX (python-docx) and ODT (odfpy) files and go through the real readers.
Only a heading style makes such a line a section: the same line in a text file, a styled « Préambule »
before the closing formula and the styled title of the convention stay where they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from iscg_nlp.extract import read_document
from iscg_nlp.segment import segment

docx = pytest.importorskip("docx")

BODY = ("La présente convention définit les conditions dans lesquelles un travailleur social du centre "
        "communal d'action sociale intervient au commissariat de police de Vierzon.")

HEAD = [
    ("Title", "Convention relative à la présence d'un travailleur social au commissariat de Vierzon"),
    ("Normal", "Entre"),
    ("Normal", "L'État, représenté par le préfet du Cher,"),
    ("Normal", "La commune de Vierzon, représentée par son maire,"),
    ("Normal", "Vu la loi n° 2007-297 du 5 mars 2007 relative à la prévention de la délinquance ;"),
    ("Normal", "Considérant que le commissariat est souvent le premier lieu où s'expriment des détresses ;"),
    ("Normal", "Il est convenu ce qui suit."),
]
LEAD = [("Heading 2", "Objet"), ("Normal", BODY)]
ARTICLES = [
    ("Heading 2", "1. Missions"),
    ("Normal", "L'intervenante accueille, écoute et oriente les personnes que les policiers lui adressent."),
    ("Heading 2", "2. Personnes accueillies"),
    ("Normal", "Peut être reçue toute personne dont la situation comporte une dimension sociale."),
    ("Heading 2", "3. Durée"),
    ("Normal", "La présente convention est conclue pour une année civile."),
    ("Normal", "Fait à Vierzon, le 4 janvier 2010"),
    ("Normal", "Le Préfet du Cher"),
]
NUMBERED = [("1", "Missions"), ("2", "Personnes accueillies"), ("3", "Durée")]


def _docx(path: Path, items: list[tuple[str, str]]) -> str:
    d = docx.Document()
    for style, text in items:
        d.add_paragraph(text, style=style)
    d.save(str(path))
    return str(path)


def _odt(path: Path, items: list[tuple[str, str]]) -> str:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    d = OpenDocumentText()
    for style, text in items:
        d.text.addElement(H(outlinelevel=2, text=text) if style.startswith(("Heading", "Title")) else P(text=text))
    d.save(str(path))
    return str(path)


def _txt(path: Path, items: list[tuple[str, str]]) -> str:
    path.write_text("\n".join(text for _, text in items) + "\n", encoding="utf-8")
    return str(path)


def _keys(path: str):
    doc = read_document(path)
    s = segment(doc)
    return doc, s, [(a.number, a.title) for a in s.articles]


@pytest.mark.parametrize("write", [_docx, _odt], ids=["docx", "odt"])
def test_styled_title_before_the_first_article_is_a_section(tmp_path, write):
    path = write(tmp_path / f"lead.{write.__name__[1:]}", HEAD + LEAD + ARTICLES)
    doc, s, keys = _keys(path)
    assert keys == [(None, "Objet")] + NUMBERED
    objet = s.articles[0]
    assert objet.kind == "section"
    assert "travailleur social du centre" in doc.text[objet.body_start:objet.end]
    assert objet.end <= s.articles[1].start
    # the preamble stops where the section begins: the « Vu » line stays in it, « Objet » does not
    assert s.preamble is not None and s.preamble[1] <= objet.start
    assert "Vu la loi" in doc.text[s.preamble[0]:s.preamble[1]]


def test_other_closing_formula_and_two_leading_sections(tmp_path):
    head = HEAD[:-1] + [("Normal", "Les parties ont convenu de ce qui suit :")]
    lead = [("Heading 2", "Exposé des motifs"),
            ("Normal", "Les policiers rencontrent chaque jour des personnes en grande difficulté sociale."),
            ("Heading 2", "Objet"), ("Normal", BODY)]
    _, _, keys = _keys(_docx(tmp_path / "two.docx", head + lead + ARTICLES))
    assert keys == [(None, "Exposé des motifs"), (None, "Objet")] + NUMBERED


def test_same_line_in_a_text_file_stays_in_the_preamble(tmp_path):
    _, s, keys = _keys(_txt(tmp_path / "lead.txt", HEAD + LEAD + ARTICLES))
    assert keys == NUMBERED


def test_unstyled_line_in_a_docx_stays_in_the_preamble(tmp_path):
    _, _, keys = _keys(_docx(tmp_path / "plain.docx", HEAD + [("Normal", "Objet"), ("Normal", BODY)] + ARTICLES))
    assert keys == NUMBERED


@pytest.mark.parametrize("write", [_docx, _odt], ids=["docx", "odt"])
def test_styled_preamble_label_is_not_a_section(tmp_path, write):
    head = HEAD[:4] + [("Heading 2", "Préambule"),
                       ("Normal", "Les parties rappellent que le commissariat accueille chaque jour des "
                                  "personnes en détresse sociale.")] + HEAD[4:]
    doc, s, keys = _keys(write(tmp_path / f"pre.{write.__name__[1:]}", head + ARTICLES))
    assert keys == NUMBERED
    assert "Préambule" in doc.text[s.preamble[0]:s.preamble[1]]


@pytest.mark.parametrize("write", [_docx, _odt], ids=["docx", "odt"])
def test_styled_title_of_the_convention_is_not_a_section(tmp_path, write):
    # citations first, then the styled title and the parties: the title and the parties' heading
    # come after the last « Vu » line, yet neither is a section
    items = [("Normal", HEAD[4][1]), ("Normal", HEAD[5][1]), ("Heading 1", HEAD[0][1]),
             ("Normal", "Il est proposé ce qui suit pour l'année 2010."),
             ("Heading 2", "Entre"), ("Normal", HEAD[2][1]), ("Normal", HEAD[3][1])]
    _, s, keys = _keys(write(tmp_path / f"title.{write.__name__[1:]}", items + ARTICLES))
    assert keys == NUMBERED
    assert s.title is not None


def test_styled_title_after_the_closing_formula_is_not_a_section(tmp_path):
    items = HEAD[1:] + [("Heading 1", "Convention de partenariat pour l'année 2010"), ("Normal", BODY)]
    _, _, keys = _keys(_docx(tmp_path / "late_title.docx", items + ARTICLES))
    assert keys == NUMBERED


def test_line_a_reader_marks_by_its_first_words_is_not_a_section(tmp_path):
    # « Pour la … » makes the reader mark the paragraph a heading whatever its style: no author's title
    items = HEAD + [("Normal", "Pour la mise en œuvre du dispositif d'accueil social au commissariat"),
                    ("Normal", BODY)]
    _, _, keys = _keys(_docx(tmp_path / "pour.docx", items + ARTICLES))
    assert keys == NUMBERED
