"""Round 41: « où il exerce / reçoit » takes up the unit only when nothing else is named between them; a
relative after another place coordinated with the unit (« trois jours à l'hôtel de police et deux jours à
l'antenne du CCAS, où il reçoit … ») speaks of that place. Wordings written for this test."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text", [
    "L'intervenant social exerce trois jours par semaine à l'Hôtel de police et deux jours à l'antenne du CCAS, "
    "où il reçoit sur rendez-vous.",
    "Elle est présente au commissariat le lundi et au centre social du quartier le reste de la semaine, où elle "
    "accueille les familles.",
])
def test_relative_after_another_place_is_not_the_unit(text):
    assert code("lieu_exercice", text) != "oui"


@pytest.mark.parametrize("text", [
    "L'intervenante sociale est affectée à la brigade de Landerneau, où elle exerce l'ensemble de ses missions.",
    "Elle est affectée au commissariat de Vannes et à la brigade de Muzillac, où elle reçoit le public.",
    "Le travailleur social rejoint l'hôtel de police de Nîmes, dans les locaux duquel il reçoit les personnes.",
])
def test_relative_after_the_unit_places_the_worker(text):
    assert code("lieu_exercice", text) == "oui"
