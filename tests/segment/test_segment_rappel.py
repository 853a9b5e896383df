"""Recall sections (zone « rappel »): quoted national framework, history, past results, texts declared
« non annexé »; they stay where the structure puts them, but no rule reads them as engagements."""

from __future__ import annotations

from pathlib import Path

import pytest

from iscg_nlp.segment import segment

SAMPLES = Path(__file__).resolve().parents[2] / "corpus_samples"

TOP = ("CONVENTION RELATIVE AU POSTE D'INTERVENANT SOCIAL EN GENDARMERIE\n"
       "Entre :\nL'État, représenté par le préfet de la Somme,\nEt le Département de la Somme.\n"
       "Vu le code de l'action sociale et des familles ;\n")
RECALLED = "Le cadre prévoit que l'intervenant social exerce au sein même de l'unité de gendarmerie.\n"
OPERATIVE = "L'intervenant social reçoit toute personne orientée par les militaires de la compagnie.\n"
TAIL = ("Article 2 – Durée\nLa convention est conclue pour trois ans à compter de sa signature.\n"
        "Fait à Amiens, le 3 mars 2021.\nLe Préfet de la Somme\n")


def _zone(doc, structure, needle: str) -> str:
    return structure.zone_at(doc.text.index(needle))


@pytest.mark.parametrize("title", [
    "RAPPEL DU CADRE NATIONAL", "Rappel des principes", "Historique du dispositif",
    "Bilan de la période précédente", "Bilan de la convention précédente", "Bilan 2018-2020",
    "Exposé des motifs", "Contexte", "Principes nationaux", "Cadre national", "Glossaire",
    "Rappel du contexte (pour mémoire)",
])
def test_recall_title_in_the_preamble(doc_of, title):
    text = TOP + title + "\n" + RECALLED + "Il est convenu ce qui suit :\nArticle 1 – Objet\n" + OPERATIVE + TAIL
    doc = doc_of(text)
    s = segment(doc)
    assert _zone(doc, s, "Le cadre prévoit") == "rappel"
    assert _zone(doc, s, title) == "rappel"
    # the recall ends at the closing formula; the preamble markers and articles keep their zone
    assert _zone(doc, s, "Vu le code") == "preambule"
    assert _zone(doc, s, "Il est convenu") == "preambule"
    assert _zone(doc, s, "L'intervenant social reçoit") == "article"
    assert [(a.number, a.title) for a in s.articles] == [("1", "Objet"), ("2", "Durée")]


@pytest.mark.parametrize("title", ["Rappel du contexte", "Historique du dispositif",
                                   "Bilan de la période 2016-2018", "Exposé des motifs"])
def test_numbered_article_with_a_recall_title(doc_of, title):
    text = (TOP + "Article 1 – Objet\n" + OPERATIVE + f"Article 2 – {title}\n" + RECALLED
            + "Article 3 – Durée\nLa convention est conclue pour trois ans.\nFait à Amiens, le 3 mars 2021.\n")
    doc = doc_of(text)
    s = segment(doc)
    # the article stays in the structure as it is; only its zone changes
    assert [(a.number, a.title, a.kind) for a in s.articles][1] == ("2", title, "article")
    assert _zone(doc, s, "Le cadre prévoit") == "rappel"
    assert _zone(doc, s, "L'intervenant social reçoit") == "article"
    assert _zone(doc, s, "La convention est conclue") == "article"


@pytest.mark.parametrize("title", [
    "Objet", "Missions", "Évaluation / Bilan d'activité", "Bilan d'activité", "Bilan",
    "Cadre de référence", "Rappel des obligations de l'intervenant", "Contexte",
    "Suivi et bilan de la période précédente", "Glossaire",
])
def test_numbered_article_titles_that_are_no_recall(doc_of, title):
    # weak titles (« Contexte », « Glossaire ») may bind the parties when the author numbered them
    text = (TOP + "Article 1 – Objet\n" + OPERATIVE + f"Article 2 – {title}\n" + RECALLED
            + "Article 3 – Durée\nLa convention est conclue pour trois ans.\nFait à Amiens, le 3 mars 2021.\n")
    doc = doc_of(text)
    s = segment(doc)
    assert _zone(doc, s, "Le cadre prévoit") == "article"
    assert s.rappels == []


def test_non_annexe_statement_after_the_articles(doc_of):
    # zb02's layout: a capital title declaring itself « non annexé » runs on from the last article
    text = (TOP + "Article 1 – Objet\n" + OPERATIVE
            + "Article 2 – Litiges\nTout litige relève du tribunal administratif d'Amiens.\n"
            + "RAPPEL DES PRINCIPES DU CADRE DE RÉFÉRENCE (document d'information, non annexé)\n"
            + "Principe d'implantation : l'intervenant social exerce au sein de l'unité, dans un bureau.\n"
            + "Principe de gouvernance : un comité de pilotage se tient au moins une fois par an.\n"
            + "Fait à Amiens, le 3 mars 2021.\nLe Préfet de la Somme\n")
    doc = doc_of(text)
    s = segment(doc)
    assert [a.title for a in s.articles] == ["Objet", "Litiges"]
    assert _zone(doc, s, "Tout litige") == "article"
    assert _zone(doc, s, "Principe d'implantation") == "rappel"
    assert _zone(doc, s, "Principe de gouvernance") == "rappel"
    assert _zone(doc, s, "Le Préfet de la Somme") == "signature"


