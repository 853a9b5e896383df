"""Round 58: units printed « Vue 3 — … » (a slide deck adopted as convention), « Clause 4 – … »,
« Décision n° 2 — … » (a comité's minutes) are numbered articles; a charter's lettered sections
« A. Objet » … « I. Suivi » are articles labelled by their letter; capital-letter items inside an
article of a numbered text stay in it."""

from __future__ import annotations

import pytest

from iscg_nlp.segment import segment

TOP = ("PROTOCOLE RELATIF À L'INTERVENANT SOCIAL EN GENDARMERIE\n"
       "Entre le Département du Tarn, représenté par son président, et le groupement de gendarmerie,\n"
       "IL EST CONVENU CE QUI SUIT :\n")
BODY = ("L'intervenante reçoit les victimes, les auteurs et toute personne en détresse que les gendarmes lui "
        "adressent, puis les oriente vers les services du territoire.\n")
END = "Fait à Albi, le 3 mai 2022.\nLe Président du Conseil départemental\n"


@pytest.mark.parametrize("word", ["Vue", "Clause", "Décision n°", "Volet"])
def test_numbered_units_with_other_words(doc_of, word):
    text = TOP + "".join(f"{word} {k} — Titre {k}\n{BODY}" for k in (1, 2, 3)) + END
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [("1", "Titre 1"), ("2", "Titre 2"), ("3", "Titre 3")]


def test_lettered_sections_up_to_i(doc_of):
    letters = "ABCDEFGHI"
    text = TOP + "".join(f"{c}. Section {c.lower()}\n{BODY}" for c in letters) + END
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == list(letters)
    assert [a.title for a in s.articles][-1] == "Section i"


def test_capital_letter_items_inside_numbered_articles_stay_in_them(doc_of):
    text = (TOP + "Article 1 – Objet\n" + BODY + "Article 2 – Missions\nL'intervenante :\n"
            + "A. Accueille les personnes\nB. Évalue leur situation\nC. Oriente vers les services\n"
            + "Article 3 – Durée\nTrois ans.\n" + END)
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1", "2", "3"]
    assert "Oriente vers" in text[s.articles[1].start:s.articles[1].end]


def test_two_lettered_lines_are_no_structure(doc_of):
    text = TOP + "A. Préambule\n" + BODY + "B. Engagements\n" + BODY + END
    s = segment(doc_of(text))
    assert all(a.number not in ("A", "B") for a in s.articles)
