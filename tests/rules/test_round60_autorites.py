"""Round 60: the hierarchical authority given to the police or gendarmerie without the word
« hiérarchique » (the worker « relève » of a police chief who directs and controls the activity; a chief
who holds « les prérogatives d'un chef de service »); a former, abandoned « rapport sur la manière de
servir » is no current rule; the commissaire who only sees to the worker's insertion and organises the
day-to-day presence plays the functional role. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

EMPLOYEUR = ("L'association Horizon Solidarités est l'employeur de l'intervenante sociale. ")
EMPLOYEUR_HIER = ("L'intervenante est une salariée de la commune de Béthune. Sa cheffe de service, responsable "
                  "du service social municipal, fixe son temps de travail, accorde ses congés et conduit son "
                  "entretien professionnel annuel. ")


@pytest.mark.parametrize("text", [
    # relève d'un chef de police / gendarmerie qui dirige ou encadre l'activité
    EMPLOYEUR + "Au quotidien, l'intervenante dépend du chef de la brigade de protection des familles du "
    "commissariat de Douai, lequel dirige ses interventions.",
    EMPLOYEUR + "L'intervenant·e social·e relève directement du commandant de la compagnie de gendarmerie de "
    "Mauriac, qui encadre et contrôle son travail.",
    EMPLOYEUR + "Elle est rattachée au responsable de l'unité de police de proximité de Calais, qui contrôle et "
    "dirige son action auprès des victimes.",
    # les prérogatives d'un chef de service données à un chef des forces
    EMPLOYEUR + "Le commandant de brigade détient à son égard tous les pouvoirs d'un supérieur hiérarchique.",
    EMPLOYEUR + "L'intervenante exerce au sein de la sûreté départementale de la police nationale. Le chef de "
    "section arrête son planning et exerce sur elle les prérogatives d'un chef de service.",
])
def test_hierarchy_given_to_forces_in_other_words(text):
    assert code("autorites", text) == "inversee"


@pytest.mark.parametrize("text", [
    # l'employeur dirige ; le commissaire organise seulement la présence
    EMPLOYEUR_HIER + "Le commissaire de police, ou l'officier qu'il désigne, veille à la bonne intégration de "
    "l'intervenante dans le service et en organise la présence au quotidien.",
    # l'employeur garde la direction ; le chef des forces ne dirige pas
    EMPLOYEUR_HIER + "L'intervenante ne relève pas du commandant de compagnie, qui ne dirige pas son activité ; "
    "celui-ci organise sa présence à la brigade.",
    # les prérogatives d'un chef de service niées aux forces
    EMPLOYEUR_HIER + "Le commandant de brigade n'exerce aucune des prérogatives d'un chef de service ; il organise "
    "sa présence dans l'unité.",
    # relève de son employeur, qui dirige et contrôle son activité
    "L'intervenante relève de la commune de Béthune, son employeur, qui dirige et contrôle son activité, accorde "
    "ses congés et conduit son entretien annuel. Le commissaire organise sa présence au commissariat.",
    # le rapport de manière de servir : pratique passée, abandonnée
    EMPLOYEUR_HIER + "Le commissaire organise sa présence au commissariat. La note sur la manière de servir que "
    "rédigeait autrefois le commissariat, en usage sous la convention précédente, est supprimée ; le commissaire "
    "peut seulement donner son avis lors de l'entretien, si la cheffe de service le demande.",
])
def test_functional_role_only_stays_conforme(text):
    assert code("autorites", text) == "conforme"


def test_current_report_on_manner_of_serving_still_confuse():
    text = (EMPLOYEUR_HIER + "Le commissaire organise sa présence au commissariat. Chaque année, le commissaire "
            "rédige un rapport sur la manière de servir de l'intervenante, sur lequel repose son évaluation.")
    assert code("autorites", text) == "confuse"
