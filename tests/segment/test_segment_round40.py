"""Rounds 40–42: « ARTICLE UN » is article 1 like « ARTICLE DEUX » is 2; a capitals annex title cut after
« ENTRE » goes on with its whole noun phrase on the next capitals line; a title cut after its colon takes the
one or two lower-case words left alone on the next line."""

from __future__ import annotations

from iscg_nlp.segment import segment

TOP = ("CONVENTION RELATIVE A UN POSTE D'INTERVENANT SOCIAL EN GENDARMERIE\n"
       "Entre la Ville de Vire, representee par son maire, et l'Etat, represente par le prefet,\n"
       "IL EST CONVENU CE QUI SUIT :\n")
BODY = "L'intervenant social accueille les personnes que les militaires lui adressent et les oriente.\n"


def _arts(s):
    return [(a.number, a.title) for a in s.articles]


def test_article_numbers_in_words_start_at_un(doc_of):
    text = (TOP + "ARTICLE UN - OBJET\n" + BODY + "ARTICLE DEUX - PUBLIC\n" + BODY + "ARTICLE TROIS - DUREE\n"
            + BODY + "Fait a Vire, le 2 mars 2009.\n")
    assert _arts(segment(doc_of(text))) == [("1", "OBJET"), ("2", "PUBLIC"), ("3", "DUREE")]


def test_an_article_starting_with_un_in_a_sentence_is_no_heading(doc_of):
    text = (TOP + "ARTICLE 1 - OBJET\n" + BODY + "Un intervenant est recruté par la Ville.\n"
            + "ARTICLE 2 - PUBLIC\n" + BODY + "Fait a Vire, le 2 mars 2009.\n")
    assert _arts(segment(doc_of(text))) == [("1", "OBJET"), ("2", "PUBLIC")]


def test_capitals_annex_title_wrapped_after_entre(doc_of):
    text = (TOP + "ARTICLE 1 - OBJET\n" + BODY + "Fait a Mulhouse, le 2 mars 2026.\n"
            + "ANNEXE – PROTOCOLE D'ÉCHANGE D'INFORMATIONS ENTRE\n"
            + "L'INTERVENANT SOCIAL ET LES UNITÉS DE LA CIRCONSCRIPTION\n"
            + "Le présent protocole organise la circulation des informations entre les signataires.\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.annexes] == [
        ("1", "PROTOCOLE D'ÉCHANGE D'INFORMATIONS ENTRE L'INTERVENANT SOCIAL ET LES UNITÉS DE LA CIRCONSCRIPTION")]


def test_capitals_body_line_after_a_complete_annex_title_stays_body(doc_of):
    text = (TOP + "ARTICLE 1 - OBJET\n" + BODY + "Fait a Mulhouse, le 2 mars 2026.\n"
            + "ANNEXE 1 – BUDGET PRÉVISIONNEL\n"
            + "LES MONTANTS SONT EXPRIMÉS EN EUROS TOUTES TAXES COMPRISES ET ARRONDIS\n"
            + "Le budget est arrêté chaque année.\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.annexes] == [("1", "BUDGET PRÉVISIONNEL")]


def test_title_cut_after_its_colon(doc_of):
    text = (TOP + "Article 1 – Objet\n" + BODY + "Article 2 – Engagements de l'État, du Département et de la Commune :\n"
            + "financement\nLe coût annuel du poste est estimé à 56 000 euros.\n" + "Fait a Evry, le 2 mars 2024.\n")
    assert _arts(segment(doc_of(text))) == [
        ("1", "Objet"), ("2", "Engagements de l'État, du Département et de la Commune : financement")]


def test_colon_before_a_list_keeps_its_title(doc_of):
    text = (TOP + "Article 1 – Objet\n" + BODY + "Article 2 – Missions :\n" + "accueillir et écouter les personnes ;\n"
            + "les orienter.\n" + "Fait a Evry, le 2 mars 2024.\n")
    assert _arts(segment(doc_of(text))) == [("1", "Objet"), ("2", "Missions")]
