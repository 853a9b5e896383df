"""Round 61: the hierarchical authority given to the police or gendarmerie without the word
« hiérarchique », said in other words: a chief who exercises « les prérogatives qui appartiennent
d'ordinaire à l'employeur » (or who « se substitue à l'employeur »); a chief who gives the worker her
orders and, in the next sentence, appraises her « manière de servir »; a chief who holds the disciplinary
power. Traps: the same words denied, the employer keeping discipline, the chief only reporting facts.
Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

EMPLOYEUR = "L'association Trait d'Union 43 est l'employeur de l'intervenante sociale et lui verse son salaire. "
EMPLOYEUR_HIER = ("L'intervenant est salarié du CCAS de Vierzon. Son chef de service au CCAS organise son temps de "
                  "travail, accorde ses congés et conduit son entretien professionnel annuel. ")


@pytest.mark.parametrize("text", [
    # les prérogatives de l'employeur dites autrement
    EMPLOYEUR + "Durant sa mise à disposition, le commandant de la compagnie du Puy exerce à l'égard de "
    "l'intervenante les pouvoirs qui reviennent normalement à l'employeur.",
    EMPLOYEUR + "Le commissaire central détient l'ensemble des prérogatives habituellement dévolues à un employeur.",
    EMPLOYEUR + "Le chef de circonscription exerce les attributions de l'employeur en matière d'horaires et de congés.",
    EMPLOYEUR + "Pour tout ce qui touche à l'organisation du travail, le commandant de brigade se substitue à "
    "l'employeur.",
    EMPLOYEUR + "Le DDSP assume les prérogatives qui relèvent en principe de l'employeur.",
    # ordres du chef puis évaluation par lui dans la phrase suivante
    "L'intervenant·e reçoit ses instructions exclusivement du commandant de la brigade de Langeac. Celui-ci "
    "arrête son planning hebdomadaire. Le commandant apprécie chaque année sa manière de servir.",
    "Le travailleur social prend ses ordres du chef de circonscription. Chaque année, le chef de "
    "circonscription procède à son évaluation.",
    # le pouvoir disciplinaire au chef des forces
    EMPLOYEUR + "Le commandant de groupement peut infliger une sanction disciplinaire à l'intervenante.",
    EMPLOYEUR + "Les procédures disciplinaires éventuelles sont engagées par le commissaire de police.",
    EMPLOYEUR + "Le chef du commissariat est titulaire du pouvoir disciplinaire à l'égard de l'agent.",
])
def test_inversee(text: str) -> None:
    assert code("autorites", text) == "inversee"


@pytest.mark.parametrize("text", [
    # négation, précaution inverse, employeur qui garde ses prérogatives
    EMPLOYEUR_HIER + "Le commandant de brigade n'exerce aucun des pouvoirs qui reviennent à l'employeur.",
    EMPLOYEUR_HIER + "Le commissaire organise la présence de l'intervenant au commissariat, sans se substituer à "
    "l'employeur.",
    EMPLOYEUR_HIER + "Le chef de circonscription exerce les prérogatives qui lui appartiennent en tant que chef "
    "du service de police.",
    # ordres fonctionnels, évaluation par l'employeur après avis
    EMPLOYEUR_HIER + "L'intervenant reçoit ses consignes du commandant de brigade pour les permanences. Le CCAS "
    "procède chaque année à son évaluation, après avis du commandant.",
    # discipline : le chef ne fait que signaler ou saisir l'employeur
    EMPLOYEUR_HIER + "Le commandant de compagnie porte les faits à la connaissance du CCAS, seul titulaire du "
    "pouvoir disciplinaire.",
    EMPLOYEUR_HIER + "En cas de faute, le commissaire saisit le CCAS, qui engage s'il y a lieu la procédure "
    "disciplinaire.",
    EMPLOYEUR_HIER + "Le chef de circonscription ne détient aucun pouvoir disciplinaire sur l'intervenant.",
])
def test_not_inversee(text: str) -> None:
    assert code("autorites", text) != "inversee"
