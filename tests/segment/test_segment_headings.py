"""Article headings in every numbering style, and body lines that must not become headings."""

from __future__ import annotations

import pytest

from iscg_nlp.segment import roman_value, segment

BODY = "Le présent article fixe une règle applicable aux parties signataires."
TOP = "CONVENTION RELATIVE A UN POSTE D'INTERVENANT SOCIAL\nIl est convenu ce qui suit :\n"


def _articles(doc_of, headings: list[str]) -> list[tuple[str | None, str]]:
    text = TOP + "".join(f"{h}\n{BODY}\n" for h in headings)
    return [(a.number, a.title) for a in segment(doc_of(text)).articles]


STYLES = [
    ("article 1er", ["Article 1er – Objet de la convention", "Article 2 – Durée"],
     [("1", "Objet de la convention"), ("2", "Durée")]),
    ("article premier", ["Article premier : Objet", "Article deux mille"[:0] + "Article 2 : Missions"],
     [("1", "Objet"), ("2", "Missions")]),
    ("capitals dash", ["ARTICLE 1 – OBJET", "ARTICLE 2 - MISSIONS", "ARTICLE 3 — DURÉE"],
     [("1", "OBJET"), ("2", "MISSIONS"), ("3", "DURÉE")]),
    ("art. colon", ["Art. 1 : Objet", "Art. 2 : Lieu d'exercice", "Art 3 : Financement"],
     [("1", "Objet"), ("2", "Lieu d'exercice"), ("3", "Financement")]),
    ("roman article", ["ARTICLE I – Objet", "ARTICLE II – Public", "ARTICLE IV – Durée", "ARTICLE III – Missions"[:0] + "ARTICLE V – Fin"],
     [("1", "Objet"), ("2", "Public"), ("4", "Durée"), ("5", "Fin")]),
    ("article Ier", ["Article Ier - Objet", "Article II - Durée"], [("1", "Objet"), ("2", "Durée")]),
    ("numbers in words", ["ARTICLE PREMIER – OBJET", "ARTICLE DEUX – CHAMP D'INTERVENTION", "Article onze : Litiges",
                          "ARTICLE DIX-SEPT – DURÉE"],
     [("1", "OBJET"), ("2", "CHAMP D'INTERVENTION"), ("11", "Litiges"), ("17", "DURÉE")]),
    ("article unique-like n°", ["Article n°1 : Objet", "Article n° 2 : Durée"], [("1", "Objet"), ("2", "Durée")]),
    ("1er with space", ["ARTICLE 1 ER : OBJET", "ARTICLE 2 : DUREE"], [("1", "OBJET"), ("2", "DUREE")]),
    ("title on next line", ["ARTICLE 1\nOBJET DE LA CONVENTION", "ARTICLE 2\nDurée"],
     [("1", "OBJET DE LA CONVENTION"), ("2", "Durée")]),
    ("arabic dot", ["1. Objet de la convention", "2. Missions de l'intervenant", "3. Durée"],
     [("1", "Objet de la convention"), ("2", "Missions de l'intervenant"), ("3", "Durée")]),
    ("arabic paren", ["1) Objet", "2) Public concerné", "3) Financement"],
     [("1", "Objet"), ("2", "Public concerné"), ("3", "Financement")]),
    ("arabic dash", ["1 – Objet", "2 – Durée"], [("1", "Objet"), ("2", "Durée")]),
    ("roman bare", ["I – OBJET", "II – MISSIONS", "III – DURÉE"],
     [("1", "OBJET"), ("2", "MISSIONS"), ("3", "DURÉE")]),
    ("roman dot", ["I. Objet", "II. Public", "III. Financement", "IV. Durée"],
     [("1", "Objet"), ("2", "Public"), ("3", "Financement"), ("4", "Durée")]),
    ("inline body", ["Article 1 : La présente convention a pour objet de créer un poste d'intervenant social.",
                     "Article 2 : La convention est conclue pour une durée de trois ans à compter de sa signature."],
     [("1", ""), ("2", "")]),
    ("inline title then body", ["Article 1 – Objet. La présente convention crée un poste d'intervenant social au commissariat de la ville.",
                                "Article 2 – Durée. La convention est conclue pour trois ans à compter de sa signature par les parties."],
     [("1", "Objet"), ("2", "Durée")]),
]


@pytest.mark.parametrize("name,headings,expected", STYLES, ids=[s[0] for s in STYLES])
def test_heading_styles(doc_of, name, headings, expected):
    assert _articles(doc_of, headings) == expected


def test_heading_offsets(doc_of):
    text = TOP + "Article 1 – Objet\nCorps un.\nArticle 2 – Durée\nCorps deux.\n"
    s = segment(doc_of(text))
    a1, a2 = s.articles
    assert text[a1.start:a1.start + 9] == "Article 1"
    assert text[a1.body_start:a1.end].strip() == "Corps un."
    assert a1.end <= a2.start and text[a2.body_start:a2.end].strip() == "Corps deux."
    assert a2.end == len(text.rstrip())


