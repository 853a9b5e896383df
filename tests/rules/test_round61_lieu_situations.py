"""Round 61 (blind errors sa06, sb05, sc02, sb06): wordings written for this test, through the real engine.

lieu_exercice: an appraisal of the agent's service « au sein de l'unité » is no place of work; a permanence denied
OUTSIDE the unit is no slot in it, and the whole time in the unit stays « oui »; the rest of the week given to a
place outside the unit, said verb first, is a split (« partiellement »).
situations: « au sein du couple ou de la famille » is the VIF field, not conjugal only; another service of the
employer meant for women does not restrict the post."""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles


@pytest.mark.parametrize("text, expected", [
    # appraisal of the service in the unit: not a place
    ("Sa notation est arrêtée par la directrice, au vu d'une note du chef de circonscription sur la manière dont "
     "l'intervenante s'acquitte de ses missions au sein du commissariat.", "non_precise"),
    ("L'évaluation annuelle de l'agent tient compte d'un avis du commandant de compagnie sur sa manière de servir "
     "au sein de la brigade.", "non_precise"),
    # a real place is still read
    ("L'intervenante est installée au sein du commissariat de Blaye, dans un bureau dédié.", "oui"),
    # whole time in the unit, permanence denied outside
    ("L'intervenant social accomplit l'ensemble de son temps de travail au sein de la brigade de Lesparre ; il "
     "n'assure aucune permanence à l'extérieur, hors visites à domicile.", "oui"),
    ("Elle travaille à temps complet dans les locaux de l'hôtel de police, sans permanence extérieure.", "oui"),
    # a permanence held outside (not denied) is not the unit's slot, but it is not « oui » either
    ("L'intervenante passe la totalité de son temps de travail à la brigade de Langon et assure des permanences "
     "à l'extérieur, dans les mairies du canton.", "partiellement"),
    # a slot in the unit still is one
    ("L'intervenant tient une permanence chaque jeudi à la brigade de Pauillac.", "partiellement"),
    # the rest of the week elsewhere, verb first
    ("L'intervenante est présente à la brigade de Cenon deux jours par semaine. Elle consacre le reste de sa "
     "semaine au centre médico-social de Lormont, où elle reçoit les familles en entretien.", "partiellement"),
    ("Il est présent au commissariat de Pessac trois jours par semaine et passe les deux autres jours à l'antenne "
     "de l'association, où il assure les rendez-vous de suivi.", "partiellement"),
    # the rest of the week in another unit: all in units
    ("Elle est présente au commissariat de Pessac trois jours par semaine et passe les deux autres jours à la "
     "brigade de Cestas, où elle reçoit les victimes.", "oui"),
])
def test_lieu_exercice(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", [
    # couple OR family = vif
    ("L'intervention s'adresse aux personnes victimes de violences exercées au sein du couple ou de la famille, "
     "adultes comme enfants.", "vif"),
    ("Le poste est destiné aux victimes de violences subies dans le couple ou dans la famille.", "vif"),
    ("La présente convention précise les conditions dans lesquelles l'association emploie une intervenante "
     "chargée de l'accueil, à la brigade, des personnes confrontées à des violences commises au sein du couple "
     "ou de la famille.", "vif"),
    # conjugal only stays conjugal
    ("Le dispositif s'adresse aux victimes de violences commises au sein du couple, qu'elles aient ou non "
     "déposé plainte.", "violences_conjugales"),
    # widened: generalist
    ("Le poste s'adresse à toute personne en difficulté sociale, notamment aux victimes de violences au sein du "
     "couple ou de la famille.", "toutes_situations"),
    # another service of the employer for women does not restrict the post
    ("L'association, qui dispose par ailleurs d'un accueil de jour destiné aux femmes victimes de violences, met "
     "une intervenante sociale à la disposition du commissariat.", "toutes_situations"),
    # the post itself for women still is
    ("Le dispositif est destiné aux femmes victimes de violences.", "violences_faites_aux_femmes"),
])
def test_situations(text, expected):
    assert code("situations", text) == expected


def test_situations_employer_service_and_post_field():
    assert code_articles(
        "situations",
        "L'association, qui dispose d'un lieu d'accueil destiné aux femmes victimes de violences, assure le "
        "portage du poste.",
        "Le poste est destiné aux personnes victimes de violences commises au sein du couple ou de la famille.",
    ) == "vif"
