"""Round 53: budgets of several actions (a CPO whose post is one action), one year's funding tables
followed by an avenant's table for the next year, and « CeA » as the Alsace département."""

from __future__ import annotations

import pytest

from test_financing import code_article, docx_table_doc

from iscg_nlp.financing import code_financing
from iscg_nlp.pipeline import read
from iscg_nlp.segment import segment


def _table(head: list[str], rows: list[list[str]], before: str = "Annexe 1 – Budget", after: str = ""):
    doc = docx_table_doc(before, [head, *rows], after)
    return code_financing(doc, segment(doc))


@pytest.mark.parametrize("sentence", [
    "Le coût total éligible du programme sur les trois ans est évalué à 240 000 euros, selon le budget "
    "prévisionnel joint.",
    "Le coût global de l'ensemble des actions est estimé à 96 000 € par an.",
    "Le coût prévisionnel du plan d'actions s'élève à 150 000 €.",
])
def test_cost_of_a_programme_is_not_the_post_cost(sentence):
    _, cost = code_article(sentence + "\nCoût annuel du poste d'intervenant social : 51 000 euros.")
    assert cost.value["montant"] == 51000.0


def test_cost_of_the_post_itself_still_read():
    _, cost = code_article("Le coût total du poste est évalué à 49 000 euros.")
    assert cost.value["montant"] == 49000.0


def test_budget_of_actions_with_financeurs_named_without_shares():
    fin, cost = _table(["Action", "Coût 2025", "Coût 2026", "Financeurs sollicités"],
                       [["Intervenante sociale en commissariat (1 ETP)", "55 000 €", "56 000 €", "État (FIPD), Ville"],
                        ["Médiation scolaire", "30 000 €", "30 000 €", "Département, CAF"]])
    assert cost.value["montant"] == 55000.0
    assert fin.value == "non_precise"
    assert {f["type"] for f in fin.extra["financeurs"]} == {"etat", "commune"}
    assert all(f["montant"] is None for f in fin.extra["financeurs"])


def test_actions_in_rows_and_financeurs_in_columns_keep_the_post_row_only():
    fin, cost = _table(["Action", "Coût", "État (FIPD)", "Département", "CAF"],
                       [["Action 1 – accueil social au commissariat (0,5 ETP)", "26 000 €", "13 000 €", "7 800 €",
                         "5 200 €"],
                        ["Action 2 – soutien à la parentalité", "18 000 €", "–", "9 000 €", "9 000 €"],
                        ["Action 3 – prévention", "9 000 €", "6 000 €", "3 000 €", "–"]])
    assert fin.value == "stable"
    amounts = {f["type"]: f["montant"] for f in fin.extra["financeurs"]}
    assert amounts == {"etat": 13000.0, "conseil_departemental": 7800.0, "caf": 5200.0}
    assert cost.value["montant"] == 26000.0


CONVENTION = """CONVENTION DE PARTENARIAT
Intervenant social en commissariat

Article 1 – Objet
La présente convention crée un poste d'intervenant social au commissariat de Colmar, à temps plein.

Article 2 – Financement
Le coût annuel du poste est de 50 000 euros. Il est financé comme suit :
| Financeur | Montant 2019 | Part |
| État (FIPD) | 25 000 € | 50 % |
| Ville de Colmar | 25 000 € | 50 % |
| Total | 50 000 € | 100 % |

Article 3 – Durée
La présente convention est conclue pour un an, du 1er janvier au 31 décembre 2019.

Fait à Colmar, le 4 février 2019.

AVENANT N° 1 À LA CONVENTION DU 4 FÉVRIER 2019

Article 1er de l'avenant
La convention est renouvelée pour l'année 2020.

Article 2 de l'avenant
Le tableau de l'article 2 est remplacé par le tableau suivant :
| Financeur | Montant 2020 | Part |
| État (FIPD) | {etat} € | {etat_part} % |
| Ville de Colmar | {ville} € | {ville_part} % |
| Total | 50 000 € | 100 % |

Fait à Colmar, le 20 janvier 2020.
"""


@pytest.mark.parametrize("etat, ville, value", [
    ("20 000", "30 000", "degressif"),  # the State pays less the next year
    ("25 000", "25 000", "stable"),  # the avenant renews the same split
])
def test_an_avenant_table_for_the_next_year_makes_a_series(tmp_path, etat, ville, value):
    parts = {"20 000": "40", "25 000": "50", "30 000": "60"}
    path = tmp_path / "convention-colmar.txt"
    path.write_text(CONVENTION.format(etat=etat, ville=ville, etat_part=parts[etat], ville_part=parts[ville]),
                    encoding="utf-8")
    doc, structure = read(path)
    fin, _ = code_financing(doc, structure)
    assert fin.value == value


@pytest.mark.parametrize("name", ["CeA", "Collectivité européenne d'Alsace"])
def test_alsace_collectivity_is_the_departement(name):
    fin, _ = code_article(f"La {name} verse une subvention de 20 000 euros, soit 40 % du coût du poste.")
    assert {f["type"] for f in fin.extra["financeurs"]} == {"conseil_departemental"}


@pytest.mark.parametrize("text, shares", [
    # « par X à hauteur de N % (…) et par Y à hauteur de M % »: each amount is the financeur named before it
    ("Il est pris en charge chaque année, à parts constantes, par le Département à hauteur de 60 % (30 000 "
     "euros) et par l'État, au titre du FIPD, à hauteur de 40 % (20 000 euros).",
     {"conseil_departemental": (30000.0, 60.0), "etat": (20000.0, 40.0)}),
    ("Le poste est financé par la commune pour 55 %, puis par l'État pour 45 %.",
     {"commune": (None, 55.0), "etat": (None, 45.0)}),
    # the passive order still reads: the amount, then who pays it
    ("Le poste est financé à 60 % par l'État et à 40 % par la commune.",
     {"etat": (None, 60.0), "commune": (None, 40.0)}),
])
def test_each_pair_keeps_its_financeur(text, shares):
    fin, _ = code_article(text)
    got = {f["type"]: (None if f.get("montant_calcule") else f["montant"], f["part"]) for f in fin.extra["financeurs"]}
    assert got == shares
    assert fin.value != "degressif"


def test_the_budget_of_the_action_is_the_post_cost():
    _, cost = code_article("Le budget de l'action pour l'année 2024 s'élève à 49 800 euros pour un poste à temps plein.")
    assert cost.value == {"montant": 49800.0, "etp": 1.0}