FALSE_HEADINGS = [
    "article 3 de la loi du 5 mars 2007 relative à la prévention de la délinquance.",
    "Article 5 ci-dessous précise les modalités de financement.",
    "Article L.226-2-2 du code de l'action sociale et des familles.",
    "Article 3 de la loi n° 2007-297 du 5 mars 2007.",
    "1) les victimes de violences intrafamiliales ;",
    "2. les personnes mises en cause, lorsque leur situation le justifie, sont également reçues par l'intervenant.",
    "Article 12 – Hors séquence",  # numbering outlier, rejected by continuity
    "Article 2-1 : Modalités particulières",  # sub-article: belongs to article 2
    "3.1 Répartition des financements",
]


@pytest.mark.parametrize("line", FALSE_HEADINGS)
def test_false_headings_are_not_articles(doc_of, line):
    text = (TOP + "Article 1 – Objet\nTexte.\nArticle 2 – Missions\nL'intervenant agit conformément à\n"
            + line + "\nArticle 3 – Durée\nTexte.\nArticle 4 – Fin\nTexte.\n")
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1", "2", "3", "4"]
    a2 = s.articles[1]
    assert line in text[a2.body_start:a2.end]


def test_wrapped_reference_is_not_a_heading(doc_of):
    text = (TOP + "Article 1 – Objet\nLa convention est conclue en application de l'\nArticle 2 de la loi précitée.\n"
            "Article 2 – Durée\nTexte.\n")
    assert [a.number for a in segment(doc_of(text)).articles] == ["1", "2"]


def test_titre_groups_articles(doc_of):
    text = (TOP + "TITRE I – DISPOSITIONS GÉNÉRALES\nArticle 1 – Objet\nTexte un.\nArticle 2 – Public\nTexte deux.\n"
            "TITRE II – DISPOSITIONS FINANCIÈRES\nArticle 3 – Financement\nTexte trois.\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [("1", "Objet"), ("2", "Public"), ("3", "Financement")]
    assert "TITRE II" not in text[s.articles[1].start:s.articles[1].end]


def test_roman_groups_with_article_headings(doc_of):
    text = (TOP + "I – CADRE\nArticle 1 – Objet\nTexte un.\nII – MOYENS\nArticle 2 – Locaux\nTexte deux.\n"
            "Article 3 – Durée\nTexte trois.\n")
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1", "2", "3"]
    assert "II – MOYENS" not in text[s.articles[0].start:s.articles[0].end]


def test_roman_headings_with_an_inserted_article(doc_of):
    """« IX bis. CONTINUITÉ » is an article of its own, between IX and X, as « Article 9 bis »."""
    text = (TOP + "VIII. ENGAGEMENTS DE LA VILLE\nTexte huit.\nIX. ENGAGEMENTS DU CCAS\nTexte neuf.\n"
            "IX bis. CONTINUITÉ ET ABSENCES\nTexte neuf bis.\nIX ter. COMMUNICATION\nTexte neuf ter.\n"
            "X. DURÉE\nTexte dix.\n")
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["8", "9", "9 bis", "9 ter", "10"]


def test_titre_only_document(doc_of):
    text = TOP + "TITRE I – OBJET\nTexte un.\nTITRE II – DURÉE\nTexte deux.\n"
    assert [(a.number, a.title) for a in segment(doc_of(text)).articles] == [("1", "OBJET"), ("2", "DURÉE")]


def test_sub_articles_stay_in_parent(doc_of):
    text = (TOP + "Article 3 – Financement\nTexte.\nArticle 3-1 Part de l'État\nVingt mille euros.\n"
            "Article 3.2 – Part du département\nDix mille euros.\nArticle 4 – Durée\nTrois ans.\n")
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["3", "4"]
    assert "Dix mille euros." in text[s.articles[0].start:s.articles[0].end]


def test_untitled_sections_when_nothing_is_numbered(doc_of):
    text = ("CONVENTION RELATIVE A L'INTERVENANT SOCIAL\nIl est convenu ce qui suit :\n"
            "OBJET DE LA CONVENTION\nLa présente convention crée un poste d'intervenant social.\n"
            "Durée\nLa convention est conclue pour trois ans à compter de sa signature.\n"
            "FINANCEMENT\nLe poste est financé par l'État et le département.\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title, a.kind) for a in s.articles] == [
        (None, "OBJET DE LA CONVENTION", "section"), (None, "Durée", "section"), (None, "FINANCEMENT", "section")]


@pytest.mark.parametrize("token,value", [("i", 1), ("IV", 4), ("ix", 9), ("xiv", 14), ("XL", 40),
                                         ("l", None), ("ci", None), ("iiii", None), ("", None)])
def test_roman_value(token, value):
    assert roman_value(token) == value


def test_heading_joined_to_its_first_sentence(doc_of):
    # a PDF reader may join the heading line and the first body line
    text = (TOP + "Art. 1 : Objet La présente convention crée un poste d'intervenant social dans la circonscription.\n"
            "Art. 2 : Autorités hiérarchique et fonctionnelle L'intervenant social est un agent de la commune, "
            "placé sous l'autorité de son employeur.\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [("1", "Objet"), ("2", "Autorités hiérarchique et fonctionnelle")]
    assert text[s.articles[1].body_start:].startswith("L'intervenant social est")
