"""Round 28 wordings: the other days at a social-services or youth office, a host welcoming the worker on
named weekdays, a staff body consulted on the post, and per-year comparisons that name no one-year term.

Written from the families of drafting, never copied from a sample; run through the real engine like
``test_heldout_wordings.py``.
"""

from __future__ import annotations

import pytest

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


UNIT = "L'intervenante exerce trois jours par semaine au sein de la brigade de gendarmerie de Vire. "
POLICE = "La police nationale accueille l'intervenant au commissariat de Douai du lundi au vendredi, sauf le mercredi. "

LIEU = [
    # ---- the other days at a circonscription d'action sociale / youth office
    (UNIT + "Les deux autres jours, elle est présente à la circonscription d'action sociale de Vire.", "partiellement"),
    (UNIT + "Les autres jours, elle exerce a la circonscription d'action medico-sociale du secteur.", "partiellement"),
    (UNIT + "Le reste de la semaine, elle reçoit à la maison de quartier du Val.", "partiellement"),
    (UNIT + "Les deux autres journées, elle est présente au point information jeunesse de la ville.", "partiellement"),
    (UNIT + "Les autres jours, elle n'exerce pas à la circonscription d'action sociale.", "oui"),
    (UNIT + "Les autres jours, elle oriente les personnes vers la circonscription d'action sociale.", "oui"),
    # ---- a host welcomes the worker on named weekdays elsewhere
    (POLICE + "La commune accueille l'intervenant chaque mercredi au point information jeunesse.", "partiellement"),
    (POLICE + "L'intervenant est accueilli le mercredi à la maison des jeunes et de la culture.", "partiellement"),
    (POLICE + "Le mercredi, il est présent au Bureau Information Jeunesse de la commune.", "partiellement"),
    (POLICE + "La Ville heberge l'intervenante sociale tous les mercredis au centre socioculturel.", "partiellement"),
    (POLICE + "La Ville n'accueille pas l'intervenant le mercredi au point information jeunesse.", "oui"),
    (POLICE + "L'intervenant n'est pas accueilli le mercredi au PIJ.", "oui"),
]

COMITE = [
    ("Le comité technique du CCAS a été consulté le 2 mars 2022 sur le maintien de l'emploi.", "non_prevu"),
    ("Le comite technique de la commune, saisi pour avis, s'est prononcé favorablement sur la création du poste.", "non_prevu"),
    ("Le comité technique a été consulté sur la création de l'emploi d'assistant socio-éducatif.", "non_prevu"),
    ("Le comité technique du centre de gestion a rendu un avis favorable le 4 juin.", "non_prevu"),
    ("La création du poste au tableau des effectifs a reçu l'avis du comité technique.", "non_prevu"),
    ("Le comité technique de l'établissement a émis un avis favorable au maintien du poste.", "non_prevu"),
    ("Un comité technique réunissant le commandant, l'employeur et l'intervenante se réunit chaque trimestre.", "prevu"),
    ("Un comité de pilotage, distinct du comité technique du CCAS consulté sur l'emploi, se réunit chaque année.", "prevu"),
]

DUREE = [
    ("La présente convention est conclue pour une durée de vingt-quatre mois. Les apports de chaque partie sont identiques d'une année sur l'autre.", "autre"),
    ("La convention est conclue pour deux ans. Les contributions des parties peuvent varier d'une année à l'autre.", "autre"),
    ("La convention vaut pour deux années. Le bilan est présenté une année sur deux au conseil municipal.", "autre"),
    ("La convention est conclue pour 24 mois ; les horaires restent identiques d'une annee sur l'autre.", "autre"),
    ("La présente convention est conclue pour une durée d'un an. Les apports restent identiques d'une année sur l'autre.", "annuelle"),
    ("La convention est conclue pour trois ans, et les engagements de chacun restent identiques d'une année sur l'autre.", "triennale"),
    ("Elle est conclue pour une année ; les parties se revoient d'une année à l'autre pour en dresser le bilan.", "annuelle"),
]


@pytest.mark.parametrize("text, expected", LIEU)
def test_lieu_exercice(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", COMITE)
def test_comite_pilotage(text, expected):
    assert code("comite_pilotage", text) == expected


@pytest.mark.parametrize("text, expected", DUREE)
def test_duree(text, expected):
    assert code("duree", text) == expected
