"""Round 64: a heading whose number ends with a dot and is followed by a dash (« Art. 1er. – Objet »,
« Article 2. — Public ») has the title without the dash."""

from __future__ import annotations

import pytest

from iscg_nlp.segment import segment

TOP = ("CONVENTION RELATIVE À L'INTERVENANT SOCIAL EN COMMISSARIAT\n"
       "Entre la Ville de Pontoise et l'État,\nIL EST CONVENU CE QUI SUIT :\n")
BODY = "L'intervenant reçoit toute personne en difficulté que les policiers lui adressent.\n"
END = "Fait à Pontoise, le 2 juin 2023.\nLe Maire\n"


@pytest.mark.parametrize("heading, title", [
    ("Art. 1er. – Objet", "Objet"),
    ("Article 1. — Objet", "Objet"),
    ("ARTICLE 1 : - OBJET", "OBJET"),
    ("Article 1 – Objet", "Objet"),
])
def test_dot_then_dash_is_one_separator(doc_of, heading, title):
    text = TOP + heading + "\n" + BODY + "Article 2 – Public\n" + BODY + END
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [("1", title), ("2", "Public")]
