"""Round 54: authorities said in the writers' own words. « Responsabilité hiérarchique » given to a forces
chief = inversee; the annual evaluation resting on the DDSP's written appraisal (spelled out) = confuse;
check-box forms (« Autorité hiérarchique : [X] <employer> ») = the employer's hierarchy; « rattaché·e au chef
de circonscription, qui accorde ses congés et conduit son entretien » = inversee. Traps: denied, only
functional, acts given to the employer, a mere « avis ». Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # responsabilité hiérarchique = autorité hiérarchique
    ("Positionnement : l'intervenant·e est placé·e sous la responsabilité hiérarchique du commissaire de "
     "Montargis, qui fixe ses priorités.", "inversee"),
    ("Le commandant de la compagnie exerce la responsabilité hiérarchique sur la travailleuse sociale.", "inversee"),
    ("La responsabilité hiérarchique est exercée, durant la mise à disposition, par le chef de la "
     "circonscription de sécurité publique.", "inversee"),
    # rattachement + actes RH au chef des forces
    ("La travailleuse sociale est rattachée, pour son travail comme pour son évaluation, au commandant de la "
     "compagnie d'Épinal, qui organise son emploi du temps, valide ses absences et mène son entretien annuel.",
     "inversee"),
    ("L'ISCG est rattaché directement au chef de la circonscription, qui lui accorde ses congés.", "inversee"),
    # cases à cocher
    ("Autorité hiérarchique : [X] commissaire de police de Dole [ ] directrice du CCAS", "inversee"),
    ("Autorité hiérarchique : [X] responsable de la maison départementale des solidarités [ ] commandant de brigade\n"
     "Autorité fonctionnelle : [X] commandant de la brigade de Lure (accueil dans l'unité, orientation des "
     "demandes)", "conforme"),
    # évaluation fondée sur l'appréciation écrite du DDSP en toutes lettres
    ("Le compte rendu de l'entretien annuel est rédigé par la cheffe de service du Département au vu de "
     "l'appréciation que la directrice départementale de la sécurité publique formule chaque année sur la "
     "manière dont l'intervenant a rempli ses missions.", "confuse"),
])
def test_round54_values(text, expected):
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text", [
    "L'intervenante ne relève à aucun moment de la responsabilité hiérarchique du commandant de brigade.",
    "L'intervenant est placé sous la responsabilité hiérarchique de l'association et sous l'autorité "
    "fonctionnelle du chef de circonscription.",
    "La travailleuse sociale est rattachée au commandant de brigade pour l'organisation de ses permanences. "
    "Ses congés et son entretien annuel relèvent de la directrice du CCAS.",
    "L'intervenant est rattaché au commissaire, qui transmet un avis sur ses congés à la Ville.",
    "Autorité fonctionnelle : [X] commandant de compagnie [ ] association",
    "Autorité hiérarchique : [X] directrice du CCAS [ ] commissaire de police",
    "L'appréciation que le DDSP peut transmettre sur le fonctionnement du poste est un avis que le "
    "Département évalue librement.",
])
def test_round54_traps_not_inversee(text):
    assert code("autorites", text) != "inversee"


def test_round54_checkbox_employer_is_conforme():
    text = ("Autorité hiérarchique : [X] chef du pôle social de la Ville [ ] commandant de compagnie\n"
            "Autorité fonctionnelle : [X] commandant de la compagnie de Dinan (organisation matérielle)")
    assert code("autorites", text) == "conforme"
