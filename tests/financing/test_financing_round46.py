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
