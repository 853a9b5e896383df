"""Round 46: a text drafted as « Point 4 : lieu et matériel » numbers its articles as points; an
article whose drafter gave it no title (« 7) » alone on its line, between paragraphs) is still an
article; a bare number in a list, or before its title, is not read that way."""

from __future__ import annotations

from iscg_nlp.segment import segment

TOP = ("CONVENTION POUR UN INTERVENANT SOCIAL A LA COMPAGNIE DE GENDARMERIE\n"
       "Entre la Communauté de communes du Val, représentée par son président, et l'État, représenté par le préfet,\n"
       "IL EST CONVENU CE QUI SUIT :\n")
LONG = ("L'intervenant social reçoit les personnes que les gendarmes lui adressent, victimes ou mises en cause, "
        "et les oriente vers les services compétents du territoire.\n")


def test_points_numbered_like_articles(doc_of):
    text = (TOP + "Point 1 : objet\n" + LONG + "Point 2 : pour qui et pour quoi\n" + LONG
            + "Point 3 : durée\nLa convention vaut trois ans, au point 1 près.\nFait à Val, le 2 mars 2021.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [("1", "objet"), ("2", "pour qui et pour quoi"), ("3", "durée")]


def test_untitled_article_number_alone_between_paragraphs(doc_of):
    text = (TOP + "1) Objet\n" + LONG + "2) Les personnes reçues\n" + LONG + "3)\n"
            + "Le poste est tenu par un travailleur social titulaire d'un diplôme d'État d'assistant de service social, "
              "recruté par la Communauté après un jury auquel le commandant de compagnie est invité.\n"
            + "4) Durée\nTrois ans.\nFait à Val, le 2 mars 2021.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [("1", "Objet"), ("2", "Les personnes reçues"), ("3", ""), ("4", "Durée")]
    third = text[s.articles[2].start:s.articles[2].end]
    assert "diplôme d'État" in third and "Durée" not in third


def test_bare_number_inside_a_list_is_no_article(doc_of):
    text = (TOP + "Article 1 – Objet\n" + LONG + "Article 2 – Missions\nL'intervenant :\n1)\naccueille ;\n2)\noriente.\n"
            + "Article 3 – Durée\nTrois ans.\nFait à Val, le 2 mars 2021.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1", "2", "3"]
    assert "oriente" in text[s.articles[1].start:s.articles[1].end]


def test_decimal_headings_with_a_dash_under_titles(doc_of):
    text = (TOP + "TITRE I – LE POSTE\nI.1 – Objet\n" + LONG + "I.2 – Personnes accueillies\n" + LONG
            + "TITRE II – LES PARTENAIRES\nII.1 – La police municipale\n" + LONG
            + "II.2 – Durée\nTrois ans.\nFait à Val, le 2 mars 2021.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [
        ("I.1", "Objet"), ("I.2", "Personnes accueillies"), ("II.1", "La police municipale"), ("II.2", "Durée")]


def test_an_article_number_printed_twice(doc_of):
    text = (TOP + "Article 1 – Objet\n" + LONG + "Article 2 – Déontologie\n" + LONG
            + "Article 2 – Qualification\nLe poste est confié à un assistant de service social diplômé d'État.\n"
            + "Article 3 – Durée\nTrois ans.\nFait à Val, le 2 mars 2021.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [
        ("1", "Objet"), ("2", "Déontologie"), ("2", "Qualification"), ("3", "Durée")]
    assert "diplômé d'État" in text[s.articles[2].start:s.articles[2].end]


def test_a_repeated_bare_number_is_no_second_article(doc_of):
    # « 2. » opening a numbered paragraph inside article 2 is not the heading of another article 2
    text = (TOP + "1. Objet\n" + LONG + "2. Missions\n" + LONG + "2. Durée des permanences\n" + LONG
            + "3. Durée\nTrois ans.\nFait à Val, le 2 mars 2021.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1", "2", "3"]
