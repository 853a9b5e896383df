"""Round 15: staff nouns and the employer, the two forces named as a pair, through the real engine.

Held-out wordings (not taken from a sample): a staff noun (« agent », « personnel ») names its employer
only as its direct complement, never across other words to a list of associations; the two forces named
together (« policiers et gendarmes », « commissariat ou unité de gendarmerie ») are generic and do not
make a post police or mixed.
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


STAFF_NOUN = [
    ("Un agent du Département intervient auprès des brigades. Les auteurs peuvent recevoir de l'agent "
     "l'adresse des structures de soins ou des associations d'aide.", "conseil_departemental"),
    ("Le poste est tenu par une agente titulaire du conseil general. L'agent remet aux victimes la liste "
     "des associations d'aide aux victimes.", "conseil_departemental"),
    ("Le personnel de la gendarmerie communique aux victimes les coordonnées des associations locales. "
     "L'intervenant est un agent du Département.", "conseil_departemental"),
    ("Un agent contractuel de la commune occupe le poste. Il informe sur les associations spécialisées.",
     "ville_interco"),
    ("L'intervenante est une agente de l'association Le Phare.", "association"),
    ("Les agents de l'association Horizon assurent la permanence.", "association"),
    ("Les victimes peuvent être orientées par l'agent vers des associations. L'agent départemental est "
     "désigné par le Président du Conseil départemental parmi les personnels du Département.",
     "conseil_departemental"),
]

PAIRED_FORCES = [
    ("Elle apporte aux policiers et aux gendarmes un éclairage social. L'intervenante exerce à la brigade "
     "de gendarmerie de Voiron. Le commandant de compagnie organise son activité.", "gendarmerie"),
    ("La présence d'un travailleur social au sein du commissariat ou de l'unite de gendarmerie est utile. "
     "L'intervenant est installé à la brigade territoriale autonome de Vif.", "gendarmerie"),
    ("Son cadre est distinct de celui des fonctionnaires de police et des militaires de la gendarmerie. "
     "Il exerce au sein de la communauté de brigades de La Mure, sous l'autorité du commandant de compagnie.",
     "gendarmerie"),
    ("Les gendarmes et les policiers lui adressent les personnes. L'intervenant social exerce au "
     "commissariat de Grenoble ; le chef de circonscription organise son activité.", "police"),
    ("Les unités de gendarmerie et les commissariats reçoivent chaque jour des personnes en détresse. "
     "Le poste est basé au commissariat de Vienne, sous l'autorité du commissaire.", "police"),
    ("Policiers ou gendarmes peuvent orienter les victimes. Le bureau de l'intervenante se trouve à la "
     "brigade de gendarmerie de Crest.", "gendarmerie"),
    # a real mixed post stays mixed
    ("L'intervenant partage son temps entre le commissariat de Romans et la brigade de gendarmerie de "
     "Saint-Donat. Le commissaire et le commandant de compagnie organisent son activité. Les policiers "
     "du commissariat et les militaires de la brigade lui adressent les personnes.", "mixte"),
]


@pytest.mark.parametrize("text,expected", STAFF_NOUN)
def test_staff_noun_names_its_employer_only_as_complement(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected


@pytest.mark.parametrize("text,expected", PAIRED_FORCES)
def test_forces_named_as_a_pair_are_generic(text: str, expected: str) -> None:
    assert code("type_poste", text) == expected
