"""Round 44: annexes printed between two articles (« Article 13 – Litiges », « ANNEXE 1 – … »,
« ANNEXE 2 – … », « Article 14 – Entrée en vigueur ») are annexes, and the last article follows them;
an annex named in an article, alone or in a list, stays that article's text."""

from __future__ import annotations

from iscg_nlp.segment import segment

TOP = ("CONVENTION RELATIVE A UN POSTE D'INTERVENANT SOCIAL EN GENDARMERIE\n"
       "Entre la Ville de Vire, représentée par son maire, et l'État, représenté par le préfet,\n"
       "IL EST CONVENU CE QUI SUIT :\n")
BODY = "L'intervenant social accueille les personnes que les militaires lui adressent et les oriente.\n"


def test_annexes_between_the_last_two_articles(doc_of):
    text = (TOP + "Article 1 – Objet\n" + BODY + "Article 2 – Litiges\nLe tribunal administratif est compétent.\n"
            + "ANNEXE 1 – Fiche de liaison\nLa fiche comporte la date du premier contact.\n"
            + "ANNEXE 2 – Calendrier\n| Étape | Échéance |\n| Recrutement | mars 2023 |\n"
            + "Article 3 – Entrée en vigueur\nLa convention entre en vigueur à sa signature.\n"
            + "Fait à Vire, le 2 mars 2023.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [("1", "Objet"), ("2", "Litiges"), ("3", "Entrée en vigueur")]
    assert [(a.number, a.title) for a in s.annexes] == [("1", "Fiche de liaison"), ("2", "Calendrier")]
    litiges = text[s.articles[1].start:s.articles[1].end]
    assert "premier contact" not in litiges
    assert "Recrutement" in text[s.annexes[1].start:s.annexes[1].end]
    assert "entre en vigueur" not in text[s.annexes[1].start:s.annexes[1].end]
    assert s.zone_at(text.index("premier contact")) == "annexe"


def test_annex_heading_under_a_lead_in_stays_in_the_article(doc_of):
    text = (TOP + "Article 1 – Objet\n" + BODY + "Article 2 – Pièces jointes\nEst jointe à la présente convention :\n"
            + "Annexe 1 – Fiche de poste\nElle décrit les missions de l'intervenant.\n"
            + "Article 3 – Durée\nTrois ans.\nFait à Vire, le 2 mars 2023.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert s.annexes == []
    assert [a.number for a in s.articles] == ["1", "2", "3"]


def test_a_later_annex_named_alone_between_articles_is_no_annex(doc_of):
    # « Annexe 3 – … » without annexes 1 and 2 before it: a reference set out like a heading, not an annex
    text = (TOP + "Article 1 – Objet\n" + BODY + "Article 2 – Budget\nLe budget figure en annexe.\n"
            + "Annexe 3 – Budget prévisionnel\nIl est révisé chaque année.\n"
            + "Article 3 – Durée\nTrois ans.\nFait à Vire, le 2 mars 2023.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert s.annexes == []
    assert "révisé" in text[s.articles[1].start:s.articles[1].end]


def test_an_amendment_headed_by_its_date(doc_of):
    text = (TOP + "Article 1 – Objet\n" + BODY + "Article 2 – Durée\nTrois ans.\n"
            + "Fait à Vire, le 2 mars 2018.\nLe Préfet\n"
            + "AVENANT DU 7 JUIN 2021 PORTANT MODIFICATION DE LA CONVENTION\n"
            + "Les signataires conviennent de modifier l'article 2.\n"
            + "Article 1er\nL'article 2 est remplacé par : « Cinq ans. »\nFait à Vire, le 7 juin 2021.\n")
    s = segment(doc_of(text))
    assert [a.number for a in s.articles][:2] == ["1", "2"]
    assert any(a.title.startswith("AVENANT DU 7 JUIN 2021") for a in s.articles)


def test_a_wrapped_art_heading_stays_apart_from_its_numbered_paragraph():
    # « Art. 8 – … » cut by the page width, then « 8-1. Principe. » opening the first paragraph
    from iscg_nlp.extract.wrap import join_wrapped_lines
    raw = ["Art. 8 – Secret professionnel, protection de l'enfance et relations avec",
           "l'autorité judiciaire",
           "8-1. Principe. L'intervenant social est tenu au secret professionnel dans les conditions",
           "prévues par le code pénal et par le code de l'action sociale et des familles."]
    lines = [(t, list(range(len(t)))) for t in raw]
    got = [t for t, _ in join_wrapped_lines(lines, None)]
    assert not any("8-1" in t for t in got if t.startswith("Art. 8"))
    assert any(t.startswith("8-1. Principe. L'intervenant") and t.endswith("des familles.") for t in got)


def test_an_annex_heading_ending_in_des_is_no_cut_title():
    # « … aux militaires des brigades »: the word ends in « des », the title does not end on « des »
    from iscg_nlp.extract.wrap import join_wrapped_lines
    raw = ["ANNEXE – Présentation du dispositif aux militaires des brigades",
           "La présente fiche est diffusée aux militaires des brigades de la compagnie et des communes voisines."]
    got = [t for t, _ in join_wrapped_lines([(t, list(range(len(t)))) for t in raw], None)]
    assert got == raw


def test_the_last_capitals_word_of_a_long_title_pushed_to_its_own_line(doc_of):
    text = (TOP + "ARTICLE 1 – OBJET\n" + BODY
            + "ARTICLE 2 – ENGAGEMENTS DE LA DIRECTION DÉPARTEMENTALE DE LA SÉCURITÉ\nPUBLIQUE\n"
            + "La direction départementale s'engage à accueillir l'intervenant dans ses locaux.\n"
            + "Fait à Vire, le 2 mars 2023.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert s.articles[1].title == "ENGAGEMENTS DE LA DIRECTION DÉPARTEMENTALE DE LA SÉCURITÉ PUBLIQUE"


def test_a_text_written_as_numbered_questions(doc_of):
    text = (TOP + "Question 1 – À quoi sert le poste ?\n" + BODY
            + "Question 2 – Qui peut être reçu ?\nToute personne, victime ou mise en cause, peut être reçue.\n"
            + "Question 3 – Pour combien de temps ?\nLa convention est conclue pour trois ans.\n"
            + "Fait à Vire, le 2 mars 2023.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [
        ("1", "À quoi sert le poste ?"), ("2", "Qui peut être reçu ?"), ("3", "Pour combien de temps ?")]


def test_a_titled_sub_article_with_a_body_stays_in_its_article(doc_of):
    text = (TOP + "Art. 7 – Qualification\n" + BODY + "Art. 8 – Financement\nL'État verse 20 000 euros.\n"
            + "Art. 8-1 – Engagements des partenaires\nChacun des partenaires s'engage comme suit.\n"
            + "Art. 9 – Bilan\nUn bilan est dressé chaque année.\nFait à Vire, le 2 mars 2023.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [("7", "Qualification"), ("8", "Financement"), ("9", "Bilan")]
    assert "Chacun des partenaires" in text[s.articles[1].start:s.articles[1].end]
