"""Round 35b: the cost and the financeurs' table an avenant bound after the convention states are the ones
in force (the latest avenant speaking of money wins); an avenant silent on money changes nothing, and one
rewriting only the later columns of a table still running leaves its first year standing."""

from __future__ import annotations

from pathlib import Path

import pytest

from iscg_nlp.extract import read_document
from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment

from test_financing import text_doc

SAMPLES = Path(__file__).resolve().parents[2] / "corpus_samples"

CONVENTION = (
    "Article 1 – Objet\nLa présente convention crée un poste d'intervenant social à temps plein.\n"
    "Article 2 – Financement\nLe coût annuel du poste est évalué à 47 000 euros. Il est financé comme suit :\n"
    "| Financeur | 2013 | 2014 |\n"
    "| État - FIPD | 23 500 € (50 %) | 23 500 € (50 %) |\n"
    "| Département | 11 750 € (25 %) | 11 750 € (25 %) |\n"
    "| Ville de Dijon | 11 750 € (25 %) | 11 750 € (25 %) |\n"
    "Article 3 – Durée\nLa présente convention est conclue pour deux ans.\n"
    "Fait à Dijon, le 4 avril 2013.\nLe Préfet\nLe Maire\n")


def _code(*avenants: str):
    text = CONVENTION + "".join(
        f"AVENANT N° {i} À LA CONVENTION DU 4 AVRIL 2013\nArticle 1er\n{body}\nFait à Dijon, le 2 juin 201{4 + i}.\n"
        "Le Préfet\nLe Maire\n" for i, body in enumerate(avenants, 1))
    doc = text_doc(text)
    return code_financing(doc, segment(doc))


NEW_TABLE = ("L'article 2 est remplacé par les dispositions suivantes : le coût annuel du poste est évalué à "
             "49 500 euros. Sa prise en charge est répartie comme suit :\n"
             "| Financeur | 2015 | 2016 |\n"
             "| État - FIPD | 19 800 € (40 %) | 14 850 € (30 %) |\n"
             "| Département | 14 850 € (30 %) | 17 325 € (35 %) |\n"
             "| Ville de Dijon | 14 850 € (30 %) | 17 325 € (35 %) |")


def test_avenant_replacing_the_financing_article_is_in_force() -> None:
    fin, cost = _code(NEW_TABLE)
    assert fin.value == "degressif"
    assert cost.value["montant"] == 49500.0
    parts = {f["type"]: f["part"] for f in fin.extra["financeurs"]}
    assert parts == {"etat": 40.0, "conseil_departemental": 30.0, "commune": 30.0}


def test_avenant_silent_on_money_changes_nothing() -> None:
    fin, cost = _code("Le comité de suivi se réunit désormais une fois par an.")
    assert fin.value == "stable"
    assert cost.value["montant"] == 47000.0
    assert {f["type"]: f["part"] for f in fin.extra["financeurs"]}["etat"] == 50.0


def test_latest_avenant_speaking_of_money_wins_over_a_later_silent_one() -> None:
    fin, cost = _code(NEW_TABLE, "Le comité de suivi se réunit désormais une fois par an.")
    assert (fin.value, cost.value["montant"]) == ("degressif", 49500.0)


def test_avenant_changing_the_cost_only_keeps_the_funders() -> None:
    fin, cost = _code("Le coût annuel du poste est porté à 48 000 euros.")
    assert cost.value["montant"] == 48000.0
    assert fin.value == "stable"
    assert {f["type"] for f in fin.extra["financeurs"]} == {"etat", "conseil_departemental", "commune"}


@pytest.mark.parametrize("name, financement, montant", [
    ("wb03-cote-d-or-2015.pdf", "degressif", 49500.0),  # avenant n° 2 replaces the whole article
    ("xn01-nord-2021.docx", "degressif", 52000.0),  # avenant rewrites later columns only
])
def test_real_files_with_avenants(name: str, financement: str, montant: float) -> None:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"{name} absent")
    doc = read_document(path)
    fin, cost = code_financing(doc, segment(doc))
    assert (fin.value, cost.value["montant"]) == (financement, montant)
