"""Round 61: headings whose letters are spaced out by a scan or a typesetter (« A R T I C L E  5 – … »)
are numbered articles; a sentence that spells words the same way is not."""

from __future__ import annotations

from iscg_nlp.segment import segment

TOP = ("CONVENTION RELATIVE À L'INTERVENANT SOCIAL EN COMMISSARIAT\n"
       "Entre la Ville de Laon et l'État,\nIL EST CONVENU CE QUI SUIT :\n")
BODY = "L'intervenant reçoit toute personne en difficulté que les policiers lui adressent.\n"
END = "Fait à Laon, le 2 juin 2017.\nLe Maire\n"


def test_spaced_out_article_headings(doc_of):
    text = TOP + "".join(f"A R T I C L E  {k} - T I T R E {k}\n{BODY}" for k in (1, 2, 3)) + END
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1", "2", "3"]


def test_spaced_out_headings_with_ocr_slips(doc_of):
    text = TOP + "A R T l C L E  1 - 0BJET\n" + BODY + "A R T I C 1 E  2 - PUBLIC\n" + BODY + END
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [("1", "0BJET"), ("2", "PUBLIC")]


def test_lower_case_spaced_letters_in_a_sentence_are_no_heading(doc_of):
    text = TOP + "Article 1 – Objet\n" + BODY + "a r t i c l e 2 est ainsi épelé dans le texte d'origine.\n" + END
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1"]
