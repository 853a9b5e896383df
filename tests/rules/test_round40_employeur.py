"""Round 40 wordings (type_employeur), through the real engine.

- « Hôtel-de-Ville » written with hyphens in an address (« place de l'Hôtel-de-Ville ») is a street, not
  the town as employer, as « place de l'Hôtel de Ville » already was;
- a département named at the end of a relative incise (« le centre hospitalier, qui gère la maison des
  femmes du département, a proposé de porter le poste ») is not the subject of the verb after the comma.
"""

from __future__ import annotations

import pytest

from rule_wording import code  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("L'association Vallée Aide aux Victimes, dont le siège est situé 3, place de l'Hôtel-de-Ville à Mâcon, "
     "représentée par sa présidente, ci-après désignée « l'employeur ».", "association"),
    ("L'association France Victimes 71, sise rue de l'Hôtel-de-Ville, est l'employeur de l'intervenant social.",
     "association"),
    ("Le centre hospitalier de Foix, qui anime déjà la maison des femmes du département, a proposé de porter le "
     "poste.", "autre"),
    # the département itself as subject still employs
    ("Le Département, par ses services sociaux, porte le poste et recrute l'intervenant.", "conseil_departemental"),
    ("La Ville de Mâcon recrute l'intervenant social et en est l'employeur.", "ville_interco"),
])
def test_employer_named_beside_a_street_or_an_incise(text, expected):
    assert code("type_employeur", text) == expected


@pytest.mark.parametrize("text, expected", [
    # Round 43: the worker put at the units' disposal, the units named first
    ("La convention définit les conditions dans lesquelles le Département met à disposition des unités du "
     "groupement de gendarmerie du Gers deux intervenantes sociales.", "conseil_departemental"),
    ("L'association met à disposition de la compagnie de gendarmerie de Vire une intervenante sociale diplômée.",
     "association"),
    # material put at the worker's disposal names no employer
    ("Le Département met à disposition un bureau et un véhicule de service à l'intervenant recruté par "
     "l'association.", "association"),
])
def test_worker_put_at_the_units_disposal(text, expected):
    assert code("type_employeur", text) == expected
