"""Round 23: a heading title wrapped onto the next line inside brackets (« … (septembre 2016 – juin »
/ « 2017) »), for annexes as for articles; a line after a title that closes no bracket stays body."""

from __future__ import annotations

from iscg_nlp.segment import segment

TOP = ("CONVENTION RELATIVE À UN POSTE D'INTERVENANT SOCIAL\n"
       "Entre :\nL'État, représenté par le préfet,\nEt la Ville de Belfort.\n"
       "Il est convenu ce qui suit :\n")
BODY = "L'intervenant social reçoit toute personne orientée par les services de police.\n"


def test_annex_title_closed_on_the_next_line(doc_of):
    text = (TOP + "ARTICLE 1 : Objet\n" + BODY + "ARTICLE 2 : Durée\n" + BODY
            + "Fait à Belfort, le 3 mars 2017.\n"
            + "ANNEXE 1 – Bilan de la période d'expérimentation (septembre 2016 – juin\n2017)\n" + BODY)
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.annexes] == [("1", "Bilan de la période d'expérimentation "
                                                               "(septembre 2016 – juin 2017)")]


def test_article_title_closed_on_the_next_line(doc_of):
    text = (TOP + "ARTICLE 1 : Objet\n" + BODY
            + "ARTICLE 2 : Financement du poste (années 2021 à\n2023)\n" + BODY + "ARTICLE 3 : Durée\n" + BODY)
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles][1] == ("2", "Financement du poste (années 2021 à 2023)")


def test_a_line_without_a_closing_bracket_is_body(doc_of):
    text = (TOP + "ARTICLE 1 : Objet\n" + BODY
            + "ARTICLE 2 : Financement du poste\n2023 est la dernière année du financement.\n" + BODY)
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles][1] == ("2", "Financement du poste")
