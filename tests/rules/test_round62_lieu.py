"""Round 62, lieu_exercice: a whole working time in units counted or named by reference (mixte or intercommunal
posts), an installation in one unit with trips to the other units of the forces, and a base in the employer's
service with trips to the unit when the officers call. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # the whole working time in units counted or taken up by reference
    ("L'intervenante travaille dans les trois unités mentionnées à l'article 2, où elle passe la totalité de son "
     "temps de travail.", "oui"),
    ("Le référent social exerce dans ces unités, où il est présent sur l'ensemble de son temps de travail, selon le "
     "planning joint.", "oui"),
    ("L'intervenante n'exerce pas dans les trois unités sur l'ensemble de son temps de travail.", "non"),
    ("Elle est présente deux jours au CCAS ; le reste du temps, elle exerce dans les trois unités.", "partiellement"),
    # installed in one unit, trips to the other units of the forces
    ("L'intervenante est basée à la compagnie de Saint-Lô, où elle est présente trois jours par semaine. Elle se rend, "
     "si nécessaire, dans les autres brigades de la compagnie pour y recevoir les personnes.", "oui"),
    ("L'intervenante est basée à l'association, où elle reçoit sur rendez-vous. Elle se rend, si nécessaire, dans les "
     "brigades de la compagnie.", "non"),
    ("L'intervenante est basée à la compagnie de Saint-Lô trois jours par semaine. Les autres jours, elle se rend dans "
     "les brigades et au CCAS.", "partiellement"),
    # based in the employer's service, trips when the officers call
    ("L'intervenante travaille depuis le pôle accueil de la structure et reçoit les personnes sur rendez-vous.", "non"),
    ("Elle se rend à la brigade quand les gendarmes l'appellent.", "non"),
    ("Il se déplace au commissariat si les enquêteurs le lui demandent.", "non"),
    ("L'intervenant n'exerce pas à partir du service d'aide aux victimes de l'association.", "non_precise"),
])
def test_round62_lieu(text, expected):
    assert code("lieu_exercice", text) == expected
