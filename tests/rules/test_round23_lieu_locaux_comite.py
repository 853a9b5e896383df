"""Round 23 wordings (lieu_exercice, locaux_moyens, comite_pilotage), through the real engine.

Phenomena: named weekdays in the unit with another day elsewhere; a hospital's own unit or premises
read as the police unit; money paid to another body for ITS permanences; the seat of an intercommunal
employer; the worker's own car; a partners' meeting held only on request. None of these sentences is
taken from a sample.
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


# Named weekdays in the unit, the other days at the employer's or another place -> partial presence.
WEEKDAYS = [
    ("L'intervenante est présente à la brigade de Vire les mardi et mercredi. Le jeudi, elle reçoit les personnes "
     "dans les locaux de l'association.", "partiellement"),
    ("Le lundi et le jeudi, il exerce au sein du commissariat de Flers. Les autres jours, il reçoit au CCAS.",
     "partiellement"),
    ("L'intervenant social travaille au commissariat les lundis, mardis et vendredis ; le mercredi, il reçoit au siège "
     "de la communaute d'agglomeration.", "partiellement"),
    ("Elle intervient a la compagnie de gendarmerie le mardi et le jeudi. Les entretiens du vendredi se deroulent "
     "dans les locaux de l'association.", "partiellement"),
    # whole week, or a denial: not a split
    ("L'intervenant social est présent au commissariat du lundi au vendredi.", "oui"),
    ("L'intervenante exerce à la brigade les lundis, mardis, mercredis, jeudis et vendredis, toute la semaine.", "oui"),
    ("L'intervenante est installée au sein de la brigade ; elle n'est pas présente à la brigade le mercredi, sauf urgence.",
     "oui"),
    ("L'intervenant est présent au commissariat les lundi, mardi et jeudi.", "oui"),
]

# A hospital's own unit (« unité d'accueil », urgences) is not a police or gendarmerie unit.
HOSPITAL = [
    ("Le centre hospitalier met à la disposition de l'intervenante un bureau au sein de l'unité d'accueil.", "non_precise"),
    ("Un bureau au sein de l'unité d'accueil des victimes est attribué à la professionnelle par l'hôpital.", "non_precise"),
    ("La travailleuse sociale reçoit les victimes dans les locaux de l'unité d'accueil du centre hospitalier.", "non"),
    ("Les entretiens se deroulent au sein du service des urgences du centre hospitalier de Vichy.", "non"),
    ("Elle accueille les femmes à l'hôpital de Moulins, du lundi au vendredi.", "non"),
    # the police unit still counts
    ("L'intervenante dispose d'un bureau au sein de la brigade de Cusset.", "oui"),
    ("Elle reçoit au commissariat les victimes adressées par le centre hospitalier.", "oui"),
    ("Il reçoit les victimes à la demande du centre hospitalier, dans son bureau du commissariat.", "oui"),
]

# Money paid to another body for its own permanences places the worker nowhere.
OTHER_BODY = [
    ("L'intervenant exerce au sein du commissariat. Par ailleurs, la ville verse une subvention de 2 000 euros à "
     "l'association de médiation pour ses permanences en mairie le mardi.", "oui"),
    ("Il est installé à la brigade. La commune subventionne aussi les permanences du CIDFF au CCAS le jeudi.", "oui"),
    ("L'intervenante travaille dans les locaux de l'hôtel de police. Les permanences de l'ADAVI à la mairie, "
     "le vendredi, sont sans rapport avec le présent poste.", "oui"),
    ("L'intervenante exerce au commissariat. Pour memoire, 1 500 € sont versés à France Victimes pour ses "
     "permanences en mairie les mercredis.", "oui"),
    # the worker's own split is still read
    ("L'intervenante est présente au commissariat ; elle tient des permanences à la mairie les autres jours.",
     "partiellement"),
    ("Elle reçoit au centre communal d'action sociale le mardi et le vendredi, et au commissariat les autres jours.",
     "partiellement"),
]

# The worker's own car, used with an authorisation and insured, is no means given by a party.
OWN_CAR = [
    ("Les trajets effectués avec un véhicule personnel sont autorisés au préalable par le directeur de l'association.",
     "non_precise"),
    ("L'intervenante peut utiliser sa voiture personnelle ; elle doit alors etre assuree pour un usage professionnel.",
     "non_precise"),
    ("Le recours à son propre véhicule est soumis à l'accord préalable du Département.", "non_precise"),
    ("L'agent qui se déplace avec son véhicule doit être assuré pour les trajets professionnels.", "non_precise"),
    ("L'usage d'un vehicule prive fait l'objet d'une autorisation du president du conseil departemental.", "non_precise"),
    # a vehicle given by a party is still inscribed
    ("Le Département met à la disposition de l'intervenant un véhicule de service.", "inscrits"),
    ("Un véhicule de service est prêté par la commune pour les déplacements de l'intervenante.", "inscrits"),
    ("L'association fournit un téléphone portable ; l'intervenant peut aussi utiliser son véhicule personnel.", "inscrits"),
]

# A meeting of the partners held only on request or when needed is no steering committee.
ON_REQUEST = [
    ("Une rencontre entre les parties peut être organisée à la demande de l'une d'entre elles.", "non_prevu"),
    ("Une reunion entre les signataires pourra etre convoquee si necessaire.", "non_prevu"),
    ("Une réunion avec les partenaires est organisée en cas de difficulté dans l'exécution de la convention.",
     "non_prevu"),
    ("Une rencontre réunissant l'ensemble des signataires peut être sollicitée par l'un d'eux.", "non_prevu"),
    ("Un point avec les financeurs peut se tenir sur simple demande de l'un d'eux.", "non_prevu"),
    ("Une réunion entre les parties est organisée le cas échéant.", "non_prevu"),
    # a rhythm keeps the meeting a committee, even with an extra meeting on request
    ("Une rencontre entre les parties est organisée chaque année ; elle peut aussi avoir lieu à la demande de "
     "l'une d'elles.", "prevu"),
    ("Une réunion entre les signataires se tient au moins une fois par an et à la demande de l'un d'eux.", "prevu"),
    ("Une réunion annuelle associant tous les partenaires peut être organisée à la demande du préfet.", "prevu"),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAYS)
def test_named_weekdays_in_unit(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize(("text", "expected"), HOSPITAL)
def test_hospital_unit_is_not_police_unit(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize(("text", "expected"), OTHER_BODY)
def test_other_body_permanences(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize(("text", "expected"), OWN_CAR)
def test_own_car_is_no_means(text: str, expected: str) -> None:
    assert code("locaux_moyens", text) == expected


@pytest.mark.parametrize(("text", "expected"), ON_REQUEST)
def test_meeting_on_request_is_no_committee(text: str, expected: str) -> None:
    assert code("comite_pilotage", text) == expected
