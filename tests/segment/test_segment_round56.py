"""Round 56: articles printed as « § 3 – Lieu » or « RUBRIQUE 2 – PUBLIC » are articles with their
number; a « § » or « rubrique » inside a sentence, or a reference « § 2 du présent article » at the
start of a wrapped line, is not a heading."""

from __future__ import annotations

from iscg_nlp.segment import segment

TOP = ("CONVENTION RELATIVE AU POSTE D'INTERVENANT SOCIAL\n"
       "Entre la Communauté d'agglomération du Plateau, représentée par sa présidente, et l'État, représenté par le préfet,\n"
       "IL EST CONVENU CE QUI SUIT :\n")
BODY = ("L'intervenante reçoit les personnes que les policiers lui adressent, victimes, auteurs ou témoins, "
        "et les oriente vers les services du territoire.\n")


def test_paragraph_sign_headings_are_numbered_articles(doc_of):
    text = (TOP + "§ 1 – Objet\n" + BODY + "§ 2 – Personnes reçues\n" + BODY + "§ 3 – Lieu d'exercice\n"
            + "Elle tient ses permanences au commissariat, comme prévu au § 1.\n"
            + "Fait à Plateau, le 3 juin 2022.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [
        ("1", "Objet"), ("2", "Personnes reçues"), ("3", "Lieu d'exercice")]
    assert "permanences" in text[s.articles[2].start:s.articles[2].end]


def test_rubrique_headings_in_capitals(doc_of):
    text = (TOP + "RUBRIQUE 1 – OBJET\n" + BODY + "RUBRIQUE 2 – PUBLIC\n" + BODY
            + "RUBRIQUE 3 – DURÉE\nLa convention vaut deux ans.\nFait à Plateau, le 3 juin 2022.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1", "2", "3"]
    assert [a.title.upper() for a in s.articles] == ["OBJET", "PUBLIC", "DURÉE"]


def test_paragraph_sign_reference_on_a_wrapped_line_is_no_heading(doc_of):
    text = (TOP + "Article 1 – Objet\n" + BODY + "Article 2 – Lieu\nLes conditions sont celles fixées au\n"
            + "§ 2 du présent article et au règlement intérieur du commissariat.\n"
            + "Article 3 – Durée\nDeux ans.\nFait à Plateau, le 3 juin 2022.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1", "2", "3"]
    assert "règlement intérieur" in text[s.articles[1].start:s.articles[1].end]
