"""Round 63, lieu_exercice: places where an information leaflet is distributed are no places of work, and several
workers each half-time but all present in the unit are no split of place. Wordings written for this test, through the
real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # a leaflet or poster distributed in several places: no place of work
    ("L'intervenante exerce au sein de la brigade de Landerneau. Des dépliants présentant le dispositif sont mis à "
     "disposition à la brigade et à la maison France services.", "oui"),
    ("Une affiche présentant l'intervenant est apposée au commissariat, en mairie et au CCAS.", "non_precise"),
    ("La communauté de communes réalise une brochure de présentation, remise au public à la compagnie et au centre "
     "social.", "non_precise"),
    # the same places, but the worker really works in both
    ("L'intervenant exerce à la fois au commissariat et au CCAS.", "partiellement"),
    # several workers each half-time, all in the unit
    ("La convention organise la présence à l'hôtel de police de deux intervenants salariés du CCAS, chacun à mi-temps, "
     "soit l'équivalent d'un temps plein. Ils reçoivent les personnes au commissariat.", "oui"),
    # one worker half-time in the unit and half-time elsewhere stays a split
    ("L'intervenante exerce à mi-temps au commissariat et à mi-temps au CCAS.", "partiellement"),
])
def test_round63_lieu(text, expected):
    assert code("lieu_exercice", text) == expected
