"""Round 42: the place said by a noun — the presence, installation or assignment of the worker in the unit
(« les modalités de la présence d'un intervenant social au commissariat », « l'installation de l'intervenant
social dans un bureau de l'hôtel de police »). Wordings written for this test."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text", [
    "La présente convention fixe les modalités de la présence d'un intervenant social au commissariat de Vienne.",
    "Le chef de circonscription assure l'installation de l'intervenante sociale dans un bureau de l'hôtel de police.",
    "Elle organise l'implantation d'un travailleur social au sein de la brigade de Bourgoin.",
])
def test_nominal_presence_in_the_unit(text):
    assert code("lieu_exercice", text) == "oui"


@pytest.mark.parametrize("text", [
    "La présence de l'intervenante à la brigade lors de ses permanences du mardi est signalée aux militaires.",
    "L'installation de l'intervenant social au commissariat pourrait être envisagée à terme.",
    "La présence d'un intervenant social au commissariat n'est pas prévue par la présente convention.",
])
def test_nominal_presence_denied_or_occasional(text):
    assert code("lieu_exercice", text) != "oui"


@pytest.mark.parametrize("text", [
    "Le comité examine le bilan et propose les évolutions utiles, notamment l'éventuelle implantation de "
    "l'intervenante dans les locaux de la compagnie.",
    "Il veille à l'intégration de l'intervenante sociale dans les unités et à la bonne circulation des sollicitations.",
])
def test_possible_presence_or_team_integration_places_nobody(text):
    assert code("lieu_exercice", text) == "non_precise"
