"""Round 19 (place of work, situations): wordings other secretariats use, through the real engine.

Families: the person who « se présente » at the unit is a visitor, not the worker placed there; the
worker present « dans les unités » (no « locaux » / « sein ») or at a « bureau de police »; the last or
remaining day of the week spent at a place that is no police or gendarmerie unit; a restriction to
intrafamily violence said by an anaphora (« ces situations ») of the sentence before.
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text
from iscg_nlp.ruleset import load_ruleset

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

RULES = load_ruleset()


def code(indicator: str, text: str, zone: str = "article") -> str:
    findings = [f for f in match_text(text, RULES, zone=zone) if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


VISITOR_AT_UNIT = [
    ("Lorsqu'une victime se présente au commissariat, les policiers lui proposent un rendez-vous avec l'intervenante.", "non_precise"),
    ("Les personnes qui se presentent a la brigade sont informees de l'existence du dispositif.", "non_precise"),
    ("Si la victime se présente à l'hôtel de police, l'agent d'accueil lui remet les coordonnées de l'intervenant.", "non_precise"),
    ("Quand une femme se présente au commissariat de nuit, l'officier de permanence note ses coordonnées.", "non_precise"),
    ("Toute personne qui se présente à la gendarmerie peut être orientée vers l'intervenante sociale.", "non_precise"),
    ("Lorsqu'un usager se présente au poste de police, il est informé de la possibilité d'être contacté.", "non_precise"),
    # the worker herself, present at the unit, still counts
    ("L'intervenante sociale est présente au commissariat du lundi au vendredi.", "oui"),
    ("Elle n'est pas présente au commissariat : elle intervient depuis les locaux de la mairie.", "non"),
]

PRESENT_IN_UNITS = [
    ("L'intervenant est présent, sur la totalité de son temps de travail, dans les deux unités partenaires : le commissariat et la brigade.", "oui"),
    ("Elle exerce à plein temps dans chacune des unités d'accueil de la compagnie de gendarmerie.", "oui"),
    ("L'intervenante sociale est installée au bureau de police de Blagnac.", "oui"),
    ("Il travaille, en alternance, dans les trois unités de la police nationale du secteur.", "oui"),
    ("L'intervenant social exerce au bureau de police de Colomiers.", "oui"),
    ("L'intervenant n'est pas présent dans les unités de gendarmerie ; il reçoit au CCAS.", "non"),
    ("Elle exerce dans les unités territoriales d'action sociale du Département, où la gendarmerie oriente les victimes.", "non"),
    ("Lorsqu'une victime se présente au bureau de police, elle est orientée vers l'intervenant.", "non_precise"),
]

LAST_DAY_ELSEWHERE = [
    ("Il exerce quatre jours par semaine au commissariat. Le cinquième jour, il reçoit au centre hospitalier de Sens.", "partiellement"),
    ("L'intervenante est présente à la brigade du lundi au jeudi ; la dernière journée de la semaine, elle travaille à la maison départementale des solidarités.", "partiellement"),
    ("L'intervenant exerce au commissariat de Vierzon. Le jour restant, il assure des entretiens à l'hôpital.", "partiellement"),
    ("Elle est installée au commissariat ; les deux derniers jours, elle est accueillie au centre social du quartier.", "partiellement"),
    ("Il exerce au commissariat. Le cinquieme jour, il recoit au sein de l'unite d'accueil des victimes du CHU.", "partiellement"),
    ("L'intervenant exerce au commissariat. Le cinquième jour, il est présent à la brigade de gendarmerie de Pont.", "oui"),
    ("L'intervenant exerce au commissariat. Le cinquième jour, il oriente les personnes vers le centre social.", "oui"),
    ("L'intervenant exerce au commissariat. Le cinquième jour, il n'exerce pas au centre hospitalier.", "oui"),
]

ANAPHORIC_RESTRICTION = [
    ("Le poste assure la prise en charge sociale des violences intrafamiliales. Il est exclusivement consacré à ces situations.", "vif"),
    ("L'intervenante accompagne les victimes de violences familiales. Son temps est entièrement dédié à ces violences.", "vif"),
    ("L'intervenant traite les situations de violences intra-familiales portées à la connaissance des brigades. Le poste est reserve uniquement a ces situations.", "vif"),
    ("La mission porte sur les violences au sein de la famille. Le poste est uniquement affecté à celles-ci.", "vif"),
    ("Les violences intrafamiliales représentent une part importante de l'activité. Le poste est principalement consacré à ces situations.", "toutes_situations"),
    ("L'intervenant accompagne les victimes de violences intrafamiliales. Le poste n'est pas exclusivement dédié à ces situations.", "toutes_situations"),
    ("L'intervenant accueille les victimes de violences intrafamiliales. Il intervient aussi sur toute autre difficulté sociale.", "toutes_situations"),
]


@pytest.mark.parametrize("text,expected", VISITOR_AT_UNIT + PRESENT_IN_UNITS + LAST_DAY_ELSEWHERE)
def test_lieu_exercice(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text,expected", ANAPHORIC_RESTRICTION)
def test_situations(text: str, expected: str) -> None:
    assert code("situations", text) == expected
