"""Round 46: « Communauté d'agglo. », the short form a funders' table gives the communauté
d'agglomération, is an intercommunalité."""

from __future__ import annotations

import pytest

from test_financing import code_article


@pytest.mark.parametrize("text, expected", [
    ("Le coût annuel est de 46 000 €.\n| Financeur | Montant |\n| Etat - FIPD | 23 000 € |\n"
     "| Communauté d'agglo. | 23 000 € |\n", {"etat", "intercommunalite"}),
    ("La Communauté d'agglo prend en charge la moitié du coût du poste, l'État l'autre moitié au titre du FIPD.",
     {"etat", "intercommunalite"}),
])
def test_short_communaute_d_agglo(text, expected):
    fin, _ = code_article(text)
    assert {f["type"] for f in fin.extra["financeurs"]} == expected


@pytest.mark.parametrize("text, etp", [
    ("La convention porte sur deux postes d'intervenant social. Le premier intervenant social exerce à temps plein "
     "au commissariat de Bron, le second au commissariat de Vénissieux. Le coût annuel des deux postes est évalué "
     "à 110 000 euros.", 2.0),
    ("La convention porte sur deux postes d'intervenante sociale. La première intervenante exerce à temps plein à "
     "la brigade de Gex, la seconde à la brigade de Divonne. Le coût annuel des deux postes est de 104 000 euros.", 2.0),
])
def test_first_and_second_worker_each_full_time(text, etp):
    _, cost = code_article(text)
    assert cost.value["etp"] == etp


@pytest.mark.parametrize("text, amount", [
    # the post shared with another mission: the cost of its part
    ("Le coût du volet gendarmerie, soit un demi-équivalent temps plein, est estimé à 25 000 € pour l'année, "
     "frais de déplacement compris. L'État en finance la moitié.", 25000),
    ("Le coût du demi-poste d'intervenant social est évalué à 28 500 euros par an, charges comprises.", 28500),
    # terse lines: the label, then the amount
    ("Financement :\n- Coût : 47 000 € / an, 1 ETP (salaire chargé + fonctionnement).\n- FIPD : 40 %.", 47000),
    ("Moyens financiers\nPoste : 52 000 € / an (traitement chargé + frais), 1 ETP.\nFIPD : 20 800 €.", 52000),
])
def test_cost_of_a_part_or_a_terse_line(text, amount):
    _, cost = code_article(text)
    assert cost.value["montant"] == amount


def test_a_label_without_an_amount_is_no_cost():
    _, cost = code_article("Poste : intervenant social à temps plein.\nFIPD : 20 800 € par an.")
    assert cost.value["montant"] is None
