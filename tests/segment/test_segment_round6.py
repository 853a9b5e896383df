"""Round 6: unnumbered sections after numbered articles.

Some conventions number their first articles, then go on with titled but unnumbered sections,
often after a part label ("Dispositions financières" then "Financement du poste", "Bilan",
"Modification"). The DOCX is written with python-docx and read by the real reader; titles in a
heading style after the last numbered article are articles without number; a short unstyled line
stays in the article's body, and nothing after « Fait à » or an annex heading becomes an article.
"""

from __future__ import annotations

import pytest

from iscg_nlp.segment import segment

docx = pytest.importorskip("docx")

BODY = ("Le présent article précise les engagements des signataires pour la mise en place du poste "
        "d'intervenant social auprès des services de police et de gendarmerie.")


@pytest.fixture(scope="module")
def read_document():
    extract = pytest.importorskip("iscg_nlp.extract")
    return extract.read_document


def _write(path, items: list[tuple[str, str]]) -> str:
    d = docx.Document()
    for style, text in items:
        d.add_paragraph(text, style=style)
    d.save(str(path))
    return str(path)


def _convention(tail: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [
        ("Title", "Convention relative à un intervenant social en commissariat"),
        ("Normal", "Entre :"),
        ("Normal", "L'État, représenté par le préfet de la Somme,"),
        ("Normal", "La commune d'Amiens, représentée par son maire,"),
        ("Normal", "Il est convenu ce qui suit :"),
        ("Heading 2", "Article 1 : Objet"),
        ("Normal", BODY),
        ("Heading 2", "Article 2 : Missions"),
        ("Normal", BODY),
        ("Heading 2", "Article 3 : Engagements de la commune"),
        ("Normal", BODY),
    ] + tail


def _keys(structure) -> list[tuple[str | None, str]]:
    return [(a.number, a.title) for a in structure.articles]


def test_styled_titles_after_the_numbered_articles_are_sections(tmp_path, read_document) -> None:
    path = _write(tmp_path / "c.docx", _convention([
        ("Normal", "Dispositions financières"),
        ("Heading 2", "Financement du poste"),
        ("Normal", "La commune sollicitera chaque année une subvention de l'État au titre du fonds "
                   "interministériel de prévention de la délinquance."),
        ("Heading 2", "Suivi du dispositif"),
        ("Normal", "Un bilan annuel d'activité est adressé par l'intervenant social au préfet et au maire, "
                   "sous une forme anonyme."),
        ("Normal", "Fait à Amiens, le 3 mars 2015"),
        ("Normal", "Le Préfet de la Somme"),
        ("Heading 2", "ANNEXE – Fiche de poste"),
        ("Normal", "Intitulé : intervenant social en commissariat, à temps plein, basé à Amiens."),
    ]))
    doc = read_document(path)
    s = segment(doc)
    assert _keys(s) == [("1", "Objet"), ("2", "Missions"), ("3", "Engagements de la commune"),
                        (None, "Financement du poste"), (None, "Suivi du dispositif")]
    assert [(a.number, a.title) for a in s.annexes] == [("1", "Fiche de poste")]
    fin = s.articles[3]
    assert "subvention de l'État" in doc.text[fin.start:fin.end]
    assert "Dispositions financières" in doc.text[s.articles[2].start:s.articles[2].end]  # a part label
    assert s.articles[2].end <= fin.start  # the numbered article ends where the section begins
    assert s.signature is not None and s.signature[0] > s.articles[-1].start


def test_an_unstyled_short_line_stays_in_the_last_article(tmp_path, read_document) -> None:
    path = _write(tmp_path / "d.docx", _convention([
        ("Normal", "Financement du poste"),
        ("Normal", "La commune sollicitera chaque année une subvention de l'État au titre du fonds "
                   "interministériel de prévention de la délinquance."),
        ("Normal", "Fait à Amiens, le 3 mars 2015"),
        ("Normal", "Le Préfet de la Somme"),
    ]))
    s = segment(read_document(path))
    assert _keys(s) == [("1", "Objet"), ("2", "Missions"), ("3", "Engagements de la commune")]


def test_styled_lines_after_the_signature_are_not_sections(tmp_path, read_document) -> None:
    path = _write(tmp_path / "e.docx", _convention([
        ("Normal", "Fait à Amiens, le 3 mars 2015"),
        ("Heading 2", "Pour l'État"),
        ("Normal", "Le Préfet de la Somme, représenté par son directeur de cabinet en exercice."),
    ]))
    s = segment(read_document(path))
    assert _keys(s) == [("1", "Objet"), ("2", "Missions"), ("3", "Engagements de la commune")]