def test_statement_without_a_recall_title_in_the_preamble(doc_of):
    text = (TOP + "Note sur le dispositif national (à titre d'information)\n" + RECALLED
            + "Article 1 – Objet\n" + OPERATIVE + TAIL)
    doc = doc_of(text)
    s = segment(doc)
    assert _zone(doc, s, "Le cadre prévoit") == "rappel"


def test_subtitle_inside_an_article_needs_capitals_or_a_statement(doc_of):
    # a lower-case « Rappel des principes » inside an article restates what the parties engage to
    text = (TOP + "Article 1 – Objet\n" + OPERATIVE + "Rappel des principes\n" + RECALLED + TAIL)
    doc = doc_of(text)
    s = segment(doc)
    assert _zone(doc, s, "Le cadre prévoit") == "article"


def test_information_copy_is_no_statement_about_the_text(doc_of):
    text = (TOP + "Article 1 – Objet\n" + OPERATIVE
            + "Article 2 – Bilan\nLe bilan est transmis à titre d'information au procureur de la République.\n"
            + TAIL)
    doc = doc_of(text)
    s = segment(doc)
    assert _zone(doc, s, "Le bilan est transmis") == "article"


def _with_annexes(annexes: str) -> str:
    return TOP + "Article 1 – Objet\n" + OPERATIVE + TAIL + annexes


def test_annex_part_of_the_convention_stays_an_annex(doc_of):
    text = _with_annexes("ANNEXE 1 – Glossaire et définitions\n"
                         "La présente annexe fait partie intégrante de la convention.\n"
                         "Intervenant social : travailleur social titulaire d'un diplôme d'État.\n"
                         "ANNEXE 2 – Historique du dispositif\n"
                         "Le poste a été créé en 2009 à titre expérimental dans la compagnie.\n"
                         "ANNEXE 3 – Cadre de référence national\n"
                         "Cette annexe est jointe à titre d'information.\n"
                         "Le cadre prévoit une présence permanente dans les locaux.\n")
    doc = doc_of(text)
    s = segment(doc)
    assert [(a.number, a.kind) for a in s.annexes] == [("1", "annexe"), ("2", "annexe"), ("3", "annexe")]
    assert _zone(doc, s, "travailleur social titulaire") == "annexe"
    assert _zone(doc, s, "Le poste a été créé") == "rappel"
    assert _zone(doc, s, "Le cadre prévoit une présence") == "rappel"


def test_history_annex_declared_part_of_the_convention_stays_an_annex(doc_of):
    text = _with_annexes("ANNEXE – Historique et bilan de la période précédente\n"
                         "La présente annexe fait partie intégrante de la convention.\n"
                         "Les parties retiennent les objectifs chiffrés suivants.\n")
    doc = doc_of(text)
    s = segment(doc)
    assert _zone(doc, s, "Les parties retiennent") == "annexe"


# --------------------------------------------------------------------------- real samples


@pytest.fixture(scope="module")
def read_document():
    extract = pytest.importorskip("iscg_nlp.extract")
    return extract.read_document


@pytest.mark.parametrize("name, recalled, operative", [
    ("zb02-morbihan-2020.docx", "Principe d'implantation : l'intervenant social exerce au sein de l'unité",
     "Tout litige relatif"),
    ("zb01-isere-2022.pdf", "Les signataires rappellent, à titre liminaire", "Le poste s'inscrit dans le cadre"),
    ("zb04-seine-maritime-2019.odt", "Les parties rappellent également", "La présente convention a pour objet"),
    ("za02-seine-maritime-2022.docx", "Le bilan 2021 présenté au comité de pilotage", "Vu le code pénal"),
])
def test_samples_recall_sections(read_document, name, recalled, operative):
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"{name} absent")
    doc = read_document(str(path))
    s = segment(doc)
    assert _zone(doc, s, recalled) == "rappel"
    assert _zone(doc, s, operative) in ("article", "preambule")


def test_sample_glossary_annex_is_operative(read_document):
    path = SAMPLES / "zb08-somme-2021.docx"
    if not path.exists():
        pytest.skip("zb08 absent")
    doc = read_document(str(path))
    s = segment(doc)
    assert [a.title for a in s.annexes] == ["Glossaire et définitions"]
    assert s.rappels == []
    assert s.zone_at(s.annexes[0].body_start + 5) == "annexe"
