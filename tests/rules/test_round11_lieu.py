"""Round 11, lieu_exercice: wordings other conventions could use, through the real engine.

Three phenomena, none written from a sample's sentence:
- the forces' own staff « (nouvellement) affectés » to the unit, or the forces' commitments towards
  the brigades, say nothing of where the worker works;
- a split of the week whose other place is a service inside another structure (« pôle accueil du
  CCAS », « guichet d'accueil de la mairie »), often in the sentence after the unit's days, and written
  in an annex (fiche de poste) while the body only says the post is created « au sein du commissariat »;
- an administrative assignment (« affecté / rattaché à la compagnie ») is weaker than an explicit
  statement that the worker is not in the unit's premises or works in another building.
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text
from iscg_nlp.ruleset import load_ruleset

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

RULES = load_ruleset()
KEY = "lieu_exercice"


def code(*parts: tuple[str, str]) -> str:
    """Value of lieu_exercice for texts read in their zone (article body, annex…), decided together."""
    findings = []
    for zone, text in parts:
        findings += [f for f in match_text(text, RULES, zone=zone) if f.indicator == KEY]
    return decide_indicator(RULES.files[KEY], findings).value


# ---- 1. the forces' staff « affectés », the forces' commitments: nothing on the worker's place
FORCES_STAFF = [
    ("La brigade présente l'intervenant aux gendarmes nouvellement affectés et diffuse une note aux unités du secteur.", "non_precise"),
    ("Le commissariat s'engage à informer les policiers récemment affectés au commissariat de l'existence du poste.", "non_precise"),
    ("Les militaires affectés à la compagnie sont sensibilisés au rôle de l'intervenante sociale.", "non_precise"),
    ("Une presentation du dispositif est faite aux fonctionnaires nouvellement affectes au commissariat.", "non_precise"),
    ("Le groupement informe les personnels affectés dans les brigades des modalités d'appel à l'intervenant.", "non_precise"),
    ("Les enquêteurs affectés à la brigade de protection des familles connaissent les modalités de saisine du travailleur social.", "non_precise"),
    ("Il peut se rendre dans les brigades rattachées à la compagnie lorsque la situation le nécessite.", "non_precise"),
    # the worker's own assignment still counts when nothing else is said
    ("L'intervenant social est affecté à la brigade de Dax.", "oui"),
]


@pytest.mark.parametrize("text,expected", FORCES_STAFF)
def test_forces_staff_assignment_is_not_the_workers_place(text: str, expected: str) -> None:
    assert code(("article", text)) == expected


# ---- 2. a split of the week, the other place named as a service of another structure
SPLIT_WEEK = [
    (("article", "L'intervenant social exerce au commissariat trois jours par semaine. Le lundi et le vendredi, il assure une permanence au pôle accueil du CCAS."), "partiellement"),
    (("article", "Elle est présente à la brigade du mardi au jeudi. Les lundis, elle reçoit au guichet d'accueil de la mairie."), "partiellement"),
    (("article", "Il travaille trois jours à la compagnie de gendarmerie ; les mercredis et vendredis, il exerce au service d'accueil du centre communal d'action sociale."), "partiellement"),
    (("article", "L'intervenante est au commissariat le matin. Les deux autres jours, l'intervenante est presente a l'accueil de la mairie."), "partiellement"),
    (("article", "Les jeudis, le travailleur social tient une permanence au pole solidarite de la mairie ; le reste de la semaine il est a la brigade."), "partiellement"),
    # not a split: the other place is only where people are sent, or the split is denied
    (("article", "Il est présent chaque jour au commissariat et oriente les personnes vers le pôle accueil du CCAS."), "oui"),
    (("article", "Il n'assure jamais de permanence au pôle accueil du CCAS. Il exerce au sein du commissariat toute la semaine."), "oui"),
]


@pytest.mark.parametrize("part,expected", SPLIT_WEEK)
def test_split_of_the_week_with_a_service_of_another_structure(part: tuple[str, str], expected: str) -> None:
    assert code(part) == expected


BODY_CREATES_POST = "La présente convention a pour objet la création d'un poste d'intervenant social au sein du commissariat de police."


@pytest.mark.parametrize("annex,expected", [
    ("Lieu d'exercice : trois jours au commissariat ; le jeudi et le vendredi, il tient une permanence au pole accueil du CCAS.", "partiellement"),
    ("Les mardis et mercredis, l'intervenante exerce au guichet unique de la mairie ; le reste du temps, au commissariat.", "partiellement"),
    ("Emploi du temps : la moitié de son temps au commissariat, l'autre moitié au centre social du quartier.", "partiellement"),
    ("Horaires : du lundi au vendredi, de 9 h à 17 h, au commissariat.", "oui"),
])
def test_split_written_in_the_annex_beats_the_body(annex: str, expected: str) -> None:
    assert code(("article", BODY_CREATES_POST), ("annexe", annex)) == expected


# ---- 3. an administrative assignment loses to an explicit « not in the unit » / another building
ASSIGNMENT_VS_ELSEWHERE = [
    ((("article", "L'intervenante sociale affectée à la brigade de Gray accompagne les victimes."),
      ("annexe", "Elle n'est pas installée dans les locaux de la gendarmerie ; elle reçoit à la maison départementale de la solidarité.")), "non"),
    ((("article", "Le travailleur social est rattaché au commissariat de Vesoul. Il n'exerce pas dans les locaux du commissariat."),), "non"),
    ((("article", "Rattachee a la compagnie de Lure, l'intervenante n'a pas de bureau au sein de la gendarmerie."),), "non"),
    ((("article", "L'intervenant social est affecté à la compagnie. Il exerce à la maison de la solidarité de Lure."),), "non"),
    ((("annexe", "L'intervenant affecté au commissariat central travaille depuis les locaux de l'association, qui l'emploie."),), "non"),
    # the assignment alone, or with a placement in the unit, stays « oui »
    ((("article", "L'intervenant social est affecté à la compagnie de gendarmerie de Lure."),), "oui"),
    ((("article", "L'intervenante, affectée au commissariat, dispose d'un bureau dans les locaux du commissariat."),), "oui"),
    ((("article", "Il est affecté à la brigade et n'est pas installé à la mairie."),), "oui"),
    ((("article", "L'intervenant est installé au sein du commissariat ; il n'est pas installé dans les locaux de la police municipale."),), "oui"),
]


@pytest.mark.parametrize("parts,expected", ASSIGNMENT_VS_ELSEWHERE)
def test_explicit_elsewhere_beats_administrative_assignment(parts, expected: str) -> None:
    assert code(*parts) == expected
