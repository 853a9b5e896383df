"""Round 56: a payer that advances the whole expense (« assure l'avance de l'ensemble des dépenses »)
is not the only financeur; the cost of an agent's working time given to the mission is the post's
cost."""

from __future__ import annotations

import pytest

from test_financing import code_article


@pytest.mark.parametrize("sentence", [
    "La Commune fait l'avance de l'ensemble des dépenses du poste ; l'État et le Département lui "
    "remboursent leur participation, dont le montant est fixé chaque année.",
    "Le CCAS avance l'intégralité des frais de personnel. La participation de l'État et celle du "
    "Département sont arrêtées chaque année au vu du bilan.",
    "L'association préfinance la totalité du coût, les financeurs versant leur part en fin d'exercice "
    "selon des montants à déterminer.",
])
def test_a_cash_advance_is_no_sole_financeur(sentence):
    fin, _ = code_article(sentence)
    assert fin.value == "non_precise"


@pytest.mark.parametrize("sentence", [
    "La Commune prend en charge l'ensemble des dépenses du poste.",
    "Le Département assure seul le financement du poste, dont il fait l'avance chaque trimestre.",
])
def test_a_sole_payer_is_still_read(sentence):
    fin, _ = code_article(sentence)
    assert fin.value == "stable"


@pytest.mark.parametrize("sentence, montant", [
    ("Le coût du temps de travail consacré à la mission, charges et frais de déplacement compris, est "
     "évalué à 41 500 € par an.", 41500.0),
    ("Le coût du temps de travail affecté au poste est estimé à 36 000 euros annuels pour 0,7 ETP.", 36000.0),
    ("Le coût du temps de travail de l'intervenante sociale est chiffré à 44 000 euros.", 44000.0),
])
def test_cost_of_working_time_given_to_the_mission(sentence, montant):
    _, cost = code_article(sentence)
    assert cost.value["montant"] == montant


def test_working_time_alone_is_no_cost():
    _, cost = code_article("Le temps de travail de l'intervenante est de 35 heures par semaine. "
                           "Le coût de la formation initiale, 1 500 euros, est pris en charge par la Ville.")
    assert cost.value["montant"] is None
