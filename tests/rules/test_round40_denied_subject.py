"""A denied subject of a verb of provision (« Aucun bureau n'est aménagé pour l'intervenante dans les
locaux de la police ») denies the place named among the verb's complements, however many words stand
between « aucun » and the place; other verbs, or a subordinate clause, keep their ordinary scope.
Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text", [
    "Aucun bureau n'est aménagé pour l'intervenante sociale à cet effet dans les locaux de la police ; elle "
    "reçoit les personnes au centre communal d'action sociale.",
    "Nul bureau n'a été mis à la disposition de l'intervenant, faute de place, au sein du commissariat.",
    "Aucun local n'a pu être dégagé par la compagnie à ce jour dans les locaux de la gendarmerie : "
    "l'intervenant reçoit en mairie.",
    "Aucune pièce n'est réservée à l'intervenant social pour ses entretiens dans l'enceinte de la brigade ; "
    "les rendez-vous ont lieu à la maison des solidarités.",
    "Aucun espace n'a été attribué à l'intervenante pour recevoir le public au sein de l'hôtel de police ; "
    "elle assure ses entretiens au CCAS.",
])
def test_denied_provision_denies_the_place(text):
    assert code("lieu_exercice", text) == "non"


@pytest.mark.parametrize("text", [
    # another verb: nobody is excluded, the place stands
    "Aucun public n'est exclu de l'accueil assuré par l'intervenant au sein du commissariat.",
    # a condition denied, then the place of reception in a purpose clause
    "Aucune condition de dépôt de plainte n'est exigée pour être reçu par l'intervenant au sein du commissariat.",
    # the provision denied elsewhere, the worker installed in the unit by a new clause
    "Aucun véhicule n'est attribué à l'intervenante ; elle dispose d'un bureau dans les locaux de la brigade.",
    # the denied subject of a relative incise: the main clause keeps its place
    "L'intervenante, à laquelle aucun véhicule n'est attribué, reçoit les personnes au sein du commissariat.",
])
def test_other_verbs_keep_the_place(text):
    assert code("lieu_exercice", text) == "oui"
