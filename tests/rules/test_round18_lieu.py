"""Round 18, place of work and material means: wordings of the families found in the blind sets zk–zn.

Each case goes through the real engine (match_text + decide_indicator), like test_heldout_wordings.py.
Families: the worker's workstation placed in the unit; the rest of the week at the employer's own
premises in a schedule; a means provider spelled out in full (« centre communal d'action sociale »);
a presence in the police premises (said or denied) that is no office given to the worker.
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


WORKSTATION_IN_UNIT = [
    ("Le travailleur social a son poste de travail au commissariat de Vierzon, sauf temps de formation.", "oui"),
    ("Son bureau de travail est installé dans les locaux de la compagnie de gendarmerie.", "oui"),
    ("L'intervenante a son poste de travail habituel a l'hotel de police de Caen, hors deplacements et formation.", "oui"),
    ("Le poste de travail de l'intervenante sociale se situe au sein de la brigade de Falaise.", "oui"),
    ("Son espace de travail est fixé à la caserne de gendarmerie d'Alençon.", "oui"),
    ("Elle accomplit la totalité de ses heures au commissariat de Dreux.", "oui"),
    ("L'intervenant n'a pas son poste de travail au commissariat : il reçoit au CCAS.", "non"),
    ("Son poste de travail pourrait à terme être installé au commissariat.", "non_precise"),
    ("Une formation au poste de travail est organisée au commissariat.", "non_precise"),
]

REST_OF_TIME_ELSEWHERE = [
    ("Trois jours par semaine au sein de la brigade de Mende ; le temps restant à l'agence de la caisse, où il assure le travail administratif.", "partiellement"),
    ("Elle est présente deux jours par semaine à la compagnie. Le reste de son temps, elle travaille au siège de l'association.", "partiellement"),
    ("L'intervenant exerce trois jours dans les locaux du commissariat ; le solde de son temps de travail dans les bureaux de son employeur.", "partiellement"),
    ("Elle est présente au commissariat le lundi et le mardi ; les autres jours dans les locaux de la fédération.", "partiellement"),
    ("- quatre jours au commissariat d'Agen ;\n- le temps restant a l'antenne de la MSA d'Agen.", "partiellement"),
    ("Il exerce trois jours à la brigade de Florac ; le reste du temps dans les locaux de la compagnie de gendarmerie.", "oui"),
    ("Il est présent trois jours à la brigade ; le reste du temps dans les locaux du commissariat voisin.", "oui"),
]

PROVIDER_SPELLED_OUT = [
    ("Le Centre communal d'action sociale met à la disposition du travailleur social un téléphone portable.", "inscrits"),
    ("Le centre intercommunal d'action sociale fournit à l'intervenante un ordinateur portable et un téléphone.", "inscrits"),
    ("Un véhicule de service est mis à disposition par le centre communal d'action sociale.", "inscrits"),
    ("La Région met à la disposition de l'intervenante un ordinateur portable.", "inscrits"),
    ("L'UDAF fournit le téléphone mobile et l'ordinateur de l'intervenant.", "inscrits"),
    ("Le syndicat intercommunal prend en charge le véhicule de service de l'intervenant.", "inscrits"),
]

PRESENCE_IS_NO_OFFICE = [
    ("L'intervenant social n'assure pas de présence dans les locaux de police.", "non_precise"),
    ("L'intervenante n'assure aucune présence dans les locaux de la gendarmerie.", "non_precise"),
    ("Elle assure une présence hebdomadaire dans les locaux de la brigade.", "non_precise"),
    ("L'intervenant assure ses heures de présence dans les locaux du commissariat.", "non_precise"),
    ("Il assure l'accueil des victimes dans les locaux de l'hôtel de police.", "non_precise"),
    ("L'intervenant social n'assure pas de presence dans les locaux de police ; la gendarmerie lui fournit toutefois un bureau.", "inscrits"),
    ("La gendarmerie assure l'aménagement d'un bureau dans les locaux de la brigade.", "inscrits"),
]


@pytest.mark.parametrize("text,expected", WORKSTATION_IN_UNIT + REST_OF_TIME_ELSEWHERE)
def test_lieu_exercice(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text,expected", PROVIDER_SPELLED_OUT + PRESENCE_IS_NO_OFFICE)
def test_locaux_moyens(text: str, expected: str) -> None:
    assert code("locaux_moyens", text) == expected
